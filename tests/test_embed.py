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
