"""The arithmetic every evaluation shares."""

from __future__ import annotations


def share(part: int, whole: int) -> float:
    """part / whole, with nothing to get wrong counted as perfect."""
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return f_beta(precision, recall, 1.0)


def f_beta(precision: float, recall: float, beta: float) -> float:
    """The weighted harmonic mean: beta < 1 weighs precision more, as F0.5 does."""
    total = beta * beta * precision + recall
    return (1 + beta * beta) * precision * recall / total if total else 0.0
