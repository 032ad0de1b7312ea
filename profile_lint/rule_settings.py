"""Rules by name or code, and one resolver of a rule's settings (severity and options) for
the configuration file, a draft's front matter and rule test cases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from profile_lint.errors import did_you_mean
from profile_lint.rule import Rule, Severity


def selects(selector: str, rule: type[Rule]) -> bool:
    """Whether a selector (`ALL`, a rule name or code, or a code prefix such as `PR` or
    `pr02`) picks `rule`; case does not matter."""
    key = selector.strip().lower()
    if key == "all":
        return True
    return key == rule.name or (key[:1].isalpha() and rule.code.lower().startswith(key))


def find_rule(rules: Iterable[type[Rule]], key: str) -> type[Rule] | None:
    """The rule named `key` by its name or code, whatever the case, else None."""
    wanted = key.strip().lower()
    return next((r for r in rules if wanted in (r.name, r.code.lower())), None)


class OptionError(ValueError):
    """A rule setting that does not fit: `field` names it (`hook-too-long.max_chars`)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def rule_settings(
    rule: type[Rule], table: Mapping[str, Any], severity: bool = True
) -> tuple[Severity | None, dict[str, Any]]:
    """Check one table of settings for `rule` (`severity` when allowed, and options by
    name, `-` or `_`): the severity it sets (or None) and the options it sets. The one
    resolver for the configuration file, a draft's front matter and rule test cases;
    raises OptionError naming the setting."""
    level: Severity | None = None
    options: dict[str, Any] = {}
    for key, value in table.items():
        if severity and key == "severity":
            if not isinstance(value, str) or value.lower() not in ("error", "warning", "info"):
                raise OptionError(key, f"expected one of error, warning, info, got {value!r}")
            level = Severity.parse(value)
            continue
        name = str(key).replace("-", "_")
        if name not in rule.options:
            known = ", ".join(sorted(rule.options)) or "none"
            close = did_you_mean(name, rule.options)
            raise OptionError(str(key), f"unknown option{close} (known: {known})")
        problem = rule.options[name].validate(value)
        if problem:
            raise OptionError(str(key), problem)
        options[name] = value
    return level, options
