"""Dates of a LinkedIn archive, each file with its own format, to ISO 8601.

Results: `2017`, `2024-01`, `2023-04-03`, `2025-07-01T14:33:22` (times kept as written,
without a zone: the archive gives none or UTC), and `--03-07` for a birth date without
a year. `to_iso` raises ValueError for text it cannot read.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

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


# Years an archive date may have (LinkedIn started in 2003; positions and schools may be
# older). Others are unreadable: a row dated year 1 would take date arithmetic out of range.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} out of range")
    return year


def _month(name: str) -> int:
    number = _MONTHS.get(name.lower())
    if number is None:
        raise ValueError(name)
    return number


def day_iso(year: int, month: int, day: int) -> str:
    return date(_year(year), month, day).isoformat()  # raises ValueError for 31 Feb


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
    iso = day_iso(y, int(month), int(day))
    if hour is not None and half:
        h = int(hour)
        if not 1 <= h <= 12:
            raise ValueError(hour)
        h = h % 12 + (12 if half.lower() == "pm" else 0)
        hour = f"{h:02d}"
    elif hour is not None:
        hour = f"{int(hour):02d}"
    return _time(iso, hour, minute, second)


@lru_cache(maxsize=65_536)
def _checked_day(text: str) -> bool:
    """Whether YYYY-MM-DD is a real day (cached: activity files repeat their days)."""
    try:
        _year(date.fromisoformat(text).year)
    except ValueError:
        return False
    return True


def to_iso(value: str) -> str | None:
    """The ISO 8601 form of an archive date; None for an empty cell."""
    # Fast path for the most frequent form, 2025-07-01 14:33:22 (Shares, Reactions...).
    if (
        len(value) == 19
        and value[10] == " "
        and value[4] == "-"
        and value[13] == ":"
        and value[16] == ":"
        and value[11:13] < "24"
        and value[14:16] < "60"
        and value[17:19] < "60"
        and _checked_day(value[:10])
        and value[11:13].isdigit()
        and value[14:16].isdigit()
        and value[17:19].isdigit()
    ):
        return f"{value[:10]}T{value[11:]}"
    return _to_iso(value)


def _to_iso(value: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if text[0].isdigit():  # 2025-07-01 ..., 04/15/24, ..., 16 Dec 2024, 2017
        m = _DAY_MONTH_YEAR.fullmatch(text) if " " in text[1:3] else None
        if m:
            return day_iso(int(m[3]), _month(m[2]), int(m[1]))
        m = _STAMP.fullmatch(text)
        if m:
            year, month, day, hour, minute, second = m.groups()
            return _time(day_iso(int(year), int(month), int(day)), hour, minute, second)
        m = _US.fullmatch(text)
        if m:
            return _us(m)
        if _YEAR.fullmatch(text) and _year(int(text)):
            return text
        raise ValueError(text)
    m = _MONTH_YEAR.fullmatch(text)  # Jan 2024, Apr 3, 2023, Mar 7
    if m:
        return f"{_year(int(m[2]))}-{_month(m[1]):02d}"
    m = _MONTH_DAY_YEAR.fullmatch(text)
    if m:
        return day_iso(int(m[3]), _month(m[1]), int(m[2]))
    m = _MONTH_DAY.fullmatch(text)
    if m:
        month = _month(m[1])
        day_iso(2000, month, int(m[2]))  # a leap year: Feb 29 is a valid birthday
        return f"--{month:02d}-{int(m[2]):02d}"
    raise ValueError(text)


# A whole column of `2025-07-01 14:33:22` stamps, one per line: checked in one regex pass.
_STAMP_COLUMN = re.compile(
    r"(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]) (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\n)*"
)
_BAD = "\x00"


def column_to_iso(values: list[str]) -> tuple[list[str | None], list[int]]:
    """The ISO forms of a column of dates, and the positions of those that cannot be read
    (None in the result). Fast for the big activity files: one regex pass when every cell is
    a plain timestamp, else each distinct value parsed once."""
    if not values:
        return [], []
    joined = "\n".join(values) + "\n"
    if _STAMP_COLUMN.fullmatch(joined) and all(map(_checked_day, {v[:10] for v in values})):
        return list(joined.replace(" ", "T").split("\n")[:-1]), []
    known: dict[str, str | None] = {}
    for value in set(values):
        try:
            known[value] = to_iso(value)
        except ValueError:
            known[value] = _BAD
    out = [known[v] for v in values]
    bad = [i for i, v in enumerate(out) if v is _BAD]
    for i in bad:
        out[i] = None
    return out, bad


def day_of(iso: str | None) -> str | None:
    """The calendar day (YYYY-MM-DD) of a full ISO date or timestamp, else None."""
    if iso and len(iso) >= 10 and iso[4] == "-":
        return iso[:10]
    return None
