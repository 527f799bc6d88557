"""The `crosscheck` command: parse options, call the library, render. Nothing else."""

from __future__ import annotations

import atexit
import json
import logging
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from tabulate import tabulate

from crosscheck import baseline
from crosscheck.check_output import CHECK_RENDERERS
from crosscheck.compare import VERDICT_RANK
from crosscheck.embed import BACKENDS, ModelError
from crosscheck.eval_quantities import CaseFileError, floor_violations, read_cases, score
from crosscheck.gitdiff import GitError, changed_lines
from crosscheck.html_output import render_check_html, render_report_html
from crosscheck.index import CorpusIndex
from crosscheck.pipeline import Report, analyse, read_statements
from crosscheck.report import RENDERERS, STATEMENT_RENDERERS
from crosscheck.settings import (
    CHECK_FAIL_LEVELS,
    MATCH_THRESHOLD,
    ConfigError,
    Settings,
    find_config,
    load_settings,
)
from crosscheck.store import StoreError

if TYPE_CHECKING:
    from crosscheck.eval_matching import Prepared

app = typer.Typer(
    help="Find numbers that disagree across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure crosscheck on labelled examples.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _choices(name: str, values: Iterable[str]) -> type[StrEnum]:
    """A typer choice list made from the library's own table, so the two cannot drift."""
    return StrEnum(name, {value: value for value in values})  # type: ignore[return-value]


REPORT_RENDERERS = {**RENDERERS, "html": render_report_html}
CHECK_FORMATS = {**CHECK_RENDERERS, "html": render_check_html}
Format = _choices("Format", REPORT_RENDERERS)
StatementFormat = _choices("StatementFormat", STATEMENT_RENDERERS)
CheckFormat = _choices("CheckFormat", CHECK_FORMATS)
CheckFailOn = _choices("CheckFailOn", CHECK_FAIL_LEVELS)
Split = _choices("Split", ["dev", "test", "all"])
# Option defaults, made once (typer reads them at import).
TABLE = Format("table")
STATEMENT_TABLE = StatementFormat("table")
TEXT = CheckFormat("text")
ALL = Split("all")


class FailOn(StrEnum):
    never = "never"
    changed = "changed"
    conflict = "conflict"


@app.callback()
def main(
    ctx: typer.Context,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")
    ] = False,
    config: Annotated[Path | None, typer.Option(
        help="A crosscheck.toml or pyproject.toml ([tool.crosscheck]); by default the "
             "nearest one in this folder or above.")] = None,
) -> None:
    """crosscheck reads a corpus of articles, pairs statements about the same fact and
    compares their numbers."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="crosscheck: %(message)s")
    show_progress(sys.stderr)
    ctx.obj = config


class ProgressLine(logging.Handler):
    """The library's progress ("read 400 files", "embedded 640/2,000 sentences") as one
    status line rewritten in place, cleared when the command ends."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.INFO)
        self.stream = stream
        self.shown = False

    def emit(self, record: logging.LogRecord) -> None:
        self.stream.write(f"\r\033[Kcrosscheck: {record.getMessage()}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def show_progress(stream: TextIO) -> ProgressLine | None:
    """Progress on a terminal only: piped or redirected output stays quiet."""
    if not stream.isatty():
        return None
    handler = ProgressLine(stream)
    logger = logging.getLogger("crosscheck.progress")
    logger.handlers = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    atexit.register(handler.clear)
    return handler


def _settings(ctx: typer.Context, **flags: object) -> Settings:
    """The one bridge from flags to settings: defaults, then the config file, then flags."""
    try:
        config = ctx.obj if ctx.obj is not None else find_config()
        return load_settings(config, **flags)
    except ConfigError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None


def _corpus(given: list[Path] | None, settings: Settings, what: str) -> list[Path]:
    paths = list(given or []) or [Path(p) for p in settings.corpus]
    if not paths:
        typer.echo(f"crosscheck: error: no {what} given, and no 'corpus' in a config file",
                   err=True)
        raise typer.Exit(2)
    return paths


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Article files or folders (searched recursively): "
                   ".txt, .md, .jsonl, .html. Default: the config file's corpus."),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ModelOption = Annotated[
    str | None,
    typer.Option(help="A local sentence-transformers model folder "
                 "(default: the packaged all-MiniLM-L6-v2, or the config file's)."),
]
ThresholdOption = Annotated[
    float | None,
    typer.Option(min=0.0, max=1.0, help="Pair score (0-1, see docs/matching.md) two "
                 f"statements need to be paired (default {MATCH_THRESHOLD}, or the config "
                 "file's)."),
]
Backend = _choices("Backend", BACKENDS)
BackendOption = Annotated[
    Backend | None,
    typer.Option(help="Run the model in onnxruntime (fast to start; exported once per model), "
                 "onnxruntime with int8 weights (about 3x faster, slightly different "
                 "vectors) or torch (default onnx, or the config file's)."),
]
StoreOption = Annotated[
    Path | None,
    typer.Option(help="A SQLite file that keeps embeddings between runs, so an unchanged "
                 "corpus costs no model work the second time."),
]
FailOnOption = Annotated[
    FailOn, typer.Option(help="Exit 1 when a finding at or above this level exists.")
]


def _emit(result: Report, rendered: str) -> None:
    """Unreadable files as warnings on stderr, the rendering on stdout; exit 2 when no
    article at all could be read."""
    for error in result.errors:
        typer.echo(f"crosscheck: warning: {error}", err=True)
    typer.echo(rendered, nl=False)
    if not result.articles:
        typer.echo("crosscheck: error: no readable articles in the given paths", err=True)
        raise typer.Exit(2)


@app.command()
def report(
    ctx: typer.Context,
    paths: PathsArgument = None,
    format: FormatOption = TABLE,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
    fail_on: FailOnOption = FailOn.never,
    store: StoreOption = None,
    backend: BackendOption = None,
) -> None:
    """Report which statements across sources speak of the same fact, and whether their
    numbers are consistent, changed over time, or in conflict."""
    settings = _settings(ctx, model=model, match_threshold=threshold,
                         store=str(store) if store else None,
                         backend=backend.value if backend else None)
    try:
        result = analyse(_corpus(paths, settings, "corpus"), settings)
    except (ModelError, StoreError) as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None
    _emit(result, REPORT_RENDERERS[format.value](result))
    worst = result.worst_verdict()
    if fail_on is not FailOn.never and worst is not None and (
        VERDICT_RANK[worst] >= VERDICT_RANK[fail_on.value]
    ):
        raise typer.Exit(1)


@app.command()
def extract(
    ctx: typer.Context,
    paths: PathsArgument = None,
    format: Annotated[
        StatementFormat, typer.Option("--format", "-f", help="Output format.")
    ] = STATEMENT_TABLE,
) -> None:
    """Show every statement and the quantity read from it: value as written, interval,
    unit, role. No model is loaded."""
    settings = _settings(ctx)
    result = read_statements(_corpus(paths, settings, "corpus"), settings.ignore)
    _emit(result, STATEMENT_RENDERERS[format.value](result))


def _exit_below_floors(problems: list[str]) -> None:
    """Each figure below its floor on stderr, then exit 1: the quality gate."""
    for problem in problems:
        typer.echo(f"crosscheck: below floor: {problem}", err=True)
    if problems:
        raise typer.Exit(1)


FloorsOption = Annotated[Path | None, typer.Option(
    help="A JSON file of minimum figures; exit 1 when one is not met.")]


@eval_app.command("quantities")
def eval_quantities(
    data: Annotated[Path, typer.Option(help="Folder with dev.txt and test.txt.")] = Path(
        "fixtures/quantities"),
    split: Annotated[Split, typer.Option(help="Which labelled split to score.")] = ALL,
    floors: FloorsOption = None,
    failures: Annotated[bool, typer.Option("--failures", help="List every miss.")] = False,
) -> None:
    """Precision, recall and F1 of finding quantities; exactness of interval and unit."""
    names = ["dev", "test"] if split.value == "all" else [split.value]
    rows, problems = [], []
    required = json.loads(floors.read_text(encoding="utf-8"))["quantities"] if floors else {}
    for name in names:
        try:
            scores = score(read_cases(data / f"{name}.txt"))
        except (OSError, CaseFileError) as error:
            typer.echo(f"crosscheck: error: {error}", err=True)
            raise typer.Exit(2) from None
        figures = scores.figures()
        rows.append([name, scores.sentences, scores.expected, f"{scores.precision:.3f}",
                     f"{scores.recall:.3f}", f"{scores.f1:.3f}", f"{scores.exactness:.3f}",
                     f"{scores.role_accuracy:.3f}", scores.date_errors])
        problems += [f"{name}: {p}" for p in floor_violations(figures, required.get(name, {}))]
        if failures:
            for failure in scores.failures:
                typer.echo(f"  {failure}")
    typer.echo(tabulate(rows, headers=["split", "sentences", "quantities", "precision",
                                       "recall", "F1", "exactness", "role acc.",
                                       "dates read"]))
    _exit_below_floors(problems)


@eval_app.command("matching")
def eval_matching(
    data: Annotated[Path, typer.Option(help="Folder with dev.txt and test.txt.")] = Path(
        "fixtures/pairs"),
    floors: FloorsOption = None,
    model: ModelOption = None,
    backend: BackendOption = None,
    mistakes: Annotated[str | None, typer.Option(
        "--mistakes", metavar="SPLIT", help="List the default method's mistakes on one split "
        "(dev, or a held-back split once its honest figure is on record: looking makes it "
        "seen).")] = None,
    only: Annotated[list[str] | None, typer.Option(
        "--split", metavar="SPLIT", help="Score only this split (repeatable; default: every "
        "split). The calibrations then run on dev, gated and the seen fresh splits named, and "
        "only the named splits' floors are checked.")] = None,
) -> None:
    """Pair precision, recall, F1 and verdict accuracy, for crosscheck's default and for
    simpler methods; each other method's threshold is calibrated on dev and gated."""
    from crosscheck.embed import make_embedder
    from crosscheck.eval_matching import (
        DEFAULT_METHOD,
        FACTS_METHOD,
        SEEN_FRESH_SPLITS,
        SPLITS,
        PairFileError,
        bonus_gain,
        calibrate_bonus,
        calibrate_figure_bonuses,
        calibrate_subject_bonus,
        evaluate,
        fit_pair_weights,
        pooled_groups,
        prepare,
        prepare_development,
        read_labelled,
        sum_scores,
    )
    from crosscheck.eval_matching import mistakes as list_mistakes
    from crosscheck.settings import (
        AGREEMENT_BONUS,
        BRIDGE_BONUS,
        CONTEXT_BONUS,
        CONTEXT_SIMILARITY,
        DESCRIBED_BUSINESS_BONUS,
        DESCRIBED_PLACE_BONUS,
        DESCRIBED_YEARLY_BONUS,
        NAMED_COUNT_BONUS,
        PAIR_WEIGHTS,
        RATE_UPDATE_BONUS,
        RESOLVED_DESCRIPTION_BONUS,
        RIVAL_ESTIMATES_BONUS,
        SPECIFIC_FIGURE_BONUS,
        SPECIFIC_UNIT_BONUS,
        TOLL_UPDATE_BONUS,
        YEAR_LATER_UPDATE_BONUS,
        YEAR_ON_YEAR_BONUS,
    )

    chosen = [*(only or SPLITS), *([mistakes] if mistakes else [])]
    if unknown := [name for name in chosen if name not in SPLITS]:
        typer.echo(f"crosscheck: error: no split {unknown[0]!r} (one of "
                   f"{', '.join(SPLITS[:4])}, {SPLITS[4]} to {SPLITS[-1]})", err=True)
        raise typer.Exit(2)
    try:
        embedder = make_embedder(model, backend=backend.value if backend else "onnx")
        prepared = {name: prepare(read_labelled(data / f"{name}.txt"), embedder)
                    for name in dict.fromkeys(chosen)}
        development = prepare_development(data, embedder)
    except (OSError, PairFileError, ModelError) as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None
    pinned = json.loads(floors.read_text(encoding="utf-8")) if floors else {}
    required, required_facts = pinned.get("matching", {}), pinned.get("matching_facts", {})
    rows, problems = [], []
    results = evaluate(prepared, development)
    for name, split, threshold, scores in results:
        rows.append([name, split, f"{threshold:.2f}", scores.same_fact, scores.hard_negatives,
                     f"{scores.precision:.3f}", f"{scores.recall:.3f}", f"{scores.f1:.3f}",
                     f"{scores.verdict_accuracy:.3f}"])
        if name == DEFAULT_METHOD:
            problems += [f"{split}: {p}" for p in floor_violations(
                scores.figures(), required.get(split, {}))]
        if name == FACTS_METHOD:
            problems += [f"{split}, as facts: {p}" for p in floor_violations(
                scores.figures(), required_facts.get(split, {}))]
    typer.echo(tabulate(rows, headers=["method", "split", "threshold", "same-fact pairs",
                                       "hard negatives", "precision", "recall", "F1",
                                       "verdict acc."]))
    by_split = {(name, split): scores for name, split, _, scores in results}
    for label, pooled in pooled_groups().items():
        if not (splits := [split for split in pooled if split in prepared]):
            continue
        figures = []
        for name, short in ((DEFAULT_METHOD, "pairs"), (FACTS_METHOD, "as reported")):
            total = sum_scores([by_split[name, split] for split in splits])
            figures.append(f"{short} P {total.precision:.3f} R {total.recall:.3f} "
                           f"verdicts {total.verdict_accuracy:.3f}")
        count = f"{len(splits)} split{'' if len(splits) == 1 else 's'}"
        typer.echo(f"pooled over {label}, {count}, {total.same_fact} same-fact "
                   f"pairs: {'; '.join(figures)}")
    bonus, threshold = calibrate_bonus(development)
    typer.echo(f"pair score: shipped {PAIR_WEIGHTS} at {MATCH_THRESHOLD:.2f}, agreeing figures "
               f"+{AGREEMENT_BONUS:g} log-odds; refit on dev and gated "
               f"{fit_pair_weights(development)}, calibrated at {threshold:.2f}, agreeing "
               f"figures +{bonus:g}, with the shipped weights")
    seen = [split for split in SEEN_FRESH_SPLITS if split in prepared]
    calibration = [development, *(prepared[split] for split in seen)]
    specific, unit = calibrate_figure_bonuses(calibration)
    typer.echo(f"one specific figure given twice: shipped +{SPECIFIC_FIGURE_BONUS:g} log-odds "
               f"more; calibrated +{specific:g} on dev, gated and "
               f"{'the' if len(seen) == len(SEEN_FRESH_SPLITS) else len(seen)} seen fresh "
               f"split{'' if len(seen) == 1 else 's'}")
    typer.echo(f"agreeing figures of a named unit: shipped +{SPECIFIC_UNIT_BONUS:g} log-odds "
               f"more; calibrated +{unit:g} on the same splits")
    without, with_context = bonus_gain(calibration, "context_bonus")
    typer.echo(f"agreeing figures in contexts alike (headline and sentence, cosine >= "
               f"{CONTEXT_SIMILARITY:g}): shipped +{CONTEXT_BONUS:g} log-odds more (chosen on "
               f"earlier splits, kept on later ones: docs/matching.md); on the same splits "
               f"{with_context.true_positive - without.true_positive:+d} same-fact pairs, "
               f"{with_context.false_positive - without.false_positive:+d} false pairs")
    without, bridging = bonus_gain(calibration, "bridge_bonus")
    typer.echo(f"figures one statement's own change bridges (a year apart: \"763,389 cars "
               f"in 2024, up 8%\" / \"708,716 cars in 2023\"; or from its starting figure: "
               f"\"up from £15\" / \"has been £15\"): shipped +{BRIDGE_BONUS:g} "
               f"log-odds, not calibrated; on the same splits "
               f"{bridging.true_positive - without.true_positive:+d} same-fact pairs, "
               f"{bridging.false_positive - without.false_positive:+d} false pairs")
    without, naming = bonus_gain(calibration, "named_count_bonus")
    typer.echo(f"counts of one named thing by one named subject (\"Pamukkale received 2.5 "
               f"million visitors in 2023\" / \"Pamukkale's terraces drew 2.9 million visitors "
               f"in 2024\"): shipped +{NAMED_COUNT_BONUS:g} log-odds, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'named_count_bonus'):g} on the same "
               f"splits; there {naming.true_positive - without.true_positive:+d} same-fact "
               f"pairs, {naming.false_positive - without.false_positive:+d} false pairs")
    without, describing = bonus_gain(calibration, "described_bonus")
    typer.echo(f"a named business's figure of the year before restated by a description, or "
               f"by a statement naming no one under a headline naming no one else, within "
               f"half as much again (\"The Istanbul-based budget carrier flew some 37.2m "
               f"travellers last year\" / \"Pegasus carried 34.6 million passengers in "
               f"2023\"): shipped +{DESCRIBED_BUSINESS_BONUS:g} "
               f"log-odds, calibrated +{calibrate_subject_bonus(calibration, 'described_bonus'):g}"
               f" on the same splits; there {describing.true_positive - without.true_positive:+d} "
               f"same-fact pairs, {describing.false_positive - without.false_positive:+d} false "
               f"pairs")
    without, resolving = bonus_gain(calibration, "resolved_bonus")
    typer.echo(f"the same when the described statement is named too, by its headline or by "
               f"the corpus (\"SAS carried 25.2 million passengers in 2024\" names \"The "
               f"Stockholm-based airline flew some 25.2m travellers last year\"): shipped "
               f"+{RESOLVED_DESCRIPTION_BONUS:g} log-odds more, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'resolved_bonus'):g} on the same "
               f"splits; there {resolving.true_positive - without.true_positive:+d} same-fact "
               f"pairs, {resolving.false_positive - without.false_positive:+d} false pairs")
    without, rivals = bonus_gain(calibration, "rival_bonus")
    typer.echo(f"two sources' differing figures of one moment, each sentence giving its "
               f"source (\"About a million people attended the Notting Hill Carnival, "
               f"organisers said\" / \"Police put the two-day crowd ... at some 750,000\"): "
               f"shipped +{RIVAL_ESTIMATES_BONUS:g} log-odds, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'rival_bonus'):g} on the same splits; "
               f"there {rivals.true_positive - without.true_positive:+d} same-fact pairs, "
               f"{rivals.false_positive - without.false_positive:+d} false pairs")
    without, places = bonus_gain(calibration, "described_place_bonus")
    typer.echo(f"a named place's figure restated the same week by a description of it "
               f"(\"Mykonos has about 10,000 residents\" / \"The Cycladic island is home to "
               f"some 10,000 people year-round\"): shipped +{DESCRIBED_PLACE_BONUS:g} "
               f"log-odds, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'described_place_bonus'):g} on the "
               f"same splits; there {places.true_positive - without.true_positive:+d} "
               f"same-fact pairs, {places.false_positive - without.false_positive:+d} false "
               f"pairs")
    without, yearly = bonus_gain(calibration, "year_on_year_bonus")
    typer.echo(f"a yearly figure and the next year's that differ, each dated by its "
               f"sentence, of a size alike (\"Ljubljana's castle funicular carried about "
               f"300,000 passengers in 2023\" / \"The Slovenian capital's castle railway took "
               f"some 380,000 riders last year\"): shipped +{YEAR_ON_YEAR_BONUS:g} log-odds, "
               f"calibrated {_held_under(calibration, 'year_on_year_bonus')} on "
               f"the same splits; there {yearly.true_positive - without.true_positive:+d} "
               f"same-fact pairs, {yearly.false_positive - without.false_positive:+d} false pairs")
    without, tolls = bonus_gain(calibration, "toll_update_bonus")
    typer.echo(f"a toll told again as it grows, within a week, one sentence saying it moved "
               f"(\"At least 44 people died in the blaze\" / \"The death toll from the fire "
               f"has risen to 128\"): shipped +{TOLL_UPDATE_BONUS:g} log-odds, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'toll_update_bonus'):g} on the same "
               f"splits; there {tolls.true_positive - without.true_positive:+d} same-fact "
               f"pairs, {tolls.false_positive - without.false_positive:+d} false pairs")
    without, updates = bonus_gain(calibration, "year_later_bonus")
    typer.echo(f"a figure told again a year or two on, each dated by its article, the later saying "
               f"it is new (\"A ticket to the Rock of Cashel costs €8\" / \"Entry to the "
               f"Tipperary landmark rose to €10 this year\"): shipped "
               f"+{YEAR_LATER_UPDATE_BONUS:g} log-odds, calibrated "
               f"{_held_under(calibration, 'year_later_bonus')} on the same "
               f"splits; there {updates.true_positive - without.true_positive:+d} same-fact "
               f"pairs, {updates.false_positive - without.false_positive:+d} false pairs")
    without, series = bonus_gain(calibration, "described_yearly_bonus")
    typer.echo(f"a yearly series one statement gives by a description (\"Spiš Castle had "
               f"about 160,000 visitors in 2023\" / \"The ruined Slovak fortress above "
               f"Spišské Podhradie drew some 185,000 visitors last year\"): shipped "
               f"+{DESCRIBED_YEARLY_BONUS:g} log-odds more, calibrated "
               f"+{calibrate_subject_bonus(calibration, 'described_yearly_bonus'):g} on the "
               f"same splits; there {series.true_positive - without.true_positive:+d} "
               f"same-fact pairs, {series.false_positive - without.false_positive:+d} false "
               f"pairs")
    without, rates = bonus_gain(calibration, "rate_update_bonus")
    typer.echo(f"a place's rate told again as it moves, the later saying it moved (\"The "
               f"kingdom's central bank held its key rate at 7.25% in January 2025\" / "
               f"\"Eswatini cut its policy rate to 7%\"): shipped +{RATE_UPDATE_BONUS:g} "
               f"log-odds, calibrated {_held_under(calibration, 'rate_update_bonus')} on the "
               f"same splits; there {rates.true_positive - without.true_positive:+d} same-fact "
               f"pairs, {rates.false_positive - without.false_positive:+d} false pairs")
    if mistakes:
        for line in list_mistakes(prepared[mistakes], MATCH_THRESHOLD):
            typer.echo(f"  {line}")
    _exit_below_floors(problems)


def _held_under(calibration: list[Prepared], bonus: str) -> str:
    """A bonus's calibration, and its calibration held under WEAK_EVIDENCE_MOST (the value
    shipped for evidence weaker than agreeing figures)."""
    from crosscheck.eval_matching import calibrate_subject_bonus
    from crosscheck.settings import WEAK_EVIDENCE_MOST

    return (f"+{calibrate_subject_bonus(calibration, bonus):g} (held under "
            f"+{WEAK_EVIDENCE_MOST:g}, what agreeing figures of a named unit earn: "
            f"+{calibrate_subject_bonus(calibration, bonus, WEAK_EVIDENCE_MOST):g})")


@app.command("check")
def check_drafts(
    ctx: typer.Context,
    drafts: Annotated[list[Path], typer.Argument(help="Draft files: .md, .txt, .html.")],
    against: Annotated[list[Path] | None, typer.Option(
        "--against", "-a", help="The corpus to check against (files or folders; repeatable). "
                                "Default: the config file's corpus.")] = None,
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TEXT,
    fail_on: Annotated[CheckFailOn | None, typer.Option(
        help="Exit 1 when a number is at or above this level (default: conflict, or the "
             "config file's).")] = None,
    model: ModelOption = None,
    threshold: ThresholdOption = None,
    store: StoreOption = None,
    changed_since: Annotated[str | None, typer.Option(
        help="Check only numbers on lines changed since this git revision (e.g. HEAD, "
             "origin/main).")] = None,
    baseline_file: Annotated[Path | None, typer.Option(
        "--baseline", help="File of accepted findings (default crosscheck-baseline.json, or "
                           "the config file's).")] = None,
    update_baseline: Annotated[bool, typer.Option(
        "--update-baseline", help="Accept every current finding into the baseline file.")
    ] = False,
    backend: BackendOption = None,
) -> None:
    """Check every number in a draft against a corpus before it goes out: conflict,
    outdated, consistent or unsupported, each pointed at by file:line:col with its evidence."""
    from crosscheck.check import check

    settings = _settings(ctx, model=model, match_threshold=threshold,
                         store=str(store) if store else None,
                         fail_on=fail_on.value if fail_on else None,
                         baseline=str(baseline_file) if baseline_file else None,
                         backend=backend.value if backend else None)
    accepted_file, root = Path(settings.baseline), Path.cwd()
    try:
        accepted = set() if update_baseline else baseline.load(accepted_file)
        only_lines = ({str(d): changed_lines(changed_since, d) for d in drafts}
                      if changed_since else None)
        result = check(drafts, _corpus(against, settings, "corpus (--against)"), settings,
                       only_lines=only_lines, accepted=accepted, root=root)
    except (ModelError, StoreError, GitError, baseline.BaselineError) as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None
    for error in result.errors:
        typer.echo(f"crosscheck: warning: {error}", err=True)
    if not result.drafts:
        typer.echo("crosscheck: error: no readable draft in the given paths", err=True)
        raise typer.Exit(2)
    typer.echo(CHECK_FORMATS[format.value](result), nl=False)
    if update_baseline:
        entries = [baseline.entry(f.verdict, f.summary, [f.statement], f.statement.location,
                                  root) for f in result.findings if f.verdict != "consistent"]
        baseline.write(accepted_file, entries)
        typer.echo(f"crosscheck: {len(entries)} findings accepted into {accepted_file}",
                   err=True)
        return
    unreadable_drafts = {str(d) for d in drafts} & {e.path for e in result.errors}
    if unreadable_drafts:
        raise typer.Exit(2)
    if settings.fail_on != "never" and result.at_or_above(settings.fail_on):
        raise typer.Exit(1)


@app.command("index")
def index_corpus(
    ctx: typer.Context,
    paths: PathsArgument = None,
    store: Annotated[Path | None, typer.Option(
        help="The index file (SQLite) to build or update; default: the config file's "
             "store.")] = None,
    model: ModelOption = None,
    backend: BackendOption = None,
) -> None:
    """Build or update a persistent index of a corpus (articles, statements, embeddings), so
    that only new or changed articles cost anything and `check --against INDEX` reads no
    corpus at all."""
    settings = _settings(ctx, model=model, store=str(store) if store else None,
                         backend=backend.value if backend else None)
    if not settings.store:
        typer.echo("crosscheck: error: name the index file with --store (or 'store' in a "
                   "config file)", err=True)
        raise typer.Exit(2)
    try:
        index = CorpusIndex(settings.store)
        try:
            summary = index.update(_corpus(paths, settings, "corpus"), settings)
        finally:
            index.close()
    except (ModelError, StoreError) as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None
    for error in summary.errors:
        typer.echo(f"crosscheck: warning: {error}", err=True)
    typer.echo(f"indexed {summary.articles:,} articles into {settings.store} "
               f"({summary.added:,} new or changed, {summary.unchanged:,} unchanged, "
               f"{summary.removed:,} removed); {summary.statements:,} statements; "
               f"{summary.embedded:,} sentences embedded")
