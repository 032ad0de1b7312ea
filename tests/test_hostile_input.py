"""Hostile input, by class (issue 11): generated worst cases end in seconds, and what cannot
be read is one line naming the file (and the place), exit 2, never a traceback.

The worst-case texts are every character or pattern that made a tokenizer, a regex or a
rule go quadratic, repeated to the longest text profile-lint reads (text.MAX_TEXT), in a
draft and in an About, with what rules look for on either side."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from profile_lint.cli import cli
from profile_lint.readers.drafts import draft_from_text
from profile_lint.readers.json_profile import MAX_DEPTH, MAX_VALUES, profile_from_data
from profile_lint.text import MAX_PROFILE_TEXT, MAX_TEXT
from tests.cli_runner import FIXTURES, run_cli
from tests.fuzz.common import REGISTRY, lint_draft, lint_profile, time_limit

UNITS = [
    *"=$+%—_#*-.!~'\"/\\()[]{}<>?@&|:;,…·•😀𝗕 \t\n\u00a0\u202e",
    "!?", "'s", "=-", "a.\n", "a\n\n", "# h\n", "- i\n", "**a** ", "[a](https://", "[a", "#a ",
    "@a ", "https://a.b #x @y ", "a-", "a.", "1", "I ", "l'", "CEO at Acme ", "<!-- x -->",
]  # fmt: skip
AROUND = ("x ", " passionate. Contact me? jo@acme.com")


def worst(unit: str) -> str:
    body = MAX_TEXT - len(AROUND[0]) - len(AROUND[1])
    return AROUND[0] + unit * (body // len(unit)) + AROUND[1]


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS, ids=lambda u: repr(u)[1:-1] or "empty")
@pytest.mark.parametrize("where", ["draft", "about", "headline", "position"])
def test_worst_case_text_ends_in_seconds(unit: str, where: str) -> None:
    """A hang guard (10 s, against minutes before), not a speed test: benchmarks measure."""
    text = worst(unit)
    with time_limit(10.0):
        if where == "draft":
            lint_draft(draft_from_text(text, "d.md", rules=REGISTRY.rules))
            return
        data = {"basics": {"name": "Ada", "summary": "I build.", "label": "Engineer"}}
        data["work"] = [{"name": "Acme", "position": "Engineer", "summary": "Shipped."}]
        if where == "about":
            data["basics"]["summary"] = text
        elif where == "headline":
            data["basics"]["label"] = text
        else:
            data["work"][0]["position"] = text
        lint_profile(profile_from_data("p.json", data))


ABOUT = ("I build data pipelines with Python for passionate finance teams. " * 1500)[:95_000]
SHAPES = {  # near the caps: 20,000 values, 500,000 characters of text
    "positions": {
        "work": [
            {"name": f"Passionate {i}", "position": f"Dynamic lead {i}", "startDate": "2020-01",
             "summary": "I am a passionate and dynamic leader.", "endDate": "2019-01"}
            for i in range(3_300)
        ]
    },
    "skills": {"basics": {"summary": ABOUT},
               "skills": [{"name": f"Skill {i} python"} for i in range(9_900)]},
    "highlights": {"work": [{"name": "Acme", "position": "Lead",
                             "highlights": ["Responsible for managing the team"] * 14_000}]},
    "everything": {
        "basics": {"label": "CEO at Acme | Python", "summary": ABOUT},
        "work": [{"name": f"Acme {i}", "position": f"Lead {i}", "summary": ABOUT[:95]}
                 for i in range(2_500)],
        "skills": [{"name": f"S{i}"} for i in range(2_000)],
    },
}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
def test_worst_case_profile_shapes_end_in_seconds(shape: str) -> None:
    """Many positions, skills or highlights: what a rule does for each pair of them (every
    text against every position's name) shows here."""
    data = {"basics": {"name": "Ada", "label": "Engineer"}, **SHAPES[shape]}
    with time_limit(10.0):
        lint_profile(profile_from_data("p.json", data))


def nested(depth: int, leaf: str = "1") -> str:
    return '{"a": ' * depth + leaf + "}" * depth


def aes_pdf() -> bytes:
    """An AES-256 (R6) encrypted PDF: reading it needs the `cryptography` package."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /StmF /StdCF /StrF /StdCF "
        b"/CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> "
        + b" ".join(b"/%s <%s>" % (k, b"ab" * n) for k, n in ((b"O", 48), (b"U", 48),
                                                             (b"OE", 32), (b"UE", 32),
                                                             (b"Perms", 16)))
        + b" >>",
    ]  # fmt: skip
    out = io.BytesIO(b"%PDF-1.7\n")
    out.seek(0, 2)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    ident = b"<00112233445566778899aabbccddeeff>"
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, ident, ident, xref)
    )
    return out.getvalue()


def long_pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for _ in range(pages):
        pdf.add_page()
        pdf.cell(text="word")
    return bytes(pdf.output())


def deep_yaml(depth: int) -> str:
    return "[" * depth + "]" * depth


# name -> (file name, content, extra arguments, what the one line says)
ERRORS: dict[str, tuple[str, bytes | str, list[str], str]] = {
    **{
        f"json-{depth}-deep": ("p.json", nested(depth), [], f"nested over {MAX_DEPTH} levels deep")
        for depth in (MAX_DEPTH + 1, 500, 979, 5_000, 100_000)
    },
    "json-list-deep": ("p.json", '{"skills": ' + "[" * 900 + "]" * 900 + "}", [], "levels deep"),
    "json-too-many-values": (
        "p.json",
        json.dumps({"skills": [{"name": "x"}] * MAX_VALUES}),
        [],
        f"holds over {MAX_VALUES:,} values",
    ),
    **{
        f"json-{digits}-digits": (
            "p.json",
            '{"linkedin": {"connections": ' + "9" * digits + "}}",
            [],
            ":1:30: invalid JSON: a number of over 4,300 digits",
        )
        for digits in (4_301, 10_000)
    },
    **{
        f"surrogate-{where}": ("p.json", text, [], f"{field}: a lone surrogate escape")
        for where, text, field in (
            ("value", '{"basics": {"name": "A\\udfff"}}', "basics.name"),
            ("key", '{"basics": {"n\\ud800": "A"}}', "basics.n\\ud800"),
            ("list", '{"skills": [{"name": "\\udc00x"}]}', "skills[0].name"),
        )
    },
    "about-over-max-text": (
        "p.json",
        json.dumps({"basics": {"summary": "word " * (MAX_TEXT // 5 + 1)}}),
        [],
        f"basics.summary: {MAX_TEXT + 5:,} characters, over the {MAX_TEXT:,}",
    ),
    "profile-over-max-total": (
        "p.json",
        json.dumps({"work": [{"summary": "word " * 19_000}] * (MAX_PROFILE_TEXT // 95_000 + 1)}),
        [],
        f"over the {MAX_PROFILE_TEXT:,} profile-lint reads in one profile",
    ),
    "paste-over-max-total": (
        "p.txt",
        "Ada\nEngineer\nAbout\n" + "I build.\n" * (MAX_PROFILE_TEXT // 9 + 1),
        [],
        f"over the {MAX_PROFILE_TEXT:,} profile-lint reads in one profile",
    ),
    "draft-over-max-text": ("d.md", "word " * (MAX_TEXT // 5 + 1), [], "the post is"),
    "draft-file-over-a-million": (
        "d.md",
        "Hi\n" + "<!-- x -->" * 100_001,
        [],
        "over the 1,000,000 profile-lint reads in a draft file",
    ),
    "front-matter-huge-number": (
        "d.md",
        "---\nrules:\n  hook-too-long: {max-chars: " + "9" * 5_000 + "}\n---\nHi\n",
        [],
        ":2: rules: unreadable value (Exceeds the limit (4300 digits)",
    ),
    "front-matter-bad-date-ours": ("d.md", "---\nlang: 2026-02-30\n---\nHi\n", [], ":2: lang:"),
    "front-matter-deep": ("d.md", f"---\nrules: {deep_yaml(20_000)}\n---\nHi\n", [], ":2:"),
    "too-many-suppressions": (
        "d.md",
        "Hi\n" + "<!-- profile-lint-disable-next-line bare-link -->\n" * 1_001,
        [],
        ":1002:1: more than 1,000 profile-lint comments",
    ),
    "too-many-disables": (
        "d.md",
        "---\nprofile-lint: {disable: [" + ", ".join(["x"] * 1_001) + "]}\n---\nHi\n",
        [],
        "profile-lint.disable: more than 1,000 rules to disable",
    ),
    "pdf-101-pages": ("p.pdf", long_pdf(101), [], "101 pages, over the 100"),
    "pdf-aes": ("p.pdf", aes_pdf(), [], "encrypted with AES, which profile-lint does not read"),
    "with-deep-facts": ("f.json", nested(900), ["--with", "f.json"], "f.json: a.a.a.a...: nested"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_input_that_cannot_be_read_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """In this process (the command line is the same code; 40 interpreters cost a minute)."""
    name, content, extra, expected = ERRORS[case]
    path = tmp_path / name
    (path.write_text if isinstance(content, str) else path.write_bytes)(content)  # type: ignore[operator]
    command = "posts" if name.endswith(".md") else "profile"
    target = str(FIXTURES / "profiles" / "weak-en.json") if "--with" in extra else name
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [command, target, *extra, "--no-cache"])
    assert result.exit_code == 2, (result.exception, result.stdout[-500:], result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("profile-lint: error: ") and expected in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize(
    ("setting", "ok"),
    [("9223372036854775807", False), ("104857601", False), ("0", False), ("104857600", True)],
)
def test_max_file_size_is_bounded(tmp_path: Path, setting: str, ok: bool) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.profile-lint]\nmax-file-size = {setting}\n")
    (tmp_path / "p.json").write_text('{"basics": {"name": "Ada"}}')
    proc = run_cli("profile", "p.json", "--no-cache", "--fail-on", "never", cwd=tmp_path)
    if ok:
        assert proc.returncode == 0, proc.stderr
    else:
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1
        assert "max-file-size: expected a number of bytes from 1 to 104,857,600" in proc.stderr


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
def test_as_of_out_of_range_is_a_usage_error(day: str) -> None:
    proc = run_cli("profile", str(FIXTURES / "profiles" / "weak-en.json"), "--as-of", day)
    assert proc.returncode == 2 and "expected a date from 1900-01-01 to 2199-12-31" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "header", "row"),
    [
        ("Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
         '0001-01-01 10:00:00,https://x,"Hello",,,MEMBER_NETWORK'),
        ("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
         "A,B,,,C,CEO,01 Jan 0001"),
        ("Reactions.csv", "Date,Type,Link", "9999-12-31 10:00:00,LIKE,https://x"),
        ("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On",
         "Acme,CEO,,,Jan 0001,"),
    ],
)  # fmt: skip
def test_an_archive_row_dated_year_1_is_named(
    tmp_path: Path, name: str, header: str, row: str
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / name).write_text(f"{header}\n{row}\n")
    (folder / "Profile.csv").write_text("First Name,Last Name,Headline\nAda,L,Engineer\n")
    proc = run_cli("parse", str(folder))
    assert proc.returncode == 0, proc.stderr
    warnings = json.loads(proc.stdout)["import_warnings"]
    assert {"file": name, "line": 2} == {k: warnings[0][k] for k in ("file", "line")}
    assert "unreadable date" in warnings[0]["what"] or "no " in warnings[0]["what"]
    linted = run_cli("profile", str(folder), "--no-cache", "--fail-on", "never")
    assert linted.returncode == 0 and "failed" not in linted.stderr, linted.stderr


def test_the_archive_export_date_in_the_name_is_checked_too(tmp_path: Path) -> None:
    folder = tmp_path / "Basic_LinkedInDataExport_01-01-0001"
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name,Headline\nAda,L,Engineer\n")
    proc = run_cli("parse", str(folder))
    assert proc.returncode == 0 and json.loads(proc.stdout).get("exported") is None


def test_a_rule_reports_at_most_200_findings_and_says_so() -> None:
    draft = draft_from_text("Hello.\n" + "# heading\n" * 300, "d.md", rules=REGISTRY.rules)
    result = lint_draft(draft)
    assert sum(1 for f in result.findings if f.name == "markdown-syntax") == 200
    notes = [w.what for w in result.import_warnings]
    assert (
        "rule markdown-syntax: 200 findings shown, the most a rule reports on one document" in notes
    )


def test_a_text_longer_than_the_analysis_window_says_it_was_cut() -> None:
    about = "I help finance teams close faster. " * 400  # 14,000 characters
    result = lint_profile(profile_from_data("p.json", {"basics": {"summary": about}}))
    assert [w.what for w in result.import_warnings] == [
        "basics.summary: 14,000 characters; only the first 10,000 are analysed for wording "
        "(LinkedIn's longest text, a post, is 3,000)"
    ]
    draft = lint_draft(draft_from_text("Hi there. " * 1_500, "d.md"))
    assert draft.import_warnings[0].what.startswith("the post: 14,999 characters; only the first")
