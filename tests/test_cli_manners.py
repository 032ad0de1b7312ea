"""The command line's manners, as ruff has them: statistics, exit codes, colour, standard
input's name, settings, "did you mean", folders and standard input of profiles, sorting."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from profile_lint.explain import explain_rule
from profile_lint.registry import load_registry
from tests.cli_runner import FIXTURES, REPO, run_cli

pytestmark = pytest.mark.slow  # the whole command, end to end

WEAK = str(FIXTURES / "profiles" / "weak-en.json")
NO_NLP = ("--select", "PR001,PR002,PR008,PR014,PR021,PR024,PR025,PR029")  # no spaCy needed
ESC = "\033["
POST_NO_NLP = ("--select", "PO009,PO013,PO014")  # draft rules that need no spaCy


def test_statistics_count_findings_per_rule_most_first() -> None:
    text = run_cli("profile", WEAK, "--statistics", "--fail-on", "warning", *NO_NLP)
    rows = [line.split() for line in text.stdout.splitlines()]
    assert text.returncode == 1, text.stderr
    assert all(len(row) == 3 for row in rows) and rows, text.stdout
    counts = [int(row[0]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    full = json.loads(run_cli("profile", WEAK, "--format", "json", *NO_NLP).stdout)
    names = [f["name"] for f in full["results"][0]["findings"]]
    as_json = json.loads(
        run_cli("profile", WEAK, "--statistics", "--format", "json", *NO_NLP).stdout
    )
    assert {row["name"]: row["count"] for row in as_json} == {n: names.count(n) for n in names}
    assert {(row[1], row[2]) for row in rows} == {(r["code"], r["name"]) for r in as_json}


def test_exit_zero_and_output_format_alias() -> None:
    proc = run_cli("profile", WEAK, "--exit-zero", "--output-format", "json", *NO_NLP)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["summary"]["findings"] > 0
    bad = run_cli("profile", str(FIXTURES / "nope.json"), "--exit-zero")
    assert bad.returncode == 2  # an error is still an error


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (("--color", "always"), {}, True),
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        ((), {"FORCE_COLOR": "1"}, True),  # over NO_COLOR=1, which run_cli always sets
        ((), {}, False),  # auto: not a terminal, and NO_COLOR
        (("--color", "always", "--no-color"), {}, False),  # the old flag still works
    ],
)
def test_color(args: tuple[str, ...], env: dict[str, str], coloured: bool) -> None:
    proc = run_cli("profile", WEAK, *NO_NLP, *args, env=env)
    assert (ESC in proc.stdout) is coloured, proc.stdout[:200]


def test_color_auto_honours_no_color_and_a_pipe() -> None:
    plain = run_cli("profile", WEAK, *NO_NLP, env={"NO_COLOR": ""})  # empty: not set
    assert ESC not in plain.stdout  # a pipe is not a terminal


def test_stdin_filename_names_standard_input_everywhere(tmp_path: Path) -> None:
    text = (FIXTURES / "posts" / "weak-en.md").read_text(encoding="utf-8")
    (tmp_path / ".profile-lint.toml").write_text('[per-file-ignores]\n"drafts/*.md" = ["PO009"]\n')
    for fmt in ("text", "json", "sarif", "github"):
        proc = run_cli(
            "posts",
            "-",
            "--stdin-filename",
            "drafts/x.md",
            "--format",
            fmt,
            "--fail-on",
            "info",
            *POST_NO_NLP,
            stdin=text,
            cwd=tmp_path,
        )
        assert proc.returncode == 1, proc.stderr
        assert "drafts/x.md" in proc.stdout, fmt
        if fmt == "sarif":
            results = json.loads(proc.stdout)["runs"][0]["results"]
            assert "PO009" not in {r["ruleId"] for r in results}
        else:
            assert "hashtags-too-many" not in proc.stdout and "PO009" not in proc.stdout, fmt
    profile = run_cli(
        "profile",
        "-",
        "--stdin-filename",
        "me.json",
        "--format",
        "json",
        stdin=Path(WEAK).read_text(encoding="utf-8"),
    )
    assert json.loads(profile.stdout)["results"][0]["path"] == "me.json"
    broken = run_cli("profile", "-", "--stdin-filename", "me.json", stdin="{not json")
    assert broken.returncode == 2 and broken.stderr.startswith("profile-lint: error: me.json:1:2")


def test_profile_from_standard_input_is_json_or_pasted_text() -> None:
    as_json = run_cli(
        "profile", "-", "--format", "json", *NO_NLP, stdin=Path(WEAK).read_text(encoding="utf-8")
    )
    (result,) = json.loads(as_json.stdout)["results"]
    assert result["path"] == "-" and result["findings"], as_json.stderr
    assert any(f["location"] == "basics.summary" for f in result["findings"])
    pasted = (FIXTURES / "pasted" / "lea-fontaine-fr.txt").read_text(encoding="utf-8")
    parsed = json.loads(run_cli("parse", "-", stdin=pasted).stdout)
    assert parsed["basics"]["name"] == "Léa Fontaine"
    empty = run_cli("profile", "-", stdin="  \n")
    assert empty.returncode == 2 and "standard input is empty" in empty.stderr


def test_profile_folder_lints_every_profile_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    shutil.copy(WEAK, folder / "weak.json")
    shutil.copy(FIXTURES / "pasted" / "lea-fontaine-fr.txt", folder / "sub" / "lea.txt")
    shutil.copy(FIXTURES / "pdf" / "astrid-holm.pdf", folder / "astrid.pdf")
    shutil.copy(WEAK, folder / ".hidden" / "skipped.json")
    (folder / "notes.md").write_text("not a profile")
    archive = FIXTURES / "archive" / "Basic_LinkedInDataExport_06-20-2018"
    shutil.copytree(archive, folder / "export")
    proc = run_cli("profile", str(folder), "--format", "json", *NO_NLP)
    paths = [
        Path(r["path"]).relative_to(folder).as_posix() for r in json.loads(proc.stdout)["results"]
    ]
    assert paths == ["astrid.pdf", "export", "sub/lea.txt", "weak.json"], proc.stderr
    archive_alone = run_cli("profile", str(archive), "--format", "json", *NO_NLP)
    assert len(json.loads(archive_alone.stdout)["results"]) == 1  # an archive folder is one
    empty = tmp_path / "empty"
    empty.mkdir()
    none = run_cli("profile", str(empty))
    assert none.returncode == 2 and "no profile in this folder" in none.stderr


def test_per_file_ignores_are_relative_to_the_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "me").mkdir()
    (tmp_path / "elsewhere").mkdir()
    shutil.copy(WEAK, tmp_path / "me" / "profile.json")
    (tmp_path / ".profile-lint.toml").write_text(
        'select = ["photo-missing", "skills-too-few"]\n'
        '[per-file-ignores]\n"me/*.json" = ["photo-missing"]\n'
    )
    config = str(tmp_path / ".profile-lint.toml")
    target = tmp_path / "me" / "profile.json"
    runs = [
        ("me/profile.json", tmp_path, ()),
        ("./me/profile.json", tmp_path, ()),
        ("me/../me/profile.json", tmp_path, ()),
        (str(target), tmp_path / "elsewhere", ("--config", config)),
        ("../me/profile.json", tmp_path / "elsewhere", ("--config", config)),
        ("profile.json", tmp_path / "me", ()),
    ]
    for path, cwd, extra in runs:
        proc = run_cli("profile", path, "--format", "json", *extra, cwd=cwd)
        names = [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]]
        assert names == ["skills-too-few"], (path, cwd, proc.stderr)


def test_config_file_of_any_name_with_a_tool_table(tmp_path: Path) -> None:
    (tmp_path / "lint-settings.toml").write_text(
        '[project]\nname = "x"\n[tool.profile-lint]\nselect = ["skills-too-few"]\n'
    )
    proc = run_cli(
        "profile", WEAK, "--config", "lint-settings.toml", "--format", "json", cwd=tmp_path
    )
    assert [f["name"] for f in json.loads(proc.stdout)["results"][0]["findings"]] == [
        "skills-too-few"
    ]
    (tmp_path / "other.toml").write_text("[tool.black]\nline-length = 99\n")
    wrong = run_cli("profile", WEAK, "--config", "other.toml", cwd=tmp_path)
    assert wrong.returncode == 2 and "no [tool.profile-lint]" in wrong.stderr


def test_did_you_mean_and_blame(tmp_path: Path) -> None:
    assert "did you mean 'headline-too-long'?" in run_cli("rules", "headlin-too-long").stderr
    (tmp_path / ".profile-lint.toml").write_text('selct = ["PR001"]\n')
    key = run_cli("profile", WEAK, cwd=tmp_path)
    assert key.returncode == 2
    assert (
        ".profile-lint.toml: selct: unknown configuration key; did you mean 'select'?" in key.stderr
    )
    (tmp_path / ".profile-lint.toml").write_text(
        'select = ["PR001"]\n[rules.skills-too-few]\nmin-skils = 3\n'
    )
    option = run_cli("profile", WEAK, cwd=tmp_path)
    assert "did you mean 'min_skills'?" in option.stderr
    (tmp_path / ".profile-lint.toml").write_text('select = ["PR001"]\n')
    for flag in ("--select", "--ignore", "--extend-select"):
        proc = run_cli("profile", WEAK, flag, "headlin-too-long", cwd=tmp_path)
        assert proc.returncode == 2
        line = proc.stderr.strip()
        assert line.startswith(f"profile-lint: error: {flag}: 'headlin-too-long' matches no rule")
        assert "did you mean 'headline-too-long'?" in line and ".profile-lint.toml" not in line
    (tmp_path / ".profile-lint.toml").write_text('ignore = ["photo-mising"]\n')
    config = run_cli("profile", WEAK, "--select", "PR001", cwd=tmp_path)
    assert (
        ".profile-lint.toml: ignore: 'photo-mising' matches no rule; did you mean" in config.stderr
    )


def test_show_settings_is_toml_and_says_where_each_came_from(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.profile-lint]\nignore = ["banner-missing"]\nfail-on = "warning"\n'
        '[tool.profile-lint.per-file-ignores]\n"old/*.json" = ["photo-missing"]\n'
        "[tool.profile-lint.rules.about-too-short]\nmin_chars = 400\n"
    )
    proc = run_cli(
        "profile",
        "--show-settings",
        "old/a.json",
        "new.json",
        "--ignore",
        "PR002",
        "--lang",
        "fr",
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    settings = tomllib.loads(proc.stdout)["tool"]["profile-lint"]
    assert settings["ignore"] == ["banner-missing", "PR002"] and settings["fail-on"] == "warning"
    assert settings["lang"] == "fr" and settings["rules"]["about-too-short"] == {"min_chars": 400}
    lines = proc.stdout.splitlines()
    config = str(tmp_path / "pyproject.toml")
    assert f'fail-on = "warning"  # {config}' in lines and 'lang = "fr"  # --lang' in lines
    assert f'ignore = ["banner-missing", "PR002"]  # {config} and --ignore' in lines
    assert 'select = ["ALL"]  # default' in lines
    assert "# old/a.json: per-file-ignores turn off photo-missing" in lines
    assert "# new.json: per-file-ignores turn off no rule" in lines
    assert any(re.match(r"#   PR008 +about-too-short +warning +min_chars = 400", x) for x in lines)
    assert not any("banner-missing" in x and x.startswith("#   ") for x in lines)


def test_verbose_names_the_configuration_file(tmp_path: Path) -> None:
    (tmp_path / ".profile-lint.toml").write_text('select = ["PR001"]\n')
    proc = run_cli("profile", WEAK, "-v", cwd=tmp_path)
    assert f"configuration file: {tmp_path / '.profile-lint.toml'}" in proc.stderr


def test_text_sorts_by_severity_then_position(tmp_path: Path) -> None:
    profile = {
        "basics": {"name": "A", "label": "Sales " * 50},
        "work": [{"name": f"Co {i}", "position": "Rep", "startDate": "2020-01"} for i in range(12)],
        "skills": [{"name": "Sales"}],
        "linkedin": {"photo": False, "banner": False},
    }
    (tmp_path / "p.json").write_text(json.dumps(profile))
    proc = run_cli("profile", "p.json", "--select", "PR001,PR002,PR004,PR014,PR021", cwd=tmp_path)
    levels_named = ("error", "warning", "info")
    rows = [
        next((w, x) for w, x in itertools.pairwise(line.split()) if x in levels_named)
        for line in proc.stdout.splitlines()
        if line.startswith("  ") and "[" in line
    ]
    levels = [level for _, level in rows]
    assert levels == sorted(levels, key=["error", "warning", "info"].index), rows
    work = [where for where, level in rows if where.startswith("work[")]
    assert work == [f"work[{i}]" for i in range(12)], work  # work[2] before work[10]


def test_clean_files_are_silent_under_pre_commit_unless_verbose(tmp_path: Path) -> None:
    good = FIXTURES / "posts" / "good-en.md"
    bad = FIXTURES / "posts" / "weak-en.md"
    hook = run_cli("posts", str(good), str(bad), *POST_NO_NLP, env={"PRE_COMMIT": "1"})
    assert str(bad) in hook.stdout and str(good) not in hook.stdout
    assert "Found" in hook.stdout  # the summary stays
    verbose = run_cli("posts", str(good), str(bad), "-v", *POST_NO_NLP, env={"PRE_COMMIT": "1"})
    assert str(good) in verbose.stdout
    plain = run_cli("posts", str(good), str(bad), *POST_NO_NLP)
    assert str(good) in plain.stdout


def test_rules_name_renders_markdown_and_toml_for_every_rule() -> None:
    for rule in load_registry(plugins=False).rules:
        text = explain_rule(rule, color=False, width=80)
        assert "**Anti-pattern**" not in text and "`" not in text, rule.name
        doc = text.split("Settings (defaults shown")[0].splitlines()[3:]
        assert all(len(line) <= 80 or " " not in line.strip() for line in doc), rule.name
        table = text.split("Settings (defaults shown", 1)[1].split("\n", 2)[2]
        settings = tomllib.loads(table)["tool"]["profile-lint"]["rules"][rule.name]
        assert settings == {"severity": str(rule.severity), **rule.defaults()}, rule.name
    coloured = explain_rule(load_registry(plugins=False).by_key("markdown-syntax"), color=True)
    assert f"{ESC}1mAnti-pattern{ESC}0m:" in coloured and f"{ESC}36m**bold**{ESC}0m" in coloured


def test_help_is_whole_and_names_every_input_format() -> None:
    top = run_cli("--help", env={"COLUMNS": "80"}).stdout
    commands = top.split("Commands:", 1)[1]
    assert "..." not in commands and len(commands.strip().splitlines()) == 7
    profile = " ".join(run_cli("profile", "--help").stdout.split())
    for form in (
        "JSON Resume",
        "data archive",
        "ZIP",
        "CSV",
        "Save to PDF",
        "(.txt)",
        "folder",
        "standard input",
    ):
        assert form in profile, form
    assert "--output-format" in profile and "--statistics" in profile


def test_readme_documents_every_option() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for option in (
        "--statistics",
        "--exit-zero",
        "--stdin-filename",
        "--output-format",
        "--color",
        "--verbose",
        "--show-settings",
        "FORCE_COLOR",
    ):
        assert option in readme, option
    assert os.path.exists(REPO / ".pre-commit-hooks.yaml")
