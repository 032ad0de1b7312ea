"""Reading drafts: front matter, HTML comments, offsets back into the file, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.errors import InputError
from profile_lint.model import line_column
from profile_lint.readers.drafts import draft_from_text, find_drafts, read_draft
from profile_lint.registry import load_registry

RULES = load_registry(plugins=False).rules


def test_front_matter_is_metadata_not_text() -> None:
    draft = draft_from_text(
        "---\nlang: fr\ntype: document\nrules:\n  hook-too-long: {mobile: true}\n---\n\nBonjour.\n",
        "a.md",
        rules=RULES,
    )
    assert draft.text == "Bonjour."
    assert (draft.lang, draft.type) == ("fr", "document")
    assert draft.options == {"hook-too-long": {"mobile": True}}
    assert line_column(draft.file_text, draft.file_offset(0)) == (8, 1)


def test_other_tools_front_matter_is_left_alone() -> None:
    draft = draft_from_text("---\ntitle: x\ndate: 2026-11-02\nlang: fr\n---\nSalut", "a.md")
    assert (draft.text, draft.lang) == ("Salut", "fr")
    assert draft.title == "x"  # kept for people (the report names the draft by it)
    assert draft_from_text("---\ntitle:  A  new\n  year\n---\nHi").title == "A new year"
    assert draft_from_text("---\ntitle: 2026\n---\nHi").title is None  # not text
    assert draft_from_text("Hi").title is None


def test_rule_options_by_code_and_dashes() -> None:
    draft = draft_from_text("---\nrules:\n  PO009: {max-hashtags: 2}\n---\nHi", "a.md", rules=RULES)
    assert draft.options == {"hashtags-too-many": {"max_hashtags": 2}}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nlang: de\n---\nHi", "a.md:2: lang: expected en or fr, got 'de'"),
        ("---\ntype: carousel\n---\nHi", "a.md:2: type: expected one of text, document"),
        ("---\nlang: [en\n---\nHi", "a.md:3: invalid YAML in front matter"),
        ("---\nlang: en\nHi", "a.md:1: front matter opened with --- is never closed"),
        ("---\n- a\n- b\n---\nHi", "a.md:2: front matter must be a YAML mapping"),
        ("---\nrules:\n  no-such-rule: {x: 1}\n---\nHi", "a.md:3: rules.no-such-rule: no rule"),
        (
            "---\nrules:\n  bare-link:\n    min-words: many\n---\nHi",
            "a.md:4: rules.bare-link.min-words: expected int, got str",
        ),
        (
            "---\nrules:\n  bare-link: {colour: red}\n---\nHi",
            "rules.bare-link.colour: unknown option (known: min_words)",
        ),
        ("---\nprofile-lint: {enable: [x]}\n---\nHi", "profile-lint.enable: unknown key"),
        ("Hi <!-- never closed\nmore", "a.md:1: HTML comment is never closed"),
        ("<!-- profile-lint-disabel bare-link -->\nHi", "a.md:1:1: unknown directive"),
    ],
)
def test_bad_front_matter_and_comments(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        draft_from_text(text, "a.md", rules=RULES)
    assert message in str(err.value)


def test_html_comments_are_not_post_text() -> None:
    text = "<!-- idea -->\nFirst line <!-- aside --> end.\n<!--\nmulti\nline\n-->\nLast line.\n"
    draft = draft_from_text(text, "a.md")
    assert draft.text == "First line  end.\nLast line."
    start = draft.text.index("Last")
    assert line_column(text, draft.file_offset(start)) == (7, 1)


def test_crlf_and_bom() -> None:
    text = "\ufeff---\r\nlang: en\r\n---\r\nOne.\r\n\r\nTwo https://example.com\r\n"
    draft = draft_from_text(text, "a.md")
    assert draft.text == "One.\n\nTwo https://example.com"
    start = draft.text.index("https")
    assert line_column(draft.file_text, draft.file_offset(start)) == (6, 5)


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="ab \n\r🚀é", max_size=12),
            st.just("<!-- note -->"),
            st.just("\n<!-- profile-lint-disable -->\n"),
        ),
        max_size=8,
    )
)
def test_every_judged_character_maps_to_the_same_character(parts: list[str]) -> None:
    text = "".join(parts)
    draft = draft_from_text(text, "a.md")
    for index, char in enumerate(draft.text):
        assert draft.file_text[draft.file_offset(index)] == char


def test_empty_file_is_a_draft_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("")
    assert read_draft(str(path)).text == ""
    path.write_text("  \n\n")
    assert read_draft(str(path)).text == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary", "looks like a binary file"),
        (b"caf\xe9 au lait", "invalid UTF-8 (byte 0xe9)"),
    ],
)
def test_unreadable_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        read_draft(str(path))


def test_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("x" * 200)
    with pytest.raises(InputError, match="over the 100-byte cap"):
        read_draft(str(path), max_bytes=100)


def test_find_drafts_recursively_with_globs(tmp_path: Path) -> None:
    for name in (
        "a.md",
        "b.markdown",
        "c.txt",
        "d.json",
        "sub/e.md",
        "sub/skip.md",
        ".git/f.md",
        "notes/g.rst",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Hi")
    found = {Path(p).relative_to(tmp_path).as_posix() for p in find_drafts([str(tmp_path)])}
    assert found == {"a.md", "b.markdown", "c.txt", "sub/e.md", "sub/skip.md"}
    found = find_drafts([str(tmp_path)], include=["*.md", "*.rst"], exclude=["skip.md"])
    names = {Path(p).relative_to(tmp_path).as_posix() for p in found}
    assert names == {"a.md", "sub/e.md", "notes/g.rst"}
    with pytest.raises(InputError, match="no draft files found"):
        find_drafts([str(tmp_path / "notes")])
