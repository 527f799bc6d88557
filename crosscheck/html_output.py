"""Self-contained HTML pages: the corpus report with a timeline per fact, and the draft check
with each number highlighted by verdict and its evidence a click away.

No script, no network: CSS and SVG inline, evidence in <details>, so a page prints, mails and
opens anywhere. Every piece of article text is escaped: a scraped page's <script> stays text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

from crosscheck.check import LEVELS, CheckResult, DraftFinding
from crosscheck.check_output import summary_line as check_summary_line
from crosscheck.compare import Fact
from crosscheck.extract import Statement
from crosscheck.pipeline import Report
from crosscheck.quantity import format_value
from crosscheck.report import summary_line

STYLE = """
body{font:15px/1.5 Georgia,serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif} h2{margin-top:2em}
.badge{font:bold 12px Helvetica,Arial,sans-serif;padding:2px 8px;border-radius:10px;color:#fff}
.badge.conflict{background:#c62828}.badge.changed,.badge.outdated{background:#ef6c00}
.badge.consistent{background:#2e7d32}.badge.unsupported{background:#616161}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.where{font-family:monospace;font-size:12px;color:#555}
mark{padding:0 2px;border-radius:3px;color:#000}
mark.conflict{background:#ffcdd2}mark.outdated{background:#ffe0b2}
mark.consistent{background:#c8e6c9}mark.unsupported{background:#e0e0e0}
.number{position:relative;cursor:pointer;outline:none}
.number .evidence{display:none;position:absolute;left:0;top:1.6em;z-index:2;width:34em;padding:.6em;
background:#fff;border:1px solid #999;box-shadow:0 2px 8px #0003;font-size:13px;cursor:auto}
.number:focus .evidence,.number:focus-within .evidence{display:block}
@media print{.number .evidence{display:none!important}}
.draft .para{margin:.6em 0} .summary{font-family:Helvetica,Arial,sans-serif}
svg text{font:11px Helvetica,Arial,sans-serif}
"""
CHART_WIDTH, CHART_HEIGHT = 640, 220
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 70, 110, 16, 40
VERDICT_COLOURS = {"conflict": "#c62828", "changed": "#ef6c00", "consistent": "#2e7d32"}


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
            f"<body>{body}</body></html>\n")


def _badge(verdict: str) -> str:
    return f'<span class="badge {verdict}">{escape(verdict)}</span>'


def _when(statement: Statement) -> str:
    return statement.as_of.isoformat() if statement.as_of else "undated"


def render_report_html(report: Report) -> str:
    parts = [f"<h1>crosscheck report</h1><p class=summary>{escape(summary_line(report))}</p>"]
    parts += [_fact_section(index, fact) for index, fact in enumerate(report.facts)]
    if report.errors:
        items = "".join(f"<li><code>{escape(e.path)}</code>: {escape(e.message)}</li>"
                        for e in report.errors)
        parts.append(f"<h2>Could not read</h2><ul>{items}</ul>")
    return _page("crosscheck report", "".join(parts))


def _fact_section(index: int, fact: Fact) -> str:
    findings = "".join(f"<li>{_badge(f.verdict)} {escape(f.summary)}</li>"
                       for f in fact.findings)
    rows = "".join(
        f"<tr><td>{_when(s)}</td><td>{escape(s.article.label)}</td>"
        f"<td><b>{escape(s.value_text)}</b></td><td>{escape(s.sentence)}</td>"
        f'<td class="where">{escape(s.location)}</td></tr>' for s in fact.statements)
    return (f'<section class="fact" id="fact-{index}"><h2>{_badge(fact.verdict)} '
            f"{escape(fact.label)}</h2><ul>{findings}</ul>{timeline_svg(fact)}"
            f"<table><tr><th>date</th><th>source</th><th>value</th><th>sentence</th>"
            f"<th>where</th></tr>{rows}</table></section>")


def timeline_svg(fact: Fact) -> str:
    """Each statement's interval as a bar over its date, sources labelled; an open end runs
    to the edge of the chart with an arrow. Undated statements stand in a column of their own."""
    statements = fact.statements
    bounds = [v for s in statements for v in (s.quantity.low, s.quantity.high)
              if v is not None and math.isfinite(v)]
    low, high = min(bounds), max(bounds)
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    low, high = low - pad, high + pad
    dates = sorted({s.as_of for s in statements if s.as_of is not None})
    slots: list[date | None] = [*dates, *([None] if any(s.as_of is None for s in statements)
                                          else [])]
    plot_width = CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def x_of(when: date | None) -> float:
        if len(slots) == 1:
            return MARGIN_LEFT + plot_width / 2
        if when is None or not dates:
            return MARGIN_LEFT + plot_width
        span = max((dates[-1] - dates[0]).days, 1)
        room = plot_width * (0.8 if None in slots else 1.0)
        return MARGIN_LEFT + room * (when - dates[0]).days / span

    def y_of(value: float | None, open_end: str) -> float:
        if value is None:
            return MARGIN_TOP if open_end == "high" else MARGIN_TOP + plot_height
        return MARGIN_TOP + plot_height * (1 - (value - low) / (high - low))

    colour = VERDICT_COLOURS.get(fact.verdict, "#555")
    shapes = [f'<line x1="{MARGIN_LEFT}" y1="{MARGIN_TOP + plot_height}" '
              f'x2="{MARGIN_LEFT + plot_width}" y2="{MARGIN_TOP + plot_height}" stroke="#999"/>']
    for value in (low + pad, high - pad):
        y = y_of(value, "")
        shapes.append(f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                      f"{escape(format_value(value))}</text>")
        shapes.append(f'<line x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{MARGIN_LEFT + plot_width}" '
                      f'y2="{y:.1f}" stroke="#eee"/>')
    seen_in_slot: dict[date | None, int] = {}
    for statement in statements:
        nudge = 9 * seen_in_slot.get(statement.as_of, 0)
        seen_in_slot[statement.as_of] = seen_in_slot.get(statement.as_of, 0) + 1
        x = x_of(statement.as_of) + nudge
        top = y_of(statement.quantity.high, "high")
        bottom = y_of(statement.quantity.low, "low")
        if bottom - top < 3:
            top, bottom = top - 1.5, bottom + 1.5
        title = escape(f"{statement.article.label}, {_when(statement)}: {statement.value_text}")
        shapes.append(f'<g class="mark"><title>{title}</title><rect x="{x - 3:.1f}" '
                      f'y="{top:.1f}" width="6" height="{bottom - top:.1f}" fill="{colour}" '
                      f'fill-opacity="0.75"/>')
        if statement.quantity.high is None:
            shapes.append(f'<path d="M{x - 6:.1f},{top + 6:.1f} L{x:.1f},{top:.1f} '
                          f'L{x + 6:.1f},{top + 6:.1f}" stroke="{colour}" fill="none"/>')
        label_y = (top + bottom) / 2 + 4 + 12 * seen_in_slot[statement.as_of] - 12
        shapes.append(f'<text x="{x + 8:.1f}" y="{label_y:.1f}">'
                      f"{escape(statement.article.label)}</text></g>")
    last_label_x = -math.inf
    for slot in slots:  # a date label that would overprint its neighbour is left out
        if x_of(slot) - last_label_x < 70:
            continue
        last_label_x = x_of(slot)
        label = slot.isoformat() if slot else "undated"
        shapes.append(f'<text x="{x_of(slot):.1f}" y="{CHART_HEIGHT - 14}" '
                      f'text-anchor="middle">{label}</text>')
    return (f'<svg class="timeline" role="img" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" '
            f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(fact.label)}: values over time</title>{''.join(shapes)}</svg>")


def render_check_html(result: CheckResult) -> str:
    by_article: dict[str, list[DraftFinding]] = {}
    for finding in result.findings:
        by_article.setdefault(finding.statement.article.path, []).append(finding)
    parts = [f"<h1>crosscheck: draft check</h1><p class=summary>"
             f"{escape(check_summary_line(result))}</p>"]
    legend = " ".join(f'<mark class="{level}">{level}</mark>' for level in LEVELS)
    parts.append(f"<p class=summary>Click a highlighted number for its evidence. {legend}</p>")
    for findings in by_article.values():
        article = findings[0].statement.article
        parts.append(f"<h2>{escape(article.title or article.path)}</h2>"
                     f'<div class="draft">{_draft_text(article.text, findings)}</div>'
                     f"{_findings_table(findings)}")
    return _page("crosscheck: draft check", "".join(parts))


def _findings_table(findings: Sequence[DraftFinding]) -> str:
    """Every number with its verdict and evidence, for print and mail, where nothing clicks."""
    rows = "".join(
        f'<tr><td class="where">{escape(f.statement.location)}</td>'
        f"<td><b>{escape(f.statement.value_text)}</b></td><td>{_badge(f.verdict)}</td>"
        f"<td>{escape(f.summary)}{_evidence_list(f)}</td></tr>" for f in findings)
    return (f'<h3>Numbers</h3><table class="findings"><tr><th>where</th><th>number</th>'
            f"<th>verdict</th><th>evidence</th></tr>{rows}</table>")


def _evidence_list(finding: DraftFinding) -> str:
    items = "".join(
        f"<li><b>{escape(s.value_text)}</b>, {escape(s.article.label)}, {_when(s)}: "
        f"&ldquo;{escape(s.sentence)}&rdquo; <span class=where>{escape(s.location)}</span></li>"
        for s in finding.evidence)
    return f"<ul>{items}</ul>" if items else ""


def _draft_text(text: str, findings: Sequence[DraftFinding]) -> str:
    """The draft as paragraphs, each checked number wrapped in its verdict and evidence."""
    ordered = sorted(findings, key=lambda f: f.statement.value_start)
    pieces, cursor = [], 0
    for finding in ordered:
        start = finding.statement.value_start
        end = start + len(finding.statement.value_text)
        pieces.append(escape(text[cursor:start]))
        pieces.append(_number(finding))
        cursor = end
    pieces.append(escape(text[cursor:]))
    paragraphs = "".join(pieces).split("\n\n")
    return "".join(f'<div class="para">{p.replace(chr(10), "<br>")}</div>'
                   for p in paragraphs if p.strip())


def _number(finding: DraftFinding) -> str:
    """A highlighted number; a click (focus) opens its verdict and evidence beside it."""
    statement = finding.statement
    return (f'<span class="number {finding.verdict}" tabindex="0"><mark class="{finding.verdict}"'
            f' title="{escape(finding.verdict)}">{escape(statement.value_text)}</mark>'
            f'<span class="evidence" role="note">{_badge(finding.verdict)} '
            f"{escape(finding.summary)}<span class=where> {escape(statement.location)}</span>"
            f"{_evidence_list(finding)}</span></span>")
