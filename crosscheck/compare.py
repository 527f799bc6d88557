"""Verdicts: do the numbers of one fact agree, move over time, or conflict?

Intervals that overlap agree. Those that do not either changed (the statements are as of
different dates: the later one is an update) or conflict (same date, or no date tells them
apart). An editor reads the verdict first, so each finding says from what to what, which way,
and between which sources and dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar

from crosscheck._lexicon import DIMENSION_NAMES, GENERIC_THINGS, REACH_MARKS, SINGLED_OUT
from crosscheck.earlier import YEAR_APART_DAYS
from crosscheck.extract import Statement
from crosscheck.moments import one_moment
from crosscheck.quantity import (
    APPROX_TOLERANCE,
    Quantity,
    in_one_measure,
    rounding_margin,
    written_apart,
    written_differently,
)

VERDICT_RANK = {"consistent": 0, "changed": 1, "conflict": 2}


@dataclass(frozen=True)
class Finding:
    verdict: str  # consistent | changed | conflict
    statements: tuple[Statement, ...]
    summary: str
    direction: str | None = None  # "increase" or "decrease", for changed
    within_rounding: bool = False  # agreement only thanks to rounding or a qualifier


@dataclass(frozen=True)
class Fact:
    label: str
    statements: tuple[Statement, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> str:
        """The most serious verdict among the fact's findings."""
        return max((f.verdict for f in self.findings), key=VERDICT_RANK.__getitem__,
                   default="consistent")


def judge_fact(statements: Sequence[Statement]) -> Fact:
    """Every verdict within one fact.

    Statements with the same as-of date and the same interval are judged once, as a group: a
    figure repeated by a thousand articles costs one comparison per other figure, not a
    thousand, and reads as one finding citing every source."""
    ordered = tuple(sorted(statements, key=_chronological))
    groups = _same_figure_groups(ordered)
    articles = [{id(s.article) for s in group} for group in groups]
    sentences = [{(id(s.article), s.sentence_start) for s in group} for group in groups]
    findings: list[Finding] = []
    agreements: list[tuple[int, int, bool]] = []  # group, group, only within rounding
    for i, j in _comparable(groups):
        if i == j:
            if len(articles[i]) > 1:
                agreements.append((i, i, False))
        elif len(sentences[i] | sentences[j]) > 1:  # never a sentence against itself
            verdict, within_rounding = _relation(groups[i][0], groups[j][0])
            if verdict != "consistent":  # an article that disagrees with itself too
                findings.append(compare_groups(groups[i], groups[j]))
            elif len(articles[i] | articles[j]) > 1:  # one that agrees with itself: no news
                agreements.append((i, j, within_rounding))
    findings = _merge_steps(_merge_same_date_conflicts(findings))
    findings.sort(key=lambda f: -VERDICT_RANK[f.verdict])
    findings.extend(_merge_agreements(groups, agreements))
    return Fact(label=fact_label(ordered), statements=ordered, findings=tuple(findings))


def _merge_same_date_conflicts(findings: list[Finding]) -> list[Finding]:
    """One conflict per date: three sources that give three figures for one day read as one
    disagreement listing the three, not as three pairs (one of which may even agree)."""
    def same_date(finding: Finding) -> date | None:
        first, last = finding.statements[0].as_of, finding.statements[-1].as_of
        return first if finding.verdict == "conflict" and first == last else None

    def merged(when: date, statements: tuple[Statement, ...]) -> Finding:
        one_article = ", in one article" if len({id(s.article) for s in statements}) == 1 else ""
        return Finding("conflict", statements,
                       f"{len(_figures(statements))} figures as of {when.isoformat()}"
                       f"{one_article}: {_listed(statements)}")

    return _merged(findings, same_date, merged)


def _merge_steps(findings: list[Finding]) -> list[Finding]:
    """One change per pair of dates and direction: "rose from more than 700,000 (March 5) to
    some 1.2 million; about 1.5 million (March 8)" rather than one finding per figure pair."""
    def step(finding: Finding) -> tuple[date | None, date | None, str | None] | None:
        return ((finding.statements[0].as_of, finding.statements[-1].as_of, finding.direction)
                if finding.verdict == "changed" else None)

    def merged(key: tuple[date | None, date | None, str | None],
               statements: tuple[Statement, ...]) -> Finding:
        before, _, direction = key
        earlier = [s for s in statements if s.as_of == before]
        later = [s for s in statements if s.as_of != before]
        verb = "rose" if direction == "increase" else "fell"
        return Finding("changed", statements,
                       f"{verb} from {_listed(earlier)} to {_listed(later)}",
                       direction=direction)

    return _merged(findings, step, merged)


_Key = TypeVar("_Key")


def _merged(findings: list[Finding], key: Callable[[Finding], _Key | None],
            merge: Callable[[_Key, tuple[Statement, ...]], Finding]) -> list[Finding]:
    """Findings that share a key (None: keep as it is) as one finding of all their
    statements; a key held by one finding keeps that finding."""
    by_key: dict[_Key, list[Finding]] = {}
    kept = []
    for finding in findings:
        if (shared := key(finding)) is None:
            kept.append(finding)
        else:
            by_key.setdefault(shared, []).append(finding)
    for shared, group in by_key.items():
        kept += group if len(group) == 1 else [merge(shared, _statements_of(group))]
    return kept


def _statements_of(findings: Sequence[Finding]) -> tuple[Statement, ...]:
    """Every statement of some findings, once each, in time order."""
    return tuple(sorted({id(s): s for f in findings for s in f.statements}.values(),
                        key=_chronological))


def _figures(statements: Sequence[Statement]) -> list[list[Statement]]:
    """The statements grouped by the figure they give, lowest figure first."""
    figures: dict[tuple[object, ...], list[Statement]] = {}
    for statement in sorted(statements, key=lambda s: s.quantity.midpoint):
        figures.setdefault(_figure_key(statement.quantity), []).append(statement)
    return list(figures.values())


def _listed(statements: Sequence[Statement]) -> str:
    """"some 1.2 million (Baltic Wire, 2022-03-08); about 1.5 million (River Times, ...)"."""
    return "; ".join(quote_group(figure) for figure in _figures(statements))


def _same_figure_groups(ordered: Sequence[Statement]) -> list[list[Statement]]:
    groups: dict[tuple[object, ...], list[Statement]] = {}
    for statement in ordered:
        groups.setdefault((statement.as_of, *_figure_key(statement.quantity)),
                          []).append(statement)
    return list(groups.values())


def _figure_key(q: Quantity) -> tuple[object, ...]:
    return q.low, q.high, q.strict_low, q.strict_high, q.low_inclusive, q.high_inclusive


def _comparable(groups: Sequence[Sequence[Statement]]) -> list[tuple[int, int]]:
    """Which groups (in chronological order) are compared: each with itself, same-date and
    undated ones always, dated ones only with the next date (by rank among the fact's dates),
    so a figure updated twice reads as two steps. Listed directly, not by testing every pair:
    a fact with hundreds of figures would cost their square."""
    by_date: dict[date | None, list[int]] = {}
    for index, group in enumerate(groups):
        by_date.setdefault(group[0].as_of, []).append(index)
    dates = sorted(when for when in by_date if when is not None)
    undated = by_date.get(None, [])
    pairs: list[tuple[int, int]] = []
    for rank, when in enumerate(dates):
        here = by_date[when]
        later = by_date[dates[rank + 1]] if rank + 1 < len(dates) else []
        for at, i in enumerate(here):
            pairs += [(i, j) for j in here[at:]]
            pairs += [(i, j) for j in (*later, *undated)]
    for at, i in enumerate(undated):
        pairs += [(i, j) for j in undated[at:]]
    return pairs


def _merge_agreements(groups: Sequence[Sequence[Statement]],
                      agreements: Sequence[tuple[int, int, bool]]) -> list[Finding]:
    """One consistent finding per cluster of figures that all agree with each other, so
    "5,500 on Feb 2 and 3" and "10,000 on Mar 5" read as two agreements, not one, and two
    figures that each agree with an open "more than 700,000" are not listed as agreeing."""
    clusters: list[_Cluster] = []
    holding: dict[int, list[int]] = {}  # group -> the clusters it is in, oldest first
    for first, second, within_rounding in agreements:
        pair = dict.fromkeys((first, second))
        if len(pair) == 1 and first in holding:
            continue  # a figure agreeing with itself, already in a cluster
        # The first cluster that takes the pair. Two groups can only join a cluster that
        # holds one of them; a group's agreement with itself can join any it overlaps.
        candidates = range(len(clusters)) if len(pair) == 1 else sorted(
            {*holding.get(first, ()), *holding.get(second, ())})
        for index in candidates:
            cluster = clusters[index]
            newcomers = [g for g in pair if g not in cluster.members]
            if len(newcomers) < 2 and all(cluster.takes(groups[n][0].quantity)
                                          for n in newcomers):
                for group in newcomers:
                    cluster.add(group, groups[group][0].quantity)
                    holding.setdefault(group, []).append(index)
                cluster.within_rounding = cluster.within_rounding or within_rounding
                break
        else:
            cluster = _Cluster(within_rounding=within_rounding)
            for group in pair:
                cluster.add(group, groups[group][0].quantity)
                holding.setdefault(group, []).append(len(clusters))
            clusters.append(cluster)
    merged = []
    for cluster in clusters:
        ordered = tuple(sorted((s for g in cluster.members for s in groups[g]),
                               key=_chronological))
        note = " (within rounding)" if cluster.within_rounding else ""
        merged.append(Finding("consistent", ordered,
                              f"{_values(ordered)} agree{note}: {_sources(ordered)}",
                              within_rounding=cluster.within_rounding))
    return merged


@dataclass
class _Cluster:
    """Figures that all agree with each other. Intervals on a line that agree pairwise share
    a point, so a newcomer agrees with every member when it agrees with the member that ends
    lowest and the one that starts highest: two checks, not one per member. Floors ("more
    than N") agree with each other by their own rule, so each floor member is checked too.
    Two hedged figures agree by theirs (Quantity.agrees: one's figure within the other's
    hedge), for which the two checks stand in for the members between them."""

    within_rounding: bool = False
    members: dict[int, None] = field(default_factory=dict)  # groups, in joining order
    lowest_end: tuple[tuple[float, int], Quantity] | None = None  # (its end, the member)
    highest_start: tuple[tuple[float, int], Quantity] | None = None
    floors: list[Quantity] = field(default_factory=list)

    def takes(self, quantity: Quantity) -> bool:
        extremes = [kept[1] for kept in (self.lowest_end, self.highest_start) if kept]
        return all(quantity.agrees(member) for member in (*extremes, *self.floors))

    def add(self, group: int, quantity: Quantity) -> None:
        self.members[group] = None
        start, end = quantity.agreement_ends()
        if self.lowest_end is None or end < self.lowest_end[0]:
            self.lowest_end = end, quantity
        if self.highest_start is None or start > self.highest_start[0]:
            self.highest_start = start, quantity
        if quantity.is_floor:
            self.floors.append(quantity)


def compare_groups(earlier: Sequence[Statement], later: Sequence[Statement]) -> Finding:
    """One verdict for two groups of statements that each state one figure as of one date,
    the first group no later than the second."""
    finding = compare_pair(earlier[0], later[0])
    if len(earlier) == len(later) == 1:
        return finding
    a, b = quote_group(earlier), quote_group(later)
    summary = {
        "consistent": f"{a} and {b} agree",
        "changed": f"{'rose' if finding.direction == 'increase' else 'fell'} from {a} to {b}",
        "conflict": f"{a} vs {b} ({_when(earlier[0], later[0])})",
    }[finding.verdict]
    return replace(finding, statements=(*earlier, *later), summary=summary)


def _relation(a: Statement, b: Statement) -> tuple[str, bool]:
    """The verdict of two statements of one fact, and whether agreement rests on rounding
    alone, without the finding's words: most comparisons in a large fact agree, and
    formatting each one's summary cost a third of judging."""
    read_a, read_b = in_one_measure(a.quantity, b.quantity)  # "$9,100 a tonne" / "$9,100"
    if (read_a, read_b) != (a.quantity, b.quantity):
        a, b = replace(a, quantity=read_a), replace(b, quantity=read_b)
    later = a.as_of is not None and b.as_of is not None and not one_moment(a, b)
    if a.quantity.agrees(b.quantity) and not (later and (
            _outgrew(a.quantity, b.quantity) or _moved(a, b))):
        return "consistent", not a.quantity.overlaps_strictly(b.quantity)
    return ("changed" if later else "conflict"), False


# Two figures this far apart in time that differ as written are the figure moving, though
# one lies within the other's "about": "some 6.5 million" visitors this year and 6.7 million
# last year. Nearer together they are estimates of one moment ("about 180,000" and "some
# 170,000" evacuated, reported a day apart).
MOVED_AFTER = timedelta(days=28)
# Figures a year or more apart are two years' (or seasons') figures, a new count each: any
# value written differently is the figure moving, "some 700,000" balloon riders this year
# after "a record 670,000" last year, or "more than 70,000" after 70,236.
ANOTHER_YEAR_AFTER = timedelta(days=YEAR_APART_DAYS.start)


def _moved(a: Statement, b: Statement) -> bool:
    """Whether two dated figures a month or more apart differ at the coarser one's digits
    (quantity.written_apart) or the later says it moved past the earlier (_said_to_move),
    or a year or more apart differ as written at all."""
    gap = abs(b.as_of - a.as_of)  # type: ignore[operator]
    if gap >= ANOTHER_YEAR_AFTER:
        return written_differently(a.quantity, b.quantity)
    return gap >= MOVED_AFTER and (written_apart(a.quantity, b.quantity)
                                   or _said_to_move(a, b))


# A later figure its own words say the count rose or fell to: "The death toll from the Kočani
# fire has risen to 62".
_ROSE_TO = re.compile(
    r"\b(?:(?:rose|risen|climbed|jumped|grew|grown|increased|swelled|mounted|soared)"
    r"|(?:edged|ticked|crept|inched|went|gone)\s+up)\s+to\s+$",
    re.IGNORECASE)
_FELL_TO = re.compile(
    r"\b(?:(?:fell|fallen|dropped|declined|decreased|shrank|shrunk|slipped|eased)"
    r"|(?:edged|ticked|crept|inched|went|gone)\s+down)\s+to\s+$",
    re.IGNORECASE)


def _said_to_move(a: Statement, b: Statement) -> bool:
    """Whether the later of two dated figures says it rose to a figure above the earlier
    one's least (or fell to one below its most): a month or more on, the reporter tells of
    a move, so "about 200 million" members and, eight months later, "has grown to about 210
    million" are the count growing, though each lies within the other's "about". Days apart
    a toll's "rose to 24" after "at least 22" is the count the floor left open (_outgrew).
    Only a later article's: one day's "sales fell to roughly 3.7 million" moved from the
    year before, not from the "3.72 million" its own day's report gives for the year."""
    earlier, later = (a, b) if a.as_of <= b.as_of else (b, a)  # type: ignore[operator]
    told, retold = earlier.article.published, later.article.published
    if told is None or retold is None or retold <= told:
        return False
    before = later.sentence[:later.value_start - later.sentence_start]
    was, now = earlier.quantity, later.quantity
    if _ROSE_TO.search(before):
        return was.strict_low is not None and now.strict_low is not None and (
            now.strict_low > was.strict_low)
    if _FELL_TO.search(before):
        return was.strict_high is not None and now.strict_high is not None and (
            now.strict_high < was.strict_high)
    return False


def _outgrew(floor: Quantity, later: Quantity) -> bool:
    """Whether a later figure is well past an earlier "at least N": a reporter's floor is the
    count known that day ("at least 16 dead"), so 24 three days later is the toll rising,
    though 24 is at least 16. Within "about" of the floor it is the same count. A later,
    higher floor is the count known on its day ("more than 62,000 killed", then weeks later
    "has passed 65,000"): the toll rising, once past the rounding of the earlier floor
    ("more than 1,000" injured, then "at least 1,050", is one count written two ways). A
    share's floor is no count known so far: "More than a third of Slovenia's territory is
    protected", then "About 37%", is one share written two ways."""
    if not floor.is_floor or later.strict_low is None or floor.kind == "percent":
        return False
    if later.is_floor:
        base = floor.strict_low or 0.0
        return later.strict_low > base + rounding_margin(f"{base:.0f}", base)
    return later.strict_low > floor.low * (1 + APPROX_TOLERANCE)  # type: ignore[operator]


def compare_pair(a: Statement, b: Statement) -> Finding:
    """One verdict for two statements of the same fact, a before b in time."""
    verdict, rounding = _relation(a, b)
    if verdict == "consistent":
        return Finding("consistent", (a, b), f"{quote(a)} and {quote(b)} agree",
                       within_rounding=rounding)
    if verdict == "changed":
        up = b.quantity.midpoint > a.quantity.midpoint
        direction = "increase" if up else "decrease"
        verb = "rose" if up else "fell"
        summary = f"{verb} from {quote(a)} to {quote(b)}"
        return Finding("changed", (a, b), summary, direction=direction)
    return Finding("conflict", (a, b), f"{quote(a)} vs {quote(b)} ({_when(a, b)})")


def _when(a: Statement, b: Statement) -> str:
    one_article = ", in one article" if a.article is b.article else ""
    if a.as_of is not None and b.as_of is not None:
        return f"both as of {a.as_of.isoformat()}{one_article}"
    return f"no date tells them apart{one_article}"


def _chronological(statement: Statement) -> tuple[date, str, int]:
    return (statement.as_of or date.max, statement.article.path, statement.value_start)


def cite(statement: Statement) -> str:
    when = statement.as_of.isoformat() if statement.as_of else "undated"
    return f"{statement.article.label}, {when}"


def quote(statement: Statement) -> str:
    return f"{statement.value_text} ({cite(statement)})"


def quote_group(statements: Sequence[Statement]) -> str:
    """"more than 10,000 (Eastern Ledger, 2022-03-05; Morning Courier, 2022-03-05)"."""
    return f"{_values(statements)} ({_sources(statements)})"


def _values(statements: Sequence[Statement]) -> str:
    """Each figure as written, once: "Some 5,500 / About 5,500"."""
    return " / ".join(dict.fromkeys(s.value_text for s in statements))


def _sources(statements: Sequence[Statement]) -> str:
    """Each source and date, once: "Vistula Post, 2022-02-02; Harbor Gazette, 2022-02-03"."""
    return "; ".join(dict.fromkeys(cite(s) for s in statements))


def fact_label(statements: Sequence[Statement]) -> str:
    """A short name for a fact: what is counted, and where all its statements agree it is."""
    first = statements[0]
    what = next((s.thing for s in statements if s.thing and s.thing not in GENERIC_THINGS),
                first.thing)
    if what is None:
        kind = first.quantity.kind
        what = f"{DIMENSION_NAMES.get(kind, kind)} in {first.quantity.unit}".strip()
    if first.role == "change":
        what = f"change in {what}"
    named = [frozenset(p for p in s.places
                       if not p.startswith(tuple(f"{mark} " for mark in REACH_MARKS))
                       and p != SINGLED_OUT)
             for s in statements]  # "part of Chile" says how far a scope reaches, not where
    places = sorted(frozenset.intersection(*named)) or sorted(min(named, key=len))
    return f"{what} ({', '.join(places)})" if places else what
