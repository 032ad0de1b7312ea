"""The wheel: one top-level package holding rules and templates; layering contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli_runner import REPO

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("src") / "profile-lint"
    ignore = shutil.ignore_patterns(".git", "build", "*.egg-info", "__pycache__", ".*_cache")
    shutil.copytree(REPO, source, ignore=ignore)  # a build writes files: not in the repository
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (found,) = out.glob("profile_lint-*.whl")
    return found


def test_wheel_has_one_top_level_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"profile_lint"}
    assert "profile_lint/rules/__init__.py" in names
    assert "profile_lint/rules/profile/photo_missing.py" in names
    assert any(n.startswith("profile_lint/rules/lexicons/") for n in names) or not list(
        (REPO / "rules" / "lexicons").rglob("*.txt")
    )
    assert "profile_lint/data/jsonresume-schema.json" in names
    shipped = {n for n in names if n.startswith("profile_lint/templates/")}
    for template in (REPO / "templates").rglob("*"):
        if template.is_file() and template.suffix in {".html", ".j2", ".css"}:
            assert f"profile_lint/templates/{template.relative_to(REPO / 'templates')}" in shipped
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "profile-lint = profile_lint.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


def test_installed_wheel_runs_and_keeps_its_layers(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", "import profile_lint.rules as r; print(r.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=target,
    )
    assert proc.stdout.startswith(str(target)), proc.stderr
    # import-linter reads the contracts in pyproject.toml and checks the installed package.
    lint_imports = Path(sys.executable).parent / "lint-imports"
    proc = subprocess.run(
        [str(lint_imports), str(REPO / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=target,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout
