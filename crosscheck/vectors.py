"""What the matcher embeds per statement: its frame and its sentence, from one model pass.

A statement's frame is its sentence without the number and the attribution ("..., officials
said"): what is said about the number. Its vector is pooled from the sentence's own token
states outside those ranges, so each distinct sentence costs one model pass however many
numbers it holds, and gives the sentence vector too. A model that cannot pool parts (any
sentence-transformers pipeline but Transformer -> mean Pooling) embeds the masked frame text
and the sentence separately.

With a store, both are kept between runs: a sentence under its text, a frame under its
sentence and the ranges left out.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from crosscheck.embed import Embedder, Span, SpanEmbedder
from crosscheck.extract import Statement, frame_leave_out
from crosscheck.store import CachedEmbedder, EmbeddingStore


def statement_vectors(statements: Sequence[Statement], embedder: Embedder,
                      store: EmbeddingStore | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(frame vectors, sentence vectors), one row each per statement."""
    if not statements:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    if not isinstance(embedder, SpanEmbedder):
        texts = CachedEmbedder(embedder, store) if store else embedder
        both = texts.encode([*(s.frame for s in statements), *(s.sentence for s in statements)])
        return both[: len(statements)], both[len(statements) :]
    sentences = [s.sentence for s in statements]
    leave_out = [frame_leave_out(s.sentence, s.value_start - s.sentence_start,
                                 s.value_start - s.sentence_start + len(s.value_text))
                 for s in statements]
    keys = [_frame_key(sentence, span) for sentence, span in zip(sentences, leave_out,
                                                                  strict=True)]
    known = store.get_many(embedder.name, list({*sentences, *keys})) if store else {}
    missing = [i for i, key in enumerate(keys)
               if key not in known or sentences[i] not in known]
    if missing:
        spans: dict[str, set[Span]] = {}
        for i in missing:
            spans.setdefault(sentences[i], set()).add(leave_out[i])
        unique = list(spans)
        whole, parts = embedder.encode_spans(unique, [sorted(spans[t]) for t in unique])
        fresh: dict[str, np.ndarray] = {}
        for sentence, vector, pooled in zip(unique, whole, parts, strict=True):
            fresh[sentence] = vector
            fresh.update((_frame_key(sentence, span), row)
                         for span, row in zip(sorted(spans[sentence]), pooled, strict=True))
        if store:
            store.put_many(embedder.name, fresh)
        known.update(fresh)
    return (np.stack([known[key] for key in keys]),
            np.stack([known[sentence] for sentence in sentences]))


def _frame_key(sentence: str, leave_out: Span) -> str:
    """The store key of a frame vector: its sentence and the ranges left out."""
    return f"{sentence}\x1f{leave_out}"
