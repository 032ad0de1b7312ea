"""The pre-commit hooks for real: `pre-commit run` in a project that uses this repository.

The working tree (with uncommitted changes, as `pre-commit try-repo` would take it) is
committed into a snapshot repository once; the project's `.pre-commit-config.yaml` points
at that snapshot and its commit, so pre-commit builds the hook environment (a `pip install`
of profile-lint) once for the whole module and every hook run reuses it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.cli_runner import FIXTURES, REPO

pytestmark = pytest.mark.slow

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


def git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return proc.stdout.strip()


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> tuple[Path, str]:
    """This repository's working tree, committed into a repository of its own."""
    root = tmp_path_factory.mktemp("snapshot")
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO, env=env)
    for name in filter(None, listed.split("\0")):
        source, copy = REPO / name, root / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():  # profile_lint/rules -> ../rules: kept as a link, as git does
            copy.symlink_to(os.readlink(source))
        elif source.is_file():
            shutil.copy2(source, copy)
    git("init", "-q", cwd=root, env=env)
    git("add", ".", cwd=root, env=env)
    git("commit", "-q", "-m", "snapshot", cwd=root, env=env)
    return root, git("rev-parse", "HEAD", cwd=root, env=env)


@pytest.fixture(scope="module")
def project(
    tmp_path_factory: pytest.TempPathFactory, env: dict[str, str], snapshot: tuple[Path, str]
) -> Path:
    repo, rev = snapshot
    root = tmp_path_factory.mktemp("project")
    git("init", "-q", str(root), cwd=root, env=env)
    (root / "drafts").mkdir()
    (root / "drafts" / "bad.md").write_text(BAD_DRAFT, encoding="utf-8")
    shutil.copy(FIXTURES / "posts" / "good-en.md", root / "drafts" / "good.md")
    shutil.copy(FIXTURES / "posts" / "good-fr.md", root / "drafts" / "bon.txt")
    shutil.copy(FIXTURES / "profiles" / "exemplary-en.json", root / "profile.json")
    shutil.copy(FIXTURES / "profiles" / "weak-en.json", root / "old-resume.json")
    (root / "package.json").write_text('{"name": "not-a-profile"}')
    (root / ".pre-commit-config.yaml").write_text(readme_config(repo, rev), encoding="utf-8")
    git("add", ".", cwd=root, env=env)
    return root


def readme_example() -> str:
    """The .pre-commit-config.yaml the README shows."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme.split("# .pre-commit-config.yaml\n", 1)[1].split("```", 1)[0]


def readme_config(repo: Path, rev: str) -> str:
    """The README's example as written, pointed at the snapshot: its `repo` and `rev`
    replaced, and its commented fix hook switched on (all three hooks run here)."""
    text = re.sub(r"(?m)^(\s*- repo: )\S+", lambda m: m.group(1) + str(repo), readme_example())
    text = re.sub(r"(?m)^(\s*rev: )\S+", lambda m: m.group(1) + rev, text)
    return text.replace("# - id: profile-lint-posts-fix", "- id: profile-lint-posts-fix")


def test_readme_example_names_the_hooks_this_repository_has() -> None:
    config = yaml.safe_load(readme_example())
    (repo,) = config["repos"]
    listed = {hook["id"] for hook in repo["hooks"]}
    commented = set(re.findall(r"#\s*- id: ([\w-]+)", readme_example()))
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert listed | commented == {hook["id"] for hook in hooks}
    version = re.search(r'(?m)^version = "([^"]+)"', (REPO / "pyproject.toml").read_text())
    assert version is not None and repo["rev"] == f"v{version.group(1)}"  # this version's tag


def run_hook(project: Path, env: dict[str, str], hook: str, *files: str) -> str:
    """`pre-commit run HOOK --files ...`; returns its output, with the exit status first."""
    proc = subprocess.run(
        [str(PRE_COMMIT), "run", hook, "--verbose", "--files", *files],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    return f"{proc.returncode}\n{proc.stdout}{proc.stderr}"


def test_bad_draft_fails_and_names_file_line_and_rule(project: Path, env: dict[str, str]) -> None:
    before = (project / "drafts" / "bad.md").read_bytes()
    out = run_hook(project, env, "profile-lint-posts", "drafts/bad.md")
    assert out.startswith("1\n"), out
    assert "drafts/bad.md" in out
    bait = next(line for line in out.splitlines() if "[engagement-bait]" in line)
    assert bait.split()[:2] == ["6:1", "warning"], bait
    assert "files were modified by this hook" not in out
    assert (project / "drafts" / "bad.md").read_bytes() == before


def test_good_drafts_pass(project: Path, env: dict[str, str]) -> None:
    out = run_hook(project, env, "profile-lint-posts", "drafts/good.md", "drafts/bon.txt")
    assert out.startswith("0\n"), out
    assert "Passed" in out


def test_clean_files_are_not_listed_when_the_hook_fails(project: Path, env: dict[str, str]) -> None:
    out = run_hook(project, env, "profile-lint-posts", "drafts/good.md", "drafts/bad.md")
    assert out.startswith("1\n"), out
    assert "drafts/bad.md" in out and "drafts/good.md" not in out
    assert "preview" not in out.split("drafts/bad.md", 1)[0]  # no block of the clean file


def test_fix_hook_fixes_then_fails_for_review(project: Path, env: dict[str, str]) -> None:
    draft = project / "drafts" / "styled.md"
    draft.write_text("𝗕𝗶𝗴 𝗻𝗲𝘄𝘀:  **one** checklist.\n\n\n\nWhich step would you cut?\n")
    git("add", "drafts/styled.md", cwd=project, env=env)
    out = run_hook(project, env, "profile-lint-posts-fix", "drafts/styled.md")
    assert out.startswith("1\n"), out
    assert "files were modified by this hook" in out
    assert draft.read_text() == "Big news: one checklist.\n\nWhich step would you cut?\n"
    again = run_hook(project, env, "profile-lint-posts-fix", "drafts/styled.md")
    assert "files were modified by this hook" not in again


def test_profile_hook_lints_profile_json_only(project: Path, env: dict[str, str]) -> None:
    good = run_hook(project, env, "profile-lint-profile", "profile.json", "package.json")
    assert good.startswith("0\n"), good
    assert "package.json" not in good
    bad = run_hook(project, env, "profile-lint-profile", "old-resume.json")
    assert bad.startswith("1\n"), bad
    assert "old-resume.json" in bad and "warning" in bad


def test_the_hook_environment_is_built_once(env: dict[str, str], project: Path) -> None:
    """Every run above reused one environment: pre-commit keys it by repository and rev."""
    run_hook(project, env, "profile-lint-posts", "drafts/good.md")
    envs = [p for p in Path(env["PRE_COMMIT_HOME"]).glob("repo*") if p.is_dir()]
    assert len(envs) == 1, envs
