"""Rule documentation for `profile-lint rules`."""

from __future__ import annotations

import json
import re
import shutil
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
            "fixable": r.fixable,
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


def explain_rule(rule: type[Rule], color: bool = False, width: int | None = None) -> str:
    """The rule's documentation for a terminal: its Markdown rendered (bold and code in
    colour, or code between quotes without colour), wrapped to the terminal's width, and
    its severity and options as a TOML table to paste into the configuration."""
    width = width or min(100, shutil.get_terminal_size((100, 24)).columns)
    lines = [
        _style(f"{rule.name} ({rule.code})", "1", color),
        f"target: {rule.target}   pillar: {rule.pillar}   default severity: {rule.severity}",
    ]
    if rule.target != "post":  # drafts feed no score
        part = f"; part of {', '.join(rule.part_of)}" if rule.part_of else ""
        worth = points(rule.weight, rule.evidence())
        lines.append(
            f"score: {worth:g} point{'s' if worth != 1 else ''} of its pillar (weight "
            f"{rule.weight:g} x {rule.evidence() or 'unstated'} evidence){part}"
        )
    lines += ["", *render_markdown(rule.doc(), width, color)]
    lines += ["", "Settings (defaults shown; in pyproject.toml or .profile-lint.toml):", ""]
    lines.append(f"[tool.profile-lint.rules.{toml_key(rule.name)}]")
    lines.append(f'severity = "{rule.severity}"  # error | warning | info')
    for key, opt in rule.options.items():
        lines.append(f"{toml_key(key)} = {toml_value(opt.default)}  # {opt.help}")
    return "\n".join(lines)


_SPAN = re.compile(r"`([^`]+)`|\*\*([^*]+)\*\*")


def _style(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color and text else text


def _words(text: str, color: bool) -> list[tuple[str, int]]:
    """`text`'s words, styled, each with its visible length: a code span in cyan (or
    between quotes), bold in bold (or plain); punctuation stays glued to its word."""
    segments: list[tuple[str, str | None]] = []
    pos = 0
    for match in _SPAN.finditer(text):
        segments.append((text[pos : match.start()], None))
        code = match.group(1)
        if code is not None:
            segments.append((code if color else f"“{code}”", "36"))
        else:
            segments.append((match.group(2), "1"))
        pos = match.end()
    segments.append((text[pos:], None))
    words: list[tuple[str, int]] = []
    glued = False  # whether the next piece continues the last word
    for segment, style in segments:
        for part in re.split(r"(\s+)", segment):
            if not part:
                continue
            if part.isspace():
                glued = False
                continue
            styled = _style(part, style, color) if style else part
            if glued and words:
                words[-1] = (words[-1][0] + styled, words[-1][1] + len(part))
            else:
                words.append((styled, len(part)))
            glued = True
    return words


def _wrap(words: list[tuple[str, int]], width: int, indent: str = "") -> list[str]:
    lines, line, size = [], "", 0
    for word, length in words:
        if line and size + 1 + length > width:
            lines.append(line)
            line, size = "", 0
        line, size = (
            (f"{line} {word}", size + 1 + length) if line else (indent + word, len(indent) + length)
        )
    return [*lines, line] if line else lines


def render_markdown(text: str, width: int, color: bool = False) -> list[str]:
    """Lines of a rule's Markdown documentation for a terminal (paragraphs, `- ` lists,
    **bold** and `code`), wrapped to `width` visible characters."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        items = re.split(r"\n(?=\s*- )", paragraph.strip())
        for item in items:
            bullet = item.lstrip().startswith("- ")
            words = _words(item.lstrip()[2:] if bullet else item, color)
            wrapped = _wrap(words, width - (2 if bullet else 0))
            if bullet:
                wrapped = [("- " if i == 0 else "  ") + line for i, line in enumerate(wrapped)]
            out += wrapped
        out.append("")
    return out[:-1]


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def toml_value(value: Any) -> str:
    """`value` (from a configuration or an option's default) written as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string
    if isinstance(value, dict):
        inner = ", ".join(f"{toml_key(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")
