"""Where a figure applies: the places a sentence names, each under one name.

"US soldiers in Poland" and "American troops in Poland" have one scope; "all of Eastern
Europe" and "neighbouring countries" are regions, and a figure for a region is another fact
than a figure for one of its countries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosscheck import _lexicon as lex
from crosscheck.events import event_kinds
from crosscheck.places import (
    PLACE_EPITHET,
    capital_of,
    country_of,
    ends_a_name,
    is_capital,
    is_common_word,
    is_country,
    is_province,
    largest_city,
    place_of_epithet,
    place_spans,
    places_named,
    region_of,
)
from crosscheck.words import ANOTHER_THAN_ITS_STORYS, is_finite_verb, lemmas


# "samples from around the world", "visitors from across the country": where what is
# counted came from, not where the count is; nor the whole a share is of: "The country grows
# some 90 percent of global saffron supply" is Iran's.
def _scope_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern of scope phrases, the longest first, not where they say where something
    came from or what it is of ("from across Europe", "of the whole country")."""
    return re.compile(
        r"(?<!\bfrom )(?<!\bof )\b("
        + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b",
        re.IGNORECASE)


SCOPE_PHRASE = _scope_phrases(lex.SCOPE_PHRASES)


# Places and names given only to compare with are not the figure's scope or subject: "25.7%,
# the highest in the European Union", "higher than in Germany", "compared with 3% in
# France", "the deadliest since Katrina". "More than 650 people have died in Pakistan"
# compares nothing: "than" between "more", "less" or "fewer" and a number is the number's
# qualifier (parse.QUALIFIERS).
_A_NUMBER = (r"\s+(?:[^\s\w]|\d|(?:a|an|half|dozens|hundreds|thousands|millions|billions|"
             + "|".join(lex.NUMBER_WORDS) + r")\b)")
_CLAUSE_REST = r"(?:[^,;.]|\.(?=\d))*"  # to the clause's end; "2.5%" holds no full stop
_THAN = rf"\bthan\b(?:(?<!\bmore\sthan)(?<!\bless\sthan)(?<!\bfewer\sthan)|(?!{_A_NUMBER}))"
_SUPERLATIVE = (r"(?:highest|lowest|largest|smallest|biggest|most|least|fastest|slowest|"
                r"worst|best|deadliest|costliest|strongest|greatest|hottest|coldest|warmest|"
                r"wettest|driest|busiest|longest|heaviest|fewest|oldest|tallest|deepest|"
                # ... and the one of its kind: "The only intact medieval stronghold in the
                # Baltics welcomed some 110,000 people" is Kuressaare Castle's count
                r"only)")
COMPARISON = re.compile(
    rf"\bthe\s+{_SUPERLATIVE}\b[^,;.]*?"
    rf"\b(?:in|of|among|across|since)\b{_CLAUSE_REST}"
    # the set a figure is ranked in, before its superlative: ", the EU's highest", "among
    # the EU's highest"
    rf"|(?:,|\bamong)\s+the\s+(?-i:[A-Z])[\w.]*(?:'s|’s)\s+{_SUPERLATIVE}\b{_CLAUSE_REST}"
    rf"|(?:{_THAN}|\b(?:compared\s+(?:with|to)|versus|against)\b){_CLAUSE_REST}"
    # a rival's figure a winner is ahead of: "took 49.4 percent, ahead of Kim Moon-soo's
    # 41.15 percent", "423 points, two ahead of Max Verstappen" (not "ahead of the summit",
    # a time)
    rf"|\bahead\s+of\s+(?=(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*"
    rf"(?:(?:'s|’s)\s|\s+(?:on|with)\s+\d|\s*[.,;]|\s*$))"
    rf"{_CLAUSE_REST}"  # "650 points, far ahead of Mercedes on 325"
    # what a figure comes amid is its setting: "Nile dam opens amid Egypt anger"; what an
    # anniversary counts from, its date: "marking 80 years since the end of World War Two"
    rf"|\bamid(?:st)?\b{_CLAUSE_REST}|\b(?:years|decades)\s+since\b{_CLAUSE_REST}"
    # what a figure moves on is its cause: "BMW sales slip on China weakness", "Oil rises on
    # Iran tensions" (not a place's demand, which may be where the figure is: "Shares fall
    # on China demand")
    r"|\bon\s+(?=(?:[\w'’-]+\s+){1,3}(?:weakness|slowdown|slump|tariffs?|fears"
    rf"|tensions|woes|worries|curbs|crackdown|concerns|jitters|optimism|hopes)\b){_CLAUSE_REST}"
    # "$500bn valuation tops SpaceX's", "overtook Microsoft", "passing Red Notice's 230.9
    # million": a name a figure passes; "Head blitz sinks England": a side a team beats
    r"|\b(?P<passing>(?:tops|topped|topping|overtakes|overtook|overtaking|surpasses"
    r"|surpassed|surpassing|outstrips|outstripped|outstripping|eclipses|eclipsed|eclipsing"
    r"|passing|beats|beat|beating|defeats|defeated|sinks|sank|thrashes"
    rf"|thrashed|routs|routed)\s+)(?=(?-i:[A-Z])|the\s){_CLAUSE_REST}",
    re.IGNORECASE,
)


def without_comparisons(text: str, filler: str) -> str:
    """The text with what it compares with cut out, each cut leaving `filler`; a verb of
    passing stays, so "Apple overtook Microsoft" still reads as Apple's doing."""
    return COMPARISON.sub(lambda found: (found.group("passing") or "") + filler, text)


# A capitalised word after "in", "on", "at" that the gazetteer lacks is most likely a place
# too small for it: "evacuated on Rhodes", "the checkpoint at Medyka", "in the Mediterranean".
# "the city of Derna" names a place as surely. An owner's name ends the run: "at Nessebar's
# New Year celebration" names no "Nessebar's New".
_LOCATIVE = re.compile(
    r"(?:(?P<speaker>\b[\w'-]+)\s+)?\b(?:[Ii]n|[Oo]n|[Aa]t|[Nn]ear|[Aa]cross|[Oo]utside|[Aa]round"
    r"|[Tt]hrough(?:out)?"  # "marched through Madrid": the city's crowd, not Spain's
    # where a sight stands: "the hilltop palace above Sintra", "overlooking Lake Como"
    rf"|(?i:{'|'.join(lex.SIGHT_STANDS)})|{lex.ISLAND_OFF}"
    r"|(?:city|town|village|port|province|region|island)\s+of)"
    # a name a capital owns is a part of it: "in the Portuguese capital's Baixa"
    r"\s+(?:the\s+(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+capital['’]s\s+)?)?"
    # a saint's town is one name: "in St. Moritz", not "St"
    r"((?:St\.\s+)?[A-Z][\w'’-]+(?![\w'’-])(?<!['’]s)(?:\s+[A-Z][\w'’-]+)?"
    r"|[A-Z][\w'’-]+)")


# A lower-case word after a capitalised one, which the capitalised one describes.
_WORD_AFTER = re.compile(r"\s+[a-z]")


# "on the Danube", "The Rhine carried": a river, written as one (lex.RIVERS), is the place
# of a sentence that names no other; not one a hyphen joins to the word it describes ("The
# Danube-side legislature" is Budapest's parliament, no figure of the river's), nor the
# falls named after it ("The Rhine Falls draw" is a sight's count, in Switzerland; "The
# Nile cataract" Murchison Falls' drop), nor its delta (lex.REGION_FORMS), nor a town it
# describes ("crowded the Rhône city" is one on the river, Lyon, not the river). A name
# that opens on the Spanish or Portuguese word for a river is one too ("above the Río
# Grande": places._a_rivers_own_word).
FALLS_OF_A_RIVER = r"cataracts?|waterfalls?"  # "The Nile cataract"
RIVER = re.compile(rf"\b[Tt]he\s+({'|'.join(sorted(lex.RIVERS))}"
                   rf"|(?:{'|'.join(lex.RIVER_WORDS)})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b"
                   rf"(?!-\w|\s+(?:Falls|Delta|{FALLS_OF_A_RIVER}|city|town|village|port"
                   r"|capital|metropolis)\b)")
# ... nor one a bridge or a tunnel crosses: "The suspension bridge over the Tagus" (what a
# stretch crosses is no subject either: subjects._CROSSED).
CROSSING = r"(?:over|across|spanning|spans?|under|beneath|crossing|crosses)"
_CROSSING_BEFORE = re.compile(rf"\b{CROSSING}\s+$")


# What a river, a glacier or a road does between where it begins and where it ends.
RUNS = (r"\b(?:stretch(?:es|ed)?|extends?|extended|runs?|ran|running|flows?|flowed|flowing"
        r"|winds?|empties|emptied|emptying|drains?|drained)\b")
# "Kenya's Elgeyo Marakwet county", "the Rivers state": a name before the kind of area it
# is names a place, though the gazetteer lacks it; not an end of what stretches between two
# ("The Alpine giant stretches for some 14 miles from the Jungfrau region"), nor the line it
# stretches along ("Lake Cahora Bassa stretches some 250 km along the Zambezi" lies on a
# stretch of a river that crosses several countries).
_SPAN_BEFORE = re.compile(rf"{RUNS}[^.;]*?\b(?:from|to|along)\s+(?:the\s+)?$")
_NAMED_AREA = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:county|district|province|region|prefecture"
    r"|municipality|governorate|state|oblast)\b")


# "at the Saudi Maternity Hospital", "in the Apollo Gallery": a building's name is no place
# (the figure's place is the city or country around it, from the sentence or its headline).
# Nor is an airport's short name ("Athens International handled 28.2 million passengers"),
# where a capital is the city, as in "Athens International Airport" and "Paris's Charles de
# Gaulle Airport" (a name may hold a particle: "the Vasco da Gama Bridge").
_FACILITY = re.compile(rf"(?:[A-Z][\w'’-]+\s+(?:(?:de|da|del|di|do|van|von)\s+)?){{1,3}}?"
                       rf"(?:{'|'.join(lex.FACILITY_NOUNS)})\b"
                       r"|[A-Z][\w'’-]+\s+International\b(?!\s+[A-Z])")


# A capital before an event a city holds names the city, not its country: "tickets for the
# Paris Olympics" / "for the Games in Paris".
_EVENT_NAMES = r"(?:Olympics|Olympic\s+Games|Paralympics|Games|Marathon|Expo)"
_CITY_EVENT = re.compile(rf"\b([A-Z][\w'’-]+)\s+{_EVENT_NAMES}\b")
# A festival's name ends on its kind, in capitals: "the Pushkar Camel Fair", "the Rath Yatra".
_FESTIVAL_KINDS = r"(?:Fair|Festival|Fiesta|Carnival|Feria|Mela|Matsuri|Yatra)"
# ... and such an event is no place, named with its city or not: "competed at the Olympics",
# "at the Rath Yatra in Puri".
_AN_EVENT_NAME = re.compile(rf"\b(?:{_EVENT_NAMES}|{_FESTIVAL_KINDS})$")
# ... and so is a name before the kind: "at the Pushkar Camel Fair" names no "Pushkar Camel".
_FESTIVAL_NAMED = re.compile(rf"\s+{_FESTIVAL_KINDS}\b")


# "in the Saba Saba protests", "the Noto earthquake": a name the gazetteer lacks before a
# kind of event names the event, not a place (a known one still places it: "the Kharkiv
# strike").
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


# "beats forecasts on Activia demand", "Stocks slip on Nvidia results": what moved a figure,
# not where (a name the gazetteer lacks; "on China demand" is still China's).
_ON_NEWS_OF = re.compile(
    r"\s+(?:demand|results|earnings|sales|news|data|fears|hopes|bets|worries|concerns"
    r"|optimism|outlook|guidance|figures|forecasts?|deal|report|slump|rally|boom)\b")


def _names_an_event(text: str, end: int) -> bool:
    """Whether a name the gazetteer lacks is an event's or a venue's, by the word after it
    ("at the Masaryk circuit", "in the Hockenheim race", "at the Pushkar Camel Fair"):
    what, not where."""
    following = _NEXT_WORD.match(text, end)
    return (following is not None and (bool(event_kinds(following.group(1)))
                                       or following.group(1).lower() in _VENUE_WORDS)
            ) or _FESTIVAL_NAMED.match(text, end) is not None


# Venues a name the gazetteer lacks may be of, in lower case after it.
_VENUE_WORDS = frozenset({"circuit", "racetrack", "racecourse", "velodrome", "stadium", "arena",
                          "ground", "speedway", "raceway"})


def _acted_on(before: str, locative: str) -> bool:
    """Whether "on" follows a word that acts on what it names ("weigh on", "a ban on")."""
    preposition = locative[len(before):].split()[0].lower() if before else ""
    return preposition == "on" and any(
        form in lex.ACTS_ON for forms in lemmas(before).values() for form in forms)


# A capital before a lower-case word that is no verb names the city: "Dhaka school crash",
# "Paris attacks"; before a verb it speaks for its country ("Kyiv says", "Beijing raised"),
# and so it does before its markets ("Tokyo stocks", "the Paris bourse").
_CAPITAL_AS_CITY = re.compile(r"\b([A-Z][\w'’-]+)\s+([a-z][\w-]*)(?:\s+([a-z]+))?")
# A capital a link joins to another place is the city, as a stop on it: "The Øresund Bridge
# between Copenhagen and Malmö", "flights between London and Paris", "The Bergen Line runs
# 496 km from Oslo to Bergen", "sailed from Helsinki to Tallinn", "the train journey between
# Hamburg and Copenhagen" (not "trade between Washington and Beijing", where the capitals
# speak for their countries).
_LINK = (r"(?i:bridge|tunnel|railway|rail\s+link|link|line|route|road|motorway|ferry|ferries"
         r"|flights?|trains?|crossing|journeys?|trips?|commute|voyage)")
_LINKED_CAPITALS = re.compile(
    rf"\b{_LINK}\s+between\s+([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)"
    rf"|\b(?:{_LINK}\b[^;]{{0,40}}?\b|(?:sailed|flew|travell?ed|drove|commuted|rode)\s+)"
    r"from\s+([A-Z][\w'’-]+)\s+to\s+([A-Z][\w'’-]+)")
# A city's office names a person, whose figure need not be the city's: "The Bucharest mayor
# took 53.6 percent" of a national vote.
_CITY_OFFICES = frozenset({"mayor", "mayors"})
# A capital's own city things name the city, as "The Prague metro" does: "Prague's metro
# carried 339 million passengers" (not "Kyiv's forces", whose capital speaks for Ukraine,
# nor its mayor, whose vote may be the country's: _CITY_OFFICES).
_CAPITAL_OWNS = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s)?[A-Z][\w'’-]+)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:metro|underground|subway|trams?"
    r"|tramway|buses|airports?|zoo|old\s+town|population|residents|inhabitants"
    # ... and its buildings: "Kuala Lumpur's new supertall" is the city's tower
    r"|towers?|skyscrapers?|supertalls?|stadiums?|arenas?|museums?|cathedral|bridges?"
    r"|hotels?|landmarks?)\b")
# ... and so does a capital that holds, counts or draws a figure opening its sentence, where a
# capital that acts speaks for its country ("Kyiv said", "Moscow launched 500 drones"):
# "Lisbon had about 19,000 short-term rentals", "Lisbon counted some 22,000 listings",
# "Rome welcomed 35 million visitors".
_QUALIFIED = "|".join(re.escape(qualifier).replace(r"\ ", r"\s+")
                      for qualifier in sorted(lex.QUALIFIERS, key=len, reverse=True))
_CAPITAL_HOLDS = re.compile(
    r"^\W*([A-Z][\w'’-]+)\s+(has|had|counted|counts|welcomed|welcomes|hosted|hosts"
    r"|drew|draws|attracted|attracts|received|receives|recorded|records|logged|logs)\s+"
    rf"(?:(?:{_QUALIFIED}|a\s+record)\s+)?\d")

# ... and so does one opening its sentence that raises, cuts or sets the price of its own
# tickets, fares or tourist tax, which a city sets ("Prague has raised the price of its
# 30-minute ticket to 39 crowns"), where a capital raising its rates or duties speaks for
# its country ("Ankara raised its policy rate").
_CAPITAL_CHARGES = re.compile(
    r"^\W*([A-Z][\w'’-]+)\s+(?:has\s+|have\s+|will\s+|is\s+)?"
    r"(?:rais|cut|doubl|tripl|lower|increas|set|chang)\w*\b[^.;]*?\b(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tickets?|fares?|pass|passes|tourist\s+tax|city\s+tax|levy"
    r"|parking(?:\s+fees?)?|entry\s+fees?)\b")


def _is_attributive(word: str) -> bool:
    """A noun a place name may qualify ("school", "attacks"), not a verb ("says", "will")
    or a function word ("for")."""
    return (word not in lex.FUNCTION_WORDS and word not in lex.MODAL_VERBS
            and "NOUN" in lemmas(word) and not is_finite_verb(word))


_OBJECT_OPENERS = frozenset("to a an the its their his her".split())


def _verb_before_its_object(word: str, following: str | None) -> bool:
    """"Berlin plans to spend", "Beijing raises the": a verb that is also a plural noun,
    known as a verb by what follows it ("the Dhaka school crash" is a noun's)."""
    return (following or "") in _OBJECT_OPENERS and "VERB" in lemmas(word)


# A compass word before a second name is a region's name ("the West Midlands", "Northern
# Cape"), though the word alone is a common one.
_COMPASS_NAME = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|"
                           r"Central)(?:-[A-Z]\w+)?\s+[A-Z]")
# ... and so is one that ends on a landform's word, whatever word opens it: "in the Afar
# Triangle" ("afar" is an English word too), "in the Great Rift Valley"
_LANDFORM_NAME = re.compile(r"\s(?:Triangle|Depression|Valley|Desert|Plateau|Basin|Highlands"
                            r"|Lowlands|Delta|Peninsula)$")


# "Hurricane Milton", "Typhoon Yagi": a storm's name is no place, whatever the gazetteer
# holds under it.
_STORM_NAME = re.compile(rf"(?i:\b(?:{'|'.join(lex.STORM_WORDS)}))\s+[A-Z][a-z]+")


# The land around a city, which its province holds: "the wildfires around Viña del Mar"
# are the fires "in the Valparaíso region".
_SURROUNDINGS = re.compile(r"\b(?:around|near|outside)\s+(?:the\s+)?$")


# "the European planemaker": a region's demonym before a business or a body says who it is,
# not where its figure is; so it does before what a region's bodies run together ("The
# European observatory on a mountaintop in the Atacama" is in Chile).
_REGIONAL_BODY = re.compile(
    rf"\b(?:European|African|Asian)\s+(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join((*lex.BODY_NOUNS, *lex.JOINTLY_RUN))})s?\b"
    # ... and a home town's before what the company makes: "The Geneva watchmaker", "the
    # Seattle planemaker" (subjects.py names no one from it either)
    r"|\b[A-Z][a-z]+(?=\s+[a-z]+makers?\b)"
    # ... and a title a city holds for a year: "Plovdiv's year as European Capital of
    # Culture" is Plovdiv's, not Europe's
    r"|\bEuropean\s+(?:Green\s+)?(?:Capital|City)\s+of\s+[A-Z][a-z]+")


# The nation of a business's owner is not where the business's figure is: "The Swedish
# carmaker, owned by China's Geely, sold about 763,000 vehicles".
_OWNERS_NATION = re.compile(r"(?<=\bowned\sby\s)[A-Z][a-z]+(?=(?:'s|’s)\s)"
                            r"|(?<=\bcontrolled\sby\s)[A-Z][a-z]+(?=(?:'s|’s)\s)")


# A bank named after its home town is the bank, wherever its figure is: "Banco Sabadell's
# net profit jumped 38%".
_BANK_NAME = re.compile(rf"\b(?:{'|'.join(lex.BANK_WORDS)})\s+[A-Z][\w'’-]*")


# A national statistics office is named for its country, whose figures it mostly gives, yet
# a narrower place the sentence names is where the figure is: "Quebec's unemployment rate
# was 5.9% in May, Statistics Canada said" is Quebec's, "Inflation in Finland held at 2%,
# Statistics Finland said" Finland's (find_places keeps the office's country only when
# nothing else is named).
_STATISTICS_OFFICE = re.compile(
    r"\b(?:Statistics|Stats)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})\b"
    # ... and a capital's, the country's: "The statistics office in Kabul counted some 35
    # million people in the country" is Afghanistan's count
    r"|\b(?i:statistics|census)\s+(?:office|agency|bureau|authority)\s+in\s+"
    r"(?P<capital>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


# A gate or a road named after a place is where it leads, not where it is: "the Brandenburg
# Gate" is in Berlin, "the Damascus Gate" in Jerusalem.
_LEADS_TO = re.compile(r"\b[A-Z][a-z]+(?=\s+(?:Gate|Road|Highway)\b)")
# The sea a river runs to is where it ends, not where its figure is: "Europe's
# second-longest river runs for some 1,770 miles to the Black Sea" is the Danube's length.
_SEA_NAME = rf"(?:[A-Z][a-z]+\s+)+(?:Sea|Ocean)\b|{'|'.join(sorted(lex.SEAS))}"
_RIVER_MOUTH = re.compile(rf"{RUNS}[^.;]*?\b(?:to|into)\s+the\s+({_SEA_NAME})")
# ... and the sea or the lagoon a shore, a town or an island lies on or in is beside it:
# "The resort's sandy shore on the Gulf of Finland runs some 4.7 miles" is Narva-Jõesuu's
# beach, "The island in the Gulf of Riga" Ruhnu, "The bird station on the Curonian Lagoon"
# Ventė's, where ships "on the Black Sea" are on it.
SHORE_ON_A_SEA = re.compile(
    r"\b(?:shores?|coasts?|coastlines?|beach(?:es)?|resorts?|towns?|villages?|ports?"
    r"|harbou?rs?|promenades?|spits?|lighthouses?|islands?|isles?|islets?|stations?)"
    rf"\s+(?:on|in)\s+the\s+({_SEA_NAME}|[A-Z][a-z]+\s+Lagoon\b)")
# ... and so are the places a river runs from and to: "Southeast Asia's longest river runs
# some 3,000 miles from the Tibetan Plateau to the sea" is the Mekong's length, not Tibet's
# (a line's or a race's ends stay its places: "The Bergen Line runs 496 km from Oslo to
# Bergen").
_RIVER_RUNS = re.compile(rf"\b(?:[Rr]ivers?|{'|'.join(sorted(lex.RIVERS))})\b[^.;]*?{RUNS}")
_END_OF_RUN = re.compile(
    r"[^.;]*?\b(?:from|to|into)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
# A canal named after a city is its country's: "Suez Canal revenue fell to $4 billion".
_CANAL = re.compile(r"\b([A-Z][a-z]+)\s+Canal\b")
# ... and so is the market of a city that trades a country's shares: "Frankfurt's benchmark
# index" is Germany's DAX, "Zurich shares" Switzerland's (a capital's markets likewise:
# _CAPITAL_AS_CITY).
_CITY_MARKET = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)?\s+(?:(?:(?:stock|share|bond)\s+(?:markets?"
    # a market's words, not a bare "market" ("Strasbourg's Christmas market" is the city's)
    rf"|exchanges?)|{'|'.join(sorted(lex.MARKET_NOUNS - {'market', 'markets'}))})\b"
    # an index that is a market's, not any ("Delhi's air quality index" is the city's)
    r"|(?:benchmark|main|blue-chip|stock|share)\s+(?:share\s+|stock\s+)?ind(?:ex|exes|ices)\b)")


# A business placed by its home: "The Stuttgart sports car maker", "The Mumbai-based
# carmaker", "Abu Dhabi's flag carrier", "The Paris-based streaming service"; and businesses
# of one nation ("German luxury brands"; subjects marks each by its home, home_of reads it).
_HOME_NAME = r"[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?"
# "The Mumbai-based carmaker"; and where a business lists its shares, most often its home:
# "The Stockholm-listed outdoor-products group"
HOME_SUFFIXES = ("based", "founded", "headquartered", "listed")
_FOUNDED = re.compile(rf"-(?:{'|'.join(HOME_SUFFIXES)})\b")
_BUSINESS_NOUN = rf"(?:[a-z]*maker|{'|'.join(lex.BODY_NOUNS)})\b(?!-)"
HOMED_BUSINESS = re.compile(
    rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<home>{_HOME_NAME})(?:{_FOUNDED.pattern})?"
    rf"\s+(?:[a-z-]+\s+){{0,2}}"
    rf"{_BUSINESS_NOUN}"
    rf"|\b(?P<holder>{_HOME_NAME})(?:'s|’s)\s+(?:[a-z-]+\s+){{0,3}}{_BUSINESS_NOUN}"
    rf"|\b(?<!\bThe\s)(?P<nation>[A-Z][a-z]+)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:[a-z]*makers|{'|'.join(f'{noun}s' for noun in lex.BODY_NOUNS)})\b"
    # a home said to be one is a business's whatever it is called ("The Paris-based
    # streaming service", "The Berlin-based meal-kit outfit")
    rf"|\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<based>{_HOME_NAME}){_FOUNDED.pattern}\s+[a-z]")


def home_of(business: re.Match[str]) -> tuple[int, int] | None:
    """Where a business's home is named in its match of HOMED_BUSINESS; a nation only by its
    adjective ("German carmakers", not "China slump hits carmakers"); before a noun no
    business's, only by a place's name ("The Paris-based streaming service"): a nation's
    adjective there ("The Swiss-based commodities trader") would take the country out of the
    figure's scope as whose, not where, for a noun that may name no business."""
    group = business.lastgroup
    if group is None:
        return None
    demonym = is_demonym(business.group(group))
    if (group == "nation" and not demonym) or (group == "based" and demonym):
        return None
    return business.span(group)


# ... whose sales at home are its country's, not its city's: "The Mumbai-based carmaker's
# domestic SUV sales" are India's.
_AT_HOME = re.compile(r"\b(?:domestic|home\s+market)\b(?!\s+product\b)", re.IGNORECASE)


# "The German capital" names Berlin, the city, as well as Germany, so agrees with either;
# so does "Montenegro's capital airport" Podgorica, "the Finnish and Estonian capitals"
# Helsinki and Tallinn, "The South Korean capital's metro" Seoul, and "The US capital"
# Washington.
_NATIONS_CAPITAL = re.compile(
    r"\b((?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[A-Z]{2,3}))(?P<owner>['’]s)?\s+"
    r"(?:and\s+(?P<other>[A-Z][a-z]+)\s+capitals|capital)\b(?!\s+(?:gains|spending|markets?)\b)")


# ... and so does a country's sight or building put "in the capital": "Oman's grand theatre
# in the capital" is Muscat's Royal Opera House.
_OWNERS_CAPITAL = re.compile(r"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)['’]s\s+(?:[a-z-]+\s+){1,3}"
                             r"in\s+the\s+capital\b(?!\s+of\b)")


def _capital_named(nation: str | None, owned: bool) -> str | None:
    """The city "the <nation> capital" names (_NATIONS_CAPITAL): a demonym's country's of
    two words or one ("The South Korean capital", "The Czech capital"), or a named country's
    ("Montenegro's capital airport", "The US capital"). Not a region's, whose last word is
    a nation's: "the Western Australian capital" is Perth, "the Northern Irish capital"
    Belfast."""
    if not nation:
        return None
    regional = nation.split()[0] in _REGION_COMPASS
    for name in dict.fromkeys((nation, *(() if regional else (nation.split()[-1],)))):
        placed = places_named(name)
        if is_demonym(name) or (placed and (owned or (not regional and is_country(
                placed[0])))):  # "the US capital"
            return capital_of(placed[0])
    return None


# A country's largest city, which is one city (places.largest_city) where the country's
# largest leads its next by far: "Brazil's biggest city hosted about 3m marchers" is São
# Paulo's parade, not one somewhere in Brazil (not "Brazil's second-biggest city").
_COUNTRYS_LARGEST_CITY = re.compile(
    r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:'s|’s)\s+(?:biggest|largest|most\s+populous)"
    r"\s+city\b")


# A compass word that makes a nation's adjective a region's: "Western Australian".
_REGION_COMPASS = frozenset({"Northern", "Southern", "Eastern", "Western"})


# "The Baltic state" is one country of the region, left unnamed (its headline names it),
# not the region: "The Baltic state plans to put 5.4 percent of economic output into its
# military" under "Estonia boosts military spending"; so is an island, a bay or a town of
# a sea ("The Indian Ocean island drew close to 1.38 million visitors" is Mauritius's count,
# "the Ionian island" Corfu's, "the Adriatic bay" Kotor's, "the Black Sea festival" Sozopol's,
# "The Black Sea plant" Burgas's refinery, "the Arctic mining town" Kiruna), described
# further or not ("the landlocked South American country" is Paraguay under "Paraguay
# inflation picks up"), unless described as another ("the neighbouring Baltic state"); two
# words may describe it ("The Patagonian lakeside ski town", "The Patagonian nature reserve").
_ONE_OF_A_REGION = re.compile(
    rf"\b[Tt]he\s+(?:(?!(?:other|{ANOTHER_THAN_ITS_STORYS})\b)[a-z]+\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+\s+){0,2}"
    r"(?:state|nation|country|republic|island|islands|isle|archipelago|bay|coast|port|harbour"
    r"|resort"
    r"|city|town|village|festival|plant|refinery|airport|terminal|reserve)\b")


# "The southern African nation", "the West African country": one country of a region,
# left unnamed (its headline names it), which names no one (subjects.py).
REGION_ADJECTIVE_MEMBER = re.compile(
    rf"\b(?:(?i:north|south|east|west|central|southeast|southwest|northeast|northwest)"
    rf"(?:ern)?[\s-])?(?:{'|'.join(lex.REGION_ADJECTIVES)})\s+"
    r"(?:nation|country|state|republic|kingdom)\b")


def _of_a_region(member: re.Match[str]) -> bool:
    """A region's, a sea's, or a range's or pole's that no country owns ("The Arctic city",
    "the Alpine resort": lex.GEOGRAPHY_WORDS)."""
    named = member.group(1)
    return (bool(set(places_named(named)) & lex.REGIONS) or is_sea(named)
            or named in lex.GEOGRAPHY_WORDS)


def is_sea(place: str) -> bool:
    """An ocean or a sea, named whole or by its adjective ("Aegean"), which holds islands
    but is no country's: "The Indian Ocean island" is one the sentence leaves unnamed."""
    return (place in lex.SEAS or place.endswith((" Ocean", " Sea"))
            or f"{place} Sea" in lex.SEAS or f"{place} Gulf" in lex.SEAS)


def names_one_country_of_a_region(sentence: str) -> bool:
    """Whether a sentence speaks of one country of a region, left unnamed ("the East
    African country"): a country its headline names, never a region the headline also
    names ("Roses to Europe: Kenya's growing trade")."""
    return bool(REGION_ADJECTIVE_MEMBER.search(sentence)) or any(
        map(_of_a_region, _ONE_OF_A_REGION.finditer(sentence)))


# A nation's record is a record's domain: "Wirtz joins in British record deal".
_RECORD_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:transfer\s+|club\s+)?records?\b")
# An ancient people is a civilisation, not a country: "The ancient Greek city near Selcuk"
# lies in Turkey, "ancient Egyptian artefacts" may be anywhere.
_ANCIENT = re.compile(r"\b(?:[Aa]ncient|[Cc]lassical)\s+([A-Z][a-z]+)\b")


# A country's team, not the country: "The deal for the Germany midfielder could rise to
# £116m", "the England captain"; and the nation of an artist whose work or house a figure is
# of ("The Dutch painter's museum" is in Amsterdam; "The Austrian singer finished on 436
# points" at Eurovision is Austria's). A nation's drivers, riders or teenagers are its
# people on its roads or in its homes ("Dutch drivers must keep to 62 mph"), not one racer.
_NATION_OF_A_PERSON = re.compile(
    rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?!\s+(?:drivers|riders|teenagers)\b)"
    rf"(?=\s+(?:(?:international"
    rf"|{'|'.join(lex.ROLE_NOUNS)})s?\b|(?:{'|'.join(lex.CREATOR_NOUNS)})(?:'s|’s)))")

# Weather named for a wide area its air comes from is no place of the figure: "Arctic blast
# grips Lapland" is Lapland's cold (a country's, a city's or a world region's heat is its
# own: "Madrid heat", "European heat").
_AIR_FROM = re.compile(r"\b([A-Z][a-z]+)\s+(?:blast|air|cold|chill|freeze|front|heat|dust"
                       r"|plume)\b")


# A nation's adjective as a noun owning a figure is a person of it: "The Slovenian's
# world-record leap measured some 835 feet" was Domen Prevc's, at Planica, not Slovenia's.
_A_NATIONAL_OWNS = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)(?:'s|’s)\s")


# A saint's name before what is named after them: "St Mary's school" (Mary is also a city
# in Turkmenistan); not "St Louis" or "St Petersburg", which are places.
_SAINTS_NAME = re.compile(r"\bSt\.?\s+[A-Z][a-z]+(?:'s|’s|s')")
# A lake named for a place is the lake, not the place: "Lake Victoria covers about 68,800
# square kilometres" is no figure of Victoria, in Canada or in the Seychelles.
LAKE_NAME = re.compile(r"\bLake\s+[A-Z][\w'’-]+")
# An airline named for its country is a company, not where its figure is: "Air France-KLM
# carried 98.4 million passengers", "Air India's fleet", "Turkish Airlines had 492 aircraft",
# "Korean Air".
_AIRLINE_NAME = re.compile(r"\bAir\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                           r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:Airlines|Airways|Air)\b)")


# A side taken is no place: "Pro-EU mayor wins Romania vote", "anti-EU parties"; nor are
# those a figure applies to by where they are not from: "Non-EU tourists", "Visitors from
# outside Europe will pay €32 to enter the Louvre".
_FOR_OR_AGAINST = re.compile(r"\b(?:[Pp]ro|[Aa]nti|[Nn]on)-[A-Z][\w.]*"
                             r"|\bfrom\s+outside\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")


# A name a number goes on is a programme's or a brand's, not a place: "lies in Natura 2000
# sites", "funded by Horizon 2020".
_NUMBER_AFTER = re.compile(r"\s+\d{4}\b")
# A name the gazetteer lacks that the writer calls a river ("across the Vilnia river") is a
# river's, which runs past more than the place a figure is of: "The bohemian quarter across
# the Vilnia river" is Vilnius's Užupis. A river's own land is its place: "on the Bani
# river's floodplain" (Djenné's and Mopti's).
_RIVER_AFTER = re.compile(r"\s+river\b(?!['’])")


# The oil benchmark, not the London borough the gazetteer holds: "Brent crude fell".
_OIL_BENCHMARK = re.compile(r"\bBrent\b(?!\s+(?:Council|Cross|borough)\b)")


# A railway line's name: "The Elizabeth line carried 230 million passengers" (Elizabeth is
# also a town in New Jersey and one in South Australia).
_LINE_NAME = re.compile(r"\b[A-Z][a-z]+(?=\s+line\b)")


# The Baltic alone is the sea ("the road and rail link under the Baltic"), not the three
# states the region's name stands for beside a word for them.
_BALTIC_SEA = re.compile(
    r"\bBaltic\b(?!\s+(?:states?|countries|country|nations?|republics?|region|members?"
    r"|governments?|capitals?|economies|allies|neighbours|neighbors)\b)")


# A continent's or a wider region's superlative names the domain it is set in, not where the
# figure is: "Europe's largest port moved some 13.8m" is Rotterdam's count ("Africa's largest
# carrier", "Scandinavia's largest amusement park", "Europe's second-largest port"), and so
# does a part of one named by its compass ("Western Europe's largest artificial lake") and
# a region of the Americas ("South America's largest lake spans" Titicaca's area).
_CONTINENTS_SUPERLATIVE = re.compile(
    r"\b(?:(?:North|South|East|West)(?:ern)?\s+|Central\s+)?"
    rf"(?:{'|'.join(sorted({*lex.CONTINENTS, *lex.WORLD_REGION_FORMS, *lex.AMERICAS_REGIONS}))})"
    r"(?=['’]s\s+(?:(?:[a-z]+-)?[a-z]+est|most|top|leading)\b)")
# ... and so does the European bloc's, where it ranks its members: "The EU's top grain
# grower brought in some 26m tonnes" is France's harvest, "the bloc's biggest economy" a
# member's, "The EU's widest shortfall" a member's deficit (its own budget or its own aid
# is no member's, nor is its record: only a member's kind or a member's rate is ranked,
# never "the EU's largest ever trade surplus").
_BLOCS_SUPERLATIVE = re.compile(
    r"\b(?:EU|E\.U\.|European\s+Union|[Ee]uro\s?zone|bloc)"
    r"(?=['’]s\s+(?:(?:[a-z]+-)?[a-z]+est|most\s+[a-z]+|top|leading)(?!\s+ever\b)\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:economy|member|grower|producer|exporter|importer|emitter|consumer|market|spender"
    r"|supplier|miner|manufacturer|carmaker|steelmaker"
    r"|deficit|shortfall|inflation|unemployment|joblessness)\b)")
# The wholes a member the bloc ranks lies in, which a headline may name.
_BLOCS_WHOLES = frozenset({"European Union", "euro zone", "Europe"})

# ... and the place a superlative leaves out is no place of its figure either: "Europe's
# largest population outside Russia" counts Romania's bears.
_SUPERLATIVE_OUTSIDE = re.compile(
    r"\b(?:[a-z]+-)?(?:largest|biggest|highest|lowest|busiest|longest|tallest|oldest|deepest"
    r"|most\s+[a-z]+)(?:\s+[a-z-]+){0,3}\s+outside\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?")


def ranks_within(sentence: str, place: str) -> bool:
    """Whether the sentence ranks what it counts within the place ("Europe's second-longest
    river"): a thing somewhere in it, left unnamed, not a figure of all of it."""
    return any(found.group(0).endswith(place)
               for found in _CONTINENTS_SUPERLATIVE.finditer(sentence)) or (
        place in _BLOCS_WHOLES and ranks_within_the_bloc(sentence))


def ranks_within_a_region(sentence: str) -> bool:
    """Whether the sentence ranks what it counts within any continent or wider region
    (ranks_within): "Borneo's highest peak" under "Southeast Asia's summits" is one peak
    somewhere in the headline's region, not a figure of all of it."""
    return bool(_CONTINENTS_SUPERLATIVE.search(sentence))


def ranks_within_the_bloc(sentence: str) -> bool:
    """Whether the sentence ranks one member of the European bloc, left unnamed ("the
    bloc's biggest economy"), whose figure is no figure of the bloc."""
    return bool(_BLOCS_SUPERLATIVE.search(sentence))


# A bloc a country votes or bids to join is the question, not where the figure is:
# "Turnout in Moldova's EU referendum was 51.7%" and "Moldovans vote on Europe" are
# Moldova's.
_BLOC_TO_JOIN = re.compile(
    r"\b(?:EU|European\s+Union|NATO|Nato)(?=\s+(?:referendum|membership|accession|bid"
    r"|candidacy|path)\b)|(?<=\bvote\son\s)(?:Europe|the\s+EU|EU)\b")


# A city's quarter named by a people's adjective is a part of the city, not their country:
# "blocked the European quarter" is Brussels', "the Latin Quarter" Paris', "the Jewish
# quarter" any old town's.
_QUARTER = re.compile(r"(?<=\b[Tt]he\s)[A-Z][a-z]+(?=\s+[Qq]uarter\b)")


# A place's name after a royal or a noble title is a person's, or a ship's named after one
# (lex.NAME_TITLES): "The Queen Mary 2" is no town in Turkmenistan, "Queen Victoria" no
# capital.
_AFTER_A_TITLE = "|".join(rf"(?<=\b{title}\s)" for title in lex.NAME_TITLES)
_TITLED_NAME = re.compile(rf"(?:{_AFTER_A_TITLE})[A-Z][a-z]+")


# Every name that is no place, read in one pass.
# A border named by the country across it is the teller's country's edge, not where the
# figure is: "About 1,000 guards now watch the Russian border" in a Finnish story.
_ACROSS_THE_BORDER = re.compile(r"\b(?<=the\s)[A-Z][a-z]+(?=\s+(?:border|frontier)\b)")

# The lights of the polar sky are no province: "Northern lights lift Tromsø" (GeoNames holds
# provinces called Northern, Southern).
_POLAR_LIGHTS = re.compile(r"\b(?:Northern|Southern)(?=\s+[Ll]ights\b)")

# The neighbours a place is described by lie beside it, not where its figure is: "The small
# country wedged between Romania and Ukraine is home to some 130,000 Ukrainian refugees" is
# Moldova's count, as is "The small country between Romania and Ukraine shipped some 150
# million bottles" (a land lying between two others; not a route, "the line between Mecca
# and Medina", which runs in both). So does an island: "The volcanic island between Sicily
# and Tunisia harvests some 1,000 tonnes" of capers is Pantelleria's harvest.
_WEDGED_BETWEEN = re.compile(
    r"(?:\b(?:wedged|sandwiched|squeezed|nestled|tucked)\s+|(?<=\bcountry\s)|(?<=\bnation\s)"
    r"|(?<=\bstate\s)|(?<=\brepublic\s)|(?<=\bkingdom\s)|(?<=\bisland\s)"
    r"|(?<=\barchipelago\s))between\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")

# A dollar's country letters name its currency, not where the money is: "Visitors pay
# US$1,500 for an hour with the great apes in Volcanoes National Park" is Rwanda's price.
_CURRENCY_LETTERS = re.compile("|".join(
    rf"\b{re.escape(symbol[:-1])}(?={re.escape(symbol[-1])})"
    for symbol in lex.CURRENCY_SYMBOLS if symbol[:-1].isalpha() and not symbol[-1].isalpha()))

_NOT_A_PLACE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in (
    _STORM_NAME, _REGIONAL_BODY, _OIL_BENCHMARK, _FOR_OR_AGAINST, _SAINTS_NAME, LAKE_NAME,
    _LINE_NAME, _BALTIC_SEA, _CONTINENTS_SUPERLATIVE, _BLOCS_SUPERLATIVE, _LEADS_TO,
    _BLOC_TO_JOIN, _AIRLINE_NAME, _OWNERS_NATION, _BANK_NAME, _QUARTER, _ACROSS_THE_BORDER,
    _TITLED_NAME, _POLAR_LIGHTS, _WEDGED_BETWEEN, _SUPERLATIVE_OUTSIDE, _CURRENCY_LETTERS)))


# What money is put "in" is no place: "SoftBank will invest up to $30 billion in OpenAI".
_INVESTED = re.compile(r"\b(?:invest(?:s|ed|ing|ment|ments)?|stakes?)\b[^,.;]*$",
                       re.IGNORECASE)
_IN = re.compile(r"\b[Ii]n\s")
# What a meeting or a report turns to is its topic, never where its figure is: "Davos
# focuses on Ukraine and AI" (while "Tariffs on China" stay China's: ACTS_ON).
_ATTENDS_TO = frozenset({"focus", "focuses", "focused", "focusing", "centres", "centers",
                         "dwells", "zooms"})
_AT = re.compile(r"\b[Aa]t\s")
# A business's money, named in one word ("sales", "revenue", "profits": lex.MEASURE_TERMS)
_EARNED = frozenset(term for term, measure in lex.MEASURE_TERMS.items()
                    if measure in ("revenue", "profit") and " " not in term)

# A city where a price is traded is its market, not the figure's scope: "Arabica futures
# hit a record $4.30 a pound in New York", "Brent rose 2% in London trading".
_TRADED = re.compile(r"\b(?:futures|traded|trading|crude)\b(?:[^,;.]|[.,](?=\d))*$",
                     re.IGNORECASE)  # past the stops and commas of "$2,000.50"
_TRADING_AFTER = re.compile(r"\s+(?:trading|trade)\b")


# A language people speak or use is no place: "About a third of Latvia's residents speak
# Russian at home" is Latvia's share, and "Russian speakers make up 25% of Latvia's
# population" too (a demonym before a noun, "use Russian gas", is read as ever).
LANGUAGE_SPOKEN = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|spoken|use|uses|using|learn|learns|learning|teach"
    r"|teaches|taught)\s+(?:mainly\s+|only\s+|fluent\s+)?([A-Z][a-z]+)\b(?!\s+(?!(?:at|in|on"
    r"|as|and|or|with|by|for|from|to|daily|fluently|mainly|every)\b)[a-z])"
    r"|\b([A-Z][a-z]+)(?:-speak(?:ing|ers?)|\s+speakers)\b")

# A country that did something in a relative clause on what a figure is about is who acted,
# not where the figure is: "The granite stele that Italy returned in 2005 rises some 79
# feet" stands in Ethiopia.
_CLAUSE_AGENT = re.compile(r"\b(?:that|which)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                           r"(?=\s+[a-z]+ed\b)")
# A demonym before a weapon or an attack names who struck, not where: "28 people were killed
# by Iranian missiles" in Israel, "610 Iranians died in the Israeli strikes".
_ATTACKER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:missiles?|strikes?|air\s?strikes?|drones?|rockets?|shelling|"
    r"bombs?|bombing|bombardment|artillery|attacks?|raids?)\b")


def _names_a_nation(name: str) -> bool:
    """Whether a name before a person's trade is a nation's ("the Germany midfielder", "The
    Dutch painter") or no place at all, never a city's: "London drivers" are its motorists."""
    places = places_named(name)
    return not places or is_demonym(name) or (any(map(is_country, places))
                                               and not is_capital(name))


def is_demonym(word: str) -> bool:
    """A nation's adjective ("Iranian", "South Korean"), not its name ("Israel") or its
    capital's ("Paris attacks" happened in Paris), nor a longer name holding one ("Air
    France-KLM")."""
    spans = place_spans(word)
    return (len(spans) == 1 and spans[0][:2] == (0, len(word)) and is_country(spans[0][2])
            and spans[0][2] != word and not is_capital(word))


def _names_a_national(word: str) -> bool:
    """Whether a word names one person of a nation, whose people are its plural: "Briton",
    "Dane", or an adjective in -an or -i ("Slovenian", "Israeli"); not a body named for
    its nation ("The Riksbank's target"), nor a place ("The Hague's")."""
    return is_demonym(f"{word}s") or (is_demonym(word) and word.endswith(("an", "i")))


# The scope phrases that place a figure worldwide ("worldwide", "globally", "global").
_WORLDWIDE = _scope_phrases(phrase for phrase, place in lex.SCOPE_PHRASES.items()
                            if place == lex.SCOPE_PHRASES["worldwide"])


def _names_a_country(home: str) -> bool:
    """Whether a business's home is a country, by its name or its adjective."""
    named = places_named(home) if home else []
    return len(named) == 1 and is_country(named[0])


def find_places(sentence: str) -> frozenset[str]:
    """The places a sentence speaks of, named one way: its scope. A capital stands for its
    country ("Kyiv said"), except where the figure is placed in it: "34 killed in Kyiv" is
    the city's toll, not Ukraine's."""
    scope = without_comparisons(sentence, " ")
    stood_for = set()  # the countries a canal's or a market's city stands for, an epithet's place
    for mouth in [*_RIVER_MOUTH.finditer(scope), *SHORE_ON_A_SEA.finditer(scope)]:
        scope = _blank(scope, *mouth.span(1))  # read while a river's epithet is there
    for river in _RIVER_RUNS.finditer(scope):
        at = river.end()
        while end := _END_OF_RUN.match(scope, at):
            scope, at = _blank(scope, *end.span(1)), end.end()
    for epithet in PLACE_EPITHET.finditer(scope):  # "Europe's largest economy": Germany
        stood_for.add(place_of_epithet(epithet.group(0)))
        scope = _blank(scope, *epithet.span())
    owned_features = _owned_features(scope)  # read before the lake's name is blanked
    scope = _NOT_A_PLACE.sub(lambda found: " " * len(found.group(0)), scope)
    offices = set()  # "Statistics Canada said": Canada's, unless a narrower place is named
    for office in _STATISTICS_OFFICE.finditer(scope):
        for place in places_named(office.group(1) or office.group("capital")):
            capital = bool(office.group("capital")) and is_capital(place)
            offices.add(country_of(place) or place if capital else place)
        scope = _blank(scope, *office.span())
    for nation in _NATION_OF_A_PERSON.finditer(scope):
        if _names_a_nation(nation.group(0)):  # "the Germany midfielder", not "London drivers"
            scope = _blank(scope, *nation.span())
    for person in _A_NATIONAL_OWNS.finditer(scope):
        if _names_a_national(person.group(1)):  # "The Slovenian's leap"
            scope = _blank(scope, *person.span(1))
    for canal in _CANAL.finditer(scope):  # "Suez Canal revenue": Egypt's, not the city's
        if country := country_of(canal.group(1)):
            stood_for.add(country)
            scope = _blank(scope, *canal.span(1))
    at_home = bool(_AT_HOME.search(scope))
    many_countries = bool(_IN_MANY_COUNTRIES.search(scope))
    worldwide = bool(_WORLDWIDE.search(scope)) or many_countries
    for business in HOMED_BUSINESS.finditer(
            scope if at_home or worldwide or _FOUNDED.search(scope) else ""):
        span = home_of(business)
        home = scope[slice(*span)] if span else ""
        if (span and is_demonym(home) and _FOUNDED.match(scope, span[1])) or (
                worldwide and _names_a_country(home)):
            scope = _blank(scope, *span)  # "The Swedish-founded furniture retailer's global
            continue  # sales": whose, not where ("The British carmaker" stays British); a
            # business's figure worldwide is its whole, not its home's ("The New Zealand
            # kiwifruit marketer shipped some 187m trays worldwide")
        city = places_named(scope[slice(*span)]) if span and at_home else []
        if (span and len(city) == 1 and not is_country(city[0]) and not is_capital(city[0])
                and (country := country_of(city[0]))):
            stood_for.add(country)
            scope = _blank(scope, *span)
    for market in _CITY_MARKET.finditer(scope):  # "Frankfurt's benchmark index": Germany's
        city = places_named(market.group(1))
        if len(city) == 1 and not is_country(city[0]) and (country := country_of(city[0])):
            stood_for.add(country)
            scope = _blank(scope, *market.span(1))
    for air in _AIR_FROM.finditer(scope):
        if all(not is_country(place) and country_of(place) is None
               and place not in lex.REGIONS  # not "Madrid heat" nor "European heat"
               for place in places_named(air.group(1))):
            scope = _blank(scope, *air.span(1))
    for agent in _CLAUSE_AGENT.finditer(scope):  # "The stele that Italy returned"
        if any(map(is_country, places_named(agent.group(1)))):
            scope = _blank(scope, *agent.span(1))
    for weapon in _ATTACKER.finditer(scope):  # "killed by Iranian missiles" in Israel
        if is_demonym(weapon.group(1)):
            scope = _blank(scope, *weapon.span(1))
    for language in LANGUAGE_SPOKEN.finditer(scope):  # "speak Russian at home" in Latvia
        group = 1 if language.group(1) else 2
        if is_demonym(language.group(group)):
            scope = _blank(scope, *language.span(group))
    capitals = {city for named_capital in _NATIONS_CAPITAL.finditer(scope)  # "the German
                for nation in (named_capital.group(1), named_capital.group("other"))  # capital"
                if (city := _capital_named(nation, bool(named_capital.group("owner"))))}
    capitals.update(city for owner in _OWNERS_CAPITAL.finditer(scope)  # only a country
                    if (city := _capital_named(owner.group(1), True)))  # has a capital
    for largest in _COUNTRYS_LARGEST_CITY.finditer(scope):  # "Brazil's biggest city"
        country = places_named(largest.group(1))
        if len(country) == 1 and is_country(country[0]) and (
                city := largest_city(country[0])):
            capitals.add(city)
            scope = _blank(scope, *largest.span())
    for member in _ONE_OF_A_REGION.finditer(scope):  # "the Baltic state": one, unnamed
        if _of_a_region(member):
            scope = _blank(scope, *member.span(1))
    for member in REGION_ADJECTIVE_MEMBER.finditer(scope):  # "in the West African country":
        scope = _blank(scope, *member.span())  # unnamed, so no unknown place either
    for event in _CITY_EVENT.finditer(scope):  # "the Paris Olympics": the city's Games
        if is_capital(event.group(1)):
            capitals.add(event.group(1))
            scope = _blank(scope, *event.span(1))
    # a building's name: a nation's adjective in it names no place ("the Saudi Maternity
    # Hospital"), a capital's is the city ("Brussels Airport", not the EU Brussels speaks for)
    for facility in _FACILITY.finditer(scope):
        for word in re.finditer(r"[A-Z][\w'’-]+", facility.group(0)):
            name = word.group(0).removesuffix("'s").removesuffix("’s")
            if is_capital(name):  # "Paris's Charles de Gaulle Airport": the city's
                capitals.add(name)
            elif not is_demonym(name):  # "Tajikistan's Nurek Dam" is a dam in Tajikistan
                continue
            scope = _blank(scope, facility.start() + word.start(), facility.start() + word.end())
    for whose in (*_RECORD_OF.finditer(scope), *_ANCIENT.finditer(scope)):
        if is_demonym(whose.group(1)):  # "a British record": whose record, not where
            scope = _blank(scope, *whose.span(1))
    places = set()
    named, unblanked = place_spans(scope), scope  # read once; blanking only takes names out
    known_from = {start for start, _, _ in named}  # "around Vina del Mar"
    for match in _LOCATIVE.finditer(scope):
        before = (match.group("speaker") or "").lower()
        if before in lex.SPEAKER_NOUNS:
            continue  # "officials in Warsaw", "a spokesman at the Pentagon": who speaks
        if _acted_on(before, match.group(0)):
            if before in _ATTENDS_TO:  # "Davos focuses on Ukraine": a topic, even a known place
                scope = _blank(scope, match.start(2), match.end(2))
            continue  # "Tariffs weigh on Volkswagen": what is weighed on, not where
        if before == "part" and _IN.search(match.group(0)):
            continue  # "took part in the Hajj": what was joined, not where
        if before in _EARNED and _AT.search(match.group(0)):
            continue  # "Group sales at Nestlé": whose money, not where
        if _IN.search(match.group(0)) and _INVESTED.search(scope, 0, match.start(2)):
            continue  # "invest up to $30 billion in OpenAI": what money goes into
        if _IN.search(match.group(0)) and (_TRADED.search(scope, 0, match.start(2))
                                           or _TRADING_AFTER.match(scope, match.end(2))):
            market = next((p for _, _, p in place_spans(match.group(2))), None)
            if market is not None and (is_capital(match.group(2)) or not is_country(market)):
                scope = _blank(scope, match.start(2), match.end(2))
                continue
        name = match.group(2).removesuffix("'s").removesuffix("’s")
        first = name.split()[0]
        capital = next((c for c in (name, first) if is_capital(c)), None)
        if capital is not None:
            places.add(capital)
            scope = _blank(scope, match.start(2), match.start(2) + len(capital))
        elif (not places_named(name) and match.start(2) not in known_from
                and (not is_common_word(first) or _COMPASS_NAME.match(name)
                     or _LANDFORM_NAME.search(name))
                and not any(character.isdigit() for character in name)  # "in Covid-19 cases"
                and not _NUMBER_AFTER.match(scope, match.end(2))  # "in Natura 2000 sites"
                and not first.isupper()  # "at the MCG", "on BBC One": a body or a venue
                and first not in lex.ERA_ADJECTIVES  # "through the Nasrid palaces"
                and not (first in lex.REGION_ADJECTIVES  # "at the Andean mining city's",
                         and _WORD_AFTER.match(scope, match.end(2)))  # not "the Caribbean"
                and name == match.group(2)  # "at Boeing's factories": whose, not where
                and not _FACILITY.match(scope, match.start(2))
                and not _names_an_event(scope, match.end(2))
                and not _AN_EVENT_NAME.search(name)
                and not _ON_NEWS_OF.match(scope, match.end(2))
                and not all(part.lower() in lex.MONTHS for part in re.split(r"[\s-]+", name))
                and not lex.LEAGUES & set(name.split())  # "in the Bundesliga season"
                and name not in lex.RIVERS  # a river places only what nothing nearer does
                and not _RIVER_AFTER.match(scope, match.end(2))
                # ... nor is one named for a country a place the gazetteer lacks: it runs
                # through more than the country ("on the Suriname River")
                and not (name.endswith(" River") and is_country(name.removesuffix(" River")))):
            # not "in the July-September quarter"; "at Schiphol" is Amsterdam's, "in Rio"
            # Rio de Janeiro's
            places.add(lex.AIRPORTS.get(name) or lex.CITY_SHORT_FORMS.get(name, name))
    for area in _NAMED_AREA.finditer(scope):
        name = area.group(1)
        first = name.split()[0].lower()
        if (not places_named(name) and not is_common_word(first)
                and first not in lex.FUNCTION_WORDS  # "The state's toll"
                and not _SPAN_BEFORE.search(scope, 0, area.start())):
            places.add(name)
    for beside in _COMPASS_OF.finditer(scope):  # "The island east of Bali": near it; a
        # capital too, whose name stands for its country ("The Andean volcano south of
        # Quito", not the city a noun follows: "Quito stands")
        near = beside.group(1)
        for place in places_named(near):
            country = place if is_capital(near) else (
                None if is_country(place) else country_of(place))
            if country is not None:
                places.update({country, f"{lex.PART_OF} {country}"})
                scope = _blank(scope, *beside.span(1))
    for link in _LINKED_CAPITALS.finditer(scope):
        for end in (1, 2, 3, 4):
            if link.group(end) and is_capital(link.group(end)):
                places.add(link.group(end))
                scope = _blank(scope, *link.span(end))
    for capital in _CAPITAL_AS_CITY.finditer(scope):  # "the Dhaka school crash"
        if (is_capital(capital.group(1)) and _is_attributive(capital.group(2))
                and not ends_a_name(scope, capital.start(1))  # "the Reina Sofia museum"
                and capital.group(2) not in lex.MARKET_NOUNS  # "Tokyo stocks": Japan's
                and capital.group(2) not in _CITY_OFFICES  # "The Bucharest mayor took 53.6%"
                and not _verb_before_its_object(capital.group(2), capital.group(3))):
            places.add(capital.group(1))
            scope = _blank(scope, *capital.span(1))
    for holder in _CAPITAL_HOLDS.finditer(scope):  # "Lisbon had about 19,000 rentals"
        if is_capital(holder.group(1)) and (holder.group(2) not in ("has", "had") or len(
                {place for _, _, place in named}) == 1):  # not "Moscow has 600,000
            # troops in Ukraine", the country's
            places.add(holder.group(1))
            scope = _blank(scope, *holder.span(1))
    for charger in _CAPITAL_CHARGES.finditer(scope):  # "Prague has raised ... its ticket"
        if is_capital(charger.group(1)):
            places.add(charger.group(1))
            scope = _blank(scope, *charger.span(1))
    for owner in _CAPITAL_OWNS.finditer(scope):  # "Prague's metro": the city's
        start, end = owner.span(1)
        if not is_capital(owner.group(1)):
            start = end - len(owner.group(1).split()[-1])  # "Visit Prague's metro"
        if is_capital(scope[start:end]):
            places.add(scope[start:end])
            scope = _blank(scope, start, end)
    places.update(place for start, end, place in named
                  if scope[start:end] == unblanked[start:end])  # not a capital taken above
    places.update(f"{lex.PART_OF} {province}" for start, _, place in named
                  if _SURROUNDINGS.search(unblanked, 0, start) and not is_country(place)
                  and (province := region_of(place)) is not None and province != place)
    places.update(lex.SCOPE_PHRASES[m.group(1).lower()] for m in SCOPE_PHRASE.finditer(scope))
    if many_countries:
        places.add(lex.SCOPE_PHRASES["worldwide"])  # "about 1,800 stores in 70 countries"
    if any(is_country(place) for found in _ACROSS.finditer(scope)
           if not _qualifies_a_noun(scope, found)
           for place in places_named(found.group(1))):
        places.add(lex.NATIONWIDE)  # "across France", as "across the country"
    places.update(_origins(scope))
    places.update(_parts(scope), owned_features)
    found = places | stood_for | capitals or offices
    # a river is where a figure is only when nothing nearer is named ("The Rhine gauge at
    # Kaub" is Kaub's, which is on the Rhine), and not where what stretches ends ("to the
    # Rhône valley") or what it stretches along, nor what a bridge or a tunnel crosses
    # ("The suspension bridge over the Tagus" is Lisbon's, and the river runs through
    # Spain too)
    return frozenset(found or {river.group(1) for river in RIVER.finditer(scope)
                               if not _SPAN_BEFORE.search(scope, 0, river.start())
                               and not _CROSSING_BEFORE.search(scope, 0, river.start())})



# A count across so many countries is a business's worldwide, as "worldwide" says it:
# "Decathlon runs about 1,800 stores in 70 countries" / "operates some 1,800 shops
# worldwide" (not one country a headline names: "Decathlon opens in India").
_IN_MANY_COUNTRIES = re.compile(
    r"\b(?:in|across)\s+(?:(?:more\s+than|over|some|about|around|nearly|almost)\s+)?"
    r"\d+\s+(?:countries|markets|nations)\b", re.IGNORECASE)


# A country named as the whole a figure spans: "turnout across France", "throughout
# Germany", "across the UK".
_ACROSS = re.compile(
    r"\b(?i:across|throughout|all\s+over)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def _qualifies_a_noun(scope: str, found: re.Match[str]) -> bool:
    """Whether what _ACROSS found is a nation's adjective before its noun: "across the
    Kenyan capital" spans a city, not the country (while "across the UK fell" is the
    country's, an abbreviation being no adjective)."""
    name = found.group(1)
    return (not name.isupper() and is_demonym(name)
            and _WORD_AFTER.match(scope, found.end()) is not None)


def _blank(text: str, start: int, end: int) -> str:
    """The text with start:end spaced out, so no place is read there and nothing moves."""
    return f"{text[:start]}{' ' * (end - start)}{text[end:]}"


# "eastern Spain", "Russia's Pacific coast", "parts of Germany", "Tanzania's highest peak",
# "Indonesia's holiday island" (an island, a volcano, a glacier or a gateway is part of one
# anyway: "The Algarve's gateway" is Faro's airport),
# "Australia's most famous building" (a landmark), "Denmark's biggest music festival" (an
# event), "Japan's old capital" (a city that was its capital, or its second city),
# "Cyprus's second airport" (ranked, its superlative left unsaid), "Lithuania's only
# seaport":
# a part of a country, which is the country as the sentence names it and also any of its
# provinces, regions, cities or landmarks (match.scopes_agree). The compass word in lower
# case: "South Africa" is a country.
_NAME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
# A place a sentence names only to say where what it counts lies from it is another place
# of that country: "The island east of Bali drew some 1.5m tourists" is Lombok's count,
# somewhere in Indonesia, never Bali's; so is an island a sentence puts off a city's shore:
# "The Western Australian island off Perth" is Rottnest, not Perth.
COMPASS_OF = r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of"  # "north-west of"
_COMPASS_OF = re.compile(
    rf"(?:{COMPASS_OF}"
    rf"|{lex.ISLAND_OFF}(?:\s+the\s+coast\s+of)?)\s+(?:the\s+)?({_NAME})")
# A superlative, ranked or not: "biggest", "second-busiest", "third-largest".
_RANKED = r"(?:[a-z]+-)?[a-z]+est"
_PART = re.compile(
    r"\b(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)"
    rf"\s+(?P<after_compass>{_NAME})"
    rf"|\bparts\s+of\s+(?P<after_parts>{_NAME})"
    rf"|(?P<owner>{_NAME})(?:'s|’s)\s+(?:[A-Z]?[a-z-]+\s+)?"
    r"(?:coast|coastline|north|south|east|west|border)\b"
    rf"|(?P<holder>{_NAME})(?:'s|’s)\s+(?:(?:{_RANKED}|main|only|second|third)\s+(?:[a-z-]+\s+)?"
    r"(?:peak|mountain|lake|river"
    r"|city|port|seaport|harbour|airport|hub|gateway|metro|subway|underground"
    r"|metro\s+system|plant|reactor)"
    r"|(?:[a-z-]+\s+)?(?:island|islands|isle|volcano|glacier|gateway|delta)"
    # ... and an island it ranks in more words: "Britain's most remote inhabited island" is
    # Fair Isle, in Shetland
    r"|most\s+(?:[a-z-]+\s+){1,2}(?:island|isle)"
    # ... and a lake or a reservoir it describes: "Suriname's vast man-made lake" is the
    # Brokopondo Reservoir
    r"|(?:[a-z-]+\s+){1,2}(?:lake|reservoir)\b"
    # ... and a work or a sight of its it names: "Switzerland's Grande Dixence dam" lies in
    # Valais, "Italy's Stelvio Pass" in Lombardy, "Guatemala's Tikal National Park" in Petén
    # (a kind's word between: "Morocco's Noor Ouarzazate solar complex" lies in Morocco)
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?i:dam|bridge|tunnel|pass|lake|falls|castle"
    # (and a landform it names: "Costa Rica's Arenal Volcano", "Argentina's Cafayate valley")
    r"|volcano|valley|peak|mountain"
    r"|palace|cathedral|tower|stadium|park|canyon|gorge|oasis|reef|complex|waterfall|cascade"
    r"|site|dunes"
    # ... and a ride of its: "Venezuela's Mukumbarí cable car" runs in Mérida, and a line's
    # trains: "Saudi Arabia's Haramain trains" run between Mecca and Medina
    r"|cable\s+car|cableway|funicular|gondola|railway|line|trains?|tramway"
    # ... and a fortress, ruins or an airport of its: "Peru's Kuélap fortress", "Bolivia's
    # Tiwanaku ruins", "Peru's Chan Chan archaeological zone", "Ghana's Kotoka International
    # Airport" lie somewhere in it
    r"|fortress|citadel|ruins|zone|airport|port|harbour"
    # ... and an arena of its: "Tunisia's El Jem amphitheatre" (not a mosque or a church,
    # which a town's name may own: "Mali's Great Mosque of Djenné" is no mosque of Mopti's)
    r"|amphitheatre|arena"
    # ... and a reserve or a sanctuary: "Peru's Tambopata National Reserve" lies in Madre
    # de Dios; and a crater: "Turkmenistan's Darvaza gas crater" is in the Karakum desert
    r"|reserve|sanctuary|crater"
    # ... and a spring, a cave or a village: "Albania's Blue Eye spring" is near Sarandë,
    # "Georgia's Ushguli village" in Svaneti
    r"|springs?|caves?|geysers?|village"
    # ... and a working sight: "Peru's Maras salt pans", "Poland's Wieliczka salt mine",
    # "the Philippines' Banaue rice terraces"
    r"|pans|mine|terraces)"
    # ... and a name the gazetteer lacks that people live in: "Colombia's Mompox has about
    # 45,000 residents" is a town of Colombia's (not "Brazil's Petrobras", whose staff work)
    r"|(?:[A-Z][\w'’-]*\s+(?:(?:de|del|da|do|la)\s+)?){1,3}(?=(?:has|had|is\s+home\s+to|counts)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|fewer\s+than)\s+)?"
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:permanent\s+)?(?:residents|inhabitants)\b"
    # ... or visitors come to: "Argentina's Pucará de Tilcara received about 120,000
    # visitors" is a sight somewhere in Argentina
    r"|(?:received|drew|welcomed|attracted)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|fewer\s+than)\s+)?"
    r"[\d,.]+(?:\s+(?:million|thousand))?\s+(?:visitors|tourists)\b)"
    # ... and its landmarks: "Australia's most famous building", "Peru's best-known site",
    # "New Zealand's tallest freestanding structure", "Japan's longest suspension span",
    # "South Korea's tallest skyscraper", "Germany's best-preserved Roman gate"
    rf"|(?:most\s+[a-z]+|{_RANKED}|best-[a-z]+|top)\s+(?:[A-Za-z]+\s+)?(?:building|structure"
    r"|tower|skyscraper|high-rise|landmark|attraction|span|gate"
    r"|monument|site|museum|bridge|cathedral|temple|castle|palace|(?:[a-z]+\s+)?(?:reserve|park)"
    # ... and its natural ones: "Vietnam's best-known seascape"
    r"|seascape|landscape|bay|beach|waterfall|canyon|gorge"
    # ... and its events, held somewhere in it: "Denmark's biggest music festival", "Japan's
    # biggest outdoor music festival"
    r"|(?:[a-z-]+\s+){0,2}(?:festival|fair|carnival|marathon|race))"
    # ... and a city called its capital for a season: "Estonia's summer capital" is Pärnu
    r"|(?:old|former|ancient|imperial|second|summer|winter)\s+(?:capital|city)"
    # ... and the city a capital's role names: "Bolivia's constitutional capital" is Sucre
    r"|(?:constitutional|administrative|legislative|judicial)\s+capital"
    # ... and a city called by the trade it leads: "Nigeria's commercial hub" is Lagos,
    # "India's financial capital" Mumbai
    r"|(?:commercial|financial|economic|business|industrial|tech|oil)\s+(?:hub|capital"
    r"|centre|center)"
    # ... and the city its government sits in, which need not be its capital: "Bolivia's
    # seat of government" is La Paz, not Sucre
    r"|seat\s+of\s+government"
    # ... and a province's capital, one of its cities: "Lombardy's capital" is Milan (a
    # country's stays the country's, whose government it speaks for)
    r"|(?P<seat>capital)"
    # ... and any event of its, ranked or not: "South Australia's cycling race" (not its
    # "race relations")
    r"|(?:[a-z-]+\s+){0,2}(?:festival|carnival|marathon|race)(?!\s+relations)"
    # ... and one of its states or provinces, ranked or placed: "Japan's southernmost
    # prefecture", "India's most populous state" (not "Britain's state pension")
    r"|(?:[a-z]+(?:est|most|ern)|most\s+[a-z]+)\s+(?:prefecture|province|state|region"
    r"|county|territory))\b(?!-)"
    # ... and a place of one kind its adjective puts there: "the Swiss fair", "the Spanish
    # seaside resort", "The Hungarian factory", "the Ligurian port", "The Czech Grand Prix",
    # "The New Mexico hot-air gathering", "the Swiss techno parade", "The Vietnamese
    # metropolis", "The Turkish region" (Cappadocia),
    # ranked or not ("The second-busiest Dutch airport", "The busiest Dutch railway station";
    # the country's own trade or economy stays the whole country's; "The Tyrolean capital"
    # is a city of its province, Innsbruck; a bridge, a tunnel, a dam or an airport named for
    # its province lies in it too: "The Penang Bridge" is somewhere in Penang, George Town's;
    # "The Bolivian seat of government" is La Paz)
    rf"|\b[Tt]he\s+(?:(?:{_RANKED}|main|only)\s+)?(?P<kind_of>{_NAME})\s+(?:[a-z-]+\s+){{0,2}}"
    r"(?:fair|festival|fiesta|gathering|parade|procession|resort|town|city|metropolis|village"
    r"|attraction|site|region|province"
    r"|racecourse|circuit|carnival|island|islands|isle|archipelago|factory|plant|refinery|smelter|mine|shipyard|steelworks|port|harbour|[Aa]irport|station"
    r"|museum|gallery|zoo|aquarium|castle|palace|cathedral|abbey|monastery|caves?|park"
    r"|stadium|arena|venue|[Bb]ridge|[Tt]unnel|lake|beach|brewery|distillery|winery|tower|skyscraper"
    r"|[Dd]am|reactor"
    r"|landmark|monument|chapel|church|basilica|temple|shrine|mosque|pagoda|ossuary|aqueduct"
    r"|fortress|citadel|gardens|waterfall|cascade|reserve|sanctuary"
    # a walk along its water: "The Guayas riverfront promenade" lies in Guayas (Guayaquil's)
    r"|promenade|boardwalk|waterfront|riverfront|seafront"
    r"|Grand\s+Prix|capital|district|hub|seat\s+of\s+government)\b"
    # ... and a side of something that spans countries its adjective puts there: "The
    # array's Australian half" is the SKA's telescope in Western Australia, "the Austrian
    # section of the Brenner tunnel" Austria's
    rf"|(?:['’]s|\b[Tt]he)\s+(?P<side_of>{_NAME})\s+(?:half|section|portion|stretch"
    r"|leg|segment|arm)\b"
    # ... and a town a headline names by its province or country alone: "Sculptures draw
    # millions to Hokkaido city" (not "Mexico City", a name)
    rf"|\b(?P<town_of>{_NAME})\s+(?:city|town|village)\b"
    # ... and a place a sentence describes, then puts in its province or country: "The
    # white colonial city in Cauca" is Popayán, "The restored pre-Inca hilltop fort above
    # the Río Grande in Jujuy" the Pucará de Tilcara, each somewhere in it
    r"|\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,4}(?:city|town|village|fort|fortress|citadel|resort|port)"
    r"\s+(?:(?:above|on|by|beside|near|along|over)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    rf"\s+)?in\s+(?P<described_in>{_NAME})\b"
    # ... and a province's capital named after it: "The island capital of Santa Catarina"
    # is Florianópolis
    rf"|\bcapital\s+of\s+(?P<capital_of>{_NAME})\b"
    # ... and a place named, then put in its country: "Mora, in Portugal, hit 46.6C" is a
    # town's heat, somewhere in Portugal, whether the gazetteer knows the town or not
    rf"|\b[A-Z][\w'’-]+,\s+in\s+(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
    rf"(?P<town_in>{_NAME})\b")


# A lake or a mountain a country's or a province's possessive names by the kind's word first
# lies somewhere in it, as its park does (_PART): "Egypt's Lake Nasser" is by the Aswan High
# Dam. Read apart, as the lake's name is no place (LAKE_NAME) and is blanked first.
_OWNED_FEATURE = re.compile(rf"({_NAME})(?:'s|’s)\s+(?:Lake|Mount|Mt\.?)\s+[A-Z]")


def _owned_features(sentence: str) -> set[str]:
    """The parts of countries or provinces _OWNED_FEATURE finds."""
    return {f"{lex.PART_OF} {place}" for found in _OWNED_FEATURE.finditer(sentence)
            for place in places_named(found.group(1))
            if is_country(place) or is_province(place)}


# The regions a figure may lie somewhere in, which a holder names ("Central America's island
# chains"): not a bloc, a currency's area or the world.
_HOLDING_REGIONS = lex.REGIONS - {"world", "euro zone", "European Union",
                                  "neighbouring countries"}


def _nations_own_capital(match: re.Match[str]) -> bool:
    """Whether a capital _PART reads is its nation's own, which _NATIONS_CAPITAL names: "the
    German capital" is Berlin, while a capital of a trade is another of its cities ("The
    Argentine wine capital" is Mendoza, somewhere in Argentina)."""
    words = match.group(0).split()
    return words[-1] == "capital" and (
        bool(match.group("seat")) or words[-2] == match.group("kind_of").split()[-1])


def _parts(sentence: str) -> set[str]:
    """The countries a sentence places its figure somewhere in; a capital's main airport
    ("Seoul's main gateway") is its country's, which is where it may lie ("Incheon"); a
    province's own event or landmark ("South Australia's cycling race") lies somewhere in
    the province, so in any of its cities (places.region_of: Adelaide); and so does one of
    a province's islands ("the Canary island": _one_of_the_islands)."""
    parts = set()
    for match in _PART.finditer(sentence):
        islands, era_state = _one_of_the_islands(match), _era_state(match)
        for place in places_named(
                islands or era_state or match.group("after_compass") or match.group("after_parts")
                or match.group("owner") or match.group("holder") or match.group("kind_of")
                or match.group("side_of") or match.group("town_of") or match.group("town_in")
                or match.group("capital_of") or match.group("described_in")):
            if match.group("capital_of") and not is_province(place):
                continue  # "the capital of France" is Paris (_NATIONS_CAPITAL's)
            if (match.group("kind_of") or match.group("seat")) and is_country(place) and (
                    _nations_own_capital(match)):
                continue  # "the German capital" is Berlin (_NATIONS_CAPITAL)
            if match.group("kind_of") and match.group(0).endswith(("region", "province")) and (
                    not is_country(place)):
                continue  # "the Kherson region" is the province itself, no part of it
            if is_country(place) or (is_province(place) and (
                    islands or match.group("holder") or match.group("town_of")
                    or match.group("kind_of") or match.group("capital_of")
                    or match.group("described_in"))):
                parts.add(f"{lex.PART_OF} {place}")
                # named by no word of its own, as "the Greek island" names Greece
                if islands or era_state:
                    parts.add(place)
            elif match.group("holder") and is_capital(place) and (country := country_of(place)):
                parts.add(f"{lex.PART_OF} {country}")
            elif match.group("holder") and place in _HOLDING_REGIONS:
                parts.add(f"{lex.PART_OF} {place}")
    return parts


def _era_state(part: re.Match[str]) -> str | None:
    """The state a state's adjective that is also an era's names before "capital"
    (lex.STATE_ERA_ADJECTIVES): "the Victorian capital" is Melbourne, while "The Victorian
    bascule bridge" is London's Tower Bridge."""
    name = part.group("kind_of")
    return lex.STATE_ERA_ADJECTIVES.get(name) if name and part.group(0).endswith(
        "capital") else None


def _one_of_the_islands(part: re.Match[str]) -> str | None:
    """The islands an adjective before "island" (or "isle") names where it names no place
    itself: "the Canary island" is one of the Canary Islands (not "the Greek island",
    Greece's)."""
    name = part.group("kind_of")
    if name and part.group(0).endswith((" island", " isle")) and not places_named(name):
        return f"{name} Islands"
    return None


# "tariffs on Chinese imports", "levies on goods from China": where the goods a trade figure
# is about come from. Two countries' tariffs on each other name the same two countries, and
# only the goods' origin tells them apart, so it is a scope of its own ("goods from China").
_GOODS = r"(?:imports|goods|products|exports|shipments|steel|cars|vehicles)"
# A country's exports come from it ("EU exports to the US"); its imports may come from
# anywhere, so only "on Chinese imports" (goods a tariff falls on) names their origin.
_ORIGIN = re.compile(
    rf"\b{_GOODS}\s+from\s+(?:the\s+)?(?P<after>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
    rf"|\b(?:on|against|of)\s+(?P<before>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+{_GOODS}\b"
    # ... or goods that face a duty: "Brazilian imports now face US duties of 50 percent"
    # ("US imports fell 3%" are what the United States buys)
    rf"|^(?P<facing>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+{_GOODS}\s+(?:now\s+|will\s+)?"
    r"(?:face|faces|faced|are\s+subject|were\s+hit)\b"
    rf"|(?P<exporter>\b[A-Z][\w.]*?)(?:'s|’s)?\s+exports\b")


def _origins(sentence: str) -> set[str]:
    return {f"{lex.GOODS_FROM} {place}" for match in _ORIGIN.finditer(sentence)
            for place in places_named(match.group("after") or match.group("before")
                                      or match.group("facing") or match.group("exporter"))[:1]}
