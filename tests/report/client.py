"""What a client must not read in a report outside the coach's folded details: rule
codes and names, field paths, file names and paths, internal document names, Markdown."""

from __future__ import annotations

import re

from profile_lint.registry import load_registry

RULE_NAMES = sorted((r.name for r in load_registry().rules), key=len, reverse=True)
DEVELOPER = [
    ("rule code", re.compile(r"\b(?:PR|PO|AC)\d{3}\b")),
    (
        "rule name",
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RULE_NAMES)) + r")(?![\w-])"),
    ),
    (
        "field path",
        re.compile(
            r"\b(?:basics|linkedin|work|skills|education|references|activity)"
            r"(?:\.(?!com\b)[a-z_]+|\[\d+\])"
        ),
    ),
    ("file name", re.compile(r"[\w-]+\.(?:json|md|csv|zip|txt|pdf|html)\b", re.IGNORECASE)),
    ("file path", re.compile(r"(?:fixtures|/tmp|/work|tests)/")),
    ("internal document", re.compile(r"linkedin-facts|a105145|profile-lint rules")),
    ("Markdown", re.compile(r"`")),
]


def developer_material(text: str) -> list[str]:
    """Each piece of developer material in `text`, with what it is."""
    return [
        f"{what}: {m.group(0)!r}" for what, pattern in DEVELOPER for m in pattern.finditer(text)
    ]
