"""One settings object for the whole pipeline, built once at the front door."""

from __future__ import annotations

from dataclasses import dataclass

# Cosine between two frames (number masked, attribution dropped) above which two statements
# that pass every gate are the same fact. Chosen on fixtures/pairs/dev.txt with
# all-MiniLM-L6-v2 by `crosscheck eval matching`: the best F1 among thresholds with precision
# at least 0.95 (0.74: precision 1.00, recall 0.86 on dev). Lower it for recall.
MATCH_THRESHOLD = 0.74


@dataclass(frozen=True)
class Settings:
    # A local sentence-transformers model folder; None is the packaged all-MiniLM-L6-v2.
    model: str | None = None
    device: str = "cpu"
    match_threshold: float = MATCH_THRESHOLD
    batch_size: int = 64
    # A SQLite file where embeddings are kept between runs; None keeps nothing.
    store: str | None = None
