"""Which statements speak of the same fact.

The embedding model proposes (frames close in meaning); the gates dispose: the same kind of
quantity, the same counted thing, the same role and a compatible scope. Embeddings alone put
"an additional 2,500 troops" next to "5,500 troops in Poland" and "700,000 refugees in Poland"
next to "1.3 million fled to neighbouring countries"; the gates are what keep them apart.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from crosscheck import _lexicon as lex
from crosscheck.anchors import figure_dates
from crosscheck.earlier import YEAR_APART_DAYS, a_year_apart, starting_figure, year_before
from crosscheck.events import events_agree, news_days
from crosscheck.extract import Statement, describes_one_place
from crosscheck.frames import MASK, gives_its_source
from crosscheck.moments import (
    ONE_MOMENT_DAYS,
    gives_a_peak,
    one_moment,
    says_it_changed,
    says_it_moved,
)
from crosscheck.parse import NAME_WORD, FoundQuantity, sentence_figures
from crosscheck.periods import counts_standing, figure_span
from crosscheck.places import (
    continents_of,
    country_of,
    is_country,
    is_province,
    is_unplaced,
    namesake_countries,
    region_of,
    sovereign_of,
    town_country,
    unaccented,
    world_regions_of,
)
from crosscheck.quantity import (
    AgreementArrays,
    Quantity,
    agrees_per_unit_unsaid,
    same_specific_figure,
    written_apart,
    written_differently,
)
from crosscheck.scope import (
    LAKE_NAME,
    LANGUAGE_SPOKEN,
    find_places,
    names_one_country_of_a_region,
)
from crosscheck.settings import (
    AGREEMENT_BONUS,
    BRIDGE_BONUS,
    CONTEXT_BONUS,
    CONTEXT_SIMILARITY,
    DESCRIBED_BUSINESS_BONUS,
    DESCRIBED_PLACE_BONUS,
    DESCRIBED_PLACE_DAYS,
    DESCRIBED_YEARLY_BONUS,
    NAMED_COUNT_BONUS,
    PAIR_WEIGHTS,
    RATE_UPDATE_BONUS,
    RESOLVED_DESCRIPTION_BONUS,
    RIVAL_ESTIMATES_BONUS,
    RIVAL_MAGNITUDE_GAP,
    SPECIFIC_FIGURE_BONUS,
    SPECIFIC_UNIT_BONUS,
    TOLL_UPDATE_BONUS,
    TOLL_UPDATE_DAYS,
    YEAR_LATER_UPDATE_BONUS,
    YEAR_ON_YEAR_BONUS,
)
from crosscheck.signals import PairSignals, PairWeights
from crosscheck.subjects import (
    ANOTHER,
    EVERY,
    HEADLINED,
    HOMED,
    INDUSTRY,
    LED_BY,
    MADE_BY_OTHER,
    NAMED_ELSEWHERE,
    OWNED_BY,
    RANKED,
    WHOLE,
    headline_names,
    headlines_agree,
    marks,
    names_a_party,
    names_agree,
    names_one_subject,
    names_someone,
)
from crosscheck.things import (
    ANIMALS,
    DIAMETER,
    FORECAST,
    NEVER_UNSAID,
    SEGMENT,
    STRIKERS,
    WORKERS,
    is_model,
    segments_agree,
    shares_apart,
    split_share,
    thing_core,
)
from crosscheck.words import is_finite_verb, is_plural_noun, lemmas

# Roles whose figure is not a value as of the article's date, so never compared as such.
UNCOMPARABLE_ROLES = frozenset({"earlier"})


@dataclass(frozen=True)
class Pairs:
    """Accepted statement pairs as four parallel arrays, first < second, sorted: a corpus
    whose facts are restated in hundreds of articles has millions of pairs, and one Python
    object each cost more than finding them."""

    first: np.ndarray  # int64 indices into the statement list
    second: np.ndarray
    score: np.ndarray  # float32 pair scores
    alike: np.ndarray  # bool: their figures agree, in contexts alike (alike_contexts)

    def __len__(self) -> int:
        return len(self.first)

    @classmethod
    def of(cls, first: np.ndarray, second: np.ndarray, score: np.ndarray,
           alike: np.ndarray | None = None, sort: bool = True) -> Pairs:
        """Pairs with first < second, sorted unless `sort` is False (parts of a whole that
        joined() sorts once: sorting millions of pairs three times cost a tenth of
        matching); no pair's contexts alike unless `alike` says so."""
        low = np.minimum(first, second).astype(np.int64)
        high = np.maximum(first, second).astype(np.int64)
        # one int64 key per pair (a pair of statement indices fits): a single argsort is
        # twice as fast as lexsort over two keys
        order = np.argsort(low * (int(high.max(initial=0)) + 1) + high) if sort else slice(None)
        alike = np.zeros(len(low), dtype=bool) if alike is None else alike.astype(bool)
        return cls(low[order], high[order], score[order].astype(np.float32), alike[order])

    @classmethod
    def joined(cls, parts: Sequence[Pairs], sort: bool = True) -> Pairs:
        return cls.of(*(np.concatenate([getattr(p, name) for p in parts] or [np.empty(0)])
                        for name in ("first", "second", "score", "alike")), sort=sort)

    def rows(self) -> np.ndarray:
        """(first, second, score, alike) rows, as the store keeps them."""
        return np.column_stack([self.first, self.second, self.score, self.alike]).astype(
            np.float64)

    @classmethod
    def from_rows(cls, rows: np.ndarray) -> Pairs:
        """Pairs from rows() (or the same rows flattened, as the store gives them back)."""
        rows = rows.reshape(-1, 4)
        return cls.of(rows[:, 0].astype(np.int64), rows[:, 1].astype(np.int64), rows[:, 2],
                      rows[:, 3] > 0)

    def index_pairs(self) -> list[tuple[int, int]]:
        return list(zip(self.first.tolist(), self.second.tolist(), strict=True))


def same_measure(a: Statement, b: Statement) -> bool:
    """Whether two statements could measure the same thing, before any embedding."""
    return gate_failure(a, b) is None


def gate_failure(a: Statement, b: Statement) -> str | None:
    """Which gate keeps two statements apart, in words, or None when every gate passes: what
    `eval matching --mistakes` prints beside a missed pair."""
    unsaid = period_unsaid(a, b)
    if not (roles_agree(a, b) or unsaid):
        return f"role {a.role} ~ {b.role}"
    if a.quantity.kind != b.quantity.kind:
        return f"kind {a.quantity.kind} ~ {b.quantity.kind}"
    if a.quantity.kind == "count":
        if not things_agree(a.thing, b.thing):
            return f"thing {a.thing} ~ {b.thing}"
    elif not (_units_agree(a.quantity, b.quantity) or unsaid):
        return f"unit {a.quantity.unit} ~ {b.quantity.unit}"
    if not magnitudes_agree(a.quantity.magnitude, b.quantity.magnitude):
        return f"magnitude {a.value_text} ~ {b.value_text}"  # "$54.20 a share" ~ "$44 billion"
    if not measures_agree(a.measure, b.measure) and not (
            one_segment_of_the_other(a.measure, b.measure)
            and same_specific_figure(a.quantity, b.quantity)):
        return f"measure {a.measure} ~ {b.measure}"  # "331 killed" and "675 injured"
    if stock_and_flow_apart(a, b):
        return f"a stock and a flow {a.value_text!r} ~ {b.value_text!r}"
    if ways_apart(a, b):
        return f"a height and a length {a.value_text!r} ~ {b.value_text!r}"
    if kinds_apart(a, b):
        return f"two kinds of sight {described_kind(a)} ~ {described_kind(b)}"
    if not spans_agree(span_of(a), span_of(b)):
        return f"span {span_of(a)} ~ {span_of(b)}"  # a year's revenue and a quarter's
    if not scopes_agree(a.places, b.places,
                        unplaced_in_parts=not (a.events or b.events) and (
                            _of_no_one(a) == _of_no_one(b)
                            or (figures_agree(a, b) and not one_telling(a, b))),
                        of_no_event=not (a.events or b.events)):
        return f"scope {sorted(a.places)} ~ {sorted(b.places)}"
    if not names_agree(a.subjects, b.subjects):
        return f"subject {sorted(a.subjects)} ~ {sorted(b.subjects)}"
    if populations_apart(a, b):
        return f"two places' residents {a.value_text!r} ~ {b.value_text!r}"
    if described_apart(a, b):
        return f"a description and a name {a.value_text!r} ~ {b.value_text!r} at one time"
    if headlined_apart(a, b):
        return f"a name and another's headline {a.value_text!r} ~ {b.value_text!r}"
    if described_place_apart(a, b):
        return f"a described place and a named one {a.value_text!r} ~ {b.value_text!r}"
    if continent_apart(a, b):
        return f"a country of one continent and another's {a.value_text!r} ~ {b.value_text!r}"
    if not events_agree(a.events, b.events):
        return f"event {sorted(a.events)} ~ {sorted(b.events)}"  # a quake's toll, a fire's
    if (apart := _one_off_apart(a, b)) is not None:
        return apart  # a monsoon's toll and a typhoon's, two rounds of a company's job cuts
    if given := figure_given_elsewhere(a, b):
        return f"figure {given} given beside {a.value_text!r} ~ {b.value_text!r}"
    if not contrasts_agree(contrasts_of(a.sentence), contrasts_of(b.sentence)):
        return f"contrast {sorted(contrasts_of(a.sentence))} ~ {sorted(contrasts_of(b.sentence))}"
    if legs_apart(a, b):
        return f"a return leg and the way out {a.value_text!r} ~ {b.value_text!r} in one story"
    if neighbour_apart(a, b):
        return f"a neighbour and the story's own place {a.value_text!r} ~ {b.value_text!r}"
    return None


# A count a holder has at one moment, of no named measure ("Iceland has about 54,000
# horses", "The reserve is home to some 300 rhinos"), and the trade that moves such things
# over a period ("Some 1,500 horses were exported in 2024") are a stock and a flow: never
# one figure, however alike their words.
_ROUGHLY_BEFORE = (r"(?:an?\s+estimated\s+|(?:about|some|around|roughly|nearly|almost|over"
                   r"|more\s+than|fewer\s+than|close\s+to)\s+)?$")
_HELD_BEFORE = re.compile(
    r"\b(?:has|have|had|owns|holds|keeps|(?:is|are|was|were)\s+home\s+to)\s+"
    + _ROUGHLY_BEFORE, re.IGNORECASE)
_TRADE_FLOWS = frozenset({"exports", "imports"})


# The words of a crowd that came to an event: "about 25,000 people attended the Viljandi
# Folk Music Festival", "Police put attendance at the festival at some 18,000".
_GATHERED = re.compile(r"\b(?:attend(?:ed|s|ing|ance)|turnout|crowds?|gathered|flocked"
                       r"|turned\s+out|rallied|marched)\b", re.IGNORECASE)
# ... and the verb before a figure of people who came or were carried: "The crossing to
# Muhu island took some 1.5 million people last year", "The fair drew about 90,000 people".
_CAME_BEFORE = re.compile(
    r"\b(?:dr[ae]w|draws|welcome[sd]?|attract(?:s|ed)?|receive[sd]?|carrie[sd]|carry|took"
    r"|takes|flew|flies|transport(?:s|ed)?)\s+" + _ROUGHLY_BEFORE, re.IGNORECASE)


def stock_and_flow_apart(a: Statement, b: Statement) -> bool:
    """Whether one statement counts what a holder has (_HELD_BEFORE) and the other what
    trade moved (_TRADE_FLOWS); or one a place's people (dwelling) and the other a crowd
    come to an event (gathered): "Viljandi has about 17,000 residents" is no count of
    "about 25,000 people attended the Viljandi Folk Music Festival", whatever name they
    share."""
    return ((traded(a) and held(b)) or (traded(b) and held(a))
            or (dwelling(a) and gathered(b)) or (dwelling(b) and gathered(a)))


def traded(statement: Statement) -> bool:
    return statement.measure in _TRADE_FLOWS


def held(statement: Statement) -> bool:
    """Whether a figure of no named measure is the count its sentence's holder has."""
    return statement.measure is None and _HELD_BEFORE.search(
        statement.sentence, 0, statement.value_start - statement.sentence_start) is not None


def dwelling(statement: Statement) -> bool:
    """Whether a statement counts a place's residents, or the people its holder is home to
    or has."""
    return counts_residents(statement) or (counts_people(statement) and held(statement))


def gathered(statement: Statement) -> bool:
    """Whether a statement counts people, in a sentence of a crowd that came to an event
    or of people a place drew or a service carried."""
    return counts_people(statement) and (
        _GATHERED.search(statement.sentence) is not None
        or _CAME_BEFORE.search(statement.sentence, 0,
                               statement.value_start - statement.sentence_start) is not None)


# A place's residents move slowly: no town grows or shrinks threefold within a few years,
# so two counts of residents more than half a power of ten apart (not _sizes_alike),
# dated within POPULATION_DAYS, are two places' ("Kuusamo has about 15,000 residents", a
# town the gazetteer lacks, beside "Kuopio has about 125,000 residents"). Two sources may
# still count one town's people twice as many as each other ("Melnik has about 200
# residents" / "some 385 inhabitants").
POPULATION_DAYS = 5 * 365


def populations_apart(a: Statement, b: Statement) -> bool:
    """Whether two statements count residents, dated within POPULATION_DAYS, with figures
    that disagree, of sizes unlike."""
    return (counts_residents(a) and counts_residents(b) and a.as_of is not None
            and b.as_of is not None and abs((a.as_of - b.as_of).days) <= POPULATION_DAYS
            and not figures_agree(a, b)
            and not _sizes_alike(np.array(a.quantity.magnitude), np.array(b.quantity.magnitude)))


def counts_residents(statement: Statement) -> bool:
    return thing_core(statement.thing) == "residents"


# Which way a length is measured, by the verb before it or the word after it: up ("rises
# some 50 metres", "stands 314 metres tall"), along ("stretches some 165 feet", "spans
# about 50 metres", "300 metres long") or down ("about 80 metres deep"); not "plunges",
# which a waterfall does as high as it is and a lake or a canyon as deep. A height and a
# length are two facts whatever their figures: "The swaying footbridge over the narrow lake
# strait stretches some 165 feet" restates nothing of "The Olhava cliff nearby rises some
# 50 metres above the lake".
_LENGTH_KIND = "[length]"
_WAYS_BEFORE = (
    ("up", re.compile(r"\b(?:rises?|rising|rose|stands?|standing|stood|soar(?:s|ed|ing)?"
                      r"|tower(?:s|ed|ing)?)\s+(?:at\s+|to\s+)?"
                      + _ROUGHLY_BEFORE, re.IGNORECASE)),
    ("along", re.compile(r"\b(?:stretch(?:es|ed|ing)?|spans?|spann(?:ed|ing)|runs?|running|ran"
                         r"|extend(?:s|ed|ing)?)\s+(?:for\s+)?" + _ROUGHLY_BEFORE,
                         re.IGNORECASE)))
_WAYS_AFTER = (("up", re.compile(r"\s*(?:tall|high|in\s+height)\b", re.IGNORECASE)),
               ("along", re.compile(r"\s*(?:long|in\s+length)\b", re.IGNORECASE)),
               ("down", re.compile(r"\s*(?:deep|in\s+depth)\b", re.IGNORECASE)))


_WAY_CODES = {None: 0, "up": 1, "along": 2, "down": 3}


def measured_way(statement: Statement) -> str | None:
    """Which way a length runs (_WAYS_BEFORE, _WAYS_AFTER), where its sentence says."""
    if statement.quantity.kind != _LENGTH_KIND:
        return None
    at = statement.value_start - statement.sentence_start
    end = at + len(statement.value_text)
    for way, after in _WAYS_AFTER:
        if after.match(statement.sentence, end):
            return way
    for way, before in _WAYS_BEFORE:
        if before.search(statement.sentence, 0, at):
            return way
    return None


def ways_apart(a: Statement, b: Statement) -> bool:
    """Whether two lengths are measured two ways (measured_way): a height and a length."""
    a_way, b_way = measured_way(a), measured_way(b)
    return a_way is not None and b_way is not None and a_way != b_way


# A length or an area whose sentence tells its sight only by its kind ("The wooded hill in
# Estonia's south-east corner reaches some 1,043 feet", "Estonia's tallest cascade ...
# plunges some 100 feet", "The observation tower on its summit stands about 29 metres
# tall"): the first kind's word (lex.DESCRIBED_KINDS) before the figure that owns nothing
# after it. Two such kinds apart are two sights, whatever their figures.
_KIND_WORD = re.compile(r"\b([a-z]+)\b(?!['’]s)")
_MEASURED_KINDS = frozenset({_LENGTH_KIND, f"{_LENGTH_KIND} ** 2"})


def described_kind(statement: Statement) -> str | None:
    """The kind of sight a length or an area naming no one is told by, if any."""
    if statement.quantity.kind not in _MEASURED_KINDS or names_someone(statement.subjects):
        return None
    for word in _KIND_WORD.finditer(statement.sentence, 0,
                                    statement.value_start - statement.sentence_start):
        if kind := lex.DESCRIBED_KINDS.get(word.group(1)):
            return kind
    return None


def kinds_apart(a: Statement, b: Statement) -> bool:
    """Whether two statements tell their sights by two kinds (described_kind)."""
    a_kind, b_kind = described_kind(a), described_kind(b)
    return a_kind is not None and b_kind is not None and a_kind != b_kind


# The leg back of a journey, which a story times or prices beside the way out: "The service
# between the Western Australian capital and Heathrow lasts some 17 and a half hours" / "The
# return leg takes about 16 hours 45 minutes" are two flights' times.
_RETURN_LEG = re.compile(r"\b(?i:return|homeward|homebound)\s+(?:leg|flight|journey|trip|voyage"
                         r"|crossing)s?\b|\bthe\s+way\s+back\b")


def legs_apart(a: Statement, b: Statement) -> bool:
    """Whether one story (one_telling) gives one statement of a journey's return leg and
    the other of none: the story's other figure is the way out's. Told apart, a statement
    naming no leg may be either's."""
    return one_telling(a, b) and names_a_return_leg(a.sentence) != names_a_return_leg(b.sentence)


def names_a_return_leg(sentence: str) -> bool:
    return _RETURN_LEG.search(sentence) is not None


def neighbour_apart(a: Statement, b: Statement) -> bool:
    """Whether one story (one_telling) gives one statement of a place it names as another
    than its story's and the other of no named place: "Neighbouring Kyrgyzstan draws some
    85% of its power from rivers" sets its figure beside the story's own country's, which
    "Hydro supplies some 90% of the Central Asian country's power" leaves unnamed. Told
    apart, the unnamed country may be the neighbour."""
    return one_telling(a, b) and ((names_a_neighbour(a) and not named_anywhere(b.places))
                                  or (names_a_neighbour(b) and not named_anywhere(a.places)))


def names_a_neighbour(statement: Statement) -> bool:
    """Whether a statement opens on a place as another than its story's ("Neighbouring
    Kyrgyzstan", "nearby Slovenia"): a name that is a place, not a subject's."""
    return (ANOTHER in statement.subjects and not names_someone(statement.subjects)
            and named_anywhere(statement.places))


@functools.lru_cache(maxsize=65536)
def contrasts_of(sentence: str) -> frozenset[str]:
    """The side a sentence takes of each pair of contrasting qualifiers it names one side of
    (lex.CONTRASTING_QUALIFIERS): "primary school teachers" and "In secondary schools, 47%
    of teachers" count two wholes, however alike their words. And the variant of each
    numbered model it names one variant of (_model_variants): "The iPhone 17 starts at
    $799" and "The iPhone 17 Pro starts at $1,099" price two phones; and the one way of
    getting about it counts (_transport_mode), the one kind of structure (_structure), the
    build it opens with (_build: "With four boosters"), whether it tells a thing as new or
    as the one in use now (_age: "new trains", "current trains"), the one lake it names
    (_lake), the one kind of each thing its colour, size or home names (_kind: "white
    pelicans", "Dalmatian pelicans"), and the kind of place it opens on (_place_kind: "The
    island has", "The town has")."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", sentence.lower()))
    return frozenset(side for pair in lex.CONTRASTING_QUALIFIERS
                     if len(named := pair & words) == 1 for side in named) | _model_variants(
        sentence) | _duration(sentence) | _edition(sentence) | _round(sentence) | _quota_kind(
        sentence) | _language_spoken(sentence) | _transport_mode(sentence) | _structure(
        sentence) | _build(sentence) | _age(sentence) | _lake(sentence) | _kind(sentence) | (
        _place_kind(sentence))


def contrasts_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences take no opposite sides of one pair of qualifiers, nor name two
    variants of one model."""
    if any(len(pair & a) == 1 and len(pair & b) == 1 and pair & a != pair & b
           for pair in lex.CONTRASTING_QUALIFIERS):
        return False
    a_models, b_models = dict(_variant_sides(a)), dict(_variant_sides(b))
    return all(b_models.get(model, variant) == variant for model, variant in a_models.items())


# A numbered model and the variant words after it: "iPhone 17", "iPhone 17 Pro Max",
# "Galaxy S25 Ultra", "Boeing 737 Max".
_MODEL_VARIANT = re.compile(
    rf"\b({NAME_WORD}\s[A-Z]?\d{{1,4}})(?![.,]?\d)"
    r"((?:\s(?:Pro|Max|MAX|Plus|Ultra|Mini|Lite|Air|Edge|FE|SE|XL|Fold|Flip))*)(?![\w-])")
_VARIANT_SIDE = "model variant "


def _model_variants(sentence: str) -> frozenset[str]:
    """The variant a sentence names of each numbered model it names one variant of (none
    for the model itself); a sentence naming two variants of a model takes no side of it:
    "The iPhone 17 Pro costs $300 more than the iPhone 17". And the number of each
    numbered name it names one number of, as that name's variant (_numbered_name):
    "Voyager 1 is now about 24.9 billion km from Earth" is no figure of Voyager 2, nor a
    Boeing 737's a Boeing 787's."""
    variants: dict[str, set[str]] = {}
    for found in _MODEL_VARIANT.finditer(sentence):
        if found.group(1).split()[0].lower() in lex.FUNCTION_WORDS:
            continue  # "In 2024", "The 2024 race": a year, no model
        variants.setdefault(found.group(1).lower(), set()).add(found.group(2).strip().lower())
        if numbered := _numbered_name(sentence, found):
            name, number = numbered
            variants.setdefault(f"number of {name}", set()).add(number)
    return _one_variant_each(variants)


def _numbered_name(sentence: str, found: re.Match[str]) -> tuple[str, str] | None:
    """The name and the number of a numbered name (_MODEL_VARIANT): not a year ("Tesla 2024
    deliveries" are one series' figures), nor an adverb's figure ("Nearly 40 died", "Roughly
    21 billion km": the word must be a name or a noun), nor a sum after a currency's code
    ("CHF 240"), nor a number a lower-case word other than a verb follows, which is the
    figure of a thing ("Terminal 5 handled" is the terminal's; "Sprint 400 runners" may
    count runners)."""
    word, number = found.group(1).split()
    if re.fullmatch(r"(?:19|20)\d\d", number) or word.isupper() or (  # "CHF 240": a sum
            (known := lemmas(word.lower())) and "NOUN" not in known):
        return None
    after = re.match(r"\s*([a-z]+)\b", sentence[found.end():])
    if after is not None and not is_finite_verb(after.group(1)):
        return None
    return word.lower(), number


# How long a pass, a ticket or a stay lasts, as a qualifier: "A six-day 3 Vallées pass",
# "for six days", "A day pass", "A week's pass", "the weekly ticket" (not an age: "a
# 36-year-old").
_NUMBER = rf"(?:{'|'.join(lex.NUMBER_WORDS)}|\d{{1,3}})"
_DURATION = re.compile(
    rf"\b(?P<count>{_NUMBER})-(?P<unit>day|week|month|year|night)\b(?!-old)"
    rf"|\bfor\s+(?P<for_count>{_NUMBER})\s+(?P<for_unit>day|week|month|year|night)s\b"
    r"|\b(?P<one>day|week|month|year)(?:\s+|-|['’]s\s+)(?:pass|ticket|travelcard)\b"
    r"|\b(?P<every>daily|weekly|monthly|annual|yearly)\s+(?:pass|ticket|travelcard)\b",
    re.IGNORECASE)
_ONE_OF_EACH = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year",
                "yearly": "year"}


def _duration(sentence: str) -> frozenset[str]:
    """The one length a sentence gives its pass, ticket or stay, as a model's variant of
    "duration": a six-day ski pass is no day pass. None where it gives two."""
    lengths = set()
    for found in _DURATION.finditer(sentence):
        count = found.group("count") or found.group("for_count") or "1"
        unit = (found.group("unit") or found.group("for_unit") or found.group("one")
                or _ONE_OF_EACH[found.group("every").lower()])
        lengths.add(f"{lex.NUMBER_WORDS.get(count.lower(), count)}-{unit.lower()}")
    return _one_variant_each({"duration": lengths})


# The build a sentence opens by giving: "With four boosters, Ariane 6 can lift about 21.6
# tonnes" is no "With two boosters it lifts about 10.3 tonnes".
_BUILT_WITH = re.compile(rf"^\W*[Ww]ith\s+(?P<count>{_NUMBER})\s+(?P<part>[a-z]+s)\b")


def _build(sentence: str) -> frozenset[str]:
    """The build a sentence opens with, as a model's variant of its parts' number."""
    if built := _BUILT_WITH.match(sentence):
        count = built.group("count").lower()
        return _one_variant_each({f"built with {built.group('part')}": {
            str(lex.NUMBER_WORDS.get(count, count))}})
    return frozenset()


# A thing told as new or as the one in use now: "The Eurostar's new trains will run at up to
# 320 km/h" is no "Its current trains top out at 300 km/h" (not an age: "a 36-year-old man";
# nor a name: "New York").
_AGE = re.compile(r"(?<![\w-])(?P<age>new|newer|current|existing|old|older|ageing|aging)\s+"
                  r"(?:(?-i:[a-z-]+)\s+)??(?P<noun>(?-i:[a-z]+))(?![\w-])", re.IGNORECASE)


def _age(sentence: str) -> frozenset[str]:
    """Whether a sentence tells each thing it names so as new or as the one in use now, as
    a model's variant of the thing: none for a thing it names both ways ("The new trains
    are faster than the old trains")."""
    ages: dict[str, set[str]] = {}
    for found in _AGE.finditer(sentence):
        age = "new" if found.group("age").lower().startswith("new") else "current"
        ages.setdefault(f"age of {found.group('noun').lower()}", set()).add(age)
    return _one_variant_each(ages)


# A kind of a thing its colour, size or home names, as a species' name does: "about 15,000
# breeding pairs of white pelicans" are no "Dalmatian pelicans", "black rhinos" no "white
# rhinos", "Asian elephants" no "African elephants".
_KIND_NAMED = re.compile(
    rf"\b(?P<kind>(?i:{'|'.join(lex.KIND_QUALIFIERS)}))\s+(?P<noun>[a-z]+)\b")


def _kind(sentence: str) -> frozenset[str]:
    """The kind a sentence names of each plural noun it names one kind of (_KIND_NAMED), as
    a model's variant of the noun: none for a noun it names of two kinds ("Black rhinos
    outnumber white rhinos here")."""
    kinds: dict[str, set[str]] = {}
    for found in _KIND_NAMED.finditer(sentence):
        if is_plural_noun(noun := found.group("noun")):
            kinds.setdefault(f"kind of {noun}", set()).add(found.group("kind").lower())
    return _one_variant_each(kinds)


# The kind of place a sentence opens on, referring back to one it leaves unnamed: "The
# island has", "The car-free island off Hyères allows" (not "The island's capital", whose
# figure is the capital's, nor "The island nation", both kinds at once).
_PLACE_KIND = rf"(?:{'|'.join(lex.PLACE_KIND_NOUNS)})\b"
_OPENS_ON_A_PLACE_KIND = re.compile(
    rf"\s*The\s+(?:(?!{_PLACE_KIND})[A-Za-z][\w-]*\s+){{0,3}}?(?P<kind>{_PLACE_KIND})"
    rf"(?!['’-]|\s+(?:{_PLACE_KIND}|state\b|of\b))")


def _place_kind(sentence: str) -> frozenset[str]:
    """The kind of place a sentence opens on (_OPENS_ON_A_PLACE_KIND), as a model's variant
    of "place": an island's residents are not a town's."""
    found = _OPENS_ON_A_PLACE_KIND.match(sentence)
    return _one_variant_each(
        {"place": {lex.PLACE_KIND_NOUNS[found.group("kind")]}} if found else {})


# An event's edition its year names: "The 2025 Dakar Rally", "the 2024 Paris Olympics".
_EDITION = re.compile(
    r"(?:\b[Tt]he|['’]s)\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")


def _edition(sentence: str) -> frozenset[str]:
    """The one edition a sentence names of each event it names by its year, as a model's
    variant: "The 2025 Dakar Rally covers 7,700 km" is no "The 2024 Dakar Rally covered 7,891
    km". None for an event whose two editions it names."""
    years: dict[str, set[str]] = {}
    for found in _EDITION.finditer(sentence):
        years.setdefault(f"edition {found.group('name').lower()}", set()).add(found.group("year"))
    return _one_variant_each(years)


# Which round of a vote, of talks or of cuts: "in the first round", "Saturday's second
# round", "the runoff" (a two-round vote's second).
_ROUND = re.compile(r"\b(?P<nth>first|second|third)[\s-]+round\b|\b(?P<runoff>run-?off)\b",
                    re.IGNORECASE)


def _round(sentence: str) -> frozenset[str]:
    """The one round a sentence names, as a model's variant of "round": the runoff's
    turnout is no first round's. None where it names two."""
    rounds = {(found.group("nth") or "second").lower() for found in _ROUND.finditer(sentence)}
    return _one_variant_each({"round": rounds})


# The kind a quota is set for, as a noun before the quota's head: "this year's fin whale
# quota", "The minke whale quota", "the herring catch quota" (not "the annual whale quota").
_QUOTA_KIND = re.compile(r"\b(?P<kind>[a-z]+)\s+(?P<head>[a-z]+)\s+quotas?\b", re.IGNORECASE)


def _quota_kind(sentence: str) -> frozenset[str]:
    """The one kind a sentence sets a quota for, as a model's variant of the quota's head:
    Iceland's fin whale quota is no minke whale quota. None where it names two, or only an
    adjective ("annual", "new")."""
    kinds: dict[str, set[str]] = {}
    for found in _QUOTA_KIND.finditer(sentence):
        kind = found.group("kind").lower()
        if kind not in lex.FUNCTION_WORDS and not {"ADJ", "ADV"} & set(lemmas(kind)):
            kinds.setdefault(f"quota {found.group('head').lower()}", set()).add(kind)
    return _one_variant_each(kinds)


def _language_spoken(sentence: str) -> frozenset[str]:
    """The one language a sentence says people speak, as a model's variant of "language":
    the share who speak Russian at home is no share who speak Latvian. None where it names
    two."""
    spoken = {(found.group(1) or found.group(2)).lower()
              for found in LANGUAGE_SPOKEN.finditer(sentence)}
    return _one_variant_each({"language": spoken})


# The kind of structure a sentence measures or counts: "The Koralm Tunnel is 32.9 km long"
# is no length of "The whole Koralm line". A line only as a railway's ("the Koralm line",
# "the high-speed line"), never "in line with" or "the poverty line".
_STRUCTURE = re.compile(
    r"\b(?P<kind>tunnel|bridge|motorway|canal|pipeline|dam)s?\b"
    r"|(?:\b(?:rail|railway|high-speed|metro|tram|underground)|(?-i:[A-Z])\w+)\s+"
    r"(?:line|railway)\b", re.IGNORECASE)


def _structure(sentence: str) -> frozenset[str]:
    """The one kind of structure a sentence speaks of (_STRUCTURE), as a model's variant of
    "structure": a tunnel's length is not its line's. None where it names two ("The
    tunnel is the longest on the line")."""
    kinds = {(found.group("kind") or "line").lower() for found in _STRUCTURE.finditer(sentence)}
    return _one_variant_each({"structure": kinds})  # a railway is a line


# ... not "cruise" as a verb: "Tallink's Megastar cruises at 27 knots" is a ferry's speed.
_TRANSPORT_MODE = re.compile(
    rf"\b({'|'.join(sorted(lex.TRANSPORT_MODES, key=len, reverse=True))})\b"
    r"(?<!cruise)(?<!cruises)"
    r"|\bcruises?\b(?!\s+(?:at|along|through|past|between|into)\b)", re.IGNORECASE)


def _transport_mode(sentence: str) -> frozenset[str]:
    """The one way of getting about a sentence counts (lex.TRANSPORT_MODES), as a model's
    variant of "transport": a city's metro's passengers are not its harbour buses'. None
    where it names two ("The city's trams and buses")."""
    modes = {lex.TRANSPORT_MODES[found.group(0).lower()]
             for found in _TRANSPORT_MODE.finditer(sentence)}
    return _one_variant_each({"transport": modes})


def _lake(sentence: str) -> frozenset[str]:
    """The one lake a sentence names by its name (scope.LAKE_NAME), as a model's variant of
    "lake": Lake Malawi's area is not Lake Tanganyika's, though a lake named for a place
    is no place and no one's name either (subjects blank places), so only this tells them
    apart. None where it names two ("Lake Malawi is larger than Lake Turkana")."""
    lakes = {found.group(0).removesuffix("'s").removesuffix("’s").lower()
             for found in LAKE_NAME.finditer(sentence)}
    return _one_variant_each({"lake": lakes})


def _one_variant_each(variants: dict[str, set[str]]) -> frozenset[str]:
    """The side a sentence takes of each model it names in one variant only (a sentence
    naming two variants of a model compares them, so takes no side of it), as contrasts."""
    return frozenset(f"{_VARIANT_SIDE}{model}|{variant}" for model, named in variants.items()
                     if len(named) == 1 for variant in named)


def _variant_sides(sides: frozenset[str]) -> list[tuple[str, str]]:
    """The (model, variant) of each of a sentence's sides that names a model's variant."""
    return [_variant_of(side) for side in sides if side.startswith(_VARIANT_SIDE)]


def _variant_of(side: str) -> tuple[str, str]:
    model, _, variant = side.removeprefix(_VARIANT_SIDE).partition("|")
    return model, variant


def _units_agree(a: Quantity, b: Quantity) -> bool:
    """Units of one kind of figure that may be one: money in currencies that agree, so much
    the same period (_money_units_agree), anything else in the same unit."""
    return _money_units_agree(a.unit, b.unit) if a.kind == "currency" else a.unit == b.unit


def _money_units_agree(a: str, b: str) -> bool:
    return currencies_agree(a, b) and a.partition("/")[2] == b.partition("/")[2]


def span_of(statement: Statement) -> str | None:
    """How long a span its figure covers, where its sentence says (periods.py): none for a
    service's standing count, whose quarter's end may be its year's."""
    at = statement.value_start - statement.sentence_start
    if counts_standing(statement.thing, statement.sentence, at):
        return None
    return figure_span(statement.sentence, at)


def spans_agree(a: str | None, b: str | None) -> bool:
    """A quarter's figure is not a year's; a span left unsaid may be either."""
    return a is None or b is None or a == b


def _one_off_apart(a: Statement, b: Statement) -> str | None:
    """Whether two figures, one or both of a one-off happening (events.news_days), are
    dated too far apart to be of one, in words."""
    happenings = [found for found in (news_days(a.measure, a.events),
                                      news_days(b.measure, b.events)) if found is not None]
    if not happenings or (apart := _days_apart(a, b)) is None:
        return None
    what, days = min(happenings, key=lambda found: found[1])
    return f"{what} {apart} days apart" if apart > days else None


def _days_apart(a: Statement, b: Statement) -> int | None:
    if a.as_of is None or b.as_of is None:
        return None
    return abs((a.as_of - b.as_of).days)


def figure_given_elsewhere(a: Statement, b: Statement) -> str | None:
    """Another figure of one statement's sentence that gives the other statement's figure,
    when their own figures differ: that figure is the other's fact, so theirs is not. "The
    NDA won 202 of the 243 seats" and "Bihar's assembly has 243 seats" share the 243, so 202
    is not the assembly's size. A "from 5,500" beside the figure is what it was, not
    a fact of its own (its role is "earlier"), so a later figure still changes it; a floor
    ("more than 200") gives no figure, since "241 of the 242 on board" reaches past it."""
    if figures_agree(a, b):
        return None
    return _giving(a, b) or _giving(b, a)


def _giving(a: Statement, b: Statement) -> str | None:
    if not _closed(b.quantity):
        return None
    for item in _other_figures(a, of_any_time=a.sentence == b.sentence):
        if (item.role == b.role and _closed(item.quantity)
                and item.quantity.kind == b.quantity.kind
                and (things_agree(item.thing, b.thing) if item.quantity.kind == "count"
                     else item.quantity.unit == b.quantity.unit)
                and item.quantity.overlaps(b.quantity)):
            return item.value_text
    return None


def _closed(quantity: Quantity) -> bool:
    return quantity.strict_low is not None and quantity.strict_high is not None


def _other_figures(statement: Statement, of_any_time: bool) -> tuple[FoundQuantity, ...]:
    """The sentence's other figures of the statement's own time: one its clause dates
    elsewhere is the same fact then ("reached $234.4m, beating last year's $210.7m"), unless
    the other statement is of the same sentence, whose two figures are two facts wherever
    it is printed ("produced 67.7 TWh last year, down from 83.9 TWh in 2023")."""
    start = statement.value_start - statement.sentence_start
    end = start + len(statement.value_text)
    figures = sentence_figures(statement.sentence)
    return tuple(
        item for at, item in enumerate(figures)
        if (item.end <= start or item.start >= end) and (of_any_time or figure_dates(
            statement.sentence, statement.article.published, item.end,
            figures[at + 1].start if at + 1 < len(figures) else None)[0] == statement.as_of))


def roles_agree(a: Statement, b: Statement) -> bool:
    """The same role, or a part and a total of one named thing: "including 28 children"
    and "28 children died" are one fact, but a part never states its whole ("Among the
    dead were 11 foreigners" is not the toll), so it agrees with no count of people."""
    if a.role == b.role:
        return a.role not in UNCOMPARABLE_ROLES
    return {a.role, b.role} == _PART_AND_TOTAL and (unit := part_unit(a)) is not None and (
        unit == part_unit(b))


_PART_AND_TOTAL = frozenset({"part", "total"})
_RATE_AND_TOTAL = frozenset({"rate", "total"})


def period_unsaid(a: Statement, b: Statement) -> bool:
    """A sum of money so much a period (or a unit, or a recipient) beside the same sum with
    that left unsaid: one figure, its period said once ("The national living wage will rise
    to £12.21 an hour" / "The minimum wage for over-21s goes up to £12.21"; "Each singles
    champion will receive £3 million" / "Sinner took home £3m"). Only when the figures
    agree, or, for a sum a period of time, differ by less than ONE_PERIOD_RATIO: "will
    rise to £18 a day" beside "The charge has been £15" is one charge changed, while
    "£2,280 a year" beside "£190" may be a month's. Not a unit's price: "$61 a barrel"
    beside "$57.52" may be another crude's. A count so many a period beside the same count
    in all likewise, when the figures agree: "Some 11,000 fans pack the arena on each of
    the 15 days" / "The Ryogoku Kokugikan holds about 11,000 spectators" (the things are
    the thing gate's question), while "roughly 125,000 fans on each of its two weekends"
    is no "250,000 across its two weekends"."""
    if {a.role, b.role} != _RATE_AND_TOTAL or a.quantity.kind != b.quantity.kind:
        return False
    if a.quantity.kind == "count":
        return figures_agree(a, b)
    return (a.quantity.kind == "currency"
            and currencies_agree(a.quantity.unit, b.quantity.unit)
            and (figures_agree(a, b) or bool((_per_time(a) or _per_time(b)) and within_a_period(
                a.quantity.midpoint, b.quantity.midpoint))
                 or agrees_per_unit_unsaid(a.quantity, b.quantity)))


# How far apart a sum a period and a sum whose period goes unsaid may be and still be one
# charge changed: two periods' sums differ fourfold at least (a week's and a month's), a
# price seldom moves by half at once.
ONE_PERIOD_RATIO = 1.5


def _per_time(statement: Statement) -> bool:
    """Whether a sum is so much a period of time ("GBP/day"), not a unit's price nor a count
    (whose period said once must leave its figure as it is: period_unsaid)."""
    return (statement.quantity.kind == "currency"
            and statement.quantity.unit.partition("/")[2] in lex.TIME_UNITS)


def within_a_period(a: float | np.ndarray, b: float | np.ndarray) -> np.bool_ | np.ndarray:
    """Whether two positive figures (or two arrays of them) lie within ONE_PERIOD_RATIO of
    each other: period_unsaid's test, for the scalar gate and the gate arrays alike."""
    return within_ratio(a, b, ONE_PERIOD_RATIO)


def within_ratio(a: float | np.ndarray, b: float | np.ndarray, ratio: float
                 ) -> np.bool_ | np.ndarray:
    """Whether two positive figures (or two arrays of them) lie within `ratio` of each
    other."""
    low, high = np.minimum(a, b), np.maximum(a, b)
    return (low > 0) & (high <= low * ratio)


def _money_base(unit: str) -> str:
    """The currency of a sum or of a sum per period: "GBP" of "GBP/hour"."""
    return unit.split("/", 1)[0]


def _currencies_meant(unit: str) -> frozenset[str]:
    """The currencies a sum's unit may be: its own, or any a shared name left unplaced
    stands for ("crowns": lex.SHARED_CURRENCIES)."""
    base = _money_base(unit)
    return lex.SHARED_CURRENCIES.get(base, frozenset({base}))


def currencies_agree(a: str, b: str) -> bool:
    """Whether two sums' units may be one currency: the same, or a name several countries
    share, left unplaced, and one of its currencies ("28.1 billion crowns" and "DKK 31.7bn"),
    or two such names that share one ("kroner" and "crowns" may both be Norway's)."""
    return not _currencies_meant(a).isdisjoint(_currencies_meant(b))


def part_unit(statement: Statement) -> str | None:
    """What a part and a total must both name to be one fact: a count's named thing
    ("including 28 children" / "28 children died"), a share's unit ("10% of their flights"
    / "10 percent of scheduled flights"), money's measure beside its currency: "It includes
    ¥17.7 trillion of general account spending" is spending, not the package it is in."""
    if statement.quantity.kind != "currency":
        return named_unit(statement)
    return None if statement.measure is None else f"{statement.quantity.unit} {statement.measure}"


# Figures more than this many powers of ten apart are never one fact: "$54.20 a share" and
# "$44 billion", a fertility rate of 0.78 and 249,000 births. A scale word slipped in copy
# ("$44 million" for "$44 billion") is three powers apart, a conflict worth a finding, so the
# limit sits above it.
MAX_MAGNITUDE_GAP = 4.0


def magnitudes_agree(a: float | np.ndarray, b: float | np.ndarray) -> np.bool_ | np.ndarray:
    """Within MAX_MAGNITUDE_GAP, for two figures or two arrays of them; a zero (NaN) agrees
    with anything."""
    with np.errstate(invalid="ignore"):
        return ~(np.abs(np.subtract(a, b)) > MAX_MAGNITUDE_GAP)


# A project's budget is the cost foreseen for it: "Deutsche Bahn expects Stuttgart 21 to
# cost some €11 billion" / "The underground station project is now budgeted at about
# €11bn" (lex.MONEY_MEASURE_TERMS: "budgeted" is money set aside).
_EXPECTED_COST = frozenset({FORECAST, "set aside"})
# An economy expected to grow so much is a growth forecast: "The Bank of Latvia expects the
# economy to grow 1.5% this year" / "The central bank cut its 2025 growth forecast to 0.9%"
# (a forecast only: reading every percent change of GDP as growth was tried in an earlier
# session and not kept).
_GROWTH_FORECAST = frozenset({f"{FORECAST} gdp", f"{FORECAST} growth"})
# A diameter is a round thing's width (things.DIAMETER: "some 2 miles across" / "about 3 km
# wide"), and, never unsaid as a width is, its size too.
_WIDTH_ACROSS = frozenset({DIAMETER, lex.LENGTH_MEASURE_TERMS["wide"]})


def measures_agree(a: str | None, b: str | None) -> bool:
    """The same measure, or one sentence names none ("5,500 troops are deployed" / "Poland
    hosts 5,500 troops"), unless the other's is a harm (see lex.HARM_MEASURES), a forecast
    or a target (things.NEVER_UNSAID): none is ever left unsaid. A forecast of no named
    measure may be a forecast of any. Two parts' shares agree only when one part's words
    hold the other's (things.shares_apart: "Mining makes up about 25%" is no share of
    electricity); beside that, a share is compared by the measure of its whole, if named
    ("of the EU's EV imports" is no tariff)."""
    a_share, b_share = split_share(a), split_share(b)
    if a_share and b_share and shares_apart(a_share[0], b_share[0]):
        return False
    if a_share or b_share:  # otherwise the wholes decide: a share of imports is no tariff
        return measures_agree(a_share[1] if a_share else a, b_share[1] if b_share else b)
    if a is None or b is None:
        said = a or b
        if said is None:
            return True
        head = said.split(" ", 1)[0]  # "forecast revenue", "killed by starvation"
        return head not in lex.HARM_MEASURES and head not in NEVER_UNSAID
    if (a, b.split(" ", 1)[0]) == (FORECAST, FORECAST) or (
            b, a.split(" ", 1)[0]) == (FORECAST, FORECAST):
        return True  # "Meta now expects ... of $70bn" forecasts a measure it leaves unnamed
    if {a, b} in (_EXPECTED_COST, _GROWTH_FORECAST, _WIDTH_ACROSS):
        # "expects Stuttgart 21 to cost some €11 billion" is its budget, "some 2 miles
        # across" is "about 3 km wide"
        return True
    if a != b and a.startswith(SEGMENT) and b.startswith(SEGMENT):
        (a_measure, a_part), (b_measure, b_part) = a.split(": ", 1), b.split(": ", 1)
        return a_measure == b_measure and segments_agree(a_part, b_part)
    return a == b


def one_segment_of_the_other(a: str | None, b: str | None) -> bool:
    """Whether one measure is a segment of the other, whole ("segment revenue: cloud" and
    "revenue"): a whole that gives the segment's one specific figure is that segment named
    by its own name ("AWS revenue grew 20% to $33 billion" / "Sales at the cloud unit
    reached $33bn"), where any other figure of the whole is all of the business's."""
    return a is not None and b is not None and any(
        part.startswith(f"{SEGMENT} {whole}: ") for part, whole in ((a, b), (b, a)))


def things_agree(a: str | None, b: str | None) -> bool:
    """Same counted thing, or one too general to tell ("people"), or workers and an
    occupation ("machinists"), or two things news counts alike (lex.THINGS_COUNTED_ALIKE).
    A count whose thing could not be read agrees only with another such count: guessing
    costs editors false alarms."""
    return _cores_agree(thing_core(a), thing_core(b))


def _cores_agree(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if a is None or b is None:
        return False
    if {a, b} & lex.GENERIC_THINGS:
        return not {a, b} & lex.NEVER_GENERIC and b not in lex.NEVER_COUNTED_AS.get(
            a, ()) and a not in lex.NEVER_COUNTED_AS.get(b, ())
    if is_model(a) != is_model(b):
        return True  # "31 Falcons" and "31 Falcon business jets"
    return b in _kin_cores(a)


@functools.cache
def _kin_cores(core: str) -> frozenset[str]:
    """The named things a named thing is counted alike with, itself among them: animals and
    each kind of animal, workers and each occupation, strikers and workers of any trade
    ("Some 12,000 dockworkers walked out" / "put the number of strikers at about 5,000"),
    runners and skiers (lex.THINGS_COUNTED_ALIKE). Kept per thing: candidate_pairs asks it
    of every block."""
    kin = {core}.union(*(alike for alike in lex.THINGS_COUNTED_ALIKE if core in alike))
    for whole, kinds in ((ANIMALS, lex.ANIMAL_KINDS), (WORKERS, lex.OCCUPATIONS),
                         (STRIKERS, lex.OCCUPATIONS | {WORKERS})):
        if core == whole:
            kin |= kinds
        elif core in kinds:
            kin.add(whole)
    return frozenset(kin)


def scopes_agree(a: frozenset[str], b: frozenset[str], unplaced_in_parts: bool = False,
                 of_no_event: bool = False) -> bool:
    """Compatible when one sentence names no place the other lacks, and both name the same
    regions; "nationwide" stands for the country the other names (see _within_country).

    {US, Poland} and {Poland} agree (one is more specific); {Ukraine} and {Ukraine,
    neighbouring countries} do not: a figure for a region is another fact than one for a
    country, even when the sentence leaves the country unnamed ("the country has taken in").
    "Worldwide" is what a sentence that names no place may mean ("Netflix has 260 million
    subscribers" / "260 million members worldwide"), never a named place. A part of a
    country ("Russia's Pacific coast") is also any place in it ("Kamchatka"). A place a
    sentence singles out ("In China, its sales dropped") is a share of a whole, so never
    what a sentence that names no place gives. With `unplaced_in_parts` (two figures of no
    event that both name no one, _of_no_one, or both name someone, whom the subject gate
    holds to one, or two stories' agreeing figures, one naming its sight and the other
    describing it: "Brazil's Belo Monte dam has ... about 11,233 MW" / "The Amazonian hydro
    plant on the Xingu can generate some 11.2 GW"), a place the gazetteer lacks may also
    lie in a part of a country the other leaves unnamed: "About 150,000 people climb Ben
    Nevis" and "Britain's highest mountain draws some 150,000 walkers"; "The Parnidis dune
    on the Curonian Spit" and "The Lithuanian dune", named Parnidis by the corpus. With
    `of_no_event` (two figures of no event), a part of a world region ("part of
    Scandinavia", a business's own figure under "Scandinavia's great crossings") is also
    any place in its countries ("between Copenhagen and Malmö"), and the world
    (_somewhere_in_a_region); not an event's toll, which a story about a region gives for
    each of its countries apart.
    """
    a, b = _as_its_namesake_province(a), _as_its_namesake_province(b)
    a_parts, b_parts = _compass_parts(a), _compass_parts(b)
    if a_parts or b_parts:
        if a_parts and b_parts and not a_parts & b_parts:
            return False  # "the northern reef" is not "the southern region"
        a, b = a - a_parts, b - b_parts
    if lex.SINGLED_OUT in a or lex.SINGLED_OUT in b:
        if not (a - _SINGLED_OUT and b - _SINGLED_OUT):
            return False
        a, b = a - _SINGLED_OUT, b - _SINGLED_OUT
    a, a_parts, a_homes = _without_parts(a)
    b, b_parts, b_homes = _without_parts(b)
    if (_inside(b, a_parts, b_parts | b_homes, unplaced_in_parts, of_no_event)
            or _inside(a, b_parts, a_parts | a_homes, unplaced_in_parts, of_no_event)):
        return True
    if of_no_event and ((_somewhere_in_a_region(a, a_parts) and b == _WORLD)
                        or (_somewhere_in_a_region(b, b_parts) and a == _WORLD)):
        return True
    a, b = _within_country(a, b), _within_country(b, a)
    if a is None or b is None:
        return False
    if not (a and b) and (a or b) == _WORLD:
        return True
    if (a & lex.REGIONS) - a_parts != (b & lex.REGIONS) - b_parts:
        return False  # a figure somewhere in a region ("part of Europe") is no region's
    return a <= b or b <= a or _place_by_place(a, b, b_parts) or _place_by_place(b, a, a_parts)


def _as_its_namesake_province(places: frozenset[str]) -> frozenset[str]:
    """The places with a city that the province it lies in names but for its accents read
    as that province: news spells both alike ("the Sao Paulo parade", "Zurich"), so the
    gazetteer cannot tell which one a sentence means, as it cannot for a city and a
    province spelt the same. Without it "Brazil's biggest city" (São Paulo, GeoNames'
    city) is another place than "the Sao Paulo parade" (countryinfo's state)."""
    if not any(map(region_of, places)):
        return places
    return frozenset(
        region if (region := region_of(place)) and region != place
        and unaccented(region) == unaccented(place) else place for place in places)


def _place_by_place(places: frozenset[str], other: frozenset[str],
                    other_parts: frozenset[str]) -> bool:
    """Whether two scopes name the same places, one by name and the other by description:
    each named place is one the other names or lies in a country it marks a part of, and
    each the other names is a named place or its country. "between Hamburg and Copenhagen"
    and "between the German port city and the Danish capital" (Germany, a part of it,
    Copenhagen and Denmark) name one route, where neither scope holds the other."""
    return bool(other_parts) and all(
        place in other or (not is_unplaced(place) and country_of(place) in other_parts)
        for place in places) and all(
        place in places or any(country_of(named) == place for named in places)
        for place in other)


def _somewhere_in_a_region(places: frozenset[str], parts: frozenset[str]) -> bool:
    """Whether a scope says only that its figure lies somewhere in a world region, as a
    business's own figure under a region's headline does ("The Czech carmaker handed over
    some 927,000 vehicles" under "Europe's carmakers tally 2024"): where the business is,
    which its worldwide total may be ("Škoda delivered 926,600 cars worldwide")."""
    return bool(parts) and parts <= lex.REGIONS and places <= parts


@functools.lru_cache(maxsize=4096)
def _compass_parts(places: frozenset[str]) -> frozenset[str]:
    """The compass parts of a scope (lex.COMPASS_PART), kept per scope as _without_parts."""
    return frozenset(place for place in places if place.startswith(lex.COMPASS_PART))


_WORLD = frozenset({lex.SCOPE_PHRASES["worldwide"]})
_SINGLED_OUT = frozenset({lex.SINGLED_OUT})
_PART_OF = f"{lex.PART_OF} "
_LIES_IN = f"{lex.LIES_IN} "


def _of_no_one(statement: Statement) -> bool:
    """Whether a statement names no one and no event: where its place the gazetteer lacks
    ("climb Ben Nevis") or a part of a country it leaves unnamed ("Britain's highest
    mountain") is all that says what it counts, the two may be one sight. Not an event's
    toll, whose part of a country is where it struck while a district the gazetteer lacks
    may lie anywhere, nor a named sight's count ("Chichen Itza drew") beside a place's
    ("The nearby Mayan city of Uxmal drew"): two statements that both name someone are held
    to one sight by the subject gate instead, and a named one beside one naming no one only
    by figures that agree, told in two stories (gate_failure)."""
    return not statement.events and not names_someone(statement.subjects)


@functools.lru_cache(maxsize=4096)
def _without_parts(places: frozenset[str]) -> tuple[frozenset[str], frozenset[str],
                                                  frozenset[str]]:
    """The places without their markers; the countries their "part of" markers mark, which
    any place in them may stand for; and those their "lies in" markers mark, which only say
    where their own places the gazetteer lacks lie. Kept per scope: the scope matrix asks
    for each scope once per other scope."""
    parts = frozenset(p.removeprefix(_PART_OF) for p in places if p.startswith(_PART_OF))
    homes = frozenset(p.removeprefix(_LIES_IN) for p in places if p.startswith(_LIES_IN))
    marked = {_PART_OF + country for country in parts} | {_LIES_IN + home for home in homes}
    return places - marked, parts, homes


def _inside(places: frozenset[str], countries: frozenset[str], own_parts: frozenset[str],
            unplaced_anywhere: bool = False, in_world_regions: bool = False) -> bool:
    """Whether every one of some places lies in one of the countries (the countries
    themselves included, and the territories that belong to them: "Aruba" in "part of
    Netherlands"), or in one of the regions ("Tenerife" in "part of the Canary
    Islands"), or where a city of the same name lies in one ("the Andean city of Mérida"
    in "part of Venezuela", though the gazetteer reads Mérida as Mexico's largest), or
    with `in_world_regions` in one of the world regions ("Malmö" in "part of
    Scandinavia"); a place the gazetteer lacks lies where its own statement puts a
    part of itself ("the landslide in Chesongoch" under "Kenya landslide") or the places it
    names beside it ("Fuji Rock Festival drew 114,000 people at the Naeba ski resort"), or
    in a province of those countries (_with_their_countries), and
    with `unplaced_anywhere` anywhere, unless its statement puts it somewhere ("The ruined
    palace above the Neckar" under a German headline is no Greek island's)."""
    if not (places and countries):
        return False
    known = {country_of(place) or place for place in places if not is_unplaced(place)}
    return all(place in countries or country_of(place) in countries
               or region_of(place) in countries or sovereign_of(place) in countries
               or bool(namesake_countries(place) & countries)
               or (in_world_regions and bool(world_regions_of(place) & countries))
               or (is_unplaced(place) and (
                   (unplaced_anywhere and not own_parts)
                   or bool((own_parts | known) & _with_their_countries(countries))
                   or town_country(place) in _with_their_countries(countries)))
               for place in places)


@functools.lru_cache(maxsize=4096)
def _with_their_countries(parts: frozenset[str]) -> frozenset[str]:
    """Some places and the countries they lie in: a place the gazetteer lacks, put in a
    country, may lie in any province of it ("The fringing reef off Exmouth" under
    "Australia's other great reef" may be "Western Australia's Ningaloo Reef"; "The
    California desert festival" Coachella's in Indio)."""
    return parts | {country for place in parts if (country := country_of(place)) is not None}


def _within_country(places: frozenset[str], other: frozenset[str]) -> frozenset[str] | None:
    """A "nationwide" figure is one for a whole country: it agrees with a sentence that
    names no place or only countries ("across France"), never with one for a city, a region
    or a state; a "statewide" one likewise with states and provinces only ("across Texas",
    not Kerr County). The places without the marker, or None when `other` is narrower."""
    for whole, is_whole in ((lex.NATIONWIDE, is_country), (lex.STATEWIDE, is_province)):
        if whole in places:
            if not all(is_whole(place) for place in other - {whole}):
                return None
            places = places - {whole}
    return places


def is_same_fact(a: Statement, b: Statement, score: float, threshold: float,
                 agreement_bonus: float = AGREEMENT_BONUS,
                 specific_bonus: float = SPECIFIC_FIGURE_BONUS,
                 unit_bonus: float = SPECIFIC_UNIT_BONUS, context: float = 0.0,
                 context_bonus: float = CONTEXT_BONUS, bridge_bonus: float = BRIDGE_BONUS,
                 named_count_bonus: float = NAMED_COUNT_BONUS,
                 described_bonus: float = DESCRIBED_BUSINESS_BONUS,
                 resolved_bonus: float = RESOLVED_DESCRIPTION_BONUS,
                 rival_bonus: float = RIVAL_ESTIMATES_BONUS,
                 described_place_bonus: float = DESCRIBED_PLACE_BONUS,
                 year_on_year_bonus: float = YEAR_ON_YEAR_BONUS,
                 toll_update_bonus: float = TOLL_UPDATE_BONUS,
                 year_later_bonus: float = YEAR_LATER_UPDATE_BONUS,
                 described_yearly_bonus: float = DESCRIBED_YEARLY_BONUS,
                 rate_update_bonus: float = RATE_UPDATE_BONUS) -> bool:
    """The pairing decision: statements that are not two figures of one sentence (see
    same_sentence), that pass every gate and whose pair score (signals.PairWeights) reaches
    the threshold, or the lower threshold the evidence beyond the score gives: agreeing
    figures (figure_bonus, with their context cosine), a change that bridges the figures
    (bridged), one named subject's count of one named thing (one_named_count), a named
    business's figure restated by a description of it (described_restatement), more when
    the description is named too (resolved_restatement), two sources' differing figures of
    one moment (rival_estimates), a named place's figure restated the same week by a
    description of it (described_place_restatement), a yearly figure and the next year's
    (year_on_year), or of a business or sight and its description (described_yearly), a
    toll told again as it grows (toll_update), a figure told again a year or two on
    (year_later_update), a place's rate told again as it moves (rate_update). Two
    sentences of one article may state one fact twice, and a lede that says 5,500 and a
    later paragraph that says 5,000 is worth a finding."""
    if same_sentence(a, b) or not same_measure(a, b):
        return False
    if score >= threshold:
        return True
    described, resolved = restatement(a, b)
    return score_reaches(
        score, figure_bonus(a, b, agreement_bonus, specific_bonus, unit_bonus, context,
                            context_bonus) + bridge_bonus * bridged(a, b)
        + named_count_bonus * one_named_count(a, b)
        + described_bonus * described + resolved_bonus * resolved
        + rival_bonus * rival_estimates(a, b)
        + described_place_bonus * described_place_restatement(a, b)
        + year_on_year_bonus * year_on_year(a, b)
        + toll_update_bonus * toll_update(a, b)
        + year_later_bonus * year_later_update(a, b)
        + described_yearly_bonus * described_yearly(a, b)
        + rate_update_bonus * rate_update(a, b), threshold)


def score_reaches(score: float, bonus: float, threshold: float) -> bool:
    """is_same_fact's score test for a pair that passes the gates, its figure_bonus known:
    never below lowest_threshold, the report's floor for candidate pairs (candidate_pairs),
    however much evidence beyond its figures a pair earns, so a pair is decided alike one at
    a time and in blocks."""
    return score >= max(agreeing_threshold(threshold, bonus), lowest_threshold(threshold))


def agreeing_threshold(threshold: float, agreement_bonus: float = AGREEMENT_BONUS) -> float:
    """The score a pair whose figures agree must reach: the threshold, less the bonus in
    log-odds. Two statements that give one figure are likelier one fact than two that read
    as alike and give different figures; the bonus counts that evidence without touching
    how pairs of differing figures (changes and conflicts, the findings) are decided."""
    if threshold <= 0.0 or threshold >= 1.0:
        return threshold
    return 1.0 / (1.0 + math.exp(agreement_bonus - math.log(threshold / (1.0 - threshold))))


def lowest_threshold(threshold: float) -> float:
    """The lowest score any pair may pair at: one whose figures agree exactly and
    specifically, in a named unit, in contexts alike (figure_bonus at its largest). The
    evidence beyond figures may add up to more (a bridge, a named count and a yearly
    figure's next), but a pair scoring below this is no restatement whatever it earns:
    score_reaches holds every pair to it."""
    return agreeing_threshold(threshold, AGREEMENT_BONUS + SPECIFIC_FIGURE_BONUS
                              + SPECIFIC_UNIT_BONUS + CONTEXT_BONUS)


def figures_agree(a: Statement, b: Statement) -> bool:
    return a.quantity.overlaps(b.quantity)


# Agreeing figures are evidence of one fact only within this many powers of ten of each
# other: "Fewer than 25,000 Tasmanian devils" agrees with "Some 90 devils live on Maria
# Island" (a true bound), but that says nothing of their being one count. Figures that
# agree closely are nearer than this anyway; only a bound or a wide range reaches it.
EVIDENCE_MAGNITUDE_GAP = 0.5


def figures_back_each_other(a: Statement, b: Statement) -> bool:
    """Figures that agree, and of a size alike (EVIDENCE_MAGNITUDE_GAP): what earns
    figure_bonus."""
    return figures_agree(a, b) and bool(_sizes_alike(np.array(a.quantity.magnitude),
                                                     np.array(b.quantity.magnitude)))


def _sizes_alike(first: np.ndarray, second: np.ndarray,
                 gap: float = EVIDENCE_MAGNITUDE_GAP) -> np.ndarray:
    """Magnitudes (log10 sizes) within `gap`; a zero (no size) is alike any."""
    with np.errstate(invalid="ignore"):
        return ~(np.abs(first - second) > gap)


def figure_bonus(a: Statement, b: Statement, agreement_bonus: float = AGREEMENT_BONUS,
                 specific_bonus: float = SPECIFIC_FIGURE_BONUS,
                 unit_bonus: float = SPECIFIC_UNIT_BONUS, context: float = 0.0,
                 context_bonus: float = CONTEXT_BONUS) -> float:
    """The log-odds two statements' figures add to their pair score: none when they differ
    (or only a bound joins sizes far apart: figures_back_each_other), the agreement bonus
    when they agree, more when they give one specific figure ("436 points" twice:
    quantity.same_specific_figure), more when their unit is a named one
    (same_specific_unit), and more when their context cosine (`context`, see
    signals.PairSignals) is at least CONTEXT_SIMILARITY: one figure under headlines about one
    story is likelier one fact than the same figure in two stories."""
    if not figures_back_each_other(a, b):
        return 0.0
    return bonus_of(True, same_specific_figure(a.quantity, b.quantity),
                    same_specific_unit(a, b), contexts_alike(a, b, context),
                    agreement_bonus, specific_bonus, unit_bonus, context_bonus)


def bonus_of(agreeing: bool, specific: bool, named_unit: bool, alike_contexts: bool,
             agreement_bonus: float = AGREEMENT_BONUS,
             specific_bonus: float = SPECIFIC_FIGURE_BONUS,
             unit_bonus: float = SPECIFIC_UNIT_BONUS,
             context_bonus: float = CONTEXT_BONUS) -> float:
    """figure_bonus once whether the figures agree, are one specific figure, are of a
    named unit and stand in contexts alike is known (eval_matching works it out once per
    pair and tries many bonuses)."""
    if not agreeing:
        return 0.0
    return (agreement_bonus + (specific_bonus if specific else 0.0)
            + (unit_bonus if named_unit else 0.0) + (context_bonus if alike_contexts else 0.0))


def same_specific_unit(a: Statement, b: Statement) -> bool:
    """Whether two statements count in one named unit (named_unit)."""
    unit = named_unit(a)
    return unit is not None and unit == named_unit(b)


def named_unit(statement: Statement) -> str | None:
    """The unit a figure is given in when it names one: anything but a count (money, a
    percentage, hectares), or a count of a named thing ("jobs" and "employees" are both
    workers); None for a count of people or of a thing the reader could not name, and for a
    vague figure ("several kilometres" agrees with too many heights to be evidence). A
    currency name several countries share, left unplaced, names the one the news most often
    means (lex.CURRENCY_WORDS): "95 pesos" at Teotihuacán and "100 pesos" near Mexico City
    are one unit, as evidence, though the gates let "kroner" be Norway's too."""
    if statement.quantity.vague:
        return None
    if statement.quantity.kind == "currency":
        base, per, period = statement.quantity.unit.partition("/")
        return lex.CURRENCY_WORDS.get(base, base) + per + period
    if statement.quantity.kind != "count":
        return statement.quantity.unit
    core = thing_core(statement.thing)
    return None if core is None or core in lex.GENERIC_THINGS else lex.UNIT_OF_THING.get(
        core, core)


# The context cosines of pairs (first[k], second[k]) of statements, as an array.
ContextOf = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _reaching(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray,
              scores: np.ndarray, context_of: ContextOf, threshold: float
              ) -> tuple[np.ndarray, np.ndarray]:
    """Which candidate pairs (all at least lowest_threshold) are accepted: those at the
    threshold, and those below it whose figures give them the bonus they need (figure_bonus
    for all of them at once: at 10,000 articles they are some two million pairs), or whose
    change bridges them (bridge_bonuses, asked only below the threshold); and which
    pairs' figures agree in contexts alike (Pairs.alike). The context cosine is read only
    for pairs whose figures earn a bonus: no other pair's depends on it."""
    bonuses = figure_bonuses(statements, first, second)
    agreeing = np.flatnonzero(bonuses > 0)
    alike = np.zeros(len(first), dtype=bool)
    alike[agreeing] = alike_contexts(statements, first[agreeing], second[agreeing],
                                     context_of(first[agreeing], second[agreeing]))
    bonuses[alike] += CONTEXT_BONUS
    accept = scores >= threshold
    below = np.flatnonzero(~accept)
    if below.size:  # only a pair the threshold refuses needs the evidence beyond its figures
        bonuses[below] += _evidence_beyond_figures(statements, first[below], second[below])
        needed = {bonus: agreeing_threshold(threshold, bonus)
                  for bonus in np.unique(bonuses[below])}
        accept[below] = scores[below] >= np.vectorize(needed.__getitem__, otypes=[float])(
            bonuses[below])
    accepted = np.flatnonzero(accept)
    accept[accepted[_given_elsewhere(statements, first[accepted], second[accepted])]] = False
    return accept, alike


def _given_elsewhere(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray
                     ) -> np.ndarray:
    """figure_given_elsewhere of statements first[k] and second[k], for every k: only pairs
    whose figures differ, where one sentence holds another figure, are read one by one. A
    sentence's other figures are counted among the statements given, which hold them all
    in a report; a check's candidates hold those of the draft's blocks, where the figure
    that gives another's is."""
    given = np.zeros(len(first), dtype=bool)
    if not len(first):
        return given
    involved, at = np.unique(np.concatenate([first, second]), return_inverse=True)
    a, b = at[: len(first)], at[len(first):]
    chosen = [statements[i] for i in involved]
    beside = np.array([_beside_another(statements, i) for i in involved.tolist()], dtype=bool)
    closed = np.array([_closed(s.quantity) for s in chosen], dtype=bool)
    suspect = (beside[a] & closed[b]) | (beside[b] & closed[a])
    suspect[suspect] = ~AgreementArrays.of([s.quantity for s in chosen]).overlap(
        a[suspect], b[suspect])
    for k in np.flatnonzero(suspect):
        given[k] = figure_given_elsewhere(chosen[a[k]], chosen[b[k]]) is not None
    return given


def _beside_another(statements: Sequence[Statement], at: int) -> bool:
    """Whether another statement of the same sentence is given: extraction lists a
    sentence's statements side by side, and a report or a check keeps that order."""
    this = statements[at]
    return any(0 <= near < len(statements) and statements[near].article is this.article
               and statements[near].sentence_start == this.sentence_start
               for near in (at - 1, at + 1))


def contexts_alike(a: Statement, b: Statement, cosine: float) -> bool:
    """Whether two statements stand in contexts alike: their context cosine (see
    signals.PairSignals) is at least CONTEXT_SIMILARITY. Not two figures one telling
    (one_telling) writes differently: one story's statements share its headline, so their
    cosine says little more than their sentences', and a story that restates its figure
    writes it again ("Lollapalooza drew about 400,000 people" / "Some 400,000 fans passed
    through the gates"), where "The Indian Ocean island welcomed some 2.1m foreign
    visitors" beside "The Maldives drew about 2 million" are two islands' counts."""
    return cosine >= CONTEXT_SIMILARITY and not (
        one_telling(a, b) and written_differently(a.quantity, b.quantity))


def alike_contexts(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray,
                   cosines: np.ndarray) -> np.ndarray:
    """contexts_alike of statements first[k] and second[k], whose context cosine is
    cosines[k] (PairSignals.context_pairs), for every k: figure_bonus's last part. Only the
    pairs the cosine lets through are asked whether one telling writes them apart."""
    alike = np.asarray(cosines) >= CONTEXT_SIMILARITY
    for k in np.flatnonzero(alike):
        alike[k] = contexts_alike(statements[first[k]], statements[second[k]], cosines[k])
    return alike


def figure_bonuses(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray,
                   alike: np.ndarray | None = None) -> np.ndarray:
    """figure_bonus of statements first[k] and second[k], for every k, as arrays, whose
    contexts are alike where alike[k] (nowhere without `alike`): what each statement's
    figure is read once, then compared pair by pair in numpy."""
    chosen, a, b = _pair_members(statements, first, second)
    figures = AgreementArrays.of([s.quantity for s in chosen])
    named = _same_named_units(chosen, a, b)
    bonus = (AGREEMENT_BONUS + SPECIFIC_FIGURE_BONUS * figures.same_specific(a, b)
             + SPECIFIC_UNIT_BONUS * named + (0.0 if alike is None else CONTEXT_BONUS * alike))
    sizes = np.array([s.quantity.magnitude for s in chosen])
    return np.where(figures.overlap(a, b) & _sizes_alike(sizes[a], sizes[b]), bonus, 0.0)


def _same_named_units(chosen: Sequence[Statement], a: np.ndarray, b: np.ndarray
                      ) -> np.ndarray:
    """same_specific_unit of chosen[a[k]] and chosen[b[k]], for every k: each statement's
    named unit read once, as a code."""
    codes: dict[str, int] = {}
    units = np.array([-1 if (unit := named_unit(s)) is None
                      else codes.setdefault(unit, len(codes)) for s in chosen])
    return (units[a] >= 0) & (units[a] == units[b])


def _days_between(chosen: Sequence[Statement], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """How many days apart chosen[a[k]] and chosen[b[k]] are dated, for every k; NaN where
    either is undated."""
    days = np.array([np.nan if s.as_of is None else s.as_of.toordinal() for s in chosen])
    with np.errstate(invalid="ignore"):
        return np.abs(days[a] - days[b])


def _year_apart(gap: np.ndarray) -> np.ndarray:
    """earlier.a_year_apart, on _days_between's gaps."""
    with np.errstate(invalid="ignore"):
        return (gap >= YEAR_APART_DAYS.start) & (gap < YEAR_APART_DAYS.stop)


def _pair_members(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray
                  ) -> tuple[list[Statement], np.ndarray, np.ndarray]:
    """The statements pairs (first[k], second[k]) involve, each once, and where each pair's
    two are among them: what is read per statement is then read once, not once a pair."""
    involved, at = np.unique(np.concatenate([first, second]), return_inverse=True)
    return [statements[i] for i in involved.tolist()], at[: len(first)], at[len(first):]


def bridged(a: Statement, b: Statement) -> bool:
    """Whether one statement's own percent change takes its figure to the other's a year
    before ("763,389 cars in 2024, up 8%" to "708,716 cars in 2023": earlier.year_before),
    or the figure it says it moved from is the other's, dated before it ("£18 a day ...,
    up from £15" and "The charge has been £15": earlier.starting_figure)."""
    for later, before in ((a, b), (b, a)):
        if later.as_of is None or before.as_of is None or before.as_of >= later.as_of:
            continue
        if (started := _starting_figure(later)) is not None and started.overlaps(
                before.quantity):
            return True
        if a_year_apart(later.as_of, before.as_of) and (
                implied := _year_before(later)) is not None and implied.overlaps(before.quantity):
            return True
    return False


def _starting_figure(statement: Statement) -> Quantity | None:
    """earlier.starting_figure of a statement's figure; a sentence without "from" gives
    none, and is not read again."""
    if not _FROM_WORD.search(statement.sentence):
        return None
    start = statement.value_start - statement.sentence_start
    return starting_figure(statement.sentence, start, start + len(statement.value_text),
                           statement.article.published)


_A_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_FROM_WORD = re.compile(r"\bfrom\b", re.IGNORECASE)  # what a starting figure follows


def _year_before(statement: Statement) -> Quantity | None:
    """earlier.year_before of a statement's figure; none for a percentage, whose change in
    percent is no rate of it ("shrank by 0.3%")."""
    if statement.quantity.kind == "percent" or not _A_PERCENT.search(statement.sentence):
        return None
    start = statement.value_start - statement.sentence_start
    return year_before(statement.sentence, start, start + len(statement.value_text),
                       statement.quantity)


def bridge_bonuses(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray
                   ) -> np.ndarray:
    """BRIDGE_BONUS for the pairs (first[k], second[k]) that are bridged, else 0: the
    dates are compared as arrays, only the statements of pairs dated apart are asked
    whether their sentence gives a change or a starting figure, and only pairs with one
    (a year apart, for a change) are read one by one."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    gap = _days_between(chosen, a, b)
    dated_apart = gap > 0
    asked = np.unique(np.concatenate([a[dated_apart], b[dated_apart]]))
    changing = np.zeros(len(chosen), dtype=bool)
    starting = np.zeros(len(chosen), dtype=bool)
    for i in asked.tolist():
        changing[i] = _year_before(chosen[i]) is not None
        starting[i] = _starting_figure(chosen[i]) is not None
    read = ((_year_apart(gap) & (changing[a] | changing[b]))
            | (dated_apart & (starting[a] | starting[b])))
    for k in np.flatnonzero(read).tolist():
        if bridged(chosen[a[k]], chosen[b[k]]):
            bonuses[k] = BRIDGE_BONUS
    return bonuses


def _evidence_beyond_figures(statements: Sequence[Statement], first: np.ndarray,
                             second: np.ndarray) -> np.ndarray:
    """The log-odds pairs (first[k], second[k]) earn beyond figure_bonuses: a bridging
    change, one named count, a described restatement, rival estimates, a described place,
    a yearly figure and the next year's (named, or given by a description), a toll told
    again as it grows, a figure told again a year on, a place's rate told again as it moves
    (is_same_fact's evidence, as arrays)."""
    return (bridge_bonuses(statements, first, second)
            + named_count_bonuses(statements, first, second)
            + described_restatement_bonuses(statements, first, second)
            + rival_estimate_bonuses(statements, first, second)
            + described_place_bonuses(statements, first, second)
            + year_on_year_bonuses(statements, first, second)
            + toll_update_bonuses(statements, first, second)
            + year_later_update_bonuses(statements, first, second)
            + rate_update_bonuses(statements, first, second))


def rival_estimates(a: Statement, b: Statement) -> bool:
    """Whether two statements give differing figures of a size alike for one moment, each
    saying whose figure it is (frames.gives_its_source): two sources' counts of one thing
    ("About a million people attended the Notting Hill Carnival, organisers said" / "Police
    put the two-day crowd at west London's carnival at some 750,000"), which the gates have
    already found to be of one measure, thing, place and subject. Evidence of the conflict
    an editor most needs to see; figures that agree earn figure_bonus instead."""
    return (_at_odds_at_one_moment(a, b)
            and gives_its_source(a.sentence) and gives_its_source(b.sentence))


def _at_odds_at_one_moment(a: Statement, b: Statement) -> bool:
    """rival_estimates without its sources: one moment, figures that differ, of a size alike
    (for two counts of people, a crowd's, within RIVAL_MAGNITUDE_GAP)."""
    gap = (RIVAL_MAGNITUDE_GAP if counts_people(a) and counts_people(b)
           else EVIDENCE_MAGNITUDE_GAP)
    return (one_moment(a, b) and not figures_agree(a, b)
            and bool(_sizes_alike(np.array(a.quantity.magnitude),
                                  np.array(b.quantity.magnitude), gap)))


def rival_estimate_bonuses(statements: Sequence[Statement], first: np.ndarray,
                           second: np.ndarray) -> np.ndarray:
    """RIVAL_ESTIMATES_BONUS for the pairs (first[k], second[k]) that are rival_estimates,
    else 0: the dates are compared as arrays, and only the sentences of pairs of one moment
    are asked whether they give their source, each once."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    near = _days_between(chosen, a, b) <= ONE_MOMENT_DAYS  # one day, or told later (moments)
    sourced = np.zeros(len(chosen), dtype=bool)
    for i in np.unique(np.concatenate([a[near], b[near]])).tolist():
        sourced[i] = gives_its_source(chosen[i].sentence)
    for k in np.flatnonzero(near & sourced[a] & sourced[b]).tolist():
        if _at_odds_at_one_moment(chosen[a[k]], chosen[b[k]]):
            bonuses[k] = RIVAL_ESTIMATES_BONUS
    return bonuses


def described_place_restatement(a: Statement, b: Statement) -> bool:
    """Whether one statement names a place or a sight (_names_a_place: "Mykonos", "Trakai
    Island Castle") and the other, dated within DESCRIBED_PLACE_DAYS of it, describes one
    by its kind (_describes_a_place: "The Cycladic island", "the lagoon city's old town",
    "The Lithuanian lake fortress"), both counting one kind of thing (_one_kind_counted:
    residents as people, visitors as people or bathers) with figures that agree, of no
    event: a place's figure restated under a description the embedding cannot tell from
    its name ("Mykonos has about 10,000 residents" / "The Cycladic island is home to some
    10,000 people year-round"). The gates have seen that the places agree; figures that
    disagree stay apart (described_place_apart)."""
    return (((_describes_a_place(a) and _names_a_place(b))
             or (_describes_a_place(b) and _names_a_place(a)))
            and _restated_that_week(a, b))


def _restated_that_week(a: Statement, b: Statement) -> bool:
    """The rest of described_place_restatement, once one statement describes the place the
    other names: dated within DESCRIBED_PLACE_DAYS, of no event, one kind of thing counted,
    figures that agree."""
    if a.as_of is None or b.as_of is None or a.events or b.events:
        return False
    return (abs((a.as_of - b.as_of).days) <= DESCRIBED_PLACE_DAYS
            and _one_kind_counted(a, b) and figures_agree(a, b))


def _describes_a_place(statement: Statement) -> bool:
    """Whether a statement describes a single place by its kind (extract.describes_one_place)
    and names none narrower than a province, nor anyone but whom the corpus names it as
    (descriptions.resolve_descriptions), nor a whole of many."""
    return (describes_one_place(statement.sentence)
            and all(is_country(place) or is_province(place) or place.startswith(lex.REACH_MARKS)
                    or _only_located_by(statement.sentence, place)
                    for place in statement.places)
            and (not names_someone(statement.subjects) or NAMED_ELSEWHERE in statement.subjects)
            and not marks(statement.subjects, *_OF_MANY))


# The words a description locates its sight by, before a town that is not the sight: "The
# island in the Bay of Bothnia off Oulu" is Hailuoto, "The car-free island off Angra dos
# Reis" Ilha Grande.
_LOCATED_BY = re.compile(r"\b(?:near|off|outside|close\s+to)\s+(?:the\s+)?$")


def _only_located_by(sentence: str, place: str) -> bool:
    """Whether a sentence names a place only as the town its sight lies near (_LOCATED_BY)."""
    named = list(re.finditer(rf"\b{re.escape(place)}\b", sentence))
    return bool(named) and all(_LOCATED_BY.search(sentence, 0, found.start())
                               for found in named)


def _names_a_place(statement: Statement) -> bool:
    """Whether a statement names someone (a sight: "Trakai Island Castle") or a place that
    is no country ("Mykonos", "Sibiu")."""
    return names_someone(statement.subjects) or any(
        not is_country(place) and not place.startswith(lex.REACH_MARKS)
        for place in statement.places)


def _one_kind_counted(a: Statement, b: Statement) -> bool:
    """Whether two statements count one kind of thing, named alike or apart: one named unit
    (same_specific_unit), a crowd as visitors and as people (_crowd_counted_twice), a
    place's residents as its people, or things lex.THINGS_COUNTED_ALIKE ("visitors" and
    "bathers")."""
    kinds = frozenset({thing_core(a.thing), thing_core(b.thing)})
    return (same_specific_unit(a, b) or _crowd_counted_twice(a, b)
            or kinds == _RESIDENTS_AS_PEOPLE or kinds in lex.THINGS_COUNTED_ALIKE)


_RESIDENTS_AS_PEOPLE = frozenset({"people", "residents"})


def described_place_bonuses(statements: Sequence[Statement], first: np.ndarray,
                            second: np.ndarray) -> np.ndarray:
    """DESCRIBED_PLACE_BONUS for the pairs (first[k], second[k]) that are
    described_place_restatement, else 0: each statement is asked once whether it describes
    or names a place, and only pairs of the same week with one of each are read further."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    describes = np.array([_describes_a_place(s) for s in chosen], dtype=bool)
    names = np.array([_names_a_place(s) for s in chosen], dtype=bool)
    with np.errstate(invalid="ignore"):
        near = _days_between(chosen, a, b) <= DESCRIBED_PLACE_DAYS
    for k in np.flatnonzero(near & ((describes[a] & names[b]) | (describes[b] & names[a]))
                            ).tolist():
        if _restated_that_week(chosen[a[k]], chosen[b[k]]):
            bonuses[k] = DESCRIBED_PLACE_BONUS
    return bonuses


def year_on_year(a: Statement, b: Statement) -> bool:
    """Whether two figures that differ are each dated by its own sentence to one day of
    consecutive years ("in 2023" / "last year" in a 2025 article; "in the year to June" a
    year on), to the ends of consecutive months each names ("in July" / "in August":
    _month_of_series) or to two censuses ("at the 2013 census": _census_year), of a size
    alike (EVIDENCE_MAGNITUDE_GAP), each naming someone or
    each naming no one, or one describing a place or sight by its kind and the other naming
    one (_described_beside_named): a yearly figure and the next year's ("Ljubljana's castle
    funicular carried about 300,000 passengers in 2023" / "The Slovenian capital's castle
    railway took some 380,000 riders last year"; "Mozart's Birthplace in Salzburg had
    320,000 visitors in 2023" / "About 350,000 people filed through the composer's
    childhood home in 2024"), the change over time a report is for, though the pair score
    counts a year between two reports against them. Any other statement naming a party
    beside one naming none is left to the score: the gates let any unnamed subject through.
    Figures that agree earn figure_bonus instead."""
    return _yearly_figures(a, b) and _yearly_naming(a, b)


def described_yearly(a: Statement, b: Statement) -> bool:
    """Whether two statements are yearly figures of consecutive years as year_on_year's are,
    one naming a business or a sight and the other restating it by a description that
    year_on_year does not take for a described place (it names a town, or describes a
    business), the two a described restatement (described_restatement): "Etsy's gross
    merchandise sales totalled $13.2 billion in 2023" / "Shoppers spent about $12.6bn on
    the handmade-goods marketplace last year"; "Spiš Castle had about 160,000 visitors in
    2023" / "The ruined Slovak fortress above Spišské Podhradie drew some 185,000 visitors
    last year". Weaker evidence than a named yearly series: the description cannot be
    checked against the name."""
    return (_yearly_figures(a, b) and not _yearly_naming(a, b)
            and described_restatement(a, b))


def _yearly_figures(a: Statement, b: Statement) -> bool:
    """Two figures that differ, each dated by its own sentence to one day of consecutive
    years or months (_consecutive_periods), or each to "this year" of articles about a year
    apart (_this_years_apart), of a size alike: year_on_year's and described_yearly's
    series."""
    return (((_dated_by_its_sentence(a) and _dated_by_its_sentence(b)
              and _consecutive_periods(a, b)) or _this_years_apart(a, b))
            and not figures_agree(a, b)
            and bool(_sizes_alike(np.array(a.quantity.magnitude),
                                  np.array(b.quantity.magnitude))))


def _yearly_naming(a: Statement, b: Statement) -> bool:
    """year_on_year's naming: each naming someone or each naming no one, or a place or sight
    described by its kind beside one named."""
    return bool(a.subjects) == bool(b.subjects) or _described_beside_named(a, b)


def _described_beside_named(a: Statement, b: Statement) -> bool:
    """Whether one statement describes a place or sight by its kind and the other names one
    (described_place_restatement's two sides)."""
    return ((_describes_a_place(a) and _names_a_place(b))
            or (_describes_a_place(b) and _names_a_place(a)))


# "drew some 20,000 people this year": a figure of the year its article is published in,
# as a yearly event's edition is ("DokuFest in Prizren drew about 15,000 visitors this year"
# a year before).
_THIS_YEAR = re.compile(r"\bthis\s+year\b(?!['’])", re.IGNORECASE)
# How far from a year apart two articles of a yearly event's editions may be published: an
# event held on the same week each year is reported on days that drift.
EDITIONS_APART_DAYS = range(365 - 31, 366 + 31)


def _this_years_apart(a: Statement, b: Statement) -> bool:
    """Whether each sentence dates its figure to "this year", in articles published about a
    year apart (EDITIONS_APART_DAYS): two editions of a yearly figure."""
    return (_of_this_year(a) and _of_this_year(b) and a.as_of is not None
            and b.as_of is not None and abs((a.as_of - b.as_of).days) in EDITIONS_APART_DAYS)


def _of_this_year(statement: Statement) -> bool:
    """Whether a statement dates its figure to "this year" and by its article's day."""
    return (not _dated_by_its_sentence(statement)
            and _THIS_YEAR.search(statement.sentence) is not None)


def _dated_by_its_sentence(statement: Statement) -> bool:
    """Whether a statement's sentence gives the date of its figure, not its article."""
    return statement.as_of is not None and statement.as_of != statement.article.published


def _consecutive_years(a: date | None, b: date | None) -> bool:
    return (a is not None and b is not None and (a.month, a.day) == (b.month, b.day)
            and abs(a.year - b.year) == 1)


def _month_of_series(statement: Statement) -> int | None:
    """The month a figure's own sentence dates it to, counted so that months in a row
    differ by one, where the sentence names the month and the figure is as of its last day
    ("jumped to 7.84% in July", "at the end of June"): a monthly series, as a yearly one is
    a year's. None otherwise: "last year" and "in the first quarter" name no month."""
    when = statement.as_of
    if not _dated_by_its_sentence(statement) or when is None or (
            when + timedelta(days=1)).day != 1:
        return None
    named = re.search(rf"\b{lex.MONTH_NAMES[when.month - 1].title()}\b", statement.sentence)
    return when.year * 12 + when.month if named else None


# "reached 18.1 million at the 2023 census": a count a census dates.
_CENSUS = re.compile(r"\bcensus(?:es)?\b", re.IGNORECASE)


def _census_year(statement: Statement) -> int | None:
    """The year of the census a statement's own sentence dates its figure to; None where it
    names no census. Censuses come five or ten years apart, so two of them are a series as
    two years in a row are: "Senegal's population reached 18.1 million at the 2023 census"
    / "The West African country had 13.5 million people at the 2013 census"."""
    if not _dated_by_its_sentence(statement) or not _CENSUS.search(statement.sentence):
        return None
    return statement.as_of.year if statement.as_of else None


def _consecutive_periods(a: Statement, b: Statement) -> bool:
    """Whether two figures are dated by their sentences to one day of consecutive years, to
    the ends of consecutive months each sentence names (_month_of_series), or to two
    censuses (_census_year)."""
    if _consecutive_years(a.as_of, b.as_of):
        return True
    census, other_census = _census_year(a), _census_year(b)
    if census is not None and other_census is not None and census != other_census:
        return True
    month, other = _month_of_series(a), _month_of_series(b)
    return month is not None and other is not None and abs(month - other) == 1


def year_on_year_bonuses(statements: Sequence[Statement], first: np.ndarray,
                         second: np.ndarray) -> np.ndarray:
    """YEAR_ON_YEAR_BONUS for the pairs (first[k], second[k]) that are year_on_year,
    DESCRIBED_YEARLY_BONUS for those that are described_yearly, else 0: each statement's
    date, naming and size are read once and compared as arrays, and only the few pairs of
    consecutive years or months, or of two censuses, have their figures compared."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    dated = np.array([_dated_by_its_sentence(s) for s in chosen], dtype=bool)
    year = np.array([s.as_of.year if s.as_of else 0 for s in chosen])
    day = np.array([(s.as_of.month, s.as_of.day) if s.as_of else (0, 0) for s in chosen]
                   ).reshape(len(chosen), 2)
    naming = np.array([bool(s.subjects) for s in chosen], dtype=bool)
    sizes = np.array([s.quantity.magnitude for s in chosen], dtype=np.float64)
    month = np.array([-2 if (named := _month_of_series(s)) is None else named
                      for s in chosen])  # -2 and -2 are no months in a row
    census = np.array([-1 if (counted := _census_year(s)) is None else counted
                       for s in chosen])
    this_year = np.array([_of_this_year(s) for s in chosen], dtype=bool)
    ordinal = np.array([s.as_of.toordinal() if s.as_of else 0 for s in chosen])
    apart = np.abs(ordinal[a] - ordinal[b])
    found = _sizes_alike(sizes[a], sizes[b]) & (
        (dated[a] & dated[b]
         & (((np.abs(year[a] - year[b]) == 1) & (day[a] == day[b]).all(axis=1))
            | ((month[a] >= 0) & (np.abs(month[a] - month[b]) == 1))
            | ((census[a] >= 0) & (census[b] >= 0) & (census[a] != census[b]))))
        | (this_year[a] & this_year[b] & (apart >= EDITIONS_APART_DAYS.start)
           & (apart < EDITIONS_APART_DAYS.stop)))
    accepted = found.copy()
    if (one_sided := found & (naming[a] != naming[b])).any():
        asked = np.unique(np.concatenate([a[one_sided], b[one_sided]]))
        describes = np.zeros(len(chosen), dtype=bool)
        names = np.zeros(len(chosen), dtype=bool)
        for i in asked.tolist():
            describes[i] = _describes_a_place(chosen[i])
            names[i] = _names_a_place(chosen[i])
        accepted &= ~one_sided | (describes[a] & names[b]) | (describes[b] & names[a])
    for k in np.flatnonzero(found).tolist():
        first_one, second_one = chosen[a[k]], chosen[b[k]]
        if figures_agree(first_one, second_one):
            continue
        if accepted[k]:
            bonuses[k] = YEAR_ON_YEAR_BONUS
        elif described_restatement(first_one, second_one):
            bonuses[k] = DESCRIBED_YEARLY_BONUS
    return bonuses


def toll_update(a: Statement, b: Statement) -> bool:
    """Whether two statements give differing tolls of one harm (lex.HARM_MEASURES: killed,
    injured, missing), dated apart by no more than TOLL_UPDATE_DAYS, one of them saying the
    toll moved (moments.says_it_moved): a toll told again as it grows ("At least 44 people
    died in the blaze at Wang Fuk Court" / "The death toll from the fire has risen to 128"
    the next day), the change over days a report is for, whose second telling seldom reads
    like the first. The gates have seen that the kinds of event and the places agree."""
    return (a.as_of is not None and b.as_of is not None
            and 0 < abs((a.as_of - b.as_of).days) <= TOLL_UPDATE_DAYS
            and (says_it_moved(a.sentence) or says_it_moved(b.sentence))
            and _differing_tolls_of_one_harm(a, b))


def _differing_tolls_of_one_harm(a: Statement, b: Statement) -> bool:
    """The rest of toll_update, once the dates and the wording are known."""
    return (a.measure == b.measure and a.measure in lex.HARM_MEASURES
            and not figures_agree(a, b))


def toll_update_bonuses(statements: Sequence[Statement], first: np.ndarray,
                        second: np.ndarray) -> np.ndarray:
    """TOLL_UPDATE_BONUS for the pairs (first[k], second[k]) that are toll_update, else 0:
    the dates are compared as arrays, and only pairs of tolls a few days apart are read
    further, each sentence once."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    toll = np.array([s.measure in lex.HARM_MEASURES for s in chosen], dtype=bool)
    gap = _days_between(chosen, a, b)
    with np.errstate(invalid="ignore"):
        near = toll[a] & toll[b] & (gap > 0) & (gap <= TOLL_UPDATE_DAYS)
    moved = np.zeros(len(chosen), dtype=bool)
    for i in np.unique(np.concatenate([a[near], b[near]])).tolist():
        moved[i] = says_it_moved(chosen[i].sentence)
    for k in np.flatnonzero(near & (moved[a] | moved[b])).tolist():
        if _differing_tolls_of_one_harm(chosen[a[k]], chosen[b[k]]):
            bonuses[k] = TOLL_UPDATE_BONUS
    return bonuses


# The roles of a figure that gives a level, not a step towards one: a total ("costs €8") or a
# rate ("€5 a night", "£169.50 a year").
_LEVELS = frozenset({"total", "rate"})


# How far apart two article-dated levels may be told for the later, saying its figure is
# new, to be the earlier's told again (year_later_update): a year on, or two, as a fare
# or an entry price moves between a travel desk's yearly stories.
UPDATED_WITHIN_DAYS = range(YEAR_APART_DAYS.start, 2 * YEAR_APART_DAYS.stop)


def year_later_update(a: Statement, b: Statement) -> bool:
    """Whether two differing levels (totals or rates) of a size alike, each dated only by its
    article, the articles a year or two apart (UPDATED_WITHIN_DAYS), are a figure told again
    a year or two on: the later sentence says its figure is new (moments.says_it_changed:
    "now", "rose to"), neither gives a record or a peak (moments.gives_a_peak). A price or a
    count updated by the next year's story ("A ticket to the Rock of Cashel costs €8" /
    "Entry to the Tipperary landmark rose to €10 this year"; "The return fare from
    Interlaken was CHF 225" / "A return ticket from Interlaken to the Jungfraujoch now costs
    CHF 240") seldom reads like the first telling, and the pair score counts the year
    between them against it; year_on_year weighs figures whose sentences give their own
    years."""
    if a.as_of is None or b.as_of is None:
        return False
    later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
    return (not _dated_by_its_sentence(a) and not _dated_by_its_sentence(b)
            and (later.as_of - earlier.as_of).days in UPDATED_WITHIN_DAYS
            and says_it_changed(later.sentence)
            and _levels_moved(a, b))


def _levels_moved(a: Statement, b: Statement) -> bool:
    """The rest of year_later_update, once the dates and the later's words are known."""
    return ({a.role, b.role} <= _LEVELS and not figures_agree(a, b)
            and bool(_sizes_alike(np.array(a.quantity.magnitude),
                                  np.array(b.quantity.magnitude)))
            and not gives_a_peak(a.sentence) and not gives_a_peak(b.sentence))


def year_later_update_bonuses(statements: Sequence[Statement], first: np.ndarray,
                              second: np.ndarray) -> np.ndarray:
    """YEAR_LATER_UPDATE_BONUS for the pairs (first[k], second[k]) that are
    year_later_update, else 0: the dates are compared as arrays, and only pairs of
    article-dated figures a year or two apart are read further, each later sentence once."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    article_dated = np.array([s.as_of is not None and not _dated_by_its_sentence(s)
                              for s in chosen], dtype=bool)
    days = np.array([s.as_of.toordinal() if s.as_of else 0 for s in chosen])
    gap = np.abs(days[a] - days[b])
    near = (article_dated[a] & article_dated[b] & (gap >= UPDATED_WITHIN_DAYS.start)
            & (gap < UPDATED_WITHIN_DAYS.stop))
    return _where_the_later_changed(chosen, a, b, days, near, _levels_moved,
                                    YEAR_LATER_UPDATE_BONUS)


def _where_the_later_changed(chosen: list[Statement], a: np.ndarray, b: np.ndarray,
                             days: np.ndarray, near: np.ndarray,
                             moved: Callable[[Statement, Statement], bool],
                             bonus: float) -> np.ndarray:
    """`bonus` for the pairs (a[k], b[k]) of `chosen` that are `near`, whose later statement
    (by `days`) says its figure is new (moments.says_it_changed, each later sentence read
    once) and that the rest of the evidence, `moved`, holds for; else 0."""
    bonuses = np.zeros(len(a))
    later = np.where(days[a] > days[b], a, b)
    changed = np.zeros(len(chosen), dtype=bool)
    for i in np.unique(later[near]).tolist():
        changed[i] = says_it_changed(chosen[i].sentence)
    for k in np.flatnonzero(near & changed[later]).tolist():
        if moved(chosen[a[k]], chosen[b[k]]):
            bonuses[k] = bonus
    return bonuses


def rate_update(a: Statement, b: Statement) -> bool:
    """Whether two statements give one place's rate of one series (lex.RATE_SERIES_MEASURES:
    a central bank's rate, inflation, the jobless rate) on different days at levels of a
    size alike that differ, the later sentence saying it moved (moments.says_it_changed:
    "cut its policy rate to", "slowed to"), neither a record or a peak: the rate told again
    as it moves ("The kingdom's central bank held its key rate at 7.25% in January 2025" /
    "Eswatini cut its policy rate to 7%"), the change its news is for, whose retelling
    seldom reads like the first. The gates have seen that the measures and places agree;
    this asks that both name the place, so a rate placed nowhere earns nothing."""
    if a.as_of is None or b.as_of is None or a.as_of == b.as_of:
        return False
    later = a if a.as_of > b.as_of else b
    return says_it_changed(later.sentence) and _one_places_rate_moved(a, b)


def _one_places_rate_moved(a: Statement, b: Statement) -> bool:
    """The rest of rate_update, once the dates and the later's words are known."""
    return (a.measure == b.measure and a.measure in lex.RATE_SERIES_MEASURES
            and bool(a.places) and a.places == b.places and _levels_moved(a, b))


def rate_update_bonuses(statements: Sequence[Statement], first: np.ndarray,
                        second: np.ndarray) -> np.ndarray:
    """RATE_UPDATE_BONUS for the pairs (first[k], second[k]) that are rate_update, else 0:
    the measures and dates are compared as arrays, and only pairs of one series' rates
    dated apart are read further, each later sentence once."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    series = np.array([s.measure in lex.RATE_SERIES_MEASURES for s in chosen], dtype=bool)
    days = np.array([s.as_of.toordinal() if s.as_of else 0 for s in chosen])
    dated = np.array([s.as_of is not None for s in chosen], dtype=bool)
    near = series[a] & series[b] & dated[a] & dated[b] & (days[a] != days[b])
    return _where_the_later_changed(chosen, a, b, days, near, _one_places_rate_moved,
                                    RATE_UPDATE_BONUS)


def one_named_count(a: Statement, b: Statement) -> bool:
    """Whether two statements count one named thing (same_specific_unit: "visitors",
    "stores", not "people" save a crowd beside its visitors, _crowd_counted_twice) and name
    one subject by its name (subjects.names_one_subject): evidence of one fact whatever
    their figures and dates, as a year's restatement of an annual count is ("Pamukkale
    received 2.5 million visitors in 2023"). Not a statement that describes its business,
    even once the corpus has named it (descriptions.resolve_descriptions):
    described_restatement weighs those, within a year's drift."""
    return (a.quantity.kind == "count" == b.quantity.kind
            and (same_specific_unit(a, b) or _crowd_counted_twice(a, b))
            and not _describes(a.subjects) and not _describes(b.subjects)
            and names_one_subject(_holders(a), _holders(b)))


def _holders(statement: Statement) -> frozenset[str]:
    """A statement's names but the model whose units it counts: "The FAA grounded 171
    Boeing 737 Max 9 jets" counts a model's jets whoever holds them, so "Alaska has 65 Max 9
    aircraft" names no one subject with it (one_named_count)."""
    counted = statement.frame.partition(MASK)[2].lstrip()
    return frozenset(name for name in statement.subjects if not counted.startswith(name))


# The named unit a crowd's visitors, fans, guests and attendees are counted in.
CROWD_UNIT = "visitors"


def _crowd_counted_twice(a: Statement, b: Statement) -> bool:
    """Whether one statement counts visitors (or fans, guests, attendees: one named unit)
    and the other people, within a year's drift (RESTATED_DRIFT_RATIO): a named event's or
    sight's crowd, counted both ways ("Vivid Sydney drew 3.7 million visitors" / "Vivid
    Sydney attracted 3.5 million people in 2023"), not the people it employs. Evidence only
    beside one named subject (one_named_count): people alone are given of too many facts."""
    return bool(any(counts_people(x) and named_unit(y) == CROWD_UNIT for x, y in ((a, b), (b, a)))
                and within_ratio(a.quantity.midpoint, b.quantity.midpoint,
                                 RESTATED_DRIFT_RATIO))


def _crowds_counted_twice(chosen: Sequence[Statement], a: np.ndarray, b: np.ndarray,
                          figures: np.ndarray) -> np.ndarray:
    """_crowd_counted_twice of chosen[a[k]] and chosen[b[k]], for every k, given each
    statement's figure (_figures): each statement's count read once."""
    people = np.array([counts_people(s) for s in chosen], dtype=bool)
    crowd = np.array([named_unit(s) == CROWD_UNIT for s in chosen], dtype=bool)
    return (((people[a] & crowd[b]) | (crowd[a] & people[b]))
            & within_ratio(figures[a], figures[b], RESTATED_DRIFT_RATIO))


def _figures(chosen: Sequence[Statement]) -> np.ndarray:
    """Each statement's figure, as the midpoint of what it may mean."""
    return np.array([s.quantity.midpoint for s in chosen], dtype=np.float64)


def counts_people(statement: Statement) -> bool:
    """Whether a statement counts people, which a crowd's visitors may be
    (_crowd_counted_twice), and which the corpus may name as it names visitors
    (descriptions.resolve_descriptions)."""
    return not statement.quantity.vague and thing_core(statement.thing) == "people"


def named_count_bonuses(statements: Sequence[Statement], first: np.ndarray,
                        second: np.ndarray) -> np.ndarray:
    """NAMED_COUNT_BONUS for the pairs (first[k], second[k]) that are one_named_count, else
    0: the counted things are compared as codes, and only pairs of one named thing, neither
    of whose statements describes its business, have their names compared."""
    bonuses = np.zeros(len(first))
    if not len(first):
        return bonuses
    chosen, a, b = _pair_members(statements, first, second)
    codes: dict[str, int] = {}
    asked = np.array([s.quantity.kind == "count" and bool(s.subjects)
                      and not _describes(s.subjects) for s in chosen], dtype=bool)
    counted = np.array([
        codes.setdefault(unit, len(codes)) if ask and (unit := named_unit(s)) is not None
        else -1 for s, ask in zip(chosen, asked, strict=True)])
    alike = (((counted[a] >= 0) & (counted[a] == counted[b]))
             | (asked[a] & asked[b] & _crowds_counted_twice(chosen, a, b, _figures(chosen))))
    named: dict[tuple[frozenset[str], frozenset[str]], bool] = {}  # few distinct subjects
    holders = [_holders(s) if ask else s.subjects for s, ask in zip(chosen, asked, strict=True)]
    for k in np.flatnonzero(alike).tolist():
        key = (holders[a[k]], holders[b[k]])
        if key not in named:
            named[key] = names_one_subject(*key)
        if named[key]:
            bonuses[k] = NAMED_COUNT_BONUS
    return bonuses


# How far apart a named business's yearly figure and its restatement by a description may
# lie: a year's count or sum seldom moves by half (Li Auto's deliveries, up 40% in a year,
# are the fastest of the seen splits' restatements).
RESTATED_DRIFT_RATIO = 1.5
# What describes a business in place of its name: its home ("The Berlin-based meal-kit
# company"), its products ("The Birkin bag maker"), its owner ("The FanDuel owner"), its rank
# ("The world's biggest cosmetics company"); subjects.py marks each. And a sight of a kind
# left unnamed that the corpus has named (NAMED_ELSEWHERE: "Tokyo's busiest airport", named
# Haneda by Haneda's figure of the same day) is worded as one.
_DESCRIPTIONS = (HOMED, MADE_BY_OTHER, OWNED_BY, RANKED, NAMED_ELSEWHERE, LED_BY)


def described_restatement(a: Statement, b: Statement) -> bool:
    """Whether one statement names a business by its name and the other restates it
    (_restates: by a description, or by no name under a headline that names no one else;
    or a place, by a country of a region left unnamed), both give a figure of one named
    unit (same_specific_unit, or a crowd counted as people beside its visitors:
    _crowd_counted_twice) dated a year apart (earlier.YEAR_APART_DAYS), and the figures
    lie within RESTATED_DRIFT_RATIO: a profile's figure beside a named business's of the
    year before ("The Istanbul-based budget carrier flew some 37.2m travellers last year" /
    "Pegasus carried 34.6 million passengers in 2023"; "The cableway carried about 980,000
    visitors in 2023" / "The Table Mountain Aerial Cableway carried a record 1.1 million
    visitors in 2024"), which the pair score reads as two facts because the embedding
    cannot tell the name from the description and a year's gap costs the score most. The
    description cannot be checked against the name, so the bonus can only make a change:
    two businesses of a kind with close figures at one moment would make a false conflict
    ("The Hyundai affiliate shipped nearly 3.09 million cars" / "Renault Group sold
    2,264,815 vehicles"), and figures further apart are likelier another business's."""
    return bool((same_specific_unit(a, b) or _crowd_counted_twice(a, b))
                and (_restates(a, b) or _restates(b, a))
                and (a_year_apart(a.as_of, b.as_of) or a_year_apart(b.as_of, a.as_of))
                and within_ratio(a.quantity.midpoint, b.quantity.midpoint,
                                 RESTATED_DRIFT_RATIO))


def _restates(unnamed: Statement, named: Statement) -> bool:
    """Whether `named` names a business and `unnamed` may be its restatement: it describes
    a business (it may carry a name too, the corpus's or its headline's: the gates have
    then seen that the names agree), or it names no one at all, nor a whole of many
    (_OF_MANY: "Airlines carried"), and its headline names no one else ("The museum
    received 8.7 million visitors" under a headline naming the Louvre or no one, not under
    one naming the Prado). Or, neither naming anyone, `named` names a place and `unnamed`
    a country of a region left unnamed, and no place ("The landlocked Southeast Asian
    nation drew about 4.1m international visitors last year" / "Laos received 3.4 million
    foreign visitors in 2023"), or a part of the named place's country
    (_describes_a_place_of: "The former Viking capital received some 190,000 cruise
    visitors last year" / "Trondheim welcomed 160,000 cruise passengers in 2023"): a place
    described in place of its name."""
    if not names_a_party(named.subjects):
        return names_no_one(named.subjects) and names_no_one(unnamed.subjects) and (
            (bool(named.places) and not unnamed.places
             and names_one_country_of_a_region(unnamed.sentence))
            or _describes_a_place_of(unnamed, named))
    return _describes(unnamed.subjects) or (
        names_no_one(unnamed.subjects)
        and names_agree(headline_names(unnamed.article.title), named.subjects))


def _describes_a_place_of(unnamed: Statement, named: Statement) -> bool:
    """Whether `unnamed` places its figure in a part of a country it describes
    (described_part: "The former Viking capital") and `named` names a place of that country
    ("Trondheim"), and the description's headline names no other place ("The Norwegian
    city" under "Bergen weighs cruise limits" is Bergen, not Trondheim)."""
    places = {place for place in named.places
              if not is_country(place) and country_of(place) in unnamed.places}
    if not places or not described_part(unnamed.places):
        return False
    headline = find_places(unnamed.article.title) if unnamed.article.title else frozenset()
    return all(is_country(place) or place in places for place in headline)


def names_no_one(names: frozenset[str]) -> bool:
    """Whether a statement names no one at all, nor a whole of many (_OF_MANY): one that may
    restate a named business's or sight's figure (_restates), or be named by the corpus
    (descriptions.resolve_descriptions)."""
    return not names_someone(names) and not marks(names, *_OF_MANY)


# Marks of a figure of many, no restatement of one business's: "every airline", a country's
# carriers together, an industry ("every business: airline").
_OF_MANY = (EVERY, WHOLE, INDUSTRY)


def resolved_restatement(a: Statement, b: Statement) -> bool:
    """A described_restatement whose described statement is named too: by the corpus
    (descriptions.resolve_descriptions) or by its headline ("The Swiss-based miner and
    trader" under a headline naming Glencore). The gates have then seen that its name is
    the other statement's, not another business's of its kind."""
    return restatement(a, b)[1]


def restatement(a: Statement, b: Statement) -> tuple[bool, bool]:
    """(described_restatement, resolved_restatement), the restatement read once."""
    described = described_restatement(a, b)
    return described, described and names_someone(a.subjects) and names_someone(b.subjects)


def described_apart(a: Statement, b: Statement) -> bool:
    """Whether one statement names a business only by a description and the other names
    one, dated less than a year apart, with figures further apart than RESTATED_DRIFT_RATIO:
    two businesses of a kind, not one business's conflicting reports ("The Stuttgart sports
    car maker handed over some 310,700 cars last year" / "Volvo Cars sold a record 763,389
    cars in 2024"; "The second-largest US oil company earned about $17.7bn" / "Exxon Mobil
    earned $33.7 billion"). The counterpart of described_restatement: a year apart, a
    business may have grown that much. Not two sources' estimates of one moment, each
    sentence giving its source, of a size alike (_sourced_at_once): "Wolt works with about
    15,000 couriers in Finland, the company said" / "Unions put the number of riders
    delivering for the Helsinki-based app at some 9,000" is one business's conflict. So
    are a figure one story gives naming no one and one it gives naming someone, of one
    moment and no event (_unnamed_beside_named): "The fringing reef off Exmouth runs some
    160 miles" / "The Great Barrier Reef stretches about 2,300 km" are two reefs, where one
    figure restated the other would be written alike (not "The Claude maker is now valued
    at $183bn" / "It was valued at $61.5bn in March", a figure and its past)."""
    if a.as_of is None or b.as_of is None or not (
            (described_only(a.subjects) and names_someone(b.subjects))
            or (described_only(b.subjects) and names_someone(a.subjects))
            or _unnamed_beside_named(a, b)):
        return False
    return bool(abs((a.as_of - b.as_of).days) < YEAR_APART_DAYS.start
                and _drifted_apart(a.quantity.midpoint, b.quantity.midpoint)
                and not (_sourced_at_once(np.array(a.as_of.toordinal()),
                                          np.array(b.as_of.toordinal()),
                                          np.array(a.quantity.magnitude),
                                          np.array(b.quantity.magnitude))
                         and gives_its_source(a.sentence) and gives_its_source(b.sentence)))


def _unnamed_beside_named(a: Statement, b: Statement) -> bool:
    """Whether one story (one_telling) gives two figures of one moment and no event, one
    naming someone, or a lake by its name, and the other neither."""
    return (one_telling(a, b) and a.as_of == b.as_of and not (a.events or b.events)
            and _names_one(a) != _names_one(b))


def _names_one(statement: Statement) -> bool:
    """Whether a statement names whose its figure is: someone, or a lake by its name, which
    no subject holds ("Lake Managua covers about 1,042 square kilometres": _lake)."""
    return names_someone(statement.subjects) or bool(_lake(statement.sentence))


def _sourced_at_once(first_day: np.ndarray, second_day: np.ndarray, first_size: np.ndarray,
                     second_size: np.ndarray) -> np.ndarray:
    """Dates a day apart at most and sizes alike: where two sourced figures may be two
    sources' estimates of one thing (described_apart), before the sources are read."""
    with np.errstate(invalid="ignore"):
        return (np.abs(first_day - second_day) <= 1) & _sizes_alike(first_size, second_size)


def headlined_apart(a: Statement, b: Statement) -> bool:
    """Whether one statement names its subject only by its kind under a headline naming
    another than the other statement names (subjects.headlines_agree), and the figures
    disagree: "The president's party took 40.7 percent" under "Argentine markets soar after
    Milei win" is no conflict with "The Peronist coalition came second with 31.7%". The
    headline need not name the sentence's subject (it may name its owner, its star, its
    event), so agreeing figures still pair: only a finding asks more evidence."""
    return not headlines_agree(a.subjects, b.subjects) and not figures_agree(a, b)


def described_place_apart(a: Statement, b: Statement) -> bool:
    """Whether one statement places its figure only in a part of a country it describes
    (described_part: "The Turkish Riviera's main city", "Poland's second-busiest airport")
    and the other names a place in a country (named_place: "Istanbul"), or names a country
    only by its kind beside one that names a country (country_unnamed), or names a country
    by its kind or its region beside a named province or city (_country_described), less
    than a year apart, with figures that disagree, of no event, neither giving its source:
    two places of one country, not one place's conflicting reports ("The Turkish Riviera's
    main city drew some 17.1m foreign tourists" / "Istanbul received 17.4 million foreign
    visitors");
    so are a region's country a superlative ranks (somewhere_in_a_region: "The EU's top grain
    grower brought in some 26m tonnes") and a named one ("Germany's crop came to about 18
    million tonnes"), and a sight described under a region's headline and a named place's
    ("The Gothic bridge across the Vltava stretches some 1,690 feet" under "Central
    Europe's great bridges" / "Budapest's Chain Bridge spans 375 metres").
    The counterpart of described_apart for places. Agreeing figures still pair (a described
    airport restates the named one's count), and so do figures a year apart, which may be
    the place's figure moving; an event's toll may rise between a region's first report and
    a town's, and two sources' counts of a crowd may disagree (match.rival_estimates). A
    described place beside a named one, both told by one source on one day (one_telling),
    is held apart too where the figures agree only within their hedges and are written apart
    (quantity.written_apart: "The Southeast Asian nation shipped some 9m tonnes" /
    "Thailand's shipments reached about 9.9 million tonnes"; "The southern harbour town's
    race course stretches some 885 feet" / "Aberdeen's is about 250 metres"): one story that
    restates a place's figure repeats it. Two figures one source tells on one day, of a
    described place and a named one, are two sources' only where both give their source,
    not one ("Consumer prices in the West African country rose some 2.8% last year, the IMF
    estimates" / "Togo's averaged about 2.9%"; "Organisers put attendance at the Colombian
    port city's carnival at some 2 million" / "Pasto's Blacks and Whites Carnival draws
    about 100,000 visitors")."""
    if a.as_of is None or b.as_of is None or a.events or b.events or (
            abs((a.as_of - b.as_of).days) >= YEAR_APART_DAYS.start):
        return False
    at_once = _told_at_once(a, b) or _amounts_apart(a.quantity, b.quantity)
    told_together = one_telling(a, b)
    sourced = (gives_its_source(a.sentence), gives_its_source(b.sentence))
    return (((described_part(a.places) and named_place(b.places))
             or (described_part(b.places) and named_place(a.places))
             or (_country_described(a, at_once) and named_anywhere(b.places))
             or (_country_described(b, at_once) and named_anywhere(a.places))
             or (somewhere_in_a_region(a.places) and named_anywhere(b.places))
             or (somewhere_in_a_region(b.places) and named_anywhere(a.places)))
            and (not figures_agree(a, b) or (told_together
                                             and written_apart(a.quantity, b.quantity)))
            and not (all(sourced) if told_together else any(sourced)))


def named_anywhere(places: frozenset[str]) -> bool:
    """Whether a scope names a country or a place that lies in one."""
    return named_country(places) or named_place(places)


def _country_described(statement: Statement, at_once: bool) -> bool:
    """Whether a statement names a country only by its kind (country_unnamed) or, told at
    once with the other (`at_once`), by its region (country_of_a_region_unnamed): its figure
    is a whole country's, never a named province's or city's that differs ("The
    Scandinavian country's reindeer herd numbers some 210,000 animals" / "Finnmark's herds
    count roughly 140,000 reindeer")."""
    return country_unnamed(statement) or (at_once and country_of_a_region_unnamed(statement))


# A country a sentence names only by its kind: "The microstate's debt", "the principality".
_A_COUNTRY = re.compile(
    rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(lex.COUNTRY_KINDS)})(?:'s|’s)?\b")


# ... and one named by the region its adjectives name, which narrows it no further ("The
# West African country's industrial mines produced some 51 tonnes of gold" under "Sahel gold
# under juntas" may be Mali's or Burkina Faso's): apart from a named country's differing
# figure of the same day, or told the same day (_told_at_once), only, since a description
# may carry a named country's figure on as it moves ("The Balkan country's monthly minimum
# wage currently stands at about €470" / "Serbia's minimum wage will rise to €550 a month
# next year").
_A_COUNTRY_OF_A_REGION = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:[A-Z][\w-]*\s+)?(?P<region>[A-Z][\w-]*)\s+"
    r"(?:country|nation|republic|kingdom|(?P<state>state))(?:'s|’s)?\b")


def _a_country_of_a_region(sentence: str) -> re.Match[str] | None:
    """Where a sentence names a country by its region (_A_COUNTRY_OF_A_REGION); a "state"
    only after one of lex.REGION_ADJECTIVES ("The Gulf state shipped some 77m tonnes"), as
    any other is a federation's ("the Sunshine State", "the Indian state")."""
    return next((found for found in _A_COUNTRY_OF_A_REGION.finditer(sentence)
                 if not found.group("state") or found.group("region") in lex.REGION_ADJECTIVES),
                None)


def _drifted_apart(first: float | np.ndarray, second: float | np.ndarray
                   ) -> np.bool_ | np.ndarray:
    """Whether two positive figures lie further apart than one figure restated drifts
    (RESTATED_DRIFT_RATIO)."""
    return (np.minimum(first, second) > 0) & ~within_ratio(first, second, RESTATED_DRIFT_RATIO)


def _amounts_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts, neither a share or a rate, lie further apart than a restatement
    drifts (_drifted_apart): a country named by its region beside a named one with such a
    figure is another country of the region on any day within a year, as a described
    business is another business (described_apart): "Some three-quarters of a million
    people work in the Southeast Asian country's clothing factories" / "Vietnam's textile
    sector employs about 2.5 million" a week before. A share or a rate moves further as it
    is revised: "The central bank cut its growth forecast for the Baltic state to 0.9%"
    from Latvia's 1.5%."""
    return _is_amount(a) and _is_amount(b) and bool(_drifted_apart(a.midpoint, b.midpoint))


def _is_amount(quantity: Quantity) -> bool:
    """Whether a figure is an amount, no share or rate (_amounts_apart)."""
    return quantity.kind != "percent"


def _told_at_once(a: Statement, b: Statement) -> bool:
    """Whether two statements give their figures for one day or were published on one: a
    named country's figure its sentence leaves undated ("Ethiopia's coffee exports earned
    some $1.4bn") beside one of last year's told that day is told at once."""
    return a.as_of == b.as_of or (a.article.published is not None
                                  and a.article.published == b.article.published)


def one_telling(a: Statement, b: Statement) -> bool:
    """Whether two statements are told by one source on one day: one story, or one outlet's
    stories of that day."""
    return (a.article.published is not None and a.article.published == b.article.published
            and a.article.source == b.article.source)


# The continents a region adjective may name, each with its code for _GateCodes.
_CONTINENT_CODES: dict[str, int] = {continent: code for code, continent in enumerate(
    sorted(set(lex.CONTINENT_OF_ADJECTIVE.values())))}


def country_of_a_region_unnamed(statement: Statement) -> bool:
    """Whether a statement places its figure nowhere but names a country by its region
    (_A_COUNTRY_OF_A_REGION: "The West African country's")."""
    return not statement.places and _a_country_of_a_region(statement.sentence) is not None


@functools.lru_cache(maxsize=65536)
def described_continent(sentence: str) -> str | None:
    """The continent a sentence's region adjective puts the country it describes on ("The
    North African country's": Africa), where the adjective names one
    (lex.CONTINENT_OF_ADJECTIVE)."""
    found = _a_country_of_a_region(sentence)
    return lex.CONTINENT_OF_ADJECTIVE.get(found.group("region")) if found else None


def continent_apart(a: Statement, b: Statement) -> bool:
    """Whether one statement places its figure nowhere but puts the country it describes on
    one continent ("The North African country's gas exports were 49 billion cubic metres")
    and the other names places only on others ("Norway exported about 110 billion cubic
    metres"): two countries' figures at any date, whatever they are. A country of the same
    continent, which the adjectives cannot tell apart, is held apart on the same day only
    (country_of_a_region_unnamed)."""
    return _on_another_continent(a, b) or _on_another_continent(b, a)


def _on_another_continent(described: Statement, named: Statement) -> bool:
    continent = None if described.places else described_continent(described.sentence)
    return continent is not None and named_elsewhere(named.places, continent)


@functools.lru_cache(maxsize=4096)
def named_elsewhere(places: frozenset[str], continent: str) -> bool:
    """Whether a scope names places whose continents the gazetteer knows, none of them on
    `continent`."""
    known = [found for found in map(continents_of, places) if found]
    return bool(known) and not any(continent in found for found in known)


def country_unnamed(statement: Statement) -> bool:
    """Whether a statement places its figure nowhere but names a country by its kind (no
    headline lent it a place): "The microstate's debt is equivalent to some 70 percent of its
    economic output" under "Tiny republic sells bonds" is some country's, not Italy's 137%."""
    return not statement.places and _A_COUNTRY.search(statement.sentence) is not None


@functools.lru_cache(maxsize=4096)
def named_country(places: frozenset[str]) -> bool:
    return any(is_country(place) for place in places)


@functools.lru_cache(maxsize=4096)
def described_part(places: frozenset[str]) -> bool:
    """Whether a scope is a part of a country its sentence describes and names no place
    narrower than a country: "part of Turkey" beside Turkey, or a compass part."""
    return any(place.startswith(_PART_OF) for place in places) and all(
        is_country(place) or place.startswith(lex.REACH_MARKS) for place in places)


@functools.lru_cache(maxsize=4096)
def somewhere_in_a_region(places: frozenset[str]) -> bool:
    """Whether a scope says only that its figure lies somewhere in a world region
    (_somewhere_in_a_region), naming no country: "The EU's top grain grower" under
    "Europe's grain harvest" is one country of Europe a superlative ranks, left unnamed
    (scope.ranks_within)."""
    rest, parts, homes = _without_parts(places)
    return not homes and _somewhere_in_a_region(rest, parts)


@functools.lru_cache(maxsize=4096)
def named_place(places: frozenset[str]) -> bool:
    """Whether a scope names a place that lies in a country and is none: a city, a
    province."""
    return any(not is_country(place) and country_of(place) is not None for place in places)


def described_only(names: frozenset[str]) -> bool:
    """Whether a statement names a business by a description and by no name."""
    return _describes(names) and not names_someone(names)


def _describes(names: frozenset[str]) -> bool:
    return bool(marks(names, *_DESCRIPTIONS))


def described_restatement_bonuses(statements: Sequence[Statement], first: np.ndarray,
                                  second: np.ndarray) -> np.ndarray:
    """DESCRIBED_BUSINESS_BONUS for the pairs (first[k], second[k]) that are
    described_restatement, with RESOLVED_DESCRIPTION_BONUS more for those that are
    resolved_restatement, else 0, as arrays: each statement's unit, subjects, date and
    figure are read once (_same_named_units, _days_between), and a headline's names only
    for the pairs that come to them."""
    if not len(first):
        return np.zeros(len(first))
    chosen, a, b = _pair_members(statements, first, second)
    described = np.array([_describes(s.subjects) for s in chosen], dtype=bool)
    named = np.array([names_a_party(s.subjects) for s in chosen], dtype=bool)
    no_one = np.array([names_no_one(s.subjects) for s in chosen], dtype=bool)
    restating = described | no_one  # whom it names, a description or no name may restate
    whom = named | (no_one & np.array([bool(s.places) for s in chosen], dtype=bool))
    figures = _figures(chosen)
    restated = ((_same_named_units(chosen, a, b) | _crowds_counted_twice(chosen, a, b, figures))
                & ((restating[a] & whom[b]) | (restating[b] & whom[a]))
                & _year_apart(_days_between(chosen, a, b))
                & within_ratio(figures[a], figures[b], RESTATED_DRIFT_RATIO))
    # the rest _restates asks whole: a headline's names, a place left unnamed
    for k in np.flatnonzero(restated & ~(described[a] & named[b])
                            & ~(described[b] & named[a])).tolist():
        restated[k] = (_restates(chosen[a[k]], chosen[b[k]])
                       or _restates(chosen[b[k]], chosen[a[k]]))
    resolved = restated & named[a] & named[b]
    return (np.where(restated, DESCRIBED_BUSINESS_BONUS, 0.0)
            + np.where(resolved, RESOLVED_DESCRIPTION_BONUS, 0.0))


def same_sentence(a: Statement, b: Statement) -> bool:
    """Two figures of one sentence, which are two facts ("from 5,500 to 10,000"), wherever
    the sentence is printed: wire copy runs word for word in many papers, and "Labour won
    411 seats, a majority of 174" in one and the same sentence in another do not make 411
    and 174 one fact. The same figure of one sentence printed twice is one fact."""
    return a.sentence == b.sentence and _slot(a) != _slot(b)


def _slot(statement: Statement) -> int:
    """Where in its sentence a statement's figure stands."""
    return statement.value_start - statement.sentence_start


# Rows of a similarity block computed at once: bounds memory to CHUNK_ROWS x block size.
CHUNK_ROWS = 2048


# A block: kind, role, and the counted thing (counts) or unit (everything else).
BlockKey = tuple[str, str, str | None]


def reachable(statements: Sequence[Statement], others: Sequence[Statement]
              ) -> list[Statement]:
    """The statements of `others` that the blocking of candidate_pairs could score against
    some of `statements`: same kind and role, and the same counted thing, or a generic one,
    for counts. A cheap pre-filter; the full gates are same_measure's."""
    keys = {block_key(s) for s in statements if s.role not in UNCOMPARABLE_ROLES}
    others_keys = [block_key(s) for s in others]
    wanted = {key for key in set(others_keys) if any(blocks_related(k, key) for k in keys)}
    return [statement for statement, key in zip(others, others_keys, strict=True)
            if key in wanted and statement.role not in UNCOMPARABLE_ROLES]


def same_fact_matrix(rows: Sequence[Statement], columns: Sequence[Statement],
                     scores: np.ndarray, contexts: np.ndarray, threshold: float) -> np.ndarray:
    """is_same_fact for every row x column pair at once, given their pair scores and
    context cosines (PairSignals.scores_against, contexts_against). The gates are coded
    only for the columns some row scores near enough: a draft's numbers against a whole
    corpus reach few of its statements."""
    paired = scores >= lowest_threshold(threshold)
    near = np.flatnonzero(paired.any(axis=0))
    paired[:, near] &= gate_matrix(rows, [columns[column] for column in near])
    row_at, column_at = np.nonzero(paired)
    paired[row_at, column_at], _ = _reaching(
        [*rows, *columns], row_at, column_at + len(rows), scores[row_at, column_at],
        lambda first, second: contexts[first, second - len(rows)], threshold)
    return paired


def gate_matrix(rows: Sequence[Statement], columns: Sequence[Statement]) -> np.ndarray:
    """is_same_fact's gates (all but the score) for every row x column pair, as arrays: the
    blocking relation of candidate_pairs, then different sentences, measures and scopes."""
    table = _GateTable([*rows, *columns])
    return table.between(np.arange(len(rows)), np.arange(len(rows), len(rows) + len(columns)))


class _GateTable:
    """gate_matrix's gates between any two of a fixed list of statements, coded once, so
    that many blocks of them can be gated with array lookups (group_facts asks it of every
    two groups it may join)."""

    def __init__(self, statements: Sequence[Statement], dated_siblings: bool = False) -> None:
        blocks = [block_key(s) for s in statements]
        keys = {key: code for code, key in enumerate(dict.fromkeys(blocks))}
        self.related = np.array([[blocks_related(a, b) for b in keys] for a in keys],
                                dtype=bool).reshape(len(keys), len(keys))
        self.keys = np.array([keys[block] for block in blocks], dtype=np.int64)
        self.comparable = np.array([s.role not in UNCOMPARABLE_ROLES for s in statements],
                                   dtype=bool)
        self.codes = _GateCodes(statements, dated_siblings)
        self.coded = self.codes.of(statements, list(range(len(statements))))

    def between(self, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        return (self.related[self.keys[rows][:, None], self.keys[columns][None, :]]
                & self.comparable[rows][:, None]
                & self.codes.compatible(tuple(c[rows] for c in self.coded),
                                        tuple(c[columns] for c in self.coded)))


def block_key(statement: Statement) -> BlockKey:
    """Statements in different blocks can never pass the gates, so are never compared:
    kind and role must match, and for counts the counted thing (see things_agree)."""
    quantity = statement.quantity
    what = thing_core(statement.thing) if quantity.kind == "count" else quantity.unit
    # a part shares its whole's block; the gates keep it to totals of its named thing
    return quantity.kind, "total" if statement.role == "part" else statement.role, what


def blocks_related(a: BlockKey, b: BlockKey) -> bool:
    """Whether statements of blocks a and b can pass the gates: the same block, counts of
    one role whose things agree (a generic count, "people", and a named thing; workers and
    an occupation: see things_agree), or money of one currency, or counts of such things,
    so much a period and in all (period_unsaid, whose figures must agree: _GateCodes)."""
    if a == b:
        return True
    if a[0] != b[0] or (a[1] != b[1] and {a[1], b[1]} != _RATE_AND_TOTAL):
        return False
    if a[0] == "count":
        return _cores_agree(a[2], b[2])
    return a[0] == "currency" and (
        (a[1] != b[1] and currencies_agree(a[2] or "", b[2] or ""))
        or (a[1] == b[1] and _money_units_agree(a[2] or "", b[2] or "")))


def _leads(key: BlockKey) -> bool:
    """Which side of two related blocks candidate_pairs pairs them from, so each pair across
    blocks is scored once: the generic count ("people") or a model ("Falcons"), the sum in
    all, or in a currency several countries share, left unplaced (currencies_agree)."""
    if key[0] == "count":
        return key[2] in lex.GENERIC_THINGS or is_model(key[2])
    return key[1] == "total" or _money_base(key[2] or "") in lex.SHARED_CURRENCIES


def candidate_pairs(
    statements: Sequence[Statement], signals: PairSignals, threshold: float,
    weights: PairWeights = PAIR_WEIGHTS,
) -> Pairs:
    """Every statement pair that is_same_fact accepts, comparing only statements that the
    gates could let through: blocks of one kind, role and counted thing, plus generic counts
    ("people") against every count block of their role. Blocks larger than EXACT_UP_TO compare
    each statement only with its nearest frames (see _nearest_pairs)."""
    blocks: dict[BlockKey, list[int]] = {}
    for index, statement in enumerate(statements):
        if statement.role not in UNCOMPARABLE_ROLES:
            blocks.setdefault(block_key(statement), []).append(index)
    pairs: list[Pairs] = []
    for key, members in blocks.items():
        pairs.append(_pairs_between(statements, signals, weights, members, members, threshold))
        pairs += [_pairs_between(statements, signals, weights, members, blocks[other_key],
                                 threshold)
                  for other_key in _blocks_paired_from(key, blocks)]
    return Pairs.joined(pairs)


def _blocks_paired_from(key: BlockKey, blocks: dict[BlockKey, list[int]]) -> list[BlockKey]:
    """The other blocks candidate_pairs pairs with `key`'s, so that each two related blocks
    are paired once: from the one that _leads, or, where both lead or neither (skiers and
    runners; a count a day and the same count in all), from the first in _order. A block
    that does not lead is related only to kin of its thing (_kin_cores), so only those are
    asked after, not every block; a count of no named thing only to counts of none ("72 som
    a litre" and "Diesel sells for about 70 som", so much a period and in all)."""
    if _leads(key):
        others: Iterable[BlockKey] = blocks
    elif key[0] == "count":
        kin: frozenset[str | None] = (
            _kin_cores(key[2]) if key[2] is not None else frozenset({None}))
        others = [(key[0], role, core) for role in _RATE_AND_TOTAL | {key[1]} for core in kin]
    else:
        others = ()
    return [other for other in others
            if other != key and other in blocks and blocks_related(key, other)
            and (_leads(key) > _leads(other)
                 or (_leads(key) == _leads(other) and _order(key) < _order(other)))]


def _order(key: BlockKey) -> tuple[str, ...]:
    """An order of blocks, so of two related blocks that both lead (two generic counts,
    "people" and "residents") only one pairs them."""
    return tuple(str(part) for part in key)


def _pairs_between(statements: Sequence[Statement], signals: PairSignals,
                   weights: PairWeights, rows: list[int], columns: list[int],
                   threshold: float) -> Pairs:
    """Accepted pairs (i, j) with i in rows, j in columns, each pair once (i < j when the
    two lists are the same block). Across blocks, every pair's things agree already (one
    block counts "people"): blocks_related.

    The gates are evaluated as array masks (different sentence, agreeing measure and
    magnitude, compatible scope and subject), with the measure, scope and subject relations
    computed once per distinct pair of measures, place or name sets: at tens of thousands of
    statements, a Python call per candidate pair is what costs."""
    same_block = rows is columns
    codes = _GateCodes([statements[i] for i in {*rows, *columns}])
    row_codes = codes.of(statements, rows)
    column_codes = row_codes if same_block else codes.of(statements, columns)
    if len(columns) > EXACT_UP_TO:
        return _nearest_pairs(statements, signals, weights, codes, (rows, row_codes),
                              (columns, column_codes), threshold, same_block)
    row_array, column_array = np.asarray(rows), np.asarray(columns)
    found: list[Pairs] = []
    column_signals = signals.select(columns)
    lowest = lowest_threshold(threshold)
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = slice(start, start + CHUNK_ROWS)
        similarities = signals.select(rows[chunk]).scores_against(column_signals, weights)
        accept = (similarities >= lowest) & codes.compatible(
            tuple(code[chunk] for code in row_codes), column_codes)
        if same_block:
            accept &= np.arange(start, start + similarities.shape[0])[:, None] < np.arange(
                len(columns))[None, :]
        row_at, column_at = np.nonzero(accept)
        first, second = row_array[start + row_at], column_array[column_at]
        scores = similarities[row_at, column_at]
        reached, alike = _reaching(statements, first, second, scores, signals.context_pairs,
                                   threshold)
        found.append(Pairs.of(first[reached], second[reached], scores[reached], alike[reached],
                              sort=False))
    return Pairs.joined(found, sort=False)


# A block up to this size is scored exhaustively, as a few matrix products: below it, that is
# faster than building an index. Above it, each statement is scored against its NEIGHBOURS
# nearest statements only, by the embeddings' part of the pair score (an HNSW index from
# faiss over frame and sentence vectors weighted side by side), so the work grows as n log n,
# not n^2: a fact stated in thousands of articles is still one connected fact through its
# nearest neighbours.
EXACT_UP_TO = 4096
NEIGHBOURS = 48


def _nearest_pairs(statements: Sequence[Statement], signals: PairSignals,
                   weights: PairWeights, codes: _GateCodes,
                   rows: tuple[list[int], tuple[np.ndarray, ...]],
                   columns: tuple[list[int], tuple[np.ndarray, ...]],
                   threshold: float, same_block: bool) -> Pairs:
    import faiss

    (row_ids, row_codes), (column_ids, column_codes) = rows, columns
    row_array, column_array = np.asarray(row_ids), np.asarray(column_ids)
    vectors = signals.weighted_embeddings(
        weights, row_array if same_block else np.concatenate([row_array, column_array]))
    index = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.add(vectors[len(row_ids):] if not same_block else vectors)
    neighbours = min(NEIGHBOURS, len(column_ids))
    embedded, found = index.search(vectors[: len(row_ids)], neighbours)
    row_at = np.repeat(np.arange(len(row_ids)), neighbours)
    column_at, embedded = found.ravel(), embedded.ravel()
    keep = (column_at >= 0) & (embedded >= weights.embedded_floor(lowest_threshold(threshold)))
    row_at, column_at, embedded = row_at[keep], column_at[keep], embedded[keep]
    first, second = row_array[row_at], column_array[column_at]
    keep = first != second
    if same_block:  # each unordered pair once, whichever side found it
        low, high = np.minimum(first, second), np.maximum(first, second)
        _, unique = np.unique(low * (int(high.max(initial=0)) + 1) + high, return_index=True)
        keep &= np.isin(np.arange(len(first)), unique)
    keep &= codes.compatible_pairs(tuple(c[row_at] for c in row_codes),
                                   tuple(c[column_at] for c in column_codes))
    first, second, embedded = first[keep], second[keep], embedded[keep]
    scores = weights.probability_of(embedded, signals.lexical_pairs(first, second),
                                    signals.measure_pairs(first, second),
                                    signals.date_gap_pairs(first, second))
    candidate = scores >= lowest_threshold(threshold)
    first, second, scores = first[candidate], second[candidate], scores[candidate]
    accept, alike = _reaching(statements, first, second, scores, signals.context_pairs,
                              threshold)
    return Pairs.of(first[accept], second[accept], scores[accept], alike[accept], sort=False)


class _GateCodes:
    """Integer codes for the per-pair gates, so a block is gated with array operations.
    With `dated_siblings`, two figures of one sentence that it dates apart pass the sentence
    gate (group_facts; never a pair)."""

    def __init__(self, statements: Sequence[Statement], dated_siblings: bool = False) -> None:
        self.dated_siblings = dated_siblings
        self.sentences: dict[str, int] = {}
        self.measures: dict[str | None, int] = {None: 0}
        self.spans: dict[str | None, int] = {None: 0}
        self.scopes: dict[frozenset[str], int] = {}
        self.subjects: dict[frozenset[str], int] = {}
        self.events: dict[frozenset[str], int] = {}
        self.units: dict[str | None, int] = {None: -1}
        self.quantities = [statement.quantity for statement in statements]
        self.figure_at = {id(statement): at for at, statement in enumerate(statements)}
        self.published = np.array([statement.article.published.toordinal()
                                   if statement.article.published else np.nan
                                   for statement in statements], dtype=np.float64)
        tellings: dict[tuple[str | None, date | None], int] = {}
        # each statement's source and day (one_telling), -1 for an undated one
        self.telling = np.array([tellings.setdefault(
            (statement.article.source, statement.article.published), len(tellings))
            if statement.article.published else -1 for statement in statements])
        # whether each figure counts what trade moved or what a holder has
        # (stock_and_flow_apart)
        self.traded = np.array([traded(statement) for statement in statements], dtype=bool)
        self.held = np.array([held(statement) for statement in statements], dtype=bool)
        # ... or a place's people or a crowd (stock_and_flow_apart)
        self.dwelling = np.array([dwelling(statement) for statement in statements], dtype=bool)
        self.gathered = np.array([gathered(statement) for statement in statements], dtype=bool)
        # which way each length runs, coded (ways_apart): 0 where unsaid
        self.way = np.array([_WAY_CODES[measured_way(statement)] for statement in statements])
        # the kind of sight each length tells, coded (kinds_apart): -1 where none
        kinds = sorted(set(lex.DESCRIBED_KINDS.values()))
        self.kind = np.array([kinds.index(kind) if (kind := described_kind(statement)) else -1
                              for statement in statements])
        # whether each figure counts residents (populations_apart)
        self.residents = np.array([counts_residents(statement) for statement in statements],
                                  dtype=bool)
        # whether each statement names a place as another than its story's (neighbour_apart)
        self.neighbouring = np.array([names_a_neighbour(statement) for statement in statements],
                                     dtype=bool)
        for statement in statements:
            self.sentences.setdefault(statement.sentence, len(self.sentences))
            self.measures.setdefault(statement.measure, len(self.measures))
            self.spans.setdefault(span_of(statement), len(self.spans))
            self.scopes.setdefault(statement.places, len(self.scopes))
            self.subjects.setdefault(statement.subjects, len(self.subjects))
            self.events.setdefault(statement.events, len(self.events))
            self.units.setdefault(part_unit(statement), len(self.units) - 1)
        self.measure_ok = _agreement(list(self.measures), measures_agree)
        self.measure_segment = _agreement(list(self.measures), one_segment_of_the_other)
        self.span_ok = _agreement(list(self.spans), spans_agree)
        self.scope_ok = _agreement(list(self.scopes), scopes_agree)
        self.scope_ok_of_no_event = _in_world_regions(list(self.scopes), self.scope_ok)
        self.scope_ok_of_no_one = _unplaced_in_parts(list(self.scopes),
                                                     self.scope_ok_of_no_event)
        self.no_event = self.events.get(frozenset(), -1)
        self.no_one = np.array([not names_someone(names) for names in self.subjects], dtype=bool)
        self.described = np.array([described_only(names) for names in self.subjects],
                                  dtype=bool)
        self.described_part = np.array([described_part(scope) for scope in self.scopes],
                                       dtype=bool)
        self.named_place = np.array([named_place(scope) for scope in self.scopes], dtype=bool)
        self.in_a_region = np.array([somewhere_in_a_region(scope) for scope in self.scopes],
                                    dtype=bool)
        self.named_country = np.array([named_country(scope) for scope in self.scopes],
                                      dtype=bool)
        self.named_anywhere = self.named_place | self.named_country  # named_anywhere
        self.country_kind = np.array([_A_COUNTRY.search(sentence) is not None
                                      for sentence in self.sentences], dtype=bool)
        self.country_of_region = np.array([_a_country_of_a_region(sentence) is not None
                                           for sentence in self.sentences], dtype=bool)
        self.names_a_lake = np.array([bool(_lake(sentence)) for sentence in self.sentences],
                                     dtype=bool)
        self.nowhere = self.scopes.get(frozenset(), -1)
        self.continent = np.array([_CONTINENT_CODES.get(described_continent(sentence), -1)
                                   for sentence in self.sentences], dtype=np.int64)
        self.subject_ok = _agreement(list(self.subjects), names_agree)
        self.headline_ok = _headline_agreement(list(self.subjects))
        self.event_ok = _agreement(list(self.events), events_agree)
        # each sentence's contrasting qualifiers, read once and coded by its sentence's code
        self.sentence_contrast, self.contrast_ok = _contrast_codes(self.sentences)

    def _scoped_of_no_event(self, first_subject: np.ndarray, first_scope: np.ndarray,
                            first_figure: np.ndarray, second_subject: np.ndarray,
                            second_scope: np.ndarray, second_figure: np.ndarray
                            ) -> np.ndarray:
        """scopes_agree for figures of no event, as gate_failure asks it: a place the
        gazetteer lacks may lie in a part of a country the other leaves unnamed where both
        name no one, both name someone, or two stories' figures agree."""
        loose = self.scope_ok_of_no_one[first_scope, second_scope]
        strict = self.scope_ok_of_no_event[first_scope, second_scope]
        mixed = self.no_one[first_subject] != self.no_one[second_subject]
        scoped = np.where(mixed, strict, loose)
        widened = mixed & loose & ~strict
        if widened.any():  # few pairs: read only their figures
            at = np.nonzero(widened)
            first = np.broadcast_to(first_figure, widened.shape)[at]
            second = np.broadcast_to(second_figure, widened.shape)[at]
            telling = self.telling[first]
            scoped[at] = (((telling < 0) | (telling != self.telling[second]))
                          & self.figures.overlap(first, second))
        return scoped

    def _described_and_named(self, first_sentence: np.ndarray, first_scope: np.ndarray,
                             second_sentence: np.ndarray, second_scope: np.ndarray,
                             told_at_once: Callable[[], np.ndarray]
                             ) -> np.ndarray | None:
        """Which pairs set a described part of a country (or a country named by its kind,
        or, where `told_at_once` (_told_at_once), by its region, or somewhere in a region)
        beside a named place (or country), or None where no pair can: read side by side
        first, so a block with no described place does no work on the whole table, and one
        with no region's country never compares the pairs' days."""
        first_part, second_part = (self.described_part[first_scope],
                                   self.described_part[second_scope])
        first_in_region, second_in_region = (self.in_a_region[first_scope],
                                             self.in_a_region[second_scope])
        first_unplaced, second_unplaced = first_scope == self.nowhere, second_scope == self.nowhere
        first_unnamed = self.country_kind[first_sentence] & first_unplaced
        second_unnamed = self.country_kind[second_sentence] & second_unplaced
        first_regional = self.country_of_region[first_sentence] & first_unplaced
        second_regional = self.country_of_region[second_sentence] & second_unplaced
        if first_regional.any() or second_regional.any():
            at_once = told_at_once()
            first_regional, second_regional = first_regional & at_once, second_regional & at_once
        if not (first_part.any() or second_part.any() or first_unnamed.any()
                or second_unnamed.any() or first_regional.any() or second_regional.any()
                or first_in_region.any() or second_in_region.any()):
            return None
        # _country_described: a country named by its kind, or by its region at once
        first_described, second_described = (first_unnamed | first_regional,
                                             second_unnamed | second_regional)
        placed = ((first_part & self.named_place[second_scope])
                  | (second_part & self.named_place[first_scope])
                  | ((first_described | first_in_region) & self.named_anywhere[second_scope])
                  | ((second_described | second_in_region) & self.named_anywhere[first_scope]))
        return placed if placed.any() else None

    def _where(self, test: Callable[[Quantity, Quantity], bool], pairs: np.ndarray,
               first_figure: np.ndarray, second_figure: np.ndarray) -> np.ndarray:
        """`test` of the figures of the pairs `pairs` marks, False elsewhere: for the few
        pairs a scalar test of two quantities must settle (quantity.written_apart for a
        region's country beside a named one told at once, quantity.agrees_per_unit_unsaid
        for a price per a measure beside a sum whose figures disagree as read)."""
        found = np.zeros(pairs.shape, dtype=bool)
        firsts = np.broadcast_to(first_figure, pairs.shape)
        seconds = np.broadcast_to(second_figure, pairs.shape)
        for at in zip(*np.nonzero(pairs), strict=True):
            found[at] = test(self.quantities[firsts[at]], self.quantities[seconds[at]])
        return found

    @functools.cached_property
    def named_elsewhere(self) -> np.ndarray:
        """For each scope and each continent of _CONTINENT_CODES, whether the scope names
        places only on other continents (match.named_elsewhere): read only for a block with a
        country described by its continent's region (continent_apart)."""
        return np.array([[named_elsewhere(scope, continent) for continent in _CONTINENT_CODES]
                         for scope in self.scopes], dtype=bool).reshape(-1, len(_CONTINENT_CODES))

    @functools.cached_property
    def amounts(self) -> np.ndarray:
        """Whether each figure is an amount, no share or rate (_amounts_apart), read only
        for a block with a country named by its region."""
        return np.array([_is_amount(quantity) for quantity in self.quantities], dtype=bool)

    @functools.cached_property
    def sourced(self) -> np.ndarray:
        """Whether each sentence gives its source, read only for a block that pairs a
        described place with a named one (described_place_apart), or a described business's
        figure with a named one's at one time (described_apart): most never ask."""
        return np.array([gives_its_source(sentence) for sentence in self.sentences], dtype=bool)

    @functools.cached_property
    def returning(self) -> np.ndarray:
        """Whether each sentence gives a journey's return leg (legs_apart)."""
        return np.array([names_a_return_leg(sentence) for sentence in self.sentences], dtype=bool)

    @functools.cached_property
    def figures(self) -> AgreementArrays:
        """The figures, read for agreement only when a block pairs a rate with a sum
        (period_unsaid): most blocks never ask."""
        return AgreementArrays.of(self.quantities)

    def of(self, statements: Sequence[Statement], indices: list[int]
           ) -> tuple[np.ndarray, ...]:
        chosen = [statements[i] for i in indices]
        return (np.array([self.sentences[s.sentence] for s in chosen]),
                np.array([_slot(s) for s in chosen]),
                np.array([self.measures[s.measure] for s in chosen]),
                np.array([self.scopes[s.places] for s in chosen]),
                np.array([self.subjects[s.subjects] for s in chosen]),
                np.array([self.events[s.events] for s in chosen]),
                np.array([s.quantity.magnitude for s in chosen], dtype=np.float64),
                np.array([s.role == "part" for s in chosen], dtype=bool),
                np.array([self.units[part_unit(s)] for s in chosen]),
                np.array([s.as_of.toordinal() if s.as_of else np.nan for s in chosen]),
                np.array([_news_days(s) for s in chosen], dtype=np.float64),
                np.array([s.role == "rate" for s in chosen], dtype=bool),
                np.array([self.figure_at[id(s)] for s in chosen], dtype=np.int64),
                np.array([_per_time(s) for s in chosen], dtype=bool),
                _figures(chosen),
                np.array([self.spans[span_of(s)] for s in chosen]))

    def compatible(self, rows: tuple[np.ndarray, ...], columns: tuple[np.ndarray, ...]
                   ) -> np.ndarray:
        """The gates for every row x column pair."""
        return self.compatible_pairs(tuple(code[:, None] for code in rows),
                                     tuple(code[None, :] for code in columns))

    def compatible_pairs(self, firsts: tuple[np.ndarray, ...], seconds: tuple[np.ndarray, ...]
                         ) -> np.ndarray:
        """The gates for pairs given side by side (arrays that broadcast together)."""
        (first_sentence, first_slot, first_measure, first_scope, first_subject, first_event,
         first_size, first_part, first_unit, first_day, first_news_days, first_rate,
         first_figure, first_per_time, first_midpoint, first_span) = firsts
        (second_sentence, second_slot, second_measure, second_scope, second_subject,
         second_event, second_size, second_part, second_unit, second_day,
         second_news_days, second_rate, second_figure, second_per_time,
         second_midpoint, second_span) = seconds
        apart = (first_sentence != second_sentence) | (first_slot == second_slot)
        if self.dated_siblings:
            apart = apart | _dated_apart(first_day, second_day)
        measured = self.measure_ok[first_measure, second_measure]
        if (segment := self.measure_segment[first_measure, second_measure]).any():
            measured = measured | (segment & self.figures.same_specific(first_figure,
                                                                        second_figure))
        compatible = (apart
                      & magnitudes_agree(first_size, second_size)
                      & measured
                      & self.span_ok[first_span, second_span]
                      & np.where((first_event == self.no_event) & (second_event == self.no_event),
                                 self._scoped_of_no_event(first_subject, first_scope,
                                                          first_figure, second_subject,
                                                          second_scope, second_figure),
                                 self.scope_ok[first_scope, second_scope])
                      & self.subject_ok[first_subject, second_subject]
                      & self.event_ok[first_event, second_event]
                      & self.contrast_ok[self.sentence_contrast[first_sentence],
                                         self.sentence_contrast[second_sentence]]
                      & ~(np.abs(first_day - second_day)
                          > np.minimum(first_news_days, second_news_days)))
        two = ((self.described[first_subject] & ~self.no_one[second_subject])
               | (self.described[second_subject] & ~self.no_one[first_subject])
               | (((~self.no_one[first_subject] | self.names_a_lake[first_sentence])
                   != (~self.no_one[second_subject] | self.names_a_lake[second_sentence]))
                  # one story's (_unnamed_beside_named)
                  & (first_day == second_day)
                  & (first_event == self.no_event) & (second_event == self.no_event)
                  & (self.telling[first_figure] >= 0)
                  & (self.telling[first_figure] == self.telling[second_figure])))
        if two.any():  # described_apart: two businesses of a kind at one time
            with np.errstate(invalid="ignore"):
                near = np.abs(first_day - second_day) < YEAR_APART_DAYS.start
            blocked = two & near & _drifted_apart(first_midpoint, second_midpoint)
            at_once = blocked & _sourced_at_once(first_day, second_day, first_size, second_size)
            if at_once.any():  # two sources' estimates of one business's figure
                blocked = blocked & ~(at_once & self.sourced[first_sentence]
                                      & self.sourced[second_sentence])
            compatible &= ~blocked
        if (placed := self._described_and_named(
                first_sentence, first_scope, second_sentence, second_scope,
                lambda: ((first_day == second_day)
                         | (self.published[first_figure] == self.published[second_figure])
                         | (_drifted_apart(first_midpoint, second_midpoint)
                            & self.amounts[first_figure] & self.amounts[second_figure])))
                ) is not None:
            # described_place_apart: two places of one country at one time
            with np.errstate(invalid="ignore"):
                near = np.abs(first_day - second_day) < YEAR_APART_DAYS.start
            overlapping = self.figures.overlap(first_figure, second_figure)
            together = (self.telling[first_figure] >= 0) & (
                self.telling[first_figure] == self.telling[second_figure])
            if (hedged := together & overlapping).any():
                overlapping = overlapping & ~self._where(written_apart, hedged, first_figure,
                                                         second_figure)
            first_sourced, second_sourced = (self.sourced[first_sentence],
                                             self.sourced[second_sentence])
            unsourced = np.where(together, ~(first_sourced & second_sourced),
                                 ~first_sourced & ~second_sourced)
            compatible &= ~(placed & near
                            & (first_event == self.no_event) & (second_event == self.no_event)
                            & unsourced & ~overlapping)
        if self.traded.any() and self.held.any():  # stock_and_flow_apart
            compatible &= ~((self.traded[first_figure] & self.held[second_figure])
                            | (self.traded[second_figure] & self.held[first_figure]))
        if self.dwelling.any() and self.gathered.any():  # ... and a place's people, a crowd
            compatible &= ~((self.dwelling[first_figure] & self.gathered[second_figure])
                            | (self.dwelling[second_figure] & self.gathered[first_figure]))
        if self.way.any():  # ways_apart: a height and a length
            first_way, second_way = self.way[first_figure], self.way[second_figure]
            compatible &= ~((first_way > 0) & (second_way > 0) & (first_way != second_way))
        if (self.kind >= 0).sum() > 1:  # kinds_apart: two kinds of sight
            first_kind, second_kind = self.kind[first_figure], self.kind[second_figure]
            compatible &= ~((first_kind >= 0) & (second_kind >= 0) & (first_kind != second_kind))
        if self.residents.sum() > 1:  # populations_apart: two places' residents
            with np.errstate(invalid="ignore"):
                near = np.abs(first_day - second_day) <= POPULATION_DAYS
            drifted = (near & self.residents[first_figure] & self.residents[second_figure]
                       & ~_sizes_alike(first_size, second_size))
            if drifted.any():  # few pairs: read only their figures
                at = np.nonzero(drifted)
                first = np.broadcast_to(first_figure, drifted.shape)[at]
                second = np.broadcast_to(second_figure, drifted.shape)[at]
                compatible[at] &= self.figures.overlap(first, second)
        if self.neighbouring.any():  # neighbour_apart: a neighbour and the story's place
            compatible &= ~((self.telling[first_figure] >= 0)
                            & (self.telling[first_figure] == self.telling[second_figure])
                            & ((self.neighbouring[first_figure]
                                & ~self.named_anywhere[second_scope])
                               | (self.neighbouring[second_figure]
                                  & ~self.named_anywhere[first_scope])))
        if self.returning.any():  # legs_apart: the way out and back in one story
            compatible &= ~((self.returning[first_sentence] != self.returning[second_sentence])
                            & (self.telling[first_figure] >= 0)
                            & (self.telling[first_figure] == self.telling[second_figure]))
        first_continent = self.continent[first_sentence]
        second_continent = self.continent[second_sentence]
        if (first_continent >= 0).any() or (second_continent >= 0).any():  # continent_apart
            compatible &= ~(((first_continent >= 0) & (first_scope == self.nowhere)
                             & self.named_elsewhere[second_scope, first_continent])
                            | ((second_continent >= 0) & (second_scope == self.nowhere)
                               & self.named_elsewhere[first_scope, second_continent]))
        headlined = ~self.headline_ok[first_subject, second_subject]
        if headlined.any():  # headlined_apart
            compatible &= ~headlined | self.figures.overlap(first_figure, second_figure)
        if first_part.any() or second_part.any():  # roles_agree: a part, a total of its thing
            compatible &= (first_part == second_part) | (
                (first_unit >= 0) & (first_unit == second_unit))
        if (unsaid := first_rate != second_rate).any():  # period_unsaid
            near = (first_per_time | second_per_time) & within_a_period(first_midpoint,
                                                                        second_midpoint)
            agree = near | self.figures.overlap(first_figure, second_figure)
            compatible &= ~unsaid | agree | self._where(
                agrees_per_unit_unsaid, compatible & unsaid & ~agree, first_figure,
                second_figure)
        return compatible


def _news_days(statement: Statement) -> float:
    """events.news_days as a number: infinite for a figure of no one-off happening."""
    found = news_days(statement.measure, statement.events)
    return math.inf if found is None else found[1]


# The regions a place may lie in as a world region: those news names as places, and those
# whose countries the lexicon lists (the Arctic's eight states).
_WORLD_REGIONS = lex.REGIONS | frozenset(lex.REGION_MEMBERS)


def _in_world_regions(scopes: list[frozenset[str]], strict: np.ndarray) -> np.ndarray:
    """scopes_agree with `of_no_event`, as a matrix like `strict` (scopes_agree's): it
    differs only where one scope marks a part of a world region and the other names a place
    in one or the world, so only those pairs that `strict` refuses are read again."""
    relaxed = strict.copy()
    regions = [i for i, scope in enumerate(scopes)
               if any(p.startswith(_PART_OF) and p.removeprefix(_PART_OF) in _WORLD_REGIONS
                      for p in scope)]
    if regions:
        placed = [j for j, scope in enumerate(scopes)
                  if scope == _WORLD or any(map(world_regions_of, scope))]
        for i in regions:
            for j in placed:
                if not strict[i, j]:
                    relaxed[i, j] = relaxed[j, i] = scopes_agree(scopes[i], scopes[j],
                                                                 of_no_event=True)
    return relaxed


def _unplaced_in_parts(scopes: list[frozenset[str]], strict: np.ndarray) -> np.ndarray:
    """scopes_agree with `unplaced_in_parts` (and `of_no_event`), as a matrix like `strict`
    (_in_world_regions'): it differs only where one scope holds a place the gazetteer lacks
    and the other a part of a country, so only those pairs that `strict` refuses are read
    again."""
    relaxed = strict.copy()
    unplaced = [i for i, scope in enumerate(scopes) if any(map(is_unplaced, scope))]
    parted = [i for i, scope in enumerate(scopes) if any(p.startswith(_PART_OF) for p in scope)]
    for i in unplaced:
        for j in parted:
            if not strict[i, j]:
                relaxed[i, j] = relaxed[j, i] = scopes_agree(scopes[i], scopes[j], True, True)
    return relaxed


def _contrast_codes(sentences: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's contrasts (contrasts_of) as a code, and whether each two codes agree.
    A model's variant ("Hornsea 2", "The 2025 Dakar Rally", a six-day pass) can disagree
    only with another variant of the same model, so where the corpus names the model in one
    variant only its side is dropped: most sentences that name a numbered thing or an
    event's year would otherwise each take a code of their own, and the agreement matrix
    grows with the square of the codes."""
    read = [contrasts_of(sentence) for sentence in sentences]
    variants: dict[str, set[str]] = {}
    for sides in read:
        for model, variant in _variant_sides(sides):
            variants.setdefault(model, set()).add(variant)
    codes: dict[frozenset[str], int] = {}
    sentence_codes = np.array([codes.setdefault(frozenset(
        side for side in sides
        if not side.startswith(_VARIANT_SIDE) or len(variants[_variant_of(side)[0]]) > 1),
        len(codes)) for sides in read], dtype=np.int64)
    return sentence_codes, _agreement(list(codes), contrasts_agree)


def _agreement(values: list[Any], agree: Callable[[Any, Any], bool]) -> np.ndarray:
    """Whether each pair of distinct values agrees, as a matrix indexed by their codes."""
    return np.array([[agree(a, b) for b in values] for a in values],
                    dtype=bool).reshape(len(values), len(values))


def _headline_agreement(subjects: list[frozenset[str]]) -> np.ndarray:
    """_agreement for subjects.headlines_agree, asked only of the rows whose statement
    carries a headline's names (the rest agree with all): the subject sets of a corpus are
    thousands, those that name their subject only by its kind few."""
    agree = np.ones((len(subjects), len(subjects)), dtype=bool)
    for row in (k for k, names in enumerate(subjects) if marks(names, HEADLINED)):
        agree[row] = agree[:, row] = [headlines_agree(subjects[row], other)
                                      for other in subjects]
    return agree


def group_facts(statements: Sequence[Statement], pairs: Pairs) -> list[list[int]]:
    """The facts: groups of paired statements, each in order, the groups in order of their
    first statement. Paired statements join one group, strongest pair first, unless some
    statement of one group and some of the other fail the gates together: connected
    components alone let one false pair chain two facts into one ("South Korea's chip
    exports hit $16.6 billion" paired with "Semiconductor shipments rose to $16.6bn",
    wrongly with "Total exports rose to $65.9 billion", put chips and all exports in one
    fact although the gates keep them apart). The strongest pair is the one whose score and
    figures say one fact most (_strength). Over the labelled fresh splits the groups, read
    as pairs, are fuller than the pairs the score accepts and, pooled over all of them, more
    precise (docs/matching.md, "From pairs to facts")."""
    if not len(pairs):
        return []
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    siblings = _dated_siblings(statements, pairs)
    edges_first = np.concatenate([pairs.first, siblings[:, 0]])
    edges_second = np.concatenate([pairs.second, siblings[:, 1]])
    graph = coo_matrix((np.ones(len(edges_first), dtype=np.int8), (edges_first, edges_second)),
                       shape=(len(statements), len(statements)))
    _, labels = connected_components(graph, directed=False)
    by_component = np.argsort(labels[pairs.first], kind="stable")
    bounds = np.flatnonzero(np.diff(labels[pairs.first][by_component])) + 1
    sibling_labels = labels[siblings[:, 0]]
    groups: list[list[int]] = []
    for chosen in np.split(by_component, bounds):
        first, second = pairs.first[chosen], pairs.second[chosen]
        members = np.unique(np.concatenate([first, second]))
        if len(members) == 2:
            groups.append(members.tolist())
            continue
        table = _GateTable([statements[i] for i in members], dated_siblings=True)
        conflicts = _PairedConflicts([statements[i] for i in members], table.codes.figures,
                                     np.searchsorted(members, first),
                                     np.searchsorted(members, second))
        everyone = np.arange(len(members))
        if (len(members) <= WHOLE_GROUP_CHECK_UP_TO and table.between(everyone, everyone).all()
                and conflicts.allowed(everyone, everyone).all()):
            groups.append(members.tolist())
            continue
        strongest = np.argsort(-_strength(statements, first, second, pairs.score[chosen],
                                          pairs.alike[chosen]),
                               kind="stable")
        # a sentence's own two times join last, once every pair has had its turn
        own = siblings[sibling_labels == labels[first[0]]]
        groups += [[int(members[i]) for i in group] for group in _joined_while_gated(
            table, conflicts,
            np.searchsorted(members, np.concatenate([first[strongest], own[:, 0]])),
            np.searchsorted(members, np.concatenate([second[strongest], own[:, 1]])),
            len(members))]
    return sorted((sorted(group) for group in groups), key=lambda group: group[0])


def _dated_siblings(statements: Sequence[Statement], pairs: Pairs) -> np.ndarray:
    """Two figures of one sentence that it dates apart, each paired with another statement:
    one measure at two times, by the sentence's own words ("England now has about 2,900
    public libraries, down from roughly 3,600 in 2010"), which may join the fact of one to
    the fact of the other (every gate but the sentence's still applies). Never a pair of
    their own: a sentence that reports its own change is no finding. As rows of indices."""
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for index in np.unique(np.concatenate([pairs.first, pairs.second])).tolist():
        statement = statements[index]
        if statement.as_of is not None:
            by_sentence.setdefault((statement.article.id, statement.sentence_start),
                                   []).append(index)
    found = [(a, b) for indices in by_sentence.values() if len(indices) > 1
             for at, a in enumerate(indices) for b in indices[at + 1:]
             if statements[a].as_of != statements[b].as_of]
    return np.array(found, dtype=np.int64).reshape(-1, 2)


def _dated_apart(first_day: np.ndarray, second_day: np.ndarray) -> np.ndarray:
    """Whether two statements carry different dates (both dated)."""
    return (first_day != second_day) & ~np.isnan(first_day) & ~np.isnan(second_day)


def _strength(statements: Sequence[Statement], first: np.ndarray, second: np.ndarray,
              scores: np.ndarray, alike: np.ndarray) -> np.ndarray:
    """How strongly each accepted pair says one fact, in log-odds: its pair score with the
    bonus its figures earn (figure_bonuses). Agreeing figures pair a statement before a
    likelier-worded one does: "Semiconductor shipments rose to $16.6bn" joins "chip exports
    hit $16.6 billion" before "Total exports rose to $65.9 billion"; and one under a
    headline alike before one from another story ("Littler's £500,000 payday" before a
    snooker champion's "half a million pounds")."""
    clipped = np.clip(scores.astype(np.float64), 1e-9, 1 - 1e-9)
    return (np.log(clipped / (1 - clipped)) + figure_bonuses(statements, first, second, alike)
            + _evidence_beyond_figures(statements, first, second))


# A connected group up to this size is first gated whole, as one matrix (most are, and
# pass); a larger one, or one that fails, is joined pair by pair.
WHOLE_GROUP_CHECK_UP_TO = 2048


class _PairedConflicts:
    """Two groups join only where every two of their figures of one day that disagree were
    paired by the matcher itself, or the day's conflict is one it paired among them: a
    conflict rests on a pair it accepted, never on a chain of changes and restatements.
    "Most everyday goods will be taxed at 5%" and "The standard rate will be 18%", of one
    day, each restated later, are paired by no one; "Most other goods now attract GST at 18
    per cent", paired with both, must not make them one fact in conflict. But 36,816 joins
    "Almost 37,000" though "More than 38,000", paired with that, differs from it the same
    day; and one statement that a pair whose figures differ joins to a group may disagree
    with any of it (one source against the rest)."""

    def __init__(self, statements: Sequence[Statement], figures: AgreementArrays,
                 first: np.ndarray, second: np.ndarray) -> None:
        """`figures`: the statements' figures, read for agreement (the group's gate table
        holds them already)."""
        self.days = np.array([math.nan if s.as_of is None else s.as_of.toordinal()
                              for s in statements])
        self.sources = np.unique([s.article.label for s in statements], return_inverse=True)[1]
        self.figures = figures
        self.count = len(statements)
        self.paired = np.sort(np.minimum(first, second) * self.count + np.maximum(first, second))
        # the pairs the matcher accepted that are themselves a conflict: one moment (one day,
        # or a day told again later: moments.one_moment), figures apart
        with np.errstate(invalid="ignore"):
            gap = np.abs(self.days[first] - self.days[second])
        conflicting = (gap <= ONE_MOMENT_DAYS) & ~self.figures.overlap(first, second)
        for k in np.flatnonzero(conflicting & (gap >= 1)).tolist():
            conflicting[k] = one_moment(statements[first[k]], statements[second[k]])
        self.conflict_first, self.conflict_second = first[conflicting], second[conflicting]

    def allowed(self, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """Whether each statement of rows may share a fact with each of columns: always,
        unless they disagree on one day that no accepted pair among them is a conflict of."""
        row_days, column_days = self.days[rows][:, None], self.days[columns][None, :]
        allowed = np.ones((len(rows), len(columns)), dtype=bool)
        at_row, at_column = np.nonzero(row_days == column_days)  # NaN: undated, never equal
        if len(at_row):
            a, b = rows[at_row], columns[at_column]
            agree = self.figures.overlap(a, b)
            if agree.all():
                return allowed
            keys = np.minimum(a, b) * self.count + np.maximum(a, b)
            at = np.minimum(np.searchsorted(self.paired, keys), len(self.paired) - 1)
            paired = self.paired[at] == keys
            together = np.zeros(self.count, dtype=bool)
            together[rows] = together[columns] = True
            inside = together[self.conflict_first] & together[self.conflict_second]
            attested = np.isin(self.days[a], np.concatenate([
                self.days[self.conflict_first[inside]], self.days[self.conflict_second[inside]]]))
            allowed[at_row, at_column] = agree | paired | attested
        return allowed

    def one_against_the_rest(self, a: int, b: int, group_a: np.ndarray,
                             group_b: np.ndarray) -> bool:
        """Whether a pair whose figures differ joins one statement to a group: one source
        against the rest, which may disagree with any of them. Not a source the group
        already quotes (the same outlet, or article where none is named): one that gives the
        minimum wage, then "The guaranteed minimum for skilled workers will be 348,800
        forints", set its two figures apart itself."""
        lone, rest = (group_a, group_b) if len(group_a) == 1 else (group_b, group_a)
        return (len(lone) == 1 and not np.isin(self.sources[rest], self.sources[lone]).any()
                and not self.figures.overlap(np.array([a]), np.array([b]))[0])


def _joined_while_gated(table: _GateTable, conflicts: _PairedConflicts, first: np.ndarray,
                        second: np.ndarray, count: int) -> list[list[int]]:
    """Statements 0..count-1 joined along the pairs (first[k], second[k]) in that order,
    two groups only when every statement of one passes the gates with every statement of
    the other and no two of them would be a conflict no pair says, unless one source stands
    against the rest (_PairedConflicts). A refusal stands once made (a larger group still
    holds the pair that failed), so it is kept and never checked again."""
    root = list(range(count))
    members: dict[int, np.ndarray] = {i: np.array([i]) for i in range(count)}
    refused: dict[int, set[int]] = {i: set() for i in range(count)}

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for a, b in zip(first.tolist(), second.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra == rb or rb in refused[ra]:
            continue
        if not table.between(members[ra], members[rb]).all() or (
                not conflicts.one_against_the_rest(a, b, members[ra], members[rb])
                and not conflicts.allowed(members[ra], members[rb]).all()):
            refused[ra].add(rb)
            refused[rb].add(ra)
            continue
        root[ra] = rb
        members[rb] = np.concatenate([members[rb], members.pop(ra)])
        for other in refused.pop(ra):
            refused[other].discard(ra)
            refused[other].add(rb)
            refused[rb].add(other)
    return [group.tolist() for group in members.values() if len(group) > 1]
