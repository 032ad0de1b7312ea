"""Where each field of a JSON profile is in its file: the line and column findings carry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from profile_lint.readers.json_positions import field_spans, locate
from profile_lint.readers.json_profile import _drop_nulls
from tests.cli_runner import run_cli

KEYS = st.text(st.characters(exclude_characters=".[]"), max_size=6)  # as field paths write them
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=20,
)


def _walk(value: Any, path: str = "") -> list[tuple[str, Any]]:
    out = [(path, value)]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _walk(child, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _walk(child, f"{path}[{index}]")
    return out


@settings(max_examples=200, deadline=None)
@given(DOCUMENTS, st.sampled_from([None, 2]), st.booleans())
def test_every_field_span_holds_that_fields_value(
    doc: Any, indent: int | None, ascii_only: bool
) -> None:
    text = json.dumps({"basics": doc}, indent=indent, ensure_ascii=ascii_only)
    spans = field_spans(text)
    for path, value in _walk(_drop_nulls({"basics": doc})):
        start, end = spans[path]
        assert _drop_nulls(json.loads(text[start:end])) == value, path


def test_nulls_the_reader_drops_are_not_counted_but_linkedin_keeps_them() -> None:
    text = '{"work": [null, {"position": "A"}], "linkedin": {"featured": [null, "x"]}}'
    spans = field_spans(text)
    start, end = spans["work[0].position"]
    assert text[start:end] == '"A"'
    assert text[slice(*spans["linkedin.featured[1]"])] == '"x"'


def test_spans_inside_strings_count_escapes_as_one_character() -> None:
    about = 'I am a “team player”.\nCafé ☕ 😀 and "quotes" \\ done'
    for ascii_only in (True, False):
        text = json.dumps({"basics": {"summary": about}}, ensure_ascii=ascii_only)
        spans = field_spans(text)
        for word in ("team player", "done", "quotes"):
            start = about.index(word)
            found = locate(text, spans, "basics.summary", (start, start + len(word)))
            assert found is not None and found[1] is not None
            assert json.loads(f'"{text[found[0] : found[1]]}"') == word


def test_a_missing_field_points_at_where_it_belongs() -> None:
    text = '{\n  "basics": {"name": "A"},\n  "work": []\n}'
    spans = field_spans(text)
    assert locate(text, spans, "basics.summary", None) == (text.index('{"name"'), None)
    assert locate(text, spans, "work[3].summary", None) == (text.index("[]"), None)
    assert locate(text, spans, "education", None) == (0, None)
    assert field_spans("[1, ") == {}  # not scanned: located nowhere


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_outputs_carry_the_fields_line_and_column(tmp_path: Path) -> None:
    profile = {
        "basics": {"name": "A", "summary": "I am passionate about payroll and people."},
        "skills": [{"name": "Payroll"}],
        "linkedin": {"photo": False},
    }
    (tmp_path / "me.json").write_text(json.dumps(profile, indent=2))
    args = ("--select", "buzzwords,photo-missing,skills-too-few,education-missing")
    found = json.loads(
        run_cli("profile", "me.json", "--format", "json", *args, cwd=tmp_path).stdout
    )
    at = {
        f["name"]: (f["line"], f["column"], f["end_line"], f["end_column"])
        for f in found["results"][0]["findings"]
    }
    line = 4  # "summary" is on the 4th line of the indented file
    column = (tmp_path / "me.json").read_text().splitlines()[line - 1].index("passionate") + 1
    assert at["buzzwords"] == (line, column, line, column + len("passionate"))
    assert at["photo-missing"][:2] == (12, 14)
    assert at["education-missing"] == (1, 1, None, None)  # not in the file: the document
    sarif = json.loads(
        run_cli("profile", "me.json", "--format", "sarif", *args, cwd=tmp_path).stdout
    )
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert {
        "startLine": line,
        "startColumn": column,
        "endLine": line,
        "endColumn": column + 10,
    } in regions
    github = run_cli("profile", "me.json", "--format", "github", *args, cwd=tmp_path).stdout
    assert f"line={line},col={column},endLine={line}" in github and "basics.summary: " in github
    text = run_cli("profile", "me.json", *args, cwd=tmp_path).stdout
    assert f"  {line}:{column}" in text and "basics.summary" in text
