"""The figure a year before that a statement's own change implies.

"Volvo Cars sold a record 763,389 cars in 2024, up 8%" says, besides 2024's total, that
2023's was 763,389 / 1.08: some 703,600 to 710,100 once the 8% is read as rounded. "Volvo
Cars sold 708,716 cars in 2023" gives that figure, a year before. Two statements a year
apart read less alike than two of one day (the pair score's date gap) and their figures
differ, so no agreement bonus finds them; the change that bridges their figures is
evidence that they are one fact at two times (match.bridge_bonuses). So is the figure a
change started from, said beside the total ("£18 a day from 2 January 2026, up from £15"),
given by an earlier statement ("The charge has been £15 since June 2020"), however long
before.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from crosscheck._lexicon import DECREASE_WORDS
from crosscheck.anchors import starting_figure_date
from crosscheck.parse import FoundQuantity, sentence_figures
from crosscheck.quantity import Quantity

_WORD = re.compile(r"[\w']+")
# A change given beside a total compares it with a year before ("up 8%" in a year's
# results, or in a quarter's against the same quarter): only statements this many days
# apart are bridged by it, never a month's change to the month before.
YEAR_APART_DAYS = range(300, 431)


def says_a_fall(sentence: str, start: int, end: int) -> bool:
    """Whether the words around a change's figure at sentence[start:end] say it fell:
    "cut by", "dropped", "down 3%", "a 3% decline"."""
    words = _WORD.findall(sentence[:start].lower())[-3:]
    after = _WORD.findall(sentence[end:].lower())[:1]
    return any(word in DECREASE_WORDS for word in (*words, *after))


@functools.lru_cache(maxsize=1 << 16)
def year_before(sentence: str, start: int, end: int, quantity: Quantity) -> Quantity | None:
    """The figure a year before that the percent change beside the total at
    sentence[start:end] implies, or None where the sentence gives none. The change is the
    nearest one with no other total between them: in "Profit fell 3% to $1bn while revenue
    rose 12% to $4.1bn", revenue's is 12%."""
    change = _nearest_beside(sentence_figures(sentence), "change", start, end, "percent")
    if change is None or quantity.low is None or quantity.high is None:
        return None
    if change.quantity.low is None or change.quantity.high is None:
        return None  # "up more than 8%"
    low, high = change.quantity.low / 100, change.quantity.high / 100
    if says_a_fall(sentence, change.start, change.end):
        low, high = -high, -low
    if 1 + low <= 0:
        return None
    earliest, latest = quantity.low / (1 + high), quantity.high / (1 + low)
    return Quantity(earliest, latest, earliest, latest, quantity.kind, quantity.unit,
                    approximate=True)


@functools.lru_cache(maxsize=1 << 16)
def starting_figure(sentence: str, start: int, end: int, published: date | None
                    ) -> Quantity | None:
    """The figure the sentence says the total at sentence[start:end] moved from, undated:
    "£18 a day from 2 January 2026, up from £15", "rose from $100 to $200"; the nearest
    with no other total between them. Whenever it was, it is the figure just before. One its
    own clause dates ("down from $10.25bn in 2023") is a statement of that time itself
    (extract.py), which pairs with the other's figure as any agreeing figure does."""
    figures = sentence_figures(sentence)
    found = _nearest_beside(figures, "earlier", start, end)
    if found is None:
        return None
    following = [other.start for other in figures if other.start > found.start]
    if starting_figure_date(sentence, published, found.end, min(following, default=None)):
        return None
    return found.quantity


def _nearest_beside(figures: tuple[FoundQuantity, ...], role: str, start: int, end: int,
                    kind: str | None = None) -> FoundQuantity | None:
    """The sentence's figure of a role (and kind, where given) nearest the total at
    sentence[start:end], with no other total between them: what that total changed by, or
    from."""
    beside = [found for found in figures if found.role == role
              and (kind is None or found.quantity.kind == kind)
              and not _total_between(figures, found, start)]
    return min(beside, key=lambda found: min(abs(found.start - end), abs(start - found.end)),
               default=None)


def _total_between(figures: tuple[FoundQuantity, ...], other: FoundQuantity, start: int
                   ) -> bool:
    left, right = sorted((other.start, start))
    return any(found.role == "total" and left < found.start < right for found in figures)


def a_year_apart(later: date | None, earlier: date | None) -> bool:
    return later is not None and earlier is not None and (later - earlier).days in YEAR_APART_DAYS
