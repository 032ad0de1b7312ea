"""The benchmark script runs (a smoke test on 3 generated profiles: benchmarks are not
tests, their figures are never asserted), and leaves nothing behind."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--sizes", "3", "--repeat", "1", "--only", "profiles"]


@pytest.mark.slow
def test_bench_lint_runs_on_three_inputs() -> None:
    before = set(Path(tempfile.gettempdir()).glob("bench-lint-*"))
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_lint.py"), *ARGS],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "3 profiles" in run.stdout and "ratio" in run.stdout and "goal <= 2.5" in run.stdout
    assert set(Path(tempfile.gettempdir()).glob("bench-lint-*")) == before
