"""Reading the quantities in one sentence: where each number is, and what interval, unit,
counted thing and role the writer's words give it.

Numbers are found first (digits, number words, vague amounts, multipliers), then screened
(years, dates, times, ages, labels and numbers glued to words are not quantities of a fact),
then extended to the right (scale, range, percent, unit, currency, rate) and to the left
(currency, qualifier, change marker). The words come from _lexicon; this module applies them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from crosscheck import _lexicon as lex
from crosscheck.places import country_of, currency_of, is_place_name, places_named
from crosscheck.quantity import Quantity, last_digit_unit, make_quantity, rounding_margin
from crosscheck.things import (
    WORD,
    counted_thing,
    is_count_noun,
    period_loss,
    rated_thing,
    thing_after,
    thing_before,
    thing_in_its_trade,
)
from crosscheck.words import is_plural_noun, lemmas, singular

# Digits as written in English or (where unambiguous) European style.
_DIGITS = (
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"  # 1.234.567 (European thousands)
    r"|\d{1,3}(?:\.\d{3})+,\d+"  # 1.234,5
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"  # 10 000
    r"|\d+,\d{1,2}(?=\s?(?:million|billion|trillion|bn|mn|m\b|%|percent|per cent))"  # 1,3 million
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 10,000.5
    r"|\d+(?:\.\d+)?"
)
def _any_of(phrases: Iterable[str]) -> str:
    """A regex alternation of lexicon phrases, longest first so "more than" beats "more"."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORD_NUMBER = (
    r"a\s+dozen|dozen|"
    rf"(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_TEENS}|{_ONES}|a|an(?=\s+hours?\b))(?:\s+hundred)?"
    rf"(?:\s+and\s+(?:(?:{_TENS})(?:-(?:{_ONES}))?|{_TEENS}|{_ONES}))?"
)
_VAGUE_SCALED = r"(?:several|a\s+few|a\s+couple\s+of)\s+(?:hundred|thousand|million|billion|dozen)"
# ... or before a unit: "several kilometres into the sky" is 3 to 9 km.
_VAGUE_UNITS = (r"(?:several|a\s+few|a\s+couple\s+of)(?=\s+(?:kilometres|kilometers|metres"
                r"|meters|miles|feet|degrees|centimetres|centimeters|inches|hectares|tonnes)\b)")
_VAGUE = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                  for v in sorted(lex.VAGUE_AMOUNTS, key=len, reverse=True))

_FRACTION = rf"(?:{_any_of(lex.FRACTIONS)})\s+(?:million|billion|trillion|thousand|dozen)"
# "half a percentage point", "a quarter-point cut", "a quarter of a percentage point": a
# fraction of one point; and of one percent ("GDP shrank by half a percent").
_POINT_FRACTION = (rf"(?:{_any_of(lex.FRACTIONS)})"
                   r"(?=[\s-]+(?:(?:of\s+an?\s+)?(?:percentage[\s-]+)?points?\b"
                   r"|(?:percent|per\s+cent)\b))")

_FRACTION_WRITTEN = re.compile(rf"(?:{_any_of(lex.FRACTIONS)})", re.IGNORECASE)

NUMBER_CORE = re.compile(
    rf"(?P<fraction>\b{_FRACTION}\b)"
    rf"|(?P<point_fraction>\b{_POINT_FRACTION})"
    rf"|(?P<vague>\b(?:{_VAGUE_SCALED}|{_VAGUE_UNITS}|{_VAGUE})\b)"
    rf"|(?P<digits>(?<![\d,.])(?:{_DIGITS}))"
    # a fraction's numerator is no count ("a two-thirds majority"), nor a number joined to
    # the word it makes an adjective ("three-wheeled taxis", "a two-day strike")
    rf"|(?P<word>\b(?:{_WORD_NUMBER})\b(?!-[a-z]))",
    re.IGNORECASE,
)
_SCALE_ATTACHED = re.compile(r"(bn|mn|mln|tn|k|m|b)(?![\w])", re.IGNORECASE)
# The scale words every reader of a scale knows, South Asia's lakh and crore among them
# (lex.SCALE_WORDS gives their values), and the crores South Asian news counts by the lakh
# or the thousand ("₹2.16 lakh crore" is ₹2.16 trillion: _scale_value).
_WORD_SCALES = (r"(?:lakhs?|thousand)\s+crores?|thousand|million|billion|trillion|bn"
                r"|lakhs?|crores?")
_SCALE_SPACED = re.compile(rf"\s?({_WORD_SCALES}|dozen|mn|mln|tn)\b", re.IGNORECASE)
_RANGE = re.compile(
    rf"\s?(?:-|–|—|to|and)\s?(?:US\$|[$€£])?(?P<num>{_DIGITS})"
    rf"(?:(?P<attached>bn|mn|tn|k|m|b)(?!\w)|\s?(?P<scale>{_WORD_SCALES})\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s?(%|percent\b|per cent\b|pct\b|pc\b)", re.IGNORECASE)
# "a 3-point lead", "a half-point cut": points may be joined to their figure by a hyphen. A
# basis point is a hundredth of a percentage point ("a 50 basis point cut", "25bp").
_POINTS = re.compile(
    r"[\s-]?(?:of\s+an?\s+)?(percentage[\s-]points?|pp\b|points?\b|basis[\s-]points?"
    r"|(?-i:bps?)\b)",
    re.IGNORECASE)  # "bp" in lower case only: "5 BP stations" are the oil company's
BASIS_POINT = 0.01


_UNITS_ALTERNATION = _any_of(lex.UNITS)
_UNIT = re.compile(
    # "23 metres", "64km", and a unit joined to its figure to qualify a noun: "the 23-metre
    # spruce", "a 75-foot tree"
    rf"(?:\s|-)?({_UNITS_ALTERNATION})(?![\w])"
    # "40.3C", "104F": a capital letter glued to the figure, never "5 F-16s" or "Group 5 C"
    rf"|(?-i:({'|'.join(lex.TEMPERATURE_LETTERS)}))(?![\w-])",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(rf"\s?({_any_of(lex.CURRENCY_WORDS)})\b", re.IGNORECASE)
# A weight joined to its figure to qualify a noun, in the singular news writes no other unit
# of so in: "The 286-pound fish", "a 10-ton truck" (never "a 50-pound note", which is money).
_WEIGHT_JOINED = re.compile(r"-(pound|ton)(?=\s+[a-z])(?!\s+(?:notes?|coins?|bills?)\b)",
                            re.IGNORECASE)
# "5 billion Argentine pesos", "2 billion Australian dollars", "South African rand"
_NATIONAL_CURRENCY = re.compile(
    rf"\s((?:[A-Z][\w.]*\s){{1,2}})({'|'.join(lex.NATIONAL_CURRENCY_NOUNS)})\b")
_HUNDREDTHS = re.compile(rf"\s?({_any_of(lex.CURRENCY_HUNDREDTHS)})\b|(?-i:(p))(?![\w])(?!\.\w)",
                         re.IGNORECASE)
# Pence glued to their figure, as British news writes them ("52.95p a litre", "a 5p cut"),
# never a time ("5p.m.") nor a video's lines ("1080p").
_VIDEO_LINES = frozenset({"480", "720", "1080", "1440", "2160"})
# ... and one that several countries name alike, with none the news most often means
_NONE_MOST_OFTEN_MEANT = "|".join(
    name for name in lex.SHARED_CURRENCIES
    if name not in lex.CURRENCY_WORDS and name not in lex.CURRENCY_HUNDREDTHS)
_SHARED_CURRENCY = re.compile(rf"\s?({_NONE_MOST_OFTEN_MEANT})\b", re.IGNORECASE)
# Korea's won, a past tense too, is money only after a scale word: "86.1 trillion won",
# "11.38 trillion won in the third quarter" (not "won the", "won by", "won over").
_WON = re.compile(r"\s?won\b(?!\s+(?:the|a|an|its|their|his|her|by|over)\b)")
_SCALED = re.compile(rf"(?:{_WORD_SCALES}|tn)$", re.IGNORECASE)
# Degrees without their scale are a temperature where the sentence tells of one ("The
# Alpine lake hit 24 degrees at the weekend", "Temperatures fell to minus 8 degrees") or
# signs one ("-8 degrees"), else an angle or anything else counted in degrees ("It leans at
# an angle of about 4 degrees"). Celsius, as European news writes it, save from
# FAHRENHEIT_FROM up, which no air or water reaches in Celsius ("Phoenix hit 118 degrees").
_BARE_DEGREES = re.compile(r"(?:\s*°|\s+degrees\b)(?!\s*(?:Celsius|Fahrenheit|[CF]\b))",
                           re.IGNORECASE)
_TEMPERATURE_TOLD = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?s?|hot(?:test)?|warm(?:est|er)?|cold(?:est|er)?|freezing"
    r"|frosts?|mercury|thermometers?|swelter(?:ed|ing)?)\b", re.IGNORECASE)
_TEMPERATURE_VERB_BEFORE = re.compile(
    r"\b(?:hit|hits|reached|reaches|topped|tops|peaked\s+at|soared\s+to|climbed\s+to"
    r"|rose\s+to|fell\s+to|dropped\s+to|plunged\s+to)(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
FAHRENHEIT_FROM = 60
# Pounds a thing weighs are its weight, not money: "The pumpkin tipped the scales at 2,346
# pounds", "weighed 2,346 pounds" (within the clause the figure is in).
_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|tip(?:s|ped)?\s+the\s+scales)\b(?!\s+on\b)[^,;.]*$",
    re.IGNORECASE)
# ... and so are pounds "of" a thing, unscaled: "some 2.2 pounds of mustard" is its weight,
# where "£2bn" or "2 billion pounds of investment" is money (_SCALED).
_POUNDS_OF = re.compile(
    r"\s?pounds?\s+of\b(?!\s+(?:her|his|their|its|my|our|your|public|taxpayers)\b)",
    re.IGNORECASE)  # "300 pounds of her savings" stays money
# ... and scaled ones of a commodity: "some 16.1 million pounds of uranium" is what a country
# mined, not what it earned.
_POUNDS_OF_A_COMMODITY = re.compile(
    rf"\s?pounds?\s+of\s+(?:[a-z-]+\s+)?(?:{_any_of(lex.COMMODITIES)})\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(
    rf"((?<![A-Za-z])(?:{_any_of(s for s in lex.CURRENCY_SYMBOLS if s != 'zł')})"
    rf"|\b(?:{_any_of(lex.CURRENCY_CODES)}))\s?$")  # "CHF 6.4bn", "CHF6.4bn"
_QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=\W))({_any_of(lex.QUALIFIERS)})\s+$", re.IGNORECASE)
# "handed over 10,687 vehicles", "turned over £5bn": "over" that ends a phrasal verb is no
# "more than".
_PHRASAL_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign"
                           r"|signs|signed|signing)\s+$", re.IGNORECASE)


def _qualifier_before(before: str) -> re.Match[str] | None:
    """The qualifier that ends the text before a figure ("more than", "about"), if any."""
    qualified = _QUALIFIER_BEFORE.search(before)
    if qualified and qualified.group(1).lower() == "over" and _PHRASAL_OVER.search(
            before, 0, qualified.start(1)):
        return None
    return qualified


# ... past "a record" or "an average of" between: "fell by a record 908,574", "Bills will
# rise by an average of 26 percent".
_CHANGE_BEFORE = re.compile(
    rf"(?:^|(?<=\W))({_any_of(lex.CHANGE_BEFORE)})\s+"
    r"(?:(?:a\s+record|an\s+average\s+of|a\s+total\s+of)\s+)?$", re.IGNORECASE)
# "will shed 16,000 jobs", "plans to shed": a company's planned cut is its size, as "will cut
# 16,000 jobs" is ("the economy shed 33,000 jobs" last month is a change in payrolls).
_PLANNED_CUT = re.compile(r"\b(?:will|to|would)\s+(?:[a-z]+\s+)?shed\s+$", re.IGNORECASE)
# "Another 102 people remain missing", "a further 58 are still unaccounted for", "Another
# 130 people are missing": more of them, but a count of those who are, not a change of it.
_MORE_OF_THEM = re.compile(r"(?:^|(?<=\W))(?:another|a further)\s+$", re.IGNORECASE)
_STILL_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:remain|remains|remained|still"
    r"|(?:are|is)\s+(?:missing|unaccounted|in\s+hospital|hospitali[sz]ed))\b", re.IGNORECASE)
# "a 3% pay rise", "an 8 percent increase", "the Fed's 50 basis point cut": the figure is
# the size of the change its noun names, when an article or a possessive makes figure and
# noun one phrase ("a quarter-point cut" opens with its own article).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_OWN_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:its|their)|\w's)\s+$", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(
    rf"\s*(?:[\w'-]+\s+){{0,2}}?(?:{_any_of(lex.CHANGE_NOUNS)})\b", re.IGNORECASE)
# After a possessive, a plural between figure and noun makes the noun a verb ("the
# company's 3,000 workers cut production"), so at most one word, not a plural, between.
_CHANGE_NOUN_NEXT = re.compile(
    rf"\s*(?:[\w'-]*[^\Ws]\s+)?(?:{_any_of(lex.CHANGE_NOUNS)})\b", re.IGNORECASE)
# "£40bn of tax rises", "$2 billion of spending cuts": the amount the changes come to.
_OF_CHANGES = re.compile(
    rf"\s+of\s+(?:[\w'-]+\s+)?(?:{_any_of(n + 's' for n in lex.CHANGE_NOUNS)})\b",
    re.IGNORECASE)
# "tax increases worth £26bn", "spending cuts of £10bn": the changes' amount, before it
# (money only: "wage increases of 38 percent" are a pay rise's size, as "a 38% pay rise" is).
_CHANGES_BEFORE = re.compile(
    rf"\b(?:{_any_of(n + 's' for n in lex.CHANGE_NOUNS)})\s+(?:worth|of|totall?ing)\s+$",
    re.IGNORECASE)
# "15 gigawatts of generation vanished", "$1 trillion was wiped off": a loss, as "lost
# 15GW" is.
_LOST_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:vanished|disappeared|(?:was|were)\s+(?:lost|wiped\s+(?:off|out)))"
    r"\b", re.IGNORECASE)
# "signed up 13.1 million new members", "18.9 million people signed up between October and
# December": those who joined a service in a period are its base's change, as "added 13.1
# million subscribers" is, not the base.
_JOINED_AFTER = re.compile(
    r"\s+(?:(?:paid|paying)\s+)?new\s+(?:(?:paid|paying)\s+)?(?:subscribers|members|customers"
    r"|users|accounts)\b"
    r"|\s+(?:people|subscribers|members|customers|users)\s+(?:have\s+)?signed\s+up\b",
    re.IGNORECASE)
# "cut the price cap by 7 percent", "lifted its forecast by 0.5 points": a change verb, its
# object, then "by".
_CHANGE_VERB_BY = re.compile(
    rf"\b(?:{_any_of(p.removesuffix(' by') for p in lex.CHANGE_BEFORE if p.endswith(' by'))})"
    r"\s+(?:[\w'-]+\s+){1,4}by\s+$",
    re.IGNORECASE,
)
# A change said with its size after "by" or "of": "raise output by 411,000 barrels per day",
# "a hike of 548,000 barrels per day".
_BY_OR_OF_BEFORE = re.compile(r"\b(?:by|of)\s+$", re.IGNORECASE)
# "The ash plume rose about 14 kilometres high", "sent ash 14 km into the sky": a distance
# that says how high something reached is a height, not how much it rose.
_HEIGHT_AFTER = re.compile(
    r"\s+(?:high|tall|deep|into\s+the\s+(?:sky|air|atmosphere|stratosphere)|in\s+the\s+air"
    r"|above\s+(?:the\s+)?(?:ground|sea|summit|crater|volcano))\b", re.IGNORECASE)
# "The hand-shaped lookout overhangs a drop of about 400 metres", "a sheer drop of 300
# feet": a drop a place stands above is a height, not how far a figure fell.
_DROP_BELOW_BEFORE = re.compile(
    r"\b(?:overhangs?|overhanging|hangs?\s+(?:over|above)|above|over|sheer|vertical|straight)"
    r"\s+(?:a\s+)?(?:sheer\s+|vertical\s+)?drop\s+of\s+$", re.IGNORECASE)
_UP_DOWN_BEFORE = re.compile(
    rf"(?:,|\b(?:{_any_of(lex.TO_BE + lex.CLOSING_VERBS)}))\s+(?:up|down)\s+$", re.IGNORECASE
)
# "up to" after a verb of moving a figure is the verb's particle, not a ceiling: "revised
# net migration for 2022 up to 745,000", "pushed the toll up to 96".
_UP_PARTICLE = re.compile(
    rf"\b(?:{_any_of(lex.MOVED_UP_VERBS)})\s+(?:[\w'-]+\s+){{0,10}}?up\s+to\s+$",
    re.IGNORECASE)
# A minus sign or word before a measured figure: "-20°C", "minus 8 degrees", "-1.5%".
_NEGATIVE_SIGN = re.compile(r"(?:(?<=[\s(])|^)(?:[-\u2212]|minus\s+)$", re.IGNORECASE)
# Numbers in these spans are not quantities: an age or page range ("aged 18 to 60",
# "pages 4-6") and hours ("between 10 and 4", where the second figure is the smaller).
_LABEL_RANGE = re.compile(
    r"\b(?:aged|ages|pages|chapters|sections|articles|clauses)\s+\d+\s*(?:-|–|to|and)\s*\d+",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"\b(?:between\s+(\d{1,2})\s+and|from\s+(\d{1,2})\s+to)\s+(\d{1,2})(?![\d,.]?\d)(?P<after>.{0,20})",
    re.IGNORECASE,
)
_CONVERSION = re.compile(
    rf"\s?\((?:about |some |roughly |nearly |or )?(?:{_DIGITS})\s?(?:{_UNITS_ALTERNATION})\)",
    re.IGNORECASE,
)
# "3,000 refugees a day", "500 cars per week", "20,000 passengers daily"; not "in a month"
# or "compared with a year earlier", where the period says when, not how often, nor "The
# 286-pound fish took nearly an hour to land", where it says how long.
_NOT_BEFORE_PERIOD = (
    r"(?!(?:in|within|over|for|than|with|during|after|by|from|since|on|at|to|took|takes"
    r"|lasted|lasts|spent|waited)\b)"
)
_PERIOD = rf"((?:{_any_of(lex.PER_WHAT)})s?)\b"
# "per person a year", "a head annually": the period after whom a figure is per.
_THEN_PER_PERIOD = re.compile(r"\s+(?:(?:a|an|per)\s+(day|week|month|year|hour)"
                              r"|(daily|weekly|monthly|annually|yearly))\b", re.IGNORECASE)
_TIME_PERIOD = rf"(?:{'|'.join(sorted(lex.TIME_UNITS))}|night)s?\b"
# "each year" and "every day" say how often even a clause after the figure ("5 million
# tourists travel to the city each year"); "a day" and "daily" only close to it, and not
# after a preposition of time ("in a day", "than a year").
_RATE = re.compile(
    rf"^(?:\s+{_NOT_BEFORE_PERIOD}[\w'-]+){{0,3}}?\s+(?:(?:a|an)\s+"
    # "a year earlier" says when; "per hour after prefectures set their rates" never does,
    # and a unit priced says how much ("$54.47 per ounce before falling back")
    rf"(?:(?={_TIME_PERIOD}){_PERIOD}(?!\s+(?:earlier|ago|later|before|after)\b)"
    rf"|(?!{_TIME_PERIOD}){_PERIOD})|per\s+{_PERIOD})"
    # ... and "on each of its two weekends" so many every weekend, not in all
    rf"|^(?:\s+[\w'-]+){{0,12}}?\s+(?:each|every)\s+(?:of\s+(?:its|the|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}})?(?:[A-Z][\w'-]+\s+)?{_PERIOD}"
    rf"|^(?:\s+[\w'-]+){{0,8}}?\s+(?:(daily|nightly|weekly|monthly|yearly)"
    r"(?=\s*(?:[.,;:)]|$|(?:and|but|in|on|at|to|from|since|until|during|under|for|over)\b))"
    r"|(annually))"  # an adverb only: "will pay £1,758 annually under the new cap", "600
    # trucks of aid are meant to enter daily under the truce"
    rf"|^\s*/\s*{_PERIOD}",  # ... or a slash: "105 euros/MWh", "€1.80/litre"
    re.IGNORECASE,
)
# "4.9 homicides per 100,000 people", "about 4.9 per 100,000 inhabitants": a count per so
# many people is a rate of their number, however the people are called; "per 1,000 live
# births" is per something else.
_PER_POPULATION = re.compile(
    r"^(?:\s+[\w'-]+){0,3}?\s+per\s+(?P<count>\d{1,3}(?:,\d{3})+|\d+|a\s+million|million|"
    r"a\s+thousand|thousand)(?:\s+(?:people|inhabitants|residents|population|persons|"
    r"citizens)\b|(?!\s+(?!(?:in|on|at|across|among|last|this|a|an|the|and|or)\b)[a-z]))",
    re.IGNORECASE)
_PER_POPULATION_WORDS = {"a million": 1_000_000, "million": 1_000_000, "a thousand": 1_000,
                         "thousand": 1_000}
# "Each hour, up to 580 people ride the gondola": a sentence that opens on how often says
# it of every figure after.
_OPENS_EACH_PERIOD = re.compile(
    r"\s*(?:each|every)\s+(second|minute|hour|day|night|week|month|year)\s*,", re.IGNORECASE)
# "Each singles champion will receive £3 million": so much per champion, not in all (the
# noun is the second word unless that is the verb: "each winner gets", "each team can").
_EACH_BEFORE = re.compile(
    r"\b[Ee]ach\s+(?!of\b)(?:[a-z-]+\s+(?!will\b|can\b|could\b|may\b|must\b|gets?\b"
    r"|receives?\b|earns?\b))?([a-z]+)"
    r"\s+[^.;,]*$")
# Time counted in its hundreds of thousands is an amount of it, not how long something took:
# "Water companies spilled sewage for 3.61 million hours" ("lasted 14 hours" is a duration).
COUNTED_TIME_FROM = 100_000
# Time spent in each day or week is a figure, where time alone says when: "a 13-hour working
# day" is "13 hours a day", "a 35-hour week" is "35 hours a week".
_TIME_IN_EACH = re.compile(
    r"-(second|minute|hour|day|week|month)\s+(?:working\s+|work\s+)?(day|week|month|year)\b",
    re.IGNORECASE)
# What one measure of a good costs is its price per measure: "A litre of petrol now costs
# about £1.33" is "£1.33 a litre", as "132.8p a litre" is; and so is the price of one
# wherever the figure follows: "The price of a kilo of beef in the Argentine capital has
# risen to 16,800 pesos".
_ONE_MEASURE_COSTS_BEFORE = re.compile(
    r"\b(?:(?:a|an|one|each)\s+(?P<unit>litre|liter|gallon|barrel|tonne|ton|kilo|kilogram"
    r"|ounce|pound|lb|pint)\s+of\s+[^.;,]*?\b(?:costs?|sells?\s+for|sold\s+for"
    r"|fetch(?:es|ed)?)\s+(?:[\w-]+\s+){0,2}"
    r"|price\s+of\s+(?:a|an|one)\s+(?P<priced>litre|liter|gallon|barrel|tonne|ton|kilo"
    r"|kilogram|ounce|pound|lb|pint)\s+of\b[^.;,]*)$", re.IGNORECASE)
# ... and so is what is paid for one, said after it: "Drinkers pay an average of €6.90 for
# a pint of stout" is "€6.90 a pint", as "A pint of stout costs €7.50" is.
_FOR_ONE_MEASURE_AFTER = re.compile(
    r"\s+for\s+(?:a|an|one|each)\s+(litre|liter|gallon|barrel|tonne|ton|kilo|kilogram|ounce"
    r"|pound|lb|pint)\s+of\b", re.IGNORECASE)
# A unit price is so much per unit, said before the figure.
_UNIT_PRICE_BEFORE = re.compile(r"\bunit\s+price\b[^.;,]*$", re.IGNORECASE)
# A salary is so much a year, said before the figure (not a league's salary cap, per team).
_SALARY_BEFORE = re.compile(r"\bsalar(?:y|ies)\b(?!\s+caps?\b)[^.;,]*$", re.IGNORECASE)
# "cut daily transits to 25 vessels", "daily output reached 300 cars", "3,000 daily
# arrivals": a noun that "daily" or "weekly" qualifies, before the figure (past a phrase of
# where: "Daily entries to the ancient citadel above Athens are now limited to 20,000") or
# just after it. The phrase between may hold another figure: "The app's daily user base grew
# 40% to 47.7m" is 47.7 million a day, as "47.7 million daily active users" is.
# "swapping 1,000 prisoners each", "Each side freed 1,000 prisoners": so many for each party
# to an exchange, not in all ("Each unit holds 40 to 60 soldiers" is a unit's strength).
_EACH_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?each\b(?!\s+(?:of|other)\b)")
_EACH_PARTY_BEFORE = re.compile(
    r"\b[Ee]ach\s+(?:side|party|country|nation|team|government)\b[^.;,]*$")
_PERIODIC_NOUN_BEFORE = re.compile(
    r"\b(daily|weekly)\s+([a-z][\w-]*)\s+(?:[\w'%-]+\s+){0,10}$", re.IGNORECASE)
_PERIODIC_NOUN_AFTER = re.compile(r"\s+(daily|weekly)\s+([a-z][\w-]*)", re.IGNORECASE)
# ... and a count of those a year brings, said before the figure: "The city council puts the
# tram line's yearly passengers at some 4.5 million" is 4.5 million a year, as "Tram 28
# carries about 3 million riders a year" is. A count only: "annual revenue" is a year's
# total.
_YEARLY_COUNT_BEFORE = re.compile(
    r"\b(annual|yearly)\s+([a-z][\w-]*s)\s+(?:[\w'%-]+\s+){0,10}$", re.IGNORECASE)
# Money paid each month or hour: "a monthly allowance of Rp50m" is "Rp50m a month", "takes
# the hourly rate to £12.21" is "£12.21 an hour", "cut the monthly cash price of Wegovy to
# $349" is "$349 a month" ("monthly inflation" is a measure of its own, and a percentage);
# savings or payments each year: "annual savings of about 8bn kroner" is "save 8 billion
# kroner a year" (not "annual revenue of $391bn", a year's total).
_PAY_PERIOD_BEFORE = re.compile(
    r"\b(monthly|hourly)\s+([a-z][\w-]*)\s+(?:[\w'-]+\s+){0,8}$", re.IGNORECASE)
# ... and a bill a year, past where it is paid: "The average annual water bill in England
# and Wales will rise to £603" is "£603 a year"
_YEARLY_MONEY_BEFORE = re.compile(
    r"\b(annual|yearly)\s+(?:[a-z-]+\s+)?(savings|payments?|fees?|subsid\w+|bills?)\s+"
    r"(?:[\w'-]+\s+){0,8}$", re.IGNORECASE)
_MULTIPLIER = re.compile(
    r"\b(?:(?P<qualifier>more than|nearly|almost|about|roughly|over)\s+)?"
    r"(?P<word>doubled|tripled|trebled|quadrupled|halved|"
    r"(?:two|three|four|five|ten)fold|twice|three times|four times)\b",
    re.IGNORECASE,
)
# "a third of Ukrainians", but not "a quarter of a million" (a number), "the first half of
# 2023" or "half of the year" (a time).
_SHARE = re.compile(
    # ("half the vote": half needs no "of")
    rf"(?<![\w-])(?P<share>{_any_of(lex.SHARE_FRACTIONS)})(?:\s+of\b|(?<=half)(?=\s+the\b))"
    r"(?!\s+(?:a|an)\s+(?:million|billion|trillion|thousand|dozen|(?:percentage\s+)?point)\b)"
    r"(?!\s+(?:the\s+)?(?:year|month|decade|century|season|day|week|\d))",
    re.IGNORECASE,
)
# "fell by about a quarter", "cut by half": a change as a share of what it was.
_SHARE_CHANGE = re.compile(
    rf"\bby\s+(?P<figure>(?:(?:about|almost|nearly|roughly|more than|over)\s+)?"
    rf"(?P<share>{_any_of(lex.SHARE_FRACTIONS)}))\b"
    r"(?![\s-]+(?:of|an?|(?:percentage[\s-]+)?points?)\b)", re.IGNORECASE)
# ("by half a percentage point" and "by a quarter point" are changes in points)
# "nine in ten new cars", "one in five adults", "1 in 4 children", "two in every three": a
# share, as "a third of" is (a part below its whole).
_NUMBER_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred"
_PART_IN_WHOLE = re.compile(
    rf"(?<![\w-])(?P<share>(?P<part>{_NUMBER_WORD}|\d{{1,2}})\s+in\s+(?:every\s+)?"
    rf"(?P<whole>{_NUMBER_WORD}|\d{{1,3}}))\b(?![\s-]*(?:%|percent|per\s+cent|[.,]\d))",
    re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last)\s+$", re.IGNORECASE)
# Capitalised words that can open a sentence before a figure ("Some 40 were hurt", "Only
# 12 remain"): function words, qualifiers and change markers, never names.
_SENTENCE_OPENERS = frozenset(
    lex.THING_STOP_WORDS | {w for phrase in lex.QUALIFIERS for w in phrase.split()}
    | {w for phrase in lex.CHANGE_BEFORE for w in phrase.split()}
    | {"all", "exactly", "barely", "fully"}
)
# "0800 123 456", "020 7946 0321", and international numbers with any grouping after a
# country code ("+33 1 4312 2200", "+48 22 555 01 23").
_PHONE = re.compile(
    r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}"
    r"|\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?"
)
# A stock index's level is in points, written or not: "The Nikkei closed above 50,000
# points", "Japan's benchmark index ended at a record 50,512.32".
_STOCK_INDEX = re.compile(
    rf"\b(?:(?:stock|share|benchmark|equity)\s+index|(?-i:{'|'.join(lex.STOCK_INDEXES)}))\b",
    re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:US\$|[$€£])?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:US\$|[$€£])?$", re.IGNORECASE)
# ... and a change's starting figure said after its later one, with "from" alone before it:
# "arrivals rose to 736,755 in 2024 from 638,498 in 2023".
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|grown|jumped|fell|fallen|dropped|declined"
    r"|decreased|slipped|eased)\s+to\b[^;]*$", re.IGNORECASE)
# "84 people have died, including 28 children", "Among the dead were 11 foreigners", "709
# of them", "1,500 of the deaths": a part of a whole the sentence (or the one before it)
# gives, a fact of its own that only another such part, or its own thing's total, states.
_WHOLE = r"(?:dead|deaths|victims|injured|wounded|killed|missing|casualties|fatalities)"
_PART_BEFORE = re.compile(
    rf"\b(?:including|includes|included"  # "It includes ¥17.7 trillion of spending"
    rf"|among\s+(?:them|those|whom|the\s+{_WHOLE})(?:\s+(?:were|was|are|is))?"
    r"|of\s+(?:them|those|whom),?)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+)?of\s+(?:them|whom|those|the\s+{_WHOLE}|its|their)\b"
    rf"|(?:\s+[\w-]+){{0,2}}\s+(?:were|was|are|is)\s+among\s+(?:them|those|the\s+{_WHOLE})\b",
    re.IGNORECASE)  # "Four police officers were among the dead"
# ... nor are those of its own a business acts on, which are the count of what it does: "The
# lender is shutting 95 of its British sites" closes 95 branches.
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|cut(?:s|ting)?|ax(?:e|es|ed|ing)|sell(?:s|ing)?"
    r"|sold|cancel(?:s|led|ling|ed|ing)?|scrap(?:s|ped|ping)?|replac(?:e|es|ed|ing)"
    r"|refurbish(?:es|ed|ing)?)\s+(?:(?:another|a\s+further)\s+)?$", re.IGNORECASE)  # (a
# qualifier, "some 95", is behind `start` already)
# ... though those of a group a harm befell are that harm's whole toll: "Fifteen of them
# have died" (of 66 cases) is the outbreak's death toll.
_HARMED_PREDICATE = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+)?(?:died|been\s+killed|been\s+injured)"
    r"|died|were\s+(?:killed|injured|wounded)|remain\s+missing|are\s+missing)\b",
    re.IGNORECASE)
# "jumped to 3.5% in April, up from 2.6% in March": the level before, as "from X to Y"'s X.
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:US\$|[$€£])?$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundQuantity:
    """A quantity found in one sentence; offsets are within that sentence."""

    start: int
    end: int
    value_text: str
    quantity: Quantity
    role: str  # total | change | rate | multiplier | part | earlier ("from" of "from X to Y")
    thing: str | None


# Every word that can begin or make a quantity of find_quantities, but "a" and "of": a
# paragraph with none of them and no digit holds no figure, and is not split into sentences
# at all (most paragraphs of news hold none, and splitting is the dearest part of reading).
_QUANTITY_WORDS = sorted({
    word for phrase in (*lex.SCALE_WORDS, *lex.FRACTIONS, *lex.SHARE_FRACTIONS,
                        *lex.VAGUE_AMOUNTS, *lex.VAGUE_COUNTS, *lex.NUMBER_WORDS)
    for word in phrase.lower().split() if word not in {"a", "an", "of", "the"}})
_MAY_HOLD_QUANTITY = re.compile(rf"\d|\b(?:{'|'.join(map(re.escape, _QUANTITY_WORDS))})\b",
                                re.IGNORECASE)


def may_hold_quantity(text: str) -> bool:
    """False only when find_quantities would find nothing in any sentence of the text."""
    return bool(_MAY_HOLD_QUANTITY.search(text) or _MULTIPLIER.search(text))


@functools.lru_cache(maxsize=1 << 16)
def sentence_figures(sentence: str) -> tuple[FoundQuantity, ...]:
    """find_quantities, kept for the sentences read last: extraction reads every sentence
    once, and the matcher reads a paired statement's other figures again
    (match.figure_given_elsewhere)."""
    return tuple(find_quantities(sentence))


def find_quantities(sentence: str) -> list[FoundQuantity]:
    """Every quantity of a fact in one sentence, left to right. Never raises."""
    shares = _shares(sentence)
    blocked = _not_quantity_spans(sentence) + [(s.start, s.end) for s in shares]
    found: list[FoundQuantity] = []
    consumed_to = 0
    for match in NUMBER_CORE.finditer(sentence):
        if match.start() < consumed_to or _inside(match.start(), blocked):
            continue
        item = _read(sentence, match)
        if item is not None:
            found.append(item)
            consumed_to = item.end
    found.extend(m for m in _multipliers(sentence)
                 if not any(f.start <= m.start < f.end for f in found))
    found.extend(shares)
    return _restated_changes(sentence,
                             _share_things(sorted(found, key=lambda item: item.start)))


# "The cap rose by £35, or 2%": a figure that restates the one before it in other terms.
_RESTATED = re.compile(r",?\s+or\s+|\s*\(\s*(?:or\s+)?")


def _restated_changes(sentence: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """A figure restating a change ("rose by £35, or 2%") is that change too."""
    return [replace(item, role="change") if (
        at and found[at - 1].role == "change" and item.role == "total"
        and _RESTATED.fullmatch(sentence, found[at - 1].end, item.start)) else item
        for at, item in enumerate(found)]


def _share_things(found: list[FoundQuantity]) -> list[FoundQuantity]:
    """A count with no noun of its own counts what the count before it counted:
    "10 000 applications in January and 12 000 in February"."""
    shared: list[FoundQuantity] = []
    for item in found:
        previous = next((p for p in reversed(shared)
                         if p.quantity.kind == "count" and p.thing), None)
        if item.quantity.kind == "count" and item.thing is None and previous is not None:
            item = replace(item, thing=previous.thing,
                           quantity=replace(item.quantity, unit=previous.quantity.unit))
        shared.append(item)
    return shared


# A length of time a sentence tells as its fact, not when something happened: what a journey
# or a wait takes, what a race was finished in, what a train links two cities in, what
# drivers lost or patients waited ("The fastest journey takes 2 hours 16 minutes",
# "Patients waited an average of 64 days", "The average wait ... was about nine weeks"),
# never "within two weeks" or "in 18 months".
# ... or its unit abbreviated, spaced or glued to the figure ("1min 2sec ahead", "45 mins").
_TIME_ABBREVIATIONS = {"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
                       "sec": "second", "secs": "second"}
_ABBREVIATED_TIME = "|".join(sorted(_TIME_ABBREVIATIONS, key=len, reverse=True))
_DURATION_AFTER = re.compile(
    rf"(?:\s(hours?|minutes?|seconds?|days?|weeks?|months?)|\s?({_ABBREVIATED_TIME}))\b"
    r"(?!\s+(?:ago|later|earlier|after|before)\b)",
    re.IGNORECASE)
_GLUED_TIME_UNIT = re.compile(rf"(?:{_ABBREVIATED_TIME})\b", re.IGNORECASE)
_AND_MINUTES = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s?(?:minutes?|mins?)\b", re.IGNORECASE)
_AND_SECONDS = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s?(?:seconds?|secs?)\b", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)


def _half_before_unit(after: str) -> int:
    """Where a duration's unit starts past "and a half" after a figure ("17 and a half
    hours"), else 0: where it starts when the figure is whole."""
    half = _AND_A_HALF.match(after)
    return half.end() if half and _DURATION_AFTER.match(after, half.end()) else 0


_ABOUT_SO_LONG = (r"(?:(?:an?\s+)?(?:average|total|record|mean)\s+of\s+|(?:about|around|some"
                  r"|just|nearly|almost|roughly|only|under|over|up\s+to)\s+|(?:no\s+)?(?:more|less"
                  r"|fewer)\s+than\s+)*$")
_DURATION_VERB_BEFORE = re.compile(
    r"\b(?:takes?|took|taking|lasts|lasted|lasting|(?:will|would|could|may|might|to)\s+last"
    r"|waited|waits|spent|spends?|spending|lost|loses?|losing|clocked|averaged?"
    rf"|(?:finished|completed|ran)\s+(?:[A-Za-z'-]+\s+){{0,3}}?in"
    # ... and a winning margin ("won the 2024 Tour de France by 6 minutes 17 seconds",
    # "finished more than six minutes ahead", "crossed the line in Oudenaarde 1min 2sec
    # ahead")
    r"|won\s+(?:[\w'’-]+\s+){0,6}?by|finished"
    r"|crossed\s+the\s+line(?:\s+(?:in|at)(?:\s+[A-Z][\w'’-]*)?)?"
    # ... and what a dish bakes or cooks for ("bakes for just 60 to 90 seconds")
    r"|(?:bakes?|baked|baking|cooks?|cooked|cooking|boils?|boiled|roasts?|roasted)\s+for"
    # ... and what a show or a strike runs for ("The Funchal display ran for some 12
    # minutes", as it "lasted 8 minutes")
    r"|(?:runs?|ran|running)\s+for"
    # ... and a runner's own time ("Usain Bolt's 9.58 seconds has stood since 2009")
    r"|\b(?-i:[A-Z][a-z]+)['’]s"
    # a service that links two places in so long, or a traveller who covers or crosses a
    # way in it (not one that will: "will connect the airport in 18 months" says when)
    r"|(?<!will\s)(?<!would\s)(?<!to\s)"
    r"(?:links?|linked|linking|connects?|connected|connecting|covers?|covered|covering"
    r"|cross|crosses|crossed|crossing)"
    rf"\s+(?:[A-Za-z'’-]+\s+){{1,6}}?in)\s+{_ABOUT_SO_LONG}",
    re.IGNORECASE)
_JOURNEY_NOUN = (r"(?:wait|waits|waiting\s+times?|journey|journey\s+times?|delays?|trip|flight"
                 r"|commute|crossing|stay|duration"
                 # ... and a race's record or winning time ("His 200m record is 19.19
                 # seconds", "The winning time was 2 hours 2 minutes")
                 r"|record|(?:winning\s+)?time)")
# ... or a journey cut to a time ("will cut the train journey between Hamburg and Copenhagen
# to about 2.5 hours", "Journey times will be shortened to 90 minutes")
_SHORTENED = (r"(?:cuts?|cutting|shortens?|shortened|shortening|reduces?|reduced|reducing"
              r"|slash(?:es|ed|ing)?|trims?|trimmed|trimming)")
_DURATION_NOUN_BEFORE = re.compile(
    rf"\b(?:{_JOURNEY_NOUN}\b[^.;,]*?\b(?:was|is|were|are|stood\s+at|reached|rose\s+to"
    rf"|fell\s+to|{_SHORTENED}\s+to|of)"
    rf"|{_SHORTENED}\s+(?:[\w'’-]+\s+){{0,3}}?{_JOURNEY_NOUN}\b[^.;,]*?\bto)"
    rf"\s+{_ABOUT_SO_LONG}", re.IGNORECASE)


# "half an hour", "half a day": half of one unit of time.
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)


def _duration_told(before: str) -> bool:
    """Whether the time a figure counts is the sentence's fact (_DURATION_AFTER)."""
    return bool(_DURATION_VERB_BEFORE.search(before) or _DURATION_NOUN_BEFORE.search(before))


# A statistic of people's ages names a figure of years, said with "years" or not: "had their
# first child at an average age of 31.7", "Life expectancy at birth in Spain rose to 84
# years", "Babies born last year can expect to live to about 84".
_AGE_TOLD_BEFORE = re.compile(
    r"\b(?:(?:average|median|mean)\s+age|life\s+expectancy|live\s+to(?:\s+be)?"
    # ... or the years people live, told just before the figure ("Japanese people live
    # about 84.1 years on average")
    r"|live(?=\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$))\b[^.;]*$",
    re.IGNORECASE)
# "4.9 homicides per 100,000 people", "7 litres per 100 km": what a rate is per, no figure
_PER_SO_MANY = re.compile(r"\bper\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)


def _not_quantity_spans(sentence: str) -> list[tuple[int, int]]:
    """Phone numbers, age and page ranges, opening hours and what a rate is per: digits that
    are not figures."""
    spans = [m.span() for m in _PHONE.finditer(sentence) if _looks_like_phone(m.group(0))]
    spans.extend(m.span() for m in _LABEL_RANGE.finditer(sentence))
    spans.extend(m.span() for m in _HOURS.finditer(sentence) if _is_opening_hours(m))
    spans.extend(m.span(1) for m in _PER_SO_MANY.finditer(sentence))
    return spans


def _is_opening_hours(match: re.Match[str]) -> bool:
    """"between 10 and 4", "from 8 to 6": the second figure smaller and nothing measured
    after it; "fell from 9 to 5 percent" is a change of a rate."""
    opening, closing = int(match.group(1) or match.group(2)), int(match.group(3))
    return closing < opening and not _is_measured(match.group("after"))


def _looks_like_phone(text: str) -> bool:
    """Three or more digit groups ("0800 123 456", "+48 22 555 01 23"), but not a figure
    grouped in thousands ("10 000 000")."""
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", text):
        return False
    return text.startswith("+") or text.count(" ") + text.count("-") + text.count(".") >= 2


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _read(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    if match.group("fraction"):
        return _read_fraction(sentence, match)
    if match.group("point_fraction"):
        value = lex.FRACTIONS[" ".join(match.group("point_fraction").lower().split())]
        return _finish(sentence, match.start(), match.end(), value, value, None, 0.0)
    if match.group("vague"):
        return _read_vague(sentence, match)
    if match.group("word"):
        return _read_word_number(sentence, match)
    return _read_digits(sentence, match)


def _read_vague(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    phrase = " ".join(match.group("vague").lower().split())
    if phrase in lex.VAGUE_AMOUNTS:
        low, high = lex.VAGUE_AMOUNTS[phrase]
    elif (count := phrase.replace(" of", "")) in lex.VAGUE_COUNTS:
        low, high = lex.VAGUE_COUNTS[count]  # "several kilometres": so many of the unit
    else:  # "several thousand": a vague multiplier of a scale word
        count, scale = phrase.rsplit(" ", 1)
        low, high = lex.VAGUE_COUNTS[count.replace(" of", "")]
        low, high = low * lex.SCALE_WORDS[scale], high * lex.SCALE_WORDS[scale]
    return _finish(sentence, match.start(), match.end(), low, high, None, 0.0, vague=True)


def _read_fraction(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    """"half a million" is 500,000, as exact as "five hundred thousand" would be."""
    phrase = " ".join(match.group("fraction").lower().split())
    fraction, scale = phrase.rsplit(" ", 1)
    value = lex.FRACTIONS[fraction] * lex.SCALE_WORDS[scale]
    return _finish(sentence, match.start(), match.end(), value, value, None, 0.0)


# "The death toll reached seven.": a number word that closes its clause after a verb of
# level is the figure, with no noun of its own.
_LEVEL_BEFORE = re.compile(
    r"\b(?:reached|rose\s+to|risen\s+to|climbed\s+to|increased\s+to|jumped\s+to|"
    r"stood\s+at|stands\s+at|totalled|totaled"
    # "Officials revised the death toll to nine", "lowered the toll to seven"
    r"|(?:revised|raised|lowered|brought|put)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?toll\s+"
    r"(?:down\s+|up\s+)?(?:to|at))\s+$", re.IGNORECASE)


# A number word before a harm that closes its phrase counts people: "left three dead,
# including the driver"; not "two dead batteries".
_HARMED_AFTER = re.compile(
    r"\s+(?:dead|injured|wounded|missing|hurt)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|including|in|"
    r"after|when|as|on|at)\b)", re.IGNORECASE)


# A number word that opens its sentence as a share of a group already named counts it:
# "Fifteen of them have died", "Twelve of the miners were rescued".
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:them|those|these|the|their)\b", re.IGNORECASE)


def _read_word_number(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    """Number words count before a scale word ("two million") or a counted plural noun
    ("two plans"), not in "one of the" or "a day"."""
    value = _word_value(match.group("word"))
    end = match.end()
    if (half := _AND_A_HALF.match(sentence, end)) and (
            _SCALE_SPACED.match(sentence, half.end())
            or _DURATION_AFTER.match(sentence, half.end())):
        value, end = value + 0.5, half.end()  # "two and a half hours", "one and a half million"
    scale = _SCALE_SPACED.match(sentence, end)
    if scale:
        value *= _scale_value(scale.group(1))
        end = scale.end()
    else:
        following = [word.rstrip(".") for word in WORD.findall(sentence[end:])]  # "people."
        closes_a_level = bool((not following or not following[0][:1].isalpha())
                              and _LEVEL_BEFORE.search(sentence, 0, match.start()))
        opens_a_share = bool(not sentence[:match.start()].strip(" \"'“‘")
                             and _PARTITIVE_AFTER.match(sentence, end))
        if value != 1 and (closes_a_level or opens_a_share):
            return _finish(sentence, match.start(), end, value, value, None, 0.0)
        # a capitalised word after a number word is a name ("Three Mile Island"), unless it
        # is a nation's or place's adjective before the noun ("Three Pakistani troops") or
        # an award counted ("won five Oscars")
        national = (len(following) > 1 and following[0][:1].isupper()
                    and is_place_name(following[0]))
        if value == 1 and _DURATION_AFTER.match(sentence, end):
            start = match.start()
            if halved := _HALF_BEFORE.search(sentence, 0, start):
                start, value = halved.start(), 0.5  # "half an hour"
            if _duration_told(sentence[:start]):
                return _finish(sentence, start, end, value, value, None, 0.0)  # "an hour
                # and a half", "one day"
        if value == 1 or not following or not (
                following[0][:1].islower() or national
                or following[0].lower() in lex.AWARD_NAMES):
            return None
        # "six workers", or past one modifier: "six construction workers", though not after
        # a determiner, where the number names things already known ("the two neighbouring
        # countries")
        before = WORD.findall(sentence[:match.start()])[-1:]
        referring = bool(before) and before[0].lower() in lex.DETERMINERS
        noun = following[0] if (not national and (is_count_noun(following[0])
                                or len(following) < 2 or referring)) else following[1]
        harmed = bool(_HARMED_AFTER.match(sentence, end))  # "left three dead, including"
        if (not is_count_noun(noun) and not harmed) or (
                noun.lower() in lex.TIME_UNITS and not _duration_told(sentence[:match.start()])):
            return None  # "in two weeks" says when ("waited about nine weeks" how long)
    if match.group("word").lower() == "a" and not scale:
        return None
    return _finish(sentence, match.start(), end, value, value, None, 0.0)


def _word_value(words: str) -> float:
    """"twenty-five" -> 25, "three hundred" -> 300, "a dozen" -> 12, "a" -> 1."""
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "hundred":
            total = max(total, 1.0) * 100
        elif word in lex.NUMBER_WORDS:
            total += lex.NUMBER_WORDS[word]
    return total or 1.0


def _scale_value(words: str) -> float:
    """What a scale word multiplies by, or a scale of scales: "lakh crore" is 10^5 x 10^7."""
    value = 1.0
    for word in words.lower().split():
        value *= lex.SCALE_WORDS[word]
    return value


def _range_end(range_match: re.Match[str], scale: float) -> float:
    """The second figure of "X to Y", scaled by its own scale word or else the first's."""
    word = range_match.group("attached") or range_match.group("scale")
    second_scale = _scale_value(word) if word else scale
    return float(normalise_digits(range_match.group("num"))) * second_scale


# A change's size before "to" and a level far above it: "dropped by 1.39 million to 1.408
# billion" (not "rose by 2 to 3 percent", a range).
_CHANGED_BY = re.compile(r"\bby\s+(?:(?:about|some|around|nearly|almost|roughly)\s+)?$",
                         re.IGNORECASE)


# A water level, a wave or a height: what "6.4m" measures in metres, not millions ("The
# river reached about 6.4m in the city", "waves of up to 8m").
_LENGTH_TOLD = re.compile(
    r"(?<![\w-])(?:rivers?|water\s+levels?|crest(?:ed|s)?|peaked|waves?|tides?|surges?|snow"
    r"|tall|deep|depth|height|high|metres|meters)(?![\w-])", re.IGNORECASE)
_METRES_ATTACHED = re.compile(r"m(?![\w])(?:\s+(?P<next>[A-Za-z-]+))?")
# ... and a mountain's height, which runs to thousands of metres ("Western Europe's highest
# peak now stands at 4,805.59m"; the highest is under 9,000)
_SUMMIT_TOLD = re.compile(r"(?<![\w-])(?:mountains?|summits?|peaks?|altitude|elevation"
                          r"|above\s+sea\s+level)(?![\w-])", re.IGNORECASE)


def _metres_meant(sentence: str, after: str, value: float) -> bool:
    """Whether a figure's attached "m" is metres: a small figure (a mountain's may run to
    thousands) followed by no noun it would count ("6.4m people", "6.4m tonnes" are
    millions) in a sentence that tells of a water level, a wave or a height."""
    attached = _METRES_ATTACHED.match(after)
    return (attached is not None
            and not (attached.group("next") and (is_count_noun(attached.group("next"))
                                                 or _UNIT.match(attached.group("next"))))
            and ((abs(value) < 1000 and _LENGTH_TOLD.search(sentence) is not None)
                 or (abs(value) < 9000 and _SUMMIT_TOLD.search(sentence) is not None)))


def _read_digits(sentence: str, match: re.Match[str]) -> FoundQuantity | None:
    start, end = match.span()
    sign = _NEGATIVE_SIGN.search(sentence[:start])
    negative = sign is not None and _is_measured(sentence[end:])
    if negative:
        start = sign.start()
    if not _is_fact_number(sentence, start, end):
        return None
    written = normalise_digits(match.group("digits"))
    value = -float(written) if negative else float(written)
    scale = 1.0
    after = sentence[end:]
    if (attached := _SCALE_ATTACHED.match(after)) and not _metres_meant(sentence, after, value):
        scale = lex.SCALE_WORDS[attached.group(1).lower()]
        end += attached.end()
    elif spaced := _SCALE_SPACED.match(after):
        scale = _scale_value(spaced.group(1))
        end += spaced.end()
    elif after[:1].isalpha() and not (_UNIT.match(after) or _POINTS.match(after)
                                      or _PERCENT.match(after)
                                      or (_DURATION_AFTER.match(after)
                                          and _duration_told(sentence[:start])) or (
            after[:1] == "p" and _HUNDREDTHS.match(after) and written not in _VIDEO_LINES)):
        return None  # "5th", "G7x", "10am", "1080p": an ordinal, a label, a time, a screen

    low = high = value * scale
    # "33 million" is rounded as "33,000,000" would be (not exactly 33,000,000); "1.3
    # million" at its decimal place
    in_full = f"{abs(low):.0f}" if scale > 1 and "." not in written else written
    margin = rounding_margin(in_full, abs(low), measured=_is_measured(sentence[end:]) or bool(
        _DURATION_AFTER.match(sentence, end) and _duration_told(sentence[:start])))
    step = last_digit_unit(written, abs(low))
    left = start
    currency = _CURRENCY_BEFORE.search(sentence[:start])
    if currency:
        left = currency.start()
    role = "total"
    range_match = _RANGE.match(sentence, end) or _percent_range(sentence, left, end)
    if range_match:
        separator = range_match.group(0).strip()[:3].lower()
        between = _BETWEEN.search(sentence[:left])
        from_to = _FROM.search(sentence[:left])
        if from_to and separator.startswith("to"):
            role = "earlier"
        elif separator.startswith("to") and _CHANGED_BY.search(sentence[:left]) and (
                _range_end(range_match, scale) >= 10 * abs(value * scale)):
            pass  # "dropped by 1.39 million to 1.408 billion": a change, then the level
        elif not separator.startswith("and") or between:
            word = range_match.group("attached") or range_match.group("scale")
            if scale == 1.0 and word:  # "2 to 3 million": the scale applies to both
                low = value * _scale_value(word)
            high = _range_end(range_match, scale)
            if high < low and not separator.startswith("to"):
                return None  # "3-1": a score, not a range
            if high < low:  # "voted 364 to 194": a tally, whose first figure stands alone
                return _finish(sentence, left, end, low, low, currency, margin, role=role,
                               number_start=start, step=step)
            margin = step = 0.0
            end = range_match.end()
            if between:
                left = between.start()
    return _finish(sentence, left, end, low, high, currency, margin, role=role,
                   number_start=start, step=step)


def _percent_range(sentence: str, left: int, end: int) -> re.Match[str] | None:
    """"4.75% to 5%", "between 2 percent and 3 percent": a range of percentages written with
    both signs. Not after a verb of change, where the first is the change and the second
    the new level ("rose 0.3% to 3.2%")."""
    percent = _PERCENT.match(sentence, end)
    if percent is None or _CHANGE_BEFORE.search(sentence[:left]):
        return None
    second = _RANGE.match(sentence, percent.end())
    if second is None or not _PERCENT.match(sentence, second.end()):
        return None
    return second


def _is_measured(after: str) -> bool:
    """A percent, point or unit follows: the only figures a minus sign can belong to."""
    return bool(_PERCENT.match(after) or _POINTS.match(after) or _UNIT.match(after)
                or _WEIGHT_JOINED.match(after) or _BARE_DEGREES.match(after))


def normalise_digits(text: str) -> str:
    """Digits as Python reads them: "10,000" -> "10000", "10 000" -> "10000",
    "1.234.567" -> "1234567", "1,3" (before a scale word) -> "1.3"."""
    compact = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+", compact):
        return compact.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d+,\d{1,2}", compact):
        return compact.replace(",", ".")
    return compact.replace(",", "")


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
    step: float = 0.0,
) -> FoundQuantity | None:
    """Read the unit after the number and the qualifier and role words around it."""
    kind, unit = "count", ""
    unit_period = None
    after = sentence[end:]
    if currency is not None:
        kind, unit = "currency", _currency_code(currency.group(1))
    elif percent := _PERCENT.match(after):
        kind, unit = "percent", "%"
        end += percent.end()
    elif points := _POINTS.match(after):
        kind, written = "points", points.group(1).lower()
        # a fraction of a point is a percentage point's ("cut rates by a quarter point",
        # "half a point"): an index moves by whole points and more
        unit = "percentage points" if written.startswith(("percentage", "pp", "b")) or (
            _FRACTION_WRITTEN.fullmatch(sentence[start:end].strip())) else "points"
        if written.startswith("b"):
            low, high, margin = low * BASIS_POINT, high * BASIS_POINT, margin * BASIS_POINT
            step *= BASIS_POINT
        end += points.end()
    elif (money := _CURRENCY_WORD.match(after)) and not (
            money.group(1).lower().startswith("pound")
            and (_WEIGHED_BEFORE.search(sentence, 0, start)
                 or (_POUNDS_OF.match(after) and not _SCALED.search(sentence, start, end))
                 or _POUNDS_OF_A_COMMODITY.match(after))):
        kind, unit = "currency", lex.CURRENCY_WORDS[money.group(1).lower()]
        end += money.end()
    elif (national := _NATIONAL_CURRENCY.match(after)) and (
            code := _national_currency(national.group(1))):
        kind, unit = "currency", code
        end += national.end()
    elif (shared := _SHARED_CURRENCY.match(after)) and (code := shared_currency_of(
            shared.group(1), places_named(sentence)) or (
            _SCALED.search(sentence, start, end) and shared.group(1).lower())):
        # "28.1 billion crowns" that nothing places: any of the crowns (match.currencies_agree)
        kind, unit = "currency", code
        end += shared.end()
    elif hundredths := _HUNDREDTHS.match(after):
        kind, unit = "currency", lex.CURRENCY_HUNDREDTHS[(hundredths.group(1) or "pence").lower()]
        low, high, margin, step = low / 100, high / 100, margin / 100, step / 100
        end += hundredths.end()
    elif (won := _WON.match(after)) and _SCALED.search(sentence, start, end):
        kind, unit = "currency", "KRW"  # "12.2 trillion won"; "The party won 3 seats" is a verb
        end += won.end()
    elif (measure := _UNIT.match(after)) and (
        converted := _convert(_unit_name(measure), low, high, margin, step)
    ):
        kind, unit, low, high, margin, step = converted
        unit_period = lex.UNIT_PERIODS.get((measure.group(1) or "").lower())
        end += measure.end()
        if conversion := _CONVERSION.match(sentence, end):
            end = conversion.end()
    elif (degrees := _BARE_DEGREES.match(after)) and (
            low < 0 or _TEMPERATURE_TOLD.search(sentence)
            or _TEMPERATURE_VERB_BEFORE.search(sentence, 0, start)):
        scale_name = "degree_Fahrenheit" if high >= FAHRENHEIT_FROM else "degree_Celsius"
        kind, unit, low, high, margin, step = _convert(scale_name, low, high, margin, step)
        end += degrees.end()
    elif (weight := _WEIGHT_JOINED.match(after)) and (converted := _convert(
            lex.UNITS[f"{weight.group(1).lower()}s"], low, high, margin, step)):
        kind, unit, low, high, margin, step = converted
        end += weight.end()
    elif (spent := _DURATION_AFTER.match(after, _half_before_unit(after))) and (
            abs(high) < COUNTED_TIME_FROM and _duration_told(sentence[:start])):
        # "3.61 million hours" of spills are counted, not a length of time
        said = singular((spent.group(1) or spent.group(2)).lower())
        time_unit = _TIME_ABBREVIATIONS.get(said, said)
        end += spent.end()
        if spent.start():
            low, high = low + 0.5, high + 0.5  # "some 17 and a half hours"
        elif time_unit == "hour" and (minutes := _AND_MINUTES.match(sentence, end)):
            # "2 hours 16 minutes": one length of time, to the minute
            low, high = (value * 60 + int(minutes.group(1)) for value in (low, high))
            time_unit, margin, step = "minute", 0.5, 1.0
            end = minutes.end()
        elif time_unit == "minute" and (seconds := _AND_SECONDS.match(sentence, end)):
            # "6 minutes 17 seconds": one length of time, to the second
            low, high = (value * 60 + int(seconds.group(1)) for value in (low, high))
            time_unit, margin, step = "second", 0.5, 1.0
            end = seconds.end()
        elif half := _AND_A_HALF.match(sentence, end):
            low, high = low + 0.5, high + 0.5  # "an hour and a half"
            end = half.end()
        kind, unit, low, high, margin, step = _convert(time_unit, low, high, margin, step)

    qualifier = None
    level = False
    if qualified := _qualifier_before(sentence[:start]):
        if _UP_PARTICLE.search(sentence[:start]):
            level = True  # "revised net migration up to 745,000": the new level, no ceiling
        else:
            qualifier = lex.QUALIFIERS[qualified.group(1).lower()]
            level = qualified.group(1).lower() in lex.LEVEL_QUALIFIERS
            start = qualified.start(1)
    if role == "total" and _FROM.search(sentence[:start]) and (
            re.match(r"\s+to\b", sentence[end:]) or _UP_FROM.search(sentence[:start])
            or _MOVED_TO_BEFORE.search(sentence[:start])):
        role = "earlier"
    elif role == "total" and not level and not (
        _MORE_OF_THEM.search(sentence[:start]) and _STILL_AFTER.match(sentence, end)
    ) and not (kind == "[length]" and (_HEIGHT_AFTER.match(sentence, end)
                                        or _DROP_BELOW_BEFORE.search(sentence[:start]))) and not (
        kind == "[time]" and _DURATION_VERB_BEFORE.search(sentence[:start])
        and not _CHANGE_VERB_BY.search(sentence[:start])  # "lost 101 hours to congestion"
    ) and (
        (_CHANGE_BEFORE.search(sentence[:start]) and not _PLANNED_CUT.search(sentence[:start])
         and not (kind == "currency" and period_loss(sentence, start, end)))
        or _UP_DOWN_BEFORE.search(sentence[:start])
        or _CHANGE_VERB_BY.search(sentence[:start])
        or _change_after(sentence[end:])
        or ((_ARTICLE_BEFORE.search(sentence[:start]) or _OWN_ARTICLE.match(sentence, start))
            and _CHANGE_NOUN_AFTER.match(sentence, end))
        or (_POSSESSIVE_BEFORE.search(sentence[:start]) and _CHANGE_NOUN_NEXT.match(sentence, end))
        or _OF_CHANGES.match(sentence, end)
        or (kind == "count" and _JOINED_AFTER.match(sentence, end))
        or (kind == "currency" and _CHANGES_BEFORE.search(sentence[:start]))
        or (kind != "percent" and _LOST_AFTER.match(sentence, end))  # "60% of demand was lost"
    ):
        role = "change"
    share = _PART_AFTER.match(sentence, end)
    harmed_share = bool(share and _HARMED_PREDICATE.match(sentence, share.end()))
    if role == "total" and (_PART_BEFORE.search(sentence[:start]) or (
            share and not harmed_share and not _ACTED_ON_BEFORE.search(sentence, 0, start))):
        role = "part"
    thing = None
    if kind == "count" and (spent := _TIME_IN_EACH.match(sentence, end)):
        thing, unit_period = f"{spent.group(1).lower()}s", spent.group(2).lower()
        end = spent.end(1)
    elif kind == "count" and _AGE_TOLD_BEFORE.search(sentence, 0, number_start or start) and (
            counted_thing(sentence, end) in (None, "years")):
        thing = None  # an age, however said: "an average age of 31.7", "rose to 84 years",
        # "can expect to live to about 84" (not the babies who will)
    elif kind == "count":
        thing = thing_in_its_trade(
            counted_thing(sentence, end) or thing_before(sentence[: number_start or start])
            or ("people" if harmed_share else None), sentence)  # "Fifteen of them have died"
        if (thing is not None and thing.split()[0] in lex.TIME_UNITS
                and abs(low) < COUNTED_TIME_FROM
                and not _rate_period(sentence, start, end, kind)):
            return None  # "within two weeks", "18 months": when, not how many
        if thing is None and _STOCK_INDEX.search(sentence):
            kind, unit = "points", "points"  # "the benchmark index ended at 50,512.32"
    if period := unit_period or _rate_period(sentence, start, end, kind):
        if thing is None and period.endswith(" people"):
            thing = rated_thing(sentence[:start])  # "The homicide rate stood at 4.9 per"
        # a rate may still change by a figure: "Its winds rose by 85 mph" is not "winds of
        # 160 mph", "raise output by 411,000 barrels per day" not an output of that much
        # ("an extra 300 zlotys a month" is the monthly rate paid on top)
        changed_by = unit_period or _BY_OR_OF_BEFORE.search(sentence, 0, start)
        role = "change" if role == "change" and changed_by else "rate"
        period = lex.RATE_PERIODS.get(period, period)  # one name however written ("kWh")
        if kind == "[length]" and (per_hour := lex.SPEED_PERIODS.get(period)):
            low, high, margin, step = (value * per_hour for value in (low, high, margin, step))
            period = "hour"
        elif kind == "currency" and (per_year := lex.MONEY_PERIODS_PER_YEAR.get(period)):
            low, high, margin, step = (value * per_year for value in (low, high, margin, step))
            period = "year"
        elif compared_per := ((lex.PRICED_PER_HOUSEHOLD_MEASURE.get(period)
                               if kind == "currency" else None)
                              or lex.PER_METRIC_AREA.get(period)):
            period, share = compared_per
            low, high, margin, step = (value * share for value in (low, high, margin, step))
        unit = f"{unit or thing or ''}/{period}".lstrip("/")
    quantity = make_quantity(low, high, qualifier, margin, kind, unit or (thing or ""),
                             vague=vague, step=step)
    return FoundQuantity(start, end, sentence[start:end], quantity, role, thing)


def _national_currency(adjective: str) -> str | None:
    """The currency of the one country an adjective names ("Argentine", "South African",
    "US"), else None."""
    countries = {country_of(place) or place for place in places_named(adjective)}
    return currency_of(countries.pop()) if len(countries) == 1 else None


def shared_currency_of(name: str, places: Iterable[str]) -> str | None:
    """The currency a name or symbol several countries share ("crowns", "shillings", "¥")
    stands for alone: that of the one such country among the places (a city counts as its
    country), else None (left to the caller: it may be any of them, or no money)."""
    shared = lex.SHARED_SYMBOLS.get(name) or lex.SHARED_CURRENCIES[name.lower()]
    codes = {code for place in places
             if (code := currency_of(country_of(place) or place)) in shared}
    return codes.pop() if len(codes) == 1 else None


def _population_period(count: str) -> str:
    """So many people, written one way: "100,000 people" for "100,000 inhabitants"."""
    people = _PER_POPULATION_WORDS.get(" ".join(count.lower().split())) or int(
        count.replace(",", ""))
    return f"{people:,} people"


def _rate_period(sentence: str, start: int, end: int, kind: str) -> str | None:
    """How often the figure recurs ("day", "week", "share", ...), or None for a figure that
    does not recur. An amount "each" of something receives is per that thing. A share of a
    group of people recurs never: how often they do something is their habit ("About 75% of
    people in Denmark ride a bike every week")."""
    if kind == "percent" and _SHARE_OF_PEOPLE.match(sentence, end):
        return None
    if kind == "count" and (population := _PER_POPULATION.match(sentence[end:])):
        return _population_period(population.group("count"))
    if rate := _RATE.match(sentence[end:]):
        period = next(group for group in rate.groups() if group).lower().removesuffix("s")
        if period in lex.PER_PERSON and (often := _THEN_PER_PERIOD.match(sentence,
                                                                          end + rate.end())):
            return (often.group(1) or often.group(2)).lower()  # "$3 per person per day" is
            # a day's income, "11 kilos a head annually" a year's
        if period in lex.PER_PERSON and (often := _PERIODIC_NOUN_BEFORE.search(
                sentence[:start])) and often.group(2).lower() not in lex.ROUTINE_NOUNS:
            return lex.RATE_PERIODS[often.group(1).lower()]  # "Daily water use in Denmark
            # averages some 100 litres per person" is a day's
        return period
    if (opening := _OPENS_EACH_PERIOD.match(sentence)) and opening.end() <= start:
        return opening.group(1).lower()
    if kind == "currency" and (each := _EACH_BEFORE.search(sentence, 0, start)):
        return singular(each.group(1))  # "Each singles champion will receive £3 million"
    if kind == "currency" and _UNIT_PRICE_BEFORE.search(sentence, 0, start):
        return "unit"  # "The minimum unit price has been 50p" is "50p per unit"
    if kind == "currency" and (one := _ONE_MEASURE_COSTS_BEFORE.search(sentence, 0, start)):
        return (one.group("unit") or one.group("priced")).lower()  # "A litre of petrol now
        # costs about £1.33", "The price of a kilo of beef ... has risen to 16,800 pesos"
    if kind == "currency" and (one := _FOR_ONE_MEASURE_AFTER.match(sentence, end)):
        return one.group(1).lower()  # "pay an average of €6.90 for a pint of stout"
    if kind == "currency" and _SALARY_BEFORE.search(sentence, 0, start):
        return "year"  # "The salary threshold ... rose to £41,700" is "£41,700 a year"
    if kind == "count" and (_EACH_PARTY_BEFORE.search(sentence, 0, start)
                            or _EACH_AFTER.match(sentence, end)):
        return "each"  # "Each side freed 1,000 prisoners", "swapping 1,000 prisoners each"
    if kind == "[temperature]":
        return None  # a level of its day: "The daily high reached 40C", "daily surface
        # temperature"; never so much each day
    periodic = (_PERIODIC_NOUN_AFTER.match(sentence, end)
                or _PERIODIC_NOUN_BEFORE.search(sentence[:start])
                or (kind == "count" and _YEARLY_COUNT_BEFORE.search(sentence[:start]))
                or (kind == "currency" and (_PAY_PERIOD_BEFORE.search(sentence[:start])
                                            or _YEARLY_MONEY_BEFORE.search(sentence[:start]))))
    if periodic and periodic.group(2).lower() not in lex.ROUTINE_NOUNS:
        return periodic.group(1).lower()
    return None


_SHARE_OF_PEOPLE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:people|adults|children|voters"
    r"|households|respondents|residents|workers|women|men|teenagers|users|[A-Z][a-z]+(?:s|es))\b")


def _unit_name(measure: re.Match[str]) -> str:
    """The pint unit a _UNIT match names."""
    if measure.group(1):
        return lex.UNITS[measure.group(1).lower()]
    return lex.TEMPERATURE_LETTERS[measure.group(2)]


def _currency_code(written: str) -> str:
    key = written.strip()
    return lex.CURRENCY_SYMBOLS.get(key) or key.upper()


def _change_after(after: str) -> bool:
    words = WORD.findall(after)
    return bool(words) and words[0].lower() in lex.CHANGE_AFTER


def _multipliers(sentence: str) -> list[FoundQuantity]:
    """"more than doubled", "tripled", "halved": a ratio to an earlier figure."""
    found = []
    for match in _MULTIPLIER.finditer(sentence):
        word = match.group("word").lower()
        factor = lex.MULTIPLIERS.get(word)
        if factor is None:
            continue
        qualifier = match.group("qualifier")
        kind = lex.QUALIFIERS.get(qualifier.lower()) if qualifier else None
        quantity = make_quantity(factor, factor, kind, 0.0, "ratio", "×")
        thing = thing_after(sentence, match.end()) or thing_before(sentence[: match.start()])
        found.append(FoundQuantity(match.start(), match.end(), match.group(0), quantity,
                                   "multiplier", thing))
    return found


def _shares(sentence: str) -> list[FoundQuantity]:
    """"a third of Ukrainians" is a share, about 33%: a fraction word is a rough figure, so
    it reads as "about" unless a qualifier says otherwise ("nearly half"); so is "nine in
    ten", 90%."""
    found = []
    for match in [*_SHARE.finditer(sentence), *_parts_in_wholes(sentence)]:
        if _ORDINAL_BEFORE.search(sentence[: match.start()]):
            continue  # "the second half of"
        value = _share_value(match)
        start = match.start()
        qualifier = "approx"
        if qualified := _qualifier_before(sentence[:start]):
            qualifier, start = lex.QUALIFIERS[qualified.group(1).lower()], qualified.start(1)
        quantity = make_quantity(value, value, qualifier, 0.0, "percent", "%")
        found.append(FoundQuantity(start, match.end("share"), sentence[start:match.end("share")],
                                   quantity, "total", None))
    for match in _SHARE_CHANGE.finditer(sentence):  # "fell by about a quarter"
        value = _share_value(match)
        qualifier = "approx"
        if qualified := _qualifier_before(sentence[:match.start("share")]):
            qualifier = lex.QUALIFIERS[qualified.group(1).lower()]
        quantity = make_quantity(value, value, qualifier, 0.0, "percent", "%")
        found.append(FoundQuantity(match.start("figure"), match.end("share"),
                                   match.group("figure"), quantity, "change", None))
    return found


def _parts_in_wholes(sentence: str) -> list[re.Match[str]]:
    """"nine in ten" where the part is less than the whole ("won 3 in 2 days" is no
    share)."""
    return [match for match in _PART_IN_WHOLE.finditer(sentence)
            if 0 < _whole_number(match.group("part")) < _whole_number(match.group("whole"))]


def _whole_number(written: str) -> int:
    return int(written) if written.isdigit() else lex.NUMBER_WORDS[written.lower()]


def _share_value(match: re.Match[str]) -> float:
    """The percentage a share names: a fraction's ("a third") or a part's of its whole."""
    if "whole" in match.re.groupindex:
        return 100 * _whole_number(match.group("part")) / _whole_number(match.group("whole"))
    return lex.SHARE_FRACTIONS[" ".join(match.group("share").lower().split())]



# A label's word after a modal, "to" or a plural subject is a verb, whose number is a
# quantity: "The stadium will seat 115,000 spectators", "The park's steel tree sculptures
# number 12", not "seat 12" nor "bus number 12".
_LABELS_ALSO_VERBS = frozenset({"seat", "number"})


def _label_word_is_a_verb(words_before: list[str]) -> bool:
    return (len(words_before) > 1 and words_before[-1].lower() in _LABELS_ALSO_VERBS
            and (words_before[-2].lower() in lex.MODAL_VERBS | {"to", "they"}
                 or is_plural_noun(words_before[-2])))


def _is_fact_number(sentence: str, start: int, end: int) -> bool:
    """False for years, dates, times, ages, labels and numbers glued to words."""
    text = sentence[start:end]
    prev_char = sentence[start - 1] if start else " "
    next_char = sentence[end] if end < len(sentence) else " "
    if (prev_char.isalnum() and not _CURRENCY_BEFORE.search(sentence, 0, start)) or (
            prev_char in "-/.:+#_@©"):
        return False  # "F-16", "COVID-19", "Poland-24.com", "1/2", "+48"; not "Rp50m"
    if next_char in ":/" and sentence[end + 1 : end + 2].isdigit():
        return False  # "10:30", "3/4"
    if next_char == "-" and re.match(r"-(?:year|month|week|day)", sentence[end:], re.I):
        return False  # "36-year-old"
    words_before = WORD.findall(sentence[:start])
    words_after = WORD.findall(sentence[end:])
    previous = words_before[-1] if words_before else ""
    following = words_after[0] if words_after else ""
    if previous.rstrip(".").lower() in lex.MONTHS and previous[:1].isupper():
        return False  # "Jan. 30", "May 24, 2024"
    if following.rstrip(".").lower() in lex.MONTHS and following[:1].isupper():
        return False  # "24 May 2024"
    if previous.lower() in lex.NOT_QUANTITY_BEFORE and not _label_word_is_a_verb(words_before):
        return False
    if following.lower() in lex.NOT_QUANTITY_AFTER:
        return False
    if [w.lower() for w in words_before[-2:]] == ["age", "of"] and (
            words_before[-3:-2] or [""])[0].lower() not in ("average", "median", "mean"):
        return False  # "at the age of 29" (not "at an average age of 31.7", a statistic)
    if _is_name_label(sentence[:start], previous, sentence[end:], text):
        return False  # "Airbus 380", "Line 4", "Apollo 11"
    if following.lower() in ("years", "year") and words_after[1:2] == ["old"]:
        return False  # "36 years old"
    if previous.lower() == "at" and len(words_before) > 1 and (
        words_before[-2].lower() in lex.AGE_VERBS
        and [w.lower() for w in words_before[-3:-2]] != ["of"]
    ):
        return False  # "dies at 36", but not "put the number of dead at 202"
    if re.search(r"[A-Z][a-z]+,\s*$", sentence[:start]) and next_char == "," and len(text) <= 3:
        return False  # "Jan Kowalski, 36, said": an age in apposition
    return not _is_year(text, following)


def _is_name_label(before: str, previous: str, after: str, text: str) -> bool:
    """A short plain number right after a capitalised name is part of the name, unless what
    follows (`after`) shows it counts or measures something ("In Gdansk 300 dockworkers
    struck")."""
    next_word = WORD.search(after)
    following = next_word.group(0) if next_word else ""
    if not re.fullmatch(r"\d{1,4}(?:-\d{1,4})?", text) or not _NAME_BEFORE.search(before):
        return False
    if previous.lower() in _SENTENCE_OPENERS:
        return False
    if previous in lex.CURRENCY_CODES:
        return False  # "Hikers pay DKK 200": money, not a model's number
    word = following.rstrip(".").lower()
    # "was" and "has" read as plural nouns to the lemmatiser: "The Boeing 737-800 was ...";
    # so do "costs" and "starts" before a price ("The Pixel 9 costs $799", "The iPhone 17
    # starts at $799"; not "dance The Nutcracker 33 times"), and "carries" before a count
    # ("Tram 28 carries about 3 million riders a year")
    figure_next = bool(next_word and _verb_form(word)
                       and _FIGURE_NEXT.match(after, next_word.end()))
    if word in lex.SCALE_WORDS or (is_count_noun(word) and word not in _AUXILIARIES
                                   and not figure_next):
        return False
    # a time unit glued to the number measures a length of time ("Oudenaarde 1min 2sec")
    return not (_UNIT.match(" " + word) or _PERCENT.match(" " + word)
                or _GLUED_TIME_UNIT.match(after))


_AUXILIARIES = frozenset({*lex.TO_BE, "has", "had", "have"})


def _verb_form(word: str) -> bool:
    """Whether a word is a verb's inflected form, though it reads as a plural noun too
    ("costs", "starts", "trains")."""
    return any(lemma != word for lemma in lemmas(word).get("VERB", ()))


# What follows a verb of price or count: "costs $799", "starts at", "sells for", "carries
# about 3 million".
_FIGURE_NEXT = re.compile(
    r"\s+(?:at|from|for)\b|\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than"
    r"|up\s+to)\s+)?\D{0,3}\d", re.IGNORECASE)


# A name a model's number follows: capitalised ("Airbus 380") or a brand with a small first
# letter ("iPhone 17"); match.py reads a model's variants after it.
NAME_WORD = r"(?:[A-Z]|[a-z]{1,5}[A-Z])[\w-]*"
_NAME_BEFORE = re.compile(rf"{NAME_WORD}\s$")


def _is_year(text: str, following: str) -> bool:
    if not re.fullmatch(r"\d{4}", text) or not 1000 <= int(text) <= 2199:
        return False
    # "2000 troops" is a count; "2014 and", "in 2022." are years.
    return not (following[:1].islower() and following.lower() not in lex.THING_STOP_WORDS
                and is_count_noun(following))


def _convert(
    unit_name: str, low: float, high: float, margin: float, step: float
) -> tuple[str, str, float, float, float, float] | None:
    """A measurement in the unit its dimension is reported in (miles -> km), its rounding
    margin and the unit of its last digit with it ("about 33 million tonnes" may reach two
    million tonnes either side, not two million kilograms)."""
    registry = _unit_registry()
    unit = registry.Unit(unit_name)
    dimension = str(unit.dimensionality)
    target = registry.Unit(lex.DISPLAY_UNITS.get(dimension, unit_name))

    def to_target(value: float) -> float:
        return float(registry.Quantity(value, unit).to(target).magnitude)

    scale = to_target(1.0) - to_target(0.0)
    return (dimension, f"{target:~}", to_target(low), to_target(high), margin * abs(scale),
            step * abs(scale))


@functools.cache
def _unit_registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()
