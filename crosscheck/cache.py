"""Files crosscheck derives once per machine and keeps: model exports, the gazetteer."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """$CROSSCHECK_CACHE, else the user's cache folder."""
    if os.environ.get("CROSSCHECK_CACHE"):
        return Path(os.environ["CROSSCHECK_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


def partial_name(path: Path) -> Path:
    """Where to write `path` before renaming it into place, so that concurrent processes
    never read half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_name(f".{path.name}.{os.getpid()}.partial")
