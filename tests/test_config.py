"""Configuration: discovery, validation (errors name the key), selection, severity, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from profile_lint.config import ConfigError, find_config, load_config, parse_config, resolve
from profile_lint.registry import load_registry
from profile_lint.rule import Severity
from tests.cli_runner import run_cli

RULES = load_registry(plugins=False).rules


def _names(table: dict) -> list[str]:
    return [a.rule.name for a in resolve(parse_config("cfg", table), RULES)]


def test_defaults_select_every_rule() -> None:
    assert _names({}) == [r.name for r in RULES]


def test_quiet_rules_count_in_the_score_and_show_only_when_named(tmp_path: Path) -> None:
    from profile_lint.engine import lint
    from profile_lint.readers import read_profile
    from profile_lint.text import Analyzer

    path = tmp_path / "p.json"
    path.write_text(json.dumps({"basics": {"name": "A"}, "linkedin": {"connections": 120}}))
    profile = read_profile(str(path))

    def run(table: dict[str, list[str]]) -> tuple[set[str], set[str], float]:
        from datetime import date

        from profile_lint.engine import Plan

        active = resolve(parse_config("cfg", table), RULES)
        result = lint(profile, Plan(active, date(2026, 11, 20)), Analyzer())
        assert result.score is not None
        pillar = next(p for p in result.score.pillars if p.id == "relationships")
        shown, hidden = {f.name for f in result.findings}, {f.name for f in result.hidden}
        return shown, hidden, pillar.lost

    shown, hidden, lost = run({})
    assert "network-below-500" in hidden and "network-below-500" not in shown
    assert run({"select": ["ALL", "network-below-500"]})[:2] == (shown | hidden, set())
    assert run({"select": ["ALL", "network-below-500"]})[2] == lost > 0  # the same score
    assert "network-below-500" in run({"select": ["AC"]})[1]  # a prefix does not show it


def test_select_by_name_code_and_prefix() -> None:
    assert _names({"select": ["photo-missing", "PR004"]}) == ["photo-missing", "headline-too-long"]
    assert set(_names({"select": ["PR00"]})) == {r.name for r in RULES if r.code.startswith("PR00")}
    assert _names({"select": ["PR004"], "extend-select": ["PR021"]}) == [
        "headline-too-long",
        "skills-too-few",
    ]


def test_ignore_wins() -> None:
    names = _names({"ignore": ["photo-missing"]})
    assert "photo-missing" not in names and "skills-too-few" in names


def test_per_rule_severity_and_options() -> None:
    table = {
        "select": ["skills-too-few"],
        "rules": {"skills-too-few": {"severity": "info", "min-skills": 3}},
    }
    (active,) = resolve(parse_config("cfg", table), RULES)
    assert active.severity == Severity.INFO
    assert active.options == {"min_skills": 3}


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_rules_are_named_in_any_case_everywhere(tmp_path: Path) -> None:
    """One lookup by name or code, case-insensitive: select, ignore, rule tables,
    weights, per-file-ignores, front matter and suppressions."""
    table = {
        "select": ["pr021", "Photo-Missing"],
        "extend-select": ["po0"],
        "ignore": ["PO005"],
        "rules": {"pr021": {"severity": "INFO", "min-skills": 3}},
        "weights": {"PHOTO-MISSING": 2},
    }
    active = {a.rule.name: a for a in resolve(parse_config("cfg", table), RULES)}
    assert active["skills-too-few"].severity == Severity.INFO
    assert active["skills-too-few"].options["min_skills"] == 3
    assert active["photo-missing"].weight == 2.0
    assert "hook-too-long" in active and "no-conversation-prompt" not in active
    (tmp_path / ".profile-lint.toml").write_text(
        '[per-file-ignores]\n"*.md" = ["PO009"]\n[rules.PR021]\nmin_skills = 2\n'
    )
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\nrules:\n  HOOK-TOO-LONG: {max-chars: 100}\n---\n"
        "<!-- profile-lint-disable-next-line PO007 -->\n"
        "I'm thrilled to announce " + "we shipped it " * 12 + "#a #b #c #d #e #f #g\n"
    )
    proc = run_cli("posts", "d.md", "--format", "json", cwd=tmp_path)
    names = [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]]
    assert "hook-too-long" in names, proc.stdout  # the front matter's 100 characters
    assert "weak-opening" not in names and "hashtags-too-many" not in names
    assert "unused-suppression" not in names


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ({"selec": ["x"]}, "selec"),
        ({"select": "photo-missing,nope"}, "select"),
        ({"select": [1]}, "select"),
        ({"fail-on": "sometimes"}, "fail-on"),
        ({"language": "de"}, "language"),
        ({"max-file-size": "20MB"}, "max-file-size"),
        ({"rules": {"nope": {}}}, "rules.nope"),
        ({"rules": {"skills-too-few": {"min_skills": "five"}}}, "rules.skills-too-few.min_skills"),
        ({"rules": {"skills-too-few": {"minimum": 3}}}, "rules.skills-too-few.minimum"),
        ({"rules": {"skills-too-few": {"severity": "fatal"}}}, "rules.skills-too-few.severity"),
        ({"rules": {"skills-too-few": {"min_skills": True}}}, "rules.skills-too-few.min_skills"),
        ({"per-file-ignores": {"*.json": ["nope"]}}, "per-file-ignores.*.json"),
    ],
)
def test_errors_name_the_key(table: dict, field: str) -> None:
    with pytest.raises(ConfigError) as info:
        resolve(parse_config("cfg.toml", table), RULES)
    assert info.value.field == field
    assert str(info.value).startswith(f"cfg.toml: {field}: ")


def test_discovery_prefers_nearest(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.profile-lint]\nfail-on = "warning"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) == str(tmp_path / "pyproject.toml")
    assert load_config(str(tmp_path / "pyproject.toml")).fail_on == "warning"
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(sub) == str(tmp_path / "pyproject.toml")  # no [tool.profile-lint]: skipped
    (tmp_path / "a" / ".profile-lint.toml").write_text('ignore = ["photo-missing"]\n')
    assert find_config(sub) == str(tmp_path / "a" / ".profile-lint.toml")


def test_invalid_toml_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / ".profile-lint.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(str(bad))


def test_cli_reads_the_config_and_command_line_overrides(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"skills": [], "linkedin": {"photo": False}}))
    (tmp_path / "pyproject.toml").write_text(
        '[tool.profile-lint]\nselect = ["photo-missing", "skills-too-few"]\nfail-on = "warning"\n'
        '[tool.profile-lint.rules.photo-missing]\nseverity = "error"\n'
    )
    proc = run_cli("profile", "p.json", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    findings = json.loads(proc.stdout)["results"][0]["findings"]
    assert {f["name"]: f["severity"] for f in findings} == {
        "photo-missing": "error",
        "skills-too-few": "warning",
    }
    assert run_cli("profile", "p.json", "--fail-on", "never", cwd=tmp_path).returncode == 0
    (tmp_path / "pyproject.toml").write_text('[tool.profile-lint]\nfail_on = "warning"\n')
    proc = run_cli("profile", "p.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert "pyproject.toml: fail_on: unknown configuration key" in proc.stderr


def test_explicit_config_path(tmp_path: Path) -> None:
    cfg = tmp_path / "custom.toml"
    cfg.write_text('select = ["skills-too-few"]\n')
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"linkedin": {"photo": False}}))
    proc = run_cli("profile", str(profile), "--config", str(cfg), "--format", "json")
    assert [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]] == [
        "skills-too-few"
    ]
    missing = run_cli("profile", str(profile), "--config", str(tmp_path / "none.toml"))
    assert missing.returncode == 2 and "none.toml" in missing.stderr


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    profile = tmp_path / "drafts" / "old.json"
    profile.write_text(json.dumps({"linkedin": {"photo": False}}))
    (tmp_path / ".profile-lint.toml").write_text(
        'select = ["photo-missing"]\n[per-file-ignores]\n"drafts/*.json" = ["photo-missing"]\n'
    )
    proc = run_cli("profile", "drafts/old.json", "--format", "json", cwd=tmp_path)
    assert json.loads(proc.stdout)["results"][0]["findings"] == []
