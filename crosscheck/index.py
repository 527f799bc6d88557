"""A persistent index of a corpus in SQLite: articles, statements and (through the embedding
store) their vectors, keyed by content hash, so only new or changed articles cost anything.

`check --against index.sqlite` reads statements from here instead of re-reading and
re-extracting the corpus: the draft's own sentences are then the only real work.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from crosscheck.anchors import statement_dates
from crosscheck.article import Article
from crosscheck.embed import Embedder, make_embedder
from crosscheck.events import statement_events
from crosscheck.extract import Statement
from crosscheck.load import LoadError, load_corpus
from crosscheck.pipeline import Report, extract_articles
from crosscheck.quantity import Quantity
from crosscheck.settings import Settings
from crosscheck.store import EmbeddingStore, open_database
from crosscheck.vectors import statement_vectors

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    path TEXT NOT NULL,
    source TEXT, title TEXT, url TEXT, published TEXT, date_origin TEXT,
    text TEXT NOT NULL,
    line_origins TEXT NOT NULL,
    escaped INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS statements (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, value_start INTEGER NOT NULL,
    value_text TEXT NOT NULL, quantity TEXT NOT NULL, role TEXT NOT NULL, thing TEXT,
    measure TEXT, places TEXT NOT NULL, frame TEXT NOT NULL,
    subjects TEXT NOT NULL DEFAULT '[]',
    dates TEXT,
    events TEXT,
    PRIMARY KEY (article_id, position)
);
"""


# Columns added to the statements table since its first version, with what older rows hold:
# no subjects, and dates (as of, since) and kinds of event not stored, so read from the
# sentence (and headline) again.
ADDED_COLUMNS = {"subjects": "TEXT NOT NULL DEFAULT '[]'", "dates": "TEXT", "events": "TEXT"}


@dataclass(frozen=True)
class IndexSummary:
    articles: int
    added: int  # new or changed articles (extracted again)
    unchanged: int
    removed: int
    statements: int
    embedded: int  # texts the model ran on (one per new sentence with the default model)
    errors: list[LoadError]
    article_ids: tuple[str, ...] = ()  # the corpus's articles, in the order they were read
    digest: str = ""  # of every article's content hash, in order: the corpus as a whole


def is_index(path: Path) -> bool:
    """Whether a path is an index file (rather than corpus articles)."""
    return path.is_file() and path.suffix in (".sqlite", ".db", ".sqlite3")


def content_hash(article: Article) -> str:
    """What an article's statements depend on: its text and metadata, and the code that reads
    them, so an upgraded reader re-extracts an old index (embeddings stay cached by frame)."""
    fields = [article.text, article.source or "", article.title or "", article.url or "",
              article.published.isoformat() if article.published else "", reader_fingerprint()]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


@functools.cache
def reader_fingerprint() -> str:
    """A digest of crosscheck's own source: every module can change what is extracted."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


class CorpusIndex:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = open_database(self.path, SCHEMA, "index")
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(statements)")}
        with self._db:  # an index made by an older crosscheck gains the newer columns
            for column, declaration in ADDED_COLUMNS.items():
                if column not in columns:
                    self._db.execute(f"ALTER TABLE statements ADD COLUMN {column} "
                                     f"{declaration}")

    def close(self) -> None:
        self._db.close()

    def update(self, paths: Iterable[str | Path], settings: Settings,
               embedder: Embedder | None = None, *, prune: bool = True,
               embed: bool = True) -> IndexSummary:
        """Bring the index up to date with the corpus at `paths`: extract only new or changed
        articles, drop vanished ones (unless `prune` is off: a report on part of a shared
        index), embed only frames and sentences the store has not seen (unless `embed` is off:
        the caller embeds)."""
        corpus = load_corpus(paths, settings.ignore)
        known = dict(self._db.execute("SELECT id, content_hash FROM articles"))
        digests = {article.id: content_hash(article) for article in corpus.articles}
        changed = [a for a in corpus.articles if known.get(a.id) != digests[a.id]]
        with self._db:
            for article, statements in zip(changed, extract_articles(changed), strict=True):
                self._db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                self._insert(article, digests[article.id], statements)
            vanished = [key for key in known if key not in digests] if prune else []
            self._db.executemany("DELETE FROM articles WHERE id = ?", [(k,) for k in vanished])
        embedded = 0
        if embed:  # every statement's frame and sentence vectors, into the store
            embedder = embedder or make_embedder(settings.model, settings.device,
                                                 settings.batch_size, settings.backend)
            store = EmbeddingStore(self.path)
            try:
                embedded = statement_vectors(self.read().statements, embedder, store).embedded
            finally:
                store.close()
        # Fold the write-ahead log into the file now: otherwise the first check to open the
        # index pays for it (a second of a cold check against 10,000 articles).
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = self._db.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
        return IndexSummary(len(corpus.articles), len(changed),
                            len(corpus.articles) - len(changed), len(vanished), total,
                            embedded, corpus.errors,
                            tuple(a.id for a in corpus.articles),
                            hashlib.sha256("".join(digests[a.id] for a in corpus.articles)
                                           .encode()).hexdigest())

    def _insert(self, article: Article, digest: str, statements: list[Statement]) -> None:
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, digest, article.path, article.source, article.title, article.url,
             article.published.isoformat() if article.published else None,
             article.date_origin, article.text, json.dumps(article.line_origins),
             int(article.escaped)))
        self._db.executemany(
            "INSERT INTO statements (article_id, position, sentence, sentence_start,"
            " value_start, value_text, quantity, role, thing, measure, places, frame, subjects,"
            " dates, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, position, s.sentence, s.sentence_start, s.value_start, s.value_text,
              json.dumps(asdict(s.quantity)), s.role, s.thing, s.measure,
              json.dumps(sorted(s.places)), s.frame, json.dumps(sorted(s.subjects)),
              json.dumps([day.isoformat() if day else None for day in (s.as_of, s.since)]),
              json.dumps(sorted(s.events)))
             for position, s in enumerate(statements)])

    def read(self, article_ids: Sequence[str] | None = None) -> Report:
        """The indexed articles (all, or these, in this order) and their statements, as a
        Report (no facts). Fields are decoded by orjson: five JSON fields a statement, forty
        thousand statements, are a second of a cold check with the standard decoder."""
        import orjson

        articles: dict[str, Article] = {}
        for row in self._db.execute("SELECT id, path, source, title, url, published, "
                                    "date_origin, text, line_origins, escaped FROM articles"):
            key, path, source, title, url, published, origin, text, lines, escaped = row
            articles[key] = Article(
                id=key, path=path, text=text, source=source, title=title, url=url,
                published=date.fromisoformat(published) if published else None,
                date_origin=origin, line_origins=tuple(tuple(p) for p in orjson.loads(lines)),
                escaped=bool(escaped))
        order = list(article_ids) if article_ids is not None else list(articles)
        chosen = set(order)
        by_article: dict[str, list[Statement]] = {}
        for row in self._db.execute(  # by name: an upgraded index has its columns reordered
                "SELECT article_id, position, sentence, sentence_start, value_start, value_text,"
                " quantity, role, thing, measure, places, frame, subjects, dates, events"
                " FROM statements ORDER BY article_id, position"):
            (key, _, sentence, sentence_start, value_start, value_text, quantity, role, thing,
             measure, places, frame, subjects, dates, events) = row
            if key not in chosen:
                continue
            article = articles[key]
            if dates is not None:
                as_of, since = (date.fromisoformat(d) if d else None for d in orjson.loads(dates))
            else:  # an older index: read from the sentence (statement_dates keeps each)
                as_of, since = statement_dates(sentence, article.published)
            by_article.setdefault(key, []).append(Statement(
                article=article, sentence=sentence, sentence_start=sentence_start,
                value_start=value_start, value_text=value_text,
                quantity=Quantity(**orjson.loads(quantity)), role=role, thing=thing,
                measure=measure, places=frozenset(orjson.loads(places)), frame=frame,
                subjects=frozenset(orjson.loads(subjects)), as_of=as_of, since=since,
                events=frozenset(orjson.loads(events)) if events is not None else (
                    statement_events(sentence, article.title))))
        return Report([articles[key] for key in order if key in articles],
                      [s for key in order for s in by_article.get(key, [])], [])
