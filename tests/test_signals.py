"""The pair score's signals: the lexical one, the date gap, the embedded floor."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck._lexicon import THING_STOP_WORDS
from crosscheck.signals import _TOKEN_PATTERN, PairSignals, lexical_vectors

FRAMES = [
    "Some [NUM] US soldiers are deployed in Poland",
    "The US contingent in Poland now tops [NUM]",
    "Poland has taken in [NUM] refugees from Ukraine",
    "the of and",  # nothing but stop words
    "",
]


def test_tf_idf_cosines_are_scikit_learns() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    ours = lexical_vectors(FRAMES)
    theirs = TfidfVectorizer(token_pattern=_TOKEN_PATTERN.pattern,
                             stop_words=sorted(THING_STOP_WORDS),
                             sublinear_tf=True).fit_transform(FRAMES)
    assert np.allclose((ours @ ours.T).toarray(), (theirs @ theirs.T).toarray())


def test_frames_without_words_have_empty_rows() -> None:
    assert lexical_vectors(["", "the"]).nnz == 0
    assert lexical_vectors([]).shape[0] == 0


def test_the_embedded_floor_is_the_least_that_can_still_reach_the_threshold() -> None:
    import math

    from crosscheck.settings import PAIR_WEIGHTS

    floor = PAIR_WEIGHTS.embedded_floor(0.6)
    best_case = PAIR_WEIGHTS.probability_of(np.array([floor]), np.array([1.0]), np.array([1.0]),
                                            np.array([0.0]))
    assert math.isclose(float(best_case[0]), 0.6)
    assert PAIR_WEIGHTS.embedded_floor(0.0) == -math.inf  # every pair reaches 0
    assert PAIR_WEIGHTS.embedded_floor(1.0) == math.inf


def test_the_date_gap_runs_from_the_same_day_to_a_year_apart() -> None:
    from datetime import date

    from crosscheck.signals import statement_days

    days = statement_days([date(2023, 2, 6), date(2023, 2, 6), date(2023, 8, 7),
                           date(2025, 1, 1), None])
    signals_gap = PairSignals(np.zeros((5, 1)), np.zeros((5, 1)), lexical_vectors([""] * 5),
                              np.zeros(5, dtype=np.int64), days, np.zeros((5, 1)))
    gap = signals_gap.date_gap_pairs(np.array([0, 0, 0, 0]), np.array([1, 2, 3, 4]))
    assert gap.tolist() == pytest.approx([0.0, 182 / 365, 1.0, 0.0])  # undated: no gap


def test_a_years_gap_lowers_the_pair_score() -> None:
    from crosscheck.settings import PAIR_WEIGHTS

    same_day, year_apart = PAIR_WEIGHTS.probability_of(
        np.array([5.0, 5.0]), np.array([0.5, 0.5]), np.array([1.0, 1.0]), np.array([0.0, 1.0]))
    assert year_apart < same_day


def test_a_statements_context_is_its_headline_and_its_sentence(fake_embedder) -> None:
    """The context vector sums a statement's headline and sentence vectors (normalised);
    without a headline it is the sentence's vector."""
    from crosscheck import Article, extract_statements
    from crosscheck.vectors import statement_vectors

    headline = "Crowds greet the solstice at Stonehenge"
    titled = Article(id="a", path="a.md", text="About 14,000 people gathered at Stonehenge.",
                     title=headline)
    untitled = Article(id="b", path="b.md", text="Some 14,000 revellers attended.")
    statements = [*extract_statements(titled), *extract_statements(untitled)]
    vectors = statement_vectors(statements, fake_embedder)
    summed = fake_embedder.encode([headline])[0] + vectors.sentences[0]
    assert np.allclose(vectors.contexts[0], summed / np.linalg.norm(summed))
    assert np.allclose(vectors.contexts[1], vectors.sentences[1])
    signals = PairSignals(vectors.frames, vectors.sentences, lexical_vectors(["", ""]),
                          np.zeros(2, dtype=np.int64), np.zeros(2), vectors.contexts)
    assert signals.context_pairs(np.array([0]), np.array([1])) == pytest.approx(
        [float(vectors.contexts[0] @ vectors.contexts[1])])
    assert signals.contexts_against(signals)[0, 1] == pytest.approx(
        float(vectors.contexts[0] @ vectors.contexts[1]))
