"""One parametrised test runs every pass/fail case of every rule (see cases.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from profile_lint.config import ActiveRule
from profile_lint.engine import lint
from profile_lint.model import Activity
from profile_lint.readers.json_profile import profile_from_data
from profile_lint.registry import load_registry
from profile_lint.text import Analyzer
from tests.rules.cases import all_cases, load_case_files

REGISTRY = load_registry(plugins=False)
CASES = all_cases()


def _subject(rule: Any, case: dict[str, Any]) -> Any:
    if rule.target == "post":
        from profile_lint.readers.drafts import draft_from_text

        return draft_from_text(case["input"], source="case.md")
    data = dict(case["input"])
    activity = data.pop("activity", None)  # archive data, as the archive reader fills it
    profile = profile_from_data("case.json", data)
    if activity is not None:
        profile.activity = Activity(**{"as_of": case.get("as_of", "2026-11-20"), **activity})
    return profile


@pytest.mark.parametrize(
    ("name", "case"), CASES, ids=[f"{name}-{case['id']}" for name, case in CASES]
)
def test_rule_case(name: str, case: dict[str, Any]) -> None:
    rule = REGISTRY.by_key(name)
    assert rule is not None, f"no rule named {name}"
    options = {**rule.defaults(), **case.get("options", {})}
    for key, value in case.get("options", {}).items():
        assert key in rule.options and rule.options[key].validate(value) is None, key
    active = [ActiveRule(rule(), rule.severity, options)]
    as_of = date.fromisoformat(case.get("as_of", "2026-11-20"))
    kind = "post" if rule.target == "post" else "profile"
    subject = _subject(rule, case)
    result = lint(subject, kind, active, Analyzer(case.get("language")), as_of)
    assert not result.errors
    # The score counts a rule only where the input can tell (`applicable`); a rule that
    # reports something must be applicable, and a case may say so explicitly.
    applicable = active[0].rule.applicable(subject, options)
    assert applicable or not result.findings, "a rule that reports must be applicable"
    if "applicable" in case:
        assert applicable == case["applicable"]
    found = [f.to_dict() for f in result.findings]
    expected = case["expect"] or []
    assert len(found) == len(expected), f"expected {len(expected)} findings, got {found}"
    for got, want in zip(found, expected, strict=True):
        for key, value in want.items():
            assert got[key] == value, f"{key}: {got[key]!r} != {value!r} in {got}"
        assert got["suggestion"], "every finding carries a suggestion"


def test_every_rule_has_pass_and_fail_cases() -> None:
    files = load_case_files()
    for rule in REGISTRY.rules:
        assert rule.name in files, f"{rule.name} has no case file"
        cases = files[rule.name]["cases"]
        assert any(not c["expect"] for c in cases), f"{rule.name} has no passing case"
        assert any(c["expect"] for c in cases), f"{rule.name} has no failing case"
    assert set(files) <= {r.name for r in REGISTRY.rules}, "case file for an unknown rule"


@pytest.mark.parametrize("rule", REGISTRY.rules, ids=lambda r: r.name)
def test_rule_documentation(rule: Any) -> None:
    doc = rule.doc()
    assert len(rule.summary()) > 20
    for part in ("**Anti-pattern**", "**Best practice**", "**Source**"):
        assert part in doc, f"{rule.name} docs lack {part}"
    levels = ("(platform)", "(data)", "(study)", "(coach)", "(folklore)")
    if rule.name == "unused-suppression":  # about the linter itself, not about LinkedIn
        levels = ("(tooling)",)
    assert any(level in doc for level in levels), f"{rule.name} docs lack an evidence level"
