"""A persistent store of embeddings in SQLite, keyed by model and text.

The model is the whole cost of crosscheck; the store makes it a one-off. A frame embedded once,
by the CLI, a pytest run or another worker, is never embedded again with the same model.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from crosscheck.embed import Embedder

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
);
CREATE TABLE IF NOT EXISTS matches (
    key TEXT PRIMARY KEY,
    pairs BLOB NOT NULL,
    used REAL NOT NULL
);
"""
# Pairings kept for unchanged re-runs (one per corpus and settings); the oldest go first.
KEPT_PAIRINGS = 8
# Above this many texts, get_many reads the model's whole table once instead of looking each up.
SCAN_FROM = 5000
# Seconds a writer waits for another process (a pytest-xdist worker) to finish its write.
BUSY_TIMEOUT = 60.0


class StoreError(RuntimeError):
    """The store file cannot be opened or is not a crosscheck store."""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def open_database(path: Path, schema: str, what: str) -> sqlite3.Connection:
    """A SQLite file with crosscheck's tables, shared safely by several processes."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(schema)
        return db
    except (OSError, sqlite3.DatabaseError) as error:
        raise StoreError(f"{path}: cannot open {what}: {error}") from None


class EmbeddingStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = open_database(self.path, SCHEMA, "store")

    def get_many(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        hashes = {text_hash(text): text for text in texts}
        keys = list(hashes)
        if len(keys) > SCAN_FROM:  # one pass over the table beats thousands of lookups
            rows = self._db.execute(
                "SELECT text_hash, vector FROM embeddings WHERE model = ?", (model,))
            return {hashes[digest]: np.frombuffer(blob, dtype=np.float32)
                    for digest, blob in rows if digest in hashes}
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = ("SELECT text_hash, vector FROM embeddings "
                     f"WHERE model = ? AND text_hash IN ({marks})")
            for digest, blob in self._db.execute(query, [model, *chunk]):
                found[hashes[digest]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        rows = [(model, text_hash(text), np.asarray(vector, dtype=np.float32).tobytes())
                for text, vector in vectors.items()]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    def get_pairs(self, key: str) -> np.ndarray | None:
        """The pairing stored under `key` (match.Pairs.rows, flattened), or None."""
        row = self._db.execute("SELECT pairs FROM matches WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        with self._db:
            self._db.execute("UPDATE matches SET used = ? WHERE key = ?", (time.time(), key))
        return np.frombuffer(row[0], dtype=np.float64)

    def put_pairs(self, key: str, pairs: np.ndarray) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO matches VALUES (?, ?, ?)",
                             (key, np.asarray(pairs, dtype=np.float64).tobytes(), time.time()))
            self._db.execute("DELETE FROM matches WHERE key NOT IN (SELECT key FROM matches "
                             "ORDER BY used DESC LIMIT ?)", (KEPT_PAIRINGS,))

    def count(self, model: str | None = None) -> int:
        if model is None:
            return self._db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
        query = "SELECT COUNT(*) FROM embeddings WHERE model = ?"
        return self._db.execute(query, (model,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()


class CachedEmbedder:
    """An embedder that asks its model only for texts the store has not seen."""

    def __init__(self, inner: Embedder, store: EmbeddingStore) -> None:
        self.inner = inner
        self.store = store
        self.name = inner.name
        self.computed = 0  # texts the model embedded in this process: a cache miss count

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        unique = list(dict.fromkeys(texts))
        known = self.store.get_many(self.name, unique)
        missing = [text for text in unique if text not in known]
        if missing:
            fresh = self.inner.encode(missing)
            new = dict(zip(missing, fresh, strict=True))
            self.store.put_many(self.name, new)
            known.update(new)
            self.computed += len(missing)
        log.info("embeddings: %d from the store, %d computed", len(texts) - len(missing),
                 len(missing))
        return np.stack([known[text] for text in texts])
