"""When a sentence says its figure holds: "in December", "as of March 1", "last year".

A figure is as of its article's date unless the sentence anchors it elsewhere. A report that
"in December, 4,000 troops were in Poland", published in March, updates nothing from February:
the tool must place it in December. "since Jan. 30" anchors the start of a change ("has more
than doubled since Jan. 30"), not the figure, so it is kept apart as `since`.

Dates without a year, and weekdays ("on Monday"), are the latest such date on or before
publication; an anchor after publication is not an as-of date and is ignored, and forecasts
("by the end of June") are not anchors at all. The exception is the day a change still to
come takes effect ("will rise to £18 from January 2"): the figure is as of then, so the
charge it replaces ("has been £15 since 2020") is a figure changed, not one contradicted.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from crosscheck._lexicon import (
    MONTH_NAMES,
    MONTH_NUMBERS,
    NOT_OWNED_BY_A_MONTH,
    NUMBER_WORDS,
    WEEKDAY_ORDER,
)
from crosscheck.words import lemmas

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# Month names are matched capitalised only: "may" is a verb, "March" a month.
_MONTH_NAME = rf"(?P<month>(?:{_MONTH.title()}|{_MONTH.upper()})\b\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "Jan. 30, 2022", "30 January 2022", "January 2022", "January": one shape per pattern, so
# each keeps its own named groups.
_CALENDAR_DATES = (
    # "in July-September", "between October and December": a span of months is as of its
    # last ("January to March" is left unread: read, it brought a false pair closer in time)
    rf"(?:{_MONTH.title()})(?:\s*[-–]\s*|\s+and\s+){_MONTH_NAME}(?:\s+{_YEAR})?(?!\s*\d)",
    rf"{_MONTH_NAME}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d,]\d)",
    rf"{_DAY}\s+{_MONTH_NAME}(?:\s+{_YEAR})?",
    rf"{_MONTH_NAME}(?:\s+{_YEAR})?(?!\s*\d)",
)
_PART_OF = r"(?:early\s+|late\s+|mid-?)?"
_SINCE = tuple(re.compile(rf"\bsince\s+{_PART_OF}{shape}") for shape in _CALENDAR_DATES)
# "in the year to June", "the 12 months to March 2024": a statistic of the period that
# ends with the month is as of its last day.
_PERIOD_TO = r"[Tt]he\s+(?:year|12 months|twelve months|three months|quarter|month)\s+to"
_AT = (*(
    # "between" only before a span: "between October and December"
    re.compile(rf"\b(?:[Ii]n|[Aa]s of|[Oo]n|[Aa]t the end of|[Dd]uring|[Ff]or|{_PERIOD_TO}"
               rf"{'|[Bb]etween' if shape == _CALENDAR_DATES[0] else ''})\s+{_PART_OF}{shape}")
    for shape in _CALENDAR_DATES
    # "April's inflation rate", "December deliveries": a month that owns the figure dates it,
    # written in full ("Vina del Mar" is no March) and not "May", which before a word may be
    # the verb opening a sentence
), re.compile(rf"\b{_MONTH_NAME}['’]s\b"), re.compile(
    rf"\b(?P<month>{'|'.join(name.title() for name in MONTH_NAMES if name != 'may')})\s+"
    rf"(?!(?:{'|'.join(sorted(NOT_OWNED_BY_A_MONTH))})\b)[a-z]{{3,}}\b"))
_WEEKDAY_NAMES = [name.title() for name in WEEKDAY_ORDER]
# "on Monday", "last Tuesday", "since Friday", "Tuesday's attendance", "Friday's jackpot":
# the latest such day on or before publication. A day's event dates the event, not the
# figure: "The death toll from Friday's quake rose to 10" is today's toll; but a crowd
# that attended, joined or watched it was that day's ("About 30,000 people attended
# Saturday's beach festival").
_WEEKDAY = re.compile(
    rf"\b(?P<word>[Oo]n|[Ll]ast|[Ss]ince|attended|joined|watched)\s+(?P<weekday>{'|'.join(_WEEKDAY_NAMES)})\b"
    rf"|\b(?P<owner>{'|'.join(_WEEKDAY_NAMES)})(?:'s|’s)\s+(?=(?:attendance|crowd|turnout"
    r"|audience|takings|total|tally|count|figures?|close|trading|jackpot|draw)\b)")
# "two weeks earlier", "a month ago": so long before publication (not a figure compared
# with: "up from $77 billion a year earlier").
_AGO = re.compile(
    rf"\b(?P<count>an?|{'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b", re.IGNORECASE)
_SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# "at the start of the year", "since the beginning of this year", "at the turn of 2025":
# the year's first day, the publication's year where none is named, the year before after
# "last" ("the start of last year", which _LAST would put at that year's end).
_YEAR_OPENS = (r"\b(?:start|beginning|turn)\s+of\s+(?:the\s+year|this\s+year"
               r"|(?P<last>last)\s+year|(?P<year>(?:19|20)\d\d))\b")
_AT_YEAR_START = re.compile(rf"\b(?P<since>[Ss]ince|[Aa]t)\s+the\s+{_YEAR_OPENS}")
# Every anchor names a month, a year, a weekday or "last", "previous", "ago" or "earlier":
# a sentence without one has none.
_ANY_ANCHOR = re.compile(
    rf"(?:{_MONTH.title()}|{_MONTH.upper()}|{'|'.join(_WEEKDAY_NAMES)})\b|{_YEAR_OPENS}"
    r"|\b(?:19|20)\d\d\b|\b(?:[Ll]ast|previous|ago|earlier)\b|[Qq]uarter|\bQ[1-4]\b"
    r"|\b[Nn]ext\s+year\b|\bfirst\s+(?:three|six|nine)\s+months\b|\bfirst\s+half\s+of\b")
# "in the second quarter", "Fourth-quarter revenue", "Q3 2024": a calendar quarter, as of
# its last day (a fiscal one is the company's own, and left unread); without its year, the
# latest that ended on or before publication; in a sentence about what is to come, the
# year's ("will rise in the third quarter", "will pay a dividend of $21.36 billion for the
# first quarter"). The months a year's first quarters add up to end with the last of them:
# "in the first three months of the year" is as of March's end, "the first half of 2025"
# and "the first six months" as of June's, "the first nine months" as of September's (not
# "the first half" alone, which may be a match's).
_QUARTER = re.compile(
    r"(?<![Ff]iscal\s)\b(?:(?P<ordinal>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[\s-]+quarter"
    r"|Q(?P<number>[1-4])|first\s+(?P<months>three|six|nine)\s+months"
    r"|first\s+(?P<half>half)(?=\s+of\s+(?:the\s+year|(?:19|20)\d\d)\b))"
    r"(?:\s+of)?(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
                    "three": 1, "six": 2, "half": 2, "nine": 3}
# "in the previous quarter", "the quarter before": the one before the latest that ended;
# not a quarter a change is measured from ("German GDP fell 0.3 percent from the previous
# quarter" is the latest quarter's change).
_QUARTER_BEFORE = re.compile(r"(?<!\bfrom\s)(?<!\bon\s)(?<!\bover\s)(?<!\bthan\s)"
                             r"\bthe\s+(?:previous|preceding|prior)\s+quarter\b"
                             r"|\bthe\s+quarter\s+before\b", re.IGNORECASE)
# What is to come, said before a month: "OPEC+ will boost production in August", "agreed to
# raise output in July".
_AHEAD = re.compile(r"\bwill\b|\b(?:agreed|plans?|planned|set|due|scheduled)\s+to\b",
                    re.IGNORECASE)
# The date a decided change takes effect: "will rise to £18 from January 2", "From 2026,
# the pass will be priced at €63". Read only where the sentence says it is to come; a
# "from" in a past sentence starts a span ("from 2019 to 2023") or a starting figure.
_FROM_ON = tuple(re.compile(rf"\b(?:[Ff]rom|[Ss]tarting|[Ee]ffective)\s+{shape}")
                 for shape in _CALENDAR_DATES[1:])
_FROM_YEAR = re.compile(rf"\b(?:[Ff]rom|[Ss]tarting|[Ee]ffective)\s+{_YEAR}\b"
                        r"(?!\s*(?:[-–]|to\b|until\b|through\b))")  # not "from 2025 to 2029"
# "next year" in a sentence about what is to come: the calendar year after publication, not
# "over the next year" (the twelve months ahead).
_NEXT_YEAR = re.compile(r"(?<!the\s)\bnext\s+year\b", re.IGNORECASE)
_OPEN_SINCE = re.compile(r"\bsince\b[^,;.]*$", re.IGNORECASE)
# "in 2022", "for 2022" ("revised net migration for 2022"), "at the end of 2024": a past
# year is the figure's; a financial year or a season that spans two ("in 2023-24") is its
# last year's. Not a year whose money a sum is counted in: "up to £35 billion in 2015 money".
_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ff]or|[Oo]ver"
                      r"|(?:[Aa]t|[Bb]y)\s+(?:the\s+(?:end|close)\s+of|end-))"
                      rf"\s*(?<=\s|-){_YEAR}"
                      r"(?:[-–/](?P<ending>\d\d)(?!\d))?\b"
                      r"(?!\s+(?:money|prices|terms|pounds|dollars|euros)\b)")
# "2024 was 1.55C above...", "2023's total", "The 2021 census found", "in the 2023/24
# season": a past year (or one that spans two) that owns the figure.
_YEAR_ITSELF = re.compile(rf"\b{_YEAR}(?:[-–/](?P<ending>\d\d)(?!\d))?(?:['’]s\b|\s+(?:was"
                          r"|saw|had|brought|census|election|edition|season|survey|games|Games"
                          r"|Olympics)\b)")
# A year the figure is compared with is not its own: "beating the record set in 1937",
# "higher than in 2019", "up 1% on last year".
_COMPARED_BEFORE = re.compile(
    r"\b(?:record|high|low|peak)\s+(?:set|reached|seen|hit)\s+$"
    r"|\b(?:than|compared\s+(?:with|to))\b[^,;.]*$"
    r"|\b(?:up|down)\s+[^,;]*?\b(?:on|from)\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|since)\b[^,;.]*$", re.IGNORECASE)
# "last year" and "the previous month" are calendar periods before publication; "the past
# year" runs up to publication, so it dates its figure no earlier than the article.
_LAST = re.compile(r"\b(?:[Ll]ast|[Tt]he previous)\s+(?P<unit>year|month)\b")


@dataclass(frozen=True)
class TimeAnchor:
    """When a sentence places its figure: at a date, or since a date (the start of a change)."""

    when: date
    since: bool = False


def find_time_anchor(sentence: str, published: date | None) -> TimeAnchor | None:
    """The first time anchor in a sentence that lies on or before its publication date."""
    if not _ANY_ANCHOR.search(sentence):
        return None  # most sentences: one search instead of eight
    if published is not None and (effective := _taking_effect(sentence, published)):
        return TimeAnchor(effective)
    if published is not None and (opening := _year_start(sentence, published)):
        return opening
    for patterns, since in ((_SINCE, True), (_AT, False)):
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                # "since the invasion began on Feb. 24": a date inside a since-clause
                starts = since or bool(_OPEN_SINCE.search(sentence[: match.start()]))
                ahead = not starts and bool(_AHEAD.search(sentence, 0, match.start()))
                when = _resolve(match, published, start_of_period=starts, ahead=ahead)
                if when is not None and (published is None or when <= published or ahead):
                    return TimeAnchor(when, starts)
    if published is None:
        return None
    if quarter := _quarter_anchor(sentence, published):
        return quarter
    if match := _WEEKDAY.search(sentence):
        return _weekday_anchor(match, published)
    for pattern in (_IN_YEAR, _YEAR_ITSELF):
        for match in pattern.finditer(sentence):
            year = _last_year_named(match)
            if year < published.year and not _COMPARED_BEFORE.search(
                    sentence, 0, match.start()) and not _dates_a_clause(sentence, match):
                # "sold 12.3 million tickets since it opened in 2022": counted from then on
                if _OPEN_SINCE.search(sentence, 0, match.start()):
                    return TimeAnchor(date(year, 1, 1), since=True)
                return TimeAnchor(date(year, 12, 31))
    if (match := _AGO.search(sentence)) and not (
            _COMPARED_BEFORE.search(sentence, 0, match.start())
            or _FROM_BEFORE.search(sentence, 0, match.start())):
        count = match.group("count").lower()
        spans = 1 if count in ("a", "an") else int(NUMBER_WORDS.get(count, count))
        return TimeAnchor(published - timedelta(days=spans * _SPAN_DAYS[
            match.group("unit").lower()]))
    if (match := _LAST.search(sentence)) and not _COMPARED_BEFORE.search(
            sentence, 0, match.start()):
        if match.group("unit") == "year":
            return TimeAnchor(date(published.year - 1, 12, 31))
        year, month = (published.year, published.month - 1) if published.month > 1 else (
            published.year - 1, 12)
        return TimeAnchor(date(year, month, calendar.monthrange(year, month)[1]))
    return None


def _year_start(sentence: str, published: date) -> TimeAnchor | None:
    """The first day of the year a sentence says its figure stands at the start of, or
    is counted since (_AT_YEAR_START), when on or before publication."""
    match = _AT_YEAR_START.search(sentence)
    if match is None:
        return None
    year = (int(match.group("year")) if match.group("year")
            else published.year - 1 if match.group("last") else published.year)
    when = date(year, 1, 1)
    return TimeAnchor(when, since=match.group("since").lower() == "since") if (
        when <= published) else None


# A relative clause a year dates, on what the figure is about, before a verb in the present
# tense: "The granite stele that Italy returned in 2005 rises some 79 feet" stands so tall
# now; the year is the return's. (A past verb keeps the year: "The festival that closed in
# 2024 drew 2m visitors" counts that year's.)
_IN_A_CLAUSE_BEFORE = re.compile(r"\b(?:that|which)\s+[^,;.]*$")
_VERB_AFTER = re.compile(r"\s+(?:(?:still|now)\s+)?([a-z]+)\b")


def _dates_a_clause(sentence: str, year: re.Match[str]) -> bool:
    """Whether a year dates a relative clause, not the figure (_IN_A_CLAUSE_BEFORE)."""
    if not _IN_A_CLAUSE_BEFORE.search(sentence, 0, year.start()):
        return False
    verb = _VERB_AFTER.match(sentence, year.end())
    if verb is None:
        return False
    word = verb.group(1)
    return word in ("is", "has") or any(
        word in (f"{lemma}s", f"{lemma}es") for lemma in lemmas(word).get("VERB", ()))


def _quarter_anchor(sentence: str, published: date) -> TimeAnchor | None:
    """The last day of the calendar quarter a sentence names, if any (_QUARTER,
    _QUARTER_BEFORE)."""
    if match := _QUARTER.search(sentence):
        named = match.group("ordinal") or match.group("months") or match.group("half")
        number = int(match.group("number") or _QUARTER_NUMBERS[named.lower()])
        ahead = bool(_AHEAD.search(sentence, 0, match.start()))
        year = int(match.group("year") or published.year)
        if not (match.group("year") or ahead) and _quarter_end(year, number) > published:
            year -= 1  # the last such quarter that ended
        when = _quarter_end(year, number)
        return TimeAnchor(when) if when <= published or ahead else None
    if _QUARTER_BEFORE.search(sentence) and not _COMPARED_BEFORE.search(sentence):
        latest = (published.year * 12 + published.month - 1) // 3 - 1  # quarters since year 0
        year, index = divmod(latest - 1, 4)
        return TimeAnchor(_quarter_end(year, index + 1))
    return None


def _quarter_end(year: int, number: int) -> date:
    return date(year, 3 * number, calendar.monthrange(year, 3 * number)[1])


def _last_year_named(match: re.Match[str]) -> int:
    """The year a year's name ends in: 2024 for "2023-24" (a financial year or a season,
    which ends in its second year), 2000 for "1999-00"."""
    year = int(match.group("year"))
    ending = match.groupdict().get("ending")
    if ending is None:
        return year
    last = year - year % 100 + int(ending)
    return last if last > year else last + 100


def _taking_effect(sentence: str, published: date) -> date | None:
    """The day a change the sentence says is to come takes effect, when after publication:
    its first day for a month or a year ("from January" is January 1)."""
    if not _AHEAD.search(sentence):
        return None
    for pattern in _FROM_ON:
        for match in pattern.finditer(sentence):
            when = _resolve(match, published, start_of_period=True, ahead=True)
            if when is not None and when > published:
                return when
    if (match := _FROM_YEAR.search(sentence)) and int(match.group("year")) > published.year:
        return date(int(match.group("year")), 1, 1)
    if _NEXT_YEAR.search(sentence):  # "will rise to €550 a month next year"
        return date(published.year + 1, 1, 1)
    return None


def _weekday_anchor(match: re.Match[str], published: date) -> TimeAnchor:
    """"on Monday" in a Wednesday article is two days before it; in a Monday article, the
    day itself; "last Monday" is never the day itself."""
    wanted = _WEEKDAY_NAMES.index(match.group("weekday") or match.group("owner"))
    back = (published.weekday() - wanted) % 7
    word = (match.group("word") or "on").lower()
    if word == "last" and back == 0:
        back = 7
    return TimeAnchor(published - timedelta(days=back), since=word == "since")


def _resolve(match: re.Match[str], published: date | None, *, start_of_period: bool,
             ahead: bool = False) -> date | None:
    """A written date as a date: a month alone is its last day (its first after "since"),
    capped at publication; a missing year is the latest that keeps it on or before it, or,
    in a sentence about what is to come, the next such month ("will add 411,000 bpd in
    July", written in May, is this July; "will rise in April", written in October, next
    April)."""
    month = MONTH_NUMBERS[match.group("month").rstrip(".").lower()]
    groups = match.groupdict()
    day_text, year_text = groups.get("day"), groups.get("year")
    if year_text:
        year = int(year_text)
    elif published is not None:
        if ahead:  # the next such month
            year = published.year + 1 if month < published.month else published.year
        else:  # the last such month
            year = published.year if month <= published.month else published.year - 1
    else:
        return None
    last_day = calendar.monthrange(year, month)[1]
    if day_text:
        day = int(day_text)
        if not 1 <= day <= last_day:
            return None
        return date(year, month, day)
    when = date(year, month, 1 if start_of_period else last_day)
    if not year_text and published is not None and month == published.month and not (
            start_of_period):
        return published  # "in March", written in March: as of publication
    return when


# A clause that brings in another figure brings that figure's time: in "The club will shed
# as many as 200 staff after 250 went last year", "last year" is the 250's, and in "Revenue
# rose to $10bn, up from $8bn last year" the $8bn's; a change's starting figure too: "Growth
# will slow to 2.3 percent in 2025, from 2.8% last year"; and the record a figure beats.
_ANOTHER_FIGURES_CLAUSE = re.compile(
    r"\s+(?:after|before|while|whereas"
    # not "from" a date: "will pay £18 a day from 2 January 2026, up from £15"
    rf"|from(?!\s+(?:[0-3]?\d\s+)?(?:{_MONTH.title()})\b|\s+(?:19|20)\d\d\b(?!['’])))\s+"
    r"|,\s+(?:up|down)\s+|,\s+(?:compared\s+(?:with|to)|against|versus)\s+"
    # a record's clause: "reached $234.4m, beating last year's $210.7m"
    r"|,\s+(?:beating|topping|surpassing|exceeding|eclipsing|breaking)\s+"
    # "has risen to £38bn, nearly double the £20bn estimated in 2020"
    r"|,\s+(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:double|twice|triple|three\s+times|half)\s+")


def figure_dates(sentence: str, published: date | None, end: int, next_start: int | None
                 ) -> tuple[date | None, date | None]:
    """(as_of, since) for the figure that ends at `end`, where the sentence's next figure
    starts at `next_start` (None for the last): its own clause's time, not the next's."""
    if next_start is not None and (
            clause := _ANOTHER_FIGURES_CLAUSE.search(sentence, end, next_start)):
        sentence = sentence[:clause.start()]
    return statement_dates(sentence, published)


def starting_figure_date(sentence: str, published: date | None, end: int,
                         next_start: int | None) -> date | None:
    """When a change's starting figure held, from what follows it in its own clause ("down
    from 83.9 TWh in 2023", "up from $77 billion a year earlier", "from 2.8% last year"), or
    None where the clause does not say ("up from 4,500": only some time before). The
    sentence's date before it is the later figure's ("fell to 67.7 TWh in 2024, down from
    ..."), so only the clause after the figure is read; a time it gives as so long before
    ("a year earlier", "the previous year") is before that later figure's time ("earned
    $33.7 billion in 2024, down from $36 billion a year earlier" is 2023's), not before
    publication."""
    clause = re.split(r"[,;]", sentence[end:next_start], maxsplit=1)[0]
    if published is not None and (before := _BEFORE_THE_LATER.search(clause)):
        later = statement_dates(sentence[:end], published)[0] or published
        return _so_long_before(later, before)
    anchor = find_time_anchor(clause, published)
    if anchor is None or anchor.since or published is None or anchor.when >= published:
        return None
    return anchor.when


# How long before a change's later figure its starting figure held: "a year earlier", "two
# months before", "the previous year", "the year before".
_BEFORE_THE_LATER = re.compile(
    rf"\b(?:(?P<count>an?|{'|'.join(NUMBER_WORDS)}|\d{{1,2}})\s+(?P<unit>day|week|month|year)s?"
    r"\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+(?P<previous>month|year)"
    r"|the\s+(?P<before>month|year)\s+before)\b", re.IGNORECASE)


def _so_long_before(later: date, before: re.Match[str]) -> date:
    """The date `before` says, counted back from `later`: whole months and years keep a
    month's end a month's end (2024-12-31 a year earlier is 2023-12-31)."""
    unit = (before.group("unit") or before.group("previous") or before.group("before")).lower()
    count = (before.group("count") or "a").lower()
    spans = 1 if count in ("a", "an") else int(NUMBER_WORDS.get(count, count))
    if unit in ("day", "week"):
        return later - timedelta(days=spans * _SPAN_DAYS[unit])
    months = later.year * 12 + later.month - 1 - spans * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    day = last_day if later.day == calendar.monthrange(later.year, later.month)[1] else min(
        later.day, last_day)
    return date(year, month + 1, day)


@functools.lru_cache(maxsize=1 << 14)
def statement_dates(sentence: str, published: date | None) -> tuple[date | None, date | None]:
    """(as_of, since) for a figure in this sentence of an article published then; kept for
    the sentence's other figures, which read the same clause unless another figure's cuts
    it (figure_dates)."""
    anchor = find_time_anchor(sentence, published)
    if anchor is None:
        return published, None
    return (published, anchor.when) if anchor.since else (anchor.when, None)
