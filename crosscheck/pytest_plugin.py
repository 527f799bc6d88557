"""The pytest plugin: a corpus under test, one test item per fact.

    pytest --crosscheck corpus/            or, in pyproject.toml,
    [tool.pytest.ini_options]
    crosscheck_corpus = ["corpus"]

A fact with a conflict fails; a changed figure passes unless --crosscheck-strict; an
unreadable file fails its own item. Accepted findings live in a baseline file. The plugin does
nothing unless a corpus is named, so installing crosscheck never changes other test suites.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tabulate import tabulate

from crosscheck import baseline
from crosscheck.compare import Fact, Finding
from crosscheck.load import LoadError
from crosscheck.pipeline import Report, analyse
from crosscheck.settings import Settings

DEFAULT_BASELINE = "crosscheck-baseline.json"
VERDICT_PROPERTY = "crosscheck_verdict"
ACCEPT_PROPERTY = "crosscheck_accept"


@dataclass
class CorpusSession:
    """Everything the plugin knows in one pytest session, kept on config.stash."""

    paths: list[Path]
    root: Path
    store: Path
    model: str | None
    strict: bool
    baseline_path: Path
    update_baseline: bool
    accepted: set[str] = field(default_factory=set)
    report: Report | None = None
    verdicts: Counter[str] = field(default_factory=Counter)
    to_accept: list[dict[str, Any]] = field(default_factory=list)

    def analysed(self) -> Report:
        """The corpus analysed once per process; workers share the embedding store, and a
        lock lets the first compute while the others wait and then read."""
        if self.report is None:
            settings = Settings(model=self.model, store=str(self.store))
            with _exclusive(self.store.with_suffix(".lock")):
                self.report = analyse(self.paths, settings)
        return self.report

    def fails(self, finding: Finding) -> bool:
        if finding.verdict == "conflict" or (finding.verdict == "changed" and self.strict):
            return baseline.fingerprint(finding.verdict, finding.statements,
                                        self.root) not in self.accepted
        return False


SESSION = pytest.StashKey[CorpusSession]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("crosscheck", "crosscheck: numbers that disagree across a corpus")
    group.addoption("--crosscheck", action="append", default=[], metavar="PATH",
                    dest="crosscheck_paths",
                    help="Check this corpus (file or folder); may be given several times.")
    group.addoption("--crosscheck-strict", action="store_true", default=None,
                    help="Fail facts whose figure changed over time, not only conflicts.")
    group.addoption("--crosscheck-baseline", metavar="PATH",
                    help=f"File of accepted findings (default: {DEFAULT_BASELINE}).")
    group.addoption("--crosscheck-update-baseline", action="store_true",
                    help="Accept every current finding into the baseline file.")
    group.addoption("--crosscheck-store", metavar="PATH",
                    help="SQLite embedding store (default: in pytest's cache folder).")
    group.addoption("--crosscheck-model", metavar="PATH",
                    help="A local sentence-transformers model folder.")
    parser.addini("crosscheck_corpus", type="paths", default=[],
                  help="Corpus paths to check, relative to the ini file.")
    parser.addini("crosscheck_baseline", default="", help="File of accepted findings.")
    parser.addini("crosscheck_strict", type="bool", default=False,
                  help="Fail facts whose figure changed over time.")


def pytest_configure(config: pytest.Config) -> None:
    given = [Path(p) for p in config.getoption("crosscheck_paths")]
    paths = given or [Path(p) for p in config.getini("crosscheck_corpus")]
    if not paths:
        return
    root = config.rootpath
    baseline_name = config.getoption("crosscheck_baseline") or config.getini(
        "crosscheck_baseline") or DEFAULT_BASELINE
    baseline_path = Path(baseline_name)
    if not baseline_path.is_absolute():
        baseline_path = root / baseline_path
    strict = config.getoption("crosscheck_strict")
    session = CorpusSession(
        paths=paths,
        root=root,
        store=_store_path(config),
        model=config.getoption("crosscheck_model"),
        strict=bool(config.getini("crosscheck_strict") if strict is None else strict),
        baseline_path=baseline_path,
        update_baseline=config.getoption("crosscheck_update_baseline"),
    )
    if not session.update_baseline:
        try:
            session.accepted = baseline.load(baseline_path)
        except baseline.BaselineError as error:
            raise pytest.UsageError(str(error)) from None
    config.stash[SESSION] = session
    config.pluginmanager.register(CorpusPlugin(session), "crosscheck-corpus")


def _store_path(config: pytest.Config) -> Path:
    given = config.getoption("crosscheck_store")
    if given:
        return Path(given)
    cache = getattr(config, "cache", None)
    folder = cache.mkdir("crosscheck") if cache is not None else config.rootpath / ".crosscheck"
    return Path(folder) / "store.sqlite"


class CorpusCollector(pytest.Collector):
    def collect(self) -> list[pytest.Item]:  # pragma: no cover - items come via the hook
        return []

    def collect_items(self, report: Report, state: CorpusSession) -> list[pytest.Item]:
        items: list[pytest.Item] = []
        seen: Counter[str] = Counter()
        for fact in report.facts:
            name = _item_name(fact.label, seen)
            items.append(FactItem.from_parent(self, name=name, fact=fact, state=state))
        for error in report.errors:
            name = _item_name(f"unreadable {error.path}", seen)
            items.append(UnreadableItem.from_parent(self, name=name, error=error))
        return items


def _item_name(label: str, seen: Counter[str]) -> str:
    """Readable, unique, and free of the characters pytest gives meaning in node ids."""
    name = re.sub(r"[\[\]:]+", " ", label).strip()
    seen[name] += 1
    return name if seen[name] == 1 else f"{name} #{seen[name]}"


class FactFailure(Exception):
    def __init__(self, fact: Fact, failing: list[Finding]) -> None:
        super().__init__(fact.label)
        self.fact = fact
        self.failing = failing


class FactItem(pytest.Item):
    def __init__(self, *, fact: Fact, state: CorpusSession, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fact = fact
        self.state = state

    def runtest(self) -> None:
        self.user_properties.append((VERDICT_PROPERTY, self.fact.verdict))
        if self.state.update_baseline:
            for finding in self.fact.findings:
                if finding.verdict != "consistent":
                    accepted = baseline.entry(finding.verdict, finding.summary,
                                              finding.statements, self.fact.label,
                                              self.state.root)
                    self.user_properties.append((ACCEPT_PROPERTY, accepted))
            return
        failing = [finding for finding in self.fact.findings if self.state.fails(finding)]
        if failing:
            raise FactFailure(self.fact, failing)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        if isinstance(excinfo.value, FactFailure):
            return explain(excinfo.value.fact, excinfo.value.failing)
        return str(super().repr_failure(excinfo, style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        first = self.fact.statements[0]
        return Path(first.article.path), first.position[0] - 1, f"crosscheck: {self.fact.label}"


class UnreadableItem(pytest.Item):
    def __init__(self, *, error: LoadError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise UnreadableFile(str(self.error))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str:
        return f"cannot read {excinfo.value}"

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return Path(self.error.path), None, f"crosscheck: unreadable {self.error.path}"


class UnreadableFile(Exception):
    pass


def explain(fact: Fact, failing: list[Finding]) -> str:
    """The failure an editor reads: what disagrees, the table of evidence, the sentences."""
    lines = [f"{fact.label}: {fact.verdict}", ""]
    for finding in failing:
        lines.append(f"{finding.verdict}: {finding.summary}")
        rows = [[s.article.source or "-", s.as_of.isoformat() if s.as_of else "undated",
                 s.value_text, s.location] for s in finding.statements]
        table = tabulate(rows, headers=["source", "date", "value", "where"], tablefmt="simple")
        lines += ["", *("    " + row for row in table.split("\n")), ""]
        lines += [f'    {s.location}: "{s.sentence}"' for s in finding.statements]
        lines.append("")
    lines.append("Accept a finding that is explained with --crosscheck-update-baseline.")
    return "\n".join(lines)


class CorpusPlugin:
    """The session's hooks, registered only when a corpus is named."""

    def __init__(self, state: CorpusSession) -> None:
        self.state = state

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, session: pytest.Session,
                                      items: list[pytest.Item]) -> None:
        """Add the corpus's items before -k, --lf and xdist see the collection."""
        report = self.state.analysed()
        corpus = CorpusCollector.from_parent(session, name="crosscheck", nodeid="crosscheck")
        items.extend(corpus.collect_items(report, self.state))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Count verdicts and gather accepted findings, for xdist workers' items too."""
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == VERDICT_PROPERTY:
                self.state.verdicts[value] += 1
            elif name == ACCEPT_PROPERTY:
                self.state.to_accept.append(value)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.state.update_baseline and not hasattr(session.config, "workerinput"):
            baseline.write(self.state.baseline_path, self.state.to_accept)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        counts = self.state.verdicts
        conflicts = counts["conflict"]
        parts = [f"{counts['consistent']} consistent", f"{counts['changed']} changed",
                 f"{conflicts} conflict{'' if conflicts == 1 else 's'}"]
        line = f"crosscheck: {sum(counts.values())} facts checked: {', '.join(parts)}"
        if self.state.update_baseline:
            line += f"; {len(self.state.to_accept)} findings written to {self.state.baseline_path}"
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def crosscheck_corpus(request: pytest.FixtureRequest) -> Report:
    """The analysed corpus (a crosscheck Report) for custom checks:
    `assert not crosscheck_corpus.conflicts(source="Outlet A")`."""
    state = request.config.stash.get(SESSION, None)
    if state is None:
        pytest.fail("crosscheck_corpus needs a corpus: pass --crosscheck PATH or set "
                    "crosscheck_corpus in [tool.pytest.ini_options]", pytrace=False)
    return state.analysed()


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One process at a time (pytest-xdist workers): the first analyses and fills the store,
    the rest wait and then find every embedding there."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, the store still deduplicates
        yield
        return
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
