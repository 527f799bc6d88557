"""Which lines of an article are article text, and where its sentences begin and end."""

from __future__ import annotations

import functools
import re

from crosscheck import _lexicon as lex

# A sentence shorter than this many words is a menu item or a label, not a claim; a short
# one that ends like a sentence may be one ("Three people have died.").
MIN_SENTENCE_WORDS = 3

LIST_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|[-*•·]\s+|\d{1,3}[.)]\s+|>\s*)")
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in lex.FURNITURE_LINE_PATTERNS]
_SHORT_FURNITURE = [re.compile(p, re.IGNORECASE) for p in lex.FURNITURE_SHORT_LINE_PATTERNS]
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
    return any(pattern.search(line) for pattern in _FURNITURE) or (
        len(line.split()) <= lex.FURNITURE_SHORT_LINE_WORDS
        and any(pattern.search(line) for pattern in _SHORT_FURNITURE))


def is_claim_sentence(sentence: str, is_title: bool = False) -> bool:
    """Prose that can make a claim: enough words, and a sentence end unless it is the title."""
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return False
    return is_title or bool(_TERMINAL.search(sentence))


@functools.cache
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# Where pysbd may end a sentence with more text after it (a stop, a closing bracket or
# quote): without one, a paragraph is a single sentence and pysbd (a third of extraction
# time) is not asked. tests/test_properties.py holds this to pysbd's own answer.
_SENTENCE_END_INSIDE = re.compile(r"[.!?…;:)\]\"'”’]\s+\S")


def _sentence_spans(text: str) -> list[tuple[int, str]]:
    """pysbd's sentences with their offsets. Found by a moving str.find: pysbd's segment()
    always places them by compiling a regex per sentence, a sixth of all extraction time, so
    its processor is called directly."""
    if not _SENTENCE_END_INSIDE.search(text):  # one sentence: no full stop before its end
        return _whole(text, 0)
    spans, cursor = [], 0
    for sentence in _segmenter().processor(text).process():
        core = sentence.strip()
        if not core:
            continue
        start = text.find(core, cursor)
        if start < 0:  # pysbd rewrote a sentence: keep the rest whole rather than lose it
            return spans + _whole(text, cursor)
        spans.append((start, core))
        cursor = start + len(core)
    return spans


def _whole(text: str, start: int) -> list[tuple[int, str]]:
    """text[start:] as one sentence, trimmed, with its offset."""
    core = text[start:].strip()
    return [(text.index(core, start), core)] if core else []


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one paragraph with their offsets, whitespace trimmed."""
    pieces = []
    for span_start, sentence in _sentence_spans(text):
        piece_start = span_start
        for cut in _INNER_BREAK.finditer(sentence):
            word = re.search(r"(^|[^A-Za-z.])([A-Za-z]+)$", sentence[: cut.start()])
            if word is None or word.group(2).lower() in _ABBREVIATIONS:
                continue
            pieces.append((piece_start, text[piece_start : span_start + cut.end()]))
            piece_start = span_start + cut.end()
        pieces.append((piece_start, text[piece_start : span_start + len(sentence)]))
    trimmed = []
    for start, raw in pieces:
        stripped = raw.strip()
        if stripped:
            trimmed.append((start + len(raw) - len(raw.lstrip()), stripped))
    return trimmed
