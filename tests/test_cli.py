"""The `crosscheck report` command: formats, JSON contract, exit codes and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

from .conftest import FIXTURES

pytestmark = pytest.mark.model
runner = CliRunner()

STATEMENT_KEYS = {"path", "line", "column", "source", "published", "text", "value_text",
                  "low", "high", "unit"}


def run(*args: str):
    return runner.invoke(app, list(args))


def test_json_keeps_the_contract_keys() -> None:
    result = run("report", str(FIXTURES / "corpus"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"articles", "statements", "errors", "facts"} <= set(data)
    assert data["articles"] == 8 and data["errors"] == []
    for fact in data["facts"]:
        assert fact["label"] and fact["findings"]
        for finding in fact["findings"]:
            assert finding["verdict"] in {"consistent", "changed", "conflict"}
            for statement in finding["statements"]:
                assert set(statement) >= STATEMENT_KEYS
    more_than = [s for f in data["facts"] for fi in f["findings"] for s in fi["statements"]
                 if s["value_text"] == "more than 10,000"]
    assert more_than and all(s["low"] == 10000 and s["high"] is None for s in more_than)


def test_table_names_verdicts_sources_and_locations() -> None:
    result = run("report", str(FIXTURES / "corpus"))
    assert result.exit_code == 0
    assert "CONFLICT" in result.stdout and "CHANGED" in result.stdout
    assert "rose from About 5,500 (Harbor Gazette, 2022-02-03)" in result.stdout
    assert "river-times-2022-03-08.txt:8:21" in result.stdout
    assert "field-notes-undated.txt" in result.stdout  # listed as undated


def test_markdown_has_a_section_per_fact() -> None:
    result = run("report", str(FIXTURES / "corpus"), "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# crosscheck report")
    assert "## conflict: refugees" in result.stdout
    assert "| date" in result.stdout


@pytest.mark.parametrize(
    ("fail_on", "code"), [("never", 0), ("conflict", 1), ("changed", 1)]
)
def test_fail_on_sets_the_exit_code(fail_on: str, code: int) -> None:
    result = run("report", str(FIXTURES / "corpus"), "--fail-on", fail_on, "--format", "json")
    assert result.exit_code == code


def test_fail_on_conflict_passes_a_corpus_without_conflicts(corpus_copy: Path) -> None:
    (corpus_copy / "river-times-2022-03-08.txt").unlink()
    assert run("report", str(corpus_copy), "--fail-on", "conflict").exit_code == 0
    assert run("report", str(corpus_copy), "--fail-on", "changed").exit_code == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("report").exit_code == 2
    assert run("report", str(FIXTURES / "corpus"), "--format", "pdf").exit_code == 2
    missing = run("report", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.stderr


def test_bad_files_are_listed_and_good_ones_still_reported(corpus_copy: Path) -> None:
    (corpus_copy / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (corpus_copy / "latin1.md").write_bytes("---\nsource: X\n---\nZa\xbf\xf3\xb3\xe6 5 000 z\xb3.\n"
                                            .encode("latin-1"))
    (corpus_copy / "empty.md").write_text("")
    (corpus_copy / "broken.md").write_text("---\nsource: [unclosed\npublished: 2022-03-05\n---\n"
                                           "Some 5,500 US soldiers are in Poland today.\n")
    (corpus_copy / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    result = run("report", str(corpus_copy), "--format", "json")
    assert result.exit_code == 0
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 8
    assert any(f["verdict"] == "conflict" for f in data["facts"])
    reasons = {Path(e["path"]).name: e["message"] for e in data["errors"]}
    assert set(reasons) == {"scan.txt", "latin1.md", "empty.md", "broken.md", "photo.jpg"}
    assert "binary" in reasons["scan.txt"]
    assert "not UTF-8" in reasons["latin1.md"]
    assert reasons["empty.md"] == "empty file"
    assert "front matter is not valid YAML" in reasons["broken.md"]
    assert "unsupported file type" in reasons["photo.jpg"]
    assert all("\n" not in message for message in reasons.values())
    for name in reasons:  # each also reported on stderr, one line each
        assert f"{name}: " in result.stderr


def test_extract_shows_every_statement_with_its_quantity() -> None:
    result = run("extract", str(FIXTURES / "corpus" / "eastern-ledger-2022-03-05.md"),
                 "--format", "json")
    assert result.exit_code == 0
    statements = json.loads(result.stdout)["statements"]
    assert [s["value_text"] for s in statements] == [
        "more than 10,000", "more than 700,000", "hundreds of thousands"]
    for statement in statements:
        assert {"path", "line", "column", "text", "value_text", "low", "high", "unit", "role",
                "vague"} <= set(statement)
    assert statements[2]["vague"] and statements[2]["role"] == "change"


def test_extract_table_and_bad_paths(tmp_path: Path) -> None:
    table = run("extract", str(FIXTURES / "corpus" / "river-times-2022-03-08.txt"))
    assert "about 1.5 million" in table.stdout and "[1.35e+06, 1.65e+06]" in table.stdout
    assert run("extract", str(tmp_path / "none")).exit_code == 2


def test_eval_prints_figures_and_enforces_floors(tmp_path: Path) -> None:
    result = run("eval", "quantities", "--data", str(FIXTURES / "quantities"), "--split", "dev")
    assert result.exit_code == 0
    assert "precision" in result.stdout and "dev" in result.stdout
    strict = tmp_path / "floors.json"
    strict.write_text(json.dumps({"quantities": {"dev": {"f1": 1.01}}}))
    failing = run("eval", "quantities", "--data", str(FIXTURES / "quantities"),
                  "--split", "dev", "--floors", str(strict))
    assert failing.exit_code == 1 and "below its floor" in failing.stderr


def test_eval_matching_prints_every_method_and_checks_floors(tmp_path: Path) -> None:
    # every split is scored by tests/test_quality.py; here two stand for them all
    splits = ("--data", str(FIXTURES / "pairs"), "--split", "test", "--split", "fresh15")
    result = run("eval", "matching", *splits)
    assert result.exit_code == 0, result.output
    for method in ("baseline: sentence cosine, plain floats", "frame cosine + gates",
                   "crosscheck: frame + sentence + tf-idf, gates"):
        assert method in result.stdout
    scored = {line.split()[-8] for line in result.stdout.splitlines() if "  0.61  " in line}
    assert scored == {"test", "fresh15"}
    assert "pooled over all seen fresh splits, 1 split," in result.stdout
    assert "on dev, gated and 1 seen fresh split" in result.stdout
    strict = tmp_path / "floors.json"
    strict.write_text(json.dumps({"matching": {"test": {"precision": 1.01},
                                               "fresh16": {"precision": 1.01}}}))
    failing = run("eval", "matching", *splits, "--floors", str(strict))
    # only the splits scored are held to their floors
    assert failing.exit_code == 1 and "test: precision" in failing.stderr
    assert "fresh16" not in failing.stderr


def test_eval_matching_names_an_unknown_split() -> None:
    result = run("eval", "matching", "--split", "fresh9999")
    assert result.exit_code == 2
    assert "no split 'fresh9999' (one of dev, gated, test, fresh, fresh4 to" in result.stderr


def test_progress_shows_on_a_terminal_and_nowhere_else() -> None:
    import io
    import logging

    from crosscheck.cli import show_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert show_progress(io.StringIO()) is None  # a pipe or a file: quiet
    screen = Terminal()
    handler = show_progress(screen)
    assert handler is not None
    logging.getLogger("crosscheck.progress").info("embedded %d/%d sentences", 64, 200)
    assert screen.getvalue().endswith("crosscheck: embedded 64/200 sentences")
    handler.clear()
    assert screen.getvalue().endswith("\r\x1b[K")
    logging.getLogger("crosscheck.progress").handlers = []


def test_config_ignore_leaves_files_out(tmp_path: Path, monkeypatch) -> None:
    import shutil

    shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    (tmp_path / "crosscheck.toml").write_text(
        'corpus = ["corpus"]\nignore = ["*.jsonl", "corpus/field-notes-*"]\n')
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("extract", "--format", "json").stdout)
    assert data["articles"] == 5  # 8, less the two wire records and the field notes
