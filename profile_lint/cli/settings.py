"""`--show-settings`: the resolved configuration, where each setting came from, and the
rules that run, written as TOML that can be pasted into a configuration file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from profile_lint.explain import toml_key, toml_value

if TYPE_CHECKING:
    from profile_lint.config import Config
    from profile_lint.run import Session


def _origin(config: Config, key: str) -> str:
    return config.origins.get(key, "default")


def show_settings(session: Session, paths: Sequence[str]) -> str:
    """The settings of `session` as TOML with comments; for each of `paths`, the rules
    per-file-ignores turn off for it."""
    from profile_lint.cache import cache_dir

    config = session.config
    values: list[tuple[str, Any]] = [
        ("select", config.select if config.select is not None else ["ALL"]),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
        ("fail-on", config.fail_on),
        ("text-language", config.text_language or "auto"),
        ("lang", config.lang),
        ("max-file-size", config.max_file_size),
        ("spacy-models", config.spacy_models),
        ("cache", config.cache),
        ("cache-dir", str(cache_dir(config, session.cwd))),
    ]
    lines = [
        f"# configuration file: {config.path or 'none (the defaults)'}",
        "[tool.profile-lint]",
    ]
    for key, value in values:
        if value is None:
            lines.append(f"# {key}: not set (the language of the texts)")
            continue
        lines.append(f"{key} = {toml_value(value)}  # {_origin(config, key)}")
    tables: tuple[tuple[str, dict[str, Any]], ...] = (
        ("weights", config.weights),
        ("per-file-ignores", config.per_file_ignores),
        *((f"rules.{toml_key(name)}", table) for name, table in config.rules.items()),
    )
    for name, table in tables:
        if table:
            lines += ["", f"[tool.profile-lint.{name}]  # {config.path}"]
            lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in table.items()]
    active = session.active
    lines += ["", f"# rules that run: {len(active)} of {len(session.registry.rules)}"]
    for a in active:
        options = ", ".join(f"{k} = {toml_value(v)}" for k, v in a.options.items())
        lines.append(f"#   {a.rule.code:<6} {a.rule.name:<32} {a.severity!s:<8} {options}".rstrip())
    for path in paths:
        plan = session.plan(path, date.today())
        off = [a.rule.name for a in active if a not in plan.rules]
        lines.append(f"# {path}: per-file-ignores turn off {', '.join(off) or 'no rule'}")
    return "\n".join(lines) + "\n"
