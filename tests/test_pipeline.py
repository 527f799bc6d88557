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
