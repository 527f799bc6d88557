"""Rendering a draft check: linter lines, JSON, and SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

from collections import Counter
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from crosscheck.check import LEVELS, CheckResult, DraftFinding
from crosscheck.extract import Statement
from crosscheck.report import indented_json, statement_dict

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# How serious each verdict is for a code-scanning tool; consistent numbers are not results.
SARIF_LEVELS = {"conflict": "error", "outdated": "warning", "unsupported": "note"}
RULES = {
    "conflict": "A number in the draft disagrees with the newest sources of the same fact.",
    "outdated": "A number in the draft repeats an older figure; a newer source has replaced it.",
    "unsupported": "No source in the corpus speaks of this number's fact.",
}


def render_text(result: CheckResult) -> str:
    lines = []
    for finding in result.findings:
        lines.append(f"{finding.statement.location}: {finding.verdict}: {finding.summary}")
        lines.extend(f"    {_evidence(source)}" for source in finding.evidence[:3])
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def _evidence(source: Statement) -> str:
    when = source.as_of.isoformat() if source.as_of else "undated"
    return f'{source.location} ({source.article.label}, {when}): "{source.sentence}"'


def summary_line(result: CheckResult) -> str:
    counts = Counter(f.verdict for f in result.findings)
    parts = [f"{counts[level]} {level}" for level in LEVELS if counts[level]]
    extras = f", {result.suppressed} suppressed" if result.suppressed else ""
    extras += f", {result.accepted} accepted by the baseline" if result.accepted else ""
    return (f"crosscheck: {len(result.findings)} numbers checked against "
            f"{result.corpus_articles} articles: {', '.join(parts) or 'none'}{extras}")


def render_json(result: CheckResult) -> str:
    data = {
        "drafts": result.drafts,
        "corpus_articles": result.corpus_articles,
        "suppressed": result.suppressed,
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "findings": [_finding_dict(f) for f in result.findings],
    }
    return indented_json(data) + "\n"


def _finding_dict(finding: DraftFinding) -> dict[str, Any]:
    return {**statement_dict(finding.statement), "verdict": finding.verdict,
            "summary": finding.summary,
            "evidence": [statement_dict(s) for s in finding.evidence]}


def render_sarif(result: CheckResult) -> str:
    results = [_sarif_result(f) for f in result.findings if f.verdict in SARIF_LEVELS]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck",
                "version": _version(),
                "informationUri": "https://pypi.org/project/crosscheck/",
                "rules": [{"id": rule, "name": rule.capitalize(),
                           "shortDescription": {"text": text},
                           "defaultConfiguration": {"level": SARIF_LEVELS[rule]}}
                          for rule, text in RULES.items()],
            }},
            "results": results,
        }],
    }
    return indented_json(log) + "\n"


def _sarif_result(finding: DraftFinding) -> dict[str, Any]:
    return {
        "ruleId": finding.verdict,
        "level": SARIF_LEVELS[finding.verdict],
        "message": {"text": finding.summary},
        "locations": [_sarif_location(finding.statement)],
        "relatedLocations": [
            {**_sarif_location(source), "id": index,
             "message": {"text": f"{source.article.label}: {source.value_text}"}}
            for index, source in enumerate(finding.evidence)
        ],
    }


def _sarif_location(statement: Statement) -> dict[str, Any]:
    line, column = statement.position
    return {"physicalLocation": {
        "artifactLocation": {"uri": Path(statement.article.path).as_posix()},
        "region": {"startLine": line, "startColumn": column,
                   "endColumn": column + len(statement.value_text),
                   "snippet": {"text": statement.sentence}},
    }}


def _version() -> str:
    try:
        return version("crosscheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


CHECK_RENDERERS = {"text": render_text, "json": render_json, "sarif": render_sarif}
