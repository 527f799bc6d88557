"""The SQLite embedding store: a frame is embedded once per model, whoever asks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crosscheck import Settings, analyse
from crosscheck.store import CachedEmbedder, EmbeddingStore, StoreError

from .conftest import FIXTURES, BagOfWordsEmbedder


class CountingEmbedder(BagOfWordsEmbedder):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.eye(len(texts), 8, dtype=np.float32)


def test_only_unseen_texts_reach_the_model(tmp_path: Path) -> None:
    store = EmbeddingStore(tmp_path / "store.sqlite")
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, store)
    first = cached.encode(["a", "b", "a"])
    assert inner.seen == ["a", "b"]
    second = cached.encode(["b", "c"])
    assert inner.seen == ["a", "b", "c"]
    assert np.array_equal(first[1], second[0])
    assert store.count(inner.name) == 3
    store.close()


def test_vectors_survive_reopening_and_models_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    store = EmbeddingStore(path)
    store.put_many("model-a", {"x": np.array([1, 2], dtype=np.float32)})
    store.close()
    reopened = EmbeddingStore(path)
    assert reopened.get_many("model-a", ["x"])["x"].tolist() == [1.0, 2.0]
    assert reopened.get_many("model-b", ["x"]) == {}
    reopened.close()


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are not the droids you are looking for\n" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        EmbeddingStore(path)


@pytest.mark.model
def test_second_analysis_embeds_nothing(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "store.sqlite"))
    first = analyse([FIXTURES / "corpus"], settings)
    class NoModel:  # the packaged model's name, and its way of embedding, but no model
        name = "all-MiniLM-L6-v2"

        def encode(self, texts):
            raise AssertionError(f"embedded again: {texts[:2]}")

        def encode_spans(self, texts, leave_out):
            raise AssertionError(f"embedded again: {texts[:2]}")

    second = analyse([FIXTURES / "corpus"], settings, embedder=NoModel())
    summary = [(f.verdict, f.label) for f in first.facts]
    assert summary == [(f.verdict, f.label) for f in second.facts]


def test_many_texts_are_read_in_one_pass_with_the_same_answer(tmp_path: Path,
                                                              monkeypatch) -> None:
    from crosscheck import store as store_module

    store = EmbeddingStore(tmp_path / "store.sqlite")
    store.put_many("model-a", {f"t{n}": np.full(2, n, dtype=np.float32) for n in range(20)})
    store.put_many("model-b", {"t1": np.zeros(2, dtype=np.float32)})
    looked_up = store.get_many("model-a", ["t1", "t5", "unseen"])
    monkeypatch.setattr(store_module, "SCAN_FROM", 0)
    scanned = store.get_many("model-a", ["t1", "t5", "unseen"])
    assert {k: v.tolist() for k, v in scanned.items()} == {
        k: v.tolist() for k, v in looked_up.items()} == {"t1": [1.0, 1.0], "t5": [5.0, 5.0]}
    store.close()
