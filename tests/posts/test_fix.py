"""`posts --fix` and `--diff`: fixes that cannot change meaning, written atomically in place."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tests.cli_runner import run_cli

DRAFT = (
    "𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: our close takes  two days now.   \n\n\n\n"
    "## What changed\n\n**One checklist**, owned by one person.\n\n"
    "Read it: [the report](https://example.com/r)\n\nWhich step would you cut first?\n"
)
FIXED = (
    "Big news: our close takes two days now.\n\n"
    "What changed\n\nOne checklist, owned by one person.\n\n"
    "Read it: [the report](https://example.com/r)\n\nWhich step would you cut first?\n"
)
FIXABLE = ("--select", "unicode-styled-text,markdown-syntax,stray-spaces,blank-lines")


def test_fix_rewrites_the_file_in_place_and_reports_what_is_left(tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_bytes(b"\xef\xbb\xbf" + DRAFT.encode())  # with a byte order mark
    os.chmod(draft, 0o640)
    before = json.loads(
        run_cli("posts", "post.md", "--format", "json", *FIXABLE, cwd=tmp_path).stdout
    )
    fixable = [f["name"] for f in before["results"][0]["findings"] if f["fixable"]]
    assert sorted(fixable) == [
        "blank-lines",
        "markdown-syntax",
        "markdown-syntax",
        "stray-spaces",
        "unicode-styled-text",
    ]
    assert before["summary"]["fixable"] == 5 and "fixed" not in before["summary"]
    proc = run_cli("posts", "post.md", "--fix", "--format", "json", *FIXABLE, cwd=tmp_path)
    after = json.loads(proc.stdout)
    assert after["summary"]["fixed"] == 5 and after["summary"]["fixable"] == 0
    (left,) = after["results"][0]["findings"]  # the link: where it goes is the author's choice
    assert left["name"] == "markdown-syntax" and not left["fixable"]
    assert draft.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]  # no temporary left
    again = run_cli("posts", "post.md", "--fix", *FIXABLE, cwd=tmp_path)
    assert "Fixed" not in again.stdout and draft.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()


def test_text_output_marks_what_can_be_fixed(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(DRAFT)
    text = run_cli("posts", "post.md", *FIXABLE, cwd=tmp_path).stdout
    marked = [line for line in text.splitlines() if "[*] " in line and "[" in line.split("[*] ")[1]]
    assert len(marked) == 5
    assert "[*] 5 problems can be fixed with --fix" in text
    fixed = run_cli("posts", "post.md", "--fix", *FIXABLE, cwd=tmp_path).stdout
    assert "Fixed 5 problems." in fixed and "can be fixed" not in fixed
    stats = run_cli("posts", "post.md", "--statistics", *FIXABLE, cwd=tmp_path).stdout
    assert stats.split() == ["1", "PO014", "markdown-syntax"]


def test_diff_changes_nothing_and_exits_1_when_there_is_something_to_fix(tmp_path: Path) -> None:
    draft = tmp_path / "post.md"
    draft.write_text(DRAFT)
    proc = run_cli("posts", "post.md", "--diff", *FIXABLE, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("--- a/post.md\n+++ b/post.md\n@@ ")
    assert (
        "-**One checklist**, owned by one person.\n+One checklist, owned by one person.\n"
        in proc.stdout
    )
    assert draft.read_text() == DRAFT
    (tmp_path / "clean.md").write_text(FIXED)
    clean = run_cli("posts", "clean.md", "--diff", *FIXABLE, cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == ""


def test_fix_on_standard_input_prints_the_fixed_draft() -> None:
    proc = run_cli("posts", "-", "--fix", *FIXABLE, stdin=DRAFT)
    assert proc.stdout == FIXED
    assert "Fixed 5 problems." in proc.stderr and "markdown-syntax" in proc.stderr
    untouched = run_cli("posts", "-", "--fix", "--select", "PO014", stdin="Plain words.\n")
    assert untouched.stdout == "Plain words.\n" and untouched.returncode == 0


def test_fix_leaves_comments_and_front_matter_alone(tmp_path: Path) -> None:
    head = "---\nlang: en\ntitle:   kept   as is\n---\n"
    text = head + "First  line.\n\n<!-- keep  this -->\n\n\nSecond.\n"
    (tmp_path / "post.md").write_text(text)
    run_cli("posts", "post.md", "--fix", *FIXABLE, cwd=tmp_path)
    assert (tmp_path / "post.md").read_text() == (
        head + "First line.\n\n<!-- keep  this -->\n\n\nSecond.\n"
    )
