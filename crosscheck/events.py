"""What happened: the kind of event a sentence's figures are the toll of.

A death toll names its event more often than its place ("the quake", "the wildfires"), and
two tolls of two events can otherwise read alike: "has killed at least 64 people" and "24
people have been killed". The kind is a property of the sentence, so it is read from the
sentence when a gate needs it, not stored with each statement.
"""

from __future__ import annotations

import functools
import re

from crosscheck import _lexicon as lex

# A kind's word alone or in the plural ("wildfires", "floods"); not a firearm's "opened fire"
# or a figure "under fire".
_EVENT = re.compile(
    r"(?<!\bopened )(?<!\bopen )(?<!\bunder )\b("
    + "|".join(sorted(map(re.escape, lex.EVENT_KINDS), key=len, reverse=True))
    + r")(?:s|es)?\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1 << 14)
def event_kinds(sentence: str) -> frozenset[str]:
    """The kinds of event a sentence names: "The death toll from the New Year's Day quake
    rose to 78" -> {"earthquake"}."""
    return frozenset(lex.EVENT_KINDS[match.group(1).lower()]
                     for match in _EVENT.finditer(sentence))


def events_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences are about one event unless each names a kind and they share none."""
    return not a or not b or bool(a & b)
