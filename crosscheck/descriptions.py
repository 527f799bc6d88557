"""A business a statement names only by a description ("The Stockholm-based airline"),
resolved to its name by the corpus: the named statement that gives its figure.

Wire copy and a company's own release put one figure in many papers, some naming the
business and some describing it: "SAS carried 25.2 million passengers in 2024" and "The
Stockholm-based airline flew some 25.2m travellers last year". One such pair tells whom the
description means, which the embedding cannot (a name and a description read alike to it as
any two airlines do), so the described statement is then also about SAS wherever it is
compared: with SAS's figure of the year before, and against another airline's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from crosscheck.extract import Statement, with_corpus_aliases
from crosscheck.match import described_only, figures_back_each_other, named_unit
from crosscheck.subjects import names_someone, proper_names


def with_corpus_names(statements: Sequence[Statement]) -> list[Statement]:
    """The corpus step every front door takes once statements are extracted: the names the
    corpus gives owners and unplaced places (extract.with_corpus_aliases), then the names it
    gives descriptions (resolve_descriptions)."""
    return resolve_descriptions(with_corpus_aliases(statements))


def resolve_descriptions(statements: Sequence[Statement]) -> list[Statement]:
    """The statements, each that names a business only by a description also naming it
    where exactly one name's statement gives an agreeing figure (match.figures_back_each_other)
    of the same named unit (match.named_unit) as of the same day, in another sentence. Two
    names that give such a figure leave the description unresolved: which business it means
    is then the corpus's guess, not its word."""
    named: dict[tuple[date, str], list[Statement]] = {}
    for statement in statements:
        key = _key(statement)
        if key is not None and names_someone(statement.subjects):
            named.setdefault(key, []).append(statement)
    resolved = []
    for statement in statements:
        key = _key(statement)
        names = ({proper_names(other.subjects) for other in named.get(key, ())
                  if other.sentence != statement.sentence
                  and figures_back_each_other(statement, other)}
                 if key is not None and described_only(statement.subjects) else set())
        resolved.append(replace(statement, subjects=statement.subjects | names.pop())
                        if len(names) == 1 else statement)
    return resolved


def _key(statement: Statement) -> tuple[date, str] | None:
    unit = named_unit(statement)
    return None if unit is None or statement.as_of is None else (statement.as_of, unit)
