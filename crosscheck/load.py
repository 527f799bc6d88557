"""Reading a corpus from disk: folders, .txt/.md with front matter, .jsonl and .html.

This is the I/O edge. A file that cannot be read becomes a LoadError with a one-line reason
and the rest of the corpus still loads: one broken file must never hide the others.
"""

from __future__ import annotations

import bisect
import html
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as date_parser

from crosscheck.article import Article

log = logging.getLogger(__name__)
# Status lines for a terminal (the CLI shows them only there); see crosscheck.progress.
progress = logging.getLogger("crosscheck.progress")
PROGRESS_EVERY = 200

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DOCX_SUFFIXES = frozenset({".docx"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES

# How many leading lines of an undated text are searched for a standalone date line.
DATE_SEARCH_LINES = 40
DATE_LINE = re.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*$",
    re.IGNORECASE,
)


class ArticleError(ValueError):
    """A file, or one record in it, that cannot become an article."""


@dataclass(frozen=True)
class LoadError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files the configuration leaves out


def load_corpus(paths: Iterable[str | Path], ignore: Sequence[str] = ()) -> Corpus:
    """Load every supported file under the given files and folders, except those matching
    an `ignore` pattern (fnmatch, against the path as found: "corpus/old/*", "*.draft.md")."""
    corpus = Corpus()
    for number, path in enumerate(_walk(paths, corpus.errors), start=1):
        if any(fnmatch(str(path), pattern) or fnmatch(path.name, pattern) for pattern in ignore):
            corpus.ignored.append(str(path))
            continue
        articles, errors = load_file(path)
        corpus.articles.extend(articles)
        corpus.errors.extend(errors)
        if number % PROGRESS_EVERY == 0:
            progress.info("read %d files, %d articles", number, len(corpus.articles))
    log.info("loaded %d articles, %d errors, %d ignored", len(corpus.articles),
             len(corpus.errors), len(corpus.ignored))
    return corpus


def load_file(path: Path) -> tuple[list[Article], list[LoadError]]:
    """One file to its articles; never raises for bad content."""
    name = str(path)
    try:
        if path.suffix.lower() in DOCX_SUFFIXES:
            return [_load_docx(name, path)], []
        raw = _read_text(path)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            return _load_jsonl(name, raw)
        if suffix in HTML_SUFFIXES:
            return [_load_html(name, raw)], []
        article, warnings = _load_text(name, raw)
        return [article], warnings
    except ArticleError as error:
        return [], [LoadError(name, str(error))]
    except OSError as error:
        return [], [LoadError(name, f"cannot read file: {error.strerror or error}")]


def _walk(paths: Iterable[str | Path], errors: list[LoadError]) -> Iterator[Path]:
    """Files to load, in a stable order. Hidden files and folders (.git) are not articles."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield from _supported(child, errors)
        elif path.is_file():
            yield from _supported(path, errors)
        else:
            errors.append(LoadError(str(path), "no such file or folder"))


def _supported(path: Path, errors: list[LoadError]) -> Iterator[Path]:
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        yield path
    else:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        errors.append(LoadError(str(path), f"unsupported file type (expected one of {kinds})"))


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise ArticleError(
            f"not UTF-8 text (byte 0x{byte:02x} at offset {error.start}); re-save it as UTF-8"
        ) from None


def _load_text(name: str, raw: str) -> tuple[Article, list[LoadError]]:
    meta, body, body_line = _split_front_matter(raw)
    if not body.strip():
        raise ArticleError("no article text after the front matter")
    published, date_origin, warnings = _metadata_date(name, meta.get("published"))
    if published is None and not warnings:
        published = _date_from_text(body)
        date_origin = "text" if published else None
    origins = tuple((body_line + index, 1) for index in range(body.count("\n") + 1))
    article = Article(
        id=name,
        path=name,
        text=body,
        source=_string(meta.get("source")),
        title=_string(meta.get("title")) or _title_from_text(body),
        url=_string(meta.get("url")),
        published=published,
        date_origin=date_origin,
        line_origins=origins,
    )
    return article, warnings


def _split_front_matter(raw: str) -> tuple[dict[str, Any], str, int]:
    """Split YAML front matter from the body; the int is the body's first file line."""
    if not raw.startswith("---"):
        return {}, raw, 1
    lines = raw.split("\n")
    if lines[0].strip() != "---":
        return {}, raw, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            block = "\n".join(lines[1:index])
            try:
                meta = yaml.safe_load(block) or {}
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                where = f" at line {mark.line + 2}" if mark else ""
                problem = getattr(error, "problem", None) or "cannot be parsed"
                raise ArticleError(f"front matter is not valid YAML{where}: {problem}") from None
            if not isinstance(meta, dict):
                raise ArticleError("front matter must be a mapping of keys to values")
            return meta, "\n".join(lines[index + 1 :]), index + 2
    raise ArticleError("front matter opened on line 1 is never closed with '---'")


def _metadata_date(name: str, value: Any) -> tuple[date | None, str | None, list[LoadError]]:
    if value is None or value == "":
        return None, None, []
    if isinstance(value, datetime):
        return value.date(), "metadata", []
    if isinstance(value, date):
        return value, "metadata", []
    try:
        return date_parser.parse(str(value)).date(), "metadata", []
    except (ValueError, OverflowError):
        message = f"published {value!r} is not a date; article loaded as undated"
        return None, None, [LoadError(name, message)]


def _date_from_text(body: str) -> date | None:
    """A standalone date line near the top (a byline date), when metadata has none."""
    for line in body.split("\n")[:DATE_SEARCH_LINES]:
        if DATE_LINE.match(line):
            try:
                return date_parser.parse(line.strip()).date()
            except (ValueError, OverflowError):
                continue
    return None


def _title_from_text(body: str) -> str | None:
    for line in body.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped
    return None


def _string(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def _load_jsonl(name: str, raw: str) -> tuple[list[Article], list[LoadError]]:
    articles: list[Article] = []
    errors: list[LoadError] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(LoadError(where, f"not valid JSON: {error.msg} at column {error.colno}"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            errors.append(LoadError(where, "record has no 'text' string"))
            continue
        text = record["text"]
        if not text.strip():
            errors.append(LoadError(where, "record's 'text' is empty"))
            continue
        published, date_origin, warnings = _metadata_date(where, record.get("published"))
        errors.extend(warnings)
        articles.append(
            Article(
                id=str(record.get("id") or where),
                path=name,
                text=text,
                source=_string(record.get("source")),
                title=_string(record.get("title")),
                url=_string(record.get("url")),
                published=published,
                date_origin=date_origin,
                line_origins=_jsonl_origins(line, text, number),
                escaped=True,
            )
        )
    return articles, errors


def _jsonl_origins(line: str, text: str, number: int) -> tuple[tuple[int, int], ...]:
    """Columns where each text line starts inside the escaped JSON string on file line."""
    encoded = json.dumps(text, ensure_ascii=False)[1:-1]
    start = line.find(encoded)
    if start < 0:  # written with other escaping; point at the record
        return tuple((number, 1) for _ in text.split("\n"))
    origins = []
    offset = 0
    for text_line in text.split("\n"):
        prefix = json.dumps(text[:offset], ensure_ascii=False)[1:-1]
        origins.append((number, start + len(prefix) + 1))
        offset += len(text_line) + 1
    return tuple(origins)


def _load_html(name: str, raw: str) -> Article:
    import trafilatura  # heavy import, only for HTML corpora

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ArticleError("no article text found in the HTML page")
    published, date_origin, _ = _metadata_date(name, getattr(document, "date", None))
    return Article(
        id=name,
        path=name,
        text=text,
        source=_string(getattr(document, "sitename", None)),
        title=_string(getattr(document, "title", None)),
        url=_string(getattr(document, "url", None)),
        published=published,
        date_origin=date_origin,
        line_origins=_html_origins(raw, text),
    )


def _html_origins(raw: str, text: str) -> tuple[tuple[int, int], ...]:
    """Find each extracted paragraph again in the page source, so findings point into it.

    Inline tags and entities mean a paragraph's text is not always verbatim in the source;
    its first words usually are. A paragraph not found keeps its predecessor's position.
    """
    line_starts = [0] + [i + 1 for i, char in enumerate(raw) if char == "\n"]
    origins: list[tuple[int, int]] = []
    cursor = 0
    last = (1, 1)
    for paragraph in text.split("\n"):
        found = -1
        for size in (40, 20, 10):
            needle = paragraph.strip()[:size]
            if not needle:
                break
            for candidate in (needle, html.escape(needle, quote=False)):
                found = raw.find(candidate, cursor)
                if found >= 0:
                    break
            if found >= 0:
                break
        if found >= 0:
            line_index = bisect.bisect_right(line_starts, found) - 1
            last = (line_index + 1, found - line_starts[line_index] + 1)
            cursor = found + 1
        origins.append(last)
    return tuple(origins)


def _load_docx(name: str, path: Path) -> Article:
    """A Word draft: its paragraphs as lines, so a finding's "line" is the paragraph number.
    Undated: a draft is being written now."""
    import zipfile

    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise ArticleError(f"not a readable .docx file ({error})") from None
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    if not text.strip():
        raise ArticleError("no text in the .docx file")
    title = document.core_properties.title or _title_from_text(text)
    return Article(id=name, path=name, text=text, title=title,
                   line_origins=tuple((number, 1) for number in range(1, text.count("\n") + 2)))
