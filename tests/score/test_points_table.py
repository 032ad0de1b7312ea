"""README's points table is the one the code uses (weight, evidence, points, pillar, part of)."""

from __future__ import annotations

import re

from profile_lint.registry import load_registry
from profile_lint.rule import PILLARS
from profile_lint.score import PILLAR_LABELS, ScoredRule
from tests.cli_runner import REPO

ROW = re.compile(r"^\| `([a-z0-9-]+)` \| ([\d.]+) \| (\w+) \| ([\d.]+) \| [^|]+ \|([^|]*)\|$")
PILLAR = re.compile(r"^\| \*\*(.+)\*\* \(([\d.]+) points\) \|")
Row = tuple[str, float, str, float, tuple[str, ...]]


def readme_table() -> tuple[dict[str, Row], dict[str, float]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### The points table", 1)[1].split("\n### ", 1)[0]
    labels = {label: pillar for pillar, label in PILLAR_LABELS.items()}
    rows: dict[str, Row] = {}
    totals: dict[str, float] = {}
    pillar = ""
    for line in section.splitlines():
        if found := PILLAR.match(line):
            pillar = labels[found.group(1)]
            totals[pillar] = float(found.group(2))
        elif found := ROW.match(line):
            name, weight, evidence, points, parts = found.groups()
            part_of = tuple(p.strip() for p in parts.split(",") if p.strip())
            rows[name] = (pillar, float(weight), evidence, float(points), part_of)
    return rows, totals


def test_readme_points_table_is_the_codes() -> None:
    expected: dict[str, Row] = {}
    totals = dict.fromkeys(PILLARS, 0.0)
    for rule in load_registry(plugins=False).rules:
        if rule.target == "post":
            continue  # drafts feed no score
        points = ScoredRule(
            rule.name, rule.code, rule.pillar, rule.weight, evidence=rule.evidence()
        ).points
        expected[rule.name] = (rule.pillar, rule.weight, rule.evidence(), points, rule.part_of)
        totals[rule.pillar] += points
    rows, found_totals = readme_table()
    assert rows == expected
    assert found_totals == totals
