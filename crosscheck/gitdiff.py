"""Which lines of a file a git revision range changed: the edge that runs git."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


class GitError(RuntimeError):
    """git could not answer: not a repository, an unknown revision, no git at all."""


def changed_lines(revision: str, path: Path) -> set[int] | None:
    """Line numbers (1-based) of `path` added or changed since `revision`, as the file is now.

    None means every line: the file is new to git, so all of it is the change."""
    folder, name = path.resolve().parent, path.name
    if _git(folder, "ls-files", "--error-unmatch", "--", name, check=False).returncode != 0:
        return None
    diff = _git(folder, "diff", "--unified=0", "--no-color", "--no-ext-diff", revision, "--",
                name).stdout
    lines: set[int] = set()
    for match in _HUNK.finditer(diff):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def _git(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                              text=True, timeout=60)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if check and done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        raise GitError(f"git {' '.join(args[:2])}: {reason}")
    return done
