"""Configuration: `[tool.profile-lint]` in pyproject.toml or `.profile-lint.toml`.

Found upward from the working directory, or given with --config. Every key is checked
before any rule runs; an unknown key or a wrong type is an error that names the key.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from profile_lint.errors import InputError, did_you_mean
from profile_lint.i18n import languages
from profile_lint.readers.files import DEFAULT_MAX_BYTES, MAX_FILE_SIZE
from profile_lint.rule import Rule, Severity
from profile_lint.rule_settings import OptionError, find_rule, rule_settings, selects
from profile_lint.text import SUPPORTED_LANGUAGES

FAIL_ON = ("error", "warning", "info", "never")
CONFIG_FILES = (".profile-lint.toml", "pyproject.toml")
KEYS = (
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "rules",
    "text-language",
    "lang",
    "fail-on",
    "max-file-size",
    "spacy-models",
    "weights",
    "cache",
    "cache-dir",
)


class ConfigError(InputError):
    """A configuration problem (exit status 2)."""


@dataclass
class Config:
    path: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    text_language: str | None = None  # the language of the texts; None: detected per text
    lang: str | None = None  # the language of the output; None: the texts' (see i18n)
    fail_on: str = "error"
    max_file_size: int = DEFAULT_MAX_BYTES
    spacy_models: dict[str, str] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    cache: bool = True
    cache_dir: str | None = None
    # Where each key was set: the configuration file's path, or an option of the command
    # line ("--select"); keys left at their default are absent.
    origins: dict[str, str] = field(default_factory=dict)

    @property
    def root(self) -> Path | None:
        """The folder of the configuration file (patterns and cache-dir are relative to
        it), or None without one."""
        return Path(os.path.abspath(self.path)).parent if self.path else None


@dataclass(frozen=True)
class ActiveRule:
    """A selected rule with its effective severity and options."""

    rule: Rule
    severity: Severity
    options: dict[str, Any]
    weight: float = 1.0
    shown: bool = True  # False: a quiet rule not named, measured in the score only


def _str_list(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, "expected a list of strings", field=key)
    return value


def _choice(where: str, key: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(where, f"expected one of {', '.join(choices)}, got {value!r}", field=key)
    return value


def parse_config(where: str, table: dict[str, Any]) -> Config:
    config = Config(path=where)
    for key, value in table.items():
        if key == "select":
            config.select = _str_list(where, key, value)
        elif key == "extend-select":
            config.extend_select = _str_list(where, key, value)
        elif key == "ignore":
            config.ignore = _str_list(where, key, value)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(where, "expected a table of glob = [rules]", field=key)
            config.per_file_ignores = {
                glob: _str_list(where, f"{key}.{glob}", v) for glob, v in value.items()
            }
        elif key == "rules":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(where, "expected a table of rule tables", field=key)
            config.rules = value
        elif key == "text-language":
            lang = _choice(where, key, value, ("auto", *SUPPORTED_LANGUAGES))
            config.text_language = None if lang == "auto" else lang
        elif key == "lang":
            config.lang = _choice(where, key, value, languages())
        elif key == "language":
            raise ConfigError(
                where,
                "renamed: `text-language` is the language of the texts (auto, en, fr), "
                "`lang` the language of the output",
                field=key,
            )
        elif key == "fail-on":
            config.fail_on = _choice(where, key, value, FAIL_ON)
        elif key == "max-file-size":
            if (
                not isinstance(value, int)
                or isinstance(value, bool)
                or not 0 < value <= MAX_FILE_SIZE
            ):
                raise ConfigError(
                    where, f"expected a number of bytes from 1 to {MAX_FILE_SIZE:,}", field=key
                )
            config.max_file_size = value
        elif key == "spacy-models":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(where, "expected a table of language = pipeline", field=key)
            config.spacy_models = value
        elif key == "weights":
            if not isinstance(value, dict) or not all(
                isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0
                for v in value.values()
            ):
                raise ConfigError(where, "expected a table of rule = weight (0 or more)", field=key)
            config.weights = {k: float(v) for k, v in value.items()}
        elif key == "cache":
            if not isinstance(value, bool):
                raise ConfigError(where, "expected true or false", field=key)
            config.cache = value
        elif key == "cache-dir":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(where, "expected a folder path", field=key)
            config.cache_dir = value
        else:
            raise ConfigError(
                where, "unknown configuration key" + did_you_mean(key, KEYS), field=key
            )
        config.origins[key] = where
    return config


def load_config(path: str) -> Config:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(path, "no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"invalid TOML: {exc}") from exc
    return parse_config(path, _our_table(path, data))


def _our_table(path: str, data: dict[str, Any]) -> dict[str, Any]:
    """Our keys in a configuration file: its `[tool.profile-lint]` table, whatever the
    file's name; else, in a file other than pyproject.toml, its top level."""
    tool = data.get("tool")
    if isinstance(tool, dict) and "profile-lint" in tool:
        table = tool["profile-lint"]
        if not isinstance(table, dict):
            raise ConfigError(path, "expected a table", field="tool.profile-lint")
        return table
    if Path(path).name == "pyproject.toml":
        return {}
    if tool is not None:
        raise ConfigError(
            path, "has a [tool] table but no [tool.profile-lint]; put the settings there"
        )
    return data


def find_config(start: Path) -> str | None:
    """The nearest config file from `start` upward: `.profile-lint.toml`, or a
    pyproject.toml that has a [tool.profile-lint] table."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    data = tomllib.loads(candidate.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                    return str(candidate)  # let load_config report it
                if "profile-lint" not in data.get("tool", {}):
                    continue
            return str(candidate)
    return None


def check_selectors(
    where: str, key: str | None, selectors: list[str], rules: list[type[Rule]]
) -> None:
    """Every selector picks at least one rule; else an error naming `where` and `key`,
    with the closest rule name or code when the selector looks like a typo of one."""
    for selector in selectors:
        if not any(selects(selector, rule) for rule in rules):
            close = did_you_mean(selector, [n for r in rules for n in (r.name, r.code)])
            message = f"{selector!r} matches no rule{close or ' (see `profile-lint rules`)'}"
            raise ConfigError(where, message, field=key)


def _rule_settings(config: Config, rule: type[Rule]) -> tuple[Severity, dict[str, Any]]:
    """The rule's severity and options: defaults, then its tables (by name or code, in
    any case) of `[tool.profile-lint.rules]`."""
    severity, options = rule.severity, rule.defaults()
    for key, table in config.rules.items():
        if find_rule([rule], key) is None:
            continue
        try:
            level, found = rule_settings(rule, table)
        except OptionError as exc:
            where = config.path or "configuration"
            raise ConfigError(where, exc.message, field=f"rules.{key}.{exc.field}") from None
        severity = level or severity
        options.update(found)
    return severity, options


def _weight(config: Config, rule: type[Rule]) -> float:
    found = [w for key, w in config.weights.items() if find_rule([rule], key) is not None]
    return found[-1] if found else rule.weight


def resolve(config: Config, rules: list[type[Rule]]) -> list[ActiveRule]:
    """The rules that run, in registry order, with severity and options applied."""
    where = config.path or "command line"
    for group, keys in (("rules", config.rules), ("weights", config.weights)):
        for key in keys:
            found = find_rule(rules, key)
            if found is None:
                close = did_you_mean(key, [n for r in rules for n in (r.name, r.code)])
                message = "no rule by that name or code" + close
                raise ConfigError(where, message, field=f"{group}.{key}")
            if group == "rules":
                _rule_settings(config, found)  # checked whether the rule is selected or not
    select = config.select if config.select is not None else ["ALL"]
    for key, selectors in (
        ("select", select),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
    ):
        check_selectors(where, key, selectors, rules)
    for glob, selectors in config.per_file_ignores.items():
        check_selectors(where, f"per-file-ignores.{glob}", selectors, rules)
    active = []
    for rule in rules:
        chosen = any(selects(s, rule) for s in [*select, *config.extend_select])
        if not chosen or any(selects(s, rule) for s in config.ignore):
            continue
        severity, options = _rule_settings(config, rule)
        named = {s.strip().lower() for s in [*select, *config.extend_select]}
        shown = not rule.quiet or bool(named & {rule.name, rule.code.lower()})
        active.append(ActiveRule(rule(), severity, options, _weight(config, rule), shown))
    return active


def path_forms(path: str, root: Path | None, cwd: Path | None = None) -> list[str]:
    """The forms of `path` that per-file-ignores patterns are matched against: relative
    to `root` (the configuration file's folder, else the working directory) when the file
    is inside it, absolute, and the file name; `./sub/x.md`, `sub/../sub/x.md` and an
    absolute path give the same forms."""
    base = cwd or Path.cwd()
    absolute = Path(os.path.normpath(base / path))
    forms = [absolute.as_posix(), absolute.name]
    if absolute.is_relative_to(root or base):
        forms.insert(0, absolute.relative_to(root or base).as_posix())
    return forms


def for_path(
    config: Config, active: list[ActiveRule], path: str, cwd: Path | None = None
) -> list[ActiveRule]:
    """Drop the rules that per-file-ignores turns off for `path` (see `path_forms`)."""
    if not config.per_file_ignores:
        return active
    forms = path_forms(path, config.root, cwd)
    ignored = [
        s
        for glob, selectors in config.per_file_ignores.items()
        if any(fnmatch.fnmatch(form, glob) for form in forms)
        for s in selectors
    ]
    if not ignored:
        return active
    return [a for a in active if not any(selects(s, type(a.rule)) for s in ignored)]
