"""The figure a year before that a statement's own change implies, and the pairs it bridges."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from crosscheck import Article, extract_statements
from crosscheck.earlier import a_year_apart, says_a_fall, starting_figure, year_before
from crosscheck.extract import Statement
from crosscheck.match import bridge_bonuses, bridged, year_on_year
from crosscheck.parse import find_quantities
from crosscheck.quantity import Quantity
from crosscheck.settings import BRIDGE_BONUS, NAMED_COUNT_BONUS

from .conftest import pairs_within_a_bonus


def _before(sentence: str, figure: str) -> Quantity | None:
    [total] = [found for found in find_quantities(sentence) if found.value_text == figure]
    return year_before(sentence, total.start, total.end, total.quantity)


@pytest.mark.parametrize(("sentence", "figure", "was", "was_not"), [
    # a rise after the total, its 8% read as rounded (7.5% to 8.5%)
    ("Volvo Cars sold a record 763,389 cars in 2024, up 8%.", "763,389", 708_716, 700_000),
    # a fall before it
    ("Ubisoft's net bookings fell 20% to €1.85 billion in the year to March.",
     "€1.85 billion", 2.32e9, 2.2e9),
    # the change nearest the figure with no other total between them: revenue's 12%
    ("Profit fell 3% to $1bn while revenue rose 12% to $4.1bn.", "$4.1bn", 3.66e9, 4.0e9),
    ("Profit fell 3% to $1bn while revenue rose 12% to $4.1bn.", "$1bn", 1.03e9, 0.9e9),
])
def test_a_change_beside_a_total_implies_the_total_a_year_before(
        sentence: str, figure: str, was: float, was_not: float) -> None:
    implied = _before(sentence, figure)
    assert implied is not None
    assert implied.low < was < implied.high
    assert not implied.low < was_not < implied.high


def test_a_total_with_no_change_beside_it_implies_nothing() -> None:
    assert _before("Volvo Cars sold 708,716 cars in 2023.", "708,716") is None


def test_the_words_around_a_change_say_whether_it_fell() -> None:
    sentence = "Porsche delivered 310,718 vehicles worldwide in 2024, down 3%."
    at = sentence.index("3%")
    assert says_a_fall(sentence, at, at + 2)
    sentence = "Kenya welcomed 2.39 million visitors in 2024, up 14.6%."
    at = sentence.index("14.6%")
    assert not says_a_fall(sentence, at, at + 5)


def test_only_figures_about_a_year_apart_are_bridged() -> None:
    assert a_year_apart(date(2024, 12, 31), date(2023, 12, 31))
    assert not a_year_apart(date(2024, 12, 31), date(2024, 11, 30))  # a month's change
    assert not a_year_apart(date(2024, 12, 31), None)


def _said(text: str, published: date, source: str) -> Statement:
    [total, *_] = extract_statements(Article(id=source, path=f"{source}.txt", text=text,
                                             source=source, published=published))
    return total


def test_a_change_bridges_a_figure_to_its_year_before() -> None:
    later = _said("Volvo Cars sold a record 763,389 cars in 2024, up 8%.", date(2025, 1, 3), "A")
    before = _said("Volvo Cars sold 708,716 cars in 2023.", date(2024, 1, 4), "B")
    other = _said("Volvo Cars sold 650,000 cars in 2023.", date(2024, 1, 4), "C")
    assert bridged(later, before) and bridged(before, later)
    assert not bridged(later, other)  # 8% from 650,000 is no 763,389
    bonuses = bridge_bonuses([later, before, other], np.array([0, 0]), np.array([1, 2]))
    assert bonuses.tolist() == [BRIDGE_BONUS, 0.0]


def test_a_percentages_change_bridges_nothing() -> None:
    later = _said("Germany's economy shrank by 0.2% in 2024.", date(2025, 1, 15), "A")
    before = _said("Germany's economy shrank by 0.3% in 2023.", date(2024, 1, 15), "B")
    assert not bridged(later, before)


def test_the_report_pairs_what_a_change_bridges_below_the_threshold(fake_embedder) -> None:
    """The blocked pairing (match.candidate_pairs, the report's) gives the bridge bonus as
    the pairing decision does: a pair a change bridges is accepted below the threshold, by
    less than the bonus, and one it does not bridge is not. Both pairs name Volvo Cars and
    count cars, so both earn the named count's bonus as well (NAMED_COUNT_BONUS): the
    threshold sits above it by half the bridge's. The earlier figures are dated by their
    articles, a year before, so no yearly figure's bonus joins them (YEAR_ON_YEAR_BONUS)."""
    statements = [
        _said("Volvo Cars sold a record 763,389 cars in 2024, up 8%.", date(2025, 1, 3), "A"),
        _said("Volvo Cars has sold 708,716 cars.", date(2024, 1, 4), "B"),
        _said("Volvo Cars has sold 650,000 cars.", date(2024, 1, 4), "C")]
    assert not any(year_on_year(statements[0], other) for other in statements[1:])
    pairs = pairs_within_a_bonus(statements, BRIDGE_BONUS + 2 * NAMED_COUNT_BONUS,
                                 fake_embedder)
    assert (0, 1) in pairs and (0, 2) not in pairs


def test_the_figure_a_change_started_from_bridges_an_earlier_statement_of_it() -> None:
    later = _said("Drivers entering central London will pay £18 a day from 2 January 2026, "
                  "up from £15.", date(2025, 11, 20), "A")
    before = _said("The congestion charge has been £15 since June 2020.", date(2025, 3, 1), "B")
    assert bridged(later, before)
    at = later.sentence.index("£18")
    started = starting_figure(later.sentence, at, at + 3, date(2025, 11, 20))
    assert started is not None and started.overlaps(before.quantity)
    # ... not one its own clause dates, which is a statement of that time itself
    dated = "Egypt earned about $4bn from the waterway last year, down from $10.25bn in 2023."
    at = dated.index("$4bn")
    assert starting_figure(dated, at, at + 4, date(2025, 1, 11)) is None
