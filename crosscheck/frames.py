"""A statement's frame: its sentence with the number masked and the attribution dropped.

"Some [NUM] US soldiers are deployed in Poland" is what two statements of one fact share,
whoever said it and whatever the figure; the embedding model and the subject gate read it.
"""

from __future__ import annotations

import hashlib
import re

MASK = "[NUM]"


# Who said it is not part of the fact: "..., officials said." and "According to the UN, ..."
# would make unrelated figures from one source read alike, and paraphrases read apart.
_ATTRIBUTION_TAIL = re.compile(
    r"[,;]?\s+(?:according to [^,.;]+|(?:the |a )?[\w'’ -]{0,40}?\b(?:said|says|told [\w ]+|"
    r"reported|confirmed|announced|estimates?|showed|found|suggested)(?: on \w+)?)"
    r"[\s\"'”’]*[.!?]?[\"'”’]*$",
    re.IGNORECASE,
)
# A source that confirms a whole clause ("Guinness World Records confirmed 56,640 people
# completed the race") is who said it too; one with only an object after it ("The UN has
# confirmed 331 deaths") may be whose figure it is, and so may an estimate's maker ("The
# World Bank estimates Ukraine needs $411 billion"): those stay.
_CLAUSE_AFTER = (r"(?=(?:\S+\s+){0,4}[A-Za-z][\w'’-]*\s+"
                 r"(?:\w+ed|is|are|was|were|has|have|had|will|would|could|may|might|can|"
                 r"needs?)\b)")
_ATTRIBUTION_HEAD = re.compile(
    r"^(?:according to [^,]+,\s*|[\w'’ ]{0,40}?\b(?:said|says)(?: that)?\s+|"
    rf"[\w'’ ]{{0,40}}?\bconfirmed\s+(?:that\s+)?{_CLAUSE_AFTER})",
    re.IGNORECASE)


# A digest of the attribution patterns: stored frame vectors are keyed by it, so a changed
# rule embeds frames again.
FRAME_RULE = hashlib.sha256(
    (_ATTRIBUTION_TAIL.pattern + _ATTRIBUTION_HEAD.pattern).encode()).hexdigest()[:8]


def frame_leave_out(sentence: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """What make_frame drops, as character ranges of the sentence: the number, and the
    attribution at either end unless the number is inside it. The matcher pools the
    sentence's token states outside these ranges (embed.mean_pooled_spans)."""
    ranges = [(start, end)]
    if (tail := _ATTRIBUTION_TAIL.search(sentence)) and not tail.start() <= start < tail.end():
        ranges.append(tail.span())
    if (head := _ATTRIBUTION_HEAD.match(sentence)) and head.end() <= start:
        ranges.append(head.span())
    return tuple(sorted(ranges))


def attribution(sentence: str) -> str:
    """The attribution make_frame drops, at either end ("CenterPoint Energy said"), or "":
    who said it, which is also whose figure it is when the rest says "its"."""
    parts = [found.group(0) for found in (_ATTRIBUTION_HEAD.match(sentence),
                                          _ATTRIBUTION_TAIL.search(sentence)) if found]
    return " ".join(parts)


# A source's estimate put in its own words: "Police put the two-day crowd at some 750,000",
# "A Kyodo survey put the new government's approval rating at 64.4%", "The rail operator
# put participation at 25%", "Police put the crowd along the parade route in Canada's
# largest city at some 300,000" (what is estimated may take a clause to name: "Unions put
# the number of riders delivering for the Helsinki-based app in the country at some 9,000",
# "Organisers put the number of fans who came to the Irish Sea island for the races at about
# 60,000").
# And one whose clause it estimates: "The Archive of Public Gatherings estimated that
# 275,000 to 325,000 people took part". And one that opens its sentence counting or
# measuring the figure itself: "Police counted some 1,300 tractors", "IQAir measured PM2.5
# levels of 210 µg/m³", "The Indian Ocean archipelago's statistics office counted" (not
# "recorded", which a place does as often: "Heathrow recorded 33.1C" is the airport's heat,
# not a source's reading of Faversham's), or estimating the clause that follows with no
# "that": "The World Bank estimates Comoros had about 870,000 people".
# The source a sentence opens on, in up to six words: "Police", "The US Geological Survey",
# "The Indian Ocean archipelago's statistics office".
_OPENING_SOURCE = r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?"
# What is put "at" is a figure, within three words ("at some 750,000", "at about a
# million"): "Police put up barriers around the square at dawn" estimates nothing.
_FIGURE_AHEAD = (r"(?=\s+(?:[\w'’-]+\s+){0,3}?(?:[\d$€£¥]|(?:a|one|half)\s+"
                 r"(?:million|billion|thousand|hundred|quarter|third|fifth|half|dozen)\b"
                 r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
                 r"|millions|billions)\b))")
# Not a passive estimate, which names no one: "The damage was estimated at $5bn", "It is
# estimated that 2,000 people attended".
# What is put at a figure may name an abbreviated place ("put the crowd in and around St.
# Peter's Square at about 250,000").
_PUT_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates)\s+(?:(?:the|its|their)\s+)?"
                     r"(?:[\w'’.-]+\s+){1,16}?at\b" + _FIGURE_AHEAD +
                     r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)"
                     r"\b(?:estimated|estimates|reckoned|reckons|calculated|calculates)\s+that\b"
                     r"|" + _OPENING_SOURCE + r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)"
                     r"(?<!\bbeen)(?<!\ban)(?<!\ba)\s+(?:counted|measured"
                     r"|(?:estimates|estimated|reckons|reckoned)\s+(?!(?:at|to|that)\b))",
                     re.IGNORECASE)


# Data a sentence opens on, showing its figure: "Immigration data show some 1.8 million
# arrivals", "Revised figures showed the Irish economy expanded 9.7%" (the attribution at
# its end, "..., customs data showed.", is _ATTRIBUTION_TAIL's).
_DATA_SHOW = re.compile(r"^(?:[A-Z][\w'’-]*\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?:data|figures|statistics)\s+(?:from\s+[^,.;]{1,40}?\s+)?"
                        r"(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates"
                        r"|indicated)\b", re.IGNORECASE)


def gives_its_source(sentence: str) -> bool:
    """Whether a sentence says whose figure it gives: an attribution ("the city said",
    "according to hotel operators", "a Nikkei poll found"), a source's estimate ("Police
    put the crowd at") or the data it opens on ("Immigration data show"). Two such figures
    of one moment that differ are likelier two sources' counts of one thing
    (match.rival_estimates)."""
    return (bool(attribution(sentence)) or _PUT_AT.search(sentence) is not None
            or _DATA_SHOW.match(sentence) is not None)


# The source that opens a sentence putting its figure at a level: "The US Geological Survey
# now puts the Andean country's lithium resources at 23 million tonnes".
_ESTIMATOR = re.compile(_OPENING_SOURCE + r"(?=\s+(?:now\s+|also\s+)?(?:puts|put|estimates"
                        r"|estimated)\s)")


def teller(sentence: str) -> str:
    """Who gives a sentence's figure: its attribution ("the USGS says"), or the source that
    opens it putting the figure at a level ("The US Geological Survey now puts ... at"), or
    "". A place named only there is the teller's, not the figure's (extract)."""
    if said := attribution(sentence):
        return said
    opening = _ESTIMATOR.match(sentence)
    return opening.group(0) if opening and _PUT_AT.search(sentence) else ""


def make_frame(sentence: str, start: int, end: int) -> str:
    """The sentence with its number masked and its attribution dropped: what the embedding
    model compares."""
    masked = sentence[:start] + MASK + sentence[end:]
    stripped = _ATTRIBUTION_TAIL.sub("", masked)
    stripped = _ATTRIBUTION_HEAD.sub("", stripped) if MASK in _ATTRIBUTION_HEAD.sub(
        "", stripped) else stripped
    return (stripped if MASK in stripped else masked).strip(" \"'“”‘’,")
