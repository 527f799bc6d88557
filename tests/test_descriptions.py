"""A statement that names no one takes the name the corpus gives its figure
(descriptions.resolve_descriptions), and what the matcher does with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from crosscheck.descriptions import resolve_descriptions, with_corpus_names
from crosscheck.match import (
    described_restatement,
    described_restatement_bonuses,
    gate_failure,
    names_no_one,
    one_named_count,
    resolved_restatement,
)
from crosscheck.settings import (
    DESCRIBED_BUSINESS_BONUS,
    RESOLVED_DESCRIPTION_BONUS,
    YEAR_ON_YEAR_BONUS,
)
from crosscheck.subjects import (
    INDUSTRY,
    NAMED_ELSEWHERE,
    ONE_OF,
    marks,
    names_someone,
    proper_names,
)
from crosscheck.things import visits_a_described_sight

from .test_match_compare import statement

NAMED = ("SAS carried 25.2 million passengers in 2024.", date(2025, 1, 9), "A")
DESCRIBED = ("The Stockholm-based airline flew some 25.2m travellers last year.",
             date(2025, 1, 10), "B")
BEFORE = ("SAS carried 24.1 million passengers in 2023.", date(2024, 1, 11), "C")
RENAULT = ("Renault Group sold 2,264,815 vehicles worldwide in 2024.", date(2025, 1, 16), "A")
FRENCH_CARMAKER = ("The French carmaker delivered about 2.26m vehicles globally last year.",
                   date(2025, 1, 17), "B")


def test_a_description_takes_the_name_whose_figure_it_gives() -> None:
    named, described, before = (statement(*row) for row in (NAMED, DESCRIBED, BEFORE))
    assert not names_someone(described.subjects)
    resolved = resolve_descriptions([named, described, before])
    assert proper_names(resolved[1].subjects) == {"SAS"}
    assert NAMED_ELSEWHERE in resolved[1].subjects
    assert resolved[1].subjects >= described.subjects  # the description is kept
    assert resolved[0] is named and resolved[2] is before  # named statements stay as read
    assert [s.subjects for s in with_corpus_names([named, described, before])] == [
        s.subjects for s in resolved]
    # Named now, it is still a description: its restatement earns the described bonuses,
    # within a year's drift, not the named count's, which asks nothing of the figures.
    assert resolved_restatement(resolved[1], before)
    assert not one_named_count(resolved[1], before) and one_named_count(named, before)


def test_a_description_takes_a_name_whose_figure_is_dated_a_few_days_apart() -> None:
    """Wire copy runs over a few days, each paper dating a present-tense figure by its own
    issue: a named figure within descriptions.RESOLVE_DAYS names the description; one a
    month apart does not."""
    from crosscheck.descriptions import RESOLVE_DAYS

    named = statement("Wolt operates in 27 countries.", date(2024, 6, 10), "A")
    described = statement("The Finnish delivery app operates in some 27 countries.",
                          date(2024, 6, 10 + RESOLVE_DAYS), "B")
    later = statement("The Finnish delivery app operates in some 27 countries.",
                      date(2024, 7, 12), "C")
    resolved = resolve_descriptions([named, described, later])
    assert proper_names(resolved[1].subjects) == {"Wolt"}
    assert resolved[2] is later


def test_a_description_takes_no_name_from_its_own_story() -> None:
    """A story that names one fjord and describes another gives two fjords, whatever their
    figures: "The Norwegian fjord on the UNESCO list winds some nine miles" beside "The
    Nærøyfjord runs about 17 km" in one story is not the Nærøyfjord's length. Another
    source's story of that day still names it."""
    named = statement("The Nærøyfjord runs about 17 km.", date(2025, 7, 22), "A")
    described = statement("The Norwegian fjord on the UNESCO list winds some nine miles.",
                          date(2025, 7, 22), "A")
    elsewhere = replace(described, article=replace(described.article, source="B"))
    resolved = resolve_descriptions([named, described, elsewhere])
    assert resolved[1] is described and not names_someone(described.subjects)
    assert proper_names(resolved[2].subjects) == {"Nærøyfjord"}


def test_one_of_a_kind_takes_the_name_as_a_description_does() -> None:
    """Nothing but the corpus names "Tokyo's busiest airport": Haneda's figure of the same
    day does, and the name, marked as the corpus's, then earns the named description's bonus
    against Haneda's figure of the year before. A statement naming no one at all
    is left unnamed: its figure is more often its place's or a toll's."""
    unnamed = statement("Tokyo's busiest airport served roughly 86m travellers last year.",
                        date(2025, 1, 28), "A")
    named = statement("Haneda handled 86 million passengers in 2024.", date(2025, 1, 27), "B")
    before = statement("Haneda handled 78.7 million passengers in 2023.", date(2024, 1, 26),
                       "C")
    assert not names_someone(unnamed.subjects) and marks(unnamed.subjects, ONE_OF)
    resolved = resolve_descriptions([unnamed, named, before])[0]
    assert proper_names(resolved.subjects) == {"Haneda"} and NAMED_ELSEWHERE in resolved.subjects
    # unnamed, it restates Haneda's figure as any statement naming no one may; named, more
    assert described_restatement(unnamed, before) and not resolved_restatement(unnamed, before)
    assert resolved_restatement(resolved, before) and not one_named_count(resolved, before)
    britain = statement("Britain recorded 54,674 new coronavirus infections on Saturday.",
                        date(2021, 7, 17), "D")
    cases = statement("The UK reported 54,674 new Covid-19 cases on Saturday.",
                      date(2021, 7, 17), "E")
    assert not names_someone(britain.subjects) and names_someone(cases.subjects)
    assert resolve_descriptions([britain, cases])[0] == britain


def test_people_who_visited_a_sight_it_describes_take_its_name() -> None:
    """A sentence naming no one, but counting people who went up a sight it describes, is a
    description of that sight, as "The Brühl theme park" is: the Atomium's figure of the same
    day names it, and it then restates the Atomium's figure of the year before. One who
    went to a place names that place, not a sight."""
    described = statement("Some 610,000 people went up Brussels' giant steel molecule last "
                          "year.", date(2025, 1, 22), "A")
    named = statement("The Atomium welcomed 610,000 visitors in 2024.", date(2025, 1, 21), "B")
    before = statement("The Atomium had 560,000 visitors in 2023.", date(2024, 1, 23), "C")
    assert not described.subjects and described.thing == "visitors"
    resolved = resolve_descriptions([described, named, before])[0]
    assert proper_names(resolved.subjects) == {"Atomium"}
    assert resolved_restatement(resolved, before)
    country = statement("Some 610,000 people went to Belgium last year.", date(2025, 1, 22),
                        "D")
    assert resolve_descriptions([country, named])[0] == country
    # ... as is one counting people who went to see what a sight holds
    jewels = statement("Around 2.8 million people queued to see the Crown Jewels last year.",
                       date(2025, 2, 5), "I")
    tower = statement("The Tower of London welcomed 2.8 million visitors in 2024.",
                      date(2025, 2, 4), "J")
    assert proper_names(resolve_descriptions([jewels, tower])[0].subjects) == {"Tower of London"}
    # ... and one describing a sight whose crowd it counts as people: the sight's visitors
    orsay = statement("The Impressionist museum on the Seine drew roughly 3.9m people last "
                      "year.", date(2024, 1, 10), "K")
    musee = statement("The Musée d'Orsay welcomed 3.9 million visitors in 2023.",
                      date(2024, 1, 9), "L")
    assert proper_names(resolve_descriptions([orsay, musee])[0].subjects) == {"Musée d'Orsay"}
    # ... and so is one opening on its kind and where it is, not on a place's kind
    reserve = statement("Kenya's most famous wildlife reserve drew about 284,000 tourists in "
                        "2023.", date(2024, 2, 1), "E")
    mara = statement("Visitors to the Maasai Mara rose to 284,000 in 2023.", date(2024, 2, 2),
                     "F")
    assert names_no_one(reserve.subjects)
    assert proper_names(resolve_descriptions([reserve, mara])[0].subjects) == {"Maasai Mara"}
    island = statement("The Indian Ocean island drew 1.3 million visitors in 2023.",
                       date(2024, 2, 1), "G")
    museum = statement("The Blue Penny Museum drew 1.3 million visitors in 2023.",
                       date(2024, 2, 2), "H")
    assert resolve_descriptions([island, museum])[0] == island


@pytest.mark.parametrize(("sentence", "describes"), [
    ("Some 610,000 people went up Brussels' giant steel molecule last year.", True),
    ("About 3.1 million guests visited Scandinavia's largest amusement park last year.", True),
    ("Some 460,000 people climbed to kiss the famous stone near Cork last year.", True),
    ("Around 2.4m guests passed through the gates of the Berkshire resort last year.", True),
    ("About 1.4 million people wandered through the world's oldest open-air museum.", True),
    ("Some 900,000 people explored the cliffside monastery last year.", True),
    ("Some 80,000 people set foot on the remote island last year.", True),
    ("Some 2 million people went to Spain last year.", False),  # a place, named
    ("The Atomium welcomed 610,000 visitors in 2024.", False),  # a sight, named
])
def test_whose_visitors_a_sentence_describes_a_sight_by(sentence: str, describes: bool) -> None:
    assert visits_a_described_sight(sentence) is describes


def test_a_bound_or_every_business_of_a_kind_takes_no_name() -> None:
    """"More than" a figure agrees with too many figures to say whose it is, and carmakers
    together are no one carmaker."""
    renault = statement(*RENAULT)
    floor = statement("The French carmaker delivered more than 2.2m vehicles globally last "
                      "year.", date(2025, 1, 17), "B")
    industry = statement("Carmakers sold 2.26 million vehicles across France last year.",
                         date(2025, 1, 17), "C")
    assert floor.quantity.is_floor and marks(industry.subjects, INDUSTRY)
    resolved = resolve_descriptions([renault, floor, industry])
    assert resolved[1:] == [floor, industry]
    named_floor = statement("Renault Group sold more than 2.2 million vehicles in 2024.",
                            date(2025, 1, 16), "D")
    described = statement(*FRENCH_CARMAKER)
    assert resolve_descriptions([named_floor, described])[1] == described


def test_two_names_giving_the_figure_leave_the_description_unresolved() -> None:
    rival = statement("Finnair carried 25.2 million passengers in 2024.", date(2025, 1, 8), "D")
    named, described = statement(*NAMED), statement(*DESCRIBED)
    assert resolve_descriptions([named, described, rival])[1].subjects == described.subjects


def test_only_an_agreeing_figure_of_one_unit_and_day_in_another_sentence_names_it() -> None:
    described = statement(*DESCRIBED)
    others = [
        statement(*BEFORE),  # another day
        statement("SAS carried 31.0 million passengers in 2024.", date(2025, 1, 9), "E"),
        statement("SAS's revenue came to 25.2 billion kronor in 2024.", date(2025, 1, 9), "F"),
    ]
    for other in others:
        assert resolve_descriptions([other, described])[1].subjects == described.subjects
    # The same sentence printed in two papers names no one in either.
    copy = statement(DESCRIBED[0], DESCRIBED[1], "G")
    assert resolve_descriptions([copy, described])[1].subjects == described.subjects


def test_a_named_description_is_held_from_other_businesses_and_earns_more() -> None:
    """The corpus naming "The French carmaker" Renault Group keeps it from Kia's figure of
    the same year, which was close enough to pair as a false conflict, and makes its
    restatement of Renault's figure of the year before a resolved_restatement, which earns
    RESOLVED_DESCRIPTION_BONUS over DESCRIBED_BUSINESS_BONUS."""
    renault, described = statement(*RENAULT), statement(*FRENCH_CARMAKER)
    before = statement("Renault Group's global sales reached 2.24 million vehicles in 2023.",
                       date(2024, 1, 18), "C")
    kia = statement("Kia sold a record 3,089,300 vehicles worldwide in 2024.",
                    date(2025, 1, 2), "D")
    assert gate_failure(described, kia) is None  # a description may be any carmaker
    assert described_restatement(described, before)
    assert not resolved_restatement(described, before)
    statements = resolve_descriptions([renault, described, before, kia])
    named = statements[1]
    assert gate_failure(named, kia) is not None
    assert described_restatement(named, before) and resolved_restatement(named, before)
    assert not resolved_restatement(renault, before)  # two names: no description
    bonuses = described_restatement_bonuses(statements, np.array([1, 1, 0]),
                                            np.array([2, 3, 2]))
    assert bonuses.tolist() == [DESCRIBED_BUSINESS_BONUS + RESOLVED_DESCRIPTION_BONUS, 0.0, 0.0]


def test_the_report_gives_the_resolved_bonus_as_the_decision_does(fake_embedder) -> None:
    """The blocked pairing accepts a named description's restatement where the threshold
    asks more than DESCRIBED_BUSINESS_BONUS alone and less than both bonuses together, as
    is_same_fact does; not the description left unnamed, nor another airline's figure too
    far from it. The restatement gives its yearly figure a year after the other, so it
    earns YEAR_ON_YEAR_BONUS too, named or not: the threshold asks that as well."""
    from .conftest import pairs_within_a_bonus

    named, described, before = (statement(*row) for row in (NAMED, DESCRIBED, BEFORE))
    far = statement("Ryanair carried 183.7 million passengers in 2023.", date(2024, 1, 12), "D")
    # pairs_within_a_bonus asks half the bonus it is given: here the midpoint of the two.
    asked = 2 * (DESCRIBED_BUSINESS_BONUS + YEAR_ON_YEAR_BONUS) + RESOLVED_DESCRIPTION_BONUS
    resolved = resolve_descriptions([described, before, far, named])[:3]
    pairs = pairs_within_a_bonus(resolved, asked, fake_embedder)
    assert (0, 1) in pairs and (0, 2) not in pairs
    assert (0, 1) not in pairs_within_a_bonus([described, before, far], asked, fake_embedder)


def test_a_named_description_leaves_its_home_town_out_of_its_scope() -> None:
    """Once named, "The Alicante-based lender" is Banco Sabadell, whose profit is no
    figure of Alicante's; a home country stays its scope ("The Danish jewellery maker's
    sales" are not its sales in the US)."""
    named = statement("Banco Sabadell's net profit jumped 38% to a record €1.83 billion in "
                      "2024.", date(2025, 1, 30), "A", 1)
    town = statement("The Alicante-based lender earned about €1.8bn last year.",
                     date(2025, 1, 31), "B")
    assert town.places == {"Alicante"}
    assert resolve_descriptions([named, town])[1].places == frozenset()
    country = statement("The Danish jewellery maker booked sales of about DKK 31.7bn last "
                        "year.", date(2025, 2, 6), "C")
    pandora = statement("Pandora's revenue reached DKK 31.7 billion in 2024.",
                        date(2025, 2, 5), "D")
    resolved = resolve_descriptions([pandora, country])[1]
    assert NAMED_ELSEWHERE in resolved.subjects and resolved.places == country.places != set()
