"""The pipeline's own work around the core: extraction across processes."""

from __future__ import annotations


def test_parallel_extraction_gives_the_serial_statements(monkeypatch) -> None:
    """Statements extracted in worker processes equal the serial ones and point at the
    caller's own Article objects (the gates compare articles by identity)."""
    from crosscheck import pipeline
    from crosscheck.load import load_corpus

    from .conftest import FIXTURES

    articles = load_corpus([FIXTURES / "corpus"]).articles
    serial = pipeline.extract_articles(articles)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    parallel = pipeline.extract_articles(articles)
    assert [[(s.value_text, s.quantity, s.as_of) for s in found] for found in parallel] == [
        [(s.value_text, s.quantity, s.as_of) for s in found] for found in serial]
    assert all(s.article is article for article, found in zip(articles, parallel, strict=True)
               for s in found)


def test_a_rerun_with_a_store_extracts_and_embeds_nothing(tmp_path, monkeypatch,
                                                          fake_embedder) -> None:
    from crosscheck import pipeline
    from crosscheck.settings import Settings

    from .conftest import FIXTURES

    settings = Settings(store=str(tmp_path / "store.sqlite"))
    first = pipeline.analyse([FIXTURES / "corpus"], settings, fake_embedder)

    def no_extraction(articles):
        assert not articles, "an unchanged article was extracted again"
        return []

    class NoModel:
        name = fake_embedder.name

        def encode(self, texts):
            raise AssertionError(f"embedded again: {texts[:2]}")

    monkeypatch.setattr("crosscheck.index.extract_articles", no_extraction)
    again = pipeline.analyse([FIXTURES / "corpus"], settings, NoModel())
    assert [(f.label, f.verdict) for f in again.facts] == [
        (f.label, f.verdict) for f in first.facts]
    assert [s.location for s in again.statements] == [s.location for s in first.statements]


def test_a_store_shared_by_two_corpora_keeps_both(tmp_path, fake_embedder) -> None:
    from crosscheck import pipeline
    from crosscheck.index import CorpusIndex
    from crosscheck.settings import Settings

    from .conftest import FIXTURES

    settings = Settings(store=str(tmp_path / "store.sqlite"))
    pipeline.analyse([FIXTURES / "corpus"], settings, fake_embedder)
    drafts = pipeline.analyse([FIXTURES / "drafts"], settings, fake_embedder)
    assert {a.path for a in drafts.articles} == {str(FIXTURES / "drafts" / "troops-draft.md")}
    index = CorpusIndex(settings.store)
    assert len(index.read().articles) == 9  # the corpus's 8 and the draft
    index.close()


def test_a_kept_pairing_is_used_only_for_the_same_corpus_and_settings(
        tmp_path, fake_embedder, corpus_copy) -> None:
    from crosscheck import pipeline
    from crosscheck.settings import Settings

    settings = Settings(store=str(tmp_path / "store.sqlite"), match_threshold=0.3)
    loose = pipeline.analyse([corpus_copy], settings, fake_embedder)
    strict = pipeline.analyse([corpus_copy], Settings(store=settings.store,
                                                      match_threshold=0.999), fake_embedder)
    assert len(strict.facts) < len(loose.facts)  # paired again, not read back
    river = corpus_copy / "river-times-2022-03-08.txt"
    river.write_text(river.read_text().replace("about 1.5 million", "about 1.6 million"))
    edited = pipeline.analyse([corpus_copy], settings, fake_embedder)
    assert any(s.value_text == "about 1.6 million" for fact in edited.facts
               for s in fact.statements)
