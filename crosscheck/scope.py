"""Where a figure applies: the places a sentence names, each under one name.

"US soldiers in Poland" and "American troops in Poland" have one scope; "all of Eastern
Europe" and "neighbouring countries" are regions, and a figure for a region is another fact
than a figure for one of its countries.
"""

from __future__ import annotations

import functools
import re

from crosscheck import _lexicon as lex

_SCOPE_PHRASE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(lex.SCOPE_PHRASES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


@functools.cache
def _place_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for every place name we know, and the one name each stands for."""
    import pycountry

    names = dict(lex.PLACE_ALIASES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names.setdefault(name, getattr(country, "common_name", None) or country.name)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({alternatives})(?![\w])"), names


# Places named only to compare with are not the figure's scope: "25.7%, the highest in the
# European Union", "higher than in Germany", "compared with 3% in France".
_COMPARISON = re.compile(
    r"\bthe\s+(?:highest|lowest|largest|smallest|biggest|most|least|fastest|slowest|"
    r"worst|best)\b[^,;.]*?\b(?:in|of|among|across)\b[^,;.]*"
    r"|\b(?:than|compared\s+(?:with|to)|versus|against)\b[^,;.]*",
    re.IGNORECASE,
)


def find_places(sentence: str) -> frozenset[str]:
    """The places a sentence speaks of, named one way: its scope."""
    pattern, names = _place_table()
    scope = _COMPARISON.sub(" ", sentence)
    places = {names[m.group(1)] for m in pattern.finditer(scope)}
    places.update(lex.SCOPE_PHRASES[m.group(1).lower()] for m in _SCOPE_PHRASE.finditer(scope))
    return frozenset(places)
