"""Ablation: would the pair score gain from more features, or from weights refit on more data?

    .venv/bin/python benchmarks/pair_features.py

The issue asked to try the shape of the strongest claim matchers (lexical candidates, shared
entities and places, the counted thing, dates, re-ranked on those features). crosscheck uses
places, subjects, things, roles, measures and kinds of event as gates, and the embeddings,
TF-IDF, the shared measure and the date gap as the pair score's features. This asks whether
the gated signals would also help as features, and whether the headline's similarity would:
for each feature set it fits the pair score (a class-balanced logistic regression, as
signals.fit_weights does) on dev, gated and half of the seen headline splits (fresh15 on),
and prints the recall it reaches at several precisions on the other half (each half in
turn: even- and odd-numbered splits), beside the shipped pair score at MATCH_THRESHOLD.
Only pairs that pass the gates are scored, with the shipped figure bonuses.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from tabulate import tabulate

import crosscheck.eval_matching as em
from crosscheck.embed import make_embedder
from crosscheck.match import figure_bonus, same_measure, same_sentence
from crosscheck.settings import MATCH_THRESHOLD, PAIR_WEIGHTS
from crosscheck.subjects import names_agree
from crosscheck.things import thing_core

DATA = Path(__file__).resolve().parent.parent / "fixtures" / "pairs"
BASE = ("frame", "sentence", "words", "same measure", "date gap")
EXTRA = ("same place", "same subject", "same thing", "headline cosine", "same event")
PRECISIONS = (0.95, 0.93, 0.90)
THRESHOLDS = np.arange(0.30, 0.95, 0.01)


class Split:
    """A labelled split's gated pairs: features, whether same fact, and the figures' bonus."""

    def __init__(self, prepared: em.Prepared, headline_vectors: np.ndarray) -> None:
        features, same, bonus = [], [], []
        headline_cosine = headline_vectors @ headline_vectors.T
        for i, j in combinations(range(len(prepared.labelled)), 2):
            a, b = prepared.statements[i], prepared.statements[j]
            if a is None or b is None or same_sentence(a, b) or not same_measure(a, b):
                continue
            both_headlines = bool(prepared.labelled[i].headline and prepared.labelled[j].headline)
            features.append([
                *em._features(prepared, i, j),
                float(bool(a.places & b.places)),
                float(bool(a.subjects and b.subjects and names_agree(a.subjects, b.subjects))),
                float(thing_core(a.thing) is not None
                      and thing_core(a.thing) == thing_core(b.thing)),
                float(headline_cosine[i, j]) if both_headlines else 0.0,
                float(bool(a.events & b.events))])
            same.append(prepared.labelled[i].fact == prepared.labelled[j].fact)
            bonus.append(figure_bonus(a, b))
        self.features = np.array(features).reshape(-1, len(BASE) + len(EXTRA))
        self.same = np.array(same, dtype=bool)
        self.bonus = np.array(bonus)
        self.same_fact_pairs = sum(x.fact == y.fact for x, y in combinations(prepared.labelled, 2))


def _read(name: str, embedder) -> Split:
    labelled = ([item for split in em.DEVELOPMENT_SPLITS
                 for item in em.read_labelled(DATA / f"{split}.txt")] if name == "dev"
                else em.read_labelled(DATA / f"{name}.txt"))
    prepared = em.prepare(labelled, embedder)
    headlines = embedder.encode([item.headline or "" for item in labelled])
    headlines /= np.maximum(np.linalg.norm(headlines, axis=1, keepdims=True), 1e-9)
    return Split(prepared, headlines)


def _scores(splits: list[Split], logits: list[np.ndarray], threshold: float) -> tuple[float, float]:
    """Pooled precision and recall of pairing where logit + bonus reaches the threshold."""
    needed = np.log(threshold / (1 - threshold))
    true = false = 0
    for split, logit in zip(splits, logits, strict=True):
        paired = logit + split.bonus >= needed
        true += int((paired & split.same).sum())
        false += int((paired & ~split.same).sum())
    return true / max(true + false, 1), true / max(sum(s.same_fact_pairs for s in splits), 1)


def _shipped_logits(splits: list[Split]) -> list[np.ndarray]:
    probabilities = (PAIR_WEIGHTS.probability(*s.features[:, :len(BASE)].T) for s in splits)
    return [np.log(p / (1 - p)) for p in probabilities]


def _recall_at(splits: list[Split], logits: list[np.ndarray]) -> list[float]:
    curve = [_scores(splits, logits, t) for t in THRESHOLDS]
    return [max((r for p, r in curve if p >= target), default=0.0) for target in PRECISIONS]


def main() -> None:
    embedder = make_embedder(None, backend="onnx")
    headline_splits = [s for s in em.SEEN_FRESH_SPLITS if s != "fresh" and int(s[5:]) >= 15]
    splits = {name: _read(name, embedder) for name in ["dev", *headline_splits]}
    halves = {parity: [n for n in headline_splits if int(n[5:]) % 2 == parity] for parity in (0, 1)}
    feature_sets = {"the shipped five (refit)": list(range(len(BASE)))}
    feature_sets |= {f"+ {name}": [*range(len(BASE)), len(BASE) + k]
                     for k, name in enumerate(EXTRA)}
    feature_sets["all ten"] = list(range(len(BASE) + len(EXTRA)))
    rows = []
    for label, columns in feature_sets.items():
        row = [label]
        for parity in (0, 1):
            train = [splits["dev"], *(splits[n] for n in halves[parity])]
            test = [splits[n] for n in halves[1 - parity]]
            model = LogisticRegression(class_weight="balanced", max_iter=1000).fit(
                np.concatenate([s.features[:, columns] for s in train]),
                np.concatenate([s.same for s in train]))
            row += _recall_at(test, [model.decision_function(s.features[:, columns]) for s in test])
        rows.append(row)
    shipped = ["shipped weights, as they are"]
    for parity in (0, 1):
        test = [splits[n] for n in halves[1 - parity]]
        shipped += _recall_at(test, _shipped_logits(test))
    rows.append(shipped)
    at = [f"R at P>={p:.2f}" for p in PRECISIONS]
    print(tabulate(rows, headers=["features", *(f"odd splits: {h}" for h in at),
                                  *(f"even splits: {h}" for h in at)], floatfmt=".3f"))
    test = [splits[n] for n in headline_splits]
    precision, recall = _scores(test, _shipped_logits(test), MATCH_THRESHOLD)
    print(f"shipped at {MATCH_THRESHOLD}: all seen headline splits P {precision:.3f} R {recall:.3f}"
          " (gated pairs with the figure bonuses, as eval matching scores them)")


if __name__ == "__main__":
    main()
