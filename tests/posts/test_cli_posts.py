"""`profile-lint posts` end to end: the installed command, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from profile_lint.preview import fold_preview
from tests.cli_runner import FIXTURES, run_cli
from tests.schemas import SARIF_SCHEMA

pytestmark = pytest.mark.slow  # the whole command, end to end

POSTS = FIXTURES / "posts"
DRAFT = (
    "---\nlang: en\n---\n<!-- first draft -->\n"
    "We cut our payroll close from five days to two with one shared checklist.\n\n"
    "Great read: https://example.com/report\n\n"
    "Like if you agree!\n"
)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_fixtures_good_pass_weak_fail() -> None:
    proc = run_cli("posts", str(POSTS), "--format", "json", "--fail-on", "warning")
    assert proc.returncode == 1, proc.stderr
    results = {Path(r["path"]).name: r for r in json.loads(proc.stdout)["results"]}
    assert results["good-en.md"]["findings"] == []
    assert results["good-fr.md"]["findings"] == []
    weak_en = {f["name"] for f in results["weak-en.md"]["findings"]}
    weak_fr = {f["name"] for f in results["weak-fr.md"]["findings"]}
    assert {
        "weak-opening",
        "engagement-bait",
        "hashtags-too-many",
        "hook-too-long",
        "unicode-styled-text",
        "markdown-syntax",
        "no-conversation-prompt",
    } <= weak_en
    assert {"weak-opening", "engagement-bait", "no-conversation-prompt"} <= weak_fr


def test_text_output_locates_findings_and_shows_the_fold(draft: Path) -> None:
    proc = run_cli("posts", str(draft))
    assert proc.returncode == 0  # warnings only; fail-on defaults to error
    out = proc.stdout
    bait = next(line for line in out.splitlines() if "[engagement-bait]" in line)
    assert bait.split()[:2] == ["9:1", "warning"] and "“Like if you agree”" in bait
    assert "[link-in-body]" in out
    assert "preview before “…see more” (desktop" in out
    assert "Found " in out


def test_exit_status_follows_fail_on(draft: Path) -> None:
    assert run_cli("posts", str(draft), "--fail-on", "warning").returncode == 1
    assert run_cli("posts", str(draft), "--fail-on", "never").returncode == 0
    empty = draft.parent / "empty.md"
    empty.write_text("")
    proc = run_cli("posts", str(empty))
    assert proc.returncode == 1 and "[post-empty]" in proc.stdout


def test_stdin(draft: Path) -> None:
    proc = run_cli("posts", "-", "--format", "json", stdin=DRAFT)
    assert proc.returncode == 0, proc.stderr
    (result,) = json.loads(proc.stdout)["results"]
    assert result["path"] == "-"
    bait = next(f for f in result["findings"] if f["name"] == "engagement-bait")
    assert (bait["line"], bait["column"]) == (9, 1)


def test_include_exclude(tmp_path: Path) -> None:
    (tmp_path / "drafts" / "old").mkdir(parents=True)
    (tmp_path / "drafts" / "a.md").write_text("Like if you agree!")
    (tmp_path / "drafts" / "old" / "b.md").write_text("Like if you agree!")
    (tmp_path / "drafts" / "c.post").write_text("Like if you agree!")
    proc = run_cli(
        "posts",
        "drafts",
        "--format",
        "json",
        "--exclude",
        "drafts/old/*",
        "--include",
        "*.md,*.post",
        cwd=tmp_path,
    )
    paths = sorted(r["path"] for r in json.loads(proc.stdout)["results"])
    assert paths == ["drafts/a.md", "drafts/c.post"]


def test_json_has_positions_and_preview(draft: Path) -> None:
    proc = run_cli("posts", str(draft), "--format", "json")
    (result,) = json.loads(proc.stdout)["results"]
    link = next(f for f in result["findings"] if f["name"] == "link-in-body")
    assert (link["line"], link["column"], link["end_line"], link["end_column"]) == (7, 13, 7, 39)
    preview = result["preview"]
    text = DRAFT.split("-->\n", 1)[1].strip()
    assert preview["text"] == fold_preview(text).shown_text
    # The 73-character first line takes two rendered lines; a blank third line is not shown.
    assert preview["text"] == text.splitlines()[0]
    assert preview["truncated"] is True and (preview["line"], preview["column"]) == (5, 74)


def test_sarif_points_at_the_draft_line_and_column(draft: Path) -> None:
    proc = run_cli("posts", str(draft), "--format", "sarif")
    sarif = json.loads(proc.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text()))
    results = sarif["runs"][0]["results"]
    bait = next(r for r in results if r["properties"]["name"] == "engagement-bait")
    region = bait["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 9, "startColumn": 1, "endLine": 9, "endColumn": 18}
    assert bait["ruleId"] == "PO008"


def test_github_annotations_point_at_the_draft_line_and_column(draft: Path) -> None:
    proc = run_cli("posts", str(draft), "--format", "github")
    lines = proc.stdout.splitlines()
    bait = next(line for line in lines if "engagement-bait" in line)
    assert bait.startswith(f"::warning file={draft},line=9,col=1,endLine=9,endColumn=18,")
    link = next(line for line in lines if "link-in-body" in line)
    assert "line=7,col=13" in link


def test_front_matter_rule_options_apply_to_that_draft(tmp_path: Path) -> None:
    opening = (
        "Our payroll close went from five days to two once every exception had an owner "
        "before noon and the checklist was written by the people who use it daily."
    )
    (tmp_path / "desk.md").write_text(opening + "\n\nWhat would you cut first?")
    (tmp_path / "mobile.md").write_text(
        "---\nrules:\n  hook-too-long: {mobile: true}\n---\n"
        + opening
        + "\n\nWhat would you cut first?"
    )
    proc = run_cli("posts", ".", "--format", "json", "--select", "hook-too-long", cwd=tmp_path)
    found = {
        r["path"]: [f["name"] for f in r["findings"]] for r in json.loads(proc.stdout)["results"]
    }
    assert found == {"desk.md": [], "mobile.md": ["hook-too-long"]}


def test_config_options_and_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / ".profile-lint.toml").write_text(
        '[rules.hashtags-too-many]\nmax-hashtags = 2\n\n[per-file-ignores]\n"old/*" = ["PO009"]\n'
    )
    (tmp_path / "old").mkdir()
    for name in ("new.md", "old/a.md"):
        (tmp_path / name).write_text("Checklists beat tools. What would you cut? #a #b #c")
    proc = run_cli("posts", ".", "--format", "json", cwd=tmp_path)
    found = {
        r["path"]: [f["name"] for f in r["findings"]] for r in json.loads(proc.stdout)["results"]
    }
    assert found == {"new.md": ["hashtags-too-many"], "old/a.md": []}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"---\nlang: [en\n---\nHi", "bad.md:3: invalid YAML in front matter"),
        (b"\x00\x01binary", "bad.md: looks like a binary file"),
        (b"---\nlang: de\n---\nHi", "bad.md:2: lang: expected en or fr, got 'de'"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "bad.md").write_bytes(content)
    proc = run_cli("posts", "bad.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip().startswith("profile-lint: error: ") and message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_no_drafts_found_is_exit_2(tmp_path: Path) -> None:
    proc = run_cli("posts", str(tmp_path))
    assert proc.returncode == 2 and "no draft files found" in proc.stderr
