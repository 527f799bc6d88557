"""Measuring the number reader against labelled sentences.

The labelled sets live in fixtures/quantities/ as plain text, one sentence per line, each
expected quantity on an indented line below it:

    Some 5,500 US soldiers are deployed in Poland, the ministry said.
      = some 5,500 | 4950..6050 | troops | total
    [year] Russia annexed Crimea in 2014, and fighting began that spring.

An expectation is: the value as written | low..high (an empty side is an open end) | unit
(counted thing, ISO currency, %, or a unit; "-" for none) | role, optionally "| vague". A
sentence with no expectation has no quantity of a fact; a [tag] names why (year, date, time,
age, ...). Tests say "this still works"; this module says how well.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.metrics import f1, share
from crosscheck.parse import FoundQuantity, find_quantities

# Tags of sentences whose numbers are dates or years: any quantity found there is the error
# the quality gate allows none of.
DATE_TAGS = frozenset({"year", "date", "time"})
_TAG = re.compile(r"^\[([\w-]+)\]\s*")


class CaseFileError(ValueError):
    """A labelled-set file that does not follow the format."""


@dataclass(frozen=True)
class Expected:
    value_text: str
    low: float | None
    high: float | None
    unit: str
    role: str
    vague: bool = False


@dataclass(frozen=True)
class Case:
    sentence: str
    expected: tuple[Expected, ...]
    tag: str | None
    where: str  # file:line, for failure listings


@dataclass
class Scores:
    sentences: int = 0
    expected: int = 0
    found: int = 0
    matched: int = 0
    exact: int = 0
    roles_right: int = 0
    date_errors: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return share(self.matched, self.found)

    @property
    def recall(self) -> float:
        return share(self.matched, self.expected)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def exactness(self) -> float:
        """Of the quantities found and expected, the share with interval and unit right."""
        return share(self.exact, self.matched)

    @property
    def role_accuracy(self) -> float:
        return share(self.roles_right, self.matched)

    def figures(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "exactness": self.exactness, "role_accuracy": self.role_accuracy,
                "date_errors": float(self.date_errors)}


def read_cases(path: Path) -> list[Case]:
    cases: list[Case] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t")):
            if not cases or not line.strip().startswith("="):
                raise CaseFileError(f"{path}:{number}: expected '= value | low..high | unit |"
                                    " role' under a sentence")
            last = cases[-1]
            expectation = _parse_expected(line.strip()[1:], f"{path}:{number}")
            cases[-1] = Case(last.sentence, (*last.expected, expectation), last.tag, last.where)
            continue
        tag_match = _TAG.match(line)
        tag = tag_match.group(1) if tag_match else None
        sentence = line[tag_match.end():] if tag_match else line
        cases.append(Case(sentence, (), tag, f"{path.name}:{number}"))
    return cases


def _parse_expected(text: str, where: str) -> Expected:
    parts = [part.strip() for part in text.split("|")]
    if len(parts) not in (4, 5) or ".." not in parts[1]:
        raise CaseFileError(f"{where}: expected 'value | low..high | unit | role [| vague]'")
    low_text, high_text = parts[1].split("..", 1)
    try:
        low = float(low_text) if low_text else None
        high = float(high_text) if high_text else None
    except ValueError:
        raise CaseFileError(f"{where}: interval {parts[1]!r} is not two numbers") from None
    unit = "" if parts[2] == "-" else parts[2]
    vague = len(parts) == 5 and parts[4] == "vague"
    return Expected(parts[0], low, high, unit, parts[3], vague)


def score(cases: Iterable[Case]) -> Scores:
    scores = Scores()
    for case in cases:
        scores.sentences += 1
        found = find_quantities(case.sentence)
        scores.expected += len(case.expected)
        scores.found += len(found)
        if case.tag in DATE_TAGS:
            scores.date_errors += len(found)
        _match_case(case, found, scores)
    return scores


def _match_case(case: Case, found: Sequence[FoundQuantity], scores: Scores) -> None:
    unmatched = list(found)
    for expected in case.expected:
        hit = next((f for f in unmatched if _same_text(f.value_text, expected.value_text)), None)
        if hit is None:
            scores.failures.append(f"{case.where}: missed {expected.value_text!r}")
            continue
        unmatched.remove(hit)
        scores.matched += 1
        problems = _differences(hit, expected)
        if not any(p.startswith(("interval", "unit")) for p in problems):
            scores.exact += 1
        if hit.role == expected.role:
            scores.roles_right += 1
        if problems:
            scores.failures.append(f"{case.where}: {expected.value_text!r}: {'; '.join(problems)}")
    for extra in unmatched:
        scores.failures.append(f"{case.where}: read {extra.value_text!r}, not a quantity here")


def _differences(found: FoundQuantity, expected: Expected) -> list[str]:
    quantity = found.quantity
    problems = []
    if not (_close(quantity.low, expected.low) and _close(quantity.high, expected.high)):
        problems.append(f"interval {quantity.low}..{quantity.high}, "
                        f"expected {expected.low}..{expected.high}")
    if quantity.unit != expected.unit:
        problems.append(f"unit {quantity.unit!r}, expected {expected.unit!r}")
    if found.role != expected.role:
        problems.append(f"role {found.role}, expected {expected.role}")
    if quantity.vague != expected.vague:
        problems.append(f"vague {quantity.vague}, expected {expected.vague}")
    return problems


def _same_text(found: str, expected: str) -> bool:
    return " ".join(found.lower().split()) == " ".join(expected.lower().split())


def _close(found: float | None, expected: float | None) -> bool:
    if found is None or expected is None:
        return found is None and expected is None
    return math.isclose(found, expected, rel_tol=1e-3, abs_tol=1e-6)


def floor_violations(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Each figure below its floor (or dates above their maximum), as a sentence."""
    problems = []
    for name, floor in floors.items():
        if name == "date_errors_max":
            if figures["date_errors"] > floor:
                problems.append(f"{int(figures['date_errors'])} dates read as quantities "
                                f"(at most {int(floor)} allowed)")
        elif figures[name] < floor:
            problems.append(f"{name} {figures[name]:.3f} is below its floor {floor:.3f}")
    return problems
