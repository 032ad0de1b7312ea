"""Helpers shared by the experience rules: a position's title and description.

JSON Resume splits a description into `summary` and `highlights` (some tools write
`description`); LinkedIn has a single description field. The text judged is those parts
joined by line breaks, as they would be pasted into LinkedIn.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from profile_lint.rule import Msg, Profile

TEXT_FIELDS = ("summary", "description")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse(value: object) -> tuple[int, ...] | None:
    """A JSON Resume date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as a tuple of its parts."""
    match = _DATE.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    parts = tuple(int(p) for p in match.groups() if p is not None)
    try:
        date(*(*parts, 1, 1)[:3])  # rejects 2021-13 and 2021-02-30
    except ValueError:
        return None
    return parts


def recent(profile: Profile, as_of: date, settle_months: int = 3) -> set[int]:
    """The indexes of the current positions (no end date, or one not yet past) and of the
    most recent one (latest start, else first in the list). A position started less than
    `settle_months` ago is too new to judge: the one before it counts as most recent."""

    def start(item: tuple[int, dict[str, Any]]) -> tuple[int, tuple[int, ...], int]:
        parts = parse(item[1].get("startDate"))
        return (0, tuple(-p for p in (*parts, 1, 1)[:3]), item[0]) if parts else (1, (), item[0])

    def months_ago(parts: tuple[int, ...]) -> int:
        return (as_of.year - parts[0]) * 12 + as_of.month - (*parts, 1)[1]

    settled = []
    for index, position in sorted(positions(profile), key=start):
        begun = parse(position.get("startDate"))
        if begun is None or months_ago(begun) >= settle_months:
            settled.append((index, position))
    current = set()
    for index, position in settled:
        ended = parse(position.get("endDate"))
        if not position.get("endDate") or (ended is not None and months_ago(ended) <= 0):
            current.add(index)
    return current | {settled[0][0]} if settled else set()


def positions(profile: Profile) -> list[tuple[int, dict[str, Any]]]:
    """The positions of `work` with their index (entries that are not objects are skipped)."""
    return [(i, p) for i, p in enumerate(profile.section("work") or []) if isinstance(p, dict)]


def share_of_each(profile: Profile) -> float:
    """What one position weighs in a rule about positions: 1 / how many there are (a
    finding on one of four positions costs a quarter of the rule's points)."""
    return 1 / max(1, len(positions(profile)))


def title(position: dict[str, Any]) -> tuple[str, str] | None:
    """The position title and its field name (`position`, or `title` from some tools)."""
    for key in ("position", "title"):
        value = position.get(key)
        if isinstance(value, str) and value.strip():
            return value, key
    return None


def label(position: dict[str, Any], index: int, with_title: bool = True) -> Msg:
    """How a message names a position: `“Sales manager” at Acme`, else by its number in
    the list (`#3 at Acme`), in the output language."""
    named = title(position) if with_title else None
    employer = position.get("name")
    company = employer.strip() if isinstance(employer, str) and employer.strip() else None
    if named and company:
        return Msg("“%(title)s” at %(company)s", title=named[0].strip(), company=company)
    if named:
        return Msg("“%(title)s”", title=named[0].strip())
    if company:
        return Msg("#%(number)d at %(company)s", number=index + 1, company=company)
    return Msg("#%(number)d", number=index + 1)


def description(position: dict[str, Any], index: int) -> tuple[str, str]:
    """The description text of work[index] and the field path that holds it.

    The path names the one field that holds text, or the position itself when several do.
    The text is "" when the position has no description.
    """
    parts: list[tuple[str, str]] = []
    for key in TEXT_FIELDS:
        value = position.get(key)
        if isinstance(value, str) and value.strip() and value not in (p for p, _ in parts):
            parts.append((value, key))
    highlights = [h for h in position.get("highlights") or [] if isinstance(h, str) and h.strip()]
    if highlights:
        parts.append(("\n".join(highlights), "highlights"))
    if len(parts) == 1:
        return parts[0][0], f"work[{index}].{parts[0][1]}"
    return "\n".join(text for text, _ in parts), f"work[{index}]"
