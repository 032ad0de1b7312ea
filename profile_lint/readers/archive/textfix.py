"""Undo what the archive does to text: wrapped post lines, flattened descriptions, list cells."""

from __future__ import annotations

import re

# A flattened paragraph break: LinkedIn writes a newline of Positions, Profile, Projects and
# Recommendations text as two spaces (a real line break, in a file that kept one, counts too).
# Each blank run is matched whole, then judged (a regex such as `\s*\n` would rescan a run
# of 120,000 tabs from each of its characters).
_BLANKS = re.compile(r"\s+")
# Bullet markers that start a flattened line, and the unambiguous ones also seen inline.
_MARKERS = "•▪●◦‣∙·➢➤►▶✓✔✅☑→-–—*"
_INLINE = re.compile(r"(?<!\s)\s+(?=[•▪●◦‣➢➤►▶✓✔✅☑]\s)")
_LEAD = re.compile(rf"^[{re.escape(_MARKERS)}]\s+")
_LIST_ITEM = re.compile(r"\[([^\[\]]*)\]")


def unwrap_post(text: str) -> str:
    """Posts: each line of ShareCommentary is wrapped in a literal `"` (the first line's
    opening and the last line's closing quote are the CSV field's own), so every line break
    reads `"\n"`. Undo it only when every line break shows the pattern, so an ordinary
    multi-line text is left alone."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "\n" in text and text.count("\n") == text.count('"\n"'):
        return text.replace('"\n"', "\n")
    return text


def _split_breaks(text: str) -> list[str]:
    """The pieces of `text` between paragraph breaks (two spaces, or a line break)."""
    pieces, start = [], 0
    for blanks in _BLANKS.finditer(text):
        if "  " in blanks.group() or "\n" in blanks.group():
            pieces.append(text[start : blanks.start()])
            start = blanks.end()
    pieces.append(text[start:])
    return pieces


def paragraphs(text: str) -> str:
    """A flattened text with its paragraph breaks restored as line breaks."""
    return "\n".join(p.strip() for p in _split_breaks(text.strip()) if p.strip())


def split_bullets(text: str) -> tuple[str, list[str]]:
    """(lead text, bullets) of a flattened description such as
    `Led the team.  • Partner with sales • Design UX`. No split (all lead, no bullets)
    unless at least two bullets are clear."""
    pieces: list[str] = []
    for part in _split_breaks(text.strip()):
        pieces.extend(p for p in _INLINE.split(part) if p.strip())
    bullets = [i for i, p in enumerate(pieces) if _LEAD.match(p.strip())]
    if len(bullets) < 2:
        return paragraphs(text), []
    first = bullets[0]
    lead = "\n".join(p.strip() for p in pieces[:first])
    items = [_LEAD.sub("", p.strip()).strip() for p in pieces[first:]]
    return lead, [i for i in items if i]


def list_cell(value: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a list cell: `[COMPANY:https://a],[PERSONAL:https://b]`,
    `[handle]`, or the 2018 form `PORTFOLIO:http://a, PORTFOLIO:https://b`."""
    value = value.strip()
    if not value:
        return []
    items = _LIST_ITEM.findall(value) if value.startswith("[") else value.split(", ")
    out = []
    for item in items:
        item = item.strip()
        label, sep, rest = item.partition(":")
        if sep and label.isalpha() and label.isupper() and rest:
            out.append((label, rest.strip()))
        elif item:
            out.append(("", item))
    return out
