"""From article text to statements: sentences that carry a quantity of a fact.

Three questions per number: is this line article text (not page furniture)? is this number a
quantity of a fact? what does the writer's wording make of it? The first is sentences.py's,
the others parse.py's; this module walks an article and builds the statements.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from crosscheck import _lexicon as lex
from crosscheck.anchors import statement_dates
from crosscheck.article import Article
from crosscheck.parse import find_quantities
from crosscheck.quantity import Quantity
from crosscheck.scope import find_places
from crosscheck.sentences import LIST_MARKER, is_claim_sentence, is_furniture, split_sentences
from crosscheck.things import measure_near

MASK = "[NUM]"


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
    measure: str | None  # what it measures: "killed", "inflation" (see _lexicon.MEASURE_TERMS)
    places: frozenset[str]
    frame: str
    as_of: date | None  # the article's date, or the date the sentence gives ("in December")
    since: date | None = None  # start of the period a change covers ("since Jan. 30")

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
        marker = LIST_MARKER.match(line)
        body = line[marker.end() if marker else 0 :]
        content = body.strip()
        if not content:
            continue
        is_title = first_text_line or (article.title is not None and content == article.title)
        first_text_line = False
        if is_furniture(content):
            continue
        base = line_start + (len(line) - len(body)) + (len(body) - len(body.lstrip()))
        for sentence_offset, sentence in split_sentences(content):
            if is_claim_sentence(sentence, is_title):
                statements.extend(_statements_in(article, sentence, base + sentence_offset))
    return statements


def _statements_in(article: Article, sentence: str, sentence_start: int) -> list[Statement]:
    found = find_quantities(sentence)
    if not found:
        return []
    places = find_places(sentence)
    as_of, since = statement_dates(sentence, article.published)
    statements = []
    for item in found:
        measure = measure_near(sentence, item.start, item.end)
        statements.append(Statement(
            article=article,
            sentence=sentence,
            sentence_start=sentence_start,
            value_start=sentence_start + item.start,
            value_text=item.value_text,
            quantity=item.quantity,
            role=_role(item.role, measure, item.quantity.kind),
            thing=item.thing,
            measure=measure,
            places=places,
            frame=make_frame(sentence, item.start, item.end),
            as_of=as_of,
            since=since,
        ))
    return statements


def _role(role: str, measure: str | None, kind: str) -> str:
    """A measure that is itself a rate of change is stated either way: "consumer prices rose
    5.9% year on year" is "inflation hit 5.9%", "the economy grew 2%" is "growth of 2%"."""
    if role == "change" and kind == "percent" and measure in lex.RATE_OF_CHANGE_MEASURES:
        return "total"
    return role


# Who said it is not part of the fact: "..., officials said." and "According to the UN, ..."
# would make unrelated figures from one source read alike, and paraphrases read apart.
_ATTRIBUTION_TAIL = re.compile(
    r"[,;]?\s+(?:according to [^,.;]+|(?:the |a )?[\w'’ -]{0,40}?\b(?:said|says|told [\w ]+|"
    r"reported|confirmed|announced|estimates?|showed)(?: on \w+)?)[\s\"'”’]*[.!?]?[\"'”’]*$",
    re.IGNORECASE,
)
_ATTRIBUTION_HEAD = re.compile(r"^(?:according to [^,]+,\s*|[\w'’ ]{0,40}?\b(?:said|says)"
                               r"(?: that)?\s+)", re.IGNORECASE)


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


def make_frame(sentence: str, start: int, end: int) -> str:
    """The sentence with its number masked and its attribution dropped: what the embedding
    model compares."""
    masked = sentence[:start] + MASK + sentence[end:]
    stripped = _ATTRIBUTION_TAIL.sub("", masked)
    stripped = _ATTRIBUTION_HEAD.sub("", stripped) if MASK in _ATTRIBUTION_HEAD.sub(
        "", stripped) else stripped
    return (stripped if MASK in stripped else masked).strip(" \"'“”‘’,")
