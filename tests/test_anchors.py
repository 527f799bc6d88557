"""Dates a sentence gives its own figure, resolved against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.anchors import TimeAnchor, find_time_anchor, statement_dates
from crosscheck.scope import find_places

PUBLISHED = date(2022, 3, 5)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The number has more than doubled since Jan. 30, officials said.",
     TimeAnchor(date(2022, 1, 30), since=True)),
    ("Arrivals have tripled since early February.", TimeAnchor(date(2022, 2, 1), since=True)),
    ("Poland has taken in 700,000 refugees since the invasion began on Feb. 24.",
     TimeAnchor(date(2022, 2, 24), since=True)),
    ("In December, some 4,000 troops were in Poland.", TimeAnchor(date(2021, 12, 31))),
    ("As of March 1, 1.2 million people had fled.", TimeAnchor(date(2022, 3, 1))),
    ("On 24 February, 3,000 troops were deployed.", TimeAnchor(date(2022, 2, 24))),
    ("Inflation reached 7% last year.", TimeAnchor(date(2021, 12, 31))),
    ("The deficit was 3% of output in the previous month.", TimeAnchor(date(2022, 2, 28))),
    ("Exports fell 2% last month.", TimeAnchor(date(2022, 2, 28))),
    ("In 2021 the army had 110,000 soldiers.", TimeAnchor(date(2021, 12, 31))),
    ("Net migration for 2021 was revised up to 745,000.", TimeAnchor(date(2021, 12, 31))),
    # a past year's end, however it is written
    ("Deezer had 10.8 million subscribers at the end of 2021.", TimeAnchor(date(2021, 12, 31))),
    ("Total capacity reached 99 GW by the end of 2021.", TimeAnchor(date(2021, 12, 31))),
    ("The fleet numbered 492 aircraft at end-2021.", TimeAnchor(date(2021, 12, 31))),
    ("In March 2020, 40 cases were confirmed.", TimeAnchor(date(2020, 3, 31))),
    # a month or a past year that owns the figure, or a past year it is said of
    ("The ONS said February's inflation rate should have been 5.9%.",
     TimeAnchor(date(2022, 2, 28))),
    ("December deliveries hit a record 36,695.", TimeAnchor(date(2021, 12, 31))),
    ("2021 was 1.1C above the pre-industrial average.", TimeAnchor(date(2021, 12, 31))),
    ("2020's total was revised to 1,200.", TimeAnchor(date(2020, 12, 31))),
    ("The 2021 census found 538,300 Welsh speakers.", TimeAnchor(date(2021, 12, 31))),
    # a past year inside a since-clause starts a count that runs to publication
    ("The tour has sold 12.3 million tickets since it opened in 2019.",
     TimeAnchor(date(2019, 1, 1), since=True)),
    # a financial year or a season is its last year's; this one's is the article's own
    ("Domestic SUV sales reached 459,877 units in 2020-21.", TimeAnchor(date(2021, 12, 31))),
    ("The club's revenue rose to £610m in 1999/00.", TimeAnchor(date(2000, 12, 31))),
    # a statistic of the year (or months) to a month is as of that month's end
    ("Net migration reached 672,000 in the year to June.", TimeAnchor(date(2021, 6, 30))),
    ("Prices rose 3% in the 12 months to January 2022.", TimeAnchor(date(2022, 1, 31))),
    # Written in March about March: as of the article, not the month's end.
    ("Exports fell 4% in March.", TimeAnchor(PUBLISHED)),
    # PUBLISHED is a Saturday: "on Monday" is the Monday before it, "on Saturday" the day.
    ("The UN said on Monday that 406 civilians had been killed.",
     TimeAnchor(date(2022, 2, 28))),
    ("Some 801 were wounded, the UN said on Saturday.", TimeAnchor(PUBLISHED)),
    ("Last Saturday, 300 people were evacuated.", TimeAnchor(date(2022, 2, 26))),
    ("Prices have risen 5% since Friday.", TimeAnchor(date(2022, 3, 4), since=True)),
    # a day's own figure is that day's; a day's event dates the event, not today's toll
    ("The club put Tuesday's attendance at 77,500.", TimeAnchor(date(2022, 3, 1))),
    ("Friday's jackpot of €93 million went unclaimed.", TimeAnchor(date(2022, 3, 4))),
    # so long before publication, unless what the figure is compared with
    ("The Cebu earthquake two weeks earlier killed 79 people.", TimeAnchor(date(2022, 2, 19))),
    ("A year earlier it had been 649,000.", TimeAnchor(date(2021, 3, 5))),
    ("Three days ago, 40 people were missing.", TimeAnchor(date(2022, 3, 2))),
    # a month a figure is for; one still to come in a sentence about what is to come
    ("Payrolls for February were revised to 678,000.", TimeAnchor(date(2022, 2, 28))),
    ("OPEC+ will add another 400,000 bpd in July.", TimeAnchor(date(2022, 7, 31))),
    ("The group agreed to raise output by 432,000 bpd in May.", TimeAnchor(date(2022, 5, 31))),
    ("Output rose by 400,000 bpd in July.", TimeAnchor(date(2021, 7, 31))),  # gone by
    ("The minimum wage will rise to £12.21 in February.", TimeAnchor(date(2023, 2, 28))),
    # the day a change still to come takes effect: its first day, for a month or a year
    ("The congestion charge will rise to £18 from January 2.", TimeAnchor(date(2023, 1, 2))),
    ("From 2023, the pass will be priced at €63 a month.", TimeAnchor(date(2023, 1, 1))),
    ("Visitors will pay €32 to enter the museum from June.", TimeAnchor(date(2022, 6, 1))),
    ("The minimum wage will rise to €550 a month next year.", TimeAnchor(date(2023, 1, 1))),
    ("Next year the pass will cost €467.", TimeAnchor(date(2023, 1, 1))),
    # a calendar quarter is as of its last day: the latest that ended, or the year's named
    ("The economy grew 0.3% in the fourth quarter.", TimeAnchor(date(2021, 12, 31))),
    ("Fourth-quarter revenue rose to $9.6 billion.", TimeAnchor(date(2021, 12, 31))),
    ("Sales in Q2 2021 were $5 billion.", TimeAnchor(date(2021, 6, 30))),
    ("Revenue was $5bn in the third quarter of 2020.", TimeAnchor(date(2020, 9, 30))),
    ("Growth in the previous quarter was 7.8%.", TimeAnchor(date(2021, 9, 30))),
    ("GDP fell 0.3 percent from the previous quarter.", None),  # the latest's change
    # the months a year's first quarters add up to: as of the last of them
    ("The economy expanded 9.7% in the first three months of the year.",
     TimeAnchor(date(2021, 3, 31))),  # the latest that ended
    ("Sales rose 5% in the first half of 2021.", TimeAnchor(date(2021, 6, 30))),
    ("Exports grew 4% in the first nine months.", TimeAnchor(date(2021, 9, 30))),
    ("He scored twice in the first half.", None),  # a match's
    ("Output will rise 2% in the third quarter.", TimeAnchor(date(2022, 9, 30))),  # to come
    # a span of months is as of its last day
    ("GDP expanded 4.2 percent in July-September.", TimeAnchor(date(2021, 9, 30))),
    ("Some 18.9 million people signed up between October and December.",
     TimeAnchor(date(2021, 12, 31))),
    # a year's first day, however it is written
    ("Foula had 38 residents at the start of the year, its trust said.",
     TimeAnchor(date(2022, 1, 1))),
    ("The city had 600,000 residents at the beginning of last year.",
     TimeAnchor(date(2021, 1, 1))),  # not last year's end
    ("More than 500,000 people have been displaced since the start of the year.",
     TimeAnchor(date(2022, 1, 1), since=True)),
    ("Some 3,000 residents lived there at the turn of 2021.", TimeAnchor(date(2021, 1, 1))),
    # a crowd that attended a day's event is that day's (not a toll after a day's quake)
    ("About 30,000 people attended Friday's beach festival, organisers said.",
     TimeAnchor(date(2022, 3, 4))),
])
def test_sentences_that_date_their_figure(sentence: str, expected: TimeAnchor | None) -> None:
    assert find_time_anchor(sentence, PUBLISHED) == expected


@pytest.mark.parametrize("sentence", [
    "Some 5,500 US soldiers are deployed in Poland.",
    "In May 2,000 more troops may arrive.",  # "May 2,000" is no date; May 2021 is the anchor
    "The plan must be finished by the end of June.",  # a deadline, not an as-of date
    "Talks are due on March 20.",  # after publication: a forecast
    "It aims for 20 million subscribers by the end of 2024.",  # a target, not a past year
    "By then 2022 had seen 40 storms.",  # the article's own year: no earlier date
    "Attendance reached 373,691, beating the record set in 1937.",  # the record's year
    "Exports were 4% higher than in 2019.",
    "Customs brought in $195 billion, up from $77 billion a year earlier.",
    "Sky will pay £6.7 billion for the rights from 2025 to 2029.",  # a span, not a start
    "EDF puts the cost at up to £35 billion in 2015 money.",  # the money's year
    "Prices rose from January as energy costs climbed.",  # past: no change to come
    "The ministry's forecast for next year is 4.2 million tourists.",  # nothing to come
    "Lloyds will close 136 branches over the next year.",  # the twelve months ahead
    "Apple's fiscal fourth-quarter revenue was $94.9 billion.",  # the company's own quarter
    # a span that runs up to publication: as of the article
    "Over 100,000 people have caught cholera in the past year, the WHO said.",
    "Japan spent 9.8 trillion yen to prop up its currency in the past month.",
    # a financial year that ends in the article's year is no past year: as of the article
    "Domestic SUV sales rose to about 551,000 units in 2021-22.",
    # a month's short form may be a word of a name, and "May" a verb
    "The death toll from the fires around Vina del Mar rose to 122.",
    "May see 5,000 more jobs go.",
    "Prices should ease at the start of next year.",  # to come, and not this year
    "The death toll from Thursday's quake rose to 10.",  # the toll now, not the quake's day
])
def test_no_date_or_no_false_day(sentence: str) -> None:
    anchor = find_time_anchor(sentence, PUBLISHED)
    assert anchor is None or (anchor.when.month, anchor.when.day) == (5, 31)


def test_since_dates_a_change_not_the_figure() -> None:
    as_of, since = statement_dates("Troop numbers have doubled since Jan. 30.", PUBLISHED)
    assert (as_of, since) == (PUBLISHED, date(2022, 1, 30))
    assert statement_dates("In December 4,000 were there.", None) == (None, None)


def test_a_clause_bringing_in_another_figure_dates_that_figure_only() -> None:
    from crosscheck.anchors import figure_dates

    sentence = "The club will shed as many as 200 staff after 250 went last year."
    first_end, second_start = sentence.index(" staff"), sentence.index("250")
    assert figure_dates(sentence, PUBLISHED, first_end, second_start) == (PUBLISHED, None)
    assert figure_dates(sentence, PUBLISHED, second_start + 3, None) == (
        date(2021, 12, 31), None)
    compared = "Revenue rose to $10bn, up from $8bn last year."
    assert figure_dates(compared, PUBLISHED, compared.index(","), compared.index("$8")) == (
        PUBLISHED, None)
    audience = "About 19.7 million people watched, up 1% on last year."
    assert figure_dates(audience, PUBLISHED, audience.index(" people"),
                        audience.index("1%")) == (PUBLISHED, None)
    assert statement_dates(audience, PUBLISHED) == (PUBLISHED, None)  # compared with
    slowed = "Growth slowed to 2.3% in February from 2.8% last year."  # a change's start
    assert figure_dates(slowed, PUBLISHED, slowed.index(" in"), slowed.index("2.8")) == (
        date(2022, 2, 28), None)
    scheduled = "Drivers will pay £18 a day from 2 January 2023, up from £15."  # a date,
    assert figure_dates(scheduled, PUBLISHED, scheduled.index(" a day"),  # not a figure
                        scheduled.index("£15")) == (date(2023, 1, 2), None)
    doubled = "The price tag has risen to £38bn, nearly double the £20bn estimated in 2020."
    assert figure_dates(doubled, PUBLISHED, doubled.index(","), doubled.index("£20")) == (
        PUBLISHED, None)
    assert figure_dates(doubled, PUBLISHED, doubled.index(" estimated"), None) == (
        date(2020, 12, 31), None)
    assert statement_dates("The death toll from Friday's quake rose to 10.", PUBLISHED) == (
        PUBLISHED, None)  # the quake's day, not the toll's
    beaten = "Betting reached $234.4m, beating last year's $210.7m."  # the record beaten
    assert figure_dates(beaten, PUBLISHED, beaten.index(","), beaten.index("$210")) == (
        PUBLISHED, None)
    assert figure_dates(beaten, PUBLISHED, len(beaten) - 1, None) == (date(2021, 12, 31), None)
    owned = "In 2021 the army had 110,000 soldiers and 300 tanks."  # one clause, one date
    assert figure_dates(owned, PUBLISHED, owned.index(" soldiers"), owned.index("300")) == (
        date(2021, 12, 31), None)


def test_places_named_only_to_compare_are_not_the_scope() -> None:
    assert find_places("Hungarian inflation is 25.7%, the highest in the European Union.") == {
        "Hungary"}
    assert find_places("Wages in Poland rose faster than in Germany.") == {"Poland"}
    assert find_places("Poland and Romania host 10,000 troops.") == {"Poland", "Romania"}
    assert find_places("At least 156 people died in the German floods.") == {"Germany"}


def test_more_than_a_number_is_a_qualifier_not_a_comparison() -> None:
    assert find_places("More than 650 people have died in Pakistan since June.") == {
        "Pakistan"}
    assert find_places("Fewer than two million voted in Chile.") == {"Chile"}
    assert find_places("Exports grew more than in France.") == set()
    # a decimal point does not end the compared clause
    assert find_places("It fell to 3%, lower than 2.5% in France.") == set()
