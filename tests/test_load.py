"""Reading files: formats, metadata, dates, positions back into the file, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crosscheck import Article, extract_statements, load_corpus
from crosscheck.load import load_file

from .conftest import FIXTURES

CORPUS = FIXTURES / "corpus"


def test_front_matter_gives_source_date_and_title() -> None:
    [article], errors = load_file(CORPUS / "vistula-post-2022-02-02.md")
    assert errors == []
    assert (article.source, article.published, article.date_origin) == (
        "Vistula Post", date(2022, 2, 2), "metadata")
    assert article.title == "Washington to send 2,500 more troops to Poland, Warsaw says"


def test_jsonl_positions_point_into_the_escaped_line() -> None:
    path = CORPUS / "baltic-wire.jsonl"
    articles, errors = load_file(path)
    assert errors == [] and len(articles) == 2
    lines = path.read_text(encoding="utf-8").split("\n")
    for article in articles:
        for statement in extract_statements(article):
            line, column = statement.position
            assert lines[line - 1][column - 1 :].startswith(statement.value_text)


def test_jsonl_reports_bad_records_and_keeps_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    good = {"text": "Some 5,500 US soldiers are deployed in Poland, officials said.",
            "source": "Wire", "published": "2022-02-02"}
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"title": "x"}),
                               json.dumps({**good, "published": "someday"})]) + "\n")
    articles, errors = load_file(path)
    assert len(articles) == 2
    assert articles[1].published is None
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in errors[0].message
    assert "no 'text'" in errors[1].message
    assert "not a date" in errors[2].message


def test_html_main_text_metadata_and_positions() -> None:
    path = CORPUS / "morning-courier-2022-03-05.html"
    [article], errors = load_file(path)
    assert errors == []
    assert article.source == "Morning Courier"
    assert article.published == date(2022, 3, 5)
    assert "46 VIEWS" not in article.text and "injected" not in article.text
    statements = extract_statements(article)
    assert {s.value_text for s in statements} == {
        "more than doubled", "more than 10,000", "More than 1.3 million", "$2.75 billion"}
    lines = path.read_text(encoding="utf-8").split("\n")
    for statement in statements:
        line, _ = statement.position
        assert statement.value_text in lines[line - 1]


def test_date_from_text_when_metadata_has_none(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Troops arrive\n\n24 May 2024\n\nSome 5,500 US soldiers are in Poland now.\n")
    [article], _ = load_file(path)
    assert (article.published, article.date_origin) == (date(2024, 5, 24), "text")


def test_unclosed_front_matter_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "open.md"
    path.write_text("---\nsource: X\nSome 5,500 US soldiers are in Poland now.\n")
    articles, errors = load_file(path)
    assert articles == [] and "never closed" in errors[0].message


def test_missing_path_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]\n")
    (tmp_path / "a.txt").write_text("Some 5,500 US soldiers are deployed in Poland today.\n")
    corpus = load_corpus([tmp_path, tmp_path / "missing"])
    assert len(corpus.articles) == 1
    assert [(Path(e.path).name, e.message) for e in corpus.errors] == [
        ("missing", "no such file or folder")]


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter: the 3 stories you need every morning.",
    "Login to your account below", "Forgotten Password? Sign Up", "Register",
    "Fill the forms below to register", "All fields are required. Log In",
    "We use cookies to improve your experience.", "Consent Preferences",
    "Subscribe now for £1 a week",
])
def test_account_boxes_and_cookie_banners_are_furniture(line: str) -> None:
    from crosscheck.sentences import is_furniture

    assert is_furniture(line)


def test_news_that_names_a_register_or_cookies_is_read() -> None:
    """A word a newsletter box or a cookie banner uses is no furniture in a news sentence:
    these lines were dropped whole, with their figures, before."""
    text = ("Nine sightings of the Loch Ness monster were recorded in 2024, according to the "
            "official register.\nThe electoral register lists 46 million voters.\n"
            "Girl Scouts sold 200 million boxes of cookies last year.")
    found = extract_statements(Article(id="a", path="a.md", text=text))
    assert [s.value_text for s in found] == ["Nine", "46 million", "200 million"]
