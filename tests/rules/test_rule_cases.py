"""One parametrised test runs every pass/fail case of every rule (profile_lint/testing.py,
the harness plugin authors use too); `pytest -k skills-too-few` runs one rule's cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from profile_lint.registry import load_registry
from profile_lint.testing import check_case, load_case_file, load_cases

REGISTRY = load_registry(plugins=False)
CASES_DIR = Path(__file__).parent / "cases"
CASES = load_cases(CASES_DIR, REGISTRY.rules)


@pytest.mark.parametrize(
    ("rule", "case"), CASES, ids=[f"{rule.name}-{case['id']}" for rule, case in CASES]
)
def test_rule_case(rule: Any, case: dict[str, Any]) -> None:
    check_case(rule, case)


def test_every_rule_has_pass_and_fail_cases() -> None:
    files = {path.stem: load_case_file(path) for path in sorted(CASES_DIR.glob("*.yaml"))}
    for name, data in files.items():
        assert data["rule"] == name, f"{name}.yaml: rule must match the file name"
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
