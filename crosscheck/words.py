"""English words as lemminflect's dictionary knows them: what the place and subject readers
ask to tell a name from an ordinary word ("Male" and "Labour" are words, "Kyiv" is not)."""

from __future__ import annotations

import functools
import unicodedata

# Nouns news writes every day that lemminflect's dictionary predates: "Crypto rout
# deepens", "Heatwave grips Spain", "Cyberattack cripples M&S" open with a word, not a name.
NEWER_NOUNS: frozenset[str] = frozenset(
    """crypto cryptocurrency fintech stablecoin blockchain chatbot smartphone app podcast
    livestream ransomware cyberattack deepfake esports selfie vape heatwave medtech biotech
    edtech cleantech proptech insurtech agritech neobank robotaxi superapp""".split())

# A superlative, ranked or not, as a pattern's part: "biggest", "second-busiest",
# "fastest-growing", "most industrialised" (extract's world-ranked features, things' ranked
# economies).
SUPERLATIVE = r"(?:(?:[a-z]+-)?[a-z]+est(?:-[a-z]+)?|most\s+[a-z-]+)"
# Words that make what follows another than the story's own: "The nearby Nurek dam", "Rival
# Ryanair", "the neighbouring Baltic state" (subjects' another, scope's one country of a
# region), as a lower-case pattern's part.
ANOTHER_THAN_ITS_STORYS = r"(?:nearby|neighbou?ring|rival)"


@functools.cache
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The dictionary's lemmas of a lower-case word, by part of speech; empty when unknown."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    if not found and (noun := word if word in NEWER_NOUNS else word.removesuffix("s")
                      ) in NEWER_NOUNS:
        return {"NOUN": (noun,)}
    return found


def is_english_word(word: str) -> bool:
    return bool(lemmas(word.lower()))


@functools.cache
def singular(word: str) -> str:
    """The noun's lemma: soldiers -> soldier, men -> man."""
    from lemminflect import getLemma

    found = getLemma(word.lower(), upos="NOUN")
    return found[0] if found else word.lower()


@functools.cache
def is_plural_noun(word: str) -> bool:
    """Whether a word is a plural noun ("troops", "men"), not a participle ("injured")."""
    from lemminflect import getInflection

    lower = word.lower()
    lemma = singular(lower)
    return lemma != lower and lower in getInflection(lemma, tag="NNS")


@functools.cache
def is_finite_verb(word: str) -> bool:
    """"took", "reported", "has", "is": an inflected verb, not a bare one, a plural noun or
    an -ing form ("Health spending is to grow": "spending" is the noun a name never
    precedes)."""
    lower = word.lower()
    known = lemmas(lower)
    bases = {form for kind in ("VERB", "AUX") for form in known.get(kind, ())}
    return (bool(bases) and lower not in bases
            and ("AUX" in known or not is_plural_noun(lower))  # "has" is no plural of "ha"
            and not lower.endswith("ing"))


# Letters no accent can be taken off, as English prints them: "Orsted" for "Ørsted",
# "Lodz" for "Łódź".
_PLAIN_LETTERS = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe",
                                "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ß": "ss"})


def unaccented(name: str) -> str:
    """A name as news often prints it, without its accents: "Vina del Mar", "Malmo", "Sao
    Paulo", "Orsted"."""
    return "".join(character for character in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(character)).translate(_PLAIN_LETTERS)
