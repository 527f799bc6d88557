"""An article as the pipeline sees it, and how its text maps back to the file it came from.

Every finding must point at file:line:col, so an article keeps, for each line of its text,
where that line starts in the source file. Plain text maps one to one; a JSONL record sits
on one line with its text escaped; HTML paragraphs are found again in the page source.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from datetime import date

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    # Where `published` came from: "metadata", "text", or None when undated.
    date_origin: str | None = None
    # (file line, file column) where each line of `text` starts, both 1-based.
    line_origins: tuple[tuple[int, int], ...] = ()
    # True when the text sits JSON-escaped in the file (JSONL), so columns count escapes.
    escaped: bool = False
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(match.end() for match in _NEWLINE.finditer(self.text))
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """File line and column (1-based) of a character offset in `text`."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        within = offset - self._line_starts[index]
        if self.escaped:
            line_text = self.text[self._line_starts[index] : offset]
            within = len(json.dumps(line_text, ensure_ascii=False)) - 2
        if index < len(self.line_origins):
            line, column = self.line_origins[index]
        else:
            line, column = index + 1, 1
        return line, column + within

    @property
    def label(self) -> str:
        """How a report names the article: its outlet, else its file name."""
        return self.source or self.path.rsplit("/", 1)[-1]
