"""`profile-lint score` and `profile-lint report`: the pillar estimate and the HTML report.

Both lint through the same run as `profile` (the cache and --jobs serve them too).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from profile_lint.cli.options import (
    as_of,
    check_target,
    handle_errors,
    input_options,
    open_session,
    run_settings,
    settings_options,
    target_option,
)
from profile_lint.cli.output import fail, refuse_overwriting_inputs, write_output
from profile_lint.cli.settings import show_settings
from profile_lint.printable import json_text, no_commands, printable

if TYPE_CHECKING:
    from profile_lint.history import History
    from profile_lint.report.build import Member
    from profile_lint.run import Session


def shown(path: str) -> str:
    return printable(path, newlines=False)


def _members(
    paths: list[str], opts: dict[str, Any], posts: list[str]
) -> tuple[Session, list[Member]]:
    """Read every input first (bad input stops before anything is written), then lint the
    profiles, the drafts and the archive's past posts in one run."""
    from profile_lint.report.build import lint_members
    from profile_lint.run import read_drafts, read_profiles

    session = open_session(opts)
    check_target(opts.get("target"), paths)
    profiles = read_profiles(
        session,
        paths,
        opts["input_format"],
        as_of(opts),
        opts["facts"],
        opts["stdin_filename"],
        opts.get("target"),
    )
    drafts = read_drafts(session, posts) if posts else []
    cache, progress = run_settings(session, opts)
    try:
        members = lint_members(session, profiles, drafts, opts["jobs"], cache, progress)
    finally:
        progress.close()
    if cache is not None:
        cache.save()
    return session, members


def _past_runs(path: str, members: list[Member]) -> History:
    """Open the history and give each member their earlier runs; two inputs that are the
    same member in one run are refused (their runs could not be told apart)."""
    from profile_lint.history import History, member_key

    seen: dict[str, str] = {}
    for member in members:
        key = member_key(member.profile)
        if key in seen:
            fail(
                f"{seen[key]} and {member.profile.source} are the same member ({key}) for "
                "--history: give one input per member"
            )
        seen[key] = member.profile.source
    store = History(path)
    for member in members:
        member.past = store.past(member_key(member.profile))
    return store


def _record(store: History, members: list[Member]) -> None:
    """This run's scores and findings, one transaction for every member."""
    from profile_lint.history import Entry, member_key

    entries = [
        Entry(member_key(m.profile), m.name, m.as_of, m.score, m.result.findings) for m in members
    ]
    try:
        store.record(entries)
    finally:
        store.close()


def _settings_shown(paths: tuple[str, ...], opts: dict[str, Any]) -> bool:
    """--show-settings prints them (True); without it, PATHS are required."""
    if opts["show_settings"]:
        click.echo(show_settings(open_session(opts), paths), nl=False)
        return True
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.")
    return False


@click.command(short_help="Estimate the four SSI pillars (not LinkedIn's SSI).")
@click.argument("paths", nargs=-1)
@click.option("--explain", is_flag=True, help="Show the formula and where each point went.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@input_options
@target_option
@settings_options
@handle_errors
def score(paths: tuple[str, ...], explain: bool, fmt: str, **opts: Any) -> None:
    """Estimate the four Social Selling Index pillars from profiles (not LinkedIn's SSI)."""
    from profile_lint.formatters.json import score_dict
    from profile_lint.formatters.text import score_lines, target_lines
    from profile_lint.report.explain import explain as explain_score
    from profile_lint.report.explain import formula

    if _settings_shown(paths, opts):
        return
    session, members = _members(list(paths), opts, [])
    tr = session.translator([m.result for m in members])
    if fmt == "json":
        out = [
            {
                "path": m.profile.source,
                "score": score_dict(m.score, tr),
                **({"target": m.result.target.to_dict()} if m.result.target else {}),
            }
            for m in members
        ]
        data = {"version": 1, "lang": tr.lang, "results": out}
        click.echo(json_text(json.dumps(data, indent=2, ensure_ascii=False)))
        return
    if explain:
        click.echo(formula(tr))
    for m in members:
        if explain:
            text = explain_score(shown(m.profile.source), m.score, tr)
            click.echo(no_commands(printable(text)) + "\n")  # messages quote the input
        else:
            lines = [*score_lines(m.score, tr), *target_lines(m.result.target, tr)]
            click.echo(no_commands("\n".join([shown(m.profile.source), *lines])))


@click.command(short_help="Write the self-contained HTML coaching report.")
@click.argument("paths", nargs=-1)
@click.option(
    "--posts",
    multiple=True,
    help="Post drafts (files or folders) to include; repeat for several. Only with one profile.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(),
    help="The HTML file to write [default: report.html]; with several profiles, "
    "a folder for one report each, index.html and summary.csv/summary.json.",
)
@click.option(
    "--history",
    type=click.Path(),
    help="An SQLite file that keeps every run's scores and findings per member (created "
    "if missing): reports then show the progress since the previous run.",
)
@input_options
@target_option
@settings_options
@handle_errors
def report(
    paths: tuple[str, ...],
    posts: tuple[str, ...],
    output: str | None,
    history: str | None,
    **opts: Any,
) -> None:
    """Write a self-contained HTML report: summary, first steps, drafts to adapt, findings.

    Each report is written in its member's language (--lang forces one), the cohort's
    index and summary in the language of most members."""
    from profile_lint.readers import find_profiles
    from profile_lint.report.cohort import file_names, ranking, summary_csv, summary_json
    from profile_lint.report.render import render
    from profile_lint.report.view import index_context, report_context

    if _settings_shown(paths, opts):
        return
    inputs = find_profiles(paths, opts["input_format"])  # a folder holds several
    cohort = len(inputs) > 1
    if cohort and posts:
        fail("--posts goes with a single profile")
    if cohort and not output:
        fail("several profiles need -o FOLDER (one report each, index.html and a summary)")
    target = Path(output or "report.html")
    if cohort and target.exists() and not target.is_dir():
        fail(f"{target}: exists and is not a folder")
    if cohort and not target.exists() and target.suffix.lower() in (".html", ".htm"):
        fail(
            f"{target}: several profiles make several reports: give a folder with -o DIR "
            "(one report each, index.html and a summary), or one profile for one file"
        )
    if not cohort and target.is_dir():
        fail(f"{target}: is a folder; give a file name such as report.html")
    if not target.parent.is_dir():
        fail(f"{target}: the folder {target.parent} does not exist")
    extra = [opts["facts"], opts.get("config_path"), opts.get("target")]
    read_too = [*paths, *posts, *filter(None, extra)]
    refuse_overwriting_inputs([str(target)], read_too)
    if history:
        refuse_overwriting_inputs([history], [*read_too, str(target)])
        if os.path.realpath(history) == os.path.realpath(target):
            fail(f"{history}: the history and the report must be different files")
    session, members = _members(inputs, opts, list(posts))
    files = file_names(members) if cohort else []
    outputs = ["index.html", "summary.csv", "summary.json", *files]
    refuse_overwriting_inputs([str(target / name) for name in outputs] if cohort else [], read_too)
    store = _past_runs(history, members) if history else None
    # Everything is rendered before anything is written: the run is recorded, then the
    # files are written (each atomically).
    pages = []
    for member in members:
        tr = session.translator([member.result])
        pages.append(render("report.html.j2", tr, report_context(member, tr)))
    if store is not None:
        _record(store, members)
    if not cohort:
        write_output(pages[0], str(target))
        click.echo(f"wrote {shown(str(target))}", err=True)
        return
    try:
        os.makedirs(target, exist_ok=True)
    except OSError as exc:
        fail(f"{target}: cannot be made: {exc.strerror or exc}")
    for page, name in zip(pages, files, strict=True):
        write_output(page, str(target / name))
    rows = ranking(members, files)
    tr = session.translator([m.result for m in members])
    index = index_context(rows, tr, history=store is not None)
    write_output(render("index.html.j2", tr, index), str(target / "index.html"))
    write_output(summary_csv(rows), str(target / "summary.csv"))
    write_output(summary_json(rows, tr), str(target / "summary.json"))
    click.echo(
        f"wrote {len(files)} reports, index.html, summary.csv and summary.json to "
        f"{shown(str(target))}",
        err=True,
    )
