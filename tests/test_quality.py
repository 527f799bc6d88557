"""The quality gate: the number reader must hold its pinned figures on both labelled splits."""

from __future__ import annotations

import json

import pytest

from crosscheck.evaluate import floor_violations, read_cases, score

from .conftest import FIXTURES

FLOORS = json.loads((FIXTURES / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("split", ["dev", "test"])
def test_quantity_reader_meets_its_floors(split: str) -> None:
    scores = score(read_cases(FIXTURES / "quantities" / f"{split}.txt"))
    problems = floor_violations(scores.figures(), FLOORS["quantities"][split])
    assert not problems, "\n".join(problems + scores.failures)


def test_labelled_sets_are_as_large_as_promised() -> None:
    cases = [case for split in ("dev", "test")
             for case in read_cases(FIXTURES / "quantities" / f"{split}.txt")]
    assert len(cases) >= 300
    assert sum(1 for case in cases if not case.expected) >= 60
