"""What the commands share: option groups, error handling, opening a session and a run."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from profile_lint.cli.output import fail
from profile_lint.errors import InputError
from profile_lint.i18n import languages
from profile_lint.printable import printable
from profile_lint.text import SUPPORTED_LANGUAGES

if TYPE_CHECKING:
    from profile_lint.batch import Progress
    from profile_lint.cache import Cache
    from profile_lint.run import Session

FORMATS = ("text", "json", "sarif", "github")
COLORS = ("auto", "always", "never")
LEVELS = ("error", "warning", "info", "never")
INPUT_FORMATS = ("json", "archive", "pdf", "text")
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def _apply(options: list[Decorator], func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(options):
        func = option(func)
    return func


def _jobs(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    from profile_lint.batch import parse_jobs

    if value is None:
        return None  # decided by the number of files to analyse (profile_lint/batch.py)
    try:
        return parse_jobs(value)
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected a number of processes, 0 or auto") from None


def _renamed(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        raise click.BadParameter(
            "renamed: --text-language is the language of the texts, --lang the language "
            "of the output"
        )


def _as_of_range(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    from profile_lint.readers.archive.dates import FIRST_YEAR, LAST_YEAR

    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise click.BadParameter(f"expected a date from {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31")
    return value


def split(values: tuple[str, ...]) -> list[str]:
    """Comma-separated or repeated option values, as one list."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def settings_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The configuration and the rules: every command that lints takes them."""
    return _apply(
        [
            click.option(
                "--config",
                "config_path",
                type=click.Path(dir_okay=False),
                help="Configuration file (default: nearest .profile-lint.toml or "
                "pyproject.toml with [tool.profile-lint]).",
            ),
            click.option(
                "--select",
                multiple=True,
                help="Rules to run (codes, names or code prefixes, comma-separated); "
                "replaces the configured selection.",
            ),
            click.option("--extend-select", multiple=True, help="Rules to add to the selection."),
            click.option(
                "--ignore", multiple=True, help="Rules to skip (codes, names or prefixes)."
            ),
            click.option(
                "--lang",
                type=click.Choice(languages()),
                default=None,
                help="Language of everything written (findings, summary, report) [default: "
                "the configuration's lang, else the language the texts are written in].",
            ),
            click.option(
                "--text-language",
                type=click.Choice(["auto", *SUPPORTED_LANGUAGES]),
                default=None,
                help="Language of the texts [default: detected per text].",
            ),
            click.option(
                "--language",
                hidden=True,
                expose_value=False,
                callback=_renamed,
                help="Renamed --text-language.",
            ),
            click.option(
                "--jobs",
                "-j",
                default=None,
                metavar="N",
                callback=_jobs,
                help="Processes to lint with; 0 or auto: one per CPU [default: 1, or one per "
                "idle CPU (up to 4, when 2 or more are idle) when 200 files or more need "
                "analysing].",
            ),
            click.option(
                "--no-cache",
                is_flag=True,
                help="Neither read nor write the result cache (.profile_lint_cache).",
            ),
            click.option(
                "--stdin-filename",
                metavar="NAME",
                help="The file name to give standard input (-) in every output; "
                "per-file-ignores match it, and its suffix tells a profile's format.",
            ),
            click.option(
                "--show-settings",
                is_flag=True,
                help="Print the resolved configuration, where each setting came from and "
                "the rules that run (for each PATH given), then exit.",
            ),
            click.option(
                "--verbose",
                "-v",
                is_flag=True,
                help="Say which configuration file is used; under pre-commit, show the "
                "files with no problems too.",
            ),
        ],
        func,
    )


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """How `profile` and `posts` report findings."""
    return _apply(
        [
            click.option(
                "--format",
                "--output-format",
                "fmt",
                type=click.Choice(FORMATS),
                default="text",
                show_default=True,
                help="Output format.",
            ),
            click.option(
                "--fail-on",
                type=click.Choice(LEVELS),
                default=None,
                help="Lowest severity that makes the exit status 1 [default: error].",
            ),
            click.option(
                "--exit-zero",
                is_flag=True,
                help="Exit with status 0 even when there are findings (2 still means an error).",
            ),
            click.option(
                "--statistics",
                is_flag=True,
                help="Print how many findings each rule has, instead of the findings "
                "(text or json).",
            ),
            click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary."),
            click.option(
                "--color",
                type=click.Choice(COLORS),
                default="auto",
                show_default=True,
                help="Colour the text output: auto colours a terminal unless NO_COLOR is "
                "set, or whenever FORCE_COLOR is.",
            ),
            click.option(
                "--no-color", is_flag=True, hidden=True, help="The same as --color never."
            ),
            click.option(
                "--output",
                "-o",
                type=click.Path(dir_okay=False),
                help="Write the output to this file instead of standard output.",
            ),
        ],
        func,
    )


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """How to read profiles: the format, the reference date, facts stated on top."""
    return _apply(
        [
            click.option(
                "--input-format",
                type=click.Choice(INPUT_FORMATS),
                default=None,
                help="Read the inputs as this format [default: from the file name; a folder, "
                ".zip or .csv is a LinkedIn data archive, .pdf its Save to PDF, .txt a "
                "pasted page, anything else JSON].",
            ),
            click.option(
                "--as-of",
                type=click.DateTime(["%Y-%m-%d"]),
                default=None,
                callback=_as_of_range,
                metavar="YYYY-MM-DD",
                help="Reference date for date checks [default: the archive's export date, "
                "else today].",
            ),
            click.option(
                "--with",
                "facts",
                type=click.Path(dir_okay=False),
                help="JSON file of facts merged over the input, shaped like a JSON profile, "
                'for what the input cannot tell, e.g. {"linkedin": {"photo": true, '
                '"public_url": "https://www.linkedin.com/in/you"}, "basics": {...}}.',
            ),
        ],
        func,
    )


def target_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--target: the job ad profiles are aimed at."""
    return click.option(
        "--target",
        metavar="JOB",
        help="A job ad (text or Markdown file, - for standard input): show how far each "
        "profile matches its key terms, and name the important ones it lacks.",
    )(func)


def check_target(target: str | None, paths: Sequence[str]) -> None:
    """Standard input can be the job ad or a profile, not both."""
    if target == "-" and "-" in paths:
        raise click.UsageError("--target - and a profile on - cannot both read standard input")


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Bad input is one clear line on stderr and exit status 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from profile_lint.batch import WorkerFailed
        from profile_lint.text import ModelNotInstalled

        try:
            return func(*args, **kwargs)
        except (InputError, ModelNotInstalled, WorkerFailed) as exc:
            fail(str(exc))
        except KeyboardInterrupt:  # here, or click would print "Aborted!" and exit 1
            click.echo("\nprofile-lint: interrupted", err=True)
            sys.exit(130)

    return wrapper


def open_session(opts: dict[str, Any]) -> Session:
    """The session the options describe; plugin problems are warned about on stderr."""
    from profile_lint.run import Overrides
    from profile_lint.run import open_session as open_run_session

    overrides = Overrides(
        config=opts.get("config_path"),
        select=split(opts.get("select") or ()) or None,
        extend_select=split(opts.get("extend_select") or ()),
        ignore=split(opts.get("ignore") or ()),
        fail_on=opts.get("fail_on"),
        text_language=opts.get("text_language"),
        lang=opts.get("lang"),
    )
    session = open_run_session(overrides)
    for problem in session.registry.errors:
        click.echo(f"profile-lint: warning: {printable(problem, newlines=False)}", err=True)
    if opts.get("verbose"):
        where = session.config.path or "none (the defaults)"
        click.echo(f"profile-lint: configuration file: {where}", err=True)
    return session


def run_settings(session: Session, opts: dict[str, Any]) -> tuple[Cache | None, Progress]:
    """The cache (unless --no-cache; a folder that is not safe to use is warned about
    and not used) and the progress bar of a run."""
    from profile_lint.batch import Progress
    from profile_lint.run import open_cache

    cache = open_cache(session, not opts.get("no_cache"))
    if cache is not None and cache.warning:
        click.echo(f"profile-lint: warning: {printable(cache.warning, newlines=False)}", err=True)
        cache = None
    return cache, Progress(0, "profile-lint: linting")


def as_of(opts: dict[str, Any]) -> Any:
    return opts["as_of"].date() if opts.get("as_of") else None
