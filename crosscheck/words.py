"""English words as lemminflect's dictionary knows them: what the place and subject readers
ask to tell a name from an ordinary word ("Male" and "Labour" are words, "Kyiv" is not)."""

from __future__ import annotations

import functools


@functools.cache
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The dictionary's lemmas of a lower-case word, by part of speech; empty when unknown."""
    from lemminflect import getAllLemmas

    return getAllLemmas(word)


def is_english_word(word: str) -> bool:
    return bool(lemmas(word.lower()))
