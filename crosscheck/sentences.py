"""Which lines of an article are article text, and where its sentences begin and end."""

from __future__ import annotations

import functools
import re

from crosscheck import _lexicon as lex

# A sentence shorter than this many words is a heading, caption or menu item, not a claim.
MIN_SENTENCE_WORDS = 5

LIST_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*•·]\s+|\d{1,3}[.)]\s+|>\s*)")
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in lex.FURNITURE_LINE_PATTERNS]
_TERMINAL = re.compile(r"[.!?][\"'”’)]?\s*$|[\"”’]\s*$")

# pysbd keeps a quoted passage whole ("We rely on ... held. The US has ... ," he said), which
# makes frames long and vague. Inside its sentences we also break after a full stop that ends
# a word of three or more letters and is followed by a capital; abbreviations are spared.
_INNER_BREAK = re.compile(r"(?<=[A-Za-z]{3})[.!?](?=\s+[\"“]?[A-Z])")
_ABBREVIATIONS = frozenset(
    """approx est etc incl govt dept gen sen rep gov corp inc ltd jan feb mar apr jun jul
    aug sep sept oct nov dec mrs prof capt col lieut sgt adm ave blvd""".split()
)


def is_furniture(line: str) -> bool:
    """Page furniture: counters, share bars, copyright, newsletter boxes, link lists."""
    return any(pattern.search(line) for pattern in _FURNITURE)


def is_claim_sentence(sentence: str, is_title: bool = False) -> bool:
    """Prose that can make a claim: enough words, and a sentence end unless it is the title."""
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return False
    return is_title or bool(_TERMINAL.search(sentence))


@functools.cache
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph with their offsets, whitespace trimmed."""
    pieces = []
    for span in _segmenter().segment(text):
        piece_start = span.start
        for cut in _INNER_BREAK.finditer(span.sent):
            word = re.search(r"(^|[^A-Za-z.])([A-Za-z]+)$", span.sent[: cut.start()])
            if word is None or word.group(2).lower() in _ABBREVIATIONS:
                continue
            pieces.append((piece_start, text[piece_start : span.start + cut.end()]))
            piece_start = span.start + cut.end()
        pieces.append((piece_start, text[piece_start : span.start + len(span.sent)]))
    trimmed = []
    for start, raw in pieces:
        stripped = raw.strip()
        if stripped:
            trimmed.append((start + len(raw) - len(raw.lstrip()), stripped))
    return trimmed
