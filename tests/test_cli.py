"""End to end through the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.cli_runner import FIXTURES, run_cli
from tests.schemas import SARIF_SCHEMA

SAMPLE = str(FIXTURES / "profiles" / "jsonresume-sample.json")
CORE = ("--select", "PR001,PR004,PR021")  # the three rules these tests are about


@pytest.fixture
def weak(tmp_path: Path) -> Path:
    path = tmp_path / "weak.json"
    path.write_text(
        json.dumps(
            {
                "basics": {"name": "Jordan Miles", "label": "Sales " * 50},
                "skills": [{"name": "Sales"}],
                "linkedin": {"photo": False},
            }
        )
    )
    return path


def test_version() -> None:
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("profile-lint, version ")


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "profile_lint", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "profile-lint" in proc.stdout


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_official_json_resume_sample() -> None:
    proc = run_cli("profile", SAMPLE, "--format", "json")
    data = json.loads(proc.stdout)
    assert data["version"] == 1
    result = data["results"][0]
    assert result["path"] == SAMPLE and result["kind"] == "profile"
    names = {f["name"] for f in result["findings"]}
    assert "skills-too-few" in names  # the sample lists two skills
    assert "photo-missing" not in names  # the sample does not say there is no photo
    for finding in result["findings"]:
        assert set(finding) >= {
            "code",
            "name",
            "severity",
            "message",
            "location",
            "suggestion",
            "pillar",
        }
    has_error = any(f["severity"] == "error" for f in result["findings"])
    assert proc.returncode == (1 if has_error else 0)


def test_text_output_groups_by_file_with_summary(weak: Path) -> None:
    proc = run_cli("profile", str(weak), *CORE)
    assert proc.returncode == 1  # headline-too-long is an error
    lines = proc.stdout.splitlines()
    assert lines[0] == str(weak)
    assert any(
        "linkedin.photo" in ln and "warning" in ln and "[photo-missing]" in ln for ln in lines
    )
    assert any(ln.strip().startswith("→ ") for ln in lines)
    assert lines[-1].startswith("Found 3 problems (1 error, 2 warnings)")
    assert "\033[" not in proc.stdout  # no colour when not on a terminal


def test_quiet_drops_the_summary(weak: Path) -> None:
    proc = run_cli("profile", str(weak), "--quiet", *CORE)
    assert "Found" not in proc.stdout and "[photo-missing]" in proc.stdout


@pytest.mark.parametrize(
    ("fail_on", "status"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on(weak: Path, fail_on: str, status: int) -> None:
    assert run_cli("profile", str(weak), "--fail-on", fail_on, *CORE).returncode == status


def test_fail_on_warning_with_only_warnings(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"skills": [], "linkedin": {"photo": False}}))
    assert run_cli("profile", str(path), *CORE).returncode == 0
    assert run_cli("profile", str(path), "--fail-on", "warning", *CORE).returncode == 1


def test_select_and_ignore(weak: Path) -> None:
    proc = run_cli("profile", str(weak), "--format", "json", "--select", "photo-missing")
    names = [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]]
    assert names == ["photo-missing"]
    proc = run_cli("profile", str(weak), "--format", "json", *CORE, "--ignore", "PR001,PR004")
    names = [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]]
    assert names == ["skills-too-few"]
    proc = run_cli("profile", str(weak), "--select", "no-such-rule")
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr


def test_sarif_validates_against_the_official_schema(weak: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    proc = run_cli("profile", str(weak), SAMPLE, "--format", "sarif", "-o", str(out), *CORE)
    assert proc.returncode == 1 and proc.stdout == ""
    sarif = json.loads(out.read_text())
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    run = sarif["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"PR001", "PR004", "PR021"} <= set(ids)
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["PR004"] == "error" and levels["PR001"] == "warning"
    first = run["results"][0]
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == first["ruleId"]
    logical = first["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
    assert logical in {"linkedin.photo", "basics.label", "skills"}


def test_github_annotations(weak: Path) -> None:
    proc = run_cli("profile", str(weak), "--format", "github", *CORE)
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    photo = next(ln for ln in lines if "photo-missing (PR001)" in ln)
    assert photo.startswith(f"::warning file={weak},line=1,col=") and ",title=" in photo
    assert "::linkedin.photo: " in photo  # the field, then the message
    headline = next(ln for ln in lines if "headline-too-long (PR004)" in ln)
    assert headline.startswith(f"::error file={weak},line=1,col=")


def test_rules_list_and_explain() -> None:
    listing = run_cli("rules")
    assert listing.returncode == 0
    assert "photo-missing" in listing.stdout and "PR004" in listing.stdout
    explained = run_cli("rules", "headline-too-long")
    assert "Anti-pattern:" in explained.stdout and "max_chars = 220" in explained.stdout
    assert "**" not in explained.stdout and "`" not in explained.stdout  # rendered Markdown
    assert run_cli("rules", "PR004").stdout == explained.stdout
    as_json = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"code", "name", "target", "pillar", "severity", "options", "doc"} <= set(as_json[0])
    assert as_json[0]["score"] == {"weight": 3.0, "points": 3.0, "part_of": []}  # photo-missing
    assert (
        "score: 1 point of its pillar (weight 1 x platform evidence); part of headline-missing"
        in (explained.stdout)
    )
    missing = run_cli("rules", "nope")
    assert missing.returncode == 2 and "nope" in missing.stderr


def test_schema_validates_the_sample_and_our_object() -> None:
    schema = json.loads(run_cli("schema").stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    sample = json.loads(Path(SAMPLE).read_text())
    jsonschema.validate({**sample, "linkedin": {"photo": True, "connections": 500}}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"linkedin": {"photo": 3}}, schema)


def test_parse_prints_the_normalised_profile() -> None:
    data = json.loads(run_cli("parse", SAMPLE).stdout)
    assert data["basics"]["name"] == "Richard Hendriks"
    assert data["linkedin"]["headline"] == "Programmer"  # from basics.label
    assert data["linkedin"]["photo"] is None  # the sample's image is empty: unknown
    assert set(data["activity"]) >= {"posts", "comments", "connections"}


def test_output_file_is_written_atomically(weak: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    proc = run_cli("profile", str(weak), "--format", "json", "-o", str(out), *CORE)
    assert proc.stdout == ""
    assert json.loads(out.read_text())["results"][0]["path"] == str(weak)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "weak.json"]


@pytest.mark.parametrize("command", [["--version"], ["rules"], ["schema"], ["rules", "PR001"]])
def test_light_commands_never_import_spacy(command: list[str]) -> None:
    code = (
        "import sys\n"
        "from profile_lint.cli import main\n"
        f"sys.argv = ['profile-lint', *{command!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stderr.strip().endswith("NO-SPACY"), proc.stderr
