"""Changes and multipliers checked against the totals they imply."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.article import Article
from crosscheck.compare import judge_fact
from crosscheck.extract import Statement, extract_statements
from crosscheck.implied import add_implied_findings, apply_step
from crosscheck.quantity import make_quantity

BEFORE = "Some 5,500 US soldiers are deployed in Poland."


def _statements(text: str, published: date, name: str) -> list[Statement]:
    return extract_statements(Article(id=name, path=f"{name}.md", text=text, source=name,
                                      published=published))


def _check(later_text: str) -> list[str]:
    before = _statements(BEFORE, date(2022, 2, 2), "feb")
    later = _statements(later_text, date(2022, 3, 5), "mar")
    totals = [s for s in before + later if s.role == "total"]
    facts = add_implied_findings([judge_fact(totals)], before + later)
    return [f"{f.verdict}: {f.summary}" for f in facts[0].findings
            if any(s.role != "total" for s in f.statements)]


def test_more_than_doubled_agrees_with_the_total_it_implies() -> None:
    findings = _check("The number of US troops in Poland has more than doubled since Jan. 30 "
                      "and is currently more than 10,000.")
    assert len(findings) == 1
    assert findings[0].startswith("consistent: Some 5,500 (feb, 2022-02-02) more than doubled "
                                  "since 2022-01-30 is more than 10,600")


def test_a_multiplier_that_overshoots_the_stated_total_is_a_conflict() -> None:
    findings = _check("The number of US troops in Poland has tripled since Jan. 30 to some "
                      "10,000.")
    assert len(findings) == 1 and findings[0].startswith("conflict: tripled since 2022-01-30")
    assert "but the same article says some 10,000" in findings[0]


def test_an_additional_figure_is_added_to_the_earlier_total() -> None:
    assert _check("An additional 4,500 US troops arrived, bringing the US force in Poland "
                  "to about 10,000.")[0].startswith("consistent:")
    assert _check("An additional 1,000 US troops arrived, bringing the US force in Poland to "
                  "about 10,000.")[0].startswith("conflict:")


def test_no_check_without_a_current_total_in_the_same_article() -> None:
    assert _check("The number of US troops in Poland has more than doubled since Jan. 30.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Exports rose 10% to 1,100 tonnes.", 1_100_000),
    ("Exports fell 10% to 900 tonnes.", 900_000),
    ("Exports fell by 100 tonnes to 900 tonnes.", 900_000),  # 100 is 95 to 105
])
def test_rises_and_falls_move_the_total_their_way(sentence: str, expected: float) -> None:
    step = next(s for s in _statements(sentence, date(2022, 3, 5), "x") if s.role == "change")
    base = make_quantity(1_000_000, 1_000_000, None, 0.0, "[mass]", "kg")
    moved = apply_step(base, step)
    assert moved.low is not None and moved.high is not None
    assert moved.low <= expected <= moved.high and moved.high - moved.low <= 10_000
