"""Ablation: could the counted things' own embeddings stand in for the lexicon's synonyms?

    .venv/bin/python benchmarks/thing_similarity.py

Many pairs the matcher misses are refused by the counted-thing gate on two names of one
thing ("parking fines" / "parking tickets", "LPs" / "vinyl albums"), which the lexicon
learns one pair at a time. This asks whether a cosine between the two things' embeddings
(a corpus has few distinct things, so cheap to embed) could let such pairs through: over
dev, gated and every seen fresh split it takes each pair the gates refuse on the things
alone, each statement naming one, and counts, for several cosine thresholds, the same-fact
pairs and the others that the similarity would let through with a pair score at or above
MATCH_THRESHOLD. Session 50 measured 1 same-fact pair against 17 others at 0.5, none
against 5 at 0.6 (docs/matching.md, "How session 50 went").
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np
from tabulate import tabulate

import crosscheck.eval_matching as em
from crosscheck.embed import Embedder, make_embedder
from crosscheck.match import gate_failure
from crosscheck.settings import MATCH_THRESHOLD, PAIR_WEIGHTS

DATA = Path(__file__).resolve().parent.parent / "fixtures" / "pairs"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
CLOSEST_SHOWN = 20


def refused_on_things(embedder: Embedder) -> list[tuple[str, str, bool, float]]:
    """(thing, thing, same fact?, pair score) of every labelled pair the gates refuse on the
    counted things alone."""
    refused = []
    for split in ("dev", "gated", *em.SEEN_FRESH_SPLITS):
        prepared = em.prepare(em.read_labelled(DATA / f"{split}.txt"), embedder)
        for i, j in combinations(range(len(prepared.labelled)), 2):
            a, b = prepared.statements[i], prepared.statements[j]
            if a is None or b is None or not a.thing or not b.thing:
                continue
            if (gate_failure(a, b) or "").startswith("thing "):
                same = prepared.labelled[i].fact == prepared.labelled[j].fact
                refused.append((a.thing, b.thing, same,
                                em.pair_score(prepared, i, j, PAIR_WEIGHTS)))
    return refused


def main() -> None:
    embedder = make_embedder(None)
    refused = refused_on_things(embedder)
    things = sorted({thing for row in refused for thing in row[:2]})
    vectors = dict(zip(things, embedder.encode(things), strict=True))

    def cosine(first: str, second: str) -> float:
        u, v = vectors[first], vectors[second]
        return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))

    scored = [(cosine(a, b), same, score, a, b) for a, b, same, score in refused]
    print(f"refused on things alone: {sum(row[1] for row in scored)} same-fact pairs, "
          f"{sum(not row[1] for row in scored)} others")
    print(tabulate([(threshold,
                     sum(c >= threshold and same and score >= MATCH_THRESHOLD
                         for c, same, score, *_ in scored),
                     sum(c >= threshold and not same and score >= MATCH_THRESHOLD
                         for c, same, score, *_ in scored))
                    for threshold in THRESHOLDS],
                   headers=("cosine at least", "same-fact let through", "others let through")))
    print(f"\nthe {CLOSEST_SHOWN} closest things refused:")
    seen = set()
    for c, same, _, a, b in sorted(scored, reverse=True):
        if (a, b, same) not in seen and len(seen) < CLOSEST_SHOWN:
            seen.add((a, b, same))
            print(f"  {c:.2f} {'same fact' if same else 'other'}: {a} ~ {b}")


if __name__ == "__main__":
    main()
