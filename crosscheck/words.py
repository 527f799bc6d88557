"""English words as lemminflect's dictionary knows them: what the place and subject readers
ask to tell a name from an ordinary word ("Male" and "Labour" are words, "Kyiv" is not)."""

from __future__ import annotations

import functools

# Nouns news writes every day that lemminflect's dictionary predates: "Crypto rout
# deepens", "Heatwave grips Spain", "Cyberattack cripples M&S" open with a word, not a name.
NEWER_NOUNS: frozenset[str] = frozenset(
    """crypto cryptocurrency fintech stablecoin blockchain chatbot smartphone app podcast
    livestream ransomware cyberattack deepfake esports selfie vape heatwave""".split())


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
