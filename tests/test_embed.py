"""The embedders: the lean mean-pooling path must give sentence-transformers' vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crosscheck.embed import (
    MeanPoolingEmbedder,
    OnnxEmbedder,
    SentenceTransformerEmbedder,
    default_model_path,
    is_mean_pooling_folder,
    make_embedder,
)

TEXTS = [
    "Some [NUM] US soldiers are deployed in Poland",
    "Poland hosts more than [NUM] American troops",
    "Inflation in Poland rose to [NUM] in February",
    "a very long frame " * 120,  # truncated at the model's 256 tokens
    "Rzeszow lies [NUM] from the Ukrainian border, and its airport is a hub for aid.",
]


@pytest.mark.model
def test_lean_path_gives_the_same_vectors_as_sentence_transformers() -> None:
    lean = make_embedder(backend="torch")
    assert isinstance(lean, MeanPoolingEmbedder)
    ours, theirs = lean.encode(TEXTS), SentenceTransformerEmbedder().encode(TEXTS)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert np.allclose((ours * theirs).sum(axis=1), 1.0, atol=1e-5)


def test_only_plain_mean_pooling_folders_take_the_lean_path(tmp_path: Path) -> None:
    assert is_mean_pooling_folder(default_model_path())
    assert not is_mean_pooling_folder(tmp_path)
    folder = tmp_path / "cls-model"
    (folder / "1_Pooling").mkdir(parents=True)
    (folder / "modules.json").write_text(
        '[{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},'
        ' {"idx": 1, "name": "1", "path": "1_Pooling", '
        '"type": "sentence_transformers.models.Pooling"}]')
    (folder / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}')
    (folder / "tokenizer.json").write_text("{}")
    assert not is_mean_pooling_folder(folder)
    assert isinstance(make_embedder(folder), SentenceTransformerEmbedder)


@pytest.mark.model
def test_onnx_backend_gives_the_same_vectors_and_exports_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path))
    onnx = make_embedder(backend="onnx")
    assert isinstance(onnx, OnnxEmbedder)
    ours = onnx.encode(TEXTS)
    theirs = make_embedder(backend="torch").encode(TEXTS)
    assert np.allclose((ours * theirs).sum(axis=1), 1.0, atol=1e-5)
    exported = list(tmp_path.glob("onnx/*/model.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    make_embedder(backend="onnx").encode(["again"])
    assert exported[0].stat().st_mtime_ns == stamp  # not exported twice


@pytest.mark.model
def test_int8_backend_is_close_to_fp32_and_kept_apart_in_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path))
    exact, quantized = make_embedder(backend="onnx"), make_embedder(backend="onnx-int8")
    cosines = (exact.encode(TEXTS) * quantized.encode(TEXTS)).sum(axis=1)
    sentences = np.delete(cosines, 3)  # the degenerate repeated text drifts most (about 0.8)
    assert sentences.min() > 0.9  # matching figures with int8: docs/performance.md
    assert exact.name != quantized.name
    assert len(list(tmp_path.glob("onnx/*/model.int8.onnx"))) == 1


def test_a_frame_leaves_out_the_number_and_the_attribution() -> None:
    from crosscheck.frames import frame_leave_out

    sentence = "Some 5,500 US soldiers are deployed in Poland, officials said."
    start = sentence.index("Some 5,500")
    ranges = frame_leave_out(sentence, start, start + len("Some 5,500"))
    kept = "".join(c for i, c in enumerate(sentence)
                   if not any(low <= i < high for low, high in ranges))
    assert kept.strip() == "US soldiers are deployed in Poland"
    from crosscheck.frames import make_frame

    poll = "Support for the cabinet stands at 75%, a Nikkei poll found."
    at = poll.index("75%")
    assert make_frame(poll, at, at + 3) == "Support for the cabinet stands at [NUM]"


@pytest.mark.model
def test_one_pass_per_sentence_gives_its_vector_and_its_frames() -> None:
    from crosscheck.embed import SpanEmbedder

    embedder = make_embedder()
    assert isinstance(embedder, SpanEmbedder)
    sentence = "Some 5,500 US soldiers and 40 tanks are in Poland, officials said."
    soldiers, tanks = ((5, 10),), ((27, 29),)
    whole, parts = embedder.encode_spans([sentence], [[soldiers, tanks]])
    assert np.allclose(whole[0], embedder.encode([sentence])[0], atol=1e-5)
    assert parts[0].shape == (2, whole.shape[1])
    assert np.allclose(np.linalg.norm(parts[0], axis=1), 1.0, atol=1e-5)
    assert float(parts[0][0] @ parts[0][1]) < 0.9999  # each frame leaves out its own number


def test_each_frame_pools_exactly_the_tokens_outside_its_ranges() -> None:
    """The pooling against a spelled-out mean, with a stand-in model pass whose token states
    are known (state i of a text is its token id times (1, 2, 3) plus its position), so the
    pooling is checked alone and fast, with the real tokenizer's offsets."""
    from crosscheck.embed import load_tokenizer, mean_pooled_spans, weighted_means

    tokenizer = load_tokenizer(str(default_model_path()))

    def states(ids: np.ndarray) -> np.ndarray:
        positions = np.arange(ids.shape[1])[None, :, None]
        return ids[..., None] * np.array([1.0, 2.0, 3.0]) + positions

    def pooled_states(ids: np.ndarray, mask: np.ndarray, types: np.ndarray,
                      owners: np.ndarray, weights: np.ndarray) -> np.ndarray:
        return weighted_means(np.einsum, states(ids), owners, weights)

    texts = ["Some 5,500 US soldiers and 40 tanks are in Poland, officials said.",
             "Inflation rose to 5%.", "12"]
    leave_out = [[((5, 10),), ((27, 29), (49, 67))], [((18, 20),)], [((0, 2),)]]
    whole, parts = mean_pooled_spans(texts, leave_out, tokenizer, pooled_states, batch_size=2)

    def unit(vector: np.ndarray) -> np.ndarray:
        return vector / np.linalg.norm(vector)

    for text, ranges, vector, frames in zip(texts, leave_out, whole, parts, strict=True):
        encoding = tokenizer.encode_batch([text])[0]
        hidden = states(np.array([encoding.ids]))[0]
        assert np.allclose(vector, unit(hidden.mean(axis=0)), atol=1e-6)  # [CLS], [SEP] too
        for span, frame in zip(ranges, frames, strict=True):
            kept = [i for i, (start, end) in enumerate(encoding.offsets) if start < end
                    and all(end <= low or start >= high for low, high in span)]
            expected = hidden[kept].mean(axis=0) if kept else hidden.mean(axis=0)
            assert np.allclose(frame, unit(expected), atol=1e-6)
