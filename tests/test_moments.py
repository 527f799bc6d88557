"""A rally's crowd told again by the next day's article is a conflict, not a change."""

from __future__ import annotations

from datetime import date

import numpy as np

from crosscheck import Article, extract_statements
from crosscheck.compare import compare_pair
from crosscheck.extract import Statement
from crosscheck.match import rival_estimate_bonuses, rival_estimates
from crosscheck.moments import one_moment, told_the_next_day
from crosscheck.settings import RIVAL_ESTIMATES_BONUS

FRIDAY, SATURDAY = date(2024, 12, 13), date(2024, 12, 14)


def _said(text: str, published: date, source: str) -> Statement:
    [found] = extract_statements(Article(id=source, path=f"{source}.txt", text=text,
                                         source=source, published=published))
    return found


ORGANISERS = _said("Organisers said 60,000 people rallied in Bratislava on Friday.", SATURDAY,
                   "A")
POLICE = _said("Police estimated the Bratislava crowd at 25,000.", SATURDAY, "B")


def test_a_crowd_told_again_the_next_day_is_one_moments_count() -> None:
    assert (ORGANISERS.as_of, POLICE.as_of) == (FRIDAY, SATURDAY)
    assert told_the_next_day(ORGANISERS, POLICE) and one_moment(POLICE, ORGANISERS)
    assert compare_pair(ORGANISERS, POLICE).verdict == "conflict"
    # ... so two sources' counts of it earn the rival estimates' bonus
    assert rival_estimates(ORGANISERS, POLICE)
    assert rival_estimate_bonuses([ORGANISERS, POLICE], np.array([0]), np.array([1])).tolist(
        ) == [RIVAL_ESTIMATES_BONUS]


def test_a_figure_the_next_day_that_moved_or_names_its_own_time_is_a_change() -> None:
    for retold in ("Police said the crowd had grown to 25,000.",  # it says it moved
                   "Police estimated Saturday's crowd at 25,000.",  # its own day
                   "Police now put the crowd at 25,000."):
        later = _said(retold, SATURDAY, "C")
        assert not one_moment(ORGANISERS, later), retold
    # ... and so is a toll, which grows by the day
    killed = _said("The storm killed four people on Friday.", SATURDAY, "D")
    toll = _said("The storm left 18 people dead, officials said.", SATURDAY, "E")
    assert not one_moment(killed, toll)
    assert compare_pair(killed, toll).verdict == "changed"
    # ... and one two days after the report that named the day, or two days after the day
    # where the day's own article told it
    later = _said("Police estimated the Bratislava crowd at 25,000.", date(2024, 12, 16), "F")
    assert not one_moment(ORGANISERS, later)
    that_evening = _said("Organisers said 60,000 people rallied in Bratislava on Friday.",
                         FRIDAY, "G")
    sunday = _said("Police estimated the Bratislava crowd at 25,000.", date(2024, 12, 15), "H")
    assert not one_moment(that_evening, sunday)


def test_a_crowd_retold_the_day_after_the_report_that_named_its_day_is_one_moments_count(
) -> None:
    """A festival that "ended on Sunday", told on Monday, and its crowd retold by Tuesday's
    article are one moment's: the next day's telling is of the report, not of the day."""
    sunday, monday, tuesday = date(2025, 7, 27), date(2025, 7, 28), date(2025, 7, 29)
    organisers = _said("Organisers said about 25,000 people attended the folk festival, "
                       "which ended on Sunday.", monday, "A")
    police = _said("Police put attendance at the four-day festival at some 18,000.", tuesday,
                   "B")
    assert (organisers.as_of, police.as_of) == (sunday, tuesday)
    assert told_the_next_day(organisers, police) and one_moment(police, organisers)
    assert compare_pair(organisers, police).verdict == "conflict"
    assert rival_estimate_bonuses([organisers, police], np.array([0]), np.array([1])).tolist(
        ) == [RIVAL_ESTIMATES_BONUS]
