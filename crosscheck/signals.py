"""What the matcher weighs for a pair of statements: three similarities, a shared measure
and how far apart in time their figures are, one score.

Claim matchers that do well in public evaluations (CheckThat! "previously fact-checked
claims") combine a bi-encoder with lexical overlap and re-rank on both. Here each statement
carries:

- its frame's embedding (its sentence's tokens outside the number and the attribution, see
  vectors.py): what is said about the number;
- its whole sentence's embedding: the context the frame loses;
- a TF-IDF vector of its frame's words, fitted on the statements at hand: the rare words two
  statements share ("contingent", "Rzeszow") that an embedding can wash out;
- the measure it names, if any ("killed", "displaced", "inflation");
- the day its figure is as of.

A logistic regression over the three cosines, whether both statements name the same
measure, and their date gap, fitted on fixtures/pairs/dev.txt and gated.txt, gives the
probability that two gated statements are the same fact: "evacuated 15,000" and "15,000 had
to leave their homes" read apart but both displace people; "at least 2,992 people have died"
in February 2023 and "some 1,700 people have died" in October 2022 read alike but are two
disasters' tolls. Places, subjects and the counted thing are gates (match.py), not
features: as features they fitted dev and lost precision on the held-back splits.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import sparse

# Words of two letters or more, no digits: the frame's number is masked anyway.
_TOKEN_PATTERN = re.compile(r"(?u)\b[^\W\d_][^\W\d_]+\b")


@dataclass(frozen=True)
class PairWeights:
    """Logistic-regression weights of the three similarities, the shared measure and the
    date gap (see `crosscheck eval matching`, which refits them and prints them)."""

    frame: float
    sentence: float
    lexical: float
    measure: float
    date_gap: float
    bias: float

    def probability(self, frame: np.ndarray, sentence: np.ndarray, lexical: np.ndarray,
                    measure: np.ndarray, date_gap: np.ndarray) -> np.ndarray:
        return self.probability_of(self.frame * frame + self.sentence * sentence, lexical,
                                   measure, date_gap)

    def embedded_floor(self, threshold: float) -> float:
        """The least embeddings' part a pair can have and still reach the threshold, whatever
        its TF-IDF cosine (at most 1), shared measure and date gap (0 to 1): below it,
        nothing else is worth computing."""
        if threshold <= 0.0 or threshold >= 1.0:  # every pair reaches 0; none reaches 1
            return -math.inf if threshold <= 0.0 else math.inf
        logit = math.log(threshold / (1.0 - threshold))
        return (logit - self.bias - max(self.lexical, 0.0) - max(self.measure, 0.0)
                - max(self.date_gap, 0.0))

    def probability_of(self, embedded: np.ndarray, lexical: np.ndarray, measure: np.ndarray,
                       date_gap: np.ndarray) -> np.ndarray:
        """From the embeddings' weighted part (see PairSignals.weighted_embeddings)."""
        return 1.0 / (1.0 + np.exp(-(embedded + self.lexical * lexical + self.measure * measure
                                     + self.date_gap * date_gap + self.bias)))


@dataclass(frozen=True)
class PairSignals:
    """Per statement, in statement order: unit frame and sentence vectors, L2-normalised
    TF-IDF rows (sparse), a code for the measure it names (see measure_codes), the day
    it is news of (Statement.news_day; see statement_days) and a unit context vector (its
    headline's and sentence's: vectors.context_vectors), which is no part of the score:
    it only weighs agreeing figures (match.alike_contexts)."""

    frames: np.ndarray
    sentences: np.ndarray
    lexical: sparse.csr_matrix
    measures: np.ndarray
    days: np.ndarray
    contexts: np.ndarray

    def similarities_against(self, other: PairSignals
                             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                                        np.ndarray]:
        """Frame, sentence and lexical cosines of every (self, other) statement pair,
        whether the two name the same measure (1.0 or 0.0), and their date gap."""
        frame = self.frames @ other.frames.T
        sentence = self.sentences @ other.sentences.T
        lexical = np.asarray((self.lexical @ other.lexical.T).todense())
        return (frame, sentence, lexical,
                _same_measure(self.measures[:, None], other.measures[None, :]),
                _date_gap(self.days[:, None], other.days[None, :]))

    def scores_against(self, other: PairSignals, weights: PairWeights) -> np.ndarray:
        """The same-fact probability of every (self, other) statement pair."""
        return weights.probability(*self.similarities_against(other))

    def weighted_embeddings(self, weights: PairWeights, rows: np.ndarray) -> np.ndarray:
        """Frame and sentence vectors side by side, scaled by the square roots of their
        weights: the inner product of two such rows is the embeddings' part of the pair
        score, so a nearest-neighbour index searches by the score itself."""
        if weights.frame < 0 or weights.sentence < 0:
            raise ValueError("nearest-neighbour search needs non-negative embedding weights")
        width = self.frames.shape[1]
        weighted = np.empty((len(rows), width + self.sentences.shape[1]), np.float32)
        for part, vectors, weight in ((weighted[:, :width], self.frames, weights.frame),
                                      (weighted[:, width:], self.sentences, weights.sentence)):
            np.take(vectors, rows, axis=0, out=part)  # one gather, then scaled in place
            part *= np.float32(np.sqrt(weight))
        return weighted

    def lexical_pairs(self, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """The TF-IDF cosine of each (firsts[k], seconds[k]) pair (sparse rows, so cheap)."""
        return np.asarray(self.lexical[firsts].multiply(self.lexical[seconds]).sum(axis=1)
                          ).ravel()

    def measure_pairs(self, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """Whether each (firsts[k], seconds[k]) pair names the same measure (1.0 or 0.0)."""
        return _same_measure(self.measures[firsts], self.measures[seconds])

    def date_gap_pairs(self, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """The date gap of each (firsts[k], seconds[k]) pair."""
        return _date_gap(self.days[firsts], self.days[seconds])

    def contexts_against(self, other: PairSignals) -> np.ndarray:
        """The context cosine of every (self, other) statement pair."""
        return self.contexts @ other.contexts.T

    def context_pairs(self, firsts: np.ndarray, seconds: np.ndarray) -> np.ndarray:
        """The context cosine of each (firsts[k], seconds[k]) pair, a block of rows at a time
        (a million pairs of gathered rows would be gigabytes)."""
        cosines = np.empty(len(firsts), dtype=np.float32)
        for start in range(0, len(firsts), PAIR_BLOCK):
            block = slice(start, start + PAIR_BLOCK)
            cosines[block] = np.einsum("ij,ij->i", self.contexts[firsts[block]],
                                       self.contexts[seconds[block]])
        return cosines

    def select(self, indices: Sequence[int] | np.ndarray) -> PairSignals:
        chosen = np.asarray(indices, dtype=int)
        return PairSignals(self.frames[chosen], self.sentences[chosen], self.lexical[chosen],
                           self.measures[chosen], self.days[chosen], self.contexts[chosen])


# Pairs whose vectors context_pairs gathers at once: two blocks of 8,192 rows of 384 floats
# are 25 MB; 65,536 rows added 70 MB to the peak of a 1,000-article report.
PAIR_BLOCK = 8192


# The code of a statement that names no measure: two such share nothing.
NO_MEASURE = -1


def measure_codes(measures: Sequence[str | None]) -> np.ndarray:
    """One integer per distinct measure, NO_MEASURE for none."""
    codes: dict[str, int] = {}
    return np.array([NO_MEASURE if m is None else codes.setdefault(m, len(codes))
                     for m in measures], dtype=np.int64)


def _same_measure(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return ((first == second) & (first != NO_MEASURE)).astype(np.float64)


# Two figures this many days apart or more have the largest date gap (1.0): a toll a year
# after the disaster is rarely the same count, and a statement about another disaster often
# reads just like it. A year is a yardstick, not a gate: a fact restated over years still
# pairs when its wording is close. Chosen on dev and gated among 30, 90, 180, 365 and 730
# days (each refit and calibrated): shorter scales lost dev recall or gated precision, two
# years did no better.
DATE_GAP_DAYS = 365.0


def statement_days(as_of: Sequence[date | None]) -> np.ndarray:
    """Each statement's date (Statement.news_day) as a day number, NaN for none."""
    return np.array([math.nan if when is None else float(when.toordinal()) for when in as_of],
                    dtype=np.float64)


def _date_gap(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """How far apart in time two figures are, from 0 (same day, or either undated) to 1."""
    with np.errstate(invalid="ignore"):
        gap = np.minimum(np.abs(first - second) / DATE_GAP_DAYS, 1.0)
    return np.nan_to_num(gap, nan=0.0)


def lexical_vectors(frames: Sequence[str]) -> sparse.csr_matrix:
    """TF-IDF rows of the frames' words, fitted on these frames: a word's weight is how rare
    it is among the statements being matched. scikit-learn's TfidfVectorizer with sublinear
    tf and smoothed idf, computed here because importing scikit-learn costs 1.2 s of every
    cold `crosscheck check` (tests/test_embed.py compares the two)."""
    from crosscheck._lexicon import THING_STOP_WORDS

    vocabulary: dict[str, int] = {}
    rows, columns, counts = [], [], []
    for row, frame in enumerate(frames):
        words: dict[int, int] = {}
        for word in _TOKEN_PATTERN.findall(frame.lower()):
            if word not in THING_STOP_WORDS:
                column = vocabulary.setdefault(word, len(vocabulary))
                words[column] = words.get(column, 0) + 1
        rows += [row] * len(words)
        columns += list(words)
        counts += list(words.values())
    shape = (len(frames), max(len(vocabulary), 1))
    if not vocabulary:
        return sparse.csr_matrix(shape)
    matrix = sparse.csr_matrix((1.0 + np.log(np.array(counts, dtype=np.float64)),
                                (rows, columns)), shape=shape)
    documents = np.bincount(columns, minlength=shape[1])
    idf = np.log((1 + len(frames)) / (1 + documents)) + 1.0
    matrix = matrix.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sparse.csr_matrix(sparse.diags(1.0 / np.where(norms == 0, 1.0, norms)) @ matrix)


def fit_weights(features: np.ndarray, same_fact: np.ndarray) -> PairWeights:
    """A logistic regression of same-fact on (frame, sentence, lexical cosines, same
    measure, date gap), classes balanced (same-fact pairs are rare)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(class_weight="balanced").fit(features, same_fact)
    frame, sentence, lexical, measure, date_gap = (round(float(w), 3) for w in model.coef_[0])
    return PairWeights(frame, sentence, lexical, measure, date_gap,
                       round(float(model.intercept_[0]), 3))
