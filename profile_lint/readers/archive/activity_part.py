"""The activity files of an archive into `Profile.activity`, in the shapes activity rules read.

Privacy: connections' e-mail addresses and URLs, and invitation messages, are never kept;
messages.csv is never read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from profile_lint.model import ImportWarning
from profile_lint.readers.archive.csvfile import Table
from profile_lint.readers.archive.dates import to_iso
from profile_lint.readers.archive.textfix import unwrap_post

Row = dict[str, str]
_EMPTY = ("", '""', '"')


def _url(value: str | None) -> str | None:
    """A URL cell; empty cells are written `""` in Shares.csv."""
    value = (value or "").strip()
    return None if value in _EMPTY else value


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _post(row: Row) -> dict[str, Any]:
    text = row.get("sharecommentary") or ""
    return {
        "text": unwrap_post(text) if text not in _EMPTY else "",
        "share_link": _url(row.get("sharelink")),
        "shared_url": _url(row.get("sharedurl")),
        "media_url": _url(row.get("mediaurl")),
        "visibility": _text(row.get("visibility")),
    }


def _comment(row: Row) -> dict[str, Any]:
    return {"link": _url(row.get("link")), "text": row.get("message") or ""}


def _reaction(row: Row) -> dict[str, Any]:
    return {"type": _text(row.get("type")), "link": _url(row.get("link"))}


def _connection(row: Row) -> dict[str, Any]:
    # Only these fields: never `emailaddress` (nor the URL) of a connection.
    return {
        "first_name": _text(row.get("firstname")),
        "last_name": _text(row.get("lastname")),
        "company": _text(row.get("company")),
        "position": _text(row.get("position")),
    }


def _invitation(row: Row) -> dict[str, Any]:
    direction = _text(row.get("direction"))
    return {"direction": direction.upper() if direction else None}


def _endorsement(row: Row) -> dict[str, Any]:
    first, last = _text(row.get("endorserfirstname")), _text(row.get("endorserlastname"))
    return {
        "skill": _text(row.get("skillname")),
        "endorser_name": " ".join(p for p in (first, last) if p) or None,
        "status": _text(row.get("endorsementstatus")),
    }


# kind -> (Activity field, date column, date key in the dict, row mapper)
LISTS: dict[str, tuple[str, str, str, Callable[[Row], dict[str, Any]]]] = {
    "shares": ("posts", "date", "date", _post),
    "comments": ("comments", "date", "date", _comment),
    "reactions": ("reactions", "date", "date", _reaction),
    "connections": ("connections", "connectedon", "connected_on", _connection),
    "invitations": ("invitations", "sentat", "sent_at", _invitation),
    "endorsements": ("endorsements_received", "endorsementdate", "date", _endorsement),
}


def read_list(table: Table, kind: str, warnings: list[ImportWarning]) -> list[dict[str, Any]]:
    """The rows of an activity file; a row whose date cannot be read is kept without it."""
    _, column, key, build = LISTS[kind]
    out = []
    for line, row in table.rows:
        raw = row.get(column) or ""
        try:
            when = to_iso(raw)
        except ValueError:
            when = None
            what = f"unreadable date {raw.strip()!r} (kept without a date)"
            warnings.append(ImportWarning(table.file, what, line))
        entry = {key: when}
        entry.update(build(row))
        out.append(entry)
    return out
