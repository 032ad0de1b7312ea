"""The "see more" fold: what the feed shows of a post before "…see more".

The feed cuts a post by rendered lines (about 3), not by a character count; the ~210
(desktop) and ~140 (mobile) character figures are proxies (folklore, see linkedin-facts.md).
This model spreads the character budget over the lines (a rendered line holds
`max_chars / max_lines` characters), counts every line break as a consumed line, wraps
long lines, and shows only 2 lines when the third would be blank.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DESKTOP_CHARS = 210
FOLD_LINES = 3


@dataclass(frozen=True)
class Preview:
    """The opening the feed shows: `shown_text`, whether the rest is hidden behind
    "…see more" (`truncated`), and where the cut falls in the text (`cut_offset`)."""

    shown_text: str
    truncated: bool
    cut_offset: int
    max_lines: int = FOLD_LINES
    max_chars: int = DESKTOP_CHARS
    mode: str = "desktop"  # or "mobile": which feed the character budget models

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.shown_text,
            "truncated": self.truncated,
            "cut_offset": self.cut_offset,
            "max_lines": self.max_lines,
            "max_chars": self.max_chars,
            "mode": self.mode,
        }


def _cut_in_line(line: str, room: int) -> int:
    """Where a line that does not fit is cut: at the last space within `room` characters."""
    if room >= len(line):
        return len(line)
    space = line.rfind(" ", 0, room + 1)
    return space if space > 0 else room


def fold_preview(
    text: str, max_lines: int = FOLD_LINES, max_chars: int = DESKTOP_CHARS, mode: str = "desktop"
) -> Preview:
    """The part of `text` shown before "…see more" with `max_lines` rendered lines of
    `max_chars / max_lines` characters each (`mode` names the feed modelled)."""
    found = _fold(text, max_lines, max_chars)
    return Preview(found.shown_text, found.truncated, found.cut_offset, max_lines, max_chars, mode)


def _fold(text: str, max_lines: int, max_chars: int) -> Preview:
    width = max(1, max_chars // max(1, max_lines))
    budget = max_lines
    offset = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        is_last = index == len(lines) - 1
        if not line.strip() and budget == 1 and not is_last:
            # A blank last visible line is not shown: the fold comes one line earlier.
            return _preview(text, offset - 1 if offset else 0, max_lines, max_chars)
        need = max(1, math.ceil(len(line) / width))
        if need <= budget:
            budget -= need
            offset += len(line) + (0 if is_last else 1)
            if budget == 0 and not is_last:
                return _preview(text, offset - 1, max_lines, max_chars)
            continue
        cut = _cut_in_line(line, budget * width)
        return _preview(text, offset + cut, max_lines, max_chars)
    return Preview(text, False, len(text), max_lines, max_chars)


def _preview(text: str, cut: int, max_lines: int, max_chars: int) -> Preview:
    if not text[cut:].strip():
        return Preview(text, False, len(text), max_lines, max_chars)
    return Preview(text[:cut].rstrip(), True, cut, max_lines, max_chars)
