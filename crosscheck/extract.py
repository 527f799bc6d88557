"""From article text to statements: sentences that carry a quantity of a fact.

Three questions per number: is this line article text (not page furniture)? is this number a
quantity of a fact? what does the writer's wording make of it? The first is sentences.py's,
the others parse.py's; this module walks an article and builds the statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from crosscheck import _lexicon as lex
from crosscheck.anchors import figure_dates, starting_figure_date
from crosscheck.article import Article
from crosscheck.events import statement_events
from crosscheck.frames import MASK, attribution, make_frame, teller
from crosscheck.parse import (
    FoundQuantity,
    may_hold_quantity,
    sentence_figures,
    shared_currency_of,
)
from crosscheck.periods import says_a_span
from crosscheck.places import (
    capital_of,
    country_of,
    is_capital,
    is_country,
    is_known,
    is_province,
    is_unplaced,
    place_spans,
    places_named,
    region_of,
)
from crosscheck.quantity import Quantity
from crosscheck.scope import (
    HOME_SUFFIXES,
    REGION_ADJECTIVE_MEMBER,
    find_places,
    is_sea,
    names_one_country_of_a_region,
    ranks_within,
    ranks_within_a_region,
    ranks_within_the_bloc,
)
from crosscheck.sentences import LIST_MARKER, is_claim_sentence, is_furniture, split_sentences
from crosscheck.subjects import (
    HEADLINED,
    HOMED,
    INDUSTRY,
    MADE_BY_OTHER,
    ONE_OF,
    OWNED_BY,
    headline_names,
    is_other_capital,
    marks,
    names_a_gateway,
    names_a_monument,
    names_agree,
    names_someone,
    owners_in,
    proper_names,
    subject_names,
)
from crosscheck.things import CUTS, measure_near, names_a_harm
from crosscheck.words import SUPERLATIVE, is_plural_noun


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
    subjects: frozenset[str]  # the parties, bodies, people it names (see subjects.py)
    as_of: date | None  # the article's date, or the date the sentence gives ("in December")
    since: date | None = None  # start of the period a change covers ("since Jan. 30")
    events: frozenset[str] = frozenset()  # kinds of event it is the toll of (see events.py)

    @property
    def news_day(self) -> date | None:
        """The as-of date, but no later than publication: the pair score's date gap is how
        far apart two reports are, and a change set for next January is news the day it is
        reported ("will rise to £18 from January 2" beside "Visitors will pay £18")."""
        published = self.article.published
        if self.as_of is None or published is None:
            return self.as_of
        return min(self.as_of, published)

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
    # A sentence that names no place is about the places its headline names: "Officials
    # said 30,000 people had been evacuated" under "Wildfires force evacuations on Rhodes"
    # (and one that names no kind of event about its headline's: statement_events). Not a
    # sea, which ships and people cross: "Maersk's EBITDA reached $12.1 billion" under "Red
    # Sea detours lift Maersk" is no figure of the sea's, and "The island nation drew" under
    # "Indian Ocean resorts" lies in no ocean (a sentence naming the sea keeps it).
    headline_scope = (frozenset(place for place in _broadest(find_places(
        _NEW_MARKET.sub("", article.title))) if not is_sea(place))
                      if article.title else frozenset())
    if article.title and _SEVERAL_PLACES_IN.search(article.title):
        headline_scope = _somewhere_in(headline_scope)
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
        if is_furniture(content) or not may_hold_quantity(content):
            continue
        base = line_start + (len(line) - len(body)) + (len(body) - len(body.lstrip()))
        for sentence_offset, sentence in split_sentences(content):
            if is_claim_sentence(sentence, is_title):
                statements.extend(_the_figure_before(statements, _statements_in(
                    article, sentence, base + sentence_offset, headline_scope)))
    return statements


# A figure the sentence names only as "the figure" or "the number" counts what the figure
# before it counted: "City hall, counting with sensors, put the figure at about 1.1
# million" after "The Christmas market drew 1.3 million visitors".
_THE_FIGURE = re.compile(r"\b(?:the|that|this)\s+(?:figure|number|total|tally|count)\b",
                         re.IGNORECASE)


def _the_figure_before(before: list[Statement], found: list[Statement]) -> list[Statement]:
    """The statements of a sentence, each count that names no thing but speaks of "the
    figure" taking the thing of the article's count just before it."""
    if not before or before[-1].quantity.kind != "count" or before[-1].thing is None:
        return found
    return [replace(statement, thing=before[-1].thing)
            if statement.thing is None and statement.quantity.kind == "count"
            and _THE_FIGURE.search(statement.sentence) else statement
            for statement in found]


def _statements_in(article: Article, sentence: str, sentence_start: int,
                   headline_scope: frozenset[str]) -> list[Statement]:
    found = sentence_figures(sentence)
    if not found:
        return []
    events = statement_events(sentence, article.title)
    places = find_places(sentence)
    headline_scope = frozenset(place for place in headline_scope
                               if not _only_in_a_name(sentence, place))
    if (places and not events and not names_a_harm(sentence) and (source := teller(sentence))
            and places <= find_places(source)):
        # the places say only who gave the figure ("Turkey's culture ministry said", "The
        # US Geological Survey now puts"): where the figure lies, as a headline's place
        # does, not the place it counts. A toll is the teller's ("Spanish authorities said"
        # counts Spain's dead, "Morocco's interior ministry put the number of dead at").
        headline_scope, places = headline_scope | places, frozenset()
    lent = False  # whether the places are the headline's alone, for a figure of no event
    if places == {lex.NATIONWIDE}:  # "across the country": the country the headline names
        places = places | {place for place in headline_scope if is_country(place)}
    elif places == {lex.STATEWIDE}:  # "statewide": the state the headline names
        places = places | {place for place in headline_scope if is_province(place)}
    if not places:
        if len(headline_scope) == 1 and _IN_THE_CAPITAL.search(sentence) and (
                capital := capital_of(next(iter(headline_scope)))):
            places = frozenset({capital})  # "shot dead in the capital" under "Nepal ..."
        elif headline_scope and (all(ranks_within(sentence, place) for place in headline_scope)
                                 or ranks_within_a_region(sentence)
                                 or _WORLD_RANKED_FEATURE.search(sentence)
                                 or (_WORLD_RANKED_TRADER.search(sentence)
                                     and _regions_only(headline_scope))):
            # "Europe's second-longest river runs for some 1,770 miles" under "Europe's
            # rivers run dry": one river somewhere in Europe (the Danube), not all Europe's;
            # "Borneo's highest peak" under "Southeast Asia's summits" one peak somewhere in
            # the headline's region; "The world's largest salt flat spans" under "South
            # America's wonders", one feature somewhere in the headline's places; and "The
            # world's top banana shipper" under "Latin America's fruit trade", one country
            # of the headline's region
            places = _somewhere_in(headline_scope)
        elif names_one_country_of_a_region(sentence):
            # "the East African country" under "Roses to Europe: Kenya's": Kenya; "the
            # Iberian country" under "Europe's renewables surge": one left unnamed, not Europe;
            # "the Ionian island" under "Greek islands count the cost": somewhere in Greece
            countries = frozenset(place for place in headline_scope if is_country(place))
            places = _somewhere_in(countries) if _ONE_PART.search(sentence) else countries
        elif _THE_COUNTRY.search(sentence) and headline_scope and _regions_only(headline_scope):
            # "Measles cases in the country" under "Balkans battle measles", "west of the
            # capital" under "Central America's restless volcanoes": one country of the
            # headline's region, left unnamed
            places = frozenset(f"{lex.PART_OF} {place}" for place in headline_scope)
        elif _ONE_PART.search(sentence):
            # "The island received" under "Greece's": somewhere in Greece; "The island nation
            # drew" under "Indian Ocean resorts": an island the sentence leaves unnamed
            places = _somewhere_in(headline_scope)
        elif events:
            places = _somewhere_in(headline_scope)
        elif names_a_harm(sentence):
            # "Sixteen people died" under "Portugal mourns funicular victims": a harm the
            # headline's country counts somewhere in it (Lisbon's toll); under a city's
            # headline, the city's ("The number of dead at the site rose to 15" in Bangkok)
            places = headline_scope | _somewhere_in(
                frozenset(filter(is_country, headline_scope)))
        elif _A_PROVINCE.search(sentence) and headline_scope and all(
                map(is_country, headline_scope)):
            places = _somewhere_in(headline_scope)
        elif _THE_REGION.search(sentence) and (
                regions := _somewhere_in_regions(headline_scope)):
            places = headline_scope | regions
        elif not _BUSINESS_WHOLE.search(sentence):
            places, lent = _countries_too(sentence, headline_scope), bool(headline_scope)
    elif events and headline_scope:
        places = _placed_by_headline(sentence, places, headline_scope)
    elif headline_scope and _OPENS_WITH_WIDER_AREA.match(sentence):
        places = places | _countries_too(sentence, headline_scope)
    elif headline_scope and all(_near(sentence, place) for place in places):
        places = places | _lying_in(headline_scope)
    elif not events and all(map(is_country, places)) and _ONE_PART.search(sentence):
        # a single sight, named only by its kind, in a country the sentence names lies
        # somewhere in it: "The coronation church of French kings boasts some 2,300 carved
        # figures" is Reims Cathedral's count
        places = _somewhere_in(places)
    if places <= {"Europe"} and _THE_BLOC.search(sentence) and not ranks_within_the_bloc(
            sentence):
        places = frozenset({"European Union"})  # "in the bloc" under "Europe's EV share"
    if places and _singles_out(sentence, places):
        places = places | {lex.SINGLED_OUT}
    named = places  # a place named is no subject, though its figure is its country's
    if places and _NATIONAL_RECORD.search(sentence):
        places = frozenset(_nation_of(place, headline_scope) for place in places)
    places = places | compass_parts(sentence)  # marks, never a nation's (_nation_of)
    statements = []
    for at, item in enumerate(found):
        next_start = found[at + 1].start if at + 1 < len(found) else None
        as_of, since = figure_dates(sentence, article.published, item.end, next_start)
        measure = measure_near(sentence, item.start, item.end, item.quantity.kind, item.thing)
        item = _thing_of_measure(item, measure)
        if (shared := _shared_currency_name(item)) and (
                code := shared_currency_of(shared, places) or _unplaced(shared)):
            per = item.quantity.unit.partition("/")[1:]  # "cents per kilowatt hour"
            item = replace(item, quantity=replace(item.quantity, unit=code + "".join(per)))
        if (measure in lex.SET_MEASURES and item.quantity.kind == "percent"
                and _BARE_FIGURE.match(item.value_text)):
            item = replace(item, quantity=item.quantity.as_set())
        rate_of_change = _is_rate_of_change(measure, item.quantity.kind)
        if rate_of_change and _DECLINE_BEFORE.search(sentence, 0, item.start):
            item = replace(item, quantity=item.quantity.negated())  # "GDP shrank by 0.3%"
        # a cut is a change itself: "to cut up to 200 more jobs" is a round's size, as "will
        # shed as many as 200 staff" is
        role = "total" if item.role == "change" and (rate_of_change or measure == CUTS) else (
            item.role)
        # a change's starting figure dated by its own clause is that time's total ("down
        # from 83.9 TWh in 2023"); undated, it stays "earlier", compared with nothing
        if role == "earlier" and (started := starting_figure_date(
                sentence, article.published, item.end, next_start)):
            role, as_of, since = "total", started, None
        frame = make_frame(sentence, item.start, item.end)
        # "in the Mediterranean" is a place, not a subject
        subjects = _subjects(sentence, frame, article.title, measure) - named
        statements.append(Statement(
            article=article,
            sentence=sentence,
            sentence_start=sentence_start,
            value_start=sentence_start + item.start,
            value_text=item.value_text,
            quantity=item.quantity,
            role=role,
            thing=item.thing,
            measure=measure,
            places=_somewhere_in(places) if lent and _own_figure(item, subjects, frame) else (
                places),
            frame=frame,
            subjects=subjects,
            as_of=as_of,
            since=since,
            events=_events_of(item.quantity, sentence, events),
        ))
    return statements


def _own_figure(item: FoundQuantity, subjects: frozenset[str], frame: str) -> bool:
    """Whether a figure is a named subject's own, a business's its home describes, a
    monument's named after its builder, or one named by its kind, wherever in its headline's
    place it lies: "Hallgrimskirkja drew 620,000 visitors" under "Iceland's tourism booms"
    is the Reykjavik church's count, and so is "Hallgrimskirkja's tower had 620,000
    visitors", and "The Costa del Sol's gateway served" under "Spain's sunshine airports
    boom" one airport's; "The Vietnamese carmaker handed over about 97,000 EVs" under "Southeast
    Asia's EV race" VinFast's, and "The Lufthansa budget unit flew" under "Europe's airlines"
    Eurowings' (a business its owner describes); "The Nordic payments app counted some
    11.5m users" under "Mobile wallets gain ground in Europe" one app's (but a count of
    nothing said is the place's: "The list reached 7.6 million" under "Waiting lists in
    England hit record").
    Not a share, which is the place's: "ANO took 34.51 percent" under "Populists win in
    Prague" is the Czech vote; unless it is a share of the subject's own things ("Some 82
    percent of the Lufthansa budget unit's flights landed on schedule" under "Europe's
    airlines ranked on punctuality" is Eurowings')."""
    return (item.quantity.kind != "percent" or _OF_ITS_OWN.match(frame) is not None) and bool(
        names_someone(subjects) or marks(subjects, HOMED, OWNED_BY, ONE_OF)
        or names_a_monument(frame) or names_a_gateway(frame)
        or (not (item.quantity.kind == "count" and item.thing is None)
            and _BY_THE_KIND.match(frame) and not _BY_A_PLACE_KIND.match(frame)))


# A share of what its subject has: "[NUM] of its flights", "[NUM] of the Lufthansa budget
# unit's flights" (_own_figure).
_OF_ITS_OWN = re.compile(
    r"\[NUM\]\s+of\s+(?:its|their|the\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:'s|’s)|[A-Z][\w-]*(?:'s|’s))\s")


def opens_on_a_placed_kind(frame: str) -> bool:
    """Whether a frame opens on its subject's kind and where it is, or whence: "Kenya's most
    famous wildlife reserve drew", "The Malmesbury-founded vacuum maker took in"; not on a
    place's kind ("The Indian Ocean island drew"). A kind alone ("The mountain drew") takes
    its headline's names instead (_subjects: subjects.HEADLINED)."""
    return bool(_BY_A_PLACED_KIND.match(frame)) and not _BY_A_PLACE_KIND.match(frame)


_BY_A_PLACED_KIND = re.compile(
    r"\W*(?:The\s+(?:[A-Z][\w'’-]*\s+){1,3}|[A-Z][\w-]*(?:'s|’s)\s+)[a-z]")


# ... but not a place's kind: "The country received 16.4 million foreign visitors" under
# "Korea tourism rebounds" is Korea's count, not one anywhere in it.
_BY_A_PLACE_KIND = re.compile(
    rf"\W*The\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(lex.PLACE_KINDS)})s?\b")


def _events_of(quantity: Quantity, sentence: str, events: frozenset[str]) -> frozenset[str]:
    """The kinds of event a figure is the toll of: none taken from the headline for a
    figure per year, which stands whatever happened this week ("Zermatt records about 2.4
    million overnight stays a year" under "Zermatt cut off by floods")."""
    if quantity.unit.endswith("/year") and events:
        return statement_events(sentence, None)
    return events


# "in the capital", in a sentence that names no place: the capital of the one country its
# headline names ("as ministers met in the capital" beside a named country is another place).
_IN_THE_CAPITAL = re.compile(r"\b(?:in|across|around)\s+the\s+capital\b(?!\s+of\b)")
# "Measles cases in the country", "The small country between Romania and Ukraine shipped":
# a country the headline leaves unnamed when it names a region only (not "the country music
# festival"); so is one a sentence places by its
# capital ("Some 40,000 residents fled the slopes of the volcano west of the capital" under
# "Central America's restless volcanoes" is Guatemala's count), not the capital a business
# raises.
_THE_COUNTRY = re.compile(
    r"\bthe\s+(?:(?:(?-i:[a-z]+)\s+){0,2}(?:country|nation)\b(?!\s+(?:music|house|club|side|road"
    r"|park)\b)"
    r"|capital\b(?!\s+(?:of|markets?|gains?|requirements?|buffers?|ratios?|raised|base)\b))",
    re.IGNORECASE)

# A sentence that opens on a place sets that place's share apart from a whole: "In China,
# its sales dropped to about 56,900 cars", "In North Carolina alone, 108 people died".
_FRONTED_PLACE = re.compile(
    r"\W*(?:In|Across|Outside|Within)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?:\s+alone)?\s*,")


# ... and so does one that opens on a measure reported by segment (lex.SEGMENTED_MEASURES)
# in a place: "Revenue in the Americas rose 4% to $7.6 billion" is a share of the whole
# "$10.6 billion" revenue.
_FRONTED_SHARE = re.compile(
    r"\W*(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?i:"
    + "|".join(sorted(term for term, measure in lex.MEASURE_TERMS.items()
                      if measure in lex.SEGMENTED_MEASURES))
    + r")\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


# ... and so does one that opens on a place whose figure is "of it" or "of them", a whole
# told before: "Vietnam supplied about 3.2 million tonnes of it" is its share of the
# Philippines' rice imports, never the imports.
_PLACES_PART_OF_IT = re.compile(
    r"\W*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s.*?\b(?:of|among)\s+"
    r"(?:it|them|those|these)\W*$")


def _singles_out(sentence: str, places: frozenset[str]) -> bool:
    """Whether the sentence opens on one of its places (_FRONTED_PLACE), on a segmented
    measure there (_FRONTED_SHARE), or on one whose part of a whole told before it gives
    (_PLACES_PART_OF_IT), not on a time ("In 2024,") or a name that is no place ("In
    Tesla's case,")."""
    fronted = (_FRONTED_PLACE.match(sentence) or _FRONTED_SHARE.match(sentence)
               or _PLACES_PART_OF_IT.match(sentence))
    if fronted and sentence.split(maxsplit=1)[0].lower() in lex.TRADES:
        return False  # "Tourism revenue in Portugal reached": the trade's, all the country's
    return fronted is not None and (fronted.group("place") in places
                                    or bool(set(places_named(fronted.group("place"))) & places))


# A compass adjective before what it qualifies ("the northern Great Barrier Reef", "the
# south-eastern region"), or a bare compass word after "the" ("the north coast"); not a
# direction ("north of Mexico City", "headed east").
_COMPASS_WORD = re.compile(
    r"\b(?:((?:north|south)(?:-?(?:east|west))?|east|west)ern|(?<=\bthe\s)"
    r"((?:north|south)(?:-?(?:east|west))?|east|west))\s+(?!of\b|by\b|and\b|or\b|to\b)[A-Za-z]")

_COMPASS_POINTS = re.compile(r"north|south|east|west")


def compass_parts(sentence: str) -> frozenset[str]:
    """The compass parts a sentence speaks of, as marks (lex.COMPASS_PART), one per point a
    direction holds: "north-eastern" is in the north and in the east, so beside "northern"
    it may be one part, beside "southern" not. A compass word that names a region with its
    adjective ("The southern African country") is no part of anywhere."""
    compass = list(_COMPASS_WORD.finditer(sentence))
    if not compass:
        return frozenset()  # most sentences
    regional = [member.span() for member in REGION_ADJECTIVE_MEMBER.finditer(sentence)]
    return frozenset(f"{lex.COMPASS_PART} {point}" for found in compass
                     if not any(start <= found.start() < end for start, end in regional)
                     for point in _COMPASS_POINTS.findall(found.group(1) or found.group(2)))


# A currency several countries name alike, named alone, is that of the one of them the
# statement is placed in, the headline's where the sentence names none ("Seafood exports
# reached a record 175 billion kroner" under "Salmon drives Norwegian export boom"); else any
# of them (_unplaced).
_MOST_OFTEN_MEANT = "|".join(name for name in lex.SHARED_CURRENCIES
                            if name in lex.CURRENCY_WORDS or name in lex.CURRENCY_HUNDREDTHS)
_BARE_SHARED_CURRENCY = re.compile(
    rf"[\d.](?:\s?(?:thousand|million|billion|trillion|bn|m))?\s?({_MOST_OFTEN_MEANT})$",
    re.IGNORECASE)

_SHARED_SYMBOL = re.compile(rf"({'|'.join(map(re.escape, lex.SHARED_SYMBOLS))})\s?\d")


def _shared_currency_name(item: FoundQuantity) -> str | None:
    """The name of a currency several countries share that a figure is given in, where the
    statement's places may say whose: one read first as the news most often means it
    ("kroner", Danish), or one the sentence left unplaced ("crowns", placed by the headline)."""
    if item.quantity.kind != "currency":
        return None
    if bare := _BARE_SHARED_CURRENCY.search(item.value_text):
        return bare.group(1)
    if symbol := _SHARED_SYMBOL.search(item.value_text):
        return symbol.group(1)  # "¥40", the yen unless placed in China
    return item.quantity.unit if item.quantity.unit in lex.SHARED_CURRENCIES else None


def _unplaced(shared: str) -> str | None:
    """A currency name several countries share that nothing places, as money in any of
    them: "19,800 billion kroner" under "Oil fund's first-half profit" may be Norway's as
    well as Denmark's (match.currencies_agree). None for hundredths ("cents"), whose figure
    was read in the whole unit the news most often means."""
    return shared.lower() if shared.lower() in lex.CURRENCY_WORDS else None


def _somewhere_in(headline_scope: frozenset[str]) -> frozenset[str]:
    """The headline's places, each also marked as holding a part of itself: the toll of an
    event (a fire, a flood, an attack) that names no place may be the toll anywhere in them
    ("Some 19,000 people were evacuated from homes and hotels on the island" under "Greece
    wildfires" is Rhodes's; see match.scopes_agree). A figure of no event stays the
    headline's place's: "Cases have reached 1,288" under "US measles at 33-year high" is
    the country's count, not Texas's."""
    return headline_scope | {f"{lex.PART_OF} {place}" for place in headline_scope
                             if not place.startswith(lex.PART_OF)}


def _only_in_a_name(sentence: str, place: str) -> bool:
    """Whether a sentence writes a headline's place only inside longer names, each beside
    another capitalised word, where it reads no place ("Grupo Bimbo's net sales" under
    "Bimbo sales edge up"): the headline's word is that name's short form, not the town in
    the Central African Republic."""
    if place not in sentence:  # most headline places: asked of every sentence
        return False
    name = re.escape(place)
    written = {found.start() for found in re.finditer(rf"\b{name}\b", sentence)}
    if not written:
        return False
    in_names = {found.start(1) if found.group(1) else found.start(2) for found in re.finditer(
        rf"\b(?!The\b)[A-Z][\w'’-]*\s+({name})\b|\b({name})(?=\s+[A-Z])", sentence)}
    return written == in_names and not any(start <= at < end for at in written
                                           for start, end, _ in place_spans(sentence))


def _near(sentence: str, place: str) -> bool:
    """Whether a sentence names a place the gazetteer lacks only to say what it counts lies
    near it ("the cliff-top monasteries near Kalambaka", "The ruined palace above the
    Neckar"), an island lies off it ("The car-free island off Rügen") or a tunnel passes
    through it ("The new rail tunnel through the Koralpe"): that is some sight of its own,
    not the place ("The nearby Mayan city of Uxmal drew" is Uxmal's count, never Chichen
    Itza's)."""
    return is_unplaced(place) and re.search(
        rf"\b(?:near|{'|'.join(lex.SIGHT_STANDS)}|(?<=tunnel\s)through|{lex.ISLAND_OFF})"
        r"\s+(?:the\s+)?"
        rf"{re.escape(place)}\b",
        sentence) is not None


def _lying_in(headline_scope: frozenset[str]) -> frozenset[str]:
    """Where a headline puts the places its sentence names near a sight (_near): under
    "Greece's overtourism debate", "the cliff-top monasteries near Kalambaka" lie in Greece,
    so their count may be Meteora's ("Meteora drew 1.4 million visitors" under "Greece caps
    cruise arrivals"), though never Greece's own (match.scopes_agree)."""
    wider = {place for place in headline_scope if is_known(place) and place not in lex.REGIONS}
    wider |= {country for place in wider if (country := country_of(place)) is not None}
    return frozenset(f"{lex.LIES_IN} {place}" for place in wider)


# A natural feature a sentence ranks in the world lies somewhere, as one a region's
# superlative ranks does (scope.ranks_within): "The world's largest salt flat", "The world's
# largest tropical wetland". Not a business or a country ranked so ("the world's largest
# sovereign fund" under "Norway's oil fund" is its worldwide figure).
_NATURAL_FEATURES = (*lex.FEATURE_WORDS, *lex.SITE_WORDS, "salt flat", "wetland", "reef",
                     "canyon", "volcano", "mountain", "peak", "delta", "fjord", "rainforest")
_WORLD_RANKED_FEATURE = re.compile(
    rf"\bworld['’]s\s+{SUPERLATIVE}\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(sorted(_NATURAL_FEATURES, key=len, reverse=True))})s?\b", re.IGNORECASE)
# ... and so does one that trades a good, a country or a business, ranked in the world under
# a headline naming only a region ("The world's top banana shipper" under "Latin America's
# fruit trade"); under a country's headline it is the country ("the world's largest
# sovereign fund" under "Norway's oil fund").
_WORLD_RANKED_TRADER = re.compile(
    rf"\bworld['’]s\s+(?:{SUPERLATIVE}|top|leading)\s+(?:[a-z-]+\s+)?"
    r"(?:exporter|shipper|producer|grower|importer|supplier|miner|buyer|consumer)s?\b",
    re.IGNORECASE)
def _regions_only(places: frozenset[str]) -> bool:
    """Whether places are all regions that lie in no one country ("Balkans", "Latin
    America"): a headline naming only those names no country its sentence may mean."""
    return all(not is_country(place) and country_of(place) is None for place in places)


# A sentence that speaks of the area around its headline's place, naming none: "Last
# year's 40.7 million arrivals put pressure on the islands" under "Santorini limits cruise
# visitors" is Greece's count, and "The kingdom hosted some 16.9m foreign pilgrims" under
# "Mecca's crowded year" Saudi Arabia's, described or not ("Consumer prices in the former
# Soviet republic rose" under "Price pressures return in Chisinau" are Moldova's; the kind
# in small letters, as "the Dominican Republic" is a name).
_WIDER_AREA = re.compile(rf"\b[Tt]he\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){{0,2}}?"
                         rf"(?:islands|{'|'.join(lex.COUNTRY_KINDS)})\b")
# ... and one that speaks of a single island, city or town, naming none, is about a place
# somewhere in its headline's: "The island received some 1.3 million visitors from cruise
# ships" under "Greece's crowded caldera" is Santorini's count; "The Caribbean resort's
# airport served" under "Mexican airports post mixed year" is Cancún's; "The 515-foot Gothic
# cathedral" under "Germany's great churches" is Cologne's; "the Adriatic bay" under
# "Montenegro's cruise boom" is Kotor's (not the coast guard's, which names no place); "the
# composer's childhood home" under "Austria's music tourism" is Mozart's birthplace's (a
# home or house in lower case: "The House voted" is a chamber); "the Black Sea festival"
# under "Bulgaria's late-summer arts" is Sozopol's; "the Portuguese shrine" is Fátima's;
# "The remote Western Desert oasis" is Siwa (a name of two words describes as one word does).
_ONE_PART = re.compile(r"\bthe\s+(?:(?-i:[A-Z][\w'’-]*\s+[A-Z][\w'’-]*)\s+|[\w,'’-]+\s+){0,2}?"
                       r"(?:island|isle|archipelago|city|town|village"
                       r"|resort|bay|beach|port|coast(?![\s-]*guard|-)|oasis"
                       r"|cathedral|church|basilica|abbey|monastery|mosque|temple|shrine|castle"
                       r"|palace|fortress|citadel|landmark|monument|aqueduct|chapel|ossuary|tower"
                       r"|amphitheatre|arena"  # "The Roman arena south of Sousse" (El Jem's)
                       r"|skyscraper|(?-i:bridge)"  # not "the Krk Bridge", a name
                       r"|birthplace|festival|dune|(?-i:home|house)|territory|dependency"
                       # a park or a reserve in lower case: "The Baba mountain reserve above
                       # Bitola" is Pelister National Park (not "the Federal Reserve")
                       r"|(?-i:park|reserve)"
                       # a ride up or across to a sight: "The gondola line from Mount Faber
                       # to Sentosa" (the Singapore Cable Car's)
                       r"|funicular|gondola|cable\s+car|cableway"
                       # a state's overseas part named by its sea: "The French Caribbean
                       # department" (not "the health department")
                       r"|(?:overseas|Caribbean|Atlantic|Pacific|Ocean)\s+department)\b",
                       re.IGNORECASE)


# A country's city or port told by what it is in the country: "Ivory Coast's economic
# capital" (Abidjan), "Chile's busiest container port".
_COUNTRYS_ONE_PLACE = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+(?:[a-z-]+\s+){1,2}?"
    r"(?:capital|city|town|port|island)\b")


def describes_one_place(sentence: str) -> bool:
    """Whether a sentence speaks of a single island, town, sight or festival by its kind
    (_ONE_PART: "The Cycladic island", "the lagoon city's old town"; _COUNTRYS_ONE_PLACE:
    "Ivory Coast's economic capital"), naming none: a place described, which may restate a
    named one's figure (match.described_place_restatement)."""
    return bool(_ONE_PART.search(sentence) or _COUNTRYS_ONE_PLACE.search(sentence))


# A business's whole, said as such, is no headline place's share: "Philips reported group
# sales of €18.0 billion" under "Philips sales dip as China slows".
_BUSINESS_WHOLE = re.compile(
    r"\b(?:group|total|overall|combined|global|worldwide)\s+(?:net\s+)?(?:sales|revenues?"
    r"|turnover|profits?|deliveries)\b", re.IGNORECASE)
# "The bloc", where no place or only Europe is named, is the European Union: "Fully electric
# models now account for 16.4 percent of new registrations in the bloc" under "Europe's EV
# share climbs" beside "16.4% of the EU market".
_THE_BLOC = re.compile(r"\bthe\s+(?:\d+-(?:member|nation|country)\s+)?bloc\b", re.IGNORECASE)
# A headline about several towns of a country is about somewhere in it, not all of it:
# "Police put the crowd along the route at some 1 million" under "Carnival crowds pack
# German cities" may be Cologne's crowd.
_SEVERAL_PLACES_IN = re.compile(r"\b[A-Z][a-z]+\s+(?:cities|towns|villages|resorts|ports"
                                r"|airports|islands|beaches)\b")
# ... and one that speaks of a province by its kind under a headline naming its country:
# "Joblessness in the French-speaking province stood at 6.3%" under "Canada's provinces shed
# jobs" is one province's rate (Quebec's), not Canada's.
_A_PROVINCE = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:province|canton)\b", re.IGNORECASE)
# ... and one that speaks of the region around its headline's city (_somewhere_in_regions).
_THE_REGION = re.compile(r"\bthe\s+region\b", re.IGNORECASE)
# One that opens with it is about that place, whatever other places it names: "The country
# has taken in more than 700,000 refugees from Ukraine" under "Poland asks for more allied
# forces as refugees keep arriving" is Poland's count.
_OPENS_WITH_WIDER_AREA = re.compile(r"\W*the\s+(?:islands|country|nation)\b", re.IGNORECASE)


def _somewhere_in_regions(headline_scope: frozenset[str]) -> frozenset[str]:
    """Somewhere in the province or region each of a headline's cities lies in: where a
    sentence that speaks of "the region" counts ("Reservoirs in the region were 15.8 percent
    full" under "Barcelona faces water limits" is Catalonia's level, never Spain's)."""
    return frozenset(f"{lex.PART_OF} {region}" for place in headline_scope
                     if (region := region_of(place)) is not None)


def _countries_too(sentence: str, headline_scope: frozenset[str]) -> frozenset[str]:
    """A headline's capital names its country too for a sentence that names no place and
    no event or harm: "ANO took 34.51 percent" under "Populists win in Prague" is the
    Czech vote, while "Some 56,950 people completed the course" under "Record field in
    Paris" is still the Paris Marathon's (one place named more narrowly agrees). A toll
    stays the city's ("The number of dead at the site rose to 15" under a Bangkok
    headline), as "34 killed in Kyiv" is. Any headline place names its country too where
    the sentence speaks of the wider area (_WIDER_AREA)."""
    wider = _WIDER_AREA.search(sentence) is not None
    return headline_scope | {country for place in headline_scope
                             if (wider or is_capital(place))
                             and (country := country_of(place)) is not None}


def _placed_by_headline(sentence: str, places: frozenset[str],
                        headline_scope: frozenset[str]) -> frozenset[str]:
    """An event's figure at a place the gazetteer cannot put in a country ("The death toll
    from the landslide in Chesongoch rose to 26" under "Kenya landslide: hopes fade") or at
    a city it cannot put in a province ("in Karur" under "Stampede at rally in Tamil Nadu")
    is also a figure somewhere in the headline's places, as one that names no place is:
    the headline names the wider place the story is filed under, and the event's toll
    there ("A landslide in western Kenya's Elgeyo Marakwet county killed 21") may be the
    same count. Not a share of a wider toll ("In Kerr County alone, 84 people have died",
    "The death toll in Hualien rose to 17"), and not where the sentence names its country."""
    wider = frozenset(place for place in headline_scope if place not in lex.REGIONS)
    if not wider or any(is_country(place) for place in places):
        return places
    if any(_may_lie_in(place, wider) and not _shares_out(sentence, place) for place in places):
        return places | _somewhere_in(wider)
    return places


def _may_lie_in(place: str, headline_scope: frozenset[str]) -> bool:
    if place in headline_scope:
        return False
    if is_unplaced(place):
        return True
    country = country_of(place)
    return (country is not None and not is_province(place)
            and any(is_province(wider) and country_of(wider) == country
                    for wider in headline_scope))


def _shares_out(sentence: str, place: str) -> bool:
    """Whether a sentence gives a place's share of a wider toll: "In Bangkok, at least ten
    people died", "In Kerr County alone", "The death toll in Hualien"."""
    name = re.escape(place)
    return re.search(rf"^\W*(?:In|At|On)\s+(?:the\s+)?{name}\b|\b{name}\s+alone\b"
                     rf"|\b(?:toll|deaths|dead|fatalities)\s+(?:in|at|on)\s+(?:the\s+)?{name}\b",
                     sentence) is not None


# A headline's market a business moves into is not where the story's figures are: under "Puy
# du Fou expands to Spain", "Puy du Fou drew 2.6 million visitors in 2023" is the French
# park's count (under "Picnic expands in Germany", its customers are not Germany's). A
# sentence saying so keeps the place: its figure is the new market's. Nor is where its
# shares list: under "Flutter moves listing to New York", its players are not New
# York's ("Waiting lists in England" are England's: only a listing, or a verb's). Nor is
# where it seeks a licence: under "Bunq applies for US licence", its users are not America's.
# Nor where it heads: under "Trenitalia's flagship train heads to France", its top speed is
# no French train's, and under "Beryl heads for Mexico after Caribbean destruction" the
# storm's toll is the Caribbean's.
_NEW_MARKET = re.compile(r"\b(?:expand(?:s|ed|ing)?\s+(?:in(?:to)?|to)|enter(?:s|ed|ing)?"
                         r"|head(?:s|ed|ing)?\s+(?:to|for)"
                         r"|(?:listing|to\s+list|listed)\s+(?:to|in|on)"
                         r"|(?:appl(?:y|ies|ied|ying)\s+for|wins?|won|gets?|secur(?:es?|ed)"
                         r"|obtain(?:s|ed)?|granted)(?=.*\blicen[cs]es?\b))\s+.*$")


def _broadest(places: frozenset[str]) -> frozenset[str]:
    """A headline's places without those inside a country it also names: under "Myanmar
    quake: rescuers dig in Mandalay", "officials confirmed 2,719 deaths" are Myanmar's. A
    city that is its own country stays ("PAP keeps grip on Singapore")."""
    return frozenset(place for place in places
                     if (country := country_of(place)) not in places or country == place)


# A national record set at a place is the country's figure: "The city of Tamba recorded
# 41.2C, a new national high" beside "Japan's all-time high now stands at 41.8C".
_NATIONAL_RECORD = re.compile(r"\bnational\s+(?:record|high|low|best)s?\b", re.IGNORECASE)


def _nation_of(place: str, headline_scope: frozenset[str]) -> str:
    """The country a place lies in: the gazetteer's, else the one country its headline
    names ("The city of Tamba" under "Japan sets heat record"), else the place itself."""
    if is_country(place):
        return place
    if (country := country_of(place)) is not None:
        return country
    countries = [wider for wider in headline_scope if is_country(wider)]
    return countries[0] if len(countries) == 1 else place


# "2.26 million of its customers", "its 9,000 staff": the figure is the speaker's own; "its
# debut week" after the noun is the thing's, not the speaker's ("..., Billboard said").
_OWN = re.compile(rf"\bof\s+(?:its|their)\b|\b(?:its|their)\s+{re.escape(MASK)}",
                  re.IGNORECASE)


def _subjects(sentence: str, frame: str, headline: str | None,
              measure: str | None) -> frozenset[str]:
    """The frame's names, and the speaker's when the figure is its own: "CenterPoint Energy
    said 2.26 million of its customers had no power" is CenterPoint's count. A frame that
    names no one but a business it leaves unnamed ("The chipmaker's market value", "the
    ChatGPT maker", "Google's parent") or a commodity ("the precious metal") is about whom
    or what its headline names ("Nvidia makes history", "Investors pile into gold"); so is
    a business's own measure that names no business ("Revenue came in at $4.1 billion"
    under "Airbnb bookings beat estimates"). One that opens on its subject's kind and names
    no one carries its headline's names as marks (subjects.HEADLINED)."""
    names = subject_names(_own_clause(frame))
    if _OWN.search(frame) and (speaker := attribution(sentence)):
        names |= subject_names(speaker)
    marked = marks(names)  # "the ChatGPT maker", "the largest US oil company" name no one
    if names == marked and headline and (_UNNAMED_BUSINESS.search(frame) or (
            measure is not None and any(word in measure for word in lex.BUSINESS_MEASURES)
            and not _may_name_one(frame))):  # not "Azure revenue grew", "its Azure"
        lent = subject_names(headline)
        # not the industry ("Indian carmakers post record year"), nor a name the frame
        # gives as another's: "Geely brands gain ground" over "Geely's premium electric
        # brand", "Gucci sales slump" over "The Gucci owner"; nor, for a business it
        # describes, what it trades in ("Cocoa costs squeeze chocolate makers" over "The
        # Swiss chocolate maker's sales")
        others = marks(marked, MADE_BY_OTHER, OWNED_BY)
        names = frozenset(name for name in lent - marks(lent, INDUSTRY)
                          if (not others or names_agree(frozenset({name}), others))
                          and not (marked and name.lower() in lex.COMMODITIES)) | marked
    if not names_someone(names) and headline and _BY_THE_KIND.match(frame):
        # "The mountain drew" under "Grindelwald First cliff walk draws crowds"
        names = names | {f"{HEADLINED}{name}" for name in headline_names(headline)}
    return names


# A sentence that opens on its subject's kind ("The mountain drew", "The president's party
# took", "The Nordic payments app counted", "The Walldorf-based software group's cloud
# sales reached", its home one the gazetteer lacks) speaks of one the reader has been told
# of: its headline's, or one its article named.
_BY_THE_KIND = re.compile(
    rf"\W*The\s+(?:\[NUM\]\s+)?(?:(?:{'|'.join(lex.REGION_ADJECTIVES)})\s+"
    rf"|[A-Z][\w'’]*-(?:{'|'.join(HOME_SUFFIXES)})\s+)?[a-z]")


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# A clause after the figure that gives another figure names whose that one is: "earned him a
# £500,000 cheque, with £200,000 for runner-up Michael van Gerwen", "Reform took 30%, ahead
# of Labour on 25%".
_ANOTHER_FIGURES_CLAUSE = re.compile(r",[^,;]*?\d")


def _own_clause(frame: str) -> str:
    """The frame up to a later clause that gives a figure of its own."""
    mask = frame.find(MASK)
    later = _ANOTHER_FIGURES_CLAUSE.search(frame, mask + len(MASK)) if mask >= 0 else None
    return frame[:later.start()] if later else frame


def _may_name_one(frame: str) -> bool:
    """A capitalised word the subject reader would not call another capital (a place, a
    measure, a function word: subjects.is_other_capital) nor a measure's qualifier, nor a
    word that says the measure is the whole ("Total net sales rose") or the span it covers
    ("Fourth-quarter net income was"), nor a plural noun ("Deliveries in China fell"): a
    name it passed over ("Azure", a colour too)."""
    return any(not is_other_capital(word) and word.lower() not in lex.MEASURE_QUALIFIERS
               and word.lower() not in lex.NOT_SEGMENTS and not says_a_span(word)
               and not is_plural_noun(word.lower())
               for word in _CAPITALISED.findall(frame.replace(MASK, "")))


_UNNAMING_NOUNS = "|".join((*lex.BODY_NOUNS, *lex.MAKER_NOUNS, *lex.ROLE_NOUNS,
                            *lex.COMMODITY_NOUNS))
_UNNAMED_BUSINESS = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}(?:{_UNNAMING_NOUNS})\b"
    rf"|\b[\w-]+(?:'s|’s)\s+(?:{'|'.join(lex.MAKER_NOUNS)})\b",  # "Google's parent"
    re.IGNORECASE)


def _thing_of_measure(item: FoundQuantity, measure: str | None) -> FoundQuantity:
    """A count with no noun counts what its measure counts: "joblessness topped 3 million"
    counts people, as "3 million unemployed people" does (lex.MEASURE_THINGS)."""
    thing = lex.MEASURE_THINGS.get(measure or "")
    if item.thing is not None or thing is None or item.quantity.kind != "count":
        return item
    return replace(item, thing=thing, quantity=replace(item.quantity, unit=thing))


# A figure written with no word before it ("5%", not "about 5%" nor "at least 5%").
_BARE_FIGURE = re.compile(r"[\d$€£¥.-]")


# A fall of a measure that is itself a rate of change is a negative rate: "the economy
# shrank by 0.3%" is growth of -0.3%, another figure than "grew 0.3%".
_DECLINE_BEFORE = re.compile(
    r"\b(?:fell|fallen|shrank|shrunk|contracted|declined|dropped|slipped|decreased|"
    r"down)(?:\s+by|\s+at\s+an\s+(?:annuali[sz]ed|annual|yearly)\s+(?:rate|pace)\s+of)?\s+$",
    re.IGNORECASE)  # "shrank at an annualised rate of 1.8%" is -1.8%, as "GDP fell 1.8%"


def _is_rate_of_change(measure: str | None, kind: str) -> bool:
    """A percentage of a measure that is itself a rate of change is stated either way:
    "consumer prices rose 5.9% year on year" is "inflation hit 5.9%", "the economy grew 2%"
    is "growth of 2%", so its change is its level."""
    return kind == "percent" and measure is not None and (
        measure in lex.RATE_OF_CHANGE_MEASURES
        or measure.split(" ", 1)[-1] in lex.RATE_OF_CHANGE_MEASURES)  # "core inflation"


def with_corpus_aliases(statements: Sequence[Statement]) -> list[Statement]:
    """The statements, each naming also what a person it names owns elsewhere in the corpus
    ("Mark Carney's Liberals" in one article lets "Carney's party secured 169 seats" in
    another be the Liberal Party's; subjects.owners_in), and each place the gazetteer lacks
    lying where the corpus puts it as a name (_corpus_homes): a step over the whole corpus,
    after extraction, since one article seldom says both."""
    owners = owners_in({s.sentence for s in statements} | {
        s.article.title for s in statements if s.article.title})
    homes = _corpus_homes(statements)
    widened = []
    for statement in statements:
        names = owners.widen(statement.subjects) if owners.owned_by else statement.subjects
        places = statement.places | {f"{lex.LIES_IN} {home}" for place in statement.places
                                     if is_unplaced(place) for home in homes.get(place, ())}
        widened.append(statement if (names, places) == (statement.subjects, statement.places)
                       else replace(statement, subjects=names, places=places))
    return widened


def _corpus_homes(statements: Sequence[Statement]) -> dict[str, frozenset[str]]:
    """Where the corpus puts each name it reads as a subject somewhere in a place: "Some
    850,000 tourists visited Giethoorn" under "Dutch 'Venice' overrun" puts Giethoorn in
    the Netherlands, so "The canal village of Giethoorn", a place the gazetteer lacks, lies
    there too."""
    homes: dict[str, set[str]] = {}
    for statement in statements:
        parts = {place.removeprefix(f"{lex.PART_OF} ") for place in statement.places
                 if place.startswith(lex.PART_OF)}
        if parts:
            for name in proper_names(statement.subjects):
                homes.setdefault(name, set()).update(parts)
    return {name: frozenset(places) for name, places in homes.items()}
