"""The pre-commit hooks for real: `pre-commit try-repo` against this repository.

pre-commit clones the repository (with uncommitted changes, if any) and `pip install`s it
into its own environment, which takes a while the first time: one PRE_COMMIT_HOME is
shared by the whole module so the hook environment is built once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import FIXTURES, REPO

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
BAD_DRAFT = (
    "---\nlang: en\n---\n"
    "Checklists beat tools.\n\n"
    "Like if you agree and tag someone who needs this!\n"
)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    identity = {
        f"GIT_{who}_{what}": value
        for who in ("AUTHOR", "COMMITTER")
        for what, value in (("NAME", "Test"), ("EMAIL", "test@example.com"))
    }
    return {**os.environ, **identity, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    root = tmp_path_factory.mktemp("project")
    subprocess.run(["git", "init", "-q", str(root)], check=True, env=env)
    (root / "drafts").mkdir()
    (root / "drafts" / "bad.md").write_text(BAD_DRAFT, encoding="utf-8")
    shutil.copy(FIXTURES / "posts" / "good-en.md", root / "drafts" / "good.md")
    shutil.copy(FIXTURES / "posts" / "good-fr.md", root / "drafts" / "bon.txt")
    shutil.copy(FIXTURES / "profiles" / "exemplary-en.json", root / "profile.json")
    shutil.copy(FIXTURES / "profiles" / "weak-en.json", root / "old-resume.json")
    (root / "package.json").write_text('{"name": "not-a-profile"}')
    subprocess.run(["git", "add", "."], cwd=root, check=True, env=env)
    return root


def try_repo(
    project: Path, env: dict[str, str], hook: str, *files: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(REPO), hook, "--verbose", "--files", *files],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_bad_draft_fails_and_names_file_line_and_rule(project: Path, env: dict[str, str]) -> None:
    before = (project / "drafts" / "bad.md").read_bytes()
    proc = try_repo(project, env, "profile-lint-posts", "drafts/bad.md")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "drafts/bad.md" in out
    bait = next(line for line in out.splitlines() if "[engagement-bait]" in line)
    assert bait.split()[:2] == ["6:1", "warning"], bait
    assert "files were modified by this hook" not in out
    assert (project / "drafts" / "bad.md").read_bytes() == before


def test_good_drafts_pass(project: Path, env: dict[str, str]) -> None:
    proc = try_repo(project, env, "profile-lint-posts", "drafts/good.md", "drafts/bon.txt")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_profile_hook_lints_profile_json_only(project: Path, env: dict[str, str]) -> None:
    good = try_repo(project, env, "profile-lint-profile", "profile.json", "package.json")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "package.json" not in good.stdout
    bad = try_repo(project, env, "profile-lint-profile", "old-resume.json")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "old-resume.json" in bad.stdout and "warning" in bad.stdout
