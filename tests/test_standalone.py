"""The repository stands alone: nothing in it reads a file outside it.

tests/conftest.py watches every file the test process opens (an audit hook) and fails a
test that reads beside the repository; this test also checks the files that do not run in
the test process (scripts, CI, benchmarks) for paths that climb out of the checkout."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import REPO
from tests.conftest import _OUTSIDE, _watch_outside

_CLIMBS_OUT = re.compile(r"\.\./(shared|\.library)|parent\s*/\s*[\"']shared|/work/shared")


def test_no_tracked_file_reaches_outside_the_checkout() -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        pytest.fail("git ls-files failed: " + listed.stderr)
    offenders = []
    for name in listed.stdout.split("\0"):
        path = REPO / name
        if not name or path.suffix not in {".py", ".sh", ".toml", ".yaml", ".cfg", ""}:
            continue
        if not path.is_file() or path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{name}: {m.group(0)}" for m in _CLIMBS_OUT.finditer(text)]
    assert not offenders, offenders


def test_the_watch_sees_a_read_beside_the_repository(tmp_path: Path) -> None:
    """The audit hook is live: opening a path beside the checkout is noted (and then
    forgotten here, so that this test itself passes)."""
    before = len(_OUTSIDE)
    _watch_outside("open", (str(REPO.parent / "shared" / "x.json"), "r", 0))
    _watch_outside("open", (str(REPO / "README.md"), "r", 0))
    _watch_outside("open", (str(tmp_path / "y"), "r", 0))
    assert _OUTSIDE[before:] == [str(REPO.parent / "shared" / "x.json")]
    del _OUTSIDE[before:]
