"""Read a LinkedIn data archive ("Get a copy of your data"): the ZIP, the unzipped folder,
a re-zipped folder or one CSV file, into a Profile.

Only files that are present speak: `known_sections` lists the sections whose file was in the
archive, and activity lists stay None when their file is absent. The archive holds no photo,
banner, public URL or follower count: those facts stay None (unknown). The reference date
(`Profile.exported`) is the export date in the file name (`_MM-DD-YYYY`), else the newest
activity date.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning, Profile, fill_fallbacks
from profile_lint.readers.archive.activity_part import DATE_KEYS, LISTS, read_list
from profile_lint.readers.archive.container import (
    Container,
    Limits,
    open_csv,
    open_folder,
    open_zip,
)
from profile_lint.readers.archive.csvfile import CappedWarnings, Table, decode, parse
from profile_lint.readers.archive.dates import day_of
from profile_lint.readers.archive.profile_part import SECTIONS, read_basics, read_section

__all__ = ["Limits", "read_archive"]

# Columns that tell a renamed single CSV's kind (the first is enough with the others).
_SIGNATURES = {
    "profile": ("firstname", "headline", "geolocation"),
    "positions": ("companyname", "title", "startedon"),
    "connections": ("firstname", "lastname", "connectedon"),
    "shares": ("date", "sharelink", "sharecommentary"),
    "comments": ("date", "link", "message"),
    "reactions": ("date", "type", "link"),
    "invitations": ("from", "to", "sentat", "direction"),
    "endorsements": ("endorsementdate", "skillname"),
    "recommendations": ("firstname", "text", "creationdate"),
}
_PROFILE_KNOWS = ("basics", "headline", "industry", "location")


def _open(path: str, max_bytes: int, limits: Limits) -> Container:
    if not os.path.exists(path):
        raise InputError(path, "no such file or directory")
    if os.path.isdir(path):
        return open_folder(path, limits)
    if path.lower().endswith(".csv"):
        return open_csv(path, max_bytes)
    return open_zip(path, limits)


def _guess(where: str, name: str, text: str) -> str:
    table = parse(name, text, [])
    columns = set(table.columns) if table else set()
    for kind, needed in _SIGNATURES.items():
        if columns.issuperset(needed):
            return kind
    raise InputError(
        os.path.join(where, name),
        "not a LinkedIn export file (expected a "
        "name such as Profile.csv, Positions.csv or Shares.csv, or their columns)",
    )


def _read(profile: Profile, kind: str, table: Table | None) -> None:
    """Put one file's rows into the profile; an empty file gives empty sections."""
    known = profile.known_sections
    assert known is not None
    warnings = profile.import_warnings
    if kind == "profile":
        known.update(_PROFILE_KNOWS)
        if table is not None:
            read_basics(table, profile, warnings)
    elif kind in SECTIONS:
        section = SECTIONS[kind][0]
        known.add(section)
        profile.resume[section] = read_section(table, kind, warnings) if table else []
    elif kind in LISTS:
        found = read_list(table, kind, warnings) if table else []
        setattr(profile.activity, LISTS[kind][0], found)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the reader makes a great many small lists and
    dicts and no cycles, and the collector would rescan them all again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_archive(path: str, max_bytes: int, limits: Limits | None = None) -> Profile:
    """The Profile held by the archive at `path` (`max_bytes` caps a single CSV file)."""
    limits = limits or Limits()
    container = _open(path, max_bytes, limits)
    profile = Profile(source=path, source_format="archive", known_sections=set())
    warnings = CappedWarnings(limits.max_warnings)
    profile.import_warnings = warnings
    rows_left = limits.max_total_rows
    with _gc_paused():
        try:
            for kind, name in list(container.members.items()):
                if rows_left <= 0:
                    what = f"skipped: the archive's {limits.max_total_rows:,}-row cap is reached"
                    warnings.append(ImportWarning(name, what))
                    continue
                data = container.read(kind)
                if data is None:
                    continue
                text = decode(name, data, warnings)
                del data
                if kind == "unknown":
                    kind = _guess(container.path, name, text)
                cap = min(limits.max_rows, rows_left)
                table = parse(name, text, warnings, kind == "comments", cap)
                del text
                rows_left -= len(table.rows) if table else 0
                _read(profile, kind, table)
        finally:
            container.close()
    profile.import_warnings = [*container.warnings, *warnings.finish()]
    if profile.activity.connections is not None:
        profile.linkedin.connections = len(profile.activity.connections)
    exported = container.date or _newest(profile)
    profile.exported = date.fromisoformat(exported) if exported else None
    fill_fallbacks(profile)
    return profile


def _newest(profile: Profile) -> str | None:
    newest = None
    for field, _, _ in LISTS.values():
        key = DATE_KEYS.get(field, "date")
        for entry in getattr(profile.activity, field) or []:
            day = day_of(entry.get(key))
            if day and (newest is None or day > newest):
                newest = day
    return newest
