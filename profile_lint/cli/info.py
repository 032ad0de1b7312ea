"""`parse`, `rules` and `schema`: what profile-lint understood, and what it knows."""

from __future__ import annotations

import json
from typing import Any

import click

from profile_lint.cli.options import COLORS, as_of, handle_errors, input_options
from profile_lint.cli.output import fail, use_color
from profile_lint.errors import did_you_mean
from profile_lint.printable import json_text
from profile_lint.readers.files import MAX_FILE_SIZE


@click.command(short_help="Print the normalised profile as JSON.")
@click.argument("path")
@input_options
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Configuration file (for max-file-size; default: the nearest one).",
)
@click.option(
    "--max-file-size",
    type=click.IntRange(min=1, max=MAX_FILE_SIZE),
    default=None,
    help="Largest input file, in bytes [default: the configuration's max-file-size].",
)
@handle_errors
def parse(
    path: str, input_format: str | None, facts: str | None, max_file_size: int | None, **opts: Any
) -> None:
    """Print the normalised profile as JSON: what profile-lint understood."""
    from pathlib import Path

    from profile_lint.config import Config, find_config, load_config
    from profile_lint.readers import read_profile
    from profile_lint.readers.overlay import finish

    where = opts["config_path"] or find_config(Path.cwd())
    size = max_file_size or (load_config(where) if where else Config()).max_file_size
    from profile_lint.engine import cut_texts

    found = finish(read_profile(path, input_format, size), facts, size)
    found.import_warnings += cut_texts(found)
    data = found.to_dict()
    day = as_of(opts) or found.exported
    data["reference_date"] = day.isoformat() if day else None  # None: the day it is run
    click.echo(json_text(json.dumps(data, indent=2, ensure_ascii=False)))


@click.command(short_help="List the rules, or explain one.")
@click.argument("name", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--color",
    type=click.Choice(COLORS),
    default="auto",
    show_default=True,
    help="Colour the explanation (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces).",
)
@handle_errors
def rules(name: str | None, fmt: str, color: str) -> None:
    """List the rules, or explain one: what it checks, why, examples, its source and
    evidence, its points in the score, and its settings as TOML (defaults shown)."""
    from profile_lint.explain import explain_rule, rule_table, rules_json
    from profile_lint.registry import load_registry

    registry = load_registry()
    for problem in registry.errors:
        click.echo(f"profile-lint: warning: {problem}", err=True)
    chosen = registry.rules
    if name:
        found = registry.by_key(name)
        if found is None:
            close = did_you_mean(name, [n for r in registry.rules for n in (r.name, r.code)])
            fail(f"no rule named {name!r}{close or ' (see `profile-lint rules`)'}")
            return
        chosen = [found]
    if fmt == "json":
        click.echo(json.dumps(rules_json(chosen), indent=2, ensure_ascii=False))
    elif name:
        click.echo(explain_rule(chosen[0], color=use_color(color, None)), color=True)
    else:
        click.echo(rule_table(chosen))


@click.command(short_help="Print the JSON Schema of profile input (or of the output).")
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
