"""What happened: the kind of event a sentence's figures are the toll of.

A death toll names its event more often than its place ("the quake", "the wildfires"), and
two tolls of two events can otherwise read alike: "has killed at least 64 people" and "24
people have been killed". Each statement carries the kinds its sentence names, or, when it
names none, its headline's (extract.py), as it does places.
"""

from __future__ import annotations

import functools
import re

from crosscheck import _lexicon as lex
from crosscheck.things import CUTS, RECALLED

_WORD = re.compile(r"[a-z]+")
# A word of every kind's name, so a sentence holding none of them names no kind: one
# pattern of plain words, matched on the lowered sentence, is the cheapest test.
_ANY_NAME = re.compile("|".join(sorted({name.split()[-1] for name in lex.EVENT_KINDS},
                                       key=len, reverse=True)))
# A kind's word after these is no event: a firearm's "opened fire", a figure "under fire";
# nor before these: "the fire agency said", "fire crews", nor before what is fired: "police
# fire tear gas", "fire rockets"; nor before a word of shape or an island, which makes it
# a landscape's ("The volcano-ringed highland lake", "The twin-volcano island").
_NOT_AN_EVENT_AFTER = frozenset({"opened", "open", "under"})
_NOT_AN_EVENT_BEFORE = frozenset({
    "agency", "department", "brigade", "service", "services", "station", "chief", "officials",
    "authority", "crews", "crew", "fighters", "engines", "safety", "alarm", "alarms",
    "tear", "rockets", "missiles", "shots", "bullets", "rubber", "artillery", "shells",
    "ringed", "fringed", "studded", "dotted", "flanked", "capped", "shaped", "island",
    "islands"})

# An election's landslide is no disaster: "Tanzania's president wins landslide", "won in a
# landslide", "Landslide for Connolly", "a landslide victory": a winning word up to three
# words before it, or one of these just after it. Nor is a market's: a crop that "floods
# German market" (the market up to two words after), "Potato prices crash after record
# harvest".
_MARKET_WORDS = frozenset({"market", "markets"})
_PRICE_WORDS = _MARKET_WORDS | frozenset({"price", "prices", "share", "shares", "stock",
                                          "stocks", "values", "rents"})
# A kind's word: (words before it, words after it, how many words after it to look at).
_FIGURATIVE: dict[str, tuple[frozenset[str], frozenset[str], int]] = {
    "landslide": (frozenset({"win", "wins", "won", "winning", "elected", "re"}),
                  frozenset({"victory", "win", "for", "majority"}), 1),
    **{flood: (frozenset(), _MARKET_WORDS, 2)
       for flood in ("flood", "floods", "flooded", "flooding")},
    **{crash: (_PRICE_WORDS, frozenset(), 0) for crash in ("crash", "crashes", "crashed")}}


def _figurative(words: list[str], at: int) -> bool:
    context = _FIGURATIVE.get(words[at])
    if context is None:
        return False
    before, after, reach = context
    return bool(before & set(words[max(at - 3, 0) : at])
                or after & set(words[at + 1 : at + 1 + reach]))


@functools.lru_cache(maxsize=1 << 16)
def event_kinds(sentence: str) -> frozenset[str]:
    """The kinds of event a sentence names, alone or in the plural ("wildfires", "floods"):
    "The death toll from the New Year's Day quake rose to 78" -> {"earthquake"}. Read word
    by word, since a pattern of every name tried at every position cost a tenth of
    matching."""
    lowered = sentence.lower()
    if not _ANY_NAME.search(lowered):
        return frozenset()  # most sentences
    words = _WORD.findall(lowered)
    kinds = set()
    for at, word in enumerate(words):
        previous = words[at - 1] if at else ""
        before = words[at - 2] if at > 1 else ""
        following = words[at + 1] if at + 1 < len(words) else ""
        if (previous in _NOT_AN_EVENT_AFTER or following in _NOT_AN_EVENT_BEFORE
                or _figurative(words, at)):
            continue
        if word not in lex.EVENT_KINDS:  # a plural: "wildfires", "tornadoes"
            word = word[:-2] if word.endswith("es") and word[:-2] in lex.EVENT_KINDS else (
                word.removesuffix("s"))
        for name in (f"{before} {previous} {word}", f"{previous} {word}", word):
            # "lying in state" before "state", "heat wave" before "wave"
            if name in lex.EVENT_KINDS:
                kinds.add(lex.EVENT_KINDS[name])
                break
    return frozenset(kinds)


def statement_events(sentence: str, headline: str | None) -> frozenset[str]:
    """The kinds of event a statement is the toll of: its sentence's, or, when it names
    none, its headline's ("The death toll rose to 213" under "Quake in Noto"). How a part
    of the toll came about is not the toll's event: "More than 200 people were injured,
    many of them in stampedes" is a quake's toll under "Quake rattles Bangladesh capital"."""
    whole = _PART_CLAUSE.sub("", sentence)
    kinds = event_kinds(whole)
    if kinds and _EARLIER_EVENT.search(whole):
        return frozenset(f"{EARLIER} {kind}" for kind in kinds)
    return kinds or (event_kinds(headline) if headline else frozenset())


# "The earlier typhoon, Kalmaegi, killed at least 224 people", "The Cebu earthquake two
# weeks earlier killed 79": a toll of another event than the one the story is about, so
# of no kind an unmarked toll names (a toll of that earlier event written plainly, in its
# own story, is left apart too: the word says the event is another, not which it is).
EARLIER = "earlier"
_EARLIER_EVENT = re.compile(
    r"\b(?:the\s+)?(?:earlier|previous|last\s+(?:week|month|year)['’]s)\s+(?:[A-Z]\w+\s+)?"
    rf"(?:{_ANY_NAME.pattern})"
    r"|\b(?:{names})\w*\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+)?"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b".replace(
        "{names}", _ANY_NAME.pattern), re.IGNORECASE)


_PART_CLAUSE = re.compile(
    r",\s+(?:many|most|some|several|half|dozens|hundreds|all|\w+)\s+of\s+(?:them|those|whom)"
    r"\b[^.;]*", re.IGNORECASE)


# Kinds of event whose toll settles within weeks; unrest and attacks (a war's toll) may go
# on rising for years, and an occasion (a funeral, a sport) has no toll.
DISASTER_KINDS = frozenset(lex.EVENT_KINDS.values()) - {"unrest", "attack"} - lex.OCCASIONS
# Two tolls of disasters this many days apart are of two disasters: the longest a same-fact
# pair of the labelled tolls spans is 52 days (a flood's toll revised); those of a
# monsoon's and a typhoon's months apart read alike.
DISASTER_TOLL_DAYS = 60


# A round of job cuts is reported within days of its announcement; two rounds of one
# company's are months apart (the labelled restatements of one round lie a day apart,
# Microsoft's two rounds of 2025 fifty days).
JOB_CUT_DAYS = 30
# So is a recall: the labelled restatements of one lie a day apart; a maker's next recall
# is another ("Tesla is recalling 46,096 Cybertrucks" is not its Autopilot recall of 2023).
RECALL_DAYS = 30


def is_disaster_toll(measure: str | None, events: frozenset[str]) -> bool:
    """A harm ("killed", "injured", "missing") of a disaster a statement names (itself or
    its headline), and of no unrest or attack."""
    return (measure is not None and measure.split(" ", 1)[0] in lex.HARM_MEASURES
            and bool(events & DISASTER_KINDS) and not events - DISASTER_KINDS)


def news_days(measure: str | None, events: frozenset[str]) -> tuple[str, float] | None:
    """What a figure of a one-off happening is, and how many days apart two figures of one
    such happening may be dated: a disaster's toll, a round of job cuts; None for the
    figures of anything else, a war's toll or a country's inflation."""
    if is_disaster_toll(measure, events):
        return "disaster tolls", DISASTER_TOLL_DAYS
    if measure == CUTS:
        return "job cuts", JOB_CUT_DAYS
    if measure == RECALLED:
        return "recalls", RECALL_DAYS
    return None


def events_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences are about one event unless each names a kind and they share none."""
    return not a or not b or bool(a & b)
