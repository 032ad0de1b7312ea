"""`profile-lint score` and `profile-lint report`: the pillar estimate and the HTML report."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import click

from profile_lint.cli import INPUT_FORMATS, fail, handle_errors, input_options, write_output


def _common(func: Any) -> Any:
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="Configuration file (default: the nearest one).",
    )(func)
    func = click.option(
        "--language",
        type=click.Choice(["auto", "en", "fr"]),
        default=None,
        help="Language of the texts [default: detected per text].",
    )(func)
    func = click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default=None,
        help="Read the inputs as this format [default: from the file name].",
    )(func)
    return input_options(func)


def _members(paths: list[str], opts: dict[str, Any], posts: list[str]) -> list[Any]:
    """Read every input first (bad input stops before anything is written), then lint."""
    from profile_lint.readers.drafts import find_drafts, read_draft
    from profile_lint.report.build import lint_member
    from profile_lint.run import Overrides, open_session, read_profiles

    session = open_session(Overrides(config=opts["config_path"], language=opts["language"]))
    for problem in session.registry.errors:
        click.echo(f"profile-lint: warning: {problem}", err=True)
    as_of: date | None = opts["as_of"].date() if opts["as_of"] else None
    profiles = read_profiles(session, paths, opts["input_format"], as_of, opts["facts"])
    found = find_drafts(posts) if posts else []
    size = session.config.max_file_size
    drafts = [read_draft(p, size, session.registry.rules) for p in found]
    return [lint_member(session, p, drafts, ref) for p, ref in profiles]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--explain", is_flag=True, help="Show the formula and where each point went.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@_common
@handle_errors
def score(paths: tuple[str, ...], explain: bool, fmt: str, **opts: Any) -> None:
    """Estimate the four Social Selling Index pillars from profiles (not LinkedIn's SSI)."""
    from profile_lint.formatters.text import score_lines
    from profile_lint.report.explain import FORMULA
    from profile_lint.report.explain import explain as explain_score

    members = _members(list(paths), opts, [])
    if fmt == "json":
        out = [{"path": m.profile.source, "score": m.score.to_dict()} for m in members]
        click.echo(json.dumps({"version": 1, "results": out}, indent=2, ensure_ascii=False))
        return
    if explain:
        click.echo(FORMULA)
    for m in members:
        if explain:
            click.echo(explain_score(m.profile.source, m.score) + "\n")
        else:
            click.echo("\n".join([m.profile.source, *score_lines(m.score.to_dict())]))


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
@_common
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
    if not cohort and target.is_dir():
        fail(f"{target}: is a folder; give a file name such as report.html")
    parent = target.parent
    if not parent.is_dir():
        fail(f"{output}: the folder {parent} does not exist")
    members = _members(list(paths), opts, list(posts))
    cat = catalog(lang)
    if not cohort:
        write_output(render("report.html.j2", cat, report_context(members[0], cat)), str(target))
        click.echo(f"wrote {target}", err=True)
        return
    os.makedirs(target, exist_ok=True)
    files = file_names(members)
    for member, name in zip(members, files, strict=True):
        write_output(render("report.html.j2", cat, report_context(member, cat)), str(target / name))
    rows = ranking(members, files)
    write_output(render("index.html.j2", cat, index_context(rows, cat)), str(target / "index.html"))
    write_output(summary_csv(rows), str(target / "summary.csv"))
    write_output(summary_json(rows), str(target / "summary.json"))
    click.echo(
        f"wrote {len(files)} reports, index.html, summary.csv and summary.json to {target}",
        err=True,
    )
