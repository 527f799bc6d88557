"""The HTML pages, opened in a real headless Chromium: what a reader sees, and that article
text cannot run code in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

from .conftest import FIXTURES

pytestmark = [pytest.mark.model, pytest.mark.browser]
runner = CliRunner()
# A scraped outlet name carrying markup: it is shown in tables and chart labels.
INJECTED = """---
source: "Scraped <script>document.body.setAttribute('data-pwned', 'yes')</script> Daily
  <img src=x onerror=\\"document.body.setAttribute('data-pwned', 'img')\\">"
published: 2022-03-08
---
Poland has received some 1.2 million refugees from Ukraine, the border guard said on Tuesday.
"""


def chromium(*args: str, tmp: Path) -> str:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("the browser tests need Chromium: scripts/test.sh installs Debian's "
                    "chromium package", pytrace=False)
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp / 'chromium-profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def open_page(html: str, tmp: Path, name: str) -> str:
    page = tmp / name
    page.write_text(html, encoding="utf-8")
    return chromium("--dump-dom", page.as_uri(), tmp=tmp)


@pytest.fixture
def poisoned_corpus(corpus_copy: Path) -> Path:
    (corpus_copy / "scraped-daily.md").write_text(INJECTED, encoding="utf-8")
    return corpus_copy


def test_report_page_shows_timelines_and_runs_no_article_script(poisoned_corpus: Path,
                                                                 tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(poisoned_corpus), "--format", "html"])
    assert result.exit_code == 0, result.output
    dom = open_page(result.stdout, tmp_path, "report.html")
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "&lt;script&gt;document.body.setAttribute" in dom  # shown as text, not run
    facts = dom.count('<section class="fact"')
    assert facts >= 5 and dom.count('<svg class="timeline"') == facts
    assert "<rect" in dom and "&lt;img src=x onerror=" in dom
    assert "rose from About 5,500 (Harbor Gazette, 2022-02-03)" in dom


def test_check_page_highlights_numbers_with_evidence(tmp_path: Path) -> None:
    draft = FIXTURES / "drafts" / "troops-draft.md"
    result = runner.invoke(app, ["check", str(draft), "--against", str(FIXTURES / "corpus"),
                                 "--format", "html", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    dom = open_page(result.stdout, tmp_path, "check.html")
    for verdict, number in [("outdated", "Some 5,500"), ("conflict", "about 2 million"),
                            ("consistent", "8,500"), ("unsupported", "1,200")]:
        assert f'<mark class="{verdict}" title="{verdict}">{number}</mark>' in dom
    assert '<span class="evidence" role="note">' in dom
    assert "Poland now hosts more than 10,000 American troops" in dom  # the evidence
    assert "eastern-ledger-2022-03-05.md:11:18" in dom


def test_pages_render_to_a_screenshot(poisoned_corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(poisoned_corpus), "--format", "html"])
    page = tmp_path / "report.html"
    page.write_text(result.stdout, encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1100,1400", page.as_uri(), tmp=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
