"""One settings object for the whole pipeline, built once at the front door."""

from __future__ import annotations

from dataclasses import dataclass

# Cosine between two frames (number masked) above which two statements may be the same fact.
# Calibrated on fixtures/corpus and the seeds with all-MiniLM-L6-v2: same-fact frames in
# different words score 0.55-0.9; the closest different facts that pass the unit, role and
# scope gates score below 0.5.
MATCH_THRESHOLD = 0.55


@dataclass(frozen=True)
class Settings:
    # A local sentence-transformers model folder; None is the packaged all-MiniLM-L6-v2.
    model: str | None = None
    device: str = "cpu"
    match_threshold: float = MATCH_THRESHOLD
    batch_size: int = 64
    # A SQLite file where embeddings are kept between runs; None keeps nothing.
    store: str | None = None
