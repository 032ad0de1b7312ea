"""Lint draft text in-process with every built-in rule, as `profile-lint posts` would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from profile_lint.run import Overrides, lint_drafts, open_session


def lint_file(path: Path, **overrides: Any) -> list[dict[str, Any]]:
    session = open_session(Overrides(**overrides), cwd=path.parent)
    (result,) = lint_drafts(session, [str(path)])
    return [f.to_dict() for f in result.findings]


def lint_text(
    tmp_path: Path, text: str, name: str = "draft.md", **overrides: Any
) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return lint_file(path, **overrides)


def names(findings: list[dict[str, Any]]) -> list[str]:
    return [f["name"] for f in findings]
