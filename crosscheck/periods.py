"""How long a span a figure covers, when its sentence says: a month, a quarter, a half, nine
months or a year.

A company's full-year revenue and its fourth-quarter revenue are both "as of" the year's
end, and a carmaker's deliveries in the third quarter and in the whole year read alike: only
the span they cover tells them apart ("Mondelez's net revenues rose to $36.4 billion in 2024"
/ "Fourth-quarter net revenues were $9.6 billion"). A span is read only where it is said, so
a figure whose span goes unsaid agrees with any (match.gate_failure); a level at a span's end
("had 301.6 million subscribers at the end of the fourth quarter") covers no span, nor does
a service's standing count ("7.1 million active customers in the fourth quarter" is where
the count stood when the quarter closed, as "6.8 million at the end of 2024" is).
"""

from __future__ import annotations

import functools
import re

from crosscheck._lexicon import MONTH_NAMES, NOT_OWNED_BY_A_MONTH, STANDING_COUNTS

MONTH = "month"
QUARTER = "quarter"
HALF = "half"
NINE_MONTHS = "nine months"
YEAR = "year"

# Words after a month that leave a figure no month's count: those that leave it unowned
# (lex.NOT_OWNED_BY_A_MONTH), a span of months ("the April-June period"), and inflation, a
# year's rate whichever month it is read in ("April's inflation rate" is the year to April's).
_NOT_OWNED = NOT_OWNED_BY_A_MONTH | {"period", "inflation"}

# Spans, shortest first: where a sentence names several, the figure's clause decides, and
# within it the shortest ("in the fourth quarter of 2024" is a quarter's). One pattern with
# a group for each, so a sentence is read in one pass (a check reads every statement's).
_SPAN_PATTERNS: tuple[tuple[str, str], ...] = (
    # a month that owns the figure ("December deliveries hit a record 36,695", "April's
    # sales") is one month's count, not the year's the same article gives; not a month that
    # ends a span ("between July and September", "the year to April", "January-March"), nor
    # "May", as a capitalised verb may open a sentence
    (MONTH,
     r"(?<!\band\s)(?<!\bto\s)(?<!\bfrom\s)(?<![-–])\b(?-i:"
     + "|".join(sorted(m.title() for m in MONTH_NAMES if m != "may"))
     + r")(?:['’]s)?\s+(?!(?:" + "|".join(sorted(_NOT_OWNED)) + r")\b)(?-i:[a-z]{3,})\b"),
    (QUARTER,
     r"\b(?:(?:first|second|third|fourth|final|latest|last|previous|same|current|this"
     r"|that|the|its|[A-Z][a-z]+-[A-Z][a-z]+)\s+|(?:first|second|third|fourth)-)"
     r"quarter\b(?!-)|\bQ[1-4]\b|\bquarterly\b|\b(?:three|3)\s+months\s+(?:to|ended"
     r"|ending|through)\b|\b(?:first|last|final|past)\s+(?:three|3)\s+months\b"),
    (HALF,
     r"\b(?:first|second)[-\s]half\b|\bhalf[-\s]year(?:ly)?\b|\bH[12]\b"
     r"|\b(?:six|6)\s+months\s+(?:to|ended|ending|through)\b"),
    (NINE_MONTHS, r"\b(?:nine|9)\s+months\b"),
    (YEAR,
     r"\b(?:full|whole)[-\s]year\b|\bannual(?:ly)?\b|\b(?:financial|fiscal)\s+year\b"
     r"|\bfiscal\s+(?:19|20)\d\d\b|\b(?:year|12\s+months|twelve\s+months)\s+to\b"
     r"|\b(?:in|for|during|over|throughout)\s+(?:19|20)\d\d\b(?![-/–]\d|\s+(?:and|to)\b)"
     r"|\blast\s+year\b|\bfor\s+the\s+year\b|\b(?:19|20)\d\d[-/–]\d\d\b"),
)
_SPAN_ORDER = [span for span, _ in _SPAN_PATTERNS]
_SPANS = re.compile("|".join(f"(?P<{span.replace(' ', '_')}>{pattern})"
                             for span, pattern in _SPAN_PATTERNS), re.IGNORECASE)
# A level at a span's end, or a span a figure is compared with, covers none of its own.
_AT_THE_END = re.compile(r"\b(?:end|close|start)\s+of\s+(?:the\s+|its\s+|their\s+)?$"
                         r"|\b(?:ended|ending|closed|as\s+of|at)\s+(?:the\s+)?$"
                         r"|\b(?:from|than|with|on|versus)\s+(?:a\s+|the\s+)?$",
                         re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
# What makes a count of a service's people a standing one ("monthly active users", "paying
# members"), and what makes it the span's intake instead ("13.1 million new members").
_STANDING = re.compile(r"\b(?:active|paying|paid)\b", re.IGNORECASE)
_INTAKE = re.compile(r"\b(?:new|net)\b", re.IGNORECASE)


def says_a_span(text: str) -> bool:
    """Whether the text names a span at all ("Fourth-quarter", "Full-year", "Annual"): a
    capitalised word that does names no one."""
    return _SPANS.search(text) is not None


@functools.lru_cache(maxsize=65536)
def figure_span(sentence: str, at: int) -> str | None:
    """The span the figure at offset `at` of the sentence covers, or None where unsaid."""
    said = [(found.lastgroup.replace("_", " "), found.start())  # type: ignore[union-attr]
            for found in _SPANS.finditer(sentence)
            if not _AT_THE_END.search(sentence, max(0, found.start() - 20), found.start())]
    if not said:
        return None
    clause = _clause_of(sentence, at)
    in_clause = [span for span, start in said if clause[0] <= start < clause[1]]
    return min(in_clause or [span for span, _ in said], key=_SPAN_ORDER.index)


def counts_standing(thing: str | None, sentence: str, at: int) -> bool:
    """Whether the figure at offset `at` counts a service's people as they stood (its
    subscribers, or its users, customers or members said to be active or paying), so it
    covers no span of its own."""
    if thing not in STANDING_COUNTS:
        return False
    clause = sentence[slice(*_clause_of(sentence, at))]
    return not _INTAKE.search(clause) and (thing == "subscribers"
                                           or _STANDING.search(clause) is not None)


def _clause_of(sentence: str, at: int) -> tuple[int, int]:
    """Where the figure's clause starts and ends."""
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(sentence)]
    start = max((b for b in breaks if b < at), default=0)
    end = min((b for b in breaks if b > at), default=len(sentence))
    return start, end
