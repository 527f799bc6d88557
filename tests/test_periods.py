"""The span a figure covers, where its sentence says: a quarter's revenue is not a year's."""

from __future__ import annotations

import pytest

from crosscheck.periods import (
    HALF,
    MONTH,
    NINE_MONTHS,
    QUARTER,
    YEAR,
    counts_standing,
    figure_span,
)


@pytest.mark.parametrize(("sentence", "figure", "span"), [
    ("Mondelez's net revenues rose 1.8% to $36.4 billion in 2024.", "$36.4", YEAR),
    ("The Oreo and Cadbury maker reported net revenue of about $36.4bn last year.", "$36.4",
     YEAR),
    ("Richemont's sales rose 4% to €21.4 billion in the year to March.", "€21.4", YEAR),
    ("India's biggest carmaker sold over 2.23 million vehicles in 2024-25.", "2.23", YEAR),
    ("Fourth-quarter net revenues were $9.6 billion.", "$9.6", QUARTER),
    ("Nvidia's revenue rose to $30bn in the three months to July.", "$30bn", QUARTER),
    ("The company made $7.61bn in the last three months of the year.", "$7.61bn", QUARTER),
    ("Airbus delivered 306 jets in the first half.", "306", HALF),
    ("Sales reached €62bn in the first nine months.", "€62bn", NINE_MONTHS),
    # a month that owns a count: its deliveries are not the year's
    ("December deliveries hit a record 36,695.", "36,695", MONTH),
    ("October's sales rose to 12,300 cars.", "12,300", MONTH),
    # ... but not a month that ends a span, nor inflation read in a month (the year's rate)
    ("The carmaker handed over about 463,000 cars between July and September.", "463,000",
     None),
    ("Home prices climbed 16.3 percent in the January-March period.", "16.3", None),
    ("The ONS said April's inflation rate should have been 3.4%.", "3.4", None),
    ("Consumer prices rose 3.5% in the year to April.", "3.5", YEAR),
    ("It had 10,000 troops in December last year.", "10,000", YEAR),
    ("Deliveries rose to 5,000 in December.", "5,000", None),
    # the shortest span in the figure's clause: "the fourth quarter of 2024" is a quarter
    ("Revenue rose to $9.6bn in the fourth quarter of 2024.", "$9.6bn", QUARTER),
    ("Revenue rose to $9.6bn in the fourth quarter compared with the same quarter last year.",
     "$9.6bn", QUARTER),
    # each figure its own clause's
    ("Tesla delivered 497,099 vehicles in the third quarter, bringing its total for the year"
     " to 1.29 million.", "497,099", QUARTER),
    ("Tesla delivered 497,099 vehicles in the third quarter, bringing its total for the year"
     " to 1.29 million.", "1.29", YEAR),
    # a level at a span's end, or a span compared with, covers none; nor does a fraction
    ("Netflix had 301.6 million subscribers at the end of the fourth quarter.", "301.6", None),
    ("Revenue rose 10% from last year to $36bn.", "$36bn", None),
    ("Sales fell by a quarter to 200,000.", "200,000", None),
    ("The Fed made a quarter-point cut to 4.25%.", "4.25", None),
    ("GDP grew 0.3% quarter-on-quarter.", "0.3", None),
    ("Revenue rose 2.7% to $59.8 billion.", "$59.8", None),
])
def test_a_figure_covers_the_span_its_clause_says(sentence: str, figure: str,
                                                  span: str | None) -> None:
    assert figure_span(sentence, sentence.index(figure)) == span


@pytest.mark.parametrize(("thing", "sentence", "figure", "standing"), [
    # a service's subscribers, and its users or customers said to be active or paying, stand
    # where they stood when the span closed
    ("customers", "The Berlin-based meal-kit company counted about 7.1 million active "
     "customers in the fourth quarter, analysts estimated.", "7.1", True),
    ("users", "Pinterest's monthly active users rose to a record 553 million in the fourth "
     "quarter.", "553", True),
    ("subscribers", "Spotify had 263 million subscribers in the third quarter.", "263", True),
    # ... not those a span brought in, nor customers served, nor another thing
    ("members", "The company signed up 13.1 million new members in the last three months of "
     "the year.", "13.1", False),
    ("customers", "Uber served 150 million customers in the fourth quarter.", "150", False),
    ("subscribers", "Spotify added a net 11 million subscribers in the fourth quarter.", "11",
     False),
    ("cars", "Tesla delivered 495,570 active cars in the fourth quarter.", "495,570", False),
])
def test_a_standing_count_covers_no_span(thing: str, sentence: str, figure: str,
                                         standing: bool) -> None:
    assert counts_standing(thing, sentence, sentence.index(figure)) is standing
