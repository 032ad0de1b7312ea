"""Dates as LinkedIn prints them on a page or in its PDF, in English and French.

`January 2020 - Present (5 years 6 months)`, `Jan 2020 - Dec 2021 · 2 yrs`,
`janv. 2020 - aujourd’hui · 5 ans 6 mois`, `2015 - 2017`. Results are ISO `YYYY-MM` or `YYYY`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_MONTHS = {
    # English, full and short
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
    # French (accents folded), full and short
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_PRESENT = {"present", "aujourd'hui", "aujourd’hui", "actuel", "maintenant", "now", "current"}

_WORD = r"[A-Za-zÀ-ÿ]+\.?"
_POINT = rf"(?:{_WORD}\s+)?\d{{4}}"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|à)\s+)"  # "Aug 2023 - Present", "Aug 2023 to Present"
_END = rf"(?:{_POINT}|Present|Présent|présent|present|aujourd[’']hui|Aujourd[’']hui|actuel)"
RANGE = re.compile(rf"^(?P<start>{_POINT})(?:{_DASH}(?P<end>{_END}))?$")

# Durations: "5 years 6 months", "1 yr", "3 mos", "less than a year", "5 ans 6 mois", ...
_UNIT = r"(?:years?|yrs?|months?|mos?|ans?|années?|mois)"
DURATION = re.compile(
    rf"^\(?(?:\d+\s*{_UNIT}(?:\s+\d+\s*{_UNIT})?|less than a (?:year|month)|"
    r"moins d[’']une? (?:an|mois))\)?$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower case without accents: `Février` -> `fevrier`."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def month_year(text: str) -> str | None:
    """`January 2020` -> `2020-01`; `2017` -> `2017`; anything else -> None."""
    parts = text.strip().split()
    if len(parts) == 1 and re.fullmatch(r"\d{4}", parts[0]):
        return parts[0]
    if len(parts) == 2 and re.fullmatch(r"\d{4}", parts[1]):
        month = _MONTHS.get(fold(parts[0]).rstrip("."))
        if month:
            return f"{parts[1]}-{month:02d}"
    return None


@dataclass
class DateRange:
    start: str
    end: str | None  # None: current role (or a single date)
    current: bool
    duration: str | None


def parse_range(text: str) -> DateRange | None:
    """A date range line with an optional duration, or None when the line is not one.

    Accepts `(duration)` after the range (PDF) or `· duration` (page text)."""
    line = " ".join(text.replace("\u00a0", " ").split())
    duration = None
    dur = re.search(r"\s*(?:·\s*|\()([^()·]+?)\)?$", line)
    if dur and DURATION.match(dur.group(1).strip()):
        duration = dur.group(1).strip()
        line = line[: dur.start()].strip()
    match = RANGE.match(line)
    if not match:
        return None
    start = month_year(match.group("start"))
    end_text = match.group("end")
    if start is None:
        return None
    if end_text is None:
        return DateRange(start, start if duration is None else None, False, duration)
    if fold(end_text) in {fold(p) for p in _PRESENT}:
        return DateRange(start, None, True, duration)
    end = month_year(end_text)
    if end is None:
        return None
    return DateRange(start, end, False, duration)


def is_duration(text: str) -> bool:
    return bool(DURATION.match(" ".join(text.split())))
