"""A business or a sight a statement only describes ("The Stockholm-based airline",
"Tokyo's busiest airport"), named by the corpus: by the named statement that gives its
figure.

Wire copy and a company's or an operator's own release put one figure in many papers, some
naming the business and some describing it: "SAS carried 25.2 million passengers in 2024"
and "The Stockholm-based airline flew some 25.2m travellers last year". One such pair tells
whom the description means, which the embedding cannot (a name and a description read alike
to it as any two airlines do), so the described statement is then also about SAS wherever
it is compared: with SAS's figure of the year before, and against another airline's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

import numpy as np

from crosscheck.extract import Statement, opens_on_a_placed_kind, with_corpus_aliases
from crosscheck.match import (
    CROWD_UNIT,
    counts_people,
    described_only,
    figures_back_each_other,
    named_unit,
    names_no_one,
    one_telling,
)
from crosscheck.places import is_country
from crosscheck.subjects import (
    HOMED,
    NAMED_ELSEWHERE,
    ONE_OF,
    marks,
    names_someone,
    proper_names,
)
from crosscheck.things import visits_a_described_sight


def with_corpus_names(statements: Sequence[Statement]) -> list[Statement]:
    """The corpus step every front door takes once statements are extracted: the names the
    corpus gives owners and unplaced places (extract.with_corpus_aliases), then the names it
    gives descriptions (resolve_descriptions)."""
    return resolve_descriptions(with_corpus_aliases(statements))


def resolve_descriptions(statements: Sequence[Statement]) -> list[Statement]:
    """The statements, each that names no one but describes a business
    (match.described_only) or counts one of a kind (subjects.ONE_OF: "Tokyo's busiest
    airport") also naming, with the mark subjects.NAMED_ELSEWHERE, the one name whose
    statement gives an agreeing figure (match.figures_back_each_other) of the same named
    unit (match.named_unit) as of a day within RESOLVE_DAYS of its own, told by another
    source or on another day: a story that names the Nærøyfjord and describes "The
    Norwegian fjord on the UNESCO list" describes another fjord, whatever their figures
    (match.one_telling). Two names that give such a figure leave it unnamed: whom it
    means is then the corpus's guess, not its word; and a bound ("more than $4tn")
    agrees with too many figures to name anyone. A statement that names no one at all
    ("Britain recorded 54,674 new coronavirus infections") is left as it is: its figure
    is its place's, or a toll's, more often than a business's; unless it opens on its
    subject's kind and where it is ("Kenya's most famous wildlife reserve drew",
    extract.opens_on_a_placed_kind) or counts people who visited a sight it describes
    ("went up Brussels' giant steel molecule": things.visits_a_described_sight),
    descriptions as "The Brühl theme park" is."""
    keys = [_key(statement) for statement in statements]
    named: dict[tuple[date, str], list[Statement]] = {}
    for statement, key in zip(statements, keys, strict=True):
        if key is not None and names_someone(statement.subjects) and not _bound(statement):
            named.setdefault(key, []).append(statement)
    ends = {key: _ends(group) for key, group in named.items()}
    resolved = []
    for statement, key in zip(statements, keys, strict=True):
        names: set[frozenset[str]] = set()
        if key is None and statement.as_of is not None and counts_people(statement):
            key = (statement.as_of, CROWD_UNIT)  # a crowd counted as people: its visitors
        if key is not None and _only_described(statement):
            (start, _), (end, _) = statement.quantity.agreement_ends()
            for near in (near for near in _days_near(key) if near in named):
                # an interval overlap first: a key may hold thousands
                starts, stops = ends[near]
                for at in np.flatnonzero((starts <= end) & (stops >= start)).tolist():
                    other = named[near][at]
                    if (other.sentence != statement.sentence
                            and not one_telling(statement, other)
                            and figures_back_each_other(statement, other)):
                        names.add(proper_names(other.subjects))
                if len(names) > 1:
                    break  # two names: no more to learn
        resolved.append(replace(statement, subjects=statement.subjects | names.pop()
                                | {NAMED_ELSEWHERE}, places=_beyond_home(statement))
                        if len(names) == 1 else statement)
    return resolved


def _beyond_home(statement: Statement) -> frozenset[str]:
    """The places a statement speaks of, less its business's home town once a name says
    whose it is: "The Alicante-based lender earned about €1.8bn" is Banco Sabadell's
    profit, not Alicante's, and the town would keep it from Sabadell's figure placed
    elsewhere. A home country stays: "The Danish jewellery maker's sales" are not its sales
    in the US, nor is "Canada's central bank"'s rate another country's."""
    towns = {place for mark in marks(statement.subjects, HOMED)
             for place in mark.removeprefix(HOMED).split("/") if not is_country(place)}
    return frozenset() if towns and statement.places <= towns else statement.places


def _ends(group: list[Statement]) -> tuple[np.ndarray, np.ndarray]:
    """Where each statement's figure starts and ends, for figures_back_each_other to read
    only the figures that may agree."""
    ends = [statement.quantity.agreement_ends() for statement in group]
    return (np.array([start for (start, _), _ in ends], dtype=np.float64),
            np.array([end for _, (end, _) in ends], dtype=np.float64))


# How many days apart a named figure may be dated and still name a description's: wire copy
# and a company's release run over a few days, each paper dating a present-tense figure by
# its own issue ("BlaBlaCar has 100 million members" on 1 April, "The French carpooling
# platform counts some 100m members" on 2 April).
RESOLVE_DAYS = 3


def _days_near(key: tuple[date, str]) -> list[tuple[date, str]]:
    """The keys of the same unit dated within RESOLVE_DAYS of this one, its own first."""
    day, unit = key
    return [(day + timedelta(days=offset), unit)
            for offset in sorted(range(-RESOLVE_DAYS, RESOLVE_DAYS + 1), key=abs)]


def _key(statement: Statement) -> tuple[date, str] | None:
    unit = named_unit(statement)
    return None if unit is None or statement.as_of is None else (statement.as_of, unit)


def _only_described(statement: Statement) -> bool:
    names = statement.subjects
    return (not names_someone(names)
            and bool(marks(names, ONE_OF) or described_only(names)
                     or (names_no_one(names) and (opens_on_a_placed_kind(statement.frame)
                         or visits_a_described_sight(statement.sentence))))
            and not _bound(statement))


def _bound(statement: Statement) -> bool:
    return statement.quantity.is_floor or statement.quantity.ceiling
