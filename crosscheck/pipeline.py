"""The library's front door: a corpus in, facts with findings out.

    articles -> statements -> frames embedded -> pairs -> facts -> findings

Everything the CLI and the pytest plugin do goes through `analyse`.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from crosscheck.article import Article
from crosscheck.compare import VERDICT_RANK, Fact, Finding, judge_fact
from crosscheck.descriptions import with_corpus_names
from crosscheck.embed import Embedder, make_embedder
from crosscheck.extract import Statement, extract_statements
from crosscheck.implied import add_implied_findings
from crosscheck.load import PROGRESS_EVERY, LoadError, load_corpus, progress
from crosscheck.match import Pairs, candidate_pairs, group_facts
from crosscheck.settings import Settings
from crosscheck.signals import PairSignals, lexical_vectors, measure_codes, statement_days
from crosscheck.store import EmbeddingStore
from crosscheck.vectors import statement_vectors

log = logging.getLogger(__name__)


@dataclass
class Report:
    articles: list[Article]
    statements: list[Statement]
    errors: list[LoadError]
    facts: list[Fact] = field(default_factory=list)

    def findings(self, verdict: str, source: str | None = None) -> list[Finding]:
        """Findings with this verdict, optionally only those that quote `source`."""
        return [
            finding for fact in self.facts for finding in fact.findings
            if finding.verdict == verdict
            and (source is None or any(s.article.source == source for s in finding.statements))
        ]

    def conflicts(self, source: str | None = None) -> list[Finding]:
        return self.findings("conflict", source)

    def changes(self, source: str | None = None) -> list[Finding]:
        return self.findings("changed", source)

    def worst_verdict(self) -> str | None:
        return max((f.verdict for f in self.facts), key=VERDICT_RANK.__getitem__, default=None)


# Below this many articles, starting worker processes costs more than it saves.
PARALLEL_FROM = 400


def read_statements(paths: Iterable[str | Path], ignore: Sequence[str] = ()) -> Report:
    """Load and extract only: every statement, no model, no matching."""
    corpus = load_corpus(paths, ignore)
    statements = [s for found in extract_articles(corpus.articles) for s in found]
    log.info("%d statements from %d articles", len(statements), len(corpus.articles))
    return Report(corpus.articles, statements, corpus.errors)


def read_through_index(paths: Iterable[str | Path], settings: Settings
                       ) -> tuple[Report, str]:
    """read_statements, with the store file as an index: only new or changed articles are
    extracted, the rest read back (so an unchanged re-run does no extraction and no model
    work). Other articles in the store are kept, so one store can serve several corpora.
    Also returns a digest of the corpus as read (its articles' content hashes, in order)."""
    from crosscheck.index import CorpusIndex

    index = CorpusIndex(settings.store or "")
    try:
        summary = index.update(paths, settings, prune=False, embed=False)
        report = index.read(summary.article_ids)
    finally:
        index.close()
    report.errors = list(summary.errors)
    log.info("%d statements from %d articles (%d extracted, %d from the index)",
             len(report.statements), len(report.articles), summary.added, summary.unchanged)
    return report, summary.digest


def _stored_pairing(statements: list[Statement], settings: Settings, embedder: Embedder,
                    corpus_digest: str) -> Pairs:
    """candidate_pairs, kept in the store for an unchanged re-run. The key covers what the
    pairing depends on: the corpus's content hashes (which include crosscheck's own source),
    the model and the threshold."""
    key = hashlib.sha256("|".join([corpus_digest, embedder.name, repr(
        settings.match_threshold)]).encode()).hexdigest()
    store = EmbeddingStore(settings.store or "")
    try:
        kept = store.get_pairs(key)
        if kept is not None:
            return Pairs.from_rows(kept)
        pairs = candidate_pairs(statements, embed_statements(statements, settings, embedder),
                                settings.match_threshold)
        store.put_pairs(key, pairs.rows())
        return pairs
    finally:
        store.close()


def extract_articles(articles: Sequence[Article]) -> list[list[Statement]]:
    """Each article's statements, in order; on several cores for a large corpus (extraction is
    pure Python, so threads would not help)."""
    workers = min(os.cpu_count() or 1, 8)
    # fork, not spawn or forkserver: those re-run the caller's main module in every worker (a
    # user's script without a __main__ guard would run again). Workers only run pure-Python
    # extraction, never the model's threads. Where there is no fork, extraction stays serial.
    forking = "fork" in multiprocessing.get_all_start_methods()
    if workers < 2 or len(articles) < PARALLEL_FROM or not forking:
        found = []
        for number, article in enumerate(articles, start=1):
            found.append(extract_statements(article))
            if number % PROGRESS_EVERY == 0:
                progress.info("read %d/%d articles", number, len(articles))
        return found
    size = -(-len(articles) // (workers * 4))
    chunks = [articles[start : start + size] for start in range(0, len(articles), size)]
    found = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for chunk, results in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
            # Statements come back holding copies of their articles; point them at ours.
            found += [[replace(s, article=article) for s in statements]
                      for article, statements in zip(chunk, results, strict=True)]
            progress.info("read %d/%d articles", len(found), len(articles))
    return found


def _extract_chunk(articles: Sequence[Article]) -> list[list[Statement]]:
    return [extract_statements(article) for article in articles]


def embed_statements(statements: list[Statement], settings: Settings,
                     embedder: Embedder | None = None) -> PairSignals:
    """What the matcher weighs per statement: its frame and sentence vectors (one model pass
    per distinct sentence, through the store when there is one), its frame's TF-IDF row and
    its context vector (with its headline's, each headline embedded once)."""
    embedder = embedder or make_embedder(settings.model, settings.device,
                                         settings.batch_size, settings.backend)
    store = EmbeddingStore(settings.store) if settings.store else None
    try:
        vectors = statement_vectors(statements, embedder, store)
    finally:
        if store:
            store.close()
    return PairSignals(vectors.frames, vectors.sentences,
                       lexical_vectors([s.frame for s in statements]),
                       measure_codes([s.measure for s in statements]),
                       statement_days([s.news_day for s in statements]), vectors.contexts)


def analyse(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    embedder: Embedder | None = None,
) -> Report:
    """Load a corpus and find every fact its articles state with numbers."""
    settings = settings or Settings()
    if settings.store:
        report, corpus_digest = read_through_index(paths, settings)
    else:
        report, corpus_digest = read_statements(paths, settings.ignore), None
    statements = report.statements = with_corpus_names(report.statements)
    if len(statements) < 2:
        return report
    embedder = embedder or make_embedder(settings.model, settings.device,
                                         settings.batch_size, settings.backend)
    if corpus_digest is None:
        pairs = candidate_pairs(statements, embed_statements(statements, settings, embedder),
                                settings.match_threshold)
    else:
        pairs = _stored_pairing(statements, settings, embedder, corpus_digest)
    facts = add_implied_findings([judge_fact([statements[i] for i in group])
                                  for group in group_facts(statements, pairs)], statements)
    facts.sort(key=lambda fact: (-VERDICT_RANK[fact.verdict], fact.label))
    report.facts = facts
    return report
