"""What a count counts: "5,500 US soldiers" counts troops, and so does "military personnel".

Two counts of different things are never the same fact, so the thing is read with care:
past modifiers, through synonyms, and back to a noun named earlier when the number has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosscheck import _lexicon as lex
from crosscheck.places import PLACE_EPITHET, is_country, is_place_name, places_named
from crosscheck.words import (
    SUPERLATIVE,
    is_english_word,
    is_finite_verb,
    is_plural_noun,
    lemmas,
    singular,
)

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*|[,;:!?()\"“”]")


# "358 of the town's 1,113 structures", "241 of the 242 people on board": a part of a
# whole counts what the whole counts.
_OF_A_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+|[A-Za-z-]+(?:'s|’s)\s+)*\d[\d,.]*")


# "homes and other buildings", "cars and other vehicles": the count is of the wider thing.
_AND_OTHER = re.compile(r"\s+(?:[A-Za-z-]+\s+){1,2}?and\s+other(?=\s)")


# The plural endings of a place's people: Londoners, Parisians, Muscovites, Texans, Britons.
_RESIDENTS = re.compile(r"[A-Z][a-z]+(?:er|ian|ite|an|on)s")


def _is_residents(word: str) -> bool:
    """A place's people the gazetteer cannot name ("New Yorkers", "Londoners"): a
    capitalised plural of a resident's ending that the dictionary lacks (not "Democrats")."""
    return bool(_RESIDENTS.fullmatch(word)) and not is_english_word(word.lower())


# People who passed through an airport are its passengers: "Almost 84 million people passed
# through the airport" / "Heathrow handled 83.9 million passengers".
_THROUGH_AN_AIRPORT = re.compile(
    r"\s+(?:people|travell?ers)\s+(?:\w+\s+)?(?:passed|travell?ed|flew|went|came)\s+"
    r"through\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*airports?\b", re.IGNORECASE)

# ... and so are the people an airline flew or a carrier carried: "The Luxembourg flag
# carrier flew some 2.2m people last year" / "Luxair carried 2 million passengers"; "The
# ferry line to the Danish Baltic island carried about 2.1m people". Not the people a cable
# car carried, who are a sight's visitors.
_FIGURE_END = r"\s+(?:[a-z]+\s+){0,3}?[\d.,]+\s*(?:[mk]|mn|bn|thousand|million|billion)?$"
_FLOWN_BEFORE = re.compile(rf"\b(?:flew|flown|flies){_FIGURE_END}", re.IGNORECASE)
# A city's or a country's lines, which carry passengers wherever they ride to (a ferry or a
# cable car may carry a sight's visitors).
_LINES = r"(?:trams?|tramway|light\s+rail|metro|subway|underground|buses|bus|trains?|railways?)"
_CARRIED_BEFORE = re.compile(
    rf"\b(?:airlines?|carriers?|airways|ferry|ferries|line|operator|{_LINES})\b[^,;]*?"
    r"\b(?:carried|carries)" + _FIGURE_END, re.IGNORECASE)
_PEOPLE = re.compile(r"\s+people\b")
# ... and the people who rode a city's line: "Some 70,000 people a day rode the Finnish
# city's light rail" / "The Tampere tram carried about 70,000 passengers a day". Not those
# who rode it to a sight ("took the ferry to the former federal prison", "rode up to
# Europe's highest railway station"), who are the sight's visitors.
_RODE_A_LINE = re.compile(
    r"\s+(?:people|commuters|travell?ers)\s+(?:(?:a|per|each)\s+(?:day|week|month|year)\s+)?"
    r"(?:rode|ride|rides|ridden|took|take|takes|used|use|uses)\s+(?!(?:up\s+)?to\b)"
    rf"(?:the\s+)?[^,;.]*?\b{_LINES}\b(?!\s+(?:(?:up\s+)?to|stations?)\b)", re.IGNORECASE)


# "The 50,000-seat arena": a venue's seats are the spectators it holds ("Kai Tak Stadium
# seats 50,000 spectators"); a parliament's stay seats ("the 650-seat House of Commons"),
# and so do its members ("the 120-member assembly" / "Kosovo's parliament has 120 seats").
_SEATED = re.compile(
    r"-seat(?:er)?\b(?P<venue>\s+(?:[a-z]+\s+)?(?:arena|stadium|theatre|theater|hall"
    r"|auditorium|venue|amphitheatre|bowl|cinema)\b)?")
_MEMBERS_SEATED = re.compile(
    r"-member\s+(?:[a-z]+\s+)?(?:assembly|parliament|chamber|house|senate|legislature"
    r"|congress|council|Assembly|Parliament|Chamber|House|Senate|Council)\b")
# ... and a venue's capacity is its spectators: "the 75,000-capacity stadium" holds 75,024.
_CAPACITY_OF_A_VENUE = re.compile(
    r"-capacity\s+(?:[a-z]+\s+)?(?:arena|stadium|theatre|theater|hall|auditorium|venue"
    r"|amphitheatre|bowl|ground|ballpark)\b")
# "Some 58,000 seats go on sale every year": seats sold are tickets.
_SEATS_SOLD = re.compile(
    r"\s+(?:[a-z-]+\s+)?seats\s+(?:(?:go|went|are|were|will\s+go|have\s+been|had\s+been)"
    r"\s+)?(?:on\s+sale|sold)\b")
# ... and so are seats a seller sold: "The Austrian capital's opera house sold some
# 600,000 seats last season".
_SEATS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?seats\b")
_SOLD_BEFORE = re.compile(rf"\b(?:sold|sells|sell|selling){_FIGURE_END}", re.IGNORECASE)
# "viewed 325.1 million times", "will dance The Nutcracker 33 times": the verb a count of
# times follows (lex.TIMES_DONE), past a few words of what was done, none a number.
_DONE_BEFORE = re.compile(
    rf"\b({'|'.join(lex.TIMES_DONE)})(?:\s+[A-Za-z'’-]+){{0,4}}?\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"[\d.,]+(?:\s+(?:thousand|million|billion))?$", re.IGNORECASE)
_TIMES = re.compile(r"\s+times\b")

# ... and visitors off a cruise ship are its passengers: "1.3 million visitors from cruise
# ships" / "1.3 million cruise passengers came ashore".
_OFF_CRUISE_SHIPS = re.compile(
    r"\s+(?:visitors|tourists|people|passengers)\s+(?:from|off|aboard|on)\s+cruise\s+"
    r"(?:ships|liners|vessels)\b", re.IGNORECASE)


# People who visited a sight, or made their way to it, are its visitors: "Some 4.2 million
# people toured the ruins of the Roman city" / "Pompeii drew 4.2 million visitors", "About
# 1.4 million people took the ferry to the former federal prison" / "Alcatraz welcomed 1.4
# million visitors".
_VISIT = (r"(?:[a-z]+\s+)?(?:visited|toured|came\s+to|went\s+(?:to|up)\b|climbed"
          r"|passed\s+through\s+the\s+(?:gates|turnstiles|doors)"
          r"|made\s+the\s+(?:trip|journey|climb)|travell?ed\s+to"
          r"|(?:walked|wandered|strolled|roamed)\s+(?:through|around)"
          r"|explored|ascended|stepped\s+inside|set\s+foot\s+(?:in|on)|sailed\s+to"
          r"|rode\s+(?:up|to)\b|flocked\s+to|queued\s+to\s+see"
          r"|took\s+the\s+(?:[a-z-]+\s+){1,2}(?:up\s+)?to)\b")
_VISITED = re.compile(rf"\s+people\s+{_VISIT}")
# A plural no English word list holds, doing what people do at a festival, names a
# community's own performers, who are people: "About 1,000 Gilles dance at Binche's
# carnival" / "some 1,000 costumed dancers", "Some 1,000 guizers marched through Lerwick"
# (a boat or a vehicle of a foreign name, "200 jeepneys", does none of these).
_PERFORMERS_WHO = re.compile(
    r"\s+(?P<noun>[^\W\d_][\w’'-]*s)\s+(?:(?:in|with|from)\s+(?:[a-z-]+\s+){1,3})?"
    r"(?:danc|march|parad|sing|sang|perform|drumm?)(?:e|es|ed|ing|s)?\b")
# Things a trade names in words of its own, read so only in a sentence about the trade: a
# port's boxes are its containers ("Africa's busiest container port moved some 10.2 million
# boxes" / "Tanger Med handled 8.6 million containers"; not "boxes of bananas"), and a
# delivery app's riders its couriers, not a line's passengers ("Unions put the number of
# riders delivering for the Helsinki-based app at some 9,000" / "Wolt works with about
# 15,000 couriers").
_IN_ITS_TRADE: dict[str, tuple[re.Pattern[str], str]] = {
    "boxes": (re.compile(r"^(?!.*\bboxes\s+of\b).*\b(?:ports?|terminals?|harbou?rs?"
                         r"|container|shipping|quays?)\b", re.IGNORECASE), "containers"),
    "riders": (re.compile(r"\b(?:deliver(?:y|ies|ing|s|ed)?|couriers?|takeaways?)\b",
                          re.IGNORECASE), "couriers"),
}


def thing_in_its_trade(thing: str | None, sentence: str) -> str | None:
    """The counted thing, read in its trade's words where the sentence is about the trade
    (_IN_ITS_TRADE: boxes shipped are containers, riders who deliver are couriers)."""
    trade = _IN_ITS_TRADE.get(thing or "")
    return trade[1] if trade and trade[0].search(sentence) else thing


# Couples who married are the marriages: "Some 36,500 couples tied the knot in the country
# last year" / "Portugal registered 36,539 marriages".
_WED = re.compile(r"\s+(?:[a-z-]+\s+)?couples\s+(?:tied\s+the\s+knot|married|wed"
                  r"|got\s+married|said\s+their\s+vows)\b", re.IGNORECASE)


# ... and a sight such a sentence describes, not names, whoever its visitors are called
# ("people went up Brussels' giant steel molecule", "guests visited Scandinavia's largest
# amusement park", "people climbed to kiss the famous stone"; not "went to Spain").
_VISITORS_WENT = re.compile(rf"\b(?:people|visitors|tourists|guests)\s+{_VISIT}")
_SIGHT_DESCRIBED = re.compile(
    r"\s*(?:(?:up|to)\s+)?(?:[a-z]+\s+)?(?:the\b|an?\b|[A-Z][\w-]*(?:'s|’s|')(?=\s))")


def visits_a_described_sight(sentence: str) -> bool:
    """Whether a sentence counts people who visited a sight it describes rather than names:
    a description of a sight, as "The Brühl theme park" is, which the corpus may name."""
    visited = _VISITORS_WENT.search(sentence)
    return visited is not None and _SIGHT_DESCRIBED.match(sentence, visited.end()) is not None


# A name counted as what a maker delivered, sold or recalled is its model, counted by its
# name: "The French planemaker handed over 31 Falcons" counts the jets "Dassault delivered 31
# Falcon business jets" does, not birds, and not Rafales (is_model).
MADE_OR_SOLD = (r"\b(?i:deliver(?:ed|s|ing)?|handed\s+over|sold|sells|shipped|built|produced"
                r"|recall(?:ed|s|ing)?)\s+(?:(?i:some|about|around|nearly|almost|over|more\s+than"
                r"|just)\s+)?")
_MADE_OR_SOLD = re.compile(rf"{MADE_OR_SOLD}[\d,.]+(?:\s+(?i:million|thousand))?\s*$")
# ... named alone or before what it is: "31 Falcons", "31 Falcon business jets", "21 Rafale
# fighters" (not "German cars", "Air Canada jets").
MODEL_NAME = r"\s*([A-Z][a-z]+)\b(?![\s-]+[A-Z\d])"
_MODEL_NAME = re.compile(MODEL_NAME)


def is_model(thing: str | None) -> bool:
    """Whether a counted thing is a maker's model ("Falcons"): a unit of whatever it makes,
    so any thing counted, but never another model."""
    return bool(thing) and thing[:1].isupper()


def _names_its_noun(words: list[str], at: int) -> bool:
    """Whether the word after `at` is a counted thing's noun the word before it modifies
    ("Chinese tourists"), not a verb or a phrase of its own ("Senegalese work in")."""
    following = words[at + 1].lower().strip(".,;:") if at + 1 < len(words) else ""
    return is_plural_noun(following) or following in lex.THING_SYNONYMS


def counted_thing(sentence: str, end: int) -> str | None:
    """The noun after a number, past modifiers ("5,500 US soldiers").

    A participle in the noun's place names a state of the thing counted earlier: in
    "331 civilians killed and 675 injured", 675 counts "civilians injured"; one before a
    noun only describes it ("660,000 registered refugees").
    """
    if (_THROUGH_AN_AIRPORT.match(sentence, end) or _OFF_CRUISE_SHIPS.match(sentence, end)
            or _RODE_A_LINE.match(sentence, end)
            or (_PEOPLE.match(sentence, end) and (_FLOWN_BEFORE.search(sentence, 0, end)
                                                  or _CARRIED_BEFORE.search(sentence, 0, end)))):
        return "passengers"
    if _VISITED.match(sentence, end):
        return "visitors"
    if (performers := _PERFORMERS_WHO.match(sentence, end)) and not is_english_word(
            performers.group("noun")):
        return "people"
    if _WED.match(sentence, end):
        return "marriages"
    if seated := _SEATED.match(sentence, end):
        return canonical_thing("spectators") if seated.group("venue") else "seats"
    if _MEMBERS_SEATED.match(sentence, end):
        return "seats"
    if _CAPACITY_OF_A_VENUE.match(sentence, end):
        return canonical_thing("spectators")
    if _SEATS_SOLD.match(sentence, end) or (
            _SEATS_AFTER.match(sentence, end) and _SOLD_BEFORE.search(sentence, 0, end)):
        return "tickets"
    if _TIMES.match(sentence, end) and (done := _DONE_BEFORE.search(sentence, 0, end)):
        return lex.TIMES_DONE[done.group(1).lower()]
    if whole := _OF_A_WHOLE.match(sentence, end):  # "358 of the town's 1,113 structures"
        return counted_thing(sentence, whole.end())
    if wider := _AND_OTHER.match(sentence, end):  # "12,300 homes and other buildings"
        return counted_thing(sentence, wider.end())
    words = WORD.findall(sentence[end:])[:6]
    if words and words[0].lower().rstrip(".") == "dead" and (
            len(words) == 1 or words[1].lower() not in ("and", "or")
            or not any(is_count_noun(word.rstrip(".")) for word in words[2:4])):
        return "people"  # "left some 2,900 dead", "five dead and 20 injured": people, who
        # died ("dead and missing migrants" are migrants)
    if words and words[0].lower() == "of":  # "dozens of homes", "498 of its soldiers"
        words = words[1:]
        if words and words[0].lower() in lex.DETERMINERS:
            words = words[1:]
        if words and words[0].endswith(("'s", "’s")):
            words = words[1:]  # "Eight of Maramureș's wooden churches": whose, not what
    if (words and re.fullmatch(r"[a-z]+ed", words[0]) and not is_plural_noun(words[0])
            and not any(is_count_noun(w.rstrip(".")) for w in words[1:3] if w[0].isalpha())):
        counted = thing_before(sentence[:end]) or "people"
        # "675 injured" are civilians injured; "a crowd of 87,242 watched" is people
        participle = words[0].rstrip(".")
        return f"{counted} {participle}" if participle in lex.MEASURE_TERMS else counted
    if model := _model_counted(sentence, end):
        return model
    collected: list[str] = []
    skipped: set[str] = set()
    for at, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if (not collected and lower.endswith("ese") and is_place_name(word)
                and not _names_its_noun(words, at)):
            return "people"  # "Some 500,000 Senegalese work in fishing": a demonym in -ese
            # is its own plural ("Chinese tourists" count tourists)
        if word[0].isalpha() and not collected and (
            lower in lex.THING_MODIFIERS or lower in lex.CHANGE_AFTER
            or (re.fullmatch(r"[a-z]+ed", lower) and not is_plural_noun(lower))
            or (word[0].isupper() and at < 3 and not is_plural_noun(lower)
                and lower not in lex.THING_SYNONYMS)  # "13 Emmys" counts awards
            or (lower.endswith("est") and not is_plural_noun(lower)  # "the busiest", not
                and lower not in lex.THING_SYNONYMS)  # "wildebeest"
        ):
            skipped.add(lower)
            continue  # "5,500 US soldiers", "660,000 registered refugees", "10,000 Air
            # Canada flight attendants"
        if lower in ("and", "or") and collected and not any(map(is_count_noun, collected)):
            collected = []  # "3,000 dead and missing migrants": adjectives, then the noun
            continue
        if not word[0].isalpha() or lower in lex.THING_STOP_WORDS or len(lower) < 2:
            break  # a single letter is the tail of a name cut at its digits: "5 F-16s"
        if "-" in lower and not is_plural_noun(lower):
            following = words[at + 1].lower().rstrip(".") if at + 1 < len(words) else ""
            if f"{lower} {following}" in lex.THING_SYNONYMS:  # "short-term rentals"
                return lex.THING_SYNONYMS[f"{lower} {following}"]
            continue  # a compound modifier: "first-time buyers", "Covid-19 patients"
        if (is_place_name(word) and is_plural_noun(lower)) or _is_residents(word):
            return "people"  # "85,000 Ukrainians", "two million New Yorkers"
        if lower.endswith(("s'", "s’")):  # "5.7 million customers' records": whose, counted
            if at + 1 < len(words) and words[at + 1].lower().rstrip(".") in lex.OWNED_BUILDINGS:
                skipped.add(lower)
                continue  # "some 140 wooden shepherds' huts": the huts
            collected = [lower[:-1]]
            break
        if collected and _verb_of_an_earlier_subject(collected[-1], lower, words[at + 1:at + 2]):
            break  # "A flight of 461 steps leads up to the mausoleum": steps, which lead
        collected.append(lower)
        if len(collected) == 3 or (len(collected) == 2 and any(
                is_plural_noun(head) or head in lex.THING_SYNONYMS for head in collected)):
            following = words[at + 1].lower() if at + 1 < len(words) else ""
            if f"{lower} {following}" in lex.THING_SYNONYMS:
                collected.append(following)  # "heavy goods vehicles" are trucks, not goods
            break  # two words, or three to reach the noun: "100,000 public sector workers"
    for phrase in (" ".join(collected), " ".join(collected[-2:])):  # "public charge points"
        if phrase in lex.THING_SYNONYMS:
            return lex.THING_SYNONYMS[phrase]
    # "aid trucks": the head is last; "soldiers deployed": a participle follows the head.
    for at, head in reversed(list(enumerate(collected))):
        if is_plural_noun(head) or head in lex.THING_SYNONYMS:
            return _modified_thing((*skipped, *collected[:at]), head)
    return None


# Words a verb of motion or of position goes on with: "leads up to", "runs through".
_VERB_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "through", "across",
                             "along", "around", "over", "into", "onto", "to", "past"})


def _verb_of_an_earlier_subject(noun: str, word: str, following: list[str]) -> bool:
    """Whether `word` after a plural noun is the verb a word the noun depends on governs,
    not the noun's head: a plural noun modifies another only when it is a plural of its own
    ("goods trains", "sports cars"), and "steps leads up" takes the -s of its verb from "A
    flight"."""
    return (is_plural_noun(noun) and noun not in lemmas(noun).get("NOUN", ())
            and "VERB" in lemmas(word) and is_plural_noun(word)
            and bool(following) and following[0].lower() in _VERB_PARTICLES)


def _modified_thing(modifiers: Iterable[str], noun: str) -> str:
    """The thing a noun counts, unless a modifier before it makes another thing of it
    (lex.MODIFIED_THINGS: "foreign passengers" and "foreign arrivals" are visitors, though
    arrivals alone are people), as written or as counted."""
    thing = canonical_thing(noun)
    return next((lex.MODIFIED_THINGS[key] for modifier in modifiers
                 for key in ((modifier, noun), (modifier, thing))
                 if key in lex.MODIFIED_THINGS), thing)


def _model_counted(sentence: str, end: int) -> str | None:
    """A maker's model a number counts, in its plural ("Falcons")."""
    if not ((named := _MODEL_NAME.match(sentence, end)) and _MADE_OR_SOLD.search(
            sentence, 0, end)):
        return None
    name = named.group(1)
    if any(map(is_country, places_named(name))):
        return None  # "sold 5,000 German cars"
    return name if name.endswith("s") else f"{name}s"


# "the number of dead", and without "of" before who they are: "put the number evacuated at";
# a population of a kind counts that kind ("The wild population of the black-and-white bears
# stands at nearly 1,900").
_NUMBER_OF = re.compile(
    rf"\b(?:number\s+(?:of\s+|(?=(?:{'|'.join(lex.PEOPLE_ADJECTIVES)})\b))"
    r"|population\s+of\s+(?=the\b))", re.IGNORECASE)
# ... and the number who did something counts people: "Independent estimates put the number
# who came to the festival at about 400 million".
_NUMBER_WHO = re.compile(r"\bnumber\s+who\b", re.IGNORECASE)
# "Lake Baikal is home to an estimated 130,000 nerpa": a place home to a number counts who
# or what lives there, never homes.
_HOME_TO = re.compile(r"\bhome\s+to\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# What drew or welcomed a number that counts no noun drew people: "Last year's edition
# attracted 82,000" is a crowd, as "the fair drew 91,000 visitors" is.
_DREW_A_CROWD = re.compile(
    r"\b(?:attract(?:s|ed)?|dr(?:ew|aws?)|welcome[sd]?|pull(?:s|ed)\s+in)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE)


# A venue that seats a number, naming no one after it, holds so many spectators: "The
# Arena di Verona seats 13,500 for an opera", "The Glasgow ground can seat about 60,000"
# (not the seats a party won: "won 47 seats").
_VENUE_SEATS = re.compile(r"\b(?-i:seats|seated|(?:can|could|will|would)\s+seat)\s+"
                          r"(?:(?:about|around|some|up\s+to|nearly"
                          r"|almost|roughly|more\s+than|over)\s+)?$", re.IGNORECASE)


# A source's estimate of a noun counts it: "The city council puts the tram line's yearly
# passengers at some 4.5 million" (a crowd, a singular, is read as any counted word is:
# "Police put the two-day crowd at some 750,000").
_PUT = r"\b(?:put|puts|putting|estimated|estimates)\s+(?:[\w'’-]+\s+){0,5}?(?P<noun>(?-i:[a-z]+))"
_AT_LEVEL = r"\s+at\s+(?:[a-z]+\s+){0,2}$"  # "at some", "at more than"
_PUT_AT_BEFORE = re.compile(_PUT + _AT_LEVEL, re.IGNORECASE)
# A race's field, a source's estimate puts at a number, is its runners: "City officials put
# the field at some 32,000" / "About 40,000 runners took part in the Cape Town Marathon"
# (only so put: "field" alone is as often an oil or gas field's).
_RACE_FIELD = "field"
# ... past where they went and when, between the noun and its level: "put visits to the
# Mayan seaside ruins last year at some 2.3 million", "put visitors to the sandy spit where
# the Skagerrak meets the Kattegat at some 1.4 million"
_PUT_AT_BEFORE_PAST_WHERE = re.compile(
    _PUT + r"\s+to\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+"
    r"(?:\s+(?:last|this)\s+(?:year|month|week|season|summer|winter))?" + _AT_LEVEL,
    re.IGNORECASE)


# A figure a business employs, naming nothing it counts, counts its workers: "The
# Bengaluru-based IT firm employed some 317,000" (not firms). Where it names them, they
# stay as named: "Amazon employs more than 1.5 million people" is no count of the
# "350,000 corporate employees" its story gives beside it.
_EMPLOYED_BEFORE = re.compile(r"\bemploy(?:s|ed|ing)?(?:\s+[a-z]+){0,3}?\s*$", re.IGNORECASE)


def thing_before(before: str) -> str | None:
    """For "... personnel deployed in Poland, which is now more than 10,000": the noun
    named earlier in the sentence, when the number has none of its own; "the number of
    applications increased by 3,400" counts applications, "the number who came" people."""
    if _NUMBER_WHO.search(before):
        return "people"
    if number_of := list(_NUMBER_OF.finditer(before)):
        following = WORD.findall(before[number_of[-1].end():])[:2]
        adjective = next((w.lower() for w in following if w.lower() != "the"), "")
        if adjective in lex.PEOPLE_ADJECTIVES:  # "the number of dead"
            return lex.PEOPLE_ADJECTIVES[adjective]
        thing = thing_after(before, number_of[-1].end(), reach=3)
        if thing is not None:
            return thing
    if (sold := _SALES_OF.search(before)) and "NOUN" in lemmas(sold.group("noun").lower()):
        return canonical_thing(_plural(singular(sold.group("noun").lower())))
    if (buyers := _SALES_TO.search(before)) and is_plural_noun(buyers.group("noun")):
        return canonical_thing(buyers.group("noun"))
    if (sold := _NOUN_SALES.search(before)) and _sold_noun(sold.group("noun").lower()):
        return canonical_thing(_plural(sold.group("noun").lower()))
    if (capped := _LIMIT_ON.search(before) or _LIMITED.search(before)) and is_plural_noun(
            capped.group("noun").lower()):
        return _noun_or_pair(before, capped)
    if (quota := _QUOTA_OF.search(before)) and "NOUN" in lemmas(
            noun := quota.group("noun").lower()) and noun not in _NO_QUOTA_KIND:
        return canonical_thing(_plural(noun))
    subject = _SUBJECT_OF_LEVEL_VERB.search(before) or _SEEN_TO_MOVE.search(before)
    if subject and (
            is_plural_noun(noun := subject.group("noun").lower()) or noun in _TALLIES
            or (noun in _TALLY and _tallied(before, subject) is not None)
    ) and not _IN_A_PHRASE.search(before, 0, subject.start("noun")):
        return _noun_or_pair(before, subject)
    if _EMPLOYED_BEFORE.search(before):
        return "workers"
    if _HOME_TO.search(before) or _DREW_A_CROWD.search(before):
        return "people"
    if _VENUE_SEATS.search(before):
        return canonical_thing("spectators")  # "The Arena di Verona seats 13,500 for an opera"
    for put_at in (_PUT_AT_BEFORE, _PUT_AT_BEFORE_PAST_WHERE):
        if estimated := put_at.search(before):
            noun = estimated.group("noun").lower()
            if noun == _RACE_FIELD:
                return "runners"
            if is_plural_noun(noun):
                return canonical_thing(noun)
    words = [word.lower() for word in WORD.findall(before)]
    for at in range(len(words) - 1, -1, -1):
        lower = words[at]
        if at and (pair := f"{words[at - 1]} {lower}") in lex.THING_SYNONYMS:
            return canonical_thing(pair)  # "The streaming service's user base grew to 713m"
        if lower == "population" and at and (counted := _population_of(words[at - 1])):
            return counted
        if lower in lex.THING_SYNONYMS or singular(lower) in lex.THING_SYNONYMS:
            return canonical_thing(lower)
    return None


# A tally of a noun counts it: "Visitor numbers at the Jungfraujoch reached 1,057,000",
# "Cruise passenger traffic at Piraeus reached 1.5 million".
_TALLIES = frozenset({"numbers", "totals", "counts", "tallies", "traffic"})
# ... and so does one tally of a noun ("Serbia's measles tally for the year rose to 1,600":
# a disease's tally counts its cases), never a tally alone ("The total rose").
_TALLY = frozenset({"tally", "total", "count"})


def _tallied(before: str, found: re.Match[str]) -> str | None:
    """What a tally counts, by the noun before it: "Visitor numbers" count visitors, a
    disease's tally its cases; an airport's traffic, with no other noun before it, its
    passengers ("Traffic at Cusco's airport", "The Inca capital's airport saw traffic rise
    to"); None where no noun stands before it."""
    previous = [word.lower() for word in WORD.findall(before[:found.start("noun")])[-1:]]
    if previous and previous[0] in lex.DISEASES:
        return "cases"
    if previous and previous[0] not in _NOT_TALLIED and "NOUN" in lemmas(previous[0]):
        return canonical_thing(_plural(previous[0]))
    if found.group("noun").lower() == "traffic" and _AIRPORT_NAMED.search(before):
        return "passengers"
    return None


# Words before a tally that are not what it counts: an airport (its traffic is its
# passengers) and the verb that sees a tally move ("saw traffic rise").
_NOT_TALLIED = frozenset({"airport", "airports", "saw", "see", "sees", "seen"})
_AIRPORT_NAMED = re.compile(r"\bairports?\b", re.IGNORECASE)


# "The Baltic state's homicide rate stood at about 4.9 per 100,000": the noun a rate is of.
_RATE_OF_A_NOUN = re.compile(r"\b([a-z]+)\s+rates?\b(?!.*\brates?\b)", re.IGNORECASE)


def rated_thing(before: str) -> str | None:
    """What a rate per so many people counts, by the noun its rate is of (a homicide rate
    counts homicides); None where the sentence names no such rate. Only for a figure said
    per so many people: "the exchange rate stood at 25.3" counts no exchanges."""
    if (rate := _RATE_OF_A_NOUN.search(before)) and "NOUN" in lemmas(
            noun := rate.group(1).lower()):
        return canonical_thing(_plural(noun))
    return None


def _noun_or_pair(before: str, found: re.Match[str]) -> str:
    """The thing a matched noun counts, or the thing it counts with the word before it
    ("charge points", "cruise visitors")."""
    noun = found.group("noun").lower()
    if (noun in _TALLIES or noun in _TALLY) and (tallied := _tallied(before, found)):
        return tallied  # "Visitor numbers reached"
    previous = [word.lower() for word in WORD.findall(before[:found.start("noun")])[-1:]]
    pair = f"{previous[0]} {noun}" if previous else noun
    return canonical_thing(pair) if pair in lex.THING_SYNONYMS else _modified_thing(
        previous, noun)


def _sold_noun(word: str) -> bool:
    """Whether a word before "sales" names what was sold: a noun only ("ticket", "car"),
    neither a word that may qualify ("home", "retail", "net") nor a time ("summer")."""
    found = lemmas(word)
    return ("NOUN" in found and not {"ADJ", "ADV"} & set(found)
            and word not in _WHEN_NOUNS)


def _population_of(modifier: str) -> str | None:
    """What "<modifier> population" counts: a noun's plural ("rhino population"), the people
    of a place or an institution (lex.POPULATION_PLACES), else None (an adjective, a place's
    name or a possessive: "the native population", "Nepal's population")."""
    if modifier in lex.POPULATION_PLACES:
        return lex.POPULATION_PLACES[modifier]
    if (animals := _plural(modifier)) in lex.ANIMAL_KINDS:
        return animals  # "the UK's dog population", though "dog" is a verb too
    if set(lemmas(modifier)) != {"NOUN"} or is_place_name(modifier.title()):
        return None
    return canonical_thing(_plural(modifier))


# "Sales of the new console passed 10 million": what was sold is what the figure counts.
# A limit "on" a count counts what it limits: "The daily limit on visitors to the Inca
# citadel rises to 5,600" is "5,600 visitors a day".
_LIMIT_ON = re.compile(
    r"\b(?:limit|cap|ceiling|quota)\s+on\s+(?:the\s+number\s+of\s+)?(?P<noun>[a-z]+)\b"
    r"[^.;:]*$", re.IGNORECASE)
# ... and a quota named by what it counts: "Iceland set this year's fin whale quota at 128"
# is 128 whales (not a quota of a trade: "the import quota", "the catch quota").
_QUOTA_OF = re.compile(r"\b(?P<noun>[a-z]+)\s+quotas?\b[^.;:]*$", re.IGNORECASE)
_NO_QUOTA_KIND = frozenset({"catch", "fishing", "import", "export", "production", "output",
                            "milk", "sales", "emissions", "carbon", "tariff"})
# ... and so does a verb's: "Dubrovnik limits cruise visitors to 4,000 a day", "The Dutch
# capital plans to halve river cruise calls to about 1,150 a year".
_LIMITED = re.compile(
    r"\b(?:limit|limits|limited|limiting|cap|caps|capped|capping|restrict|restricts"
    r"|restricted|restricting|halve|halves|halved|halving|reduce|reduces|reduced|reducing"
    r"|lower|lowers|lowered|lowering)\s+(?:the\s+number\s+of\s+)?(?:[a-z-]+\s+){0,2}?"
    # ... past what it is for: "caps entries for its ultra at 11,000"
    r"(?P<noun>[a-z]+)(?:\s+for(?:\s+[\w'’-]+){1,3}?)?\s+(?:to|at)\s+"
    r"(?:(?:about|around|some|roughly|nearly|just|no\s+more"
    r"\s+than|fewer\s+than)\s+)?$", re.IGNORECASE)
# "Ticket sales to international tourists topped one million": what is sold to a count of
# buyers counts them.
_SALES_TO = re.compile(
    r"\bsales\s+to\s+(?:the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\b[^.;:]*$")
# "Ticket sales for the summer reached about 225,000": a noun's sales count it.
_NOUN_SALES = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\s+(?:sales|shipments|deliveries)\b(?![^.;:]*\b(?:of|to)\b)"
    r"[^.;:]*$")
# ... unless the noun says when ("summer sales", "Christmas sales", "weekend sales").
_WHEN_NOUNS = frozenset({"summer", "winter", "spring", "autumn", "fall", "holiday", "season",
                         "festive"}) | lex.TIME_UNITS | lex.HOLIDAYS
_SALES_OF = re.compile(
    r"\b(?:sales|shipments|deliveries)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\b(?![^.;:]*\bof\b)[^.;:]*$", re.IGNORECASE)


# "Trips grew 18% to 3.1 billion", "Monthly active consumers reached 171 million": the
# plural that a verb of level or change follows counts what the figure counts, past a place
# it is counted on, in, to or for ("Transactions on the payments system reached", "Foreign
# nationals living in Japan topped", "Arrivals of foreign visitors to the islands rose",
# "Serbia's measles tally for the year rose", "Passenger numbers at the Estonian capital's
# airport reached").
_SUBJECT_OF_LEVEL_VERB = re.compile(
    r"\b(?!(?:has|have|had)\b)(?P<noun>[A-Za-z]+)"  # "toll for 2025 has reached": no "has"
    r"(?:\s+(?:(?:living|working|based|staying|studying|employed)\s+)?"
    r"(?:on|in|at|through|across|to|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:have\s+|has\s+)?(?:rose|risen|fell|fallen|grew|grown|"
    r"climbed|jumped|dropped|declined|reached|hit|totalled|totaled|numbered|stood|increased|"
    # "number" and "count" verbs only just before their figure: "The territory's apes number
    # about 300", "The reed islands count some 90", not "Visitor numbers at the Jungfraujoch
    # reached"
    r"(?:numbers?|counts?)(?=\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under|more\s+than"
    r"|fewer\s+than|at\s+least|close\s+to|up\s+to)\s+)?$)|"
    r"decreased|topped|passed|exceeded|made\s+up|slipped|dipped|eased|edged\s+(?:up|down)"
    r"|ticked\s+(?:up|down)|surged|soared|slumped|plunged|tumbled"
    r"|doubled|tripled|trebled|quadrupled|halved)\b[^.;:]*$")  # "traffic doubled to"
# ... and so does one seen to move: "The Inca capital's airport saw traffic rise to some 3.2
# million".
_SEEN_TO_MOVE = re.compile(
    r"\b(?:saw|see|sees|seen)\s+(?P<noun>[A-Za-z]+)\s+(?:rise|fall|grow|climb|jump|drop)\b"
    r"[^.;:]*$")


# A plural inside a prepositional phrase is not the verb's subject: in "the death toll from
# the floods reached seven" the toll reached it.
_IN_A_PHRASE = re.compile(
    r"\b(?:of|from|in|at|on|after|by|during|for|with)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+)?$", re.IGNORECASE)  # "the toll from the Mokwa floods has"


def thing_after(sentence: str, end: int, reach: int = 8) -> str | None:
    """The first counted noun after a word that has no number of its own: "doubled the
    number of military personnel" counts troops."""
    previous = ""
    for word in WORD.findall(sentence[end:])[:reach]:
        lower = word.lower().rstrip(".")
        if (pair := f"{previous} {lower}") in lex.THING_SYNONYMS:
            return canonical_thing(pair)  # "the number of registered tourist flats"
        if lower in lex.THING_SYNONYMS or (word[0].isalpha() and is_plural_noun(lower)):
            return canonical_thing(lower)
        previous = lower
    return None


def canonical_thing(word: str) -> str:
    """One name for things that count the same: soldiers, troops, personnel -> troops;
    people of a nation ("Ukrainians") -> people; any other noun in its plural, so "1 plan"
    and "2 plans" count the same thing."""
    if word[:1].isupper() and is_place_name(word):
        return "people"
    lower = word.lower()
    if lower in lex.THING_SYNONYMS:
        return lex.THING_SYNONYMS[lower]
    lemma = singular(lower)
    if lemma in lex.THING_SYNONYMS:
        return lex.THING_SYNONYMS[lemma]
    return _plural(lemma)


def is_count_noun(word: str) -> bool:
    """A noun a number can count: a plural, or a word counted as it is (people, staff)."""
    lower = word.lower()
    return lower in lex.THING_SYNONYMS or is_plural_noun(lower)


def _plural(lemma: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="NNS")
    return forms[0] if forms else lemma


def _terms(terms: dict[str, str]) -> re.Pattern[str]:
    """Whole words only: "for-profit" and "inflation-adjusted" name no measure."""
    return re.compile(r"(?<![\w-])(" + "|".join(
        re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE)


# Measure terms by kind of quantity: money and percentages have words of their own.
_NEITHER_MONEY_NOR_SHARE = {term: measure for term, measure in lex.MEASURE_TERMS.items()
                            if measure not in lex.MONEY_ONLY_MEASURES
                            and measure not in lex.PERCENT_ONLY_MEASURES}
_COUNT_TERMS = {**_NEITHER_MONEY_NOR_SHARE, **lex.COUNT_MEASURE_TERMS}
_TERMS_OF_KIND = {"currency": {**{term: measure for term, measure in lex.MEASURE_TERMS.items()
                                  if measure not in lex.PERCENT_ONLY_MEASURES},
                               **lex.MONEY_MEASURE_TERMS},
                  "percent": {**lex.MEASURE_TERMS, **lex.SHARE_MEASURE_TERMS},
                  "count": _COUNT_TERMS,
                  # a volume is made, sold, drunk and shipped as a count is ("Consumption
                  # dropped to 214.2 million hectolitres" is no wine production)
                  "[length] ** 3": _COUNT_TERMS,
                  "[length] ** 2": {**_NEITHER_MONEY_NOR_SHARE, **lex.AREA_MEASURE_TERMS},
                  "[length]": {**_NEITHER_MONEY_NOR_SHARE, **lex.LENGTH_MEASURE_TERMS},
                  "[mass]": {**lex.MEASURE_TERMS, **lex.MASS_MEASURE_TERMS}}
_PATTERN_OF_KIND = {kind: _terms(terms) for kind, terms in _TERMS_OF_KIND.items()}
_MEASURE = _terms(lex.MEASURE_TERMS)
# A measure the figure is set against is not what it measures: "a rise 5 percent above the
# rate of inflation" is a pay rise, "growth below inflation" is growth.
_YARDSTICK = re.compile(r"\b(?:above|below|than|ahead of|behind|in line with)\s+"
                        r"(?:the\s+)?(?:rate\s+of\s+)?$", re.IGNORECASE)


# Money "of" a measure names what it is, before any verb: "pledged $550bn of investment".
_MONEY_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+)?")
# A share "of" the economy or of sales is measured against it: "Debt reached 110% of GDP"
# is debt, "Electric cars made up 97.6% of new car sales" the electric cars' share.
_SHARE_OF = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+(?:'s|’s)\s+)?"
    r"(?:[\w-]+\s+){0,2}?", re.IGNORECASE)  # "of the Himalayan nation's economy"
_WHOLES = frozenset({"gdp", "revenue", "production"})
# A vote said before its figure, words apart, says what was decided, not how many voted:
# "lawmakers voted to raise the retirement age to 70" ("Lawmakers voted 364 to 194" is the
# tally, "2 million people voted" the turnout).
_VOTE_TERMS = frozenset({"voted", *(term for term, measure in lex.MEASURE_TERMS.items()
                                    if measure == "votes")})
# A share of something other than the vote: "took a 97.6 percent share of registrations",
# "Battery-electric cars took 16.4% of the EU market" (not "won 35.4% of the national vote").
_SHARE_OF_OTHER = re.compile(r"\s+(?:share\s+)?of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:vote|votes|ballots|electorate)\b)",
                             re.IGNORECASE)


def thing_core(thing: str | None) -> str | None:
    """The counted thing without its measure word, in the units it is counted in:
    "civilians injured" counts civilians, and what happened to them is the measure gate's
    question, not the thing's; "jobs" are counted as workers (lex.SAME_COUNT)."""
    if thing is None:
        return None
    core = " ".join(w for w in thing.split() if w not in lex.MEASURE_TERMS) or thing
    return lex.SAME_COUNT.get(core, core)


# Those who gave up ("18 yachts withdrew", WITHDREW), never banknotes a bank "withdrew ...
# from circulation", which lex.MEASURE_TERMS measures as withdrawn from circulation.
_CIRCULATION = re.compile(r"\b(?:from|out\s+of)\s+circulation\b", re.IGNORECASE)
# One sex's life expectancy is another figure than everyone's: "Women can expect to live to
# 86.3" beside "Life expectancy at birth in Spain rose to 84 years".
LIFE_EXPECTANCY = "life expectancy"
_SEX = re.compile(r"\b(women|men|female|male|girls|boys)(?:'s|’s)?\b", re.IGNORECASE)

def _qualifier_before(words: Iterable[str], word: str) -> re.Pattern[str]:
    """One of the qualifying words, up to two words (each matching `word`) before the
    measure's term."""
    return re.compile(rf"\b({'|'.join(words)})\s+(?:{word}+\s+){{0,2}}$", re.IGNORECASE)


_MEASURE_QUALIFIER = _qualifier_before(lex.MEASURE_QUALIFIERS, r"[\w-]")
# ... a forecast verb across a possessive too: "The IMF expects Hungary's economy to grow"
# (not every qualifier: "The energy group's profit" is no energy profit).
_FORECAST_QUALIFIER = _qualifier_before(
    (word for word, qualifier in lex.MEASURE_QUALIFIERS.items() if qualifier == "forecast"),
    r"[\w'’-]")
# ... or said after its measure's word: "a profit before tax of £60.5m" is its pre-tax profit.
_BEFORE_TAX = re.compile(r"\s+before\s+tax(?:es|ation)?\b", re.IGNORECASE)
# A budget's investment part, said just before its spending ("Capital spending is about
# 23.96 trillion naira" beside a budget of nearly 55 trillion); "capital" a word further off
# is more likely the city ("the capital's spending").
_CAPITAL_BEFORE = re.compile(r"\bcapital\s+$", re.IGNORECASE)
# "Sales are expected to reach 86 trillion won", "raised its spending forecast to": a
# forecast said after the measure's word, or after a figure that names none ("A record
# 81.8 million Americans are expected to travel" is AAA's projection).
_FORECAST_AFTER = re.compile(
    r"\s+(?:(?:[A-Za-z-]+\s+){0,2}(?:is|are|was|were)\s+"
    r"(?:expected|forecast|projected|seen|predicted)\s+to\b"
    r"|(?:forecasts?|outlook|guidance)\b"
    # what "will have" happened by a day to come: "Around 11 million people will have
    # passed through the cathedral's doors by the anniversary"
    r"|(?:[A-Za-z-]+\s+){0,2}will\s+have\b)", re.IGNORECASE)
# A level a measure "should reach" or "is set to top" is one foreseen: "The country's olive
# oil output should reach 340,000 tonnes this season" is the harvest Tunisia "expects to
# produce" (not "may have reached", a guess at what is past, nor a harm's cost still being
# counted: "Germany's flood damage could reach about €30 billion" is its estimate).
_DAMAGE = re.compile(r"\b(?:damage|damages|losses)\b", re.IGNORECASE)
_FORESEEN_LEVEL_BEFORE = re.compile(
    r"\b(?:should|could|(?:is|are)\s+set\s+to|(?:is|are)\s+on\s+(?:course|track)\s+to)"
    r"\s+(?:reach|hit|top|exceed|surpass)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _foreseen(sentence: str, start: int, after: int) -> bool:
    """Whether the figure at `start` is a level foreseen, said from `after` (the measure's
    word, or the sentence's start where it names none) up to the figure."""
    return bool(_FORESEEN_LEVEL_BEFORE.search(sentence, after, start)) and not _DAMAGE.search(
        sentence)
# A rate of change said as what it will be is a forecast of it: "Global growth will slow to
# 2.3 percent", "the economy will grow 1.2%" (a level a policy will be set to is not:
# "The tariff will be halved to 75%").
_WILL_BE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?will\s+(?:[a-z]+\s+){1,3}", re.IGNORECASE)
# A level a measure is scheduled to reach in a later phase is a forecast of it, not its level
# now: "The tariff will then drop to 40% over ten years" (beside "will be halved to 75%").
_SCHEDULED_TO = re.compile(
    r"\bwill\s+(?:then\s+)?(?:be\s+)?(?:[a-z]+\s+){0,1}?(?:drop|fall|rise|climb|go|cut|"
    r"reduced|lowered|raised|phased)\s+(?:down\s+|up\s+)?to\s+$", re.IGNORECASE)
_LATER_PHASE = re.compile(
    r"\bwill\s+then\b|\b(?:over|within)\s+(?:the\s+next\s+)?[\w-]+\s+years\b"
    r"|\bby\s+the\s+end\s+of\s+the\s+decade\b", re.IGNORECASE)


def _scheduled_later(sentence: str, start: int) -> bool:
    """Whether the figure at `start` is a level set for a later phase ("will then drop to
    40% over ten years"): a forecast of its measure."""
    return bool(_LATER_PHASE.search(sentence) and _SCHEDULED_TO.search(sentence, 0, start))


# "grew at an annualised rate of 2.6%", "On a quarterly basis, GDP rose 0.6%", "On a
# quarter-on-quarter seasonally adjusted basis, the economy grew 1.3%": a rate of change over
# another period than a year, said anywhere in the sentence; the annualised rate and the
# quarter's own are two figures of one quarter.
_PERIOD_BASIS = re.compile(
    r"\b(annuali)[sz]ed\b|\bon\s+an?\s+(quarterly|monthly|quarter-on-quarter|month-on-month)"
    r"\s+(?:[\w-]+\s+){0,2}basis\b", re.IGNORECASE)


def _period_of(basis: re.Match[str]) -> str:
    said = (basis.group(1) or basis.group(2)).lower()
    return "annualised" if said == "annuali" else lex.MEASURE_QUALIFIERS[said]


LOSS = "loss"
_LOST_BEFORE = re.compile(r"\blost\s+$", re.IGNORECASE)
_VALUE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:its\s+|their\s+)?(?:market\s+)?value\b",
                          re.IGNORECASE)


def _money_lost(sentence: str, start: int, end: int) -> bool:
    """"The carmaker lost €2.3bn": a business's loss; not market value lost ("lost nearly
    $600 billion in market value")."""
    return bool(_LOST_BEFORE.search(sentence, 0, start)) and not _VALUE_AFTER.match(sentence, end)


# A reporting period after money lost: "Intel lost $1.6 billion in the second quarter",
# "lost €2.3bn between January and June", "in its last financial year".
_REPORTING_PERIOD_AFTER = re.compile(
    r"\s+(?:in|for|during|over|between)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:quarter|half|year|months|(?:{'|'.join(lex.MONTHS)})\b)", re.IGNORECASE)


def period_loss(sentence: str, start: int, end: int) -> bool:
    """Money a business lost over a reporting period is that period's loss, a figure of
    its own size as "a net loss of $1.6bn" is; money lost in an event ("The pension fund
    lost $3 billion in the crash") is a change in what it holds."""
    return _money_lost(sentence, start, end) and bool(
        _REPORTING_PERIOD_AFTER.match(sentence, end))


# "All but two of the 181 people on board died", "most of the 300 passengers": the figure
# is the whole a part is taken from, and what happened to the part is not its measure.
_WHOLE_OF_A_PART = re.compile(
    rf"\b(?:all\s+but\s+\w+|most|many|some|half|none|each|\d[\d,]*|{'|'.join(lex.NUMBER_WORDS)})"
    r"\s+of\s+the\s+$", re.IGNORECASE)


# "Excluding food and energy, prices were up 5.9%": the measure without its volatile part
# (not "excluding Germany", which only narrows the scope).
_EXCLUDING = re.compile(
    r"\b(?:excluding|excludes?|stripping out|strips? out|leaving out|leaves out)\b"
    r"[^,.;]*?\b(?:food|energy|fuel|volatile)", re.IGNORECASE)


# What a figure is when a forecast verb governs it and no measure is named: "analysts expect
# around 463,000" is not the 462,890 later delivered. Not "than expected", "bigger-than-
# expected" or "as expected", which compare a figure with a forecast; nor a project's, the
# noun ("The Tajik hydropower project's capacity is 3.6 gigawatts").
FORECAST = "forecast"
_FORECAST_BEFORE = re.compile(
    r"(?<!than )(?<!than-)(?<!as )(?<!\w)(?:expect|expects|expected|forecasts?|predicts?|"
    r"predicted|(?-i:projects?)(?!['’])|projected)\b[^.,;:]*$", re.IGNORECASE)
# ... or one a body revises as its own: "Conab raised its estimate to 55.7 million bags" (of a
# crop not yet harvested); not an estimate "of" something, nor of a harm's toll, which
# counts what happened.
_OWN_ESTIMATE_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:estimates?|projections?|outlook|guidance)\b"
    r"(?!\s+of\b)[^.,;:]*$", re.IGNORECASE)
# What something is expected to cost is what it costs, as a project's cost is always given
# before it is paid: "The bridge is expected to cost €13.5 billion" is the "€13.5bn project".
_COST_ESTIMATE_BEFORE = re.compile(
    r"\b(?:expected|estimated|projected|forecast|set)\s+to\s+cost\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
# Those who "took part in" a march or a protest are its crowd, as those who marched are
# ("Organisers said 150,000 took part in the Madrid march" / "Some 22,000 people marched").
_IN_A_CROWD_AFTER = re.compile(
    r"\s+(?:people\s+|protesters\s+)?(?:took|take|taking|have\s+taken|had\s+taken)\s+part\s+in\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:marches|march|protests?|rall(?:y|ies)"
    r"|demonstrations?)\b", re.IGNORECASE)
# The children a woman has, however it is said, are the fertility rate ("South Korea's
# fertility rate rose to 0.75" / "The average number of babies a South Korean woman is
# expected to have rose to 0.75", "1.18 children per woman"), never a forecast of it.
FERTILITY_RATE = "fertility rate"
_CHILDREN_A_WOMAN = re.compile(
    r"\b(?i:children|babies|births)\s+(?i:a|an|each|per)\s+(?:[A-Z][\w-]*\s+){0,2}(?i:woman)\b")


# What a count or a share is when it is what someone needs: "the 50 seats it needed for a
# majority" is a threshold, never the 47 seats won. The verb before the figure ("the
# coalition needed 50 seats"), or after it with its own subject or "for" ("the 50 it
# needed", "the 326 seats needed for a majority"); not "3,000 people needed treatment",
# where the figure is who did. Money a country "needs for reconstruction" is what it costs.
TARGET = "needed"
_TARGET_BEFORE = re.compile(
    r"(?<!\w)(?:need|needs|needed|require|requires|required)\s+(?:[\w'-]+\s+){0,2}$"
    # the threshold restated as a count: "needs a two-thirds majority, or 89 votes"
    r"|(?<!\w)(?:need|needs|needed|require|requires|required)\s+[^.;:,]*,\s+or\s+$"
    # what one must win: "The winner must secure at least 89 votes"
    r"|\bmust\s+(?:secure|win|get|obtain|reach|gain|muster|garner)\s+$",
    re.IGNORECASE)
_TARGET_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+)?(?:(?:it|they|he|she|we)\s+(?:need|needs|needed|required)\b"
    r"|(?:needed|required)\s+(?:for|to)\b)", re.IGNORECASE)
# What an institution aims for is a target, whatever it measures: "The ECB aims for
# inflation of 2%" is not June's inflation of 2.0%.
_AIM_BEFORE = re.compile(
    r"\b(?:aims?|aiming|aimed)\s+(?:for|at)\s+(?:[\w'-]+\s+){0,3}$"
    # "goal for 2025 is", "cut its 2025 sales target to 4.6 million"
    r"|\b(?:target|goal)\s+(?:for\s+[\w-]+\s+)?(?:of|is|was|at|to)\s+$"
    # "aims to cut its deficit to 5.4%", "plans to expand it to 1.4 million bpd"
    r"|\b(?:aims?|plans?)\s+to\s+(?:[\w'-]+\s+){1,4}to\s+$"
    # "The central bank targets inflation of 3%", "targeting growth at 5%", "The deficit is
    # targeted at 3.5 percent"
    r"|\btarget(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,3}(?:of|at|around)\s+$",
    re.IGNORECASE)
# A count "capped at" a level is a ceiling set, not reached ("arrivals will be capped at
# 385,000"); a price capped is what people pay at most ("Single bus fares are now capped at
# £3" / "Passengers now pay no more than £3").
_CAPPED = re.compile(r"capped\s+at\b", re.IGNORECASE)
# A count a business is "targeting" or "aims to" reach is its goal: "Airbus is targeting
# about 820 deliveries this year", "aims to deliver around 820 jets" (not money: "aims to
# reduce costs by $10bn" is the plan's size, as "a plan to save $10 billion" is).
_COUNT_AIM_BEFORE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|aims?\s+to\s+[a-z]+)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
    re.IGNORECASE)
# A share or a count a government commits to reach is its goal: "NATO allies agreed to
# spend 5% of their GDP on defence by 2035" is the "new target of 5 percent" (money
# pledged is a measure of its own: "pledged $300 billion a year").
_COMMITTED_BEFORE = re.compile(
    r"\b(?:agreed|agrees|pledged|pledges|committed|commits|promised|promises|vowed|vows)"
    # ... not a cut agreed, which is a cut ("agreed to shed some 35,000 positions")
    r"\s+to\s+(?:(?!(?:cut|shed|axe|eliminate|slash)\s)[a-z]+\s+"
    r"(?:(?:about|around|some|roughly|at\s+least)\s+)?"
    # ... or to move a measure to a level: "pledged to lift military spending to 2.5 percent"
    r"|(?:raise|lift|increase|boost|cut|reduce|lower|bring)\s+(?:[\w'-]+\s+){1,4}to\s+)$",
    re.IGNORECASE)
# A level something "will" be raised or cut to by a year to come is a goal too: "Britain will
# raise defence spending to 2.5% of GDP by 2027" (not "It currently stands at about 2.3%").
_WILL_MOVE_TO_BEFORE = re.compile(
    r"\bwill\s+(?:raise|lift|increase|boost|cut|reduce|lower|bring)\s+(?:[\w'-]+\s+){1,4}"
    r"to\s+$", re.IGNORECASE)
_BY_A_YEAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+end\s+of\s+)?20\d\d\b",
                              re.IGNORECASE)
# A round of cuts a company has "already" made is not the one it announces: "It has already
# cut 500 corporate jobs this year" beside "Puma will cut 900 white-collar jobs".
_ALREADY_BEFORE = re.compile(r"\b(?:already|previously)\s+(?:[a-z]+\s+){0,2}$",
                             re.IGNORECASE)
# A party's majority is its margin over all others: "Labour won 411 seats, a majority of
# 174" gives two figures, and 174 is never the seats won.
MAJORITY = "majority"
_MAJORITY_BEFORE = re.compile(r"\bmajority\s+of\s+$", re.IGNORECASE)
# Jobs a cut takes away (a count of workers: lex.COUNT_MEASURE_TERMS); after "to" the cut
# leaves a level instead: "has cut its workforce to about 70,000 employees".
CUTS = "cuts"
DELAYED = "delayed"  # flights that ran late (lex.COUNT_MEASURE_TERMS)
CLOSED = "closed"  # places that shut for good (lex.COUNT_MEASURE_TERMS)
OPENED = "opened"  # ... and places opened
RECALLED = "recalled"  # what a maker calls back, one recall at a time (events.news_days)
# ... not what someone calls to mind: "Recalling US President Joe Biden's words", "she
# recalled how".
_REMEMBERED = re.compile(r"\s+(?:[A-Za-z'’.]+\s+){0,5}?(?:words|that|how|when|saying)\b")
# A pronoun just before a verb gives it a subject of its own, not the figure's things.
_ANOTHER_SUBJECT = re.compile(r"\b(?:it|they|he|she|which)\s+(?:was\s+|were\s+|had\s+|has\s+)?$",
                              re.IGNORECASE)
_ENDED_WITH = re.compile(r"\s+with\b")  # "closed with 700,000 visitors": an event ended
# A clause after the figure that a conjunction opens has a subject of its own: "Romanian
# borrowing costs stay at 6.5% as inflation jumps" is no inflation rate.
_CLAUSE_OPENS = re.compile(r"\b(?:as|while|whereas|when|because|although|though)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
CULLED = "culled"  # animals killed to stop a disease (lex.ANIMAL_THINGS)
WORKERS = "workers"  # what jobs cut count, and what a count of an occupation also counts
STRIKERS = "strikers"  # workers of any trade on strike, as their trade's count says them
ANIMALS = "animals"  # what livestock count, and what a count of any kind of animal also counts
_TO_A_LEVEL = re.compile(
    r"\bto\s+(?:(?:about|around|some|roughly|nearly|almost|just|under|below)\s+)?$",
    re.IGNORECASE)
# Measures no sentence leaves unsaid: a forecast, a target or a majority is never the
# figure reported, nor are flights delayed those that ran, nor jobs cut all there are, nor
# pubs closed all that are left (lex.COUNT_MEASURE_TERMS), nor a bid turned down the deal
# agreed (lex.MONEY_MEASURE_TERMS), nor a width, depth or thickness a thing's length
# (lex.LENGTH_MEASURE_TERMS), nor a height climbed, nor those who gave up a race those in
# it, nor those a state houses all who asked it for shelter, nor a player's goals in all
# competitions those in the league.
OPENING = "opening"
REJECTED = "rejected"
WITHDREW = "withdrew"
HOUSED = "housed"  # lex.MEASURE_TERMS: "were in state accommodation"
CLIMBED = "climbed"  # _climbed: "Riders will climb more than 53,000 metres"
ALL_COMPETITIONS = "all-competitions"  # lex.MEASURE_TERMS: "52 goals in all competitions"
NEVER_UNSAID: frozenset[str] = frozenset({FORECAST, TARGET, MAJORITY, DELAYED, CUTS, CLOSED,
                                          OPENED, OPENING, REJECTED, WITHDREW, HOUSED,
                                          CLIMBED, ALL_COMPETITIONS,
                                          *lex.LENGTH_MEASURE_TERMS.values()})


# Lives a disaster "claimed", "cost" or "took" are its dead: "The fires have claimed four
# lives", "Tuberculosis claimed an estimated 1.25 million lives".
_LIVES_TAKEN = re.compile(r"\b(?:claimed|cost|took|taken)\s+(?:[\w,.-]+\s+){1,5}lives\b",
                          re.IGNORECASE)


def _in_a_name(sentence: str, start: int) -> bool:
    """Whether the word at start is capitalised inside the sentence, or opens it before
    another capitalised word (a name's word: "Death Valley hit 53.3C" names no death)."""
    return sentence[start].isupper() and (bool(sentence[:start].strip(" \"'‘“(")) or bool(
        _NEXT_CAPITALISED.match(sentence, start)))


_NEXT_CAPITALISED = re.compile(r"[\w'’-]+\s+[A-Z]")


# Prices said bare, as a clause's subject, over a year are all prices, and what they moved
# by is inflation: "An independent observatory estimated that prices rose 85% last year"
# beside "Venezuela's central bank put inflation for 2024 at 48%". Not "Oil prices rose 5%",
# whose noun says which prices, nor a month's move ("Prices rose 0.4% on the month", "from
# July alone"), which is no year's rate.
_PRICES_MOVED_BY = re.compile(
    r"(?:^|\bthat\s+|[,;]\s+)(?i:prices)(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s+(?:have\s+|had\s+)?(?:rose|risen|increased|climbed"
    r"|jumped|soared|fell|fallen|dropped|declined)\s+(?:by\s+)?(?:[a-z]+\s+)?$")
_OVER_A_YEAR = re.compile(
    r"\s+(?:last|this)\s+year\b|\s+in\s+(?:19|20)\d\d\b"
    r"|\s+(?:from|on)\s+(?:a|the)\s+year\s+(?:earlier|before|ago)\b", re.IGNORECASE)


def _termless_measure(sentence: str, start: int, end: int, kind: str) -> str | None:
    """A forecast, a division's revenue (_division_named_first), lives taken, a target or
    prices' rise that name no measure term, else None."""
    if kind == "percent" and _PRICES_MOVED_BY.search(sentence, 0, start) and (
            _OVER_A_YEAR.match(sentence, end)):
        return lex.MEASURE_TERMS["consumer prices"]
    if kind == "currency" and _COST_ESTIMATE_BEFORE.search(sentence, 0, start):
        return None
    if _FORECAST_BEFORE.search(sentence, 0, start) or (
            _OWN_ESTIMATE_BEFORE.search(sentence, 0, start) and not names_a_harm(sentence)
    ) or _FORECAST_AFTER.match(sentence, end) or _foreseen(sentence, start, 0):
        return FORECAST
    if kind == "currency" and (part := _division_named_first(sentence, start)):
        return f"{SEGMENT} {lex.MEASURE_TERMS['revenue']}: {part}"
    if kind == "count" and _LIVES_TAKEN.search(sentence):
        return lex.MEASURE_TERMS["killed"]
    if kind != "currency" and (_TARGET_BEFORE.search(sentence, 0, start)
                               or _TARGET_AFTER.match(sentence, end)):
        return TARGET
    return None


_CAUSES = "|".join(sorted(lex.DEATH_CAUSES, key=len, reverse=True))
_CAUSE_AFTER = re.compile(
    rf"\s+(?:of|from|involving)\s+(?:[a-z-]+\s+and\s+|drug\s+)?({_CAUSES})\b", re.IGNORECASE)
_CAUSE_BEFORE = re.compile(rf"\b({_CAUSES})(?:[\s-]related)?\s+$", re.IGNORECASE)


def _death_cause(sentence: str, term: re.Match[str]) -> str | None:
    """The cause a toll names: "died of malnutrition", "starvation deaths", "died of drug
    overdoses", "deaths involving fentanyl"."""
    cause = (_CAUSE_AFTER.match(sentence, term.end())
             or _CAUSE_BEFORE.search(sentence, 0, term.start()))
    return lex.DEATH_CAUSES[cause.group(1).lower()] if cause else None


_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,2})$")
_PART_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:its\s+|their\s+|the\s+)?([a-zA-Z][\w-]*(?:\s+[a-z][\w-]*)?)")
SEGMENT = "segment"


# A business's division, arm or unit, named by what it sells or by its own name: the
# sentence's subject ("LVMH's fashion and leather goods division, home of Louis Vuitton, saw
# revenue dip") or where the term is ("Sales at the group's fashion and leather arm", "Sales
# at its Network Infrastructure unit", "Sales at the cloud unit").
_DIVISION_WORDS = (r"(?:'s|’s|(?<![\w'’])(?:[Ii]ts|[Tt]heir|[Tt]he))\s+"
                   r"(?P<part>[A-Za-z][\w-]*(?:\s+(?:and\s+)?[A-Za-z][\w-]*){0,3}?)"
                   r"\s+(?:division|arm|unit|business|segment)\b")
_DIVISION_FIRST = re.compile(rf"^[^,;]*?{_DIVISION_WORDS}")
# ... but not one no longer its own ("Unilever's former ice cream arm, maker of Ben &
# Jerry's, had sales of about €7.9bn" is the Magnum Ice Cream Company's turnover).
_NO_LONGER_A_PART = frozenset({"former", "demerged", "spun-off", "ex"})
_DIVISION_AFTER = re.compile(
    rf"\s+(?:at|in|of|from)\s+(?:the\s+)?(?:[\w.&-]+)?{_DIVISION_WORDS}")


def _division_named_first(sentence: str, start: int) -> str | None:
    """The division, arm or unit a money figure's sentence opens on, where it names no
    measure: what the division brought in is its revenue, never all of its group's ("Its
    network infrastructure unit brought in about €1.9bn" beside "Nokia's net sales rose to
    €4.83 billion"). Not a "business", which may be the whole ("The French carpooling
    business")."""
    division = _DIVISION_FIRST.match(sentence, 0, start)
    return None if division is None or division.group(0).endswith("business") else (
        _division_part(division))


def _division_part(division: re.Match[str] | None) -> str | None:
    """The part of a business a _DIVISION_WORDS match names, unless no longer its own."""
    if division is None or division.group("part").split()[0] in _NO_LONGER_A_PART:
        return None
    return " ".join(word.lower() for word in division.group("part").split() if word != "and")


def _segment(sentence: str, term: re.Match[str]) -> str | None:
    """Which part of a business a revenue or profit is, in its own words: nouns just before
    the term ("data centre revenue", "iPhone sales", "advertising revenue") or after
    "of"/"from" ("sales of data-centre chips", "revenue from the iPhone"), or the division
    the sentence says it is ("Sales at the group's fashion and leather arm"); None for
    "record revenue", "Nvidia's revenue" or "revenue of about $30 billion"."""
    if part := _division_part(_DIVISION_AFTER.match(sentence, term.end())
                              or _DIVISION_FIRST.match(sentence, 0, term.start())):
        return part
    words: list[str] = []
    if before := _WORDS_BEFORE.search(sentence, 0, term.start()):
        written = before.group(1).split()
        for at in range(len(written) - 1, -1, -1):  # nearest first, while nouns
            word = written[at]
            opens = not sentence[:sentence.rindex(word, 0, term.start())].strip()
            if not _is_part_noun(word, opens) or (
                    at and _verb_after_its_subject(written[at - 1], word)):
                break  # "tariffs cut revenue by 13%": what cut it, no part of it
            words.insert(0, word.lower())
    if after := _PART_AFTER.match(sentence, term.end()):
        for word in after.group(1).split():
            if not _is_part_noun(word, opens=False) and not (
                    is_plural_noun(word) and "NOUN" in lemmas(word.lower())):
                break
            if not words and not _is_part_noun(word, opens=False):
                break  # "revenue from sales" names no part
            words.append(word.lower())
    return " ".join(words) or None


def _verb_after_its_subject(previous: str, word: str) -> bool:
    """Whether a word that may be a verb follows a plural noun, as a verb its subject:
    "tariffs cut", "strikes hit" (not "services revenue", where the plural is the part)."""
    lower = word.lower()
    return ("VERB" in lemmas(lower) and not is_plural_noun(lower) and previous.isalpha()
            and is_plural_noun(previous.lower()))


def segments_agree(a: str, b: str) -> bool:
    """Two segments of one measure agree when they share a word: "data centre" and
    "data-centre chips", "iphone" and "iphone"."""
    def words(segment: str) -> set[str]:
        return {singular(w) for w in re.split(r"[\s-]+", segment)} - {"chip", "product"}
    return bool(words(a) & words(b))


def _a_verbs_inflection(lower: str) -> bool:
    """A verb's past or participle ("saw", "sold", "sent"), not a gerund nor a plural noun:
    where a segment's noun or a share's part has ended."""
    return not lower.endswith("ing") and not is_plural_noun(lower) and any(
        base != lower for base in lemmas(lower).get("VERB", ()))


def _is_part_noun(word: str, opens: bool) -> bool:
    """A common noun, lower case unless it opens the sentence ("Advertising revenue"); a
    name ("Nvidia revenue") is whose, not which part."""
    lower = word.lower()
    if lower in lex.NOT_SEGMENTS or lower.endswith(("'s", "’s")):
        return False
    if not word[0].islower() and not (opens and lemmas(lower)):
        return False
    if re.search(r"-(?:quarter|year|half|month)$", lower) or lower in lex.FUNCTION_WORDS:
        return False
    if any(lower == q.split()[0] for q in lex.QUALIFIERS) or lower in lex.MEASURE_TERMS:
        return False
    if _a_verbs_inflection(lower):
        return False  # a verb's past, also a noun: "saw revenue dip"
    kinds = lemmas(lower)
    return not kinds or ("NOUN" in kinds and "ADJ" not in kinds and "ADV" not in kinds)


def _happened_in_clause(sentence: str, pattern: re.Pattern[str], terms: dict[str, str],
                        start: int, end: int) -> tuple[re.Match[str], str] | None:
    """What happened to a crowd, named in the figure's clause (a harm, an arrest), which
    outweighs the crowd it happened to."""
    clause_start = max(sentence.rfind(mark, 0, start) for mark in ",;:") + 1
    ends = [i for i in (sentence.find(mark, end) for mark in ",;:") if i >= 0]
    clause = slice(clause_start, min(ends, default=len(sentence)))
    for match in pattern.finditer(sentence, clause.start, clause.stop):
        if terms[match.group(1).lower()] in lex.HAPPENED_TO_A_CROWD:
            return match, terms[match.group(1).lower()]
    return None


# A percentage levied on goods is a tariff, a tax rate, whatever else the sentence names:
# "tariffs on Chinese imports now total 145%", "charges 125 percent on imports from the United
# States"; not "20% of the EU's EV imports", a share of them. So is a percentage just before
# the tax it sets: "a 50% tax on the largest inheritances", "a 25% import duty" (not "a 20%
# tax rise", a change, nor "a 50% tax credit").
TAX_RATE = "tax rate"
_ON_GOODS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?on\s+(?:[\w'’-]+\s+){0,3}?"
                       r"(?:imports|goods|exports|products)\b", re.IGNORECASE)
_TAX_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:tax|taxes|levy|levies|duty|duties|tariffs?)\b"
    r"(?!\s+(?:rises?|increases?|hikes?|cuts?|revenues?|receipts|take|breaks?|credits?"
    r"|bills?|relief|returns?)\b)", re.IGNORECASE)
_TRADE_MEASURES = frozenset({"imports", "exports"})


def _levied(sentence: str, end: int, best: tuple[int, re.Match[str]] | None) -> bool:
    named = None if best is None else _TERMS_OF_KIND["percent"][best[1].group(1).lower()]
    if _TAX_AFTER.match(sentence, end) or (_ON_GOODS.match(sentence, end) and (
            named is None or named in _TRADE_MEASURES or named == TAX_RATE)):
        return True  # not "a margin of no more than 10% on about 30 staple products"
    return best is not None and lex.MEASURE_TERMS.get(best[1].group(1).lower()) in (
        _TRADE_MEASURES) and any(lex.SHARE_MEASURE_TERMS.get(word.lower()) == TAX_RATE
                                 for word in re.findall(r"[a-z]+", sentence, re.IGNORECASE))


def names_a_harm(sentence: str) -> bool:
    """Whether a sentence names a harm (lex.HARM_MEASURES), so gives an event's toll even
    when it names no event: "The number of dead at the building site rose to 15"."""
    return any(not _term_in_a_name(sentence, match) for match in _HARM.finditer(sentence))


def _term_in_a_name(sentence: str, term: re.Match[str]) -> bool:
    """Whether a measure term is a word of a name ("the Dead Sea", "the Grateful Dead"):
    title case inside the sentence. An acronym ("GDP") is the measure itself. Or a word of
    the kind of a place ("the former Nazi death camp", "death row", "the toll road"), which
    counts no one, or of a country's epithet ("Europe's largest economy" measures no
    economy, nor does any region's largest: _RANKED_ECONOMY)."""
    return (term.group(1).istitle() and _in_a_name(sentence, term.start())) or bool(
        _KIND_OF_A_PLACE.match(sentence, term.end())) or bool(
        _RANKED_ECONOMY.search(sentence, 0, term.start())
        and term.group(1).lower() == "economy") or any(
        epithet.start() <= term.start() < epithet.end()
        for epithet in PLACE_EPITHET.finditer(sentence))  # "Europe's largest economy"


_KIND_OF_A_PLACE = re.compile(
    r"\s+(?:camps?|row)\b"
    # a road one pays to use is no death toll: "The elevated toll road"
    r"|(?<=toll)\s+(?:roads?|bridges?|booths?|plazas?|gates?|tunnels?|lanes?|highways?"
    r"|motorways?|expressways?)\b", re.IGNORECASE)
# ... and a country ranked by its economy, whichever the epithet's region and whatever the
# rank: "West Africa's largest economy", "the bloc's third-biggest economy" (lex.COUNTRY_
# EPITHETS names some), "Africa's most industrialised economy", "the region's
# fastest-growing economy".
_RANKED_ECONOMY = re.compile(rf"(?:'s|’s)\s+{SUPERLATIVE}\s+$")


_HARM = _terms({term: measure for term, measure in lex.MEASURE_TERMS.items()
                if measure in lex.HARM_MEASURES})


# A broadcast's audience is one game's or a whole series' (its average over the games):
# "Game 7 drew 16.4 million viewers" / "The seven-game series averaged 10.3 million".
ONE_GAME, WHOLE_SERIES = "audience of one game", "audience of a series"
_ONE_GAME = re.compile(r"\bgame\s+(?:\d+|one|two|three|four|five|six|seven)\b"
                       r"|\b(?:deciding|decisive|final|opening|last|first)\s+game\b|\bfinale\b",
                       re.IGNORECASE)
_WHOLE_SERIES = re.compile(r"\bseries\b|\b(?:\d+|two|three|four|five|six|seven)[\s-]games?\b"
                           r"|\bfinals\b|\btournament\b", re.IGNORECASE)


def _audience_of(sentence: str) -> str | None:
    if _ONE_GAME.search(sentence):
        return ONE_GAME
    return WHOLE_SERIES if _WHOLE_SERIES.search(sentence) else None


# How far riders or walkers climb, in units of height, is a measure of its own, never left
# unsaid (NEVER_UNSAID): "Riders will climb more than 53,000 metres" is no "The tunnel is 57
# kilometres long", though the two figures agree; "The course climbs 12.42 miles" is the
# course's length.
_CLIMBING = re.compile(
    r"\b(?:climb|climbs|climbing|ascent|elevation\s+gain)\b"
    # ... and what a walk, a trail or a route gains: "The hike from the Valbona valley over
    # to Theth gains some 3,300 feet" climbs, as "The Valbona Pass trail climbs about 1,000
    # metres" does
    r"|\b(?:hikes?|trails?|walks?|treks?|routes?|paths?|stages?)\b[^.;]*?\bgains?\b",
    re.IGNORECASE)
_IN_HEIGHT_UNITS = re.compile(r"(?:\d\s?m|metres|meters|feet|ft)$", re.IGNORECASE)


def _climbed(sentence: str, end: int) -> str | None:
    return CLIMBED if (_CLIMBING.search(sentence)
                       and _IN_HEIGHT_UNITS.search(sentence, 0, end)) else None


# A hollow that plunges, however its place is told between ("The canyon near Arequipa
# plunges"), plunges as deep as it is (lex.HOLLOWS); a waterfall that plunges beside one
# drops as high as it is ("The twin cascade above Lake Bohinj plunges some 256 feet").
_HOLLOW_PLUNGES = re.compile(
    rf"\b(?:{'|'.join(lex.HOLLOWS)})\b(?:\s+[\w'’-]+){{0,4}}?\s+plunges\b", re.IGNORECASE)
_WATERFALL_WORDS = r"waterfalls?|falls|cascades?|cataracts?"
_A_WATERFALL = re.compile(rf"\b(?:{_WATERFALL_WORDS})\b", re.IGNORECASE)
DEPTH = lex.LENGTH_MEASURE_TERMS["deep"]


def _plunged(sentence: str, start: int) -> str | None:
    return DEPTH if (_HOLLOW_PLUNGES.search(sentence, 0, start)
                     and not _A_WATERFALL.search(sentence, 0, start)) else None


# A length "across" with nothing after it is a diameter, which is a round thing's width
# and its size alike: "The water-filled Andean caldera measures some 2 miles across" is
# "about 3 km wide", and "The main mirror measures 39 metres across" is "The 39-metre
# mirror" (match.measures_agree); not "stretches some 20 miles across the bay", a crossing.
_ACROSS_AFTER = re.compile(r"\s+across\s*(?:[.,;]|$)")
DIAMETER = "diameter"


def _across(sentence: str, end: int) -> str | None:
    return DIAMETER if _ACROSS_AFTER.match(sentence, end) else None


# ... and so is the length a round hollow spans, however its place is told between: "The
# flooded fumarole in the Caribbean island's rainforest spans some 200 feet" is "Dominica's
# Boiling Lake is about 60 metres wide" (not a bridge's span, its length).
_ROUND_HOLLOW_SPANS = re.compile(
    rf"\b(?:{'|'.join(lex.ROUND_HOLLOWS)})s?\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:spans|measures)\s+$",
    re.IGNORECASE)


# ... and the length a waterfall spans or stretches is its width, along its lip: "Europe's
# widest waterfall, in western Latvia, spans some 240 metres" is "The Venta Rapid in Kuldīga
# is about 249 metres wide" (not its drop, nor the length rapids run along a river).
_FALLS_SPAN = re.compile(
    rf"\b(?:{_WATERFALL_WORDS})\b,?(?:\s+[\w'’,-]+){{0,8}}?\s+(?:spans|stretches)\s+$",
    re.IGNORECASE)


def _spanned(sentence: str, start: int) -> str | None:
    if _ROUND_HOLLOW_SPANS.search(sentence, 0, start):
        return DIAMETER
    return lex.LENGTH_MEASURE_TERMS["wide"] if _FALLS_SPAN.search(sentence, 0, start) else None


# What a country sells abroad is its exports, as its "sales abroad" are
# (lex.MEASURE_TERMS): "The world's top banana shipper sold some 380m boxes of the fruit
# abroad last year" / "Ecuador exported about 380 million boxes of bananas".
DELIVERIES, EXPORTS = lex.COUNT_MEASURE_TERMS["sold"], lex.COUNT_MEASURE_TERMS["exported"]
_ABROAD = re.compile(r"[^.;,]*?\b(?:abroad|overseas|to\s+foreign\s+(?:buyers|markets))\b")


# A percentage a sentence's opening words make up of a whole is that part's share: "Mining
# makes up about 25%" is another figure than "Electricity makes up about 30% of Laos's
# exports", though both are shares of its exports. Only a part the sentence names in its
# own words: "The crop accounted for some 30 percent" refers back to one named before
# ("Rubber made up about 30%").
SHARE_BY = "share by"
_SHARE_VERB_BEFORE = re.compile(
    r"\s+(?:now\s+)?(?:makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for"
    r"|represents?|represented|contributes?|contributed|comprises?|comprised)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|just|over|under|more\s+than"
    r"|less\s+than)\s+)?$", re.IGNORECASE)


def share_part(sentence: str, start: int) -> frozenset[str]:
    """The words naming the part whose share of a whole a percentage gives, when the
    sentence opens on it (_SHARE_VERB_BEFORE): "Fully electric cars made up 82.4%" gives
    {"electric", "car"}. Empty when it refers back to a part named before ("The crop", "It")
    or names none. Words end where the part's own phrase does ("Power sold to its
    neighbours" is power); each is singular and in the words news shares (lex.SHARE_PARTS:
    logs are timber, power is electricity, models are cars); words a share of any part holds
    (lex.SHARE_PART_FILLERS: "sector", "exports") say no part."""
    verb = _SHARE_VERB_BEFORE.search(sentence, 0, start)
    if verb is None:
        return frozenset()
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence[:verb.start()])
    part: set[str] = set()
    for at, word in enumerate(words):
        lower = word.lower()
        if lower in lex.FUNCTION_WORDS or (at and _a_verbs_inflection(lower)):
            break  # "Power sold to": the part's phrase ended; "The crop", "It": none
        if lower.endswith("ly"):
            continue  # "Fully electric cars"
        base = singular(lower)
        part.add(lex.SHARE_PARTS.get(base, base))
    return frozenset(part - lex.SHARE_PART_FILLERS)


def split_share(measure: str | None) -> tuple[frozenset[str], str | None] | None:
    """A share-by measure's part and the measure of the whole it is a share of, if it names
    one ("share by electricity | exports"); None for any other measure."""
    if measure is None or not measure.startswith(f"{SHARE_BY} "):
        return None
    part, _, whole = measure.removeprefix(f"{SHARE_BY} ").partition(" | ")
    return frozenset(part.split()), whole or None


def shares_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two shares' parts are two parts: neither's words hold all the other's
    ("electric car" and "hybrid car", "wind electricity" and "solar electricity"; not
    "electric car" and "car")."""
    return not (a <= b or b <= a)


def measure_near(sentence: str, start: int, end: int, kind: str = "count",
                 thing: str | None = None) -> str | None:
    """What the figure at start:end measures (see _named_measure), as a forecast of it when
    the figure is a level set for a later phase; a broadcast's audience that names no other
    measure, of one game or of a whole series; the share of the part a percentage's
    sentence opens on (share_part), whatever whole it is a share of."""
    measure = _named_measure(sentence, start, end, kind, thing)
    if kind == "percent" and (part := share_part(sentence, start)):
        return f"{SHARE_BY} {' '.join(sorted(part))}" + (f" | {measure}" if measure else "")
    if measure is None and kind == "count" and thing_core(thing) == "viewers":
        measure = _audience_of(sentence)
    if measure is None and kind == "[length]":
        measure = (_climbed(sentence, end) or _plunged(sentence, start)
                   or _across(sentence, end) or _spanned(sentence, start))
    if _scheduled_later(sentence, start) and not (measure or "").startswith(FORECAST):
        return f"{FORECAST} {measure}" if measure else FORECAST
    return measure


def _named_measure(sentence: str, start: int, end: int, kind: str = "count",
                   thing: str | None = None) -> str | None:
    """What the figure at start:end measures: the measure term nearest to it ("331 killed and
    675 injured": 675 is "injured"), or None when the sentence names none. A qualifier makes
    another measure of it: "core inflation" and "inflation", "net migration" and
    "migration" are different figures. Money has terms of its own ("asked Congress for",
    "passed"), read only for money: a toll that "passed 1,000" was approved by nobody; so
    do percentages ("took 35.4 percent" is a vote share), and counts: jobs cut (of the
    counted `thing`) are a measure of their own, while flights or airports cut are
    cancelled or closed, which other sentences say in other words."""
    if kind == "count" and _MAJORITY_BEFORE.search(sentence, 0, start):
        return MAJORITY
    if kind == "count" and _CHILDREN_A_WOMAN.search(sentence):
        return FERTILITY_RATE
    if kind == "count" and _IN_A_CROWD_AFTER.match(sentence, end):
        return lex.MEASURE_TERMS["marched"]
    if _WHOLE_OF_A_PART.search(sentence, 0, start):
        return None  # "All but two of the 181 people on board died": 181 were on board
    if _AIM_BEFORE.search(sentence, 0, start) or (
            kind != "currency" and _CAPPED.match(sentence, start)) or (
            kind == "count" and _COUNT_AIM_BEFORE.search(sentence, 0, start)) or (
            kind != "currency" and (_COMMITTED_BEFORE.search(sentence, 0, start) or (
                _WILL_MOVE_TO_BEFORE.search(sentence, 0, start)
                and _BY_A_YEAR_AFTER.match(sentence, end)))):
        return TARGET
    if kind == "currency" and _money_lost(sentence, start, end):
        return LOSS
    terms = _TERMS_OF_KIND.get(kind, lex.MEASURE_TERMS)
    pattern = _PATTERN_OF_KIND.get(kind, _MEASURE)
    best: tuple[int, re.Match[str]] | None = None
    for match in pattern.finditer(sentence):
        if (start <= match.start() < end or _YARDSTICK.search(sentence, 0, match.start())
                or _term_in_a_name(sentence, match)
                or (match.start() >= end and _CLAUSE_OPENS.search(sentence, end, match.start()))):
            continue
        if terms[match.group(1).lower()] == CUTS and thing_core(thing) != WORKERS:
            continue
        if (match.group(1).lower() in lex.ANIMALS_HUNTED_BY
                and thing_core(thing) not in lex.EVERY_ANIMAL):
            continue
        if terms[match.group(1).lower()] == RECALLED and _REMEMBERED.match(sentence, match.end()):
            continue  # "Recalling US President Joe Biden's words": remembered, no recall
        if terms[match.group(1).lower()] == WITHDREW and _CIRCULATION.search(sentence,
                                                                          match.end()):
            continue  # "withdrew 554,000 fake banknotes from circulation": no one gave up
        if terms[match.group(1).lower()] in (CLOSED, OPENED) and ((
                match.start() >= end and _ANOTHER_SUBJECT.search(sentence, 0, match.start()))
                or _ENDED_WITH.match(sentence, match.end())):
            continue  # "25.58 million people visited the expo before it closed", "The
            # Biennale closed with 700,000 visitors": an event that ended, no closure (while
            # "It opened 84 new restaurants" counts what it opened)
        if (kind == "percent" and terms[match.group(1).lower()] in _WHOLES
                and _SHARE_OF.fullmatch(sentence, end, match.start())):
            continue  # "Debt reached 110% of GDP": debt, measured against the economy
        if (match.group(1).lower() in _VOTE_TERMS and match.end() <= start
                and sentence[match.end():start].strip()):
            continue
        if (kind == "percent" and terms[match.group(1).lower()] == "vote share"
                and _SHARE_OF_OTHER.match(sentence, end)):
            continue  # "took a 97.6 percent share of October registrations": no vote
        distance = match.start() - end if match.start() >= end else start - match.end()
        if kind == "currency" and _MONEY_OF.fullmatch(sentence, end, match.start()):
            distance = -1  # "pledged $550bn of investment": what the money is, first
        if best is None or distance < best[0]:
            best = (distance, match)
    if kind == "percent" and _levied(sentence, end, best):
        return TAX_RATE  # "China now charges 125 percent on imports from the United States"
    if best is None:
        return _termless_measure(sentence, start, end, kind)
    term = best[1]
    written = term.group(1).lower()
    measure = (lex.MEASURE_TERMS_BEFORE_FIGURE.get(written) if term.end() <= start
               and not sentence[term.end():start].strip() else None) or terms[written]
    if measure in lex.ANIMALS_CULLED_BY and thing_core(thing) in lex.ANIMAL_THINGS:
        return CULLED
    if measure == DELIVERIES and _ABROAD.match(sentence, end):
        return EXPORTS  # "sold some 380m boxes of the fruit abroad": what it exported
    if measure == CUTS and term.end() <= start and _TO_A_LEVEL.search(sentence, 0, start):
        return None  # "cut daily transits to 25 vessels": what is left
    if measure == CUTS and _ALREADY_BEFORE.search(sentence, 0, start):
        return f"earlier {CUTS}"  # "It has already cut 500 corporate jobs": a round before
    if measure in lex.CROWD_MEASURES and (happened := _happened_in_clause(
            sentence, pattern, terms, start, end)):
        term, measure = happened  # "Nineteen protesters were shot dead": a toll of protesters
    qualified = (_MEASURE_QUALIFIER.search(sentence, 0, term.start())
                 or _FORECAST_QUALIFIER.search(sentence, 0, term.start()))
    if qualified and _in_a_name(sentence, qualified.start(1)):
        qualified = None  # "The World Food Programme will cut up to 6,000 jobs": no food cuts
    if qualified and any(is_finite_verb(word) for word in
                         sentence[qualified.end(1):term.start()].split()[1:]):
        qualified = None  # "The sporting goods retailer booked revenue": the firm's goods
        # (a verb right after the qualifier keeps it: "The stake is valued at")
    qualifier = lex.MEASURE_QUALIFIERS[qualified.group(1).lower()] if qualified else None
    if qualifier is None and measure == "spending" and _CAPITAL_BEFORE.search(
            sentence, 0, term.start()):
        qualifier = "capital"  # "Capital spending is about 23.96 trillion naira"
    if qualifier is None and _BEFORE_TAX.match(sentence, term.end()):
        qualifier = lex.MEASURE_QUALIFIERS["before tax"]
    if qualifier is not None and qualifier in lex.QUALIFIER_BY_DEFAULT.get(measure, ()):
        qualifier = None  # "Gross US debt topped $38 trillion" is the national debt
    if qualifier is None and term.end() <= start and (
            _FORECAST_AFTER.match(sentence, term.end()) or _foreseen(sentence, start, term.end())):
        qualifier = "forecast"
    if (qualifier is None and kind == "count" and term.start() >= end
            and _FORECAST_BEFORE.search(sentence, 0, start)):
        qualifier = "forecast"  # "Analysts had expected about 443,000 deliveries"
    if (qualifier is None and measure in lex.RATE_OF_CHANGE_MEASURES and term.end() <= start
            and _WILL_BE.fullmatch(sentence, term.end(), start)):
        qualifier = "forecast"  # "Global growth will slow to 2.3 percent in 2025"
    if qualifier is not None and (qualifier not in lex.PERIOD_QUALIFIERS
                                  or measure in lex.RATE_OF_CHANGE_MEASURES):
        return f"{qualifier} {measure}"
    if measure in lex.HARM_MEASURES and (cause := _death_cause(sentence, term)):
        return f"{measure} by {cause}"  # still a harm, never left unsaid
    if kind in ("currency", "percent", "[mass]") and measure in lex.SEGMENTED_MEASURES and (
            part := _segment(sentence, term)):
        return f"{SEGMENT} {measure}: {part}"
    if measure == LIFE_EXPECTANCY and len(sexes := {
            "women" if found.group(1).lower() in ("women", "female", "girls") else "men"
            for found in _SEX.finditer(sentence)}) == 1:
        return f"{sexes.pop()}'s {measure}"  # "Women can expect to live to 86.3"
    if measure in lex.RATE_OF_CHANGE_MEASURES and _EXCLUDING.search(sentence):
        return f"core {measure}"
    if measure in lex.RATE_OF_CHANGE_MEASURES and (period := _PERIOD_BASIS.search(sentence)):
        return f"{_period_of(period)} {measure}"
    return measure
