"""The pair score's lexical signal."""

from __future__ import annotations

import numpy as np

from crosscheck._lexicon import THING_STOP_WORDS
from crosscheck.signals import _TOKEN_PATTERN, lexical_vectors

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
    best_case = PAIR_WEIGHTS.probability_of(np.array([floor]), np.array([1.0]), np.array([1.0]))
    assert math.isclose(float(best_case[0]), 0.6)
    assert PAIR_WEIGHTS.embedded_floor(0.0) == -math.inf  # every pair reaches 0
    assert PAIR_WEIGHTS.embedded_floor(1.0) == math.inf
