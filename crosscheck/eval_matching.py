"""Measuring the matcher: which statement pairs are the same fact, and their verdicts.

The labelled statements live in fixtures/pairs/ (format in its README): topics of facts of
statements, each with a date and a state letter. Every pair of statements is judged: pairs
within a fact should be paired, all others not; same-fact pairs should get the right verdict.

Several methods are scored on the same pairs so the gain of each part shows: a plain baseline
(cosine of whole sentences, numbers as plain floats), frames without gates, whole sentences
with gates, frames with gates, and crosscheck's default (the pair score of signals.py over
frame, sentence and TF-IDF cosines, with gates). The default is scored twice: pair by pair,
and as the report shows it, two statements being one fact when match.group_facts puts them
in one group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

import numpy as np

from crosscheck.article import Article
from crosscheck.compare import compare_pair
from crosscheck.descriptions import with_corpus_names
from crosscheck.embed import Embedder
from crosscheck.extract import Statement, extract_statements
from crosscheck.match import (
    Pairs,
    bonus_of,
    bridged,
    contexts_alike,
    described_place_restatement,
    described_yearly,
    figure_bonus,
    figures_agree,
    figures_back_each_other,
    gate_failure,
    group_facts,
    is_same_fact,
    one_named_count,
    rate_update,
    restatement,
    rival_estimates,
    same_measure,
    same_sentence,
    same_specific_unit,
    score_reaches,
    toll_update,
    year_later_update,
    year_on_year,
)
from crosscheck.metrics import f1, f_beta, share
from crosscheck.quantity import same_specific_figure
from crosscheck.settings import (
    AGREEMENT_BONUS,
    BRIDGE_BONUS,
    CONTEXT_BONUS,
    DESCRIBED_BUSINESS_BONUS,
    DESCRIBED_PLACE_BONUS,
    DESCRIBED_YEARLY_BONUS,
    MATCH_THRESHOLD,
    NAMED_COUNT_BONUS,
    PAIR_WEIGHTS,
    RATE_UPDATE_BONUS,
    RESOLVED_DESCRIPTION_BONUS,
    RIVAL_ESTIMATES_BONUS,
    SPECIFIC_FIGURE_BONUS,
    SPECIFIC_UNIT_BONUS,
    TOLL_UPDATE_BONUS,
    YEAR_LATER_UPDATE_BONUS,
    YEAR_ON_YEAR_BONUS,
)
from crosscheck.signals import (
    PairSignals,
    PairWeights,
    fit_weights,
    lexical_vectors,
    measure_codes,
    statement_days,
)
from crosscheck.vectors import statement_vectors

# Weights are fitted, and every threshold calibrated, on the development splits together:
# dev (written with the matcher) and gated (hard negatives every gate lets through, which
# only the score can refuse, so they are what a threshold is for).
DEVELOPMENT_SPLITS = ("dev", "gated")
# A method calibrated on the development splits takes the threshold with the best F0.5
# (precision weighed twice as much as recall) among those whose precision is at least
# PRECISION_TARGET: an editor stops trusting the tool after two false alarms, and a missed
# pair costs less than a false one.
PRECISION_TARGET = 0.95
# The labelled files of fixtures/pairs: develop on dev (weights are fitted on it) and gated
# (hard negatives every gate lets through); test is held back but has been seen while
# developing, and so have fresh (session 3) and fresh4 (start of session 4); fresh5 was
# written at the end of session 4, fresh6 at the start of session 5, fresh7 to fresh12 after
# its changes, fresh13 at the start of session 6 and fresh14 to fresh20 (fresh15 on with
# headlines) after its changes, fresh21 at the start of session 7 and fresh22 to fresh26
# after its changes, fresh27 at the start of session 8 and fresh28 to fresh33 after its
# changes, fresh34 at the start of session 9, fresh35 to fresh39 after its changes and
# fresh40 last, and so on, one at a time (each measured once before its mistakes were read;
# fixtures/pairs/README.md says when each was written and what its reading changed).
# The newest fresh split; each is numbered in the order it was written.
LAST_FRESH_SPLIT = 986
SPLITS = ("dev", "gated", "test", "fresh",
          *(f"fresh{number}" for number in range(4, LAST_FRESH_SPLIT + 1)))
CALIBRATION_BETA = 0.5
THRESHOLD_GRID = tuple(round(0.20 + 0.01 * step, 2) for step in range(76))
# Log-odds a pair whose figures agree is given (settings.AGREEMENT_BONUS), from none to 2.
BONUS_GRID = tuple(0.25 * step for step in range(9))
# Log-odds more for one specific figure given twice (settings.SPECIFIC_FIGURE_BONUS), from
# none to 4, calibrated on the development splits with the fresh splits whose mistakes have
# been read (the others stay held back for honest figures).
SPECIFIC_GRID = tuple(0.25 * step for step in range(17))
# Fresh splits written last and measured once, whose mistakes are left unread for the next
# session (its first job); every other fresh split has been read. Take a split out of here
# once its mistakes have been read.
HELD_BACK_SPLITS: tuple[str, ...] = ("fresh985", "fresh986")
SEEN_FRESH_SPLITS = tuple(split for split in SPLITS
                          if split.startswith("fresh") and split not in HELD_BACK_SPLITS)

# The fresh splits from this one on carry their headlines, as a corpus does.
HEADLINES_FROM = 15


def pooled_groups() -> dict[str, tuple[str, ...]]:
    """The fresh splits pooled in the summary `eval matching` prints: those seen with
    headlines, all seen, and those held back (written, measured, not yet read)."""
    fresh = [split for split in SPLITS if split.startswith("fresh")]
    return {
        f"seen fresh splits with headlines (fresh{HEADLINES_FROM} on)": tuple(
            split for split in SEEN_FRESH_SPLITS
            if split != "fresh" and int(split.removeprefix("fresh")) >= HEADLINES_FROM),
        "all seen fresh splits": SEEN_FRESH_SPLITS,
        "fresh splits held back (mistakes unread)": tuple(
            split for split in fresh if split not in SEEN_FRESH_SPLITS),
    }


_LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}|-)(?:\s+as of\s+(?P<as_of>\d{4}-\d{2}-\d{2}))?"
    r"\s*\|\s*(?P<state>\w+)\s*\|\s*(?P<text>.+)$"
)
_TARGET = re.compile(r"\{([^}]+)\}")
_FIRST_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


class PairFileError(ValueError):
    """A labelled-pairs file that does not follow the format."""


@dataclass(frozen=True)
class LabelledStatement:
    topic: str
    fact: str
    state: str
    published: date | None
    as_of: date | None  # the date the sentence gives its figure, else `published`
    sentence: str  # braces removed
    target: str | None  # the number meant, when the sentence has several
    where: str
    headline: str | None = None  # of the article the sentence is from, when the file gives it


def read_labelled(path: Path) -> list[LabelledStatement]:
    topic = fact = None
    labelled = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.strip()
        if line.startswith("# topic:"):
            topic, fact = line.split(":", 1)[1].strip(), None
        elif line.startswith("## fact:"):
            fact = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#"):
            match = _LINE.match(line)
            if match is None or topic is None or fact is None:
                raise PairFileError(
                    f"{path}:{number}: expected 'YYYY-MM-DD [as of YYYY-MM-DD] | state | "
                    "sentence [|| headline]' under '# topic:' and '## fact:' headings")
            text, _, headline = match.group("text").partition(" || ")
            target = _TARGET.search(text)
            published = None if match.group("date") == "-" else date.fromisoformat(
                match.group("date"))
            as_of = date.fromisoformat(match.group("as_of")) if match.group("as_of") else (
                published)
            labelled.append(LabelledStatement(
                topic, f"{topic}/{fact}", match.group("state"), published, as_of,
                _TARGET.sub(r"\1", text), target.group(1) if target else None,
                f"{path.name}:{number}", headline.strip() or None))
    return labelled


@dataclass
class PairScores:
    pairs: int = 0
    same_fact: int = 0
    hard_negatives: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    verdicts_right: int = 0

    @property
    def precision(self) -> float:
        return share(self.true_positive, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return share(self.true_positive, self.same_fact)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def verdict_accuracy(self) -> float:
        return share(self.verdicts_right, self.same_fact)

    def figures(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "verdict_accuracy": self.verdict_accuracy}


# What _threshold_free works out once per pair: whether it passes the gates, its pair score,
# fifteen kinds of evidence beyond the score, and its verdict.
PairEvidence = tuple[bool, float, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool,
                     bool, bool, bool, bool, bool, str | None]


@dataclass(frozen=True)
class Prepared:
    """Everything about a labelled set that does not depend on a threshold."""

    labelled: list[LabelledStatement]
    statements: list[Statement | None]  # None: the reader found no quantity
    frame_similarity: np.ndarray
    sentence_similarity: np.ndarray
    lexical_similarity: np.ndarray
    same_measure: np.ndarray  # 1.0 where both name one measure
    date_gap: np.ndarray  # 0 (same day or undated) to 1 (a year or more apart)
    context_similarity: np.ndarray  # of headline and sentence (vectors.context_vectors)
    # per statement pair, what the default method works out once (with_agreement_bonus)
    pairs: dict[tuple[int, int], PairEvidence] = (
        field(default_factory=dict, repr=False, compare=False))
    # per threshold, the fact group of each statement group_facts puts in one
    facts: dict[float, dict[int, int]] = field(default_factory=dict, repr=False, compare=False)


def prepare(labelled: Sequence[LabelledStatement], embedder: Embedder) -> Prepared:
    found = [_statement(item) for item in labelled]  # a split is read as one corpus
    widened = iter(with_corpus_names([s for s in found if s is not None]))
    statements = [None if s is None else next(widened) for s in found]
    frames = [s.frame if s else item.sentence for s, item in zip(statements, labelled,
                                                                   strict=True)]
    read = statement_vectors([s for s in statements if s is not None], embedder)
    read_rows = zip(read.frames, read.sentences, read.contexts, strict=True)
    # A sentence the reader found no number in has no statement, so is never paired; its
    # sentence vector stands in for every row and keeps the matrices square.
    unread = iter(embedder.encode([item.sentence for s, item in zip(statements, labelled,
                                                                    strict=True) if s is None]))
    rows: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for statement in statements:
        if statement is not None:
            rows.append(next(read_rows))
        else:
            sentence = next(unread)
            rows.append((sentence, sentence, sentence))
    frame_rows, sentence_rows, context_rows = (np.stack(column) for column in zip(*rows,
                                                                                  strict=True))
    signals = PairSignals(frame_rows, sentence_rows, lexical_vectors(frames),
                          measure_codes([s.measure if s else None for s in statements]),
                          statement_days([s.news_day if s else None for s in statements]),
                          context_rows)
    return Prepared(list(labelled), statements, *signals.similarities_against(signals),
                    context_rows @ context_rows.T)


def story_source(item: LabelledStatement) -> str:
    """The source a labelled line is read as told by: lines of one date and headline are
    one article's, so one source's (match.one_telling reads them as one story)."""
    return item.where if item.headline is None else f"{item.published} {item.headline}"


def _statement(item: LabelledStatement) -> Statement | None:
    article = Article(id=item.where, path=item.where, text=item.sentence,
                      source=story_source(item), title=item.headline,
                      published=item.published)
    found = extract_statements(article)
    if item.target is not None:
        found = [s for s in found if item.target in s.value_text]
    return found[0] if found else None


def gold_verdict(a: LabelledStatement, b: LabelledStatement) -> str:
    if a.state == b.state:
        return "consistent"
    if a.as_of is not None and b.as_of is not None and a.as_of != b.as_of:
        return "changed"
    return "conflict"


# A method: (prepared, i, j, threshold) -> (paired?, verdict for a same-fact pair)
Method = Callable[[Prepared, int, int, float], tuple[bool, str | None]]


def with_agreement_bonus(bonus: float, specific_bonus: float = SPECIFIC_FIGURE_BONUS,
                         unit_bonus: float = SPECIFIC_UNIT_BONUS,
                         context_bonus: float = CONTEXT_BONUS,
                         bridge_bonus: float = BRIDGE_BONUS,
                         named_count_bonus: float = NAMED_COUNT_BONUS,
                         described_bonus: float = DESCRIBED_BUSINESS_BONUS,
                         resolved_bonus: float = RESOLVED_DESCRIPTION_BONUS,
                         rival_bonus: float = RIVAL_ESTIMATES_BONUS,
                         described_place_bonus: float = DESCRIBED_PLACE_BONUS,
                         year_on_year_bonus: float = YEAR_ON_YEAR_BONUS,
                         toll_update_bonus: float = TOLL_UPDATE_BONUS,
                         year_later_bonus: float = YEAR_LATER_UPDATE_BONUS,
                         described_yearly_bonus: float = DESCRIBED_YEARLY_BONUS,
                         rate_update_bonus: float = RATE_UPDATE_BONUS) -> Method:
    """crosscheck's default with other bonuses for agreeing figures (see calibrate_bonus and
    calibrate_figure_bonuses): is_same_fact, with what does not depend on the threshold
    worked out once per pair (calibrating scores every pair at hundreds of thresholds and
    bonuses)."""
    def method(prepared: Prepared, i: int, j: int, threshold: float
               ) -> tuple[bool, str | None]:
        known = prepared.pairs.get((i, j))
        if known is None:
            known = prepared.pairs[i, j] = _threshold_free(prepared, i, j)
        (gated, score, agreeing, specific, named_unit, alike_contexts, bridging, named_count,
         described, resolved, rival, described_place, yearly, toll, year_later, described_year,
         rate, verdict) = known
        figures = (bonus_of(agreeing, specific, named_unit, alike_contexts, bonus,
                            specific_bonus, unit_bonus, context_bonus)
                   + bridge_bonus * bridging + named_count_bonus * named_count
                   + described_bonus * described + resolved_bonus * resolved
                   + rival_bonus * rival + described_place_bonus * described_place
                   + year_on_year_bonus * yearly + toll_update_bonus * toll
                   + year_later_bonus * year_later + described_yearly_bonus * described_year
                   + rate_update_bonus * rate)
        return gated and score_reaches(score, figures, threshold), verdict
    return method


# crosscheck's default, as shipped.
crosscheck_method: Method = with_agreement_bonus(AGREEMENT_BONUS, SPECIFIC_FIGURE_BONUS,
                                                 SPECIFIC_UNIT_BONUS, CONTEXT_BONUS)


def grouped_into_facts(prepared: Prepared, i: int, j: int, threshold: float
                       ) -> tuple[bool, str | None]:
    """crosscheck's default as the report shows it: one fact when the statements end in one
    group of match.group_facts, paired directly or not."""
    facts = prepared.facts.get(threshold)
    if facts is None:
        facts = prepared.facts[threshold] = _fact_groups(prepared, threshold)
    _, verdict = crosscheck_method(prepared, i, j, threshold)
    return i in facts and facts[i] == facts.get(j), verdict


def _fact_groups(prepared: Prepared, threshold: float) -> dict[int, int]:
    """Which group each grouped statement is in, from the pairs the default accepts."""
    present = [i for i, statement in enumerate(prepared.statements) if statement is not None]
    accepted = []
    for first, second in combinations(range(len(present)), 2):
        i, j = present[first], present[second]
        if crosscheck_method(prepared, i, j, threshold)[0]:
            _, score, _, _, _, alike, *_ = prepared.pairs[i, j]
            accepted.append((first, second, score, alike))
    if not accepted:
        return {}
    first, second, score, alike = (np.array(column) for column in zip(*accepted, strict=True))
    groups = group_facts([s for s in prepared.statements if s is not None],
                         Pairs.of(first, second, score, alike))
    return {present[member]: number for number, group in enumerate(groups) for member in group}


def _threshold_free(prepared: Prepared, i: int, j: int) -> PairEvidence:
    """Whether a pair passes the gates, its pair score, whether its figures agree, whether
    they are one specific figure, of a named unit and in contexts alike, whether a change
    bridges them (match.bridged), whether they are one named subject's count of one named
    thing (match.one_named_count), whether one restates a named business's figure by a
    description or by no name (match.described_restatement), whether the restating
    statement is named too (match.resolved_restatement), whether they are two sources'
    differing figures of one moment (match.rival_estimates), whether one restates a named
    place's figure of the same week by a description (match.described_place_restatement),
    whether they are a yearly figure and the next year's (match.year_on_year), whether they
    are a toll told again as it grows (match.toll_update), whether they are a figure told
    again a year on (match.year_later_update), whether they are a yearly series one states
    by a description (match.described_yearly), whether they are a place's rate told again
    as it moves (match.rate_update), and its verdict."""
    a, b = prepared.statements[i], prepared.statements[j]
    if a is None or b is None:
        return (False, 0.0, *(False,) * 15, None)
    gated = not same_sentence(a, b) and same_measure(a, b)
    return (gated, pair_score(prepared, i, j, PAIR_WEIGHTS), figures_back_each_other(a, b),
            same_specific_figure(a.quantity, b.quantity), same_specific_unit(a, b),
            contexts_alike(a, b, float(prepared.context_similarity[i, j])), bridged(a, b),
            one_named_count(a, b), *restatement(a, b), rival_estimates(a, b),
            described_place_restatement(a, b), year_on_year(a, b), toll_update(a, b),
            year_later_update(a, b), described_yearly(a, b), rate_update(a, b), _verdict(a, b))


def frames_with_gates(prepared: Prepared, i: int, j: int, threshold: float
                      ) -> tuple[bool, str | None]:
    """The default before the re-ranker: frame cosine alone, with the gates."""
    a, b = prepared.statements[i], prepared.statements[j]
    if a is None or b is None:
        return False, None
    paired = is_same_fact(a, b, float(prepared.frame_similarity[i, j]), threshold,
                          agreement_bonus=0.0, specific_bonus=0.0, unit_bonus=0.0)
    return paired, _verdict(a, b)


def pair_score(prepared: Prepared, i: int, j: int, weights: PairWeights) -> float:
    return float(weights.probability(*_features(prepared, i, j)))


def _features(prepared: Prepared, i: int, j: int) -> list[float]:
    return [float(prepared.frame_similarity[i, j]), float(prepared.sentence_similarity[i, j]),
            float(prepared.lexical_similarity[i, j]), float(prepared.same_measure[i, j]),
            float(prepared.date_gap[i, j])]


def fit_pair_weights(prepared: Prepared) -> PairWeights:
    """Refit the pair score on the pairs that pass the gates (the only ones it decides)."""
    features, same = [], []
    for i, j in combinations(range(len(prepared.labelled)), 2):
        a, b = prepared.statements[i], prepared.statements[j]
        if a is not None and b is not None and same_measure(a, b):
            features.append(_features(prepared, i, j))
            same.append(prepared.labelled[i].fact == prepared.labelled[j].fact)
    return fit_weights(np.array(features), np.array(same))


def frames_without_gates(prepared: Prepared, i: int, j: int, threshold: float
                         ) -> tuple[bool, str | None]:
    a, b = prepared.statements[i], prepared.statements[j]
    if a is None or b is None:
        return False, None
    return float(prepared.frame_similarity[i, j]) >= threshold, _verdict(a, b)


def sentences_with_gates(prepared: Prepared, i: int, j: int, threshold: float
                         ) -> tuple[bool, str | None]:
    a, b = prepared.statements[i], prepared.statements[j]
    if a is None or b is None:
        return False, None
    paired = float(prepared.sentence_similarity[i, j]) >= threshold and same_measure(a, b)
    return paired, _verdict(a, b)


def plain_baseline(prepared: Prepared, i: int, j: int, threshold: float
                   ) -> tuple[bool, str | None]:
    """Cosine of whole sentences; numbers as plain floats (the first number written)."""
    a, b = prepared.labelled[i], prepared.labelled[j]
    paired = float(prepared.sentence_similarity[i, j]) >= threshold
    first, second = _plain_number(a.sentence, a.target), _plain_number(b.sentence, b.target)
    if first is None or second is None:
        return paired, None
    if first == second:
        return paired, "consistent"
    dated = a.published is not None and b.published is not None
    return paired, "changed" if dated and a.published != b.published else "conflict"


def _plain_number(sentence: str, target: str | None) -> float | None:
    match = _FIRST_NUMBER.search(target or sentence)
    return float(match.group(0).replace(",", "")) if match else None


def _verdict(a: Statement, b: Statement) -> str:
    earlier, later = sorted((a, b), key=lambda s: (s.as_of or date.max))
    return compare_pair(earlier, later).verdict


METHODS: dict[str, Method] = {
    "baseline: sentence cosine, plain floats": plain_baseline,
    "frames, no gates": frames_without_gates,
    "sentence cosine + gates": sentences_with_gates,
    "frame cosine + gates": frames_with_gates,
    "crosscheck: frame + sentence + tf-idf, gates": crosscheck_method,
    "crosscheck, as reported: pairs grouped into facts": grouped_into_facts,
}
DEFAULT_METHOD = "crosscheck: frame + sentence + tf-idf, gates"
FACTS_METHOD = "crosscheck, as reported: pairs grouped into facts"
# The methods scored at the shipped threshold, not one calibrated for them.
SHIPPED_METHODS = frozenset({DEFAULT_METHOD, FACTS_METHOD})


def prepare_development(data: Path, embedder: Embedder) -> Prepared:
    """The development splits as one set, so a pair is only ever within one split."""
    return prepare([item for split in DEVELOPMENT_SPLITS
                    for item in read_labelled(data / f"{split}.txt")], embedder)


def evaluate(prepared: dict[str, Prepared], development: Prepared
             ) -> list[tuple[str, str, float, PairScores]]:
    """Every method on every split: (method, split, threshold, scores). The default runs at
    the shipped MATCH_THRESHOLD; the others at the threshold calibrated on the development
    splits."""
    results = []
    for name, method in METHODS.items():
        threshold = MATCH_THRESHOLD if name in SHIPPED_METHODS else calibrate(
            development, method)
        for split, ready in prepared.items():
            results.append((name, split, threshold, score_method(ready, method, threshold)))
    return results


def score_method(prepared: Prepared, method: Method, threshold: float) -> PairScores:
    scores = PairScores()
    labelled = prepared.labelled
    for i, j in combinations(range(len(labelled)), 2):
        a, b = labelled[i], labelled[j]
        same = a.fact == b.fact
        scores.pairs += 1
        scores.same_fact += same
        scores.hard_negatives += (not same) and a.topic == b.topic
        paired, verdict = method(prepared, i, j, threshold)
        if paired and same:
            scores.true_positive += 1
        elif paired:
            scores.false_positive += 1
        elif same:
            scores.false_negative += 1
        if same and verdict == gold_verdict(a, b):
            scores.verdicts_right += 1
    return scores


def calibrate(prepared: Prepared, method: Method) -> float:
    """The threshold with the best F0.5 among those precise enough (failing that, best
    F0.5), from the middle of the widest run of such thresholds: either end of a run sits on
    one dev pair's score, and new pairs fall on both sides of it."""
    scored = [(threshold, score_method(prepared, method, threshold))
              for threshold in THRESHOLD_GRID]
    precise = [item for item in scored if item[1].precision >= PRECISION_TARGET]
    return _middle_of_best(THRESHOLD_GRID, [(threshold, _calibration_figure(scores))
                                            for threshold, scores in precise or scored])


def calibrate_bonus(prepared: Prepared) -> tuple[float, float]:
    """The bonus for agreeing figures and the threshold it is calibrated with: for each
    bonus of BONUS_GRID the threshold calibrate() gives, and of those the bonus from the
    middle of the widest run with the best F0.5 at its threshold."""
    thresholds = {bonus: calibrate(prepared, with_agreement_bonus(bonus)) for bonus in BONUS_GRID}
    bonus = _middle_of_best(BONUS_GRID, [
        (bonus, _calibration_figure(score_method(prepared, with_agreement_bonus(bonus),
                                                 threshold)))
        for bonus, threshold in thresholds.items()])
    return bonus, thresholds[bonus]


def calibrate_figure_bonuses(prepared: Sequence[Prepared]) -> tuple[float, float]:
    """The bonuses for one specific figure given twice and for agreeing figures of a named
    unit (settings.SPECIFIC_FIGURE_BONUS, SPECIFIC_UNIT_BONUS), each at the shipped
    threshold, agreement and context bonuses and the other's shipped value (so the shipped
    pair is one both calibrations return): the least of SPECIFIC_GRID with the best F0.5 over
    `prepared` (prepare_specific_calibration: dev and gated hold few pairs either decides,
    so the seen fresh splits join them, each scored on its own pairs). The least, not the
    middle of the best run: no pair ends the run above (the grid does), and every log-odds
    more pairs a coincidence of figures at a lower score."""
    return (_least_best(prepared, lambda bonus: with_agreement_bonus(AGREEMENT_BONUS, bonus)),
            _least_best(prepared, lambda bonus: with_agreement_bonus(
                AGREEMENT_BONUS, SPECIFIC_FIGURE_BONUS, bonus)))


def calibrate_subject_bonus(prepared: Sequence[Prepared], bonus: str,
                            most: float | None = None) -> float:
    """A bonus for what two statements' subjects, sources or dates say (a keyword of
    with_agreement_bonus: "named_count_bonus", settings.NAMED_COUNT_BONUS,
    "described_bonus", DESCRIBED_BUSINESS_BONUS, "resolved_bonus",
    RESOLVED_DESCRIPTION_BONUS, "rival_bonus", RIVAL_ESTIMATES_BONUS,
    "described_place_bonus", DESCRIBED_PLACE_BONUS, "year_on_year_bonus",
    YEAR_ON_YEAR_BONUS, "toll_update_bonus", TOLL_UPDATE_BONUS, "year_later_bonus",
    YEAR_LATER_UPDATE_BONUS, "described_yearly_bonus", DESCRIBED_YEARLY_BONUS, or
    "rate_update_bonus", RATE_UPDATE_BONUS),
    calibrated as calibrate_figure_bonuses calibrates its two, at the shipped threshold and
    every other bonus shipped; no more than `most` where given (settings.WEAK_EVIDENCE_MOST:
    evidence weaker than agreeing figures)."""
    return _least_best(prepared, lambda value: with_agreement_bonus(
        AGREEMENT_BONUS, **{bonus: value}), most)


def _least_best(prepared: Sequence[Prepared], method_of: Callable[[float], Method],
                most: float | None = None) -> float:
    """The least bonus of SPECIFIC_GRID (no more than `most`) whose method has the best F0.5
    over `prepared`."""
    figures = [(bonus, _calibration_figure(sum_scores(
        [score_method(split, method_of(bonus), MATCH_THRESHOLD) for split in prepared])))
        for bonus in SPECIFIC_GRID if most is None or bonus <= most]
    best = max(value for _, value in figures)
    return next(bonus for bonus, value in figures if value == best)


def bonus_gain(prepared: Sequence[Prepared], bonus: str) -> tuple[PairScores, PairScores]:
    """The default's pairs over `prepared` (each scored on its own pairs) without one of its
    bonuses (a keyword of with_agreement_bonus: "context_bonus", "bridge_bonus",
    "named_count_bonus", "described_bonus", "resolved_bonus", "rival_bonus",
    "described_place_bonus", "year_on_year_bonus", "toll_update_bonus",
    "year_later_bonus", "described_yearly_bonus", "rate_update_bonus") and with it
    as shipped: what the bonus buys and costs. The context bonus is not calibrated as
    the figure bonuses are: calibrated so on the earlier seen splits (dev, gated,
    fresh15-150) it came out at 1.75, which on the later ones paired one statement and
    one false pair more than the shipped 1.0 (docs/matching.md); nor is the bridge
    bonus: the seen splits hold too few such pairs to choose a value on."""
    def pooled(method: Method) -> PairScores:
        return sum_scores([score_method(split, method, MATCH_THRESHOLD) for split in prepared])
    return (pooled(with_agreement_bonus(AGREEMENT_BONUS, **{bonus: 0.0})),
            pooled(crosscheck_method))


def prepare_specific_calibration(data: Path, embedder: Embedder) -> list[Prepared]:
    """The development splits (as one) and each seen fresh split."""
    return [prepare_development(data, embedder), *(
        prepare(read_labelled(data / f"{split}.txt"), embedder) for split in SEEN_FRESH_SPLITS)]


def sum_scores(scores: Sequence[PairScores]) -> PairScores:
    """Pair counts of several splits added up, as if one set whose pairs never cross."""
    return PairScores(*(sum(getattr(s, name) for s in scores)
                        for name in ("pairs", "same_fact", "hard_negatives", "true_positive",
                                     "false_positive", "false_negative", "verdicts_right")))


def _calibration_figure(scores: PairScores) -> float:
    return round(f_beta(scores.precision, scores.recall, CALIBRATION_BETA), 6)


def _middle_of_best(grid: tuple[float, ...], figures: list[tuple[float, float]]) -> float:
    """The grid value in the middle of the widest run of consecutive values with the best
    figure (of an even run, the upper of its two middle values): either end of a run sits
    on one development pair's score, and new pairs fall on both sides of it."""
    best = max(figure for _, figure in figures)
    steps = [grid.index(value) for value, figure in figures if figure == best]
    runs = [[steps[0]]]
    for step in steps[1:]:
        if step == runs[-1][-1] + 1:
            runs[-1].append(step)
        else:
            runs.append([step])
    widest = max(runs, key=len)
    return grid[widest[len(widest) // 2]]


def _why(a: Statement | None, b: Statement | None, score: float, context: float,
         threshold: float) -> str:
    """What decided a pair the default method got wrong, in words."""
    if a is None or b is None:
        return "no quantity read"
    if same_sentence(a, b):
        return "two figures of one sentence"
    if failure := gate_failure(a, b):
        return failure
    agreeing = figures_agree(a, b)
    if not score_reaches(score, figure_bonus(a, b, context=context), threshold):
        return "score below the threshold" + (" for agreeing figures" if agreeing else "")
    return "gates passed" + (", figures agree" if agreeing and score < threshold else "")


def mistakes(prepared: Prepared, threshold: float) -> list[str]:
    """What the default method gets wrong, for developing on dev."""
    lines = []
    for i, j in combinations(range(len(prepared.labelled)), 2):
        a, b = prepared.labelled[i], prepared.labelled[j]
        paired, verdict = crosscheck_method(prepared, i, j, threshold)
        same = a.fact == b.fact
        similarity = pair_score(prepared, i, j, PAIR_WEIGHTS)
        # Verdict accuracy counts every same-fact pair, missed or not, so say it for both.
        wrong_verdict = (f"verdict {verdict}, expected {gold_verdict(a, b)}"
                         if same and verdict != gold_verdict(a, b) else "")
        if paired != same:
            kind = "missed" if same else "false pair"
            why = _why(prepared.statements[i], prepared.statements[j], similarity,
                       float(prepared.context_similarity[i, j]), threshold)
            lines.append(f"{kind} ({similarity:.2f}; {why}"
                         + (f"; {wrong_verdict}" if wrong_verdict else "")
                         + f"): {a.where} ~ {b.where}: {a.sentence!r} ~ {b.sentence!r}")
        elif wrong_verdict:
            lines.append(f"{wrong_verdict}: {a.where} ~ {b.where}")
    return lines
