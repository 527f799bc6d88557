"""The pytest plugin, driven through pytest's own pytester: a corpus under test."""

from __future__ import annotations

import json
import os

# pytester's in-process runs drop modules first imported inside them; the C extensions of
# torch and onnxruntime (the default backend) cannot be imported twice, so the model stack is
# imported here, outside them.
import onnx  # noqa: F401
import onnxruntime  # noqa: F401
import pytest
import sentence_transformers  # noqa: F401
import torch  # noqa: F401

pytestmark = pytest.mark.model

TROOPS_FEB = """---
source: Vistula Post
published: 2022-02-02
---
Some 5,500 US soldiers are already stationed in Poland, officials said.
"""
TROOPS_MAR = """---
source: Eastern Ledger
published: 2022-03-05
---
Poland now hosts more than 10,000 American troops, the prime minister said.
"""
REFUGEES_A = """---
source: Baltic Wire
published: 2022-03-08
---
Poland has received some 1.2 million refugees from Ukraine, the border guard said.
"""
REFUGEES_B = """---
source: River Times
published: 2022-03-08
---
Poland has taken in about 1.5 million refugees from Ukraine so far, officials said.
"""


@pytest.fixture(autouse=True)
def shared_model_cache(monkeypatch: pytest.MonkeyPatch,
                       tmp_path_factory: pytest.TempPathFactory) -> None:
    """pytester gives each run a fresh HOME; one ONNX export serves every run instead."""
    if "CROSSCHECK_CACHE" not in os.environ:
        monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path_factory.getbasetemp() / "models"))


@pytest.fixture
def corpus(pytester: pytest.Pytester):
    """A corpus with one conflict (refugees) and one change (troops)."""
    folder = pytester.mkdir("corpus")
    for name, text in {"a.md": TROOPS_FEB, "b.md": TROOPS_MAR, "c.md": REFUGEES_A,
                       "d.md": REFUGEES_B}.items():
        (folder / name).write_text(text)
    return folder


def test_a_conflict_fails_exactly_one_item(pytester: pytest.Pytester, corpus) -> None:
    result = pytester.runpytest("--crosscheck", str(corpus))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "*crosscheck: refugees (Poland, Ukraine)*",
        "*conflict: some 1.2 million (Baltic Wire, 2022-03-08) vs about 1.5 million "
        "(River Times, 2022-03-08)*",
        "*source*date*value*where*",
        "*Baltic Wire*2022-03-08*some 1.2 million*corpus/c.md:5:*",
        "*crosscheck: 2 facts checked: 0 consistent, 1 changed, 1 conflict*",
    ])


def test_a_clean_corpus_passes(pytester: pytest.Pytester, corpus) -> None:
    (corpus / "d.md").unlink()
    result = pytester.runpytest("--crosscheck", str(corpus))
    result.assert_outcomes(passed=1)
    assert result.ret == 0


def test_k_selects_facts_by_name(pytester: pytest.Pytester, corpus) -> None:
    result = pytester.runpytest("--crosscheck", str(corpus), "-k", "troops")
    result.assert_outcomes(passed=1, deselected=1)


def test_strict_mode_fails_a_change(pytester: pytest.Pytester, corpus) -> None:
    result = pytester.runpytest("--crosscheck", str(corpus), "--crosscheck-strict")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*changed: rose from Some 5,500 (Vistula Post, 2022-02-02) "
                                 "to more than 10,000 (Eastern Ledger, 2022-03-05)*"])


def test_baseline_accepts_known_findings_and_new_ones_still_fail(
        pytester: pytest.Pytester, corpus) -> None:
    pytester.runpytest("--crosscheck", str(corpus), "--crosscheck-update-baseline")
    accepted = json.loads((pytester.path / "crosscheck-baseline.json").read_text())["accepted"]
    assert {item["verdict"] for item in accepted} == {"conflict", "changed"}
    pytester.runpytest("--crosscheck", str(corpus)).assert_outcomes(passed=2)
    (corpus / "e.md").write_text(REFUGEES_B.replace("River Times", "Harbour Daily")
                                 .replace("about 1.5 million", "some 1.9 million"))
    result = pytester.runpytest("--crosscheck", str(corpus))
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["*Harbour Daily*"])


def test_an_unreadable_file_fails_its_own_item(pytester: pytest.Pytester, corpus) -> None:
    (corpus / "scan.txt").write_bytes(b"\x00\x01binary")
    result = pytester.runpytest("--crosscheck", str(corpus), "-k", "unreadable")
    result.assert_outcomes(failed=1, deselected=2)
    result.stdout.fnmatch_lines(["*cannot read*scan.txt: binary file, not text*"])


def test_the_ini_option_names_the_corpus(pytester: pytest.Pytester, corpus) -> None:
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ncrosscheck_corpus = ["corpus"]\n')
    pytester.runpytest().assert_outcomes(passed=1, failed=1)


def test_the_fixture_gives_tests_the_analysed_corpus(pytester: pytest.Pytester, corpus) -> None:
    pytester.makepyfile(test_custom="""
        def test_no_conflict_quotes_vistula(crosscheck_corpus):
            assert not crosscheck_corpus.conflicts(source="Vistula Post")

        def test_river_times_is_in_a_conflict(crosscheck_corpus):
            assert crosscheck_corpus.conflicts(source="River Times")
    """)
    result = pytester.runpytest("--crosscheck", str(corpus), "-k", "custom")
    result.assert_outcomes(passed=2, deselected=2)


def test_without_a_corpus_the_plugin_does_nothing(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
    assert "crosscheck:" not in result.stdout.str()


def test_pytest_xdist_workers_share_one_analysis(pytester: pytest.Pytester, corpus) -> None:
    store = pytester.path / "store.sqlite"
    result = pytester.runpytest_subprocess("--crosscheck", str(corpus), "-n", "2",
                                           "--crosscheck-store", str(store))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*crosscheck: 2 facts checked: 0 consistent, 1 changed, "
                                 "1 conflict*"])


def test_last_failed_and_exitfirst(pytester: pytest.Pytester, corpus) -> None:
    pytester.runpytest("--crosscheck", str(corpus)).assert_outcomes(passed=1, failed=1)
    rerun = pytester.runpytest("--crosscheck", str(corpus), "--lf")
    rerun.assert_outcomes(failed=1, deselected=1)
    first = pytester.runpytest("--crosscheck", str(corpus), "--crosscheck-strict", "-x")
    first.assert_outcomes(failed=1)
