"""The score on real rules and inputs: JSON and text output, --explain, weights, applicability."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from profile_lint.engine import lint
from profile_lint.readers import read_profile
from profile_lint.readers.json_profile import profile_from_data
from profile_lint.run import Overrides, open_session
from tests.cli_runner import FIXTURES, run_cli

WEAK = FIXTURES / "profiles" / "weak-en.json"
ARCHIVE = FIXTURES / "archive" / "Complete_LinkedInDataExport_03-14-2026"
ORDER = ["brand", "people", "insights", "relationships"]


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_json_output_carries_the_score() -> None:
    done = run_cli("profile", str(WEAK), str(ARCHIVE), "--format", "json")
    results = json.loads(done.stdout)["results"]
    for result in results:
        score = result["score"]
        assert [p["id"] for p in score["pillars"]] == ORDER
        assert all(p["max"] == 25 and p["label"] for p in score["pillars"])
        measured = [p for p in score["pillars"] if p["score"] is not None]
        assert score["covers"] == [p["id"] for p in measured]
        assert score["max"] == 25 * len(measured)
        assert abs(score["total"] - sum(p["score"] for p in measured)) < 0.05
        for p in score["pillars"]:
            assert (p["score"] is not None) == (p["coverage"] >= 0.5)
            if p["range"] is not None:
                low, high = p["range"]
                assert low <= high and (p["score"] is None or low - 0.05 <= p["score"] <= high)
    json_profile, archive = (r["score"] for r in results)
    insights, relationships = json_profile["pillars"][2:]
    assert insights["score"] is None and insights["coverage"] == 0  # no activity in JSON
    assert insights["range"] is None
    # weak-en.json states no connections: recommendations alone are too little to estimate
    assert relationships["score"] is None and 0 < relationships["coverage"] < 0.5
    assert json_profile["covers"] == ["brand", "people"]
    assert archive["covers"] == ORDER and archive["coverage"] > json_profile["coverage"]


def test_text_output_has_one_line_per_pillar() -> None:
    done = run_cli("profile", str(WEAK))
    lines = done.stdout.splitlines()
    for label in (
        "Establish your professional brand",
        "Find the right people",
        "Engage with insights",
        "Build relationships",
    ):
        assert sum(1 for line in lines if line.strip().startswith(label)) == 1
    assert any("Engage with insights" in line and "not measured" in line for line in lines)
    assert "not LinkedIn's SSI" in done.stdout


def test_explain_shows_the_formula_and_every_lost_point() -> None:
    done = run_cli("score", str(WEAK), "--explain")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "pillar = 25 x exp(-3.5 x points lost / points measured)" in out
    assert (
        "not measured: posting-inactive (1.00 points; the input does not state activity.posts)"
        in out
    )
    assert "Build relationships: not estimated, between" in out
    assert "with about-too-short basics.summary" in out  # a loss through a rule part of it
    data = json.loads(run_cli("score", str(WEAK), "--format", "json").stdout)
    brand = data["results"][0]["score"]["pillars"][0]
    per_finding = [
        float(line.split()[0])
        for line in out.split("Find the right people")[0].splitlines()
        if line.startswith("        -")
    ]
    assert abs(sum(-v for v in per_finding) - (25 - brand["score"])) < 0.01 * len(per_finding)


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_weights_are_configurable(tmp_path: Path) -> None:
    def brand(config: str) -> float:
        (tmp_path / ".profile-lint.toml").write_text(config, encoding="utf-8")
        done = run_cli("score", str(WEAK), "--format", "json", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["results"][0]["score"]["pillars"][0]["score"]

    default = brand("")
    heavier = brand("[weights]\nphoto-missing = 6\n")
    by_code = brand("[weights]\nPR001 = 6\n")
    assert heavier < default and heavier == by_code
    (tmp_path / ".profile-lint.toml").write_text("[weights]\nno-such-rule = 2\n")
    done = run_cli("score", str(WEAK), cwd=tmp_path)
    assert done.returncode == 2 and "weights.no-such-rule" in done.stderr
    (tmp_path / ".profile-lint.toml").write_text('[weights]\nphoto-missing = "high"\n')
    assert run_cli("score", str(WEAK), cwd=tmp_path).returncode == 2


def _score(data: dict) -> tuple[object, list]:
    session = open_session(Overrides(), cwd=Path("/"))
    profile = profile_from_data("p.json", data)
    result = lint(profile, session.plan("p.json", date.today()), session.analyzer)
    return result.score, result.findings


def test_a_real_fix_never_lowers_the_score() -> None:
    data = json.loads(WEAK.read_text(encoding="utf-8"))
    before, findings = _score(data)
    assert any(f.name == "photo-missing" for f in findings)
    data["linkedin"]["photo"] = "https://example.com/me.jpg"
    after, _ = _score(data)
    assert after.total >= before.total  # type: ignore[attr-defined]
    assert after.pillars[0].score > before.pillars[0].score  # type: ignore[attr-defined]


def test_unknown_facts_are_not_counted() -> None:
    session = open_session(Overrides(), cwd=Path("/"))
    profile = read_profile(str(ARCHIVE))
    score = lint(profile, session.plan(profile.source, date.today()), session.analyzer).score
    assert score is not None
    counted = {r.rule.name: r.evaluated for p in score.pillars for r in p.rules}
    assert counted["photo-missing"] is False  # an archive has no photo
    assert counted["posting-inactive"] is True
