"""A number as a reporter wrote it: an interval, not a float.

"5,500" means something between 5,450 and 5,550; "more than 10,000" means anything above
10,000. Comparing such intervals, rather than floats, is what lets "some 5,500" and "5,480"
agree while "5,500" and "more than 10,000" do not.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from crosscheck._lexicon import PRICED_PER_HOUSEHOLD_MEASURE

# How far "about", "some", "roughly" widen a figure either side: a tenth of it, but no more
# than APPROX_STEPS units of the last digit the writer kept. Newsroom "about 2,500" covers
# 2,300-2,700 but not 3,000; "about 600" 540-660; "about £276,000" is not £286,000: a
# writer who meant that much leeway would have written "about £280,000".
APPROX_TOLERANCE = 0.1
APPROX_STEPS = 2

# How far above N a reporter's "more than N" reaches when compared with a plain figure. A
# writer rounds down to the nearest round number below the value (10,000 for 12,400), rarely
# to one a third of it: "more than 10,000" agrees with 14,000, not with 20,000. "As many as
# N" and "up to N" reach as far below it: an estimate's top, near N, not anything under it.
OPEN_END_REACH = 0.5


@dataclass(frozen=True)
class Quantity:
    """An interval of values in one unit; None is an open end.

    `low`/`high` include the allowance for rounding and for "about", and are what verdicts
    use; `strict_low`/`strict_high` keep only what the words say ("more than" opens an end),
    so a verdict can tell when agreement rests on that allowance alone.
    """

    low: float | None
    high: float | None
    strict_low: float | None
    strict_high: float | None
    kind: str  # "count", "currency", "percent", "points" or a pint dimension
    unit: str  # counted thing for counts ("troops"), ISO code, "%", or a pint unit
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    vague: bool = False
    ceiling: bool = False  # "as many as", "up to": compared as near its top (OPEN_END_REACH)
    short_of: bool = False  # "nearly", "almost": just below its figure, which it writes
    hedged: bool = False  # "about", "some", "roughly": widened beyond its rounding (agrees)

    def overlaps(self, other: Quantity) -> bool:
        """Whether two figures agree, reading "more than N" and "at least N" as a reporter
        means them: near N, not anything above it. Two such floors agree only when they are
        about the same floor ("at least 3,549" and "more than 14,000" are two tolls)."""
        if _floor_only(self) and _floor_only(other):
            return math.isclose(self.low, other.low, rel_tol=APPROX_TOLERANCE)  # type: ignore[arg-type]
        return _intervals_overlap(_reached(self), _reached(other))

    def agrees(self, other: Quantity) -> bool:
        """Whether a verdict reads two figures as one: they overlap, and where both are
        hedged one's written figure lies within the other's hedge. Each "about" covers the
        other writer's rounding, but the two added together reach a fifth apart: "about 90"
        cruise calls (the city) and "some 110" (the port) are two sources' differing counts,
        not one figure; "about 100,000" and "some 105,000" are one. Pairing reads the two
        hedges together (overlaps): two counts a fifth apart are still of one fact."""
        if self.hedged and other.hedged:
            return (_intervals_overlap(_written(self), _reached(other))
                    or _intervals_overlap(_reached(self), _written(other)))
        return self.overlaps(other)

    @functools.cached_property
    def magnitude(self) -> float:
        """log10 of the figure's size (its largest finite end), NaN for zero (no size to
        compare): how far apart two figures are, whatever their ends."""
        size = max(abs(end) for end in (self.low or 0.0, self.high or 0.0))
        return math.log10(size) if size > 0 else math.nan

    def negated(self) -> Quantity:
        """The same interval below zero ("shrank by 0.3%" is -0.3%), when both ends are
        known; an open one is left as written."""
        if None in (self.low, self.high, self.strict_low, self.strict_high):
            return self
        return dataclasses.replace(
            self, low=-self.high, high=-self.low,  # type: ignore[operator]
            strict_low=-self.strict_high, strict_high=-self.strict_low,  # type: ignore[operator]
            low_inclusive=self.high_inclusive, high_inclusive=self.low_inclusive)

    def scaled(self, factor: float) -> Quantity:
        """The same figure in a unit `factor` times smaller (a positive factor): "$9,100" a
        tonne is 9.1 a kilogram."""
        return dataclasses.replace(
            self, low=times(self.low, factor), high=times(self.high, factor),
            strict_low=times(self.strict_low, factor), strict_high=times(self.strict_high, factor))

    def as_set(self) -> Quantity:
        """The figure as written, without the rounding a measured one is read with: a level
        someone sets (a central bank's rate) is exact, so "cut its rate to 5%" is not within
        rounding of 4.75%. An open end stays open."""
        if None in (self.strict_low, self.strict_high):
            return self
        return dataclasses.replace(self, low=self.strict_low, high=self.strict_high,
                                   low_inclusive=True, high_inclusive=True, approximate=False,
                                   hedged=False)

    @property
    def is_floor(self) -> bool:
        """"more than N", "at least N": open above a positive N."""
        return _floor_only(self)

    def agreement_ends(self) -> tuple[tuple[float, int], tuple[float, int]]:
        """Where the interval overlaps compares starts and ends, as sortable keys: an
        excluded end lies just inside an included one at the same value."""
        low, low_inclusive, high, high_inclusive = _reached(self)
        return ((-math.inf if low is None else low, 0 if low_inclusive else 1),
                (math.inf if high is None else high, 1 if high_inclusive else 0))

    def overlaps_strictly(self, other: Quantity) -> bool:
        """Agreement without the allowance: "10,000" and "9,980" do not."""
        return _intervals_overlap(_written(self), _written(other))

    @property
    def midpoint(self) -> float:
        """A single figure for ordering and direction: the bound a reader would quote."""
        if self.strict_low is not None and self.strict_high is not None:
            return (self.strict_low + self.strict_high) / 2
        if self.strict_low is not None:
            return self.strict_low
        return self.strict_high if self.strict_high is not None else 0.0


Bound = tuple[float | None, bool, float | None, bool]


def _floor_only(quantity: Quantity) -> bool:
    return quantity.high is None and quantity.low is not None and quantity.low > 0


def _written(quantity: Quantity) -> Bound:
    """The interval the words give, without rounding or hedge."""
    return (quantity.strict_low, quantity.low_inclusive, quantity.strict_high,
            quantity.high_inclusive)


def _reached(quantity: Quantity) -> Bound:
    """The interval a verdict compares: an open upper end closed at OPEN_END_REACH, and a
    ceiling's lower end raised as far below its top."""
    low, high, high_inclusive = quantity.low, quantity.high, quantity.high_inclusive
    if _floor_only(quantity):
        high, high_inclusive = quantity.low * (1 + OPEN_END_REACH), True  # type: ignore[operator]
    if quantity.ceiling and quantity.high is not None and quantity.high > 0:
        low = quantity.high / (1 + OPEN_END_REACH)
    return low, quantity.low_inclusive, high, high_inclusive


def _intervals_overlap(a: Bound, b: Bound) -> bool:
    a_low, a_low_in, a_high, a_high_in = a
    b_low, b_low_in, b_high, b_high_in = b
    return _below(a_low, a_low_in, b_high, b_high_in) and _below(b_low, b_low_in, a_high, a_high_in)


def _below(low: float | None, low_in: bool, high: float | None, high_in: bool) -> bool:
    """Whether a lower bound lies below an upper bound, honouring open ends."""
    if low is None or high is None:
        return True
    if math.isclose(low, high, rel_tol=1e-9):
        return low_in and high_in
    return low < high


# Significant digits from which two statements that give one exact figure are likelier one
# fact than chance: two unrelated figures share "436 points" or "$14.3 billion" far more
# rarely than "19" or "50%". From a thousand up two digits do ("5.3 million", "150,000"):
# the figure names its size as well, and two-digit figures below a thousand are only 90.
SPECIFIC_DIGITS = 3
SPECIFIC_DIGITS_FROM_THOUSAND = 2


def same_specific_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities give one exact figure, a specific one (is_specific: "83.9
    million" and "83.9 million", "€2.95bn" and "2.95 billion euros", "5.3m" and "5.3
    million"), or one gives the other's rounded to its own specific digits ("123.7 million"
    and "about 124 million", "1,856,932" and "1.86 million"; cut down for a floor: "84,163"
    and "more than 84,000"); their qualifiers may differ ("about 34.5 percent")."""
    paired = _coarser_first(a, b)
    if paired is None:
        return False
    coarse, digits, coarse_quantity, fine = paired
    return bool(is_specific(coarse, digits)
                & _gives_rounded(coarse, digits, _floor_only(coarse_quantity), fine))


def times(value: float | None, factor: float | None) -> float | None:
    """A product, open (None) where either side is: an interval's open end stays open."""
    return None if value is None or factor is None else value * factor


def in_one_measure(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """The two figures, a sum that leaves its measure unsaid read in the measure a price of
    its currency beside it was read in, where that makes them one figure as written:
    "Copper traded at $9,100 a tonne" is read as 9.1 dollars a kilogram
    (PRICED_PER_HOUSEHOLD_MEASURE), and "The industrial metal fetched some $9,100" gives it
    too. Otherwise the two as they are."""
    rate, total = (a, b) if "/" in a.unit else (b, a)
    currency, _, per = rate.unit.partition("/")
    if not per or rate.kind != "currency" or "/" in total.unit or total.unit != currency:
        return a, b  # most pairs: two sums, or two prices
    for measure, factor in PRICED_PER_HOUSEHOLD_MEASURE.values():
        if measure == per and (read := dataclasses.replace(
                total.scaled(factor), unit=rate.unit)).overlaps(rate):
            return (rate, read) if rate is a else (read, rate)
    return a, b


def agrees_per_unit_unsaid(a: Quantity, b: Quantity) -> bool:
    """Whether a price per a measure and a sum that leaves it unsaid give one figure as
    written, though not as read (in_one_measure)."""
    return in_one_measure(a, b) != (a, b)


def written_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures, each written as one value (no floor or range), differ at the
    coarser one's digits: "some 6.5 million" and "6.7 million" do, though 6.7 million lies
    within "some" of 6.5 million; "about 1.86 million" and "1,856,932" do not, one being the
    other rounded. Two ceilings are their tops ("up to 21 hours a day" and "as long as 17
    hours", months apart, are the cuts shortening), a ceiling beside one value no figure
    the ceiling rules out. Two ranges are apart when their ends differ (_ranges_apart)."""
    if _ranges_apart(a, b):
        return True
    paired = _coarser_first(a, b)
    if paired is None or a.ceiling != b.ceiling or any(q.is_floor or q.short_of
                                                        for q in (a, b)):
        return False
    coarse, digits, _, fine = paired
    return not _gives_rounded(coarse, digits, False, fine)


def _ranges_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are each written as a range and their ends differ: guidance of
    "€560 million to €680 million" and, months later, "between €600 million and €680
    million" is a forecast narrowed, though one range lies within the other."""
    return _is_range(a) and _is_range(b) and (
        (a.strict_low, a.strict_high) != (b.strict_low, b.strict_high))


def written_differently(a: Quantity, b: Quantity) -> bool:
    """Whether two one-figure quantities give different values as written, however near
    ("some 700,000" and 670,000; "more than 70,000" and 70,236), or two ranges with
    different ends (_ranges_apart); a range beside one figure tells nothing. "Nearly N"
    writes N as the bound the figure is just short of, so a figure below N that rounds to
    it is what it says ("nearly 600,000" and 597,000), while one that rounds to another is
    not ("nearly 51,600" and 50,122)."""
    if _ranges_apart(a, b):
        return True
    first, second = _written_value(a), _written_value(b)
    if first is None or second is None or first == second:
        return False
    if _converted(first, significant_digits(first)) or _converted(second,
                                                                 significant_digits(second)):
        return False  # "62 mph" is never written as the "100 km/h" it was converted from
    return not any(short.short_of and other < written and bool(_gives_rounded(
        written, significant_digits(written), False, other))
        for short, written, other in ((a, first, second), (b, second, first)))


def _coarser_first(a: Quantity, b: Quantity) -> tuple[float, int, Quantity, float] | None:
    """The written values of two one-figure quantities, the one written to fewer significant
    digits first, with its digits and quantity; None if either is a range."""
    first, second = _written_value(a), _written_value(b)
    if first is None or second is None:
        return None
    digits, others = significant_digits(first), significant_digits(second)
    if digits > others:
        return second, others, b, first
    return first, digits, a, second


def _gives_rounded(coarse: float | np.ndarray, digits: int | np.ndarray,
                   floor: bool | np.ndarray, fine: float | np.ndarray) -> np.bool_ | np.ndarray:
    """Whether `fine` is `coarse`, or is when rounded to `digits` significant digits (cut
    down where `floor`): for one pair, or as arrays for many. (A figure converted to
    another unit, "650,000 barrels" in litres, has more digits than it was written with, and
    is only ever the same figure converted.)"""
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = 10.0 ** (np.floor(np.log10(np.abs(fine))) - digits + 1)
        # a nudge past the float's error: 10.45 / 0.1 is 104.4999..., and rounds to 10.5
        steps = np.where(floor, np.floor(fine / scale + 1e-9),
                         np.floor(fine / scale + 0.5 + 1e-9))
        return (np.isclose(steps * scale, coarse, rtol=1e-9, atol=0.0)
                | np.isclose(fine, coarse, rtol=1e-12, atol=0.0))


def is_specific(value: float | np.ndarray, digits: int | np.ndarray) -> np.bool_ | np.ndarray:
    """Whether a figure with so many significant digits is written to enough of them for
    two statements that give it to be likelier one fact than chance: SPECIFIC_DIGITS, or
    from a thousand up SPECIFIC_DIGITS_FROM_THOUSAND. Not a figure converted from the unit
    it was written in (_converted), whose digits are the conversion's: "some 17 miles" is
    27.358848 km, and twice is no rare coincidence. For one figure, or as arrays."""
    return (digits >= np.where(np.abs(value) >= 1_000, SPECIFIC_DIGITS_FROM_THOUSAND,
                               SPECIFIC_DIGITS)) & ~_converted(value, digits)


# More significant digits than a fraction is written with: 4,805.59 m is 4.80559 km (six).
CONVERTED_FROM_DIGITS = 6


def _converted(value: float | np.ndarray, digits: int | np.ndarray) -> np.bool_ | np.ndarray:
    """Whether a value of so many significant digits was converted from the unit it was
    written in, which no reporter writes to so many digits: 62 mph is 99.779328 km/h. For
    one value, or as arrays."""
    return (value != np.round(value)) & (digits > CONVERTED_FROM_DIGITS)


def _is_range(quantity: Quantity) -> bool:
    """Whether a figure is written as two ends ("€560 million to €680 million"), not as one
    value, a floor or a ceiling."""
    return not (quantity.ceiling or quantity.short_of) and (
        quantity.strict_high is not None and quantity.strict_high != quantity.strict_low)


def _written_value(quantity: Quantity) -> float | None:
    if quantity.ceiling or quantity.short_of:
        return quantity.strict_high  # "up to £116m" and "nearly £116m" write 116m, as "more
        # than 84,000" writes 84,000
    if _is_range(quantity):
        return None
    return quantity.strict_low if quantity.strict_low is not None else quantity.strict_high


def significant_digits(value: float) -> int:
    """The digits of a figure between its first and last non-zero one: 83,900,000 -> 3,
    19,000 -> 2, 34.5 -> 3."""
    written = f"{abs(value):.6f}" if abs(value) < 1e4 else f"{abs(value):.0f}"
    return len(written.replace(".", "").strip("0"))


def rounding_margin(written: str, value: float, keep: int = 2, *,
                    measured: bool = False) -> float:
    """Half a unit of the last significant digit a writer used, with at least `keep` kept.

    "5,500" -> 50, "1.3 million" -> 50,000, "331" -> 0 (exact). Trailing zeros of a whole
    number are taken as rounding down to two significant figures only: "10,000" -> 500, since
    a reporter who writes 10,000 for 9,980 rounds, but not for 5,500. With keep=1 the zeros
    are all rounding ("about 3,000" -> 500), which is how "about" reads them. A `measured`
    figure (a percent or a unit) is a reading of something continuous, so a whole one is
    rounded at its last digit: "211%" is 211.4% written short, where "331 people" is exact.
    """
    digits = _plain_digits(written)
    if not digits or value == 0:
        return 0.0
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        scale = value / float(digits) if float(digits) else 1.0
        return 0.5 * 10 ** (-decimals) * scale
    stripped = digits.rstrip("0")
    significant = max(len(stripped.lstrip("-")), keep)
    unit_place = max(len(digits) - significant, 0)
    if not (unit_place or measured):
        return 0.0
    scale = value / float(digits) if float(digits) else 1.0
    return 0.5 * 10**unit_place * scale


def last_digit_unit(written: str, value: float) -> float:
    """The unit of the last digit a writer kept, trailing zeros counted as rounding: "2,207"
    -> 1, "3,000" -> 1,000, "1.3 million" -> 100,000. How far "about" may reach (two of
    them), whether or not the figure itself was rounded."""
    if rounded := rounding_margin(written, value, keep=1):
        return 2 * rounded
    digits = _plain_digits(written)
    return value / float(digits) if digits and float(digits) else 0.0


def _plain_digits(written: str) -> str:
    """"5,500" -> "5500", "10 000" -> "10000": the figure without its group separators."""
    return written.replace(",", "").replace(" ", "").replace("\u202f", "")


def make_quantity(
    low: float,
    high: float,
    qualifier: str | None,
    margin: float,
    kind: str,
    unit: str,
    *,
    vague: bool = False,
    step: float = 0.0,
) -> Quantity:
    """Turn a written figure (or range) and its qualifier into an interval.

    `qualifier` is one of the kinds in _lexicon.QUALIFIERS or None; `margin` is the rounding
    allowance of the figure as written (see rounding_margin); `step` the unit of the last
    digit it keeps, counting trailing zeros as rounding (0 when unknown).
    """
    common = {"kind": kind, "unit": unit, "vague": vague}
    if qualifier == "above":
        return Quantity(low, None, low, None, low_inclusive=False, **common)
    if qualifier == "at_least":
        return Quantity(low, None, low, None, **common)
    if qualifier == "below":
        return Quantity(0.0, high, 0.0, high, high_inclusive=False, **common)
    if qualifier == "at_most":
        return Quantity(0.0, high, 0.0, high, ceiling=True, **common)
    if qualifier == "nearly":
        floor = low * (1 - APPROX_TOLERANCE)
        return Quantity(floor, high, floor, high, high_inclusive=False, approximate=True,
                        short_of=True, **common)
    if qualifier == "just_over":
        ceiling = high * (1 + APPROX_TOLERANCE)
        return Quantity(low, ceiling, low, ceiling, low_inclusive=False, approximate=True,
                        **common)
    if qualifier == "approx":
        tenth = APPROX_TOLERANCE * abs(high)
        spread = max(margin, min(tenth, APPROX_STEPS * step) if step else tenth)
        return Quantity(low - spread, high + spread, low, high, approximate=True,
                        hedged=True, **common)
    # Rounding is half-open: 3.5% rounds to 4%, so "3%" and "4%" never meet at 3.5.
    return Quantity(low - margin, high + margin, low, high, high_inclusive=not margin,
                    approximate=margin > 0 or vague, **common)


def format_value(value: float) -> str:
    """A figure the way a reader writes it: 10000 -> "10,000", 1300000 -> "1.3 million"."""
    magnitude = abs(value)
    for word, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if magnitude >= size:
            return f"{value / size:.3g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if magnitude >= 1 else f"{value:.3g}"


@dataclass(frozen=True)
class AgreementArrays:
    """Quantity.overlaps and same_specific_figure for many quantities at once, as arrays
    (match._reaching checks hundreds of thousands of candidate pairs): each quantity's
    reached ends (open ends infinite), whether each end is included, its floor if it is
    only a floor, and the one figure it gives with its significant digits."""

    low: np.ndarray
    low_in: np.ndarray
    high: np.ndarray
    high_in: np.ndarray
    floor: np.ndarray  # NaN unless the quantity is only a floor ("more than N")
    written: np.ndarray  # NaN for a range
    digits: np.ndarray  # significant digits of the written value

    @classmethod
    def of(cls, quantities: Sequence[Quantity]) -> AgreementArrays:
        ends = [_reached(q) for q in quantities]
        written = [_written_value(q) for q in quantities]
        return cls(
            np.array([-math.inf if low is None else low for low, _, _, _ in ends]),
            np.array([low_in for _, low_in, _, _ in ends], dtype=bool),
            np.array([math.inf if high is None else high for _, _, high, _ in ends]),
            np.array([high_in for _, _, _, high_in in ends], dtype=bool),
            np.array([q.low if _floor_only(q) else math.nan for q in quantities]),
            np.array([math.nan if value is None else value for value in written]),
            np.array([0 if value is None else significant_digits(value) for value in written],
                     dtype=np.int64))

    def overlap(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Quantity.overlaps of quantities a[k] and b[k], for every k."""
        floors_a, floors_b = self.floor[a], self.floor[b]
        both_floors = ~np.isnan(floors_a) & ~np.isnan(floors_b)
        with np.errstate(invalid="ignore"):
            near = np.abs(floors_a - floors_b) <= APPROX_TOLERANCE * np.maximum(
                np.abs(floors_a), np.abs(floors_b))
        meet = (_below_arrays(self.low[a], self.low_in[a], self.high[b], self.high_in[b])
                & _below_arrays(self.low[b], self.low_in[b], self.high[a], self.high_in[a]))
        return np.where(both_floors, near, meet)

    def same_specific(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """same_specific_figure of quantities a[k] and b[k], for every k (a range's NaN
        never rounds to anything)."""
        a_coarse = self.digits[a] <= self.digits[b]
        coarse, fine = np.where(a_coarse, a, b), np.where(a_coarse, b, a)
        written, digits = self.written[coarse], self.digits[coarse]
        return is_specific(written, digits) & _gives_rounded(
            written, digits, ~np.isnan(self.floor[coarse]), self.written[fine])


def _below_arrays(low: np.ndarray, low_in: np.ndarray, high: np.ndarray,
                  high_in: np.ndarray) -> np.ndarray:
    """_below for arrays: an open end (infinite) is always below; ends within 1e-9 of each
    other meet only when both are included."""
    with np.errstate(invalid="ignore"):
        close = np.abs(low - high) <= 1e-9 * np.maximum(np.abs(low), np.abs(high))
    open_end = np.isinf(low) | np.isinf(high)
    return open_end | np.where(close, low_in & high_in, low < high)
