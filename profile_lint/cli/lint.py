"""`profile-lint profile` and `profile-lint posts`: findings, in the format asked for."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from profile_lint.cli.options import (
    as_of,
    handle_errors,
    input_options,
    open_session,
    output_options,
    run_settings,
    settings_options,
    split,
)
from profile_lint.cli.output import refuse_overwriting_inputs, write_output
from profile_lint.printable import printable


def run_lint(kind: str, paths: list[str], opts: dict[str, Any], **read: Any) -> None:
    from profile_lint.formatters import FORMATTERS, Report
    from profile_lint.run import exit_status, lint_drafts, lint_profiles

    session = open_session(opts)
    config = [session.config.path] if session.config.path else []
    refuse_overwriting_inputs(
        [opts["output"]], [*paths, *filter(None, [read.get("facts")]), *config]
    )
    cache, progress = run_settings(session, opts)
    lint_all = lint_drafts if kind == "post" else lint_profiles
    try:
        results = lint_all(
            session, paths, **read, jobs=opts["jobs"], cache=cache, progress=progress
        )
    finally:
        progress.close()
    errors = [e for r in results for e in r.errors]
    color = (
        not opts["no_color"]
        and not opts["output"]
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )
    report = Report(
        results,
        session.registry.rules,
        color=color,
        quiet=opts["quiet"],
        tr=session.translator(results),
    )
    write_output(FORMATTERS[opts["fmt"]](report), opts["output"])
    if cache is not None:
        cache.save()
    for error in errors:
        click.echo(f"profile-lint: error: {printable(error, newlines=False)}", err=True)
    sys.exit(2 if errors else exit_status(results, session.config.fail_on))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@settings_options
@output_options
@handle_errors
def profile(
    paths: tuple[str, ...], input_format: str | None, facts: str | None, **opts: Any
) -> None:
    """Lint profiles: JSON Resume (with an optional `linkedin` object), a LinkedIn data
    archive (the ZIP, its folder, or one of its CSV files), the "Save to PDF" profile, or
    text pasted from the profile page (.txt)."""
    run_lint(
        "profile", list(paths), opts, input_format=input_format, as_of=as_of(opts), facts=facts
    )


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--include",
    multiple=True,
    help="Globs of files to lint inside folders "
    "[default: *.md, *.markdown, *.txt]; comma-separated or repeated.",
)
@click.option(
    "--exclude",
    multiple=True,
    help="Globs of files to skip (matched on the path "
    "and on the file name); comma-separated or repeated.",
)
@settings_options
@output_options
@handle_errors
def posts(
    paths: tuple[str, ...], include: tuple[str, ...], exclude: tuple[str, ...], **opts: Any
) -> None:
    """Lint post drafts: files, folders (searched recursively) or - for standard input.

    YAML front matter (lang, type, rules, profile-lint) and HTML comments are not post
    text; `<!-- profile-lint-disable NAME -->` comments suppress findings.
    """
    run_lint("post", list(paths), opts, include=split(include), exclude=split(exclude))
