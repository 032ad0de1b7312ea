"""Dates of archive activity: "the last N days" before the reference date (`ctx.as_of`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any


def parse_day(value: Any) -> date | None:
    """The day of an ISO 8601 date or date-time ("2025-07-01", "2025-07-01 14:33:22")."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None


def recent(items: Iterable[dict[str, Any]], key: str, days: int, ref: date) -> list[dict[str, Any]]:
    """The items dated within the `days` days up to and including `ref`."""
    start = ref - timedelta(days=days)
    out = []
    for item in items:
        day = parse_day(item.get(key))
        if day is not None and start < day <= ref:
            out.append(item)
    return out


def has_own_text(post: dict[str, Any]) -> bool:
    """Whether a share carries words of the member's own (not a bare link or reshare)."""
    text = post.get("text")
    return isinstance(text, str) and bool(text.strip())
