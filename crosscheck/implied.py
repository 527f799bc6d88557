"""Changes and multipliers checked against the totals they imply.

"The US has more than doubled its troops in Poland since Jan. 30 ... currently more than
10,000" makes two claims: a total and a ratio to an earlier total. When the corpus holds that
earlier total ("some 5,500", Feb. 2), the ratio can be checked: 5,500 more than doubled is
above 10,900, which agrees with "more than 10,000". "tripled since January to 10,000" would
not, and an editor wants to know.

A change or multiplier is checked when it says what it led to: the current total of the same
thing (same counted thing, compatible places) in its own sentence ("rose by 4,500 to 10,000"),
or anywhere in its article when the change is dated ("has doubled since Jan. 30 ... currently
10,000"). "sending 2,500 more" next to "about 5,500 are there" is a plan, not a result, and is
not checked. The earlier figure comes from another article of the total's fact: the one
nearest the change's "since" date, else the latest before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from crosscheck.compare import Fact, Finding, cite, quote
from crosscheck.earlier import says_a_fall
from crosscheck.extract import Statement
from crosscheck.match import scopes_agree, things_agree
from crosscheck.quantity import Quantity, format_value, times

# Roles of a figure that moves a total rather than states one.
STEP_ROLES = frozenset({"change", "multiplier"})


def add_implied_findings(facts: Sequence[Fact], statements: Sequence[Statement]) -> list[Fact]:
    """The facts, each with a finding for every change or multiplier its totals can check."""
    fact_of = {id(s): index for index, fact in enumerate(facts) for s in fact.statements}
    totals = totals_by_article(statements)
    extra: dict[int, list[Finding]] = {}
    for step in statements:
        if step.role not in STEP_ROLES:
            continue
        now = _current_total(step, totals.get(id(step.article), []))
        if now is None or id(now) not in fact_of:
            continue
        index = fact_of[id(now)]
        before = _earlier_total(step, now, facts[index].statements)
        if before is not None:
            extra.setdefault(index, []).append(check_step(before, step, now))
    # A headline and its body often state one step twice: one finding per distinct check.
    return [replace(fact, findings=fact.findings + tuple(
                {f.summary: f for f in extra.get(index, ())}.values()))
            for index, fact in enumerate(facts)]


def totals_by_article(statements: Sequence[Statement]) -> dict[int, list[Statement]]:
    """Totals by article (its id): a step looks for what it led to only in its own."""
    totals: dict[int, list[Statement]] = {}
    for statement in statements:
        if statement.role == "total":
            totals.setdefault(id(statement.article), []).append(statement)
    return totals


def check_draft_step(step: Statement, draft_totals: Sequence[Statement],
                     sources: dict[int, Sequence[Statement]]) -> Finding | None:
    """A draft's change or multiplier against the corpus: its current total is in the
    draft, the earlier figure among the corpus sources of that total (`sources`, by the
    total's id). None when there is nothing to check it with."""
    now = _current_total(step, draft_totals)
    if now is None:
        return None
    before = _earlier_total(step, now, sources.get(id(now), ()))
    return None if before is None else check_step(before, step, now)


def check_step(before: Statement, step: Statement, now: Statement) -> Finding:
    """Does the earlier total, moved by the change or multiplier, reach the current total?"""
    implied = apply_step(before.quantity, step)
    since = f" since {step.since.isoformat()}" if step.since else ""
    reached = _describe(implied)
    statements = (before, step, now)
    if implied.overlaps(now.quantity):
        return Finding("consistent", statements,
                       f"{before.value_text} ({cite(before)}) {step.value_text}{since} is "
                       f"{reached}, which agrees with {quote(now)}")
    return Finding("conflict", statements,
                   f"{step.value_text}{since} ({cite(step)}) from {quote(before)} gives "
                   f"{reached}, but the same article says {now.value_text}")


def apply_step(base: Quantity, step: Statement) -> Quantity:
    """The interval a total reaches after a change or a multiplier (interval arithmetic;
    None is an open end). A percent change is a multiplier ("rose 8%": x 1.08); a change in
    points moves a percentage; any other change adds to the total."""
    move = step.quantity
    if step.role == "multiplier" or move.kind == "percent":
        factor_low, factor_high = _factor_bounds(step)
        low, high = times(base.low, factor_low), times(base.high, factor_high)
    elif _sign(step) > 0:
        low, high = _plus(base.low, move.low), _plus(base.high, move.high)
    else:
        low = _plus(base.low, None if move.high is None else -move.high)
        high = _plus(base.high, None if move.low is None else -move.low)
    return Quantity(low, high, low, high, base.kind, base.unit, approximate=True)


def _factor_bounds(step: Statement) -> tuple[float | None, float | None]:
    move = step.quantity
    if step.role == "multiplier":
        return move.low, move.high
    low, high = (move.low or 0.0) / 100, None if move.high is None else move.high / 100
    if _sign(step) > 0:
        return 1 + low, None if high is None else 1 + high
    return (0.0 if high is None else max(1 - high, 0.0)), 1 - low


def _plus(value: float | None, move: float | None) -> float | None:
    return None if value is None or move is None else value + move


def _sign(step: Statement) -> int:
    """-1 when the words before the figure say it fell ("cut by", "dropped", "fewer")."""
    offset = step.value_start - step.sentence_start
    return -1 if says_a_fall(step.sentence, offset, offset + len(step.value_text)) else 1


def _current_total(step: Statement, totals: Sequence[Statement]) -> Statement | None:
    """Among its article's totals, the one of the same thing nearest after the step."""
    candidates = [
        s for s in totals
        if (s.sentence_start == step.sentence_start or step.since is not None)
        and _can_move(step, s) and _same_subject(step, s)
        and scopes_agree(step.places, s.places)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda s: (s.value_start < step.value_start,
                                          abs(s.value_start - step.value_start)))


def _same_subject(step: Statement, total: Statement) -> bool:
    """The same counted thing, or for rates and shares the same measure ("inflation")."""
    if step.thing is not None and total.thing is not None:
        return things_agree(step.thing, total.thing)
    return step.measure is not None and step.measure == total.measure


def _can_move(step: Statement, total: Statement) -> bool:
    """Whether the step can apply to the total: a ratio or a percent to any figure, points to
    a percentage, any other change to a figure of its own kind and unit."""
    kind = step.quantity.kind
    if step.role == "multiplier" or kind == "percent":
        return True
    if kind == "points":
        return total.quantity.kind == "percent"
    return kind == total.quantity.kind and (kind == "count" or (
        step.quantity.unit == total.quantity.unit))


def _earlier_total(step: Statement, now: Statement, fact: Sequence[Statement]
                   ) -> Statement | None:
    """From another article, dated before `now` (any date, when `now` has none: a draft is
    written after its sources): nearest the step's "since" date, else the latest."""
    earlier = [s for s in fact if s.article is not now.article and s.as_of is not None
               and (now.as_of is None or s.as_of < now.as_of)]
    if not earlier:
        return None
    if step.since is not None:
        since = step.since
        return min(earlier, key=lambda s: abs((s.as_of - since).days) if s.as_of else 0)
    return max(earlier, key=lambda s: s.as_of or date.min)


def _describe(quantity: Quantity) -> str:
    if quantity.low is not None and quantity.high is None:
        return f"more than {format_value(quantity.low)}"
    if quantity.low is None and quantity.high is not None:
        return f"less than {format_value(quantity.high)}"
    if quantity.low is not None and quantity.high is not None:
        return f"{format_value(quantity.low)} to {format_value(quantity.high)}"
    return "any figure"
