"""Output files (-o): written atomically when regular, written into when special (a FIFO,
a device), written through when a symbolic link; never onto an input; a cohort needs a
folder."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from profile_lint.cli.output import write_output
from profile_lint.errors import InputError
from tests.cli_runner import FIXTURES, run_cli

WEAK = FIXTURES / "profiles" / "weak-en.json"
GOOD = FIXTURES / "profiles" / "exemplary-en.json"
DRAFT = FIXTURES / "posts" / "weak-en.md"


def test_a_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_output("new", str(target))
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the mode it had
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    write_output("through the pipe\n", str(fifo))
    reader.join(timeout=10)
    assert got == ["through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dev_null_stays_a_device() -> None:
    before = os.stat("/dev/null")
    write_output("nothing to see\n", "/dev/null")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_output("[1]\n", str(link))
    assert link.is_symlink() and real.read_text() == "[1]\n"
    dangling = tmp_path / "new-link.txt"
    dangling.symlink_to(tmp_path / "created.txt")
    write_output("made\n", str(dangling))
    assert dangling.is_symlink() and (tmp_path / "created.txt").read_text() == "made\n"


def test_a_folder_or_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        write_output("x", str(tmp_path))
    with pytest.raises(InputError, match="does not exist"):
        write_output("x", str(tmp_path / "no" / "such" / "file.txt"))


@pytest.mark.parametrize("command", ["posts", "profile", "report"])
def test_output_onto_an_input_is_refused(tmp_path: Path, command: str) -> None:
    source = DRAFT if command == "posts" else WEAK
    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    link = tmp_path / "alias"
    link.symlink_to(path)
    before = path.read_bytes()
    for output in (str(path), str(link)):
        proc = run_cli(command, str(path), "-o", output, cwd=tmp_path)
        assert proc.returncode == 2, proc.stderr
        assert "is one of the inputs" in proc.stderr and "Traceback" not in proc.stderr
    assert path.read_bytes() == before


def test_cli_writes_into_dev_null_and_a_fifo(tmp_path: Path) -> None:
    proc = run_cli("posts", str(DRAFT), "-o", "/dev/null", "--fail-on", "never")
    assert proc.returncode == 0 and proc.stdout == ""
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    fifo = tmp_path / "findings"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    proc = run_cli("posts", str(DRAFT), "-o", str(fifo), "--format", "json", "--fail-on", "info")
    reader.join(timeout=60)
    assert proc.returncode == 1 and json.loads(got[0])["results"][0]["findings"]


def test_several_profiles_into_an_html_file_name_explain_a_folder(tmp_path: Path) -> None:
    proc = run_cli("report", str(WEAK), str(GOOD), "-o", "x.html", cwd=tmp_path)
    assert proc.returncode == 2
    assert "-o DIR" in proc.stderr and "x.html" in proc.stderr
    assert not (tmp_path / "x.html").exists()


def test_a_cohort_report_with_jobs_says_the_same(tmp_path: Path) -> None:
    """`report` lints through the run: -j 2 (two processes) changes nothing."""
    out = {}
    for jobs in ("1", "2"):
        folder = tmp_path / f"cohort-{jobs}"
        proc = run_cli("report", str(WEAK), str(GOOD), "-o", str(folder), "-j", jobs, "--no-cache")
        assert proc.returncode == 0, proc.stderr
        out[jobs] = (folder / "summary.json").read_text(encoding="utf-8")
    assert out["1"] == out["2"]
