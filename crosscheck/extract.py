"""From article text to statements: sentences that carry a quantity of a fact.

Three questions per number, in this order: is this line article text at all (not page
furniture)? is this number a quantity of a fact (not a year, date, time, age or label)?
what interval, unit, counted thing and role does the writer's wording give it?
The answers come from the tables in _lexicon; this module only applies them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from crosscheck import _lexicon as lex
from crosscheck.article import Article
from crosscheck.quantity import Quantity, make_quantity, rounding_margin

# A sentence shorter than this many words is a heading, caption or menu item, not a claim.
MIN_SENTENCE_WORDS = 5
MASK = "[NUM]"

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUMBER = (
    rf"(?:{_TENS})(?:-(?:{_UNITS_WORDS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
    rf"|sixteen|seventeen|eighteen|nineteen|{_UNITS_WORDS}|a dozen|dozen"
)
# Vague counts: an interval of the magnitudes the phrase allows.
VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "hundreds of thousands": (2e5, 1e6),
    "tens of thousands": (2e4, 1e5),
    "millions": (2e6, 1e9),
    "thousands": (2e3, 1e4),
    "hundreds": (200.0, 1e3),
    "dozens": (24.0, 100.0),
}
_VAGUE = "|".join(sorted(VAGUE_AMOUNTS, key=len, reverse=True))

NUMBER_CORE = re.compile(
    rf"(?P<vague>\b(?:{_VAGUE})\b)|(?P<digits>{_DIGITS})|(?P<word>\b(?:{_WORD_NUMBER})\b)",
    re.IGNORECASE,
)
_SCALE_ATTACHED = re.compile(r"(bn|mn|tn|k|m|b)(?![\w])", re.IGNORECASE)
_SCALE_SPACED = re.compile(r"\s?(thousand|million|billion|trillion|bn|mn|tn)\b", re.IGNORECASE)
_RANGE = re.compile(
    rf"\s?(?:-|–|—|to|and)\s?(?P<cur>US\$|[$€£])?(?P<num>{_DIGITS})"
    r"(?:(?P<attached>bn|mn|tn|k|m|b)(?!\w)|\s?(?P<scale>thousand|million|billion|trillion|bn)\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s?(%|percent\b|per cent\b|pct\b)", re.IGNORECASE)
_POINTS = re.compile(r"\s?(percentage points?|points?)\b", re.IGNORECASE)
_UNIT = re.compile(
    r"\s?(" + "|".join(re.escape(u) for u in sorted(lex.UNITS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"\s?(" + "|".join(sorted(lex.CURRENCY_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(US\$|[$€£¥])\s?$", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=\W))("
    + "|".join(re.escape(q) for q in sorted(lex.QUALIFIERS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?:^|(?<=\W))(" + "|".join(re.escape(c) for c in lex.CHANGE_BEFORE) + r")\s+$",
    re.IGNORECASE,
)
_CONVERSION = re.compile(
    rf"\s?\((?:about |some |roughly |nearly )?(?:{_DIGITS})\s?(?:"
    + "|".join(re.escape(u) for u in sorted(lex.UNITS, key=len, reverse=True))
    + r")\)",
    re.IGNORECASE,
)
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|[,;:!?()\"“”]")
_LIST_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*•·]\s+|\d{1,3}[.)]\s+|>\s*)")
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in lex.FURNITURE_LINE_PATTERNS]
_TERMINAL = re.compile(r"[.!?][\"'”’)]?\s*$|[\"”’]\s*$")


@dataclass(frozen=True)
class FoundQuantity:
    """A quantity found in one sentence; offsets are within that sentence."""

    start: int
    end: int
    value_text: str
    quantity: Quantity
    role: str  # "total", "change", or "earlier" (the "from" side of "from X to Y")
    thing: str | None


@dataclass(frozen=True, eq=False)
class Statement:
    """One quantity in one sentence of one article: the unit the matcher pairs."""

    article: Article
    sentence: str
    sentence_start: int  # offset of the sentence in article.text
    value_start: int  # offset of the number in article.text
    value_text: str
    quantity: Quantity
    role: str
    thing: str | None
    places: frozenset[str]
    frame: str
    as_of: date | None

    @property
    def position(self) -> tuple[int, int]:
        return self.article.position(self.value_start)

    @property
    def location(self) -> str:
        line, column = self.position
        return f"{self.article.path}:{line}:{column}"


def extract_statements(article: Article) -> list[Statement]:
    """Every statement in an article, in text order."""
    statements: list[Statement] = []
    offset = 0
    first_text_line = True
    for line in article.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        marker = _LIST_MARKER.match(line)
        content_start = marker.end() if marker else 0
        content = line[content_start:].strip()
        if not content:
            continue
        is_title = first_text_line or (article.title is not None and content == article.title)
        first_text_line = False
        if is_furniture(content):
            continue
        lead = len(line[content_start:]) - len(line[content_start:].lstrip())
        base = line_start + content_start + lead
        for sent_start, sentence in split_sentences(content):
            if not is_claim_sentence(sentence, is_title):
                continue
            statements.extend(_statements_in(article, sentence, base + sent_start))
    return statements


def _statements_in(article: Article, sentence: str, sentence_start: int) -> list[Statement]:
    found = find_quantities(sentence)
    if not found:
        return []
    places = find_places(sentence)
    return [
        Statement(
            article=article,
            sentence=sentence,
            sentence_start=sentence_start,
            value_start=sentence_start + item.start,
            value_text=item.value_text,
            quantity=item.quantity,
            role=item.role,
            thing=item.thing,
            places=places,
            frame=make_frame(sentence, item.start, item.end),
            as_of=article.published,
        )
        for item in found
    ]


def is_furniture(line: str) -> bool:
    """Page furniture: counters, share bars, copyright, newsletter boxes, link lists."""
    return any(pattern.search(line) for pattern in _FURNITURE)


def is_claim_sentence(sentence: str, is_title: bool = False) -> bool:
    """Prose that can make a claim: enough words, and a sentence end unless it is the title."""
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return False
    return is_title or bool(_TERMINAL.search(sentence))


@functools.cache
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# pysbd keeps a quoted passage whole ("We rely on ... held. The US has ... ," he said), which
# makes frames long and vague. Inside its sentences we also break after a full stop that ends
# a word of three or more letters and is followed by a capital; abbreviations are spared.
_INNER_BREAK = re.compile(r"(?<=[A-Za-z]{3})[.!?](?=\s+[\"“]?[A-Z])")
_ABBREVIATIONS = frozenset(
    """approx est etc incl govt dept gen sen rep gov corp inc ltd jan feb mar apr jun jul
    aug sep sept oct nov dec mrs prof capt col lieut sgt adm ave blvd""".split()
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph with their offsets, whitespace trimmed."""
    result = []
    for span in _segmenter().segment(text):
        piece_start = span.start
        for cut in _INNER_BREAK.finditer(span.sent):
            word = re.search(r"(^|[^A-Za-z.])([A-Za-z]+)$", span.sent[: cut.start()])
            if word is None or word.group(2).lower() in _ABBREVIATIONS:
                continue
            result.append((piece_start, text[piece_start : span.start + cut.end()]))
            piece_start = span.start + cut.end()
        result.append((piece_start, text[piece_start : span.start + len(span.sent)]))
    trimmed = []
    for start, raw in result:
        stripped = raw.strip()
        if stripped:
            trimmed.append((start + len(raw) - len(raw.lstrip()), stripped))
    return trimmed


def make_frame(sentence: str, start: int, end: int) -> str:
    """The sentence with its number masked: what the embedding model compares."""
    return (sentence[:start] + MASK + sentence[end:]).strip(" \"'“”‘’")


def find_quantities(sentence: str) -> list[FoundQuantity]:
    """Every quantity of a fact in one sentence, left to right."""
    blocked = [m.span() for m in _PHONE.finditer(sentence)]
    found: list[FoundQuantity] = []
    consumed_to = 0
    for match in NUMBER_CORE.finditer(sentence):
        if match.start() < consumed_to or _inside(match.start(), blocked):
            continue
        item = _read_quantity(sentence, match)
        if item is not None:
            found.append(item)
            consumed_to = item.end
    return found


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _read_quantity(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    start, end = match.span()
    before, after = sentence[:start], sentence[end:]
    if match.group("vague"):
        low, high = VAGUE_AMOUNTS[match.group("vague").lower()]
        return _finish(sentence, start, end, low, high, None, 0.0, vague=True)
    if match.group("word"):
        return _read_word_number(sentence, match)
    if not _is_fact_number(sentence, start, end):
        return None

    written = match.group("digits")
    value = float(written.replace(",", ""))
    scale = 1.0
    attached = _SCALE_ATTACHED.match(after)
    spaced = _SCALE_SPACED.match(after)
    if attached:
        scale = lex.SCALE_WORDS[attached.group(1).lower()]
        end += attached.end()
    elif spaced:
        scale = lex.SCALE_WORDS[spaced.group(1).lower()]
        end += spaced.end()
    elif after[:1].isalpha():
        return None  # "5th", "G7x": an ordinal or a label

    low = high = value * scale
    margin = rounding_margin(written, low)
    qualifier_from = start
    currency = _CURRENCY_BEFORE.search(before)
    if currency:
        qualifier_from = currency.start()

    range_match = _RANGE.match(sentence, end)
    between = re.search(r"\bbetween\s+(?:US\$|[$€£])?$", sentence[:qualifier_from], re.I)
    from_to = re.search(r"\bfrom\s+(?:US\$|[$€£])?$", sentence[:qualifier_from], re.I)
    separator = range_match.group(0).strip()[:3].lower() if range_match else ""
    is_range = range_match is not None and not from_to and (
        (separator.startswith("and") and between) or not separator.startswith("and")
    )
    role = "total"
    if range_match and from_to and separator.startswith("to"):
        role = "earlier"
    elif is_range and range_match is not None:
        second = float(range_match.group("num").replace(",", ""))
        second_scale = scale
        if range_match.group("attached") or range_match.group("scale"):
            word = (range_match.group("attached") or range_match.group("scale")).lower()
            second_scale = lex.SCALE_WORDS[word]
            if scale == 1.0:
                scale = second_scale  # "2 to 3 million": the scale applies to both
                low = value * scale
        high = second * second_scale
        if high < low:
            return None  # "10-4": a score or a code, not a range
        margin = 0.0
        end = range_match.end()
        if between:
            qualifier_from = between.start()
    return _finish(sentence, qualifier_from, end, low, high, currency, margin, role=role,
                   number_start=start)


def _read_word_number(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    """Number words count only before a counted noun: "two plans", not "one of the"."""
    words = match.group("word").lower().replace("a dozen", "dozen").split("-")
    value = sum(lex.NUMBER_WORDS[w] for w in words)
    following = _WORD.findall(sentence[match.end() :])
    if not following or following[0].lower() in lex.THING_STOP_WORDS:
        return None
    if not following[0][:1].islower() or not _is_plural_noun(following[0]):
        return None  # "Two Sessions" (a name) or "one day" (not a plural count)
    start, end = match.span()
    return _finish(sentence, start, end, float(value), float(value), None, 0.0)


def _finish(
    sentence: str,
    start: int,
    end: int,
    low: float,
    high: float,
    currency: re.Match[str] | None,
    margin: float,
    *,
    role: str = "total",
    vague: bool = False,
    number_start: int | None = None,
) -> FoundQuantity | None:
    """Read what follows the number (unit, currency, percent) and before (qualifier)."""
    kind, unit = "count", ""
    after = sentence[end:]
    if currency is not None:
        kind, unit = "currency", lex.CURRENCY_SYMBOLS[currency.group(1).lower()]
    elif percent := _PERCENT.match(after):
        kind, unit = "percent", "%"
        end += percent.end()
    elif points := _POINTS.match(after):
        kind, unit = "points", "percentage points"
        end += points.end()
    elif money := _CURRENCY_WORD.match(after):
        kind, unit = "currency", lex.CURRENCY_WORDS[money.group(1).lower()]
        end += money.end()
    elif measure := _UNIT.match(after):
        converted = _convert(lex.UNITS[measure.group(1).lower()], low, high, margin)
        if converted is not None:
            kind, unit, low, high, margin = converted
            end += measure.end()
            if conversion := _CONVERSION.match(sentence, end):
                end = conversion.end()

    qualifier = None
    before = sentence[:start]
    if qualified := _QUALIFIER_BEFORE.search(before):
        qualifier = lex.QUALIFIERS[qualified.group(1).lower()]
        start = qualified.start(1)
        before = sentence[:start]
    if role == "total" and (_CHANGE_BEFORE.search(before) or _change_after(sentence[end:])):
        role = "change"
    thing = counted_thing(sentence, end) if kind == "count" else None
    if kind == "count" and thing is None:
        thing = _thing_before(sentence[: number_start or start])
    quantity = make_quantity(low, high, qualifier, margin, kind, unit or (thing or ""),
                             vague=vague)
    return FoundQuantity(start, end, sentence[start:end], quantity, role, thing)


def _change_after(after: str) -> bool:
    words = _WORD.findall(after)
    return bool(words) and words[0].lower() in lex.CHANGE_AFTER and (
        words[0].lower() != "new" or len(words) > 1
    )


def _is_fact_number(sentence: str, start: int, end: int) -> bool:
    """False for years, dates, times, ages, labels and numbers glued to words."""
    text = sentence[start:end]
    prev_char = sentence[start - 1] if start else " "
    next_char = sentence[end] if end < len(sentence) else " "
    if prev_char.isalnum() or prev_char in "-/.:+#_@" or prev_char == "-":
        return False  # "F-16", "COVID-19", "Poland-24.com", "1/2", "+48"
    if next_char in ":/" and end + 1 < len(sentence) and sentence[end + 1].isdigit():
        return False  # "10:30", "3/4"
    if next_char == "-" and re.match(r"-(?:year|month|week|day)", sentence[end:], re.I):
        return False  # "36-year-old"
    words_before = _WORD.findall(sentence[:start])
    words_after = _WORD.findall(sentence[end:])
    previous = words_before[-1] if words_before else ""
    following = words_after[0] if words_after else ""
    if previous.rstrip(".").lower() in lex.MONTHS and previous[:1].isupper():
        return False  # "Jan. 30", "May 24, 2024"
    if following.rstrip(".").lower() in lex.MONTHS and following[:1].isupper():
        return False  # "24 May 2024"
    if previous.lower() in lex.NOT_QUANTITY_BEFORE or following.lower() in lex.NOT_QUANTITY_AFTER:
        return False
    if following.lower().startswith(("year-old", "years-old")) or (
        following.lower() in ("years", "year") and len(words_after) > 1
        and words_after[1].lower() == "old"
    ):
        return False
    if previous.lower() == "at" and len(words_before) > 1 and (
        words_before[-2].lower() in lex.AGE_VERBS
    ):
        return False  # "dies at 36"
    return not _is_year(text, following)


def _is_year(text: str, following: str) -> bool:
    if not re.fullmatch(r"\d{4}", text) or not 1000 <= int(text) <= 2199:
        return False
    # "2000 troops" is a count; "2014 and", "in 2022." are years.
    return not (following[:1].islower() and following.lower() not in lex.THING_STOP_WORDS
                and _is_plural_noun(following))


def counted_thing(sentence: str, end: int) -> str | None:
    """What a count counts: the noun after it, past modifiers ("5,500 US soldiers").

    A participle in the noun's place names a state of the thing counted earlier: in
    "331 civilians killed and 675 injured", 675 counts "civilians injured".
    """
    words = _WORD.findall(sentence[end:])[:6]
    if words and re.fullmatch(r"[a-z]+ed", words[0]):
        counted = _thing_before(sentence[:end]) or "people"
        return f"{counted} {words[0]}"
    collected: list[str] = []
    for word in words:
        lower = word.lower().rstrip(".")
        if word[0].isalpha() and not collected and (
            lower in lex.THING_MODIFIERS or lower in lex.CHANGE_AFTER
        ):
            continue
        if not word[0].isalpha() or lower in lex.THING_STOP_WORDS:
            break
        collected.append(lower)
        if len(collected) == 2:
            break
    phrase = " ".join(collected)
    if phrase in lex.THING_SYNONYMS:
        return lex.THING_SYNONYMS[phrase]
    # "aid trucks": the head is last; "soldiers deployed": a participle follows the head.
    for head in reversed(collected):
        if _is_plural_noun(head) or head in lex.THING_SYNONYMS:
            return canonical_thing(head)
    return None


def _thing_before(before: str) -> str | None:
    """For "... personnel deployed in Poland, which is now more than 10,000": the noun
    named earlier in the sentence, when the number has none of its own."""
    for word in reversed(_WORD.findall(before)):
        lemma = _singular(word.lower())
        if lemma in lex.THING_SYNONYMS or word.lower() in lex.THING_SYNONYMS:
            return canonical_thing(word.lower())
    return None


def canonical_thing(word: str) -> str:
    """One name for things that count the same: soldiers, troops, personnel -> troops;
    any other noun in its plural, so "1 plan" and "2 plans" count the same thing."""
    lower = word.lower()
    if lower in lex.THING_SYNONYMS:
        return lex.THING_SYNONYMS[lower]
    lemma = _singular(lower)
    if lemma in lex.THING_SYNONYMS:
        return lex.THING_SYNONYMS[lemma]
    return _plural(lemma)


@functools.cache
def _singular(word: str) -> str:
    """The noun's lemma: soldiers -> soldier, men -> man."""
    from lemminflect import getLemma

    lemmas = getLemma(word.lower(), upos="NOUN")
    return lemmas[0] if lemmas else word.lower()


@functools.cache
def _is_plural_noun(word: str) -> bool:
    """Whether a word is a plural noun ("troops", "men"), not a participle ("injured")."""
    from lemminflect import getInflection

    lower = word.lower()
    lemma = _singular(lower)
    return lemma != lower and lower in getInflection(lemma, tag="NNS")


def _plural(lemma: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="NNS")
    return forms[0] if forms else lemma


def _convert(
    unit_name: str, low: float, high: float, margin: float
) -> tuple[str, str, float, float, float] | None:
    """A measurement in the unit its dimension is reported in (miles -> km)."""
    registry = _unit_registry()
    try:
        unit = registry.Unit(unit_name)
    except Exception:
        return None
    dimension = str(unit.dimensionality)
    target = registry.Unit(lex.DISPLAY_UNITS.get(dimension, unit_name))

    def to_target(value: float) -> float:
        return float(registry.Quantity(value, unit).to(target).magnitude)

    scale = to_target(1.0) - to_target(0.0)
    return dimension, f"{target:~}", to_target(low), to_target(high), margin * abs(scale)


@functools.cache
def _unit_registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


@functools.cache
def _place_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for every place name we know, and the one name each stands for."""
    import pycountry

    names = dict(lex.PLACE_ALIASES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names.setdefault(name, getattr(country, "common_name", None) or country.name)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({alternatives})(?![\w])"), names


_SCOPE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(lex.SCOPE_PHRASES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def find_places(sentence: str) -> frozenset[str]:
    """The places a sentence speaks of, named one way: its scope."""
    pattern, names = _place_table()
    places = {names[m.group(1)] for m in pattern.finditer(sentence)}
    places.update(lex.SCOPE_PHRASES[m.group(1).lower()] for m in _SCOPE.finditer(sentence))
    return frozenset(places)
