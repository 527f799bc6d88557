"""Accepted findings: a disagreement a team has looked at and explained stops failing.

A finding is known by a fingerprint of its verdict and its statements (file, value as
written, sentence), not by line numbers, so editing text above a sentence does not revive it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from crosscheck.extract import Statement

VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be read."""


def fingerprint(verdict: str, statements: Iterable[Statement], root: Path | None = None) -> str:
    """A finding's identity: its verdict and its statements' files, values and sentences."""
    parts = [verdict]
    for statement in sorted(statements, key=lambda s: (s.article.path, s.value_start)):
        parts += [_relative(statement.article.path, root), statement.value_text,
                  " ".join(statement.sentence.split())]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def entry(verdict: str, summary: str, statements: Sequence[Statement], label: str,
          root: Path | None = None) -> dict[str, Any]:
    """What the baseline file records: the fingerprint, and enough for a reviewer to read."""
    return {
        "fingerprint": fingerprint(verdict, statements, root),
        "verdict": verdict,
        "fact": label,
        "summary": summary,
        "statements": [f"{_relative(s.article.path, root)}:{s.position[0]}: {s.value_text}"
                       for s in statements],
    }


def load(path: Path) -> set[str]:
    """Fingerprints accepted in a baseline file; a missing file accepts nothing."""
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {item["fingerprint"] for item in data["accepted"]}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BaselineError(f"{path}: not a crosscheck baseline ({error})") from None


def write(path: Path, entries: Iterable[dict[str, Any]]) -> None:
    unique = {item["fingerprint"]: item for item in entries}
    accepted = sorted(unique.values(), key=lambda item: (item["fact"], item["fingerprint"]))
    data = {"version": VERSION, "accepted": accepted}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _relative(path: str, root: Path | None) -> str:
    if root is None:
        return path
    absolute = os.path.abspath(path)
    try:
        return Path(absolute).relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(absolute).as_posix()
