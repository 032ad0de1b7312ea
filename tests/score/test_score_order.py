"""The order of the profiles on the command line changes nothing: each file gets the same
findings and score, and each member of a cohort the same percentile and rank."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from profile_lint.cli import cli
from tests.cli_runner import FIXTURES, REPO

pytestmark = pytest.mark.slow  # the whole command, end to end

PROFILES = sorted(
    str(p.relative_to(REPO))
    for p in [
        *FIXTURES.glob("profiles/*.json"),
        *FIXTURES.glob("pdf/*.pdf"),
        *FIXTURES.glob("pasted/*.txt"),
        *(p for p in FIXTURES.glob("archive/*") if not p.name.startswith(".")),
    ]
)


@pytest.fixture(autouse=True)
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def per_file(paths: list[str]) -> dict[str, Any]:
    result = CliRunner().invoke(
        cli, ["profile", *paths, "--format", "json", "--no-cache", "--fail-on", "never"]
    )
    assert result.exit_code == 0, result.stderr
    return {r["path"]: r for r in json.loads(result.stdout)["results"]}


def cohort(paths: list[str], folder: Path) -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(cli, ["report", *paths, "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    members = json.loads((folder / "summary.json").read_text(encoding="utf-8"))["members"]
    return {m["source"]: m for m in members}


BASELINE: dict[str, Any] = {}


def baseline(tmp: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    if not BASELINE:
        BASELINE["files"] = per_file(PROFILES)
        BASELINE["cohort"] = cohort(PROFILES, tmp / "baseline")
    return BASELINE["files"], BASELINE["cohort"]


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.permutations(PROFILES))
def test_input_order_changes_no_result(tmp_path_factory: Any, order: list[str]) -> None:
    tmp = tmp_path_factory.mktemp("order")
    files, members = baseline(tmp)
    assert per_file(order) == files
    shuffled = cohort(order, tmp / "cohort")
    assert shuffled.keys() == members.keys()
    for source, member in members.items():
        other = shuffled[source]
        for key in ("total", "percent", "percentile", "rank", "errors", "warnings", "info"):
            assert other[key] == member[key], (source, key)
        assert [other[p] for p in ("brand", "people", "insights", "relationships")] == [
            member[p] for p in ("brand", "people", "insights", "relationships")
        ]
