"""The profile files of an archive into JSON Resume sections and LinkedIn facts.

Column names are normalised (`column_key`), so the current and the 2018 layouts share code:
`Started On`/`Start Date`, `Issued On`/`Issue Date` are both looked up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from profile_lint.model import ImportWarning, Profile
from profile_lint.readers.archive.csvfile import Table
from profile_lint.readers.archive.dates import to_iso
from profile_lint.readers.archive.textfix import list_cell, paragraphs, split_bullets

Row = dict[str, str]


class Mapper:
    """Reads cells of one table, turning unreadable dates into warnings."""

    def __init__(self, table: Table, warnings: list[ImportWarning]):
        self.table = table
        self.warnings = warnings
        self.line = 0

    def cell(self, row: Row, *keys: str) -> str:
        for key in keys:
            value = row.get(key)
            if value is not None and value.strip():
                return value.strip()
        return ""

    def date(self, row: Row, *keys: str) -> str | None:
        value = self.cell(row, *keys)
        try:
            return to_iso(value)
        except ValueError:
            what = f"unreadable date {value!r} in column {keys[0]} (left out)"
            self.warnings.append(ImportWarning(self.table.file, what, self.line))
            return None


def _put(entry: dict[str, Any], key: str, value: Any) -> None:
    if value:
        entry[key] = value


def _described(entry: dict[str, Any], text: str, key: str = "summary") -> None:
    """Flattened description -> lead text under `key` and bullets as `highlights`."""
    lead, bullets = split_bullets(text)
    _put(entry, key, lead)
    _put(entry, "highlights", bullets)


def _position(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    _put(entry, "name", m.cell(row, "companyname"))
    _put(entry, "position", m.cell(row, "title"))
    _put(entry, "location", m.cell(row, "location"))
    _put(entry, "startDate", m.date(row, "startedon", "startdate"))
    _put(entry, "endDate", m.date(row, "finishedon", "enddate"))  # empty: current role
    _described(entry, m.cell(row, "description"))
    return entry


def _education(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    _put(entry, "institution", m.cell(row, "schoolname"))
    _put(entry, "studyType", m.cell(row, "degreename"))
    _put(entry, "startDate", m.date(row, "startdate", "startedon"))
    _put(entry, "endDate", m.date(row, "enddate", "finishedon"))
    _put(entry, "summary", paragraphs(m.cell(row, "notes")))
    _put(entry, "activities", paragraphs(m.cell(row, "activities")))
    return entry


def _skill(m: Mapper, row: Row) -> dict[str, Any]:
    return {"name": m.cell(row, "name")}


def _language(m: Mapper, row: Row) -> dict[str, Any]:
    entry = {"language": m.cell(row, "name")}
    _put(entry, "fluency", m.cell(row, "proficiency"))
    return entry


def _certificate(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": m.cell(row, "name")}
    _put(entry, "issuer", m.cell(row, "authority"))
    _put(entry, "url", m.cell(row, "url"))
    _put(entry, "date", m.date(row, "startedon", "startdate"))
    _put(entry, "endDate", m.date(row, "finishedon", "enddate"))
    _put(entry, "licenseNumber", m.cell(row, "licensenumber"))
    return entry


def _project(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": m.cell(row, "title")}
    _described(entry, m.cell(row, "description"), "description")
    _put(entry, "url", m.cell(row, "url"))
    _put(entry, "startDate", m.date(row, "startedon", "startdate"))
    _put(entry, "endDate", m.date(row, "finishedon", "enddate"))
    return entry


def _award(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {"title": m.cell(row, "title")}
    _put(entry, "date", m.date(row, "issuedon", "issuedate"))
    _put(entry, "awarder", m.cell(row, "issuer"))
    _put(entry, "summary", paragraphs(m.cell(row, "description")))
    return entry


def _publication(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": m.cell(row, "name")}
    _put(entry, "publisher", m.cell(row, "publisher"))
    _put(entry, "releaseDate", m.date(row, "publishedon"))
    _put(entry, "url", m.cell(row, "url"))
    _put(entry, "summary", paragraphs(m.cell(row, "description")))
    return entry


def _course(m: Mapper, row: Row) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": m.cell(row, "name")}
    _put(entry, "number", m.cell(row, "number"))
    return entry


def _reference(m: Mapper, row: Row) -> dict[str, Any]:
    name = " ".join(p for p in (m.cell(row, "firstname"), m.cell(row, "lastname")) if p)
    entry: dict[str, Any] = {"name": name}
    _put(entry, "reference", paragraphs(m.cell(row, "text")))
    _put(entry, "company", m.cell(row, "company"))
    _put(entry, "position", m.cell(row, "jobtitle"))
    _put(entry, "date", m.date(row, "creationdate"))
    _put(entry, "status", m.cell(row, "status"))
    return entry


# kind -> (JSON Resume section, row mapper, field that must be filled for a row to count)
SECTIONS: dict[str, tuple[str, Callable[[Mapper, Row], dict[str, Any]], str]] = {
    "positions": ("work", _position, ""),
    "education": ("education", _education, ""),
    "skills": ("skills", _skill, "name"),
    "languages": ("languages", _language, "language"),
    "certifications": ("certificates", _certificate, "name"),
    "projects": ("projects", _project, "name"),
    "honors": ("awards", _award, "title"),
    "publications": ("publications", _publication, "name"),
    "courses": ("courses", _course, "name"),
    "recommendations": ("references", _reference, ""),
}


def read_section(table: Table, kind: str, warnings: list[ImportWarning]) -> list[dict[str, Any]]:
    _, build, required = SECTIONS[kind]
    mapper = Mapper(table, warnings)
    out = []
    for line, row in table.records():
        mapper.line = line
        entry = build(mapper, row)
        if not entry or (required and not entry.get(required)):
            what = f"row skipped: no {required or 'value'}"
            warnings.append(ImportWarning(table.file, what, line))
            continue
        out.append(entry)
    return out


def read_basics(table: Table, profile: Profile, warnings: list[ImportWarning]) -> None:
    """Profile.csv (one row) -> basics, headline and industry."""
    records = list(table.records())
    if not records:
        return
    if len(records) > 1:
        warnings.append(ImportWarning(table.file, "more than one row: the first is read"))
    line, row = records[0]
    m = Mapper(table, warnings)
    m.line = line
    basics: dict[str, Any] = profile.resume.setdefault("basics", {})
    name = " ".join(p for p in (m.cell(row, "firstname"), m.cell(row, "lastname")) if p)
    _put(basics, "name", name)
    headline = m.cell(row, "headline")
    _put(basics, "label", headline)
    _put(basics, "summary", paragraphs(m.cell(row, "summary")))
    location: dict[str, str] = {}
    parts = [p.strip() for p in m.cell(row, "geolocation").split(",") if p.strip()]
    if len(parts) == 1:
        location["region"] = parts[0]
    elif parts:
        location["city"] = parts[0]
        _put(location, "region", ", ".join(parts[1:-1]))
        location["country"] = parts[-1]
    elif m.cell(row, "country"):
        location["country"] = m.cell(row, "country")
    _put(location, "postalCode", m.cell(row, "zipcode"))
    _put(basics, "location", location)
    profiles = []
    for _, handle in list_cell(m.cell(row, "twitterhandles")):
        handle = handle.lstrip("@")
        profiles.append(
            {"network": "Twitter", "username": handle, "url": f"https://twitter.com/{handle}"}
        )
    for label, url in list_cell(m.cell(row, "websites")):
        profiles.append(
            {"network": f"Website ({label.lower()})" if label else "Website", "url": url}
        )
    _put(basics, "profiles", profiles)
    # The file is there: an empty cell is a missing fact (""), not an unknown one (None).
    profile.linkedin.headline = headline
    profile.linkedin.industry = m.cell(row, "industry")
