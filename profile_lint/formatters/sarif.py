"""SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from profile_lint import __version__
from profile_lint.formatters import pretty_json
from profile_lint.formatters.types import Report
from profile_lint.i18n import SOURCE_LANGUAGE, Translator
from profile_lint.printable import json_text
from profile_lint.rule import Finding, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return path if path == "-" else Path(path).as_posix()


def _location(path: str, f: Finding) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if f.line is not None:
        region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
        if f.end_line is not None:
            region.update(endLine=f.end_line, endColumn=f.end_column)
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if f.location:
        location["logicalLocations"] = [{"fullyQualifiedName": f.location, "kind": "member"}]
    return location


def _documentation(rule: type[Rule], tr: Translator) -> str:
    """The rule's documentation in the output language: the whole of it in English (the
    language it is written in), else its summary and source from the catalogs."""
    if tr.lang == SOURCE_LANGUAGE:
        return rule.doc()
    source = tr.gettext(rule.source())
    label = tr.gettext("Source:")  # outside the f-string, where Babel finds it
    return tr.gettext(rule.summary()) + (f"\n\n{label} {source}" if source else "")


def render_sarif(report: Report) -> str:
    rules, tr = report.rules, report.tr
    index = {rule.code: i for i, rule in enumerate(rules)}
    descriptors = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": tr.gettext(rule.summary())},
            "fullDescription": {"text": _documentation(rule, tr)},
            "help": {"text": _documentation(rule, tr)},
            "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
            "properties": {"pillar": rule.pillar, "target": rule.target},
        }
        for rule in rules
    ]
    results = []
    for result in report.results:
        for f in result.findings:
            item: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVEL[str(f.severity)],
                "message": {"text": f"{tr.render(f.message)} {tr.render(f.suggestion)}"},
                "locations": [_location(result.path, f)],
                "properties": {"name": f.name, "pillar": f.pillar},
            }
            if f.code in index:
                item["ruleIndex"] = index[f.code]
            results.append(item)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "language": tr.lang,
                "tool": {
                    "driver": {
                        "name": "profile-lint",
                        "version": __version__,
                        "rules": descriptors,
                    }
                },
                "results": results,
            }
        ],
    }
    return json_text(pretty_json.dumps(sarif)) + "\n"
