"""Output formats. Each one turns the run's results into one string."""

from __future__ import annotations

from collections.abc import Callable

from profile_lint.formatters.github import render_github
from profile_lint.formatters.json import render_json
from profile_lint.formatters.sarif import render_sarif
from profile_lint.formatters.text import render_text
from profile_lint.formatters.types import Report

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}

__all__ = ["FORMATTERS", "Formatter", "Report"]
