"""The `crosscheck` command: parse options, call the library, render. Nothing else."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from crosscheck.compare import VERDICT_RANK
from crosscheck.embed import ModelError
from crosscheck.pipeline import analyse
from crosscheck.report import RENDERERS
from crosscheck.settings import MATCH_THRESHOLD, Settings

app = typer.Typer(
    help="Find numbers that disagree across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class FailOn(StrEnum):
    never = "never"
    changed = "changed"
    conflict = "conflict"


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")
    ] = False,
) -> None:
    """crosscheck reads a corpus of articles, pairs statements about the same fact and
    compares their numbers."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="crosscheck: %(message)s")


PathsArgument = Annotated[
    list[Path],
    typer.Argument(help="Article files or folders (searched recursively): "
                   ".txt, .md, .jsonl, .html."),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ModelOption = Annotated[
    str | None,
    typer.Option(help="A local sentence-transformers model folder "
                 "(default: the packaged all-MiniLM-L6-v2)."),
]
ThresholdOption = Annotated[
    float,
    typer.Option(min=0.0, max=1.0, help="Cosine similarity two frames need to be paired."),
]
FailOnOption = Annotated[
    FailOn, typer.Option(help="Exit 1 when a finding at or above this level exists.")
]


@app.command()
def report(
    paths: PathsArgument,
    format: FormatOption = Format.table,
    model: ModelOption = None,
    threshold: ThresholdOption = MATCH_THRESHOLD,
    fail_on: FailOnOption = FailOn.never,
) -> None:
    """Report which statements across sources speak of the same fact, and whether their
    numbers are consistent, changed over time, or in conflict."""
    settings = Settings(model=model, match_threshold=threshold)
    try:
        result = analyse(paths, settings)
    except ModelError as error:
        typer.echo(f"crosscheck: error: {error}", err=True)
        raise typer.Exit(2) from None
    for error in result.errors:
        typer.echo(f"crosscheck: warning: {error}", err=True)
    typer.echo(RENDERERS[format.value](result), nl=False)
    if not result.articles:
        typer.echo("crosscheck: error: no readable articles in the given paths", err=True)
        raise typer.Exit(2)
    worst = result.worst_verdict()
    if fail_on is not FailOn.never and worst is not None and (
        VERDICT_RANK[worst] >= VERDICT_RANK[fail_on.value]
    ):
        raise typer.Exit(1)
