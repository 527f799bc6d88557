"""The editor's check: every number in a draft against what the corpus already says.

Each number in a draft gets one verdict:

- `conflict`: the newest sources of the same fact say otherwise, and nothing dates them
  before the draft;
- `outdated`: the draft repeats an older figure, or a newer source has replaced it;
- `consistent`: the newest sources agree (they are named);
- `unsupported`: no statement in the corpus speaks of this fact.

A draft is being written now: when it carries no date, it is compared with the newest sources.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import numpy as np

from crosscheck import baseline
from crosscheck.compare import Finding, quote
from crosscheck.descriptions import with_corpus_names
from crosscheck.embed import Embedder
from crosscheck.extract import Statement
from crosscheck.implied import STEP_ROLES, check_draft_step, totals_by_article
from crosscheck.index import CorpusIndex, is_index
from crosscheck.load import LoadError
from crosscheck.match import reachable, same_fact_matrix
from crosscheck.pipeline import Report, embed_statements, read_statements
from crosscheck.settings import PAIR_WEIGHTS, Settings
from crosscheck.signals import PairSignals

log = logging.getLogger(__name__)

# Most to least serious; --fail-on names a level and everything above it.
LEVELS = ("conflict", "outdated", "unsupported", "consistent")
# An HTML or Markdown comment that silences the check for its own line, or for the next line
# when it stands alone: <!-- crosscheck: ignore -->
_IGNORE = re.compile(r"<!--\s*crosscheck:\s*ignore\s*-->|#\s*crosscheck:\s*ignore\b")


@dataclass(frozen=True)
class DraftFinding:
    statement: Statement  # the number in the draft
    verdict: str
    summary: str
    evidence: tuple[Statement, ...] = ()  # corpus statements, newest first


@dataclass
class CheckResult:
    findings: list[DraftFinding] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    corpus_articles: int = 0
    errors: list[LoadError] = field(default_factory=list)
    suppressed: int = 0
    accepted: int = 0  # findings left out because a baseline file accepts them

    def at_or_above(self, level: str) -> list[DraftFinding]:
        worst = LEVELS.index(level)
        return [f for f in self.findings if LEVELS.index(f.verdict) <= worst]


def check(
    drafts: Iterable[str | Path],
    against: Iterable[str | Path],
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    only_lines: Mapping[str, set[int] | None] | None = None,
    accepted: Collection[str] = frozenset(),
    root: Path | None = None,
) -> CheckResult:
    """Check every number of the drafts against the corpus.

    `only_lines` limits the check to numbers on the given lines of each draft (by path; None
    for a path means all of it): a review flags what an edit introduced. Findings whose
    fingerprint is in `accepted` (a baseline file, paths relative to `root`) are left out."""
    settings = settings or Settings()
    draft_report = read_statements(drafts)
    corpus, index_store = _read_corpus(against, settings.ignore)
    drafted_statements = len(draft_report.statements)
    widened = with_corpus_names([*draft_report.statements, *corpus.statements])
    draft_report.statements, corpus.statements = (widened[:drafted_statements],
                                                  widened[drafted_statements:])
    if index_store is not None and not settings.store:
        settings = replace(settings, store=index_store)  # the index keeps the embeddings
    result = CheckResult(drafts=[a.path for a in draft_report.articles],
                         corpus_articles=len(corpus.articles),
                         errors=[*draft_report.errors, *corpus.errors])
    in_scope = [s for s in draft_report.statements if _on_lines(s, only_lines)]
    statements = [s for s in in_scope if not _suppressed(s)]
    result.suppressed = len(in_scope) - len(statements)
    if not statements:
        return result
    # Only corpus statements the gates could pair with some draft number are embedded and
    # scored: against a 10,000-article index, most are about other things.
    candidates = reachable(statements, corpus.statements)
    signals = embed_statements([*statements, *candidates], settings, embedder)
    drafted = len(statements)
    draft_signals = signals.select(range(drafted))
    corpus_signals = signals.select(range(drafted, drafted + len(candidates)))
    paired = same_fact_matrix(statements, candidates,
                              draft_signals.scores_against(corpus_signals, PAIR_WEIGHTS),
                              draft_signals.contexts_against(corpus_signals),
                              settings.match_threshold)
    sources = {id(statement): [candidates[j] for j in np.flatnonzero(paired[index])]
               for index, statement in enumerate(statements)}
    has_steps = any(s.role in STEP_ROLES for s in statements)
    earlier = (_totals_fact(statements, paired, candidates, corpus_signals, settings)
               if has_steps else {})
    totals = totals_by_article(statements)
    for statement in statements:
        finding = judge_draft_number(statement, sources[id(statement)])
        if statement.role in STEP_ROLES:
            finding = _with_implied(finding, check_draft_step(
                statement, totals.get(id(statement.article), []), earlier))
        if draft_fingerprint(finding, root) in accepted:
            result.accepted += 1
        else:
            result.findings.append(finding)
    return result


def _read_corpus(against: Iterable[str | Path],
                 ignore: Sequence[str] = ()) -> tuple[Report, str | None]:
    """Articles and statements from files, or from an index file made by `crosscheck index`
    (then nothing is read or extracted again); the index's path is returned too."""
    paths = [Path(p) for p in against]
    indexes = [p for p in paths if is_index(p)]
    corpus = read_statements([p for p in paths if not is_index(p)], ignore)
    for path in indexes:
        index = CorpusIndex(path)
        try:
            indexed = index.read()
        finally:
            index.close()
        corpus.articles.extend(indexed.articles)
        corpus.statements.extend(indexed.statements)
    return corpus, str(indexes[0]) if indexes else None


def draft_fingerprint(finding: DraftFinding, root: Path | None = None) -> str:
    """A draft finding is the same while its verdict, file, number and sentence are; new
    evidence arriving in the corpus does not revive an accepted one."""
    return baseline.fingerprint(finding.verdict, [finding.statement], root)


def judge_draft_number(statement: Statement, sources: Sequence[Statement]) -> DraftFinding:
    """One verdict for a draft's number given the corpus statements of the same fact."""
    if not sources:
        return DraftFinding(statement, "unsupported", f"{statement.value_text}: no source in "
                            "the corpus speaks of this")
    ordered = tuple(sorted(sources, key=lambda s: s.as_of or date.min, reverse=True))
    newest_date = ordered[0].as_of
    newest = tuple(s for s in ordered if s.as_of == newest_date)
    agreeing = tuple(s for s in newest if statement.quantity.agrees(s.quantity))
    disagreeing = tuple(s for s in newest if s not in agreeing)
    if not disagreeing:
        return DraftFinding(statement, "consistent",
                            f"{statement.value_text} agrees with {_quote_all(agreeing)}", agreeing)
    older_agreeing = tuple(s for s in ordered if s.as_of != newest_date
                           and statement.quantity.agrees(s.quantity))
    draft_date = statement.as_of
    superseded = newest_date is not None and draft_date is not None and draft_date < newest_date
    if not agreeing and (older_agreeing or superseded):
        was = f"; it repeats {_quote_all(older_agreeing[:2])}" if older_agreeing else ""
        return DraftFinding(statement, "outdated", f"{statement.value_text} is out of date: "
                            f"the newest sources say {_quote_all(disagreeing)}{was}",
                            (*disagreeing, *older_agreeing))
    sides = f" (it agrees with {_quote_all(agreeing)})" if agreeing else ""
    return DraftFinding(statement, "conflict", f"{statement.value_text} conflicts with "
                        f"{_quote_all(disagreeing)}{sides}", (*disagreeing, *agreeing))


def _totals_fact(statements: Sequence[Statement], paired: np.ndarray,
                 candidates: Sequence[Statement], corpus: PairSignals,
                 settings: Settings) -> dict[int, list[Statement]]:
    """For each draft total with sources: the corpus statements of its fact, its own sources
    and theirs, one step further (`corpus`: the candidates' signals). "more than doubled
    since Jan. 30 ... now 10,000" is checked against the corpus's January figure, which reads
    too unlike "now 10,000" to pair with the draft directly."""
    facts = {}
    for index, total in enumerate(statements):
        direct = np.flatnonzero(paired[index])
        if total.role != "total" or not direct.size:
            continue
        sources = corpus.select(direct)
        onward = same_fact_matrix([candidates[j] for j in direct], candidates,
                                  sources.scores_against(corpus, PAIR_WEIGHTS),
                                  sources.contexts_against(corpus), settings.match_threshold)
        reached = onward.any(axis=0)
        reached[direct] = True
        facts[id(total)] = [candidates[j] for j in np.flatnonzero(reached)]
    return facts


def _with_implied(finding: DraftFinding, implied: Finding | None) -> DraftFinding:
    """A change or multiplier checked against the corpus's earlier figure ("more than
    doubled since Jan. 30 ... now 8,000", when the corpus said 5,500 on Feb. 2): a conflict
    is the finding; agreement stands in for "unsupported"."""
    if implied is None or (implied.verdict == "consistent"
                           and finding.verdict != "unsupported"):
        return finding
    before = implied.statements[0]
    return DraftFinding(finding.statement, implied.verdict, implied.summary, (before,))


def _quote_all(statements: Sequence[Statement]) -> str:
    """"more than 10,000 (Eastern Ledger, 2022-03-05) and ..." for a summary line."""
    return " and ".join(dict.fromkeys(quote(s) for s in statements))


def _on_lines(statement: Statement, only_lines: Mapping[str, set[int] | None] | None) -> bool:
    if only_lines is None:
        return True
    lines = only_lines.get(statement.article.path, set())
    return lines is None or statement.position[0] in lines


def _suppressed(statement: Statement) -> bool:
    """Silenced by a crosscheck: ignore comment on its line, or alone on the line above."""
    text = statement.article.text
    line_start = text.rfind("\n", 0, statement.value_start) + 1
    line_end = text.find("\n", statement.value_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _IGNORE.search(line):
        return True
    previous_end = line_start - 1
    if previous_end <= 0:
        return False
    previous = text[text.rfind("\n", 0, previous_end) + 1 : previous_end]
    return bool(_IGNORE.fullmatch(previous.strip()))
