"""The habits that keep the code healthy run with the tests: ruff (lint, format) and mypy.
(The import-linter layering contracts run in test_packaging.py, on the installed wheel.)"""

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
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "profile_lint"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_code_health(command: list[str]) -> None:
    proc = subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
