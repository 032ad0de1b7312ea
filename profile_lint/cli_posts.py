"""`profile-lint posts`: lint post drafts (Markdown or plain text) before publishing."""

from __future__ import annotations

from typing import Any

import click

from profile_lint.cli import _split, handle_errors, lint_options, run_lint


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
@lint_options
@handle_errors
def posts(
    paths: tuple[str, ...], include: tuple[str, ...], exclude: tuple[str, ...], **opts: Any
) -> None:
    """Lint post drafts: files, folders (searched recursively) or - for standard input.

    YAML front matter (lang, type, rules, profile-lint) and HTML comments are not post
    text; `<!-- profile-lint-disable NAME -->` comments suppress findings.
    """
    run_lint("post", list(paths), opts, include=_split(include), exclude=_split(exclude))
