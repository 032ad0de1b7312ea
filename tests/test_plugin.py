"""The plugin path, for real: install a tiny distribution and see its rule run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import REPO, run_cli

PLUGIN = REPO / "tests" / "plugin_dist"


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    target = tmp_path_factory.mktemp("plugin-site")
    source = tmp_path_factory.mktemp("plugin-src") / "dist"
    shutil.copytree(PLUGIN, source)  # build outside the repository: it writes build files
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=source,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(target.glob("profile_lint_example_plugin-*.dist-info"))
    return str(target)


def test_plugin_rule_runs(plugin_path: str, tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"basics": {"name": "JORDAN MILES"}}))
    env = {"PYTHONPATH": plugin_path}
    listing = run_cli("rules", env=env)
    assert "name-in-capitals" in listing.stdout and "XMP001" in listing.stdout
    proc = run_cli("profile", str(profile), "--select", "XMP", "--format", "json", env=env)
    findings = json.loads(proc.stdout)["results"][0]["findings"]
    assert [(f["code"], f["location"]) for f in findings] == [("XMP001", "basics.name")]
    assert proc.returncode == 0  # a warning does not fail by default
    doc = run_cli("rules", "name-in-capitals", env=env).stdout
    assert "Best practice:" in doc and "min_letters = 4" in doc


def test_plugin_options_are_configurable(plugin_path: str, tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"basics": {"name": "JO LI"}}))
    (tmp_path / ".profile-lint.toml").write_text(
        'select = ["name-in-capitals"]\n[rules.name-in-capitals]\nmin_letters = 10\n'
    )
    proc = run_cli(
        "profile", "p.json", "--format", "json", cwd=tmp_path, env={"PYTHONPATH": plugin_path}
    )
    assert json.loads(proc.stdout)["results"][0]["findings"] == []


def test_without_the_plugin_its_rule_is_unknown(tmp_path: Path) -> None:
    assert "name-in-capitals" not in run_cli("rules").stdout
    profile = tmp_path / "p.json"
    profile.write_text("{}")
    proc = run_cli("profile", str(profile), "--select", "XMP001")
    assert proc.returncode == 2 and "XMP001" in proc.stderr


def test_a_plugin_rule_needing_basics_does_not_run_on_connections_alone(
    plugin_path: str, tmp_path: Path
) -> None:
    """Unknown is not missing, for plugins too: the engine skips a rule whose `needs`
    the input cannot tell, with no guard in the rule itself."""
    connections = REPO / "fixtures" / "archive" / "Complete_LinkedInDataExport_03-14-2026"
    env = {"PYTHONPATH": plugin_path}
    alone = run_cli(
        "profile",
        str(connections / "Connections.csv"),
        "--select",
        "XMP002",
        "--format",
        "json",
        env=env,
    )
    assert json.loads(alone.stdout)["results"][0]["findings"] == [], alone.stderr
    profile = tmp_path / "p.json"
    profile.write_text('{"basics": {"label": "Payroll lead"}}')
    named = run_cli("profile", str(profile), "--select", "XMP002", "--format", "json", env=env)
    assert [f["code"] for f in json.loads(named.stdout)["results"][0]["findings"]] == ["XMP002"]


def test_plugin_cases_run_through_the_shipped_harness(
    plugin_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """profile_lint.testing, as a plugin author uses it (README, "Writing a plugin")."""
    from profile_lint.testing import check_case, load_cases

    monkeypatch.syspath_prepend(plugin_path)
    module = __import__("profile_lint_example_plugin")
    cases = load_cases(PLUGIN / "cases", module.RULES)
    assert {(rule.code, case["id"]) for rule, case in cases} == {
        ("XMP001", "capitals"),
        ("XMP001", "as-signed"),
        ("XMP001", "short-name-below-the-option"),
        ("XMP002", "no-name"),
        ("XMP002", "named"),
    }
    for rule, case in cases:
        check_case(rule, case)
    wrong = {"id": "wrong", "input": {"basics": {"name": "Jordan Miles"}}, "expect": [{}]}
    with pytest.raises(AssertionError, match="expected 1 findings, got"):
        check_case(module.NameMissing, wrong)


def test_plugin_messages_come_from_its_own_catalog(plugin_path: str, tmp_path: Path) -> None:
    """A plugin ships `locale/<lang>.po` beside its rules; --lang (or French text) uses it."""
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"basics": {"name": "JORDAN MILES"}}))
    env = {"PYTHONPATH": plugin_path}
    args = ["profile", str(profile), "--select", "XMP001", "--lang", "fr", "--format", "sarif"]
    sarif = json.loads(run_cli(*args, env=env).stdout)["runs"][0]
    assert sarif["results"][0]["message"]["text"] == (
        "Le nom «\u202fJORDAN MILES\u202f» est tout en majuscules. Écrivez votre nom avec une "
        "majuscule au début de chaque partie seulement."
    )
    rule = next(r for r in sarif["tool"]["driver"]["rules"] if r["id"] == "XMP001")
    assert rule["shortDescription"]["text"] == "Le nom du membre est écrit en capitales."
    english = run_cli(*args[:4], "--format", "text", env=env).stdout
    assert "The name “JORDAN MILES” is all in capitals." in english


def test_plugin_catalog_is_in_step_with_its_code(
    plugin_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """profile_lint.catalogs checks a plugin's catalog as it checks the built-in one."""
    from profile_lint.catalogs import extract, problems

    monkeypatch.syspath_prepend(plugin_path)
    module = __import__("profile_lint_example_plugin")
    folder = PLUGIN / "profile_lint_example_plugin"
    template = extract([folder], module.RULES)
    assert len([m for m in template if m.id]) == 6
    assert problems(folder / "locale" / "fr.po", "fr", template) == []
