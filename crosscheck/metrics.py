"""The arithmetic every evaluation shares."""

from __future__ import annotations


def share(part: int, whole: int) -> float:
    """part / whole, with nothing to get wrong counted as perfect."""
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0
