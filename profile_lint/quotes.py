"""Where a text quotes someone: the spans between quotation marks, English and French.

A phrase inside quotation marks is mentioned, not used ("people who write “comment YES”"),
so rules that judge what the writer says skip it. Pairs are “ ” « » „ “ ‘ ’, straight
double quotes taken two by two, and straight single quotes that open before a word and
close after one (an apostrophe inside a word, "don't", is neither). A quote never runs
past a blank line: a mark left open does not swallow the rest of the text.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "'": "'"}
# An opening mark: any of the unambiguous ones, or a straight / curly single quote before
# a letter and not after one (an apostrophe sits between letters).
_OPEN = re.compile(r"[“«„\"]|(?<![\w])['‘](?=[^\W_])")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, in order and not nested."""
    return list(_quoted(text))


@lru_cache(maxsize=8)  # several rules and findings ask about the same text in a row
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    limits = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    unclosed: dict[str, int] = {}  # a mark that found no closing one before this limit
    at = 0
    while (match := _OPEN.search(text, at)) is not None:
        start, mark = match.start(), match.group()
        limit = limits[bisect.bisect_left(limits, start)]
        if unclosed.get(mark) == limit:  # no closing mark after an earlier one: none now
            at = start + 1
            continue
        end = _close(text, start + 1, limit, _PAIRS[mark], single=mark in "'‘")
        if end is None:
            unclosed[mark] = limit
            at = start + 1
            continue
        out.append((start, end))
        at = end
    return tuple(out)


def _close(text: str, at: int, limit: int, marks: str, *, single: bool) -> int | None:
    for index in range(at, limit):
        if text[index] not in marks:
            continue
        if single and index + 1 < len(text) and (text[index + 1].isalnum()):
            continue  # an apostrophe ("don't", "l’équipe"), not the closing quote
        return index + 1
    return None


def is_quoted(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether `start` lies inside one of `spans` (in order, as `quoted_spans` gives them)."""
    index = bisect.bisect_left(spans, (start, start)) - 1
    return index >= 0 and spans[index][0] < start < spans[index][1]


def unbroken(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` widened so that a quotation of it cuts no word and no quotation:
    `Comment "PLAN` becomes `Comment "PLAN"`, `ach` in `Sachez` the whole word."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    spans = _quoted(text)
    first = max(0, bisect.bisect_left(spans, (start, start)) - 1)
    for s, e in spans[first:]:
        if s >= end:
            break
        if start <= s < end < e:
            end = e  # the span opens a quotation: take it up to its closing mark
        elif s < start < e <= end:
            start = s  # the span closes one: take it from its opening mark
    return start, end
