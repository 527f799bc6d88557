"""Whether two statements give their figures for one moment: what tells a conflict (two
sources at odds about one time) from a change (a figure moving between two times).

A statement's moment is the time its own words give, else its article's day (anchors.py).
A crowd counted on the day of a rally and retold by the next day's article, which says
no day of its own, is one count of one moment: "Organisers said 60,000 people rallied in
Bratislava on Friday" / "Police estimated the Bratislava crowd at 25,000" (Saturday's
article) disagree about Friday; they are not the crowd shrinking overnight."""

from __future__ import annotations

import re
from datetime import timedelta

from crosscheck.anchors import find_time_anchor
from crosscheck.extract import Statement
from crosscheck.things import names_a_harm

# Words that say a figure is new as of the telling: "now", or a verb of rising or falling
# ("rose to €10 this year", "has fallen to 10,400"), or of raising or cutting it ("Prague
# has raised the price of its 30-minute ticket to 39 crowns", "Eswatini cut its policy rate
# to 7%"), or of a rate's slowing or quickening ("Annual inflation slowed to 5.8%").
_CHANGE_WORDS = (r"now|rose|risen|rises|rising|climbed|climbs|increased|jumped|grew|grown|"
                 r"fell|fallen|falls|dropped|went\s+up|gone\s+up|up\s+from|down\s+from|"
                 r"raised|raises|hiked|lowered|doubled|halved|cut|slashed|trimmed|slowed|"
                 r"eased|quickened|accelerated|edged\s+(?:up|down)")
_CHANGED = re.compile(rf"\b(?:{_CHANGE_WORDS})\b", re.IGNORECASE)
# ... and those, with the words that say it stands as of the telling ("has reached", "so
# far", "revised", "still"), which a restatement says as often as an update does: a
# retelling without any of them is of the moment its day names.
_MOVING = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|reached|passed|topped|revised|still|so\s+far|has|have|had|"
    r"remains?|remained)\b", re.IGNORECASE)
_NEXT_DAY = timedelta(days=1)
# The most days apart two statements of one moment are dated (told_the_next_day): a day's
# figure retold by the article after the one that named the day.
ONE_MOMENT_DAYS = 2
# Words that give a figure as the highest or lowest of a span, not its level at a moment:
# "Cocoa hit a record high of $12,931 per tonne" is no price a later "fell to $5,000" updates.
_PEAK = re.compile(r"\b(?:record|all-time)\s+(?:high|low)s?\b|\bpeaks?\b", re.IGNORECASE)


def one_moment(a: Statement, b: Statement) -> bool:
    """Whether two dated statements give their figures for one moment: the same date, or
    one's day told again by the next day's article (told_the_next_day)."""
    return a.as_of is not None and b.as_of is not None and (
        a.as_of == b.as_of or told_the_next_day(a, b) or told_the_next_day(b, a))


def says_it_moved(sentence: str) -> bool:
    """Whether a sentence says its figure moved or stands as of the telling ("The death
    toll has risen to 27", "Officials revised the toll to nine")."""
    return _MOVING.search(sentence) is not None


def says_it_changed(sentence: str) -> bool:
    """Whether a sentence says its figure is new as of the telling ("A return ticket now
    costs CHF 240", "Entry rose to €10 this year"), not only that it stands."""
    return _CHANGED.search(sentence) is not None


def gives_a_peak(sentence: str) -> bool:
    """Whether a sentence gives a figure as the highest or lowest of a span ("a record high
    of $12,931"), which is no moment's level."""
    return _PEAK.search(sentence) is not None


def told_the_next_day(day: Statement, retold: Statement) -> bool:
    """Whether `retold` gives, in the next day's article, a figure of the day `day` names by
    its own words ("on Friday"), saying no time of its own nor that anything moved
    (says_it_moved), and counts no harm: a toll grows by the day ("At least four people were
    killed" / "The typhoon left 18 people dead" the next day is a change), a crowd does not
    once its day is over. The next day's article may also be the one after the article that
    named the day: a festival that "ended on Sunday" told on Monday, its crowd retold on
    Tuesday ("Police put attendance at the four-day festival at some 18,000")."""
    if day.as_of is None or retold.as_of is None or retold.as_of != retold.article.published:
        return False
    if retold.as_of - day.as_of != _NEXT_DAY and (
            retold.as_of - day.as_of != ONE_MOMENT_DAYS * _NEXT_DAY
            or retold.article.published - day.article.published != _NEXT_DAY):
        return False
    return (find_time_anchor(day.sentence, day.article.published) is not None
            and find_time_anchor(retold.sentence, retold.article.published) is None
            and not says_it_moved(retold.sentence)
            and not names_a_harm(retold.sentence) and not names_a_harm(day.sentence))
