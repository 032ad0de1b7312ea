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
    handle_errors,
    input_options,
    open_session,
    run_settings,
    settings_options,
)
from profile_lint.cli.output import fail, refuse_overwriting_inputs, write_output
from profile_lint.printable import json_text, no_commands, printable

if TYPE_CHECKING:
    from profile_lint.report.build import Member


def shown(path: str) -> str:
    return printable(path, newlines=False)


def _members(paths: list[str], opts: dict[str, Any], posts: list[str]) -> list[Member]:
    """Read every input first (bad input stops before anything is written), then lint the
    profiles, the drafts and the archive's past posts in one run."""
    from profile_lint.report.build import Member, past_posts
    from profile_lint.run import Item, lint_items, read_drafts, read_profiles

    session = open_session(opts)
    profiles = read_profiles(session, paths, opts["input_format"], as_of(opts), opts["facts"])
    drafts = read_drafts(session, posts) if posts else []
    past = [[(d, day) for d in past_posts(p)] for p, day in profiles]
    items: list[Item] = [*profiles, *drafts, *(item for group in past for item in group)]
    cache, progress = run_settings(session, opts)
    try:
        results = lint_items(session, items, opts["jobs"], cache, progress)
    finally:
        progress.close()
    if cache is not None:
        cache.save()
    found = {id(subject): result for (subject, _), result in zip(items, results, strict=True)}
    rules = {r.name: r for r in session.registry.rules}
    members = []
    for (profile, day), group in zip(profiles, past, strict=True):
        member = Member(profile, found[id(profile)], rules, as_of=day)
        member.past_posts = [(d, found[id(d)]) for d, _ in group]
        members.append(member)
    if members:
        members[0].drafts = [(d, found[id(d)]) for d, _ in drafts]
    return members


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--explain", is_flag=True, help="Show the formula and where each point went.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@input_options
@settings_options
@handle_errors
def score(paths: tuple[str, ...], explain: bool, fmt: str, **opts: Any) -> None:
    """Estimate the four Social Selling Index pillars from profiles (not LinkedIn's SSI)."""
    from profile_lint.formatters.text import score_lines
    from profile_lint.report.explain import FORMULA
    from profile_lint.report.explain import explain as explain_score

    members = _members(list(paths), opts, [])
    if fmt == "json":
        out = [{"path": m.profile.source, "score": m.score.to_dict()} for m in members]
        click.echo(
            json_text(json.dumps({"version": 1, "results": out}, indent=2, ensure_ascii=False))
        )
        return
    if explain:
        click.echo(FORMULA)
    for m in members:
        if explain:
            text = explain_score(shown(m.profile.source), m.score)
            click.echo(no_commands(printable(text)) + "\n")  # messages quote the input
        else:
            click.echo(no_commands("\n".join([shown(m.profile.source), *score_lines(m.score)])))


@click.command()
@click.argument("paths", nargs=-1, required=True)
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
    "--lang",
    type=click.Choice(["en", "fr"]),
    default="en",
    show_default=True,
    help="Language of the report.",
)
@input_options
@settings_options
@handle_errors
def report(
    paths: tuple[str, ...], posts: tuple[str, ...], output: str | None, lang: str, **opts: Any
) -> None:
    """Write a self-contained HTML report: score, fixes ranked by points, findings, drafts."""
    from profile_lint.report.cohort import file_names, ranking, summary_csv, summary_json
    from profile_lint.report.i18n import catalog
    from profile_lint.report.render import render
    from profile_lint.report.view import index_context, report_context

    cohort = len(paths) > 1
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
    inputs = [*paths, *posts, *filter(None, [opts["facts"], opts.get("config_path")])]
    refuse_overwriting_inputs([str(target)], inputs)
    members = _members(list(paths), opts, list(posts))
    cat = catalog(lang)
    files = file_names(members) if cohort else []
    outputs = ["index.html", "summary.csv", "summary.json", *files]
    refuse_overwriting_inputs([str(target / name) for name in outputs] if cohort else [], inputs)
    if not cohort:
        write_output(render("report.html.j2", cat, report_context(members[0], cat)), str(target))
        click.echo(f"wrote {shown(str(target))}", err=True)
        return
    try:
        os.makedirs(target, exist_ok=True)
    except OSError as exc:
        fail(f"{target}: cannot be made: {exc.strerror or exc}")
    for member, name in zip(members, files, strict=True):
        write_output(render("report.html.j2", cat, report_context(member, cat)), str(target / name))
    rows = ranking(members, files)
    write_output(render("index.html.j2", cat, index_context(rows, cat)), str(target / "index.html"))
    write_output(summary_csv(rows), str(target / "summary.csv"))
    write_output(summary_json(rows), str(target / "summary.json"))
    click.echo(
        f"wrote {len(files)} reports, index.html, summary.csv and summary.json to "
        f"{shown(str(target))}",
        err=True,
    )
