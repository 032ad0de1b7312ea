"""Every kind of bad input: exit 2, one line naming the file (and place), no traceback,
nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

SAMPLE = {"basics": {"name": "Jordan Miles"}, "skills": [{"name": "Sales"}]}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


CASES = {
    "missing": (None, "no such file"),
    "invalid-json": (b'{"basics": {"name": "Jo",}\n}', ":1:26: invalid JSON"),
    "invalid-json-line-3": (b'{\n  "basics": {},\n  "work": [1,,2]\n}', ":3:14: invalid JSON"),
    "wrong-shape-work": (b'{"work": "Acme"}', "work: expected a list, got text"),
    "number-as-text": (
        b'{"work": [{"name": "Acme", "position": 42}]}',
        "work[0].position: expected text, got a number",
    ),
    "headline-number": (b'{"linkedin": {"headline": 7}}', "linkedin.headline: expected text"),
    "photo-wrong-type": (b'{"linkedin": {"photo": 3}}', "linkedin.photo"),
    "top-level-list": (b"[1, 2]", "expected a JSON object"),
    "empty": (b"", "file is empty"),
    "blank": (b"  \n\t\n", "file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "invalid-utf8": (b'{"basics": {"name": "Jos\xe9"}}', ":1:25: invalid UTF-8"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["profile", "parse"])
def test_bad_input(tmp_path: Path, case: str, command: str) -> None:
    data, expected = CASES[case]
    path = tmp_path / "in.json" if data is None else _write(tmp_path, "in.json", data)
    out = tmp_path / "out.json"
    args = [command, str(path)] + (
        ["-o", str(out), "--format", "json"] if command == "profile" else []
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = run_cli(*args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert str(path) in lines[0]
    assert expected in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_file_over_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"basics": {"summary": "x" * 5000}}))
    config = tmp_path / ".profile-lint.toml"
    config.write_text("max-file-size = 1000\n")
    for command in ("profile", "parse", "score", "report"):
        proc = run_cli(command, str(path), cwd=tmp_path)
        assert proc.returncode == 2, (command, proc.stderr)
        assert str(path) in proc.stderr and "1,000-byte cap" in proc.stderr
        assert "Traceback" not in proc.stderr
    assert not (tmp_path / "report.html").exists()
    assert run_cli("parse", str(path), "--max-file-size", "100000", cwd=tmp_path).returncode == 0


def test_default_cap_is_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b'{"basics": {"summary": "')
        handle.truncate(21 * 1024 * 1024)
    proc = run_cli("parse", str(path))
    assert proc.returncode == 2
    assert "20,971,520-byte cap" in proc.stderr


def test_directory_is_not_a_profile(tmp_path: Path) -> None:
    proc = run_cli("profile", str(tmp_path), "--input-format", "json")
    assert proc.returncode == 2
    assert str(tmp_path) in proc.stderr


def test_one_bad_file_stops_the_run_before_any_output(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(SAMPLE))
    bad = _write(tmp_path, "bad.json", b'{"work": 3}')
    out = tmp_path / "report.sarif"
    proc = run_cli("profile", str(good), str(bad), "--format", "sarif", "-o", str(out))
    assert proc.returncode == 2
    assert not out.exists()
    assert "bad.json" in proc.stderr


def test_bad_input_keeps_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous good report")
    bad = _write(tmp_path, "bad.json", b"{")
    proc = run_cli("profile", str(bad), "-o", str(out))
    assert proc.returncode == 2
    assert out.read_text() == "previous good report"


def test_pattern_problems_are_warnings_not_errors(tmp_path: Path) -> None:
    path = tmp_path / "dates.json"
    path.write_text(json.dumps({"work": [{"name": "Acme", "startDate": "Jan 2020"}]}))
    proc = run_cli("parse", str(path))
    assert proc.returncode == 0, proc.stderr
    warnings = json.loads(proc.stdout)["import_warnings"]
    assert warnings and "work[0].startDate" in warnings[0]["what"]


def test_usage_error_exits_2() -> None:
    proc = run_cli("profile", "--format", "yaml", "x.json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
