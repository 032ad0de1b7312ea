"""`profile-lint profile` and `profile-lint posts`: findings, in the format asked for."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from profile_lint.cli.options import (
    as_of,
    check_target,
    handle_errors,
    input_options,
    open_session,
    output_options,
    run_settings,
    settings_options,
    split,
    target_option,
)
from profile_lint.cli.output import (
    output_stream,
    refuse_overwriting_inputs,
    use_color,
    write_fixed,
    write_output,
)
from profile_lint.cli.settings import show_settings
from profile_lint.printable import printable

if TYPE_CHECKING:
    from profile_lint.batch import Progress
    from profile_lint.cache import Cache
    from profile_lint.engine import Result
    from profile_lint.fixes import Fixed
    from profile_lint.model import Draft
    from profile_lint.run import Session

PRE_COMMIT = "PRE_COMMIT"  # set by pre-commit in the environment of every hook it runs


def run_lint(kind: str, paths: list[str], opts: dict[str, Any], **read: Any) -> None:
    from profile_lint.formatters import FORMATTERS, Report
    from profile_lint.formatters.statistics import render_statistics
    from profile_lint.formatters.stream import STREAMED
    from profile_lint.run import exit_status, lint_items, read_drafts, read_profiles

    session = open_session(opts)
    config = [session.config.path] if session.config.path else []
    read_too = [*filter(None, [read.get("facts"), opts.get("target")]), *config]
    refuse_overwriting_inputs([opts["output"]], [*paths, *read_too])
    if opts["show_settings"]:
        click.echo(show_settings(session, paths), nl=False)
        return
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.")
    name = opts["stdin_filename"]
    cache, progress = run_settings(session, opts)
    streamed = opts["fmt"] in STREAMED and not (
        opts["statistics"] or opts.get("fix") or opts.get("diff")
    )
    # Streamed, a run over many files holds each as a path until it is linted (run.Later),
    # with its cache key when there is a cache.
    put_down: Cache | bool = False
    if streamed:
        put_down = cache if cache is not None else True
    if kind == "post":
        items: list[Any] = read_drafts(session, paths, stdin_name=name, put_down=put_down, **read)
    else:
        check_target(opts.get("target"), paths)
        target = opts.get("target")
        items = read_profiles(
            session, paths, stdin_name=name, target=target, put_down=put_down, **read
        )
    if streamed:
        stream_lint(session, items, opts, cache, progress)
        return
    try:
        results = lint_items(session, items, opts["jobs"], cache, progress)
    finally:
        progress.close()
    fixed = None
    if opts.get("fix") or opts.get("diff"):
        results, fixed = fix_all(session, items, results, opts)
        if opts.get("diff"):
            click.echo("".join(f.diff() for f in fixed), nl=False)
            sys.exit(1 if any(f.changed for f in fixed) else 0)
    errors = [e for r in results for e in r.errors]
    report = Report(
        results,
        session.registry.rules,
        color=use_color("never" if opts["no_color"] else opts["color"], opts["output"]),
        quiet=opts["quiet"],
        hide_clean=bool(os.environ.get(PRE_COMMIT)) and not opts["verbose"],
        tr=session.translator(results),
        fixed=sum(f.count for f in fixed) if fixed is not None else None,
    )
    if opts["statistics"]:
        text = render_statistics(report, opts["fmt"])
    else:
        text = FORMATTERS[opts["fmt"]](report)
    stdin = next((d for d, _ in items if d.stdin), None) if fixed is not None else None
    if stdin is not None:  # the draft, fixed, on standard output; the findings on stderr
        done = next((f.after for f in fixed or [] if f.draft.stdin), stdin.file_text)
        click.echo(done, nl=False)
        click.echo(text, nl=False, err=True, color=True)
    else:
        write_output(text, opts["output"])
    status = exit_status(results, session.config.fail_on)
    finish_run(cache, errors, 0 if opts["exit_zero"] else status)


def stream_lint(
    session: Session, items: list[Any], opts: dict[str, Any], cache: Any, progress: Progress
) -> None:
    """Lint and write the output as results come (text, JSON): memory stays flat however
    many inputs. The output's language is chosen from the inputs' before the first one."""
    from profile_lint.batch import CHUNK
    from profile_lint.formatters import Report
    from profile_lint.formatters.stream import Stream
    from profile_lint.run import exit_status, lint_stream, text_languages

    langs = [] if session.config.lang else text_languages(session, items)
    report = Report(
        [],
        session.registry.rules,
        color=use_color("never" if opts["no_color"] else opts["color"], opts["output"]),
        quiet=opts["quiet"],
        hide_clean=bool(os.environ.get(PRE_COMMIT)) and not opts["verbose"],
        tr=session.translator_for(langs),
    )
    errors: list[str] = []
    status = 0

    def add(part: list[Result]) -> None:
        nonlocal status
        stream.add(part)
        errors.extend(e for r in part for e in r.errors)
        status = max(status, exit_status(part, session.config.fail_on))

    with output_stream(opts["output"]) as write:

        def shown(text: str) -> None:
            progress.close()  # no bar across the output on a terminal
            write(text)

        stream = Stream(opts["fmt"], report, shown)
        part: list[Result] = []
        try:
            for result in lint_stream(session, items, opts["jobs"], cache, progress):
                part.append(result)
                if len(part) >= CHUNK:
                    add(part)
                    part = []
            add(part)
        finally:
            progress.close()
        stream.end()
    finish_run(cache, errors, 0 if opts["exit_zero"] else status)


def finish_run(cache: Any, errors: list[str], status: int) -> None:
    """Save the cache, say which rules failed (exit 2), else exit with `status`."""
    if cache is not None:
        cache.save()
    for error in errors:
        click.echo(f"profile-lint: error: {printable(error, newlines=False)}", err=True)
    sys.exit(2 if errors else status)


def fix_all(
    session: Session, items: list[Any], results: list[Result], opts: dict[str, Any]
) -> tuple[list[Result], list[Fixed]]:
    """Fix every draft that has fixable findings; with --fix (not --diff) write each
    changed file in place, atomically. Returns the results after fixing."""
    from profile_lint.engine import lint
    from profile_lint.fixes import fix_draft

    out, fixed = list(results), []
    for index, ((draft, day), result) in enumerate(zip(items, results, strict=True)):
        if not any(f.fixable for f in result.findings):
            continue

        def relint(new: Draft, day: date = day) -> Result:
            return lint(new, session.plan(new.source, day), session.analyzer)

        done = fix_draft(draft, result, relint, session.registry.rules)
        fixed.append(done)
        out[index] = done.result
    if not opts.get("diff"):
        for done in fixed:
            if done.changed and not done.draft.stdin:
                write_fixed(done.draft.source, done.before, done.after)
    return out, fixed


@click.command(short_help="Lint profiles (JSON, archive, PDF, pasted text).")
@click.argument("paths", nargs=-1)
@input_options
@target_option
@settings_options
@output_options
@handle_errors
def profile(
    paths: tuple[str, ...], input_format: str | None, facts: str | None, **opts: Any
) -> None:
    """Lint profiles. Each PATH is one of:

    \b
    - a JSON Resume file (.json), with an optional `linkedin` object;
    - a LinkedIn data archive: the Basic_ or Complete_LinkedInDataExport ZIP,
      its unzipped folder, or one of its CSV files;
    - the "Save to PDF" profile (.pdf);
    - text copied from the profile page (.txt);
    - a folder of such files (searched recursively; an archive folder is one profile);
    - - for standard input: pasted page text, or JSON when it parses as JSON
      (--stdin-filename NAME.json or --input-format choose).
    """
    run_lint(
        "profile", list(paths), opts, input_format=input_format, as_of=as_of(opts), facts=facts
    )


@click.command(short_help="Lint post drafts (Markdown or text files, folders, -).")
@click.argument("paths", nargs=-1)
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
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the fixes that cannot change meaning (pseudo-bold letters, Markdown bold and "
    "headings, stray spaces, blank-line runs) in place, then report what is left. With -, "
    "print the fixed draft (findings on standard error).",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print what --fix would change, as a unified diff, and change nothing; exit 1 "
    "when there is something to fix.",
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
