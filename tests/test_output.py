"""Output files (-o): written atomically when regular, written into when special (a FIFO,
a device), written through when a symbolic link; never onto an input; a cohort needs a
folder."""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from profile_lint.cli.output import write_output
from profile_lint.errors import InputError
from tests.cli_runner import FIXTURES, REPO, run_cli

pytestmark = pytest.mark.slow  # the whole command, end to end

WEAK = FIXTURES / "profiles" / "weak-en.json"
GOOD = FIXTURES / "profiles" / "exemplary-en.json"
DRAFT = FIXTURES / "posts" / "weak-en.md"
ARCHIVE = FIXTURES / "archive" / "Complete_LinkedInDataExport_03-14-2026"


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


def inputs_and_aliases(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    """Ways an output can name a file the run reads: (the command's arguments, the output)."""
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    draft = drafts / "sub" / "d.md"
    draft.write_bytes(DRAFT.read_bytes())
    profile = tmp_path / "p.json"
    profile.write_bytes(WEAK.read_bytes())
    (tmp_path / "alias.json").symlink_to(profile)
    os.link(profile, tmp_path / "hard.json")
    archive = tmp_path / "export"
    shutil.copytree(ARCHIVE, archive)
    facts = tmp_path / "facts.json"
    facts.write_text('{"linkedin": {"photo": true}}')
    config = tmp_path / "lint.toml"
    config.write_text("fail-on = 'never'\n")
    return {
        "posts-same": (["posts", str(draft)], str(draft)),
        "posts-in-folder": (["posts", str(drafts)], str(draft)),
        "posts-config": (["posts", str(draft), "--config", str(config)], str(config)),
        "profile-link": (["profile", str(profile)], str(tmp_path / "alias.json")),
        "profile-hard-link": (["profile", str(profile)], str(tmp_path / "hard.json")),
        "profile-archive-member": (["profile", str(archive)], str(archive / "Profile.csv")),
        "profile-facts": (["profile", str(profile), "--with", str(facts)], str(facts)),
        "report-same": (["report", str(profile)], str(profile)),
        "report-draft": (["report", str(profile), "--posts", str(drafts)], str(draft)),
        "report-facts": (["report", str(profile), "--with", str(facts)], str(facts)),
    }


IDS = [
    "posts-same",
    "posts-in-folder",
    "posts-config",
    "profile-link",
    "profile-hard-link",
    "profile-archive-member",
    "profile-facts",
    "report-same",
    "report-draft",
    "report-facts",
]


@pytest.mark.parametrize("case", IDS)
def test_output_onto_an_input_is_refused(tmp_path: Path, case: str) -> None:
    """Whatever the command and however the output names an input file: exit 2, one line,
    nothing changed on disk."""
    args, output = inputs_and_aliases(tmp_path)[case]
    before = snapshot(tmp_path)
    proc = run_cli(*args, "-o", output, "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "is one of the inputs" in proc.stderr
    assert snapshot(tmp_path) == before


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_cohort_file_that_is_an_input_is_refused(tmp_path: Path) -> None:
    """`report` with several profiles writes index.html, summary.csv, summary.json and one
    report each into the folder: none of them may be (or link to) an input."""
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    inside = cohort / "summary.json"
    inside.write_bytes(GOOD.read_bytes())
    other = tmp_path / "weak.json"
    other.write_bytes(WEAK.read_bytes())
    (cohort / "index.html").symlink_to(other)
    for args in ([str(inside), str(other)], [str(GOOD), str(other)]):
        before = snapshot(tmp_path)
        proc = run_cli("report", *args, "-o", str(cohort), "--no-cache", cwd=tmp_path)
        assert proc.returncode == 2 and "is one of the inputs" in proc.stderr, proc.stderr
        assert snapshot(tmp_path) == before


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


# Outputs that cannot be written: one line naming the file, exit 2, the previous file intact.


@pytest.mark.slow
def test_a_full_device_is_an_input_error() -> None:
    """/dev/full answers every write with ENOSPC: the disk-full case, for real."""
    for command, source in (("posts", DRAFT), ("profile", WEAK)):
        proc = run_cli(command, str(source), "-o", "/dev/full", "--no-cache")
        assert proc.returncode == 2, proc.stderr
        assert (
            proc.stderr
            == "profile-lint: error: /dev/full: cannot be written: No space left on device\n"
        )


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG


@pytest.mark.slow
@pytest.mark.parametrize("command", ["posts", "profile", "report"])
def test_a_write_the_system_refuses_leaves_the_previous_file(tmp_path: Path, command: str) -> None:
    """The kernel's file-size limit (RLIMIT_FSIZE) stops the write half-way, as a full disk
    would: the previous output is intact and no temporary file is left."""
    out = tmp_path / ("report.html" if command == "report" else "out.txt")
    out.write_text("previous\n")
    source = DRAFT if command == "posts" else WEAK
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "profile-lint"), command, str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PROFILE_LINT_CACHE_DIR": str(tmp_path / "cache")},
        preexec_fn=_limit_file_size,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.endswith(f"{out}: cannot be written: File too large\n")
    assert proc.stderr.count("profile-lint: error:") == 1 and "Traceback" not in proc.stderr
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == [out.name]


FAULT = """
import errno, sys, tempfile
def refuse(*args, **kwargs):
    raise OSError(errno.{code}, "{text}")
tempfile.mkstemp = refuse
from profile_lint.cli import main
sys.argv = ["profile-lint", *sys.argv[1:]]
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("code", "text"),
    [("EACCES", "Permission denied"), ("EROFS", "Read-only file system")],
    ids=["read-only-folder", "read-only-mount"],
)
def test_a_folder_that_cannot_be_written(tmp_path: Path, code: str, text: str) -> None:
    """A read-only folder, injected where the output is created (the suite may run as root,
    to whom every folder is writable)."""
    out = tmp_path / "out.json"
    out.write_text("previous\n")
    script = FAULT.format(code=code, text=text)
    proc = subprocess.run(
        [sys.executable, "-c", script, "posts", str(DRAFT), "-o", str(out), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == f"profile-lint: error: {out}: cannot be written: {text}\n"
    assert out.read_text() == "previous\n"


def test_running_out_of_space_half_way_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    out.write_text("previous\n")
    real = os.fdopen

    class Full:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def write(self, text: str) -> int:
            self.handle.write(text[:10])  # type: ignore[attr-defined]
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Full(real(*a, **k)))
    with pytest.raises(InputError) as error:
        write_output("x" * 100_000, str(out))
    assert str(error.value) == f"{out}: cannot be written: No space left on device"
    assert out.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
