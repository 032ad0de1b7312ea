"""Text from the input never acts on whoever reads the output: no control character, no
bidirectional override, no GitHub workflow command, no spreadsheet formula
(profile_lint/printable.py, called by every output layer)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from profile_lint.printable import json_text, no_commands, printable, spreadsheet_cell
from tests.cli_runner import run_cli

# Every C0 control but tab and newline, DEL, every C1 control, the separators and the
# bidirectional controls, and what terminals and GitHub Actions act on.
CONTROLS = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\t\n"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
OTHERS = ["\u061c", "\u200e", "\u200f", "\u2028", "\u2029"]
ATTACKS = [
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52: writes the clipboard
    "\x1b]0;owned\x07",  # sets the terminal title
    "\x9b31m",  # CSI as one C1 character
    "\n::error file=x.md,line=1::injected",
    "\r::add-mask::secret",
    "\n::stop-commands::x",
    "\u202eevil\u202c",
]
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def payload(index: int) -> str:
    """A different mix for each field: every character above turns up in some field."""
    extra = "".join(CONTROLS[index::7] + BIDI[index % 9 :: 4] + OTHERS[index % 5 :: 3])
    return f"word{index} {ATTACKS[index % len(ATTACKS)]} {extra} end"


def hostile_profile() -> dict[str, Any]:
    return {
        "basics": {
            "name": "Eve " + payload(0),
            "label": "Payroll lead " + payload(1),
            "summary": "I am passionate. " + payload(2),
            "location": {"city": payload(3)},
        },
        "work": [{"name": payload(4), "position": payload(5), "startDate": "2020-01"}],
        "skills": [{"name": payload(6)}],
        "education": [{"institution": payload(7)}],
    }


def hostile_draft() -> str:
    """A draft with no NUL (that is a binary file, refused)."""
    lines = [f"Line {payload(i)} #tag{i}".replace("\x00", "") for i in range(12)]
    return "\n".join(lines) + "\nLike if you agree!\n"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    profile = folder / "profile.json"
    profile.write_text(json.dumps(hostile_profile()), encoding="utf-8")
    named = folder / "::error file=a::b\x1b]0;t\x07\u202e.json"  # a file name is input too
    named.write_text(json.dumps(hostile_profile()), encoding="utf-8")
    draft = folder / "\n::warning::d.md"
    draft.write_text(hostile_draft(), encoding="utf-8")
    archive = folder / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:  # a member name in a warning
        prefix = "export\n::error::x\u202e/"
        zipped.writestr(prefix + "Profile.csv", "First Name,Last Name,Headline\nEve,X,Lead\n")
        zipped.writestr(prefix + "Skills.csv", "Name\nSQL\n,,,\nPython,x\n")
    return {"profile": profile, "named": named, "draft": draft, "archive": archive}


def assert_inert(text: str, lines_may_start: tuple[str, ...] = (), html: bool = False) -> None:
    """No raw control character; in what a CI log may print, no line starting with `::`
    (an HTML page is not printed: its text may keep the input's line breaks)."""
    found = UNSAFE.findall(text)
    assert not found, f"raw control characters in the output: {sorted(set(found))!r}"
    for line in [] if html else text.splitlines():
        assert not line.startswith("::") or line.startswith(lines_may_start), line


def lint(*args: str, cwd: Path) -> Any:
    never = ["--fail-on", "never"] if args[0] in ("profile", "posts") else []
    cache = [] if args[0] == "parse" else ["--no-cache"]
    proc = run_cli(*args, *cache, *never, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.mark.slow
@pytest.mark.parametrize("command", ["profile", "posts"])
def test_text_output_is_inert(inputs: dict[str, Path], command: str) -> None:
    names = ["profile", "named", "archive"] if command == "profile" else ["draft"]
    paths = [str(inputs[n].name) for n in names]
    proc = lint(command, *paths, cwd=inputs["profile"].parent)
    assert_inert(proc.stdout)
    assert_inert(proc.stderr)
    assert "\\x1b]52" in proc.stdout or "\\x1b]0" in proc.stdout  # shown, escaped


@pytest.mark.slow
def test_github_annotations_are_one_line_each(inputs: dict[str, Path]) -> None:
    folder = inputs["profile"].parent
    paths = [inputs[n].name for n in ("profile", "named", "draft")]
    findings = 0
    lines: list[str] = []
    for command, path in (("profile", paths[0]), ("profile", paths[1]), ("posts", paths[2])):
        data = json.loads(lint(command, path, "--format", "json", cwd=folder).stdout)
        findings += data["summary"]["findings"]
        lines += lint(command, path, "--format", "github", cwd=folder).stdout.splitlines()
    assert len(lines) == findings > 10
    assert all(re.match(r"::(error|warning|notice) file=", line) for line in lines)
    assert_inert("\n".join(lines), ("::error ", "::warning ", "::notice "))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_output_keeps_the_data_and_escapes_it(inputs: dict[str, Path], fmt: str) -> None:
    folder = inputs["profile"].parent
    out = lint("profile", inputs["named"].name, "--format", fmt, cwd=folder).stdout
    assert_inert(out)
    data = json.loads(out)
    if fmt == "json":  # the same data, only written with escapes
        assert data["results"][0]["path"] == inputs["named"].name
    parsed = lint("parse", inputs["profile"].name, cwd=folder).stdout
    assert_inert(parsed)
    assert json.loads(parsed)["basics"]["name"] == hostile_profile()["basics"]["name"]


@pytest.mark.slow
def test_score_and_report_are_inert(inputs: dict[str, Path], tmp_path: Path) -> None:
    folder = inputs["profile"].parent
    for args in (["--explain"], [], ["--format", "json"]):
        proc = lint("score", inputs["named"].name, inputs["archive"].name, *args, cwd=folder)
        assert_inert(proc.stdout)
    out = tmp_path / "cohort"
    proc = lint(
        "report", *(inputs[n].name for n in ("profile", "named")), "-o", str(out), cwd=folder
    )
    assert_inert(proc.stderr)
    for page in out.glob("*.html"):
        assert_inert(page.read_text(encoding="utf-8"), html=True)
    assert_inert((out / "summary.json").read_text(encoding="utf-8"))
    single = tmp_path / "one.html"
    lint(
        "report",
        inputs["archive"].name,
        "--posts",
        inputs["draft"].name,
        "-o",
        str(single),
        cwd=folder,
    )
    assert_inert(single.read_text(encoding="utf-8"), html=True)


STARTERS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]


def formula_names() -> list[str]:
    out = []
    for starter in STARTERS:
        out += [f'{starter}HYPERLINK("http://x")', f" {starter}1+1", f"\t{starter}cmd"]
        for separator in (",", ";", "|", "; ", ",\t"):
            out.append(f"Anna{separator}{starter}cmd|' /C calc'!A0")
    return out


@pytest.mark.slow
def test_summary_csv_runs_no_formula_however_it_is_split(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for index, name in enumerate(formula_names()):
        path = folder / f"p{index}.json"
        path.write_text(json.dumps({"basics": {"name": name, "label": "Lead"}}), encoding="utf-8")
        paths.append(str(path))
    lint("report", *paths, "-o", str(tmp_path / "out"), cwd=tmp_path)
    text = (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(paths)
    for line in text.splitlines()[1:]:
        for piece in re.split(r"[,;|\t]", line):  # any delimiter, quotes ignored
            cell = piece.strip().strip('"').strip()
            assert not cell or cell[0] not in "".join(STARTERS), (line, piece)


@pytest.mark.parametrize("char", CONTROLS + BIDI + OTHERS, ids=lambda c: f"U+{ord(c):04X}")
def test_every_unsafe_character_is_escaped(char: str) -> None:
    text = f"a{char}b\nc"
    assert UNSAFE.search(printable(text)) is None
    assert UNSAFE.search(printable(text, newlines=False)) is None and "\n" not in printable(
        text, False
    )
    document = json.dumps({"k": text}, ensure_ascii=False)
    assert UNSAFE.search(json_text(document)) is None
    assert json.loads(json_text(document)) == {"k": text}
    assert UNSAFE.search(str(spreadsheet_cell(text))) is None


def test_no_line_starts_a_workflow_command() -> None:
    assert no_commands("a\n::error::x\n ::ok\n::") == "a\n ::error::x\n ::ok\n ::"
    assert printable("\u202e") == "\\u202e" and printable("\x1b[31m") == "\\x1b[31m"
