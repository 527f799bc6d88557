"""Shared fixtures. The real model is loaded once per session and reused."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import settings

pytest_plugins = ["pytester"]
# The reader's first call loads word lists (lemminflect, pint); on a busy 2-core CI machine that
# can pass hypothesis's 200 ms deadline. Speed is measured in benchmarks/, not here.
settings.register_profile("crosscheck", deadline=None)
settings.load_profile("crosscheck")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"
# The dates the seed articles were published (their pages carry none a loader can trust).
SEED_DATES = {"000": "2022-02-02", "001": "2022-03-05", "002": "2022-03-05", "003": "2024-05-24"}


class BagOfWordsEmbedder:
    """A fast, deterministic stand-in for unit tests of the parts around the model.

    Never used to prove matching works: the end-to-end tests run the real model.
    """

    name = "bag-of-words"

    dimensions = 512

    def encode(self, texts):
        """Hashed word counts: a fixed width, so vectors from separate calls (as a store
        keeps them) compare."""
        matrix = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.blake2b(word.strip(".,\"'").encode(), digest_size=4).digest()
                matrix[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return matrix / np.where(norms == 0, 1, norms)


@pytest.fixture
def fake_embedder() -> BagOfWordsEmbedder:
    return BagOfWordsEmbedder()


def pairs_within_a_bonus(statements: list, bonus: float, embedder) -> set[tuple[int, int]]:
    """The pairs the report's blocked pairing (match.candidate_pairs) accepts among three
    statements at a threshold above the first's scores with both others but within half of
    `bonus` of the higher: a pair is accepted only if it earns the bonus, as
    match.is_same_fact would accept it."""
    import math

    from crosscheck.match import candidate_pairs, is_same_fact
    from crosscheck.pipeline import embed_statements
    from crosscheck.settings import PAIR_WEIGHTS, Settings

    signals = embed_statements(statements, Settings(), embedder)
    scores = signals.scores_against(signals, PAIR_WEIGHTS)
    highest = max(float(scores[0, 1]), float(scores[0, 2]))
    odds = math.log(highest / (1 - highest)) + bonus / 2
    threshold = 1 / (1 + math.exp(-odds))
    pairs = {tuple(sorted(pair)) for pair in
             candidate_pairs(statements, signals, threshold).index_pairs()}
    for other in (1, 2):  # the decision one pair at a time agrees with the blocked pairing
        decided = is_same_fact(statements[0], statements[other], float(scores[0, other]),
                               threshold)
        assert decided == ((0, other) in pairs)
    return pairs


@pytest.fixture(scope="session")
def dated_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four seed articles, each given front matter with its publication date."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    folder = tmp_path_factory.mktemp("seeds")
    for seed in sorted(SEEDS.glob("*.txt")):
        published = SEED_DATES[seed.name[:3]]
        (folder / seed.name).write_text(
            f"---\npublished: {published}\n---\n" + seed.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the example corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "corpus", target)
    return target
