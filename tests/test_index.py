"""The persistent corpus index: only changed articles cost anything, and a check against it
gives the same answers as a check against the files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck import Settings
from crosscheck.cli import app
from crosscheck.index import CorpusIndex

from .conftest import FIXTURES, BagOfWordsEmbedder

DRAFT = FIXTURES / "drafts" / "troops-draft.md"


def test_only_new_changed_and_vanished_articles_are_touched(corpus_copy: Path,
                                                            tmp_path: Path) -> None:
    index = CorpusIndex(tmp_path / "index.sqlite")
    embedder = BagOfWordsEmbedder()
    first = index.update([corpus_copy], Settings(), embedder)
    assert (first.articles, first.added, first.statements) == (8, 8, 20)
    # The bag-of-words fake cannot pool parts of a sentence: 20 frames and 19 sentences, and
    # the 6 headlines that are none of those sentences (for the statements' contexts).
    assert first.embedded == 45
    again = index.update([corpus_copy], Settings(), embedder)
    assert (again.added, again.unchanged, again.embedded) == (0, 8, 0)
    river = corpus_copy / "river-times-2022-03-08.txt"
    river.write_text(river.read_text().replace("about 1.5 million", "about 1.6 million"))
    (corpus_copy / "field-notes-undated.txt").unlink()
    changed = index.update([corpus_copy], Settings(), embedder)
    # The frame masks the number, so a corrected figure costs one embedding: its sentence.
    assert (changed.added, changed.removed, changed.embedded) == (1, 1, 1)
    stored = index.read()
    assert len(stored.articles) == 7
    assert any(s.value_text == "about 1.6 million" for s in stored.statements)
    index.close()


def test_an_upgraded_reader_extracts_every_article_again(
        corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = CorpusIndex(tmp_path / "index.sqlite")
    embedder = BagOfWordsEmbedder()
    index.update([corpus_copy], Settings(), embedder)
    monkeypatch.setattr("crosscheck.index.reader_fingerprint", lambda: "a newer reader")
    upgraded = index.update([corpus_copy], Settings(), embedder)
    assert (upgraded.added, upgraded.unchanged, upgraded.embedded) == (8, 0, 0)
    index.close()


def test_statements_come_back_as_they_went_in(tmp_path: Path) -> None:
    from crosscheck.pipeline import read_statements

    index = CorpusIndex(tmp_path / "index.sqlite")
    index.update([FIXTURES / "corpus"], Settings(), BagOfWordsEmbedder())
    stored = {(s.article.path, s.value_start): s for s in index.read().statements}
    for original in read_statements([FIXTURES / "corpus"]).statements:
        back = stored[(original.article.path, original.value_start)]
        assert (back.value_text, back.quantity, back.role, back.thing, back.measure,
                back.places, back.frame, back.subjects, back.as_of, back.position) == (
            original.value_text, original.quantity, original.role, original.thing,
            original.measure, original.places, original.frame, original.subjects,
            original.as_of, original.position)
    index.close()


def test_an_index_from_an_older_crosscheck_opens_and_is_brought_up_to_date(
        corpus_copy: Path, tmp_path: Path) -> None:
    import sqlite3

    (corpus_copy / "quake.md").write_text(  # a headline that names the event
        "---\nsource: Quake Desk\npublished: 2023-02-08\ntitle: Earthquake toll rises\n---\n"
        "# Earthquake toll rises\n\nRescuers said 5,000 people had died.\n", encoding="utf-8")
    path = tmp_path / "old.sqlite"
    made = CorpusIndex(path)
    made.update([corpus_copy], Settings(), BagOfWordsEmbedder())
    made.close()
    made = CorpusIndex(path)
    dated = {(s.value_start, s.as_of, s.since) for s in made.read().statements}
    events = {(s.value_start, s.events) for s in made.read().statements}
    made.close()
    with sqlite3.connect(path) as db:  # the session-2 schema had none of these columns
        db.execute("ALTER TABLE statements DROP COLUMN subjects")
        db.execute("ALTER TABLE statements DROP COLUMN dates")
        db.execute("ALTER TABLE statements DROP COLUMN events")
        db.execute("UPDATE articles SET content_hash = 'older reader'")
    index = CorpusIndex(path)
    old = index.read().statements
    assert {s.subjects for s in old} == {frozenset()}
    assert {(s.value_start, s.as_of, s.since) for s in old} == dated  # read from sentences
    assert {(s.value_start, s.events) for s in old} == events
    assert any(s.events for s in old)
    updated = index.update([corpus_copy], Settings(), BagOfWordsEmbedder())
    assert (updated.added, updated.statements) == (9, 21)
    assert any(s.subjects for s in index.read().statements)
    index.close()


@pytest.mark.model
def test_check_against_the_index_matches_check_against_the_files(tmp_path: Path) -> None:
    runner = CliRunner()
    store = tmp_path / "index.sqlite"
    built = runner.invoke(app, ["index", str(FIXTURES / "corpus"), "--store", str(store)])
    assert built.exit_code == 0 and "8 new or changed" in built.stdout
    rebuilt = runner.invoke(app, ["index", str(FIXTURES / "corpus"), "--store", str(store)])
    assert "0 new or changed, 8 unchanged" in rebuilt.stdout and "0 sentences embedded" in (
        rebuilt.stdout)

    def verdicts(against: str) -> list[tuple[str, str]]:
        result = runner.invoke(app, ["check", str(DRAFT), "--against", against, "--format",
                                     "json", "--fail-on", "never"])
        return [(f["value_text"], f["verdict"]) for f in json.loads(result.stdout)["findings"]]

    assert verdicts(str(store)) == verdicts(str(FIXTURES / "corpus"))
    assert runner.invoke(app, ["index", str(FIXTURES / "corpus")]).exit_code == 2  # no store


@pytest.mark.model
def test_the_default_model_runs_once_per_sentence(tmp_path: Path) -> None:
    index = CorpusIndex(tmp_path / "index.sqlite")
    summary = index.update([FIXTURES / "corpus"], Settings())
    # 20 numbers in 19 sentences, and 6 headlines that are none of those sentences
    assert (summary.statements, summary.embedded) == (20, 25)
    index.close()
