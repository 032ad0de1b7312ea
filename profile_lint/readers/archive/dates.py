"""Dates of a LinkedIn archive, each file with its own format, to ISO 8601.

Results: `2017`, `2024-01`, `2023-04-03`, `2025-07-01T14:33:22` (times kept as written,
without a zone: the archive gives none or UTC), and `--03-07` for a birth date without
a year. `to_iso` raises ValueError for text it cannot read.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "janv", "janvier"),
            ("feb", "february", "fév", "févr", "février", "fev", "fevr"),
            ("mar", "march", "mars"),
            ("apr", "april", "avr", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "juil", "juillet"),
            ("aug", "august", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "déc", "décembre"),
        ],
        start=1,
    )
    for name in names
}

# 2025-07-01 14:33:22 (Shares, Comments, Reactions), 2024/12/07 14:51:07 UTC (Endorsements,
# 2018 files), also with a T and seconds omitted.
_STAMP = re.compile(
    r"(\d{4})[-/](\d\d)[-/](\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?(?: ?(?:UTC|Z))?"
)
# 04/15/24, 09:25 PM and 1/8/18, 6:14 PM (Recommendations, Invitations, 2018 Connections).
_US = re.compile(
    r"(\d\d?)/(\d\d?)/(\d\d(?:\d\d)?)(?:,? (\d\d?):(\d\d)(?::(\d\d))? ?([AaPp][Mm])?)?"
)
_YEAR = re.compile(r"\d{4}")
_MONTH_YEAR = re.compile(r"([^\W\d]+)\.? (\d{4})")  # Jan 2024
_DAY_MONTH_YEAR = re.compile(r"(\d\d?) ([^\W\d]+)\.? (\d{4})")  # 16 Dec 2024
_MONTH_DAY_YEAR = re.compile(r"([^\W\d]+)\.? (\d\d?),? (\d{4})")  # Apr 3, 2023
_MONTH_DAY = re.compile(r"([^\W\d]+)\.? (\d\d?)")  # Mar 7 (birth date, no year)


def _month(name: str) -> int:
    number = _MONTHS.get(name.lower())
    if number is None:
        raise ValueError(name)
    return number


def _day(year: int, month: int, day: int) -> str:
    return date(year, month, day).isoformat()  # raises ValueError for 31 Feb


def _time(day: str, hour: str | None, minute: str | None, second: str | None) -> str:
    if hour is None or minute is None:
        return day
    if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
        raise ValueError(f"{hour}:{minute}")
    return f"{day}T{hour}:{minute}:{second or '00'}"


def _us(m: re.Match[str]) -> str:
    month, day, year, hour, minute, second, half = m.groups()
    y = int(year)
    if len(year) == 2:
        y += 2000 if y < 70 else 1900
    iso = _day(y, int(month), int(day))
    if hour is not None and half:
        h = int(hour)
        if not 1 <= h <= 12:
            raise ValueError(hour)
        h = h % 12 + (12 if half.lower() == "pm" else 0)
        hour = f"{h:02d}"
    elif hour is not None:
        hour = f"{int(hour):02d}"
    return _time(iso, hour, minute, second)


def to_iso(value: str) -> str | None:
    """The ISO 8601 form of an archive date; None for an empty cell."""
    text = value.strip()
    if not text:
        return None
    m = _STAMP.fullmatch(text)
    if m:
        year, month, day, hour, minute, second = m.groups()
        return _time(_day(int(year), int(month), int(day)), hour, minute, second)
    m = _US.fullmatch(text)
    if m:
        return _us(m)
    if _YEAR.fullmatch(text):
        return text
    m = _MONTH_YEAR.fullmatch(text)
    if m:
        return f"{m[2]}-{_month(m[1]):02d}"
    m = _DAY_MONTH_YEAR.fullmatch(text)
    if m:
        return _day(int(m[3]), _month(m[2]), int(m[1]))
    m = _MONTH_DAY_YEAR.fullmatch(text)
    if m:
        return _day(int(m[3]), _month(m[1]), int(m[2]))
    m = _MONTH_DAY.fullmatch(text)
    if m:
        month = _month(m[1])
        _day(2000, month, int(m[2]))  # a leap year: Feb 29 is a valid birthday
        return f"--{month:02d}-{int(m[2]):02d}"
    raise ValueError(text)


def day_of(iso: str | None) -> str | None:
    """The calendar day (YYYY-MM-DD) of a full ISO date or timestamp, else None."""
    if iso and len(iso) >= 10 and iso[4] == "-":
        return iso[:10]
    return None
