"""Which statements speak of the same fact.

The embedding model proposes (frames close in meaning); the gates dispose: the same kind of
quantity, the same counted thing, the same role and a compatible scope. Embeddings alone put
"an additional 2,500 troops" next to "5,500 troops in Poland" and "700,000 refugees in Poland"
next to "1.3 million fled to neighbouring countries"; the gates are what keep them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from crosscheck import _lexicon as lex
from crosscheck.extract import Statement

# Roles whose figure is not a value as of the article's date, so never compared as such.
UNCOMPARABLE_ROLES = frozenset({"earlier"})


@dataclass(frozen=True)
class Pair:
    first: int  # index into the statement list
    second: int
    similarity: float


def same_measure(a: Statement, b: Statement) -> bool:
    """Whether two statements could measure the same thing, before any embedding."""
    if a.role != b.role or a.role in UNCOMPARABLE_ROLES:
        return False
    if a.quantity.kind != b.quantity.kind:
        return False
    if a.quantity.kind == "count":
        if not things_agree(a.thing, b.thing):
            return False
    elif a.quantity.unit != b.quantity.unit:
        return False
    if a.measure is not None and b.measure is not None and a.measure != b.measure:
        return False  # "331 killed" and "675 injured"; inflation and the interest rate
    return scopes_agree(a.places, b.places)


def things_agree(a: str | None, b: str | None) -> bool:
    """Same counted thing, or one too general to tell ("people"). A count whose thing could
    not be read agrees only with another such count: guessing costs editors false alarms."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    return a in lex.GENERIC_THINGS or b in lex.GENERIC_THINGS


def scopes_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Compatible when one sentence names no place the other lacks, and both name the same
    regions.

    {US, Poland} and {Poland} agree (one is more specific); {Ukraine} and {Ukraine,
    neighbouring countries} do not: a figure for a region is another fact than one for a
    country, even when the sentence leaves the country unnamed ("the country has taken in").
    """
    if a & lex.REGIONS != b & lex.REGIONS:
        return False
    return a <= b or b <= a


def is_same_fact(a: Statement, b: Statement, similarity: float, threshold: float) -> bool:
    """The pairing decision: statements of different articles whose frames are close and
    that pass every gate."""
    return a.article is not b.article and similarity >= threshold and same_measure(a, b)


def candidate_pairs(
    statements: Sequence[Statement], vectors: np.ndarray, threshold: float
) -> list[Pair]:
    """Every statement pair that is_same_fact accepts."""
    if len(statements) < 2:
        return []
    similarities = vectors @ vectors.T
    pairs = []
    for first in range(len(statements)):
        row = similarities[first]
        for second in np.flatnonzero(row[first + 1 :] >= threshold) + first + 1:
            a, b = statements[first], statements[int(second)]
            if is_same_fact(a, b, float(row[second]), threshold):
                pairs.append(Pair(first, int(second), float(row[second])))
    return pairs


def group_facts(count: int, pairs: Sequence[Pair]) -> list[list[int]]:
    """Connected groups of paired statements; each group is one fact."""
    parent = list(range(count))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for pair in pairs:
        parent[root(pair.first)] = root(pair.second)
    groups: dict[int, list[int]] = {}
    for pair in pairs:
        for index in (pair.first, pair.second):
            members = groups.setdefault(root(index), [])
            if index not in members:
                members.append(index)
    return [sorted(members) for members in groups.values()]
