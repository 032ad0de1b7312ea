"""The command line: I/O and exit codes only (0 clean, 1 findings, 2 usage or input error)."""

from __future__ import annotations

import functools
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from profile_lint import __version__
from profile_lint.errors import InputError

FORMATS = ("text", "json", "sarif", "github")
LEVELS = ("error", "warning", "info", "never")
INPUT_FORMATS = ("json", "archive", "pdf", "text")


def fail(message: str) -> None:
    click.echo(f"profile-lint: error: {message}", err=True)
    sys.exit(2)


def write_output(text: str, output: str | None) -> None:
    """Print, or write `output` atomically: a half-written file never replaces a good one."""
    if not output:
        click.echo(text, nl=False)
        return
    target = Path(output)
    if not target.parent.is_dir():
        fail(f"{output}: the folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600; reports are for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode(target: Path) -> int:
    """The mode of the file being replaced, else what a new file gets (0666 less umask)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _jobs(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    from profile_lint.batch import parse_jobs

    if value is None:
        return None  # decided by the number of files to analyse (profile_lint/batch.py)
    try:
        return parse_jobs(value)
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected a number of processes, 0 or auto") from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def lint_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that lints."""
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default="text",
            show_default=True,
            help="Output format.",
        ),
        click.option(
            "--select",
            multiple=True,
            help="Rules to run (codes, names or code "
            "prefixes, comma-separated); replaces the configured selection.",
        ),
        click.option("--extend-select", multiple=True, help="Rules to add to the selection."),
        click.option("--ignore", multiple=True, help="Rules to skip (codes, names or prefixes)."),
        click.option(
            "--fail-on",
            type=click.Choice(LEVELS),
            default=None,
            help="Lowest severity that makes the exit status 1 [default: error].",
        ),
        click.option(
            "--language",
            type=click.Choice(["auto", "en", "fr"]),
            default=None,
            help="Language of the texts [default: detected per text].",
        ),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="Configuration file (default: nearest .profile-lint.toml or "
            "pyproject.toml with [tool.profile-lint]).",
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary."),
        click.option("--no-color", is_flag=True, help="Never colour the text output."),
        click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False),
            help="Write the output to this file instead of standard output.",
        ),
        click.option(
            "--jobs",
            "-j",
            default=None,
            metavar="N",
            callback=_jobs,
            help="Processes to lint with; 0 or auto: one per CPU [default: 1, or up to 4 "
            "when 200 files or more need analysing].",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Neither read nor write the result cache (.profile_lint_cache).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Bad input is one clear line on stderr and exit status 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from profile_lint.text import ModelNotInstalled

        try:
            return func(*args, **kwargs)
        except InputError as exc:
            fail(str(exc))
        except ModelNotInstalled as exc:
            fail(str(exc))
        except KeyboardInterrupt:  # here, or click would print "Aborted!" and exit 1
            click.echo("\nprofile-lint: interrupted", err=True)
            sys.exit(130)

    return wrapper


def run_lint(kind: str, paths: list[str], opts: dict[str, Any], **read: Any) -> None:
    from profile_lint.batch import Progress
    from profile_lint.formatters import FORMATTERS, Report
    from profile_lint.run import Overrides, exit_status, lint_drafts, lint_profiles, open_session

    overrides = Overrides(
        config=opts["config_path"],
        select=_split(opts["select"]) or None,
        extend_select=_split(opts["extend_select"]),
        ignore=_split(opts["ignore"]),
        fail_on=opts["fail_on"],
        language=opts["language"],
    )
    session = open_session(overrides)
    for problem in session.registry.errors:
        click.echo(f"profile-lint: warning: {problem}", err=True)
    lint_all = lint_drafts if kind == "post" else lint_profiles
    cache = None
    if session.config.cache and not opts["no_cache"]:
        from profile_lint.cache import Cache, cache_dir, tool_fingerprint

        fingerprint = tool_fingerprint(session.registry.rules)
        cache = Cache(cache_dir(session.config), fingerprint, kind)
    progress = Progress(0, "profile-lint: linting")
    try:
        results = lint_all(
            session, paths, jobs=opts["jobs"], cache=cache, progress=progress, **read
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
    report = Report(results, session.registry.rules, color=color, quiet=opts["quiet"])
    write_output(FORMATTERS[opts["fmt"]](report), opts["output"])
    if cache is not None:
        cache.save()
    for error in errors:
        click.echo(f"profile-lint: error: {error}", err=True)
    sys.exit(2 if errors else exit_status(results, session.config.fail_on))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="profile-lint")
def cli() -> None:
    """Lint LinkedIn profiles and post drafts: what to fix, why, and the evidence.

    Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage or input error.
    """


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--as-of and --with: what the user states on top of any profile input."""
    func = click.option(
        "--with",
        "facts",
        type=click.Path(dir_okay=False),
        help="JSON file of facts merged over the input, shaped like a JSON profile, for what "
        'the input cannot tell, e.g. {"linkedin": {"photo": true, "public_url": '
        '"https://www.linkedin.com/in/you"}, "basics": {...}}.',
    )(func)
    return click.option(
        "--as-of",
        type=click.DateTime(["%Y-%m-%d"]),
        default=None,
        metavar="YYYY-MM-DD",
        help="Reference date YYYY-MM-DD for date checks [default: the archive's export "
        "date, else today].",
    )(func)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="Read the inputs as this format [default: from the file name; a folder, "
    ".zip or .csv is a LinkedIn data archive, .pdf its Save to PDF, "
    ".txt a pasted page].",
)
@input_options
@lint_options
@handle_errors
def profile(
    paths: tuple[str, ...], input_format: str | None, as_of: Any, facts: str | None, **opts: Any
) -> None:
    """Lint profiles: JSON Resume (with an optional `linkedin` object) or a LinkedIn data
    archive (the ZIP, its folder, or one of its CSV files)."""
    run_lint(
        "profile",
        list(paths),
        opts,
        input_format=input_format,
        as_of=as_of.date() if as_of else None,
        facts=facts,
    )


@cli.command()
@click.argument("path")
@click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    default=None,
    help="Read the input as this format [default: from the file name; a folder, "
    ".zip or .csv is a LinkedIn data archive, .pdf its Save to PDF, "
    ".txt a pasted page].",
)
@click.option("--max-file-size", type=int, default=None, help="Largest input file, in bytes.")
@input_options
@handle_errors
def parse(
    path: str, input_format: str | None, max_file_size: int | None, as_of: Any, facts: str | None
) -> None:
    """Print the normalised profile as JSON: what profile-lint understood."""
    from profile_lint.readers import DEFAULT_MAX_BYTES, read_profile
    from profile_lint.readers.overlay import finish

    size = max_file_size or DEFAULT_MAX_BYTES
    found = finish(
        read_profile(path, input_format, size), facts, as_of.date() if as_of else None, size
    )
    click.echo(json.dumps(found.to_dict(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@handle_errors
def rules(name: str | None, fmt: str) -> None:
    """List the rules, or explain one (documentation, options, defaults)."""
    from profile_lint.explain import explain_rule, rule_table, rules_json
    from profile_lint.registry import load_registry

    registry = load_registry()
    for problem in registry.errors:
        click.echo(f"profile-lint: warning: {problem}", err=True)
    chosen = registry.rules
    if name:
        found = registry.by_key(name)
        if found is None:
            fail(f"no rule named {name!r} (see `profile-lint rules`)")
            return
        chosen = [found]
    if fmt == "json":
        click.echo(json.dumps(rules_json(chosen), indent=2, ensure_ascii=False))
    elif name:
        click.echo(explain_rule(chosen[0]))
    else:
        click.echo(rule_table(chosen))


@cli.command()
@click.option(
    "--output",
    "of_output",
    is_flag=True,
    help="Print the schema of the JSON output (--format json) instead.",
)
def schema(of_output: bool) -> None:
    """Print the JSON Schema of profile input, for editors to validate and complete
    (with --output: the schema of profile-lint's JSON output)."""
    from profile_lint.schema import input_schema, output_schema

    found = output_schema() if of_output else input_schema()
    click.echo(json.dumps(found, indent=2, ensure_ascii=False))


def main() -> None:
    try:
        cli(prog_name="profile-lint")
    except KeyboardInterrupt:
        click.echo("profile-lint: interrupted", err=True)
        sys.exit(130)


from profile_lint.cli_posts import posts  # noqa: E402

cli.add_command(posts)
from profile_lint.cli_report import report, score  # noqa: E402

cli.add_command(score)
cli.add_command(report)
