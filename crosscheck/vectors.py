"""What the matcher embeds per statement: its frame and its sentence, from one model pass,
and its context: its sentence with its article's headline.

A statement's frame is its sentence without the number and the attribution ("..., officials
said"): what is said about the number. Its vector is pooled from the sentence's own token
states outside those ranges, so each distinct sentence costs one model pass however many
numbers it holds, and gives the sentence vector too. A model that cannot pool parts (any
sentence-transformers pipeline but Transformer -> mean Pooling) embeds the masked frame text
and the sentence separately.

A statement's context vector is its headline's vector and its sentence's, summed and
normalised (its sentence's alone when its article has no title): "About 600,000 heavy goods
vehicles use the Alpine link annually" says nothing of Mont Blanc, its headline does. Each
headline is embedded once, as a text of its own.

With a store, all are kept between runs: a sentence or a headline under its text, a frame
under its sentence and its number's place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from crosscheck.embed import Embedder, Span, SpanEmbedder
from crosscheck.extract import Statement
from crosscheck.frames import FRAME_RULE, frame_leave_out
from crosscheck.store import CachedEmbedder, EmbeddingStore


@dataclass(frozen=True)
class StatementVectors:
    frames: np.ndarray  # one unit row per statement
    sentences: np.ndarray  # one unit row per statement (its sentence's)
    contexts: np.ndarray  # one unit row per statement (its headline's and sentence's)
    embedded: int  # texts the model ran on; the rest came from the store


def statement_vectors(statements: Sequence[Statement], embedder: Embedder,
                      store: EmbeddingStore | None = None) -> StatementVectors:
    """Each statement's frame, sentence and context vectors, and how much model work they
    took."""
    if not statements:
        empty = np.zeros((0, 0), dtype=np.float32)
        return StatementVectors(empty, empty, empty, 0)
    titles = [s.article.title for s in statements]
    headlines = list({title for title in titles if title})
    if not isinstance(embedder, SpanEmbedder):
        texts = [*(s.frame for s in statements), *(s.sentence for s in statements), *headlines]
        cached = CachedEmbedder(embedder, store) if store else None
        found = cached.encode(texts) if cached else embedder.encode(texts)
        sentence_rows = found[len(statements) : 2 * len(statements)]
        return StatementVectors(
            found[: len(statements)], sentence_rows,
            context_vectors(sentence_rows, titles, dict(zip(headlines, found[
                2 * len(statements):], strict=True))),
            cached.computed if cached else len(set(texts)))
    sentences = [s.sentence for s in statements]
    numbers = [(s.value_start - s.sentence_start,
                s.value_start - s.sentence_start + len(s.value_text)) for s in statements]
    keys = [_frame_key(sentence, number) for sentence, number in zip(sentences, numbers,
                                                                      strict=True)]
    known = store.get_many(embedder.name, list({*sentences, *keys, *headlines})) if store else {}
    missing = [i for i, key in enumerate(keys)
               if key not in known or sentences[i] not in known]
    unique: list[str] = []
    if missing or not known.keys() >= set(headlines):
        wanted: dict[str, dict[Span, str]] = {}  # sentence -> ranges left out -> frame key
        for i in missing:
            wanted.setdefault(sentences[i], {})[frame_leave_out(sentences[i], *numbers[i])] = (
                keys[i])
        for headline in headlines:  # a headline is embedded whole, as a sentence is
            if headline not in known:
                wanted.setdefault(headline, {})
        unique = list(wanted)
        whole, parts = embedder.encode_spans(unique, [list(wanted[s]) for s in unique])
        fresh: dict[str, np.ndarray] = {}
        for sentence, vector, pooled in zip(unique, whole, parts, strict=True):
            fresh[sentence] = vector
            fresh.update(zip(wanted[sentence].values(), pooled, strict=True))
        if store:
            store.put_many(embedder.name, fresh)
        known.update(fresh)
    sentence_rows = np.stack([known[sentence] for sentence in sentences])
    return StatementVectors(np.stack([known[key] for key in keys]), sentence_rows,
                            context_vectors(sentence_rows, titles, known), len(unique))


def context_vectors(sentences: np.ndarray, titles: Sequence[str | None],
                    headline_vectors: Mapping[str, np.ndarray]) -> np.ndarray:
    """Each statement's context: its sentence vector plus its headline's, normalised; its
    sentence vector alone when it has no headline."""
    row_of = {title: row for row, title in enumerate(dict.fromkeys(filter(None, titles)))}
    contexts = sentences.copy()
    if not row_of:
        return contexts
    headlines = np.stack([headline_vectors[title] for title in row_of])  # each once
    rows = np.array([row_of.get(title, -1) if title else -1 for title in titles])
    titled = rows >= 0
    summed = sentences[titled] + headlines[rows[titled]]
    contexts[titled] = summed / np.clip(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12,
                                        None)
    return contexts


def _frame_key(sentence: str, number: tuple[int, int]) -> str:
    """The store key of a frame vector: its sentence, where its number is, and the rule that
    turns those into the ranges left out (so a changed attribution rule embeds again)."""
    return f"{sentence}\x1f{number}\x1f{FRAME_RULE}"

