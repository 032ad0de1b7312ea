"""Text cut into segments for the templates: plain parts and parts to set apart.

A segment is `(text, kind)`: kind "" is plain text, "mark" a part a finding is about,
"code" inline code of our documentation, "fill" a part of a draft the member fills in.
The templates escape every segment's text; nothing here builds markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Segment = tuple[str, str]

_CODE = re.compile(r"`([^`\n]+)`")
_EMPHASIS = re.compile(r"\*\*([^*\n]+)\*\*|(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_FILL = re.compile(r"\[[^\[\]\n]{1,120}\]")
_LEVEL = re.compile(r"^\(\w+\)[,:]?\s*")


def documentation(text: str) -> list[Segment]:
    """Our documentation's Markdown (a rule's source) as segments: `code` as code,
    emphasis without its asterisks, never shown as Markdown."""
    out: list[Segment] = []
    last = 0
    for found in _CODE.finditer(text):
        out.append((_plain(text[last : found.start()]), ""))
        out.append((found.group(1), "code"))
        last = found.end()
    out.append((_plain(text[last:]), ""))
    return [s for s in out if s[0]]


def _plain(text: str) -> str:
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)


def without_level(source: str) -> str:
    """A rule's source without the evidence level it opens with ("(coach): ..."), which
    the report shows once, as a label."""
    return _LEVEL.sub("", source, count=1)


def draft(text: str) -> list[Segment]:
    """A draft to adapt: the [parts in square brackets] are for the member to fill in."""
    out: list[Segment] = []
    last = 0
    for found in _FILL.finditer(text):
        out.append((text[last : found.start()], ""))
        out.append((found.group(0), "fill"))
        last = found.end()
    out.append((text[last:], ""))
    return [s for s in out if s[0]]


def marked(text: str, spans: Iterable[tuple[int, int] | None], room: int = 600) -> list[Segment]:
    """`text` with the spans marked: all of it when it is short, else about `room`
    characters around the first span."""
    ranges = sorted(
        (max(0, a), min(len(text), b)) for a, b in (s for s in spans if s) if b > a >= 0
    )
    left, right = 0, len(text)
    if len(text) > room:
        first = ranges[0][0] if ranges else 0
        left = max(0, first - room // 3)
        right = min(len(text), left + room)
    out: list[Segment] = [("…", "")] if left else []
    at = left
    for start, end in ranges:
        start, end = max(start, at), min(end, right)
        if end <= start:
            continue
        out += [(text[at:start], ""), (text[start:end], "mark")]
        at = end
    out.append((text[at:right], ""))
    if right < len(text):
        out.append(("…", ""))
    return [s for s in out if s[0]]


def line_of(text: str, span: tuple[int, int] | None, room: int = 160) -> list[Segment]:
    """The line a span is on, cut to about `room` characters around it, the span marked
    (a post's findings quote their line, not the whole post again)."""
    if span is None:
        return []
    start, end = max(0, min(span[0], len(text))), max(0, min(span[1], len(text)))
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", max(start, end - 1) if end > start else start)
    tail = len(text) if tail < 0 else tail
    end = min(max(end, start), tail)
    left = max(head, start - room // 3)
    right = min(tail, max(end, left) + room // 2)
    if end - start > room:
        end = start + room
    out: list[Segment] = [("…", "")] if left > head else []
    out += [(text[left:start], ""), (text[start:end], "mark"), (text[end:right], "")]
    if right < tail:
        out.append(("…", ""))
    return [s for s in out if s[0]]
