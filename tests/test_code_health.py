"""The habits that keep the code healthy run with the tests, from the repository root as a
developer runs them: ruff (lint, format), mypy (profile_lint, the rules included) and
import-linter's layering contracts (pyproject.toml). test_packaging.py checks the layers
again on the installed wheel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import REPO

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "--no-cache", "."],
        ["ruff", "format", "--no-cache", "--check", "."],
        ["mypy"],
        ["lint-imports", "--no-cache"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_code_health(command: list[str]) -> None:
    proc = subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
