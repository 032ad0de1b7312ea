"""Inline suppressions in drafts, kept out of the rules: the engine applies them.

    <!-- profile-lint-disable NAME[, NAME] -->    to the end of the file, or to a matching
    <!-- profile-lint-enable NAME -->             (a bare enable ends every open disable)
    <!-- profile-lint-disable-next-line NAME -->  the next line only
    <!-- profile-lint-disable -->                 every rule

NAME is a rule name or code. Front matter can say `profile-lint: {disable: [NAME, ...]}`
for the whole file. A disable written before any post text also covers findings about
the draft as a whole (they sit on its first line). After the rules ran, rules may review
what each suppression did (`Rule.review`): `unused-suppression` reports those that
suppressed nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import line_column
from profile_lint.rule import Finding

_DIRECTIVE = re.compile(r"\s*profile-lint-([a-z-]+)\b(.*)", re.DOTALL)
# A post needs a handful; a bound keeps a hostile file's cost in check.
MAX_SUPPRESSIONS = 1000
_KINDS = ("disable", "enable", "disable-next-line")


@dataclass(frozen=True)
class Comment:
    """One `<!-- profile-lint-... -->` comment found in a draft file."""

    kind: str
    names: tuple[str, ...]
    offset: int
    line: int
    column: int
    end_line: int


@dataclass(frozen=True)
class Suppression:
    """Findings of rule `name` (every rule when None) on lines first..last are dropped."""

    name: str | None
    line: int
    column: int
    first_line: int
    last_line: int | None
    directive: str

    def matches(self, finding: Finding) -> bool:
        if self.name is not None and self.name.lower() not in (finding.name, finding.code.lower()):
            return False
        if (finding.line, finding.column) == (self.line, self.column):
            return False  # a finding about this very comment
        line = finding.line or 1
        return self.first_line <= line and (self.last_line is None or line <= self.last_line)


def _names(raw: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"[,\s]+", raw.strip()) if n)


def parse_comment(source: str, text: str, offset: int, body: str) -> Comment | None:
    """The directive in an HTML comment's `body`, None for an ordinary comment."""
    match = _DIRECTIVE.match(body)
    if match is None:
        return None
    line, column = line_column(text, offset)
    kind = match.group(1)
    if kind not in _KINDS:
        raise InputError(
            source,
            f"unknown directive profile-lint-{kind} (known: "
            + ", ".join(f"profile-lint-{k}" for k in _KINDS)
            + ")",
            line=line,
            column=column,
        )
    end_line = line_column(text, offset + len(body) + 4)[0]
    return Comment(kind, _names(match.group(2)), offset, line, column, end_line)


def resolve_ranges(
    source: str, comments: list[Comment], text_before: list[bool]
) -> list[Suppression]:
    """Turn disable/enable comments into line ranges."""
    out: list[Suppression] = []
    open_: dict[str | None, tuple[Comment, int]] = {}
    for comment, has_text_before in zip(comments, text_before, strict=True):
        names: list[str | None] = list(comment.names) or [None]
        if comment.kind == "disable-next-line":
            directive = f"profile-lint-disable-next-line {' '.join(comment.names)}".strip()
            for name in names:
                out.append(
                    Suppression(
                        name,
                        comment.line,
                        comment.column,
                        comment.end_line + 1,
                        comment.end_line + 1,
                        directive,
                    )
                )
        elif comment.kind == "disable":
            first = comment.line if has_text_before else 1
            for name in names:
                key = name.lower() if name else None
                open_.setdefault(key, (comment, first))
        else:
            keys = [n.lower() for n in comment.names] if comment.names else list(open_)
            for key in keys:
                if key in open_:
                    start, first = open_.pop(key)
                    out.append(_range(key, start, first, comment.line))
    out += [_range(key, start, first, None) for key, (start, first) in open_.items()]
    return out


def _range(name: str | None, comment: Comment, first: int, last: int | None) -> Suppression:
    directive = f"profile-lint-disable {' '.join(comment.names)}".strip()
    return Suppression(name, comment.line, comment.column, first, last, directive)


def parse_front_matter_disables(
    source: str, table: dict[str, Any], places: dict[tuple[str, ...], tuple[int, int]]
) -> list[Suppression]:
    """`profile-lint: {disable: [...]}` in the front matter: whole-file suppressions.
    `places`: the file's line and column of `profile-lint.disable` and of its items."""
    out = []
    for key, value in table.items():
        if key != "disable":
            raise InputError(source, "unknown key (known: disable)", field=f"profile-lint.{key}")
        names = _names(value.replace(",", " ")) if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
            raise InputError(
                source, "expected a list of rule names or codes", field="profile-lint.disable"
            )
        where = places.get(("profile-lint", "disable"), (1, 1))
        if len(names) > MAX_SUPPRESSIONS:
            raise InputError(
                source,
                f"more than {MAX_SUPPRESSIONS:,} rules to disable",
                line=where[0],
                field="profile-lint.disable",
            )
        for index, name in enumerate(names):
            line, column = places.get(("profile-lint", "disable", str(index)), where)
            out.append(Suppression(name, line, column, 1, None, f"front matter disable {name}"))
    return out


def drop(
    findings: Iterable[Finding], suppressions: list[Suppression], bare: bool = True
) -> tuple[list[Finding], set[int]]:
    """The findings no suppression covers, and the indexes of the suppressions used.
    With `bare` False, a suppression that names no rule covers nothing."""
    used: set[int] = set()
    kept = []
    for finding in findings:
        hits = [
            i
            for i, s in enumerate(suppressions)
            if (bare or s.name is not None) and s.matches(finding)
        ]
        used.update(hits)
        if not hits:
            kept.append(finding)
    return kept, used
