"""Where a figure applies: the places a sentence names, each under one name.

"US soldiers in Poland" and "American troops in Poland" have one scope; "all of Eastern
Europe" and "neighbouring countries" are regions, and a figure for a region is another fact
than a figure for one of its countries.
"""

from __future__ import annotations

import re

from crosscheck import _lexicon as lex
from crosscheck.places import is_common_word, places_named

SCOPE_PHRASE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(lex.SCOPE_PHRASES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# Places named only to compare with are not the figure's scope: "25.7%, the highest in the
# European Union", "higher than in Germany", "compared with 3% in France".
_COMPARISON = re.compile(
    r"\bthe\s+(?:highest|lowest|largest|smallest|biggest|most|least|fastest|slowest|"
    r"worst|best)\b[^,;.]*?\b(?:in|of|among|across)\b[^,;.]*"
    r"|\b(?:than|compared\s+(?:with|to)|versus|against)\b[^,;.]*",
    re.IGNORECASE,
)


# A capitalised word after "in", "on", "at" that the gazetteer lacks is most likely a place
# too small for it: "evacuated on Rhodes", "the checkpoint at Medyka".
_LOCATIVE = re.compile(
    r"\b(?:in|on|at|near|across|outside|around)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def find_places(sentence: str) -> frozenset[str]:
    """The places a sentence speaks of, named one way: its scope."""
    scope = _COMPARISON.sub(" ", sentence)
    places = set(places_named(scope))
    for match in _LOCATIVE.finditer(scope):
        name = match.group(1).removesuffix("'s").removesuffix("’s")
        if (not places_named(name) and not is_common_word(name.split()[0])
                and not any(character.isdigit() for character in name)):  # "in Covid-19 cases"
            places.add(name)
    places.update(lex.SCOPE_PHRASES[m.group(1).lower()] for m in SCOPE_PHRASE.finditer(scope))
    return frozenset(places)
