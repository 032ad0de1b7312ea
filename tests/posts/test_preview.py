"""The "see more" fold model (profile_lint/preview.py) and how the text output shows it."""

from __future__ import annotations

import pytest

from profile_lint.engine import Fold
from profile_lint.formatters.text import preview_lines
from profile_lint.i18n import Translator
from profile_lint.preview import fold_preview


@pytest.mark.parametrize(
    ("text", "shown", "truncated"),
    [
        ("Short post.", "Short post.", False),
        ("One.\nTwo.\nThree.", "One.\nTwo.\nThree.", False),
        ("One.\nTwo.\nThree.\nFour.", "One.\nTwo.\nThree.", True),  # every break uses a line
        ("One.\nTwo.\n\nFour.", "One.\nTwo.", True),  # a blank third line shows only 2
        ("One.\n\nThree.\nFour.", "One.\n\nThree.", True),
    ],
)
def test_fold_by_lines_and_width(text: str, shown: str, truncated: bool) -> None:
    preview = fold_preview(text)
    assert preview.shown_text == shown
    assert preview.truncated is truncated


def test_long_line_wraps_and_is_cut_between_words() -> None:
    text = "word " * 60
    preview = fold_preview(text)  # three 70-character lines
    assert preview.truncated and 200 < preview.cut_offset <= 210
    assert text[preview.cut_offset] == " " and preview.shown_text == text[: preview.cut_offset]


def test_mobile_shows_less() -> None:
    text = "x " * 100
    assert fold_preview(text, 3, 140).cut_offset < fold_preview(text, 3, 210).cut_offset <= 210


def test_emoji_are_one_character_each() -> None:
    text = "🚀" * 210 + " more"
    assert fold_preview(text).cut_offset == 210


def test_text_output_draws_the_fold() -> None:
    preview = fold_preview("We cut our close.\nHere is how.\nStep one.\nStep two.")
    lines = preview_lines(Fold(preview, 3, 10), Translator("en"))
    assert lines == [
        "  preview before “…see more” (desktop: 3 lines, ~210 characters; the fold is at 3:10):",
        "    │ We cut our close.",
        "    │ Here is how.",
        "    │ Step one.…see more",
    ]
    whole = fold_preview("Short.")
    assert preview_lines(Fold(whole, 1, 7), Translator("en")) == [
        "  preview: the whole post shows in the feed, no “…see more”"
    ]
