"""Rule documentation for `profile-lint rules`."""

from __future__ import annotations

from typing import Any

from profile_lint.rule import Rule
from profile_lint.score import points


def rules_json(rules: list[type[Rule]]) -> list[dict[str, Any]]:
    return [
        {
            "code": r.code,
            "name": r.name,
            "target": r.target,
            "pillar": r.pillar,
            "severity": str(r.severity),
            "evidence": r.evidence(),
            "summary": r.summary(),
            "options": {k: {"default": o.default, "help": o.help} for k, o in r.options.items()},
            "doc": r.doc(),
            **(
                {
                    "score": {
                        "weight": r.weight,
                        "points": points(r.weight, r.evidence()),
                        "part_of": list(r.part_of),
                    }
                }
                if r.target != "post"
                else {}
            ),
        }
        for r in rules
    ]


def rule_table(rules: list[type[Rule]]) -> str:
    width = max((len(r.name) for r in rules), default=4)
    lines = [f"{'code':<6} {'name':<{width}} {'target':<8} {'severity':<8} {'pillar':<13} summary"]
    for r in rules:
        lines.append(
            f"{r.code:<6} {r.name:<{width}} {r.target:<8} {r.severity!s:<8} "
            f"{r.pillar:<13} {r.summary()}"
        )
    return "\n".join(lines)


def explain_rule(rule: type[Rule]) -> str:
    lines = [
        f"{rule.name} ({rule.code})",
        f"target: {rule.target}   pillar: {rule.pillar}   default severity: {rule.severity}",
    ]
    if rule.target != "post":  # drafts feed no score
        part = f"; part of {', '.join(rule.part_of)}" if rule.part_of else ""
        worth = points(rule.weight, rule.evidence())
        lines.append(
            f"score: {worth:g} point{'s' if worth != 1 else ''} of its pillar (weight "
            f"{rule.weight:g} x {rule.evidence() or 'unstated'} evidence){part}"
        )
    lines += ["", rule.doc()]
    if rule.options:
        lines += ["", "Options (set them under [tool.profile-lint.rules." + rule.name + "]):"]
        for key, opt in rule.options.items():
            lines.append(f"  {key} = {opt.default!r}  {opt.help}")
    return "\n".join(lines)
