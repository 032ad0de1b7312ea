"""The activity files of an archive into `Profile.activity`, in the shapes activity rules read.

Privacy: connections' e-mail addresses and URLs, and invitation messages, are never kept;
messages.csv is never read.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from profile_lint.model import ImportWarning
from profile_lint.readers.archive.csvfile import Table
from profile_lint.readers.archive.dates import column_to_iso
from profile_lint.readers.archive.textfix import unwrap_post

Column = Callable[[str], list[str]]
_EMPTY = ("", '""', '"')


def _posts(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    return [
        {
            "date": d,
            "text": (unwrap_post(t) if "\n" in t else t) if t not in _EMPTY else "",
            "share_link": None if link in _EMPTY else link,
            "shared_url": None if shared in _EMPTY else shared,
            "media_url": None if media in _EMPTY else media,
            "visibility": seen or None,
        }
        for d, t, link, shared, media, seen in zip(
            when,
            col("sharecommentary"),
            col("sharelink"),
            col("sharedurl"),
            col("mediaurl"),
            col("visibility"),
            strict=True,
        )
    ]


def _comments(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    return [
        {
            "date": d,
            "link": None if link in _EMPTY else link,
            "text": text.replace("\r\n", "\n") if "\r" in text else text,
        }
        for d, link, text in zip(when, col("link"), col("message"), strict=True)
    ]


def _reactions(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    return [
        {"date": d, "type": kind or None, "link": None if link in _EMPTY else link}
        for d, kind, link in zip(when, col("type"), col("link"), strict=True)
    ]


def _connections(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    # Only these columns: never `emailaddress` (nor the URL) of a connection.
    return [
        {
            "first_name": first or None,
            "last_name": last or None,
            "company": company or None,
            "position": position or None,
            "connected_on": d,
        }
        for d, first, last, company, position in zip(
            when, col("firstname"), col("lastname"), col("company"), col("position"), strict=True
        )
    ]


def _invitations(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    # Only the direction and the date: never the message.
    return [
        {"direction": direction.strip().upper() or None, "sent_at": d}
        for d, direction in zip(when, col("direction"), strict=True)
    ]


def _endorsements(col: Column, when: list[str | None]) -> list[dict[str, Any]]:
    return [
        {
            "date": d,
            "skill": skill or None,
            "endorser_name": " ".join(p for p in (first, last) if p) or None,
            "status": status or None,
        }
        for d, skill, first, last, status in zip(
            when,
            col("skillname"),
            col("endorserfirstname"),
            col("endorserlastname"),
            col("endorsementstatus"),
            strict=True,
        )
    ]


# kind -> (Activity field, date column, maker of the list of dicts)
LISTS: dict[str, tuple[str, str, Callable[[Column, list[str | None]], list[dict[str, Any]]]]] = {
    "shares": ("posts", "date", _posts),
    "comments": ("comments", "date", _comments),
    "reactions": ("reactions", "date", _reactions),
    "connections": ("connections", "connectedon", _connections),
    "invitations": ("invitations", "sentat", _invitations),
    "endorsements": ("endorsements_received", "endorsementdate", _endorsements),
}


# The date key of each Activity list.
DATE_KEYS = {"connections": "connected_on", "invitations": "sent_at"}


def read_list(table: Table, kind: str, warnings: list[ImportWarning]) -> list[dict[str, Any]]:
    """The rows of an activity file; a row whose date cannot be read is kept without it."""
    _, date_column, make = LISTS[kind]
    rows = table.rows

    def col(name: str) -> list[str]:
        """One column's cells (only the columns a list needs are ever read)."""
        index = table.index(name)
        return list(map(itemgetter(index), rows)) if index is not None else [""] * len(rows)

    raw = col(date_column)
    when, bad = column_to_iso(raw)
    for i in bad:
        what = f"unreadable date {raw[i].strip()!r} (kept without a date)"
        warnings.append(ImportWarning(table.file, what, table.lines[i]))
    return make(col, when)
