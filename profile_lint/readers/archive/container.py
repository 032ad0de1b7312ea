"""Access to an archive's CSV files, whatever the user hands over: the ZIP, the unzipped
folder, a re-zipped folder (files one level down) or one CSV file.

Members are read in memory, never extracted. Caps (`Limits`) bound the number of members,
each member's size, the total and the rows read: a member over a cap is skipped with a
warning, and reading stops as soon as the decompressed bytes pass the cap, whatever the ZIP
declares. Entries that overlap (one compressed block read as many members: a ZIP bomb), a
bad CRC or an unsupported compression method are errors naming the archive and member.
"""

from __future__ import annotations

import itertools
import lzma
import os
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning
from profile_lint.readers.archive.dates import day_iso

# Normalised file name (lower case, no spaces or underscores) -> what it holds.
KINDS = {
    "profile": "profile",
    "positions": "positions",
    "education": "education",
    "skills": "skills",
    "languages": "languages",
    "certifications": "certifications",
    "projects": "projects",
    "honors": "honors",
    "publications": "publications",
    "courses": "courses",
    "recommendationsreceived": "recommendations",
    "shares": "shares",
    "comments": "comments",
    "reactions": "reactions",
    "connections": "connections",
    "invitations": "invitations",
    "endorsementreceivedinfo": "endorsements",
    "endorsementsreceivedinfo": "endorsements",
}
# Other files of real archives: an archive holding only these is still an archive.
OTHER_FILES = {
    "messages",
    "emailaddresses",
    "phonenumbers",
    "registration",
    "richmedia",
    "adtargeting",
    "recommendationsgiven",
    "endorsementgiveninfo",
    "organizations",
    "volunteering",
    "patents",
    "learning",
    "savedjobs",
    "jobapplications",
    "companyfollows",
    "memberfollows",
    "inferences",
    "whatsyouradvice",
    "testscores",
    "causesyoucareabout",
    "receiveddata",
    "privacysettings",
}
_CHUNK = 1 << 20
_ARCHIVE_DATE = re.compile(r"(\d\d)-(\d\d)-(\d{4})")


@dataclass(frozen=True)
class Limits:
    """Caps for hostile or broken archives; generous for real Complete archives (the files
    profile-lint reads are a few MB: 30,000 connections are 3 MB; messages.csv is never
    read). Within them, reading takes under 1 GB of memory."""

    max_members: int = 5_000
    max_member_bytes: int = 32 * 1024 * 1024
    max_total_bytes: int = 128 * 1024 * 1024
    max_rows: int = 150_000  # per file: LinkedIn allows 30,000 connections
    max_total_rows: int = 300_000
    max_warnings: int = 100  # per file; more are counted


def file_kind(name: str) -> str | None:
    """The kind of archive file `name` (matched ignoring case, spaces and underscores)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    if not base.lower().endswith(".csv") or base.startswith("._"):
        return None
    return KINDS.get(base[:-4].lower().replace(" ", "").replace("_", ""))


def _is_linkedin(name: str) -> bool:
    base = PurePosixPath(name).name
    stem = base[:-4].lower().replace(" ", "").replace("_", "")
    return base.lower().endswith(".csv") and (stem in KINDS or stem in OTHER_FILES)


def archive_date(name: str) -> str | None:
    """The export date in a name such as `Basic_LinkedInDataExport_11-20-2026` (MM-DD-YYYY)."""
    m = _ARCHIVE_DATE.search(PurePosixPath(name).name)
    if not m:
        return None
    month, day, year = (int(g) for g in m.groups())
    try:
        return day_iso(year, month, day)
    except ValueError:  # 02-30-2026, or a year out of range
        return None


def _safe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return not (name.startswith(("/", "\\")) or ".." in parts or re.match(r"[A-Za-z]:", name))


def _top(names: list[str]) -> str:
    """The folder holding the LinkedIn files: the root, or one folder down (re-zipped)."""
    folders: dict[str, int] = {}
    for name in names:
        parent = str(PurePosixPath(name).parent)
        if parent.count("/") == 0 and not parent.startswith("__MACOSX") and _is_linkedin(name):
            folders[parent] = folders.get(parent, 0) + 1
    if "." in folders or not folders:
        return "."
    return max(folders, key=lambda f: folders[f])


@dataclass
class Container:
    """The LinkedIn files of one input: kind -> member name, and how to read them."""

    path: str
    members: dict[str, str] = field(default_factory=dict)
    warnings: list[ImportWarning] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)
    date: str | None = None
    single: bool = False  # one CSV file given as the input: over the cap is an error
    _zip: zipfile.ZipFile | None = None
    _total: int = 0

    def read(self, kind: str) -> bytes | None:
        """The bytes of the file of `kind`, or None (absent, or skipped with a warning)."""
        name = self.members.get(kind)
        if name is None:
            return None
        left = self.limits.max_total_bytes - self._total
        cap = min(self.limits.max_member_bytes, left)
        size = self._size(name)
        if size > cap and self.single:
            raise InputError(
                self._file(name),
                f"file is {size:,} bytes, over the {cap:,}-byte cap "
                "(raise max-file-size in the configuration if this is intended)",
            )
        if size > cap:
            self._skip(name, size, left)
            return None
        data = self._read(name, cap)
        if data is None:
            return None
        if len(data) > cap:
            self._skip(name, len(data), left, actual=True)
            return None
        self._total += len(data)
        return data

    def _skip(self, name: str, size: int, left: int, actual: bool = False) -> None:
        said = "decompresses to more than" if actual else "is"
        if left < self.limits.max_member_bytes:
            what = (
                f"skipped: {said} {size:,} bytes, over what is left of the "
                f"{self.limits.max_total_bytes:,}-byte cap on the archive's total"
            )
        else:
            what = (
                f"skipped: {said} {size:,} bytes, over the "
                f"{self.limits.max_member_bytes:,}-byte cap per file"
            )
        self.warnings.append(ImportWarning(name, what))

    def _size(self, name: str) -> int:
        if self._zip is not None:
            return self._zip.getinfo(name).file_size
        return os.stat(self._file(name)).st_size

    def _file(self, name: str) -> str:
        return os.path.join(self.path, name)

    def _read(self, name: str, cap: int) -> bytes | None:
        if self._zip is None:
            try:
                with open(self._file(name), "rb") as handle:
                    return _read_capped(handle, cap)
            except OSError as exc:
                raise InputError(self._file(name), exc.strerror or "cannot be read") from exc
        info = self._zip.getinfo(name)
        if info.flag_bits & 0x1:
            raise InputError(
                self.path, f"{name}: the ZIP is encrypted; export it again without a password"
            )
        try:
            with self._zip.open(info) as handle:
                return _read_capped(handle, cap)
        except NotImplementedError as exc:  # a compression method zipfile does not know
            raise InputError(self.path, f"{name}: cannot be read ({exc})") from exc
        except (
            zipfile.BadZipFile,  # a bad CRC, a damaged header
            zlib.error,
            lzma.LZMAError,  # a damaged LZMA member (bz2 and zlib raise OSError, zlib.error)
            EOFError,
            OSError,
        ) as exc:
            raise InputError(self.path, f"{name}: corrupt ZIP member ({exc})") from exc

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _read_capped(handle: IO[bytes], cap: int) -> bytes:
    """At most cap + 1 bytes, inflated a chunk at a time (a ZIP member may lie about its size)."""
    chunks, total = [], 0
    while total <= cap:
        chunk = handle.read(min(_CHUNK, cap + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _member_count(path: str) -> int | None:
    """Entries declared by the ZIP's end record, read before zipfile lists them all."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    count: int = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    z64 = tail.rfind(b"PK\x06\x06", 0, at)
    if count == 0xFFFF and z64 >= 0 and len(tail) >= z64 + 40:
        count = struct.unpack("<Q", tail[z64 + 32 : z64 + 40])[0]
    return count


def _choose(container: Container, names: list[str]) -> None:
    if len(names) > container.limits.max_members:
        raise InputError(
            container.path,
            f"holds {len(names):,} entries, over the cap of "
            f"{container.limits.max_members:,}: not a LinkedIn data archive?",
        )
    top = _top(names)
    for name in names:
        if not _safe(name):
            container.warnings.append(ImportWarning(name, "ignored: unsafe member name"))
            continue
        if str(PurePosixPath(name).parent) != top:
            continue
        kind = file_kind(name)
        if kind and kind not in container.members:
            container.members[kind] = name
    if top != ".":
        container.date = archive_date(top) or container.date
    if not container.members and not any(_is_linkedin(n) for n in names if _safe(n)):
        raise InputError(
            container.path,
            "no LinkedIn export file in it (expected "
            "Profile.csv, Positions.csv, Connections.csv, Shares.csv, ...)",
        )


def open_zip(path: str, limits: Limits) -> Container:
    container = Container(path, limits=limits, date=archive_date(path))
    try:
        count = _member_count(path)
        if count is not None and count > limits.max_members:
            raise InputError(
                path,
                f"holds {count:,} entries, over the cap of "
                f"{limits.max_members:,}: not a LinkedIn data archive?",
            )
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError) as exc:
        raise InputError(path, f"not a readable ZIP archive (truncated or corrupt: {exc})") from exc
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from exc
    container._zip = archive
    names = [i.filename for i in archive.infolist() if not i.is_dir()]
    try:
        _no_overlaps(path, archive)
        _choose(container, names)
    except InputError:
        archive.close()
        raise
    return container


def _no_overlaps(path: str, archive: zipfile.ZipFile) -> None:
    """Each member's data lies after its own local header and before the next member's:
    entries that share or overlap data (one compressed block read as many files, a
    "better ZIP bomb") are an error, whatever their names."""
    entries = sorted(archive.infolist(), key=lambda i: i.header_offset)
    for before, after in itertools.pairwise(entries):
        # At least the local header's fixed 30 bytes, then the compressed data.
        end = before.header_offset + 30 + before.compress_size
        if after.header_offset < end:
            raise InputError(
                path,
                f"{after.orig_filename}: its data overlaps {before.orig_filename}'s "
                "(a ZIP bomb, not a LinkedIn export)",
            )


def open_folder(path: str, limits: Limits) -> Container:
    """The unzipped folder: its files, and those one folder down."""
    container = Container(path, limits=limits, date=archive_date(os.path.abspath(path)))
    names: list[str] = []
    try:
        with os.scandir(path) as top:
            for entry in top:
                if entry.is_file():
                    names.append(entry.name)
                elif entry.is_dir() and entry.name != "__MACOSX":
                    with os.scandir(entry.path) as sub:
                        names.extend(f"{entry.name}/{e.name}" for e in sub if e.is_file())
                if len(names) > limits.max_members:
                    break
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from exc
    _choose(container, names)
    return container


def looks_like_archive(path: str) -> bool:
    """Whether folder `path` is a LinkedIn data archive: LinkedIn's CSV files at its top,
    or in its one sub-folder (a re-zipped export) beside nothing else; a folder of
    several exports is not one."""
    try:
        with os.scandir(path) as top:
            entries = [e for e in top if not e.name.startswith((".", "__MACOSX"))]
        if any(e.is_file() and _is_linkedin(e.name) for e in entries):
            return True
        folders = [e for e in entries if e.is_dir()]
        if len(folders) != 1 or len(entries) != 1:
            return False
        with os.scandir(folders[0].path) as sub:
            return any(e.is_file() and _is_linkedin(e.name) for e in sub)
    except OSError:
        return False


def open_csv(path: str, max_bytes: int) -> Container:
    """One CSV file; its kind from its name (or, for a renamed file, its header)."""
    name = Path(path).name
    limits = Limits(max_members=1, max_member_bytes=max_bytes, max_total_bytes=max_bytes)
    folder = os.path.dirname(path) or "."
    container = Container(folder, limits=limits, date=archive_date(path), single=True)
    container.members[file_kind(name) or "unknown"] = name
    return container
