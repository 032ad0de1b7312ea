"""Where rules come from: the built-in list, then plugins of the `profile_lint.rules` group."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from profile_lint.rule import PILLARS, TARGETS, Rule, Severity
from profile_lint.rule_settings import find_rule

ENTRY_POINT_GROUP = "profile_lint.rules"
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]+[0-9]+$")


@dataclass
class Registry:
    rules: list[type[Rule]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def by_key(self, key: str) -> type[Rule] | None:
        """The rule named `key` by its name or code, in any case."""
        return find_rule(self.rules, key)

    def catalogs(self) -> tuple[Path, ...]:
        """The plugins' catalog folders: `locale/` beside the module of their rules."""
        found: list[Path] = []
        for rule in self.rules:
            module = sys.modules.get(rule.__module__)
            file = getattr(module, "__file__", None)
            if rule.__module__.startswith("profile_lint.") or not file:
                continue
            folder = Path(file).parent / "locale"
            if folder.is_dir() and folder not in found:
                found.append(folder)
        return tuple(found)


def problems_of(rule: Any) -> list[str]:
    """What is wrong with a rule's metadata (empty when it is fine)."""
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        return [f"{rule!r} is not a subclass of profile_lint.rule.Rule"]
    out = []
    if not _CODE.match(getattr(rule, "code", "")):
        out.append("code must be capital letters then digits, like PL001")
    if not _NAME.match(getattr(rule, "name", "")):
        out.append("name must be a lower-case slug, like photo-missing")
    if getattr(rule, "target", None) not in TARGETS:
        out.append(f"target must be one of {', '.join(TARGETS)}")
    if getattr(rule, "pillar", None) not in PILLARS:
        out.append(f"pillar must be one of {', '.join(PILLARS)}")
    if not isinstance(getattr(rule, "severity", None), Severity):
        out.append("severity must be a profile_lint.rule.Severity")
    if not rule.__doc__:
        out.append("a rule needs a docstring: it is its documentation")
    return out


def _add(registry: Registry, rules: Iterable[Any], origin: str) -> None:
    for rule in rules:
        problems = problems_of(rule)
        clash = (
            next((r for r in registry.rules if r.code == rule.code or r.name == rule.name), None)
            if not problems
            else None
        )
        if clash is not None:
            problems.append(f"code or name clashes with {clash.code} {clash.name}")
        if problems:
            label = getattr(rule, "name", None) or repr(rule)
            registry.errors.append(f"{origin}: rule {label} skipped: {'; '.join(problems)}")
        else:
            registry.rules.append(rule)


def load_registry(plugins: bool = True) -> Registry:
    from profile_lint.rules import BUILTIN_RULES

    registry = Registry()
    _add(registry, BUILTIN_RULES, "built-in")
    if not plugins:
        return registry
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        origin = f"plugin {ep.name} ({ep.value})"
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not stop the lint
            registry.errors.append(f"{origin}: cannot be loaded: {exc}")
            continue
        rules = loaded if isinstance(loaded, (list, tuple)) else [loaded]
        _add(registry, rules, origin)
    return registry
