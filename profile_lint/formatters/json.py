"""Versioned JSON: {"version": 1, "results": [{"path", "kind", "findings": [...]}]}."""

from __future__ import annotations

from typing import Any

from profile_lint import __version__
from profile_lint.engine import Result
from profile_lint.formatters import pretty_json
from profile_lint.formatters.types import Report
from profile_lint.i18n import Translator
from profile_lint.printable import json_text
from profile_lint.score import Score

JSON_VERSION = 1


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "tool": {"name": "profile-lint", "version": __version__},
        "lang": report.tr.lang,
        "results": [result_dict(r, report.tr) for r in report.results],
        "summary": summary_dict(report),
    }


def summary_dict(report: Report) -> dict[str, Any]:
    counts = report.counts()
    return {
        "files": report.files(),
        "findings": sum(counts.values()),
        "error": counts["error"],
        "warning": counts["warning"],
        "info": counts["info"],
        "fixable": report.fixable(),
        **({"fixed": report.fixed} if report.fixed is not None else {}),
    }


def result_dict(result: Result, tr: Translator) -> dict[str, Any]:
    out: dict[str, Any] = {
        "path": result.path,
        "kind": result.kind,
        "text_language": result.lang,
        "findings": [f.to_dict(tr.render) for f in result.findings],
        "import_warnings": [w.to_dict() for w in result.import_warnings],
    }
    if result.score is not None:
        out["score"] = score_dict(result.score, tr)
    if result.fold is not None:
        out["preview"] = result.fold.to_dict()
    if result.target is not None:
        out["target"] = result.target.to_dict()
    return out


def score_dict(score: Score, tr: Translator) -> dict[str, Any]:
    """The score as JSON, its pillars' labels in the output language."""
    out = score.to_dict()
    for pillar in out["pillars"]:
        pillar["label"] = tr.gettext(pillar["label"])
    return out


def render_json(report: Report) -> str:
    return json_text(pretty_json.dumps(report_dict(report))) + "\n"
