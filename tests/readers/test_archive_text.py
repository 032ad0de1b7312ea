"""Undoing the archive's text mangling: wrapped post lines, flattened bullets, list cells."""

from __future__ import annotations

import pytest

from profile_lint.readers.archive.textfix import list_cell, paragraphs, split_bullets, unwrap_post


@pytest.mark.parametrize(
    ("seen", "written"),
    [
        ('line one"\n""\n"line three', "line one\n\nline three"),
        ('He said "hi""\n"ok', 'He said "hi"\nok'),
        ('"Quoted" start"\n""quoted" end', '"Quoted" start\n"quoted" end'),
        ("single line", "single line"),
        ('"a quote"', '"a quote"'),
        ("plain\nmulti-line text", "plain\nmulti-line text"),  # not the pattern: left alone
        ('one"\r\n""\r\n"two', "one\n\ntwo"),  # a CRLF file
    ],
)
def test_unwrap_post(seen: str, written: str) -> None:
    assert unwrap_post(seen) == written


def test_split_bullets_inline_dots() -> None:
    text = "Teams lose hours. I close that gap.  • Partner with sales • Design UX for 3 apps"
    assert split_bullets(text) == (
        "Teams lose hours. I close that gap.",
        ["Partner with sales", "Design UX for 3 apps"],
    )


def test_split_bullets_flattened_dashes() -> None:
    assert split_bullets("Led the team.  - Grew revenue 20%  - Hired 5 people") == (
        "Led the team.",
        ["Grew revenue 20%", "Hired 5 people"],
    )


def test_split_bullets_without_lead() -> None:
    assert split_bullets("• One thing • Another thing") == ("", ["One thing", "Another thing"])


@pytest.mark.parametrize(
    "text",
    ["Paris - France office, 3 - 5 people.", "One bullet • only here", "Plain text."],
)
def test_no_split_when_unclear(text: str) -> None:
    assert split_bullets(text) == (text, [])


def test_paragraphs() -> None:
    assert paragraphs("First paragraph.  Second one.   Third.") == (
        "First paragraph.\nSecond one.\nThird."
    )
    assert paragraphs("Kept a line break.\r\nLike this.") == "Kept a line break.\nLike this."


def test_list_cells() -> None:
    assert list_cell("[COMPANY:https://a.example],[PERSONAL:https://b.example]") == [
        ("COMPANY", "https://a.example"),
        ("PERSONAL", "https://b.example"),
    ]
    assert list_cell("[handle]") == [("", "handle")]
    assert list_cell("PORTFOLIO:http://a.example, PORTFOLIO:https://b.example") == [
        ("PORTFOLIO", "http://a.example"),
        ("PORTFOLIO", "https://b.example"),
    ]
    assert list_cell("") == []
