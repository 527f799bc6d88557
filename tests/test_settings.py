"""Settings: defaults, then crosscheck.toml or [tool.crosscheck], then flags."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from crosscheck.settings import MATCH_THRESHOLD, ConfigError, find_config, load_settings

from .conftest import FIXTURES


def test_defaults_without_a_file() -> None:
    settings = load_settings(None)
    assert settings.match_threshold == MATCH_THRESHOLD and settings.fail_on == "conflict"


def test_file_values_apply_and_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    config = tmp_path / "crosscheck.toml"
    config.write_text('corpus = ["wire", "desk"]\nstore = "cache/store.sqlite"\n'
                      'threshold = 0.8\nfail_on = "outdated"\n')
    settings = load_settings(config)
    assert settings.corpus == (str(tmp_path / "wire"), str(tmp_path / "desk"))
    assert settings.store == str(tmp_path / "cache" / "store.sqlite")
    assert (settings.match_threshold, settings.fail_on) == (0.8, "outdated")


def test_flags_win_over_the_file(tmp_path: Path) -> None:
    config = tmp_path / "crosscheck.toml"
    config.write_text("threshold = 0.8\n")
    assert load_settings(config, match_threshold=0.6).match_threshold == 0.6
    assert load_settings(config, match_threshold=None).match_threshold == 0.8


def test_pyproject_table_is_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.crosscheck]\ncorpus = "corpus"\n')
    nested = tmp_path / "drafts" / "2024"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load_settings(found).corpus == (str(found.parent / "corpus"),)


@pytest.mark.parametrize(("text", "message"), [
    ("treshold = 0.8\n", "unknown key 'treshold'"),
    ("threshold = 'high'\n", "threshold has the wrong type"),
    ('fail_on = "sometimes"\n', "fail_on must be one of"),
    ("threshold = [\n", "not valid TOML"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path: Path, text: str,
                                                 message: str) -> None:
    config = tmp_path / "crosscheck.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match=message) as raised:
        load_settings(config)
    assert str(config) in str(raised.value)


@pytest.mark.model
def test_check_takes_its_corpus_and_fail_level_from_the_config(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(FIXTURES / "corpus", tmp_path / "corpus")
    shutil.copy(FIXTURES / "drafts" / "troops-draft.md", tmp_path / "draft.md")
    (tmp_path / "crosscheck.toml").write_text('corpus = ["corpus"]\nfail_on = "never"\n')
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    relaxed = runner.invoke(app, ["check", "draft.md"])
    assert relaxed.exit_code == 0, relaxed.output
    assert "4 numbers checked against 8 articles" in relaxed.stdout
    strict = runner.invoke(app, ["check", "draft.md", "--fail-on", "outdated"])
    assert strict.exit_code == 1
    (tmp_path / "crosscheck.toml").write_text("colour = 'red'\n")
    broken = runner.invoke(app, ["check", "draft.md"])
    assert broken.exit_code == 2
    assert "crosscheck.toml: unknown key 'colour'" in broken.stderr
