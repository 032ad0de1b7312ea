"""The command line: I/O and exit codes only (0 clean, 1 findings, 2 usage or input error).

Each command lives in a module of this package; they share options and helpers from
`options` and `output`, and never import each other.
"""

from __future__ import annotations

import sys

import click

from profile_lint import __version__
from profile_lint.cli import signals
from profile_lint.cli.info import parse, rules, schema
from profile_lint.cli.lint import posts, profile
from profile_lint.cli.report import report, score


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="profile-lint")
def cli() -> None:
    """Lint LinkedIn profiles and post drafts: what to fix, why, and the evidence.

    Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage or input error.
    """


for command in (profile, posts, parse, score, report, rules, schema):
    cli.add_command(command)


def main() -> None:
    signals.install()  # Ctrl-C, SIGTERM and SIGHUP end the run at once (cli/signals.py)
    try:
        cli(prog_name="profile-lint")
    except KeyboardInterrupt:
        click.echo("profile-lint: interrupted", err=True)
        sys.exit(130)
