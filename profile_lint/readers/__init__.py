"""Readers turn an input path into the normalised Profile (or a Draft, for posts).

Each format has one reader, chosen from the path or forced with --input-format.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from importlib import import_module
from pathlib import Path

from profile_lint.errors import InputError
from profile_lint.model import Profile
from profile_lint.readers.files import DEFAULT_MAX_BYTES, read_bytes

# Format -> (module, function), imported on first use: a run that reads only drafts (or
# only JSON) never pays for the PDF and archive readers. A reader of a folder or a
# container (ZIP) opens the path itself: (path, max_bytes); the others get the file's
# bytes: (path, data).
PATH_READERS = {"archive": ("profile_lint.readers.archive", "read_archive")}
PROFILE_READERS = {
    "json": ("profile_lint.readers.json_profile", "read_json_profile"),
    "pdf": ("profile_lint.readers.pdf_profile", "read_pdf_profile"),
    "text": ("profile_lint.readers.pasted_text", "read_pasted_text"),
}


def _load(where: tuple[str, str]) -> Callable[..., Profile]:
    reader: Callable[..., Profile] = getattr(import_module(where[0]), where[1])
    return reader


SUFFIXES = {".json": "json", ".zip": "archive", ".csv": "archive", ".pdf": "pdf", ".txt": "text"}
# The files `profile FOLDER` lints in a folder that is not an archive: profiles saved as
# JSON, PDF or pasted text, and the archives LinkedIn names (a folder of a cohort's exports).
FOLDER_SUFFIXES = (".json", ".pdf", ".txt")
ARCHIVE_NAME = "linkedindataexport"
STDIN = "-"


def detect_format(path: str) -> str:
    lower = path.lower()
    if os.path.isdir(path):
        return "archive"
    for suffix, fmt in SUFFIXES.items():
        if lower.endswith(suffix):
            return fmt
    return "json"


def find_profiles(paths: Iterable[str], input_format: str | None = None) -> list[str]:
    """The profiles named by `paths`: files as given, `-`, an archive folder as one
    profile, and in any other folder (searched recursively, hidden folders skipped) its
    JSON, PDF and pasted .txt files, LinkedIn's export ZIPs and archive folders."""
    from profile_lint.readers.archive.container import looks_like_archive

    found: list[str] = []
    for raw in paths:
        if raw == STDIN or not os.path.isdir(raw) or input_format == "archive":
            found.append(raw)
            continue
        if looks_like_archive(raw):
            found.append(raw)
            continue
        inside = _folder_profiles(Path(raw), looks_like_archive)
        if not inside:
            raise InputError(
                raw,
                "no profile in this folder (.json, .pdf or .txt files, LinkedIn export "
                "ZIPs or archive folders)",
            )
        found.extend(inside)
    return found


def _folder_profiles(folder: Path, is_archive: Callable[[str], bool]) -> list[str]:
    out: list[str] = []
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue  # .git, .profile_lint_cache and other hidden entries
        name = child.name.lower()
        if child.is_dir():
            out.extend(
                [str(child)] if is_archive(str(child)) else _folder_profiles(child, is_archive)
            )
        elif name.endswith(FOLDER_SUFFIXES) or (name.endswith(".zip") and ARCHIVE_NAME in name):
            out.append(str(child))
    return out


def read_profile(
    path: str,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
) -> Profile:
    """Read one profile; `-` reads standard input, called `name` in errors and outputs
    when given (its suffix then tells the format)."""
    if path == STDIN:
        return _read_stdin(input_format, max_bytes, name)
    fmt = input_format or detect_format(path)
    if fmt in PATH_READERS:
        return _load(PATH_READERS[fmt])(path, max_bytes)
    if fmt not in PROFILE_READERS:
        raise InputError(path, f"unknown input format {fmt!r}")
    return _load(PROFILE_READERS[fmt])(path, read_bytes(path, max_bytes))


def read_stdin(max_bytes: int, name: str) -> bytes:
    """Standard input's bytes, up to the size cap."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"standard input is over the {max_bytes:,}-byte cap")
    if not data.strip():
        raise InputError(name, "standard input is empty")
    return data


def _read_stdin(input_format: str | None, max_bytes: int, name: str | None) -> Profile:
    """A profile on standard input: `--input-format`, else the format `name`'s suffix
    tells, else a PDF by its signature, JSON when it parses as JSON, else pasted text."""
    where = name or STDIN
    known = next((f for s, f in SUFFIXES.items() if where.lower().endswith(s)), None)
    fmt = input_format or known
    if fmt in PATH_READERS:
        raise InputError(
            where, "a LinkedIn archive cannot be read from standard input; give its path"
        )
    data = read_stdin(max_bytes, where)
    if fmt is None:
        fmt = "pdf" if data.lstrip().startswith(b"%PDF-") else _json_or_text(data)
    profile = _load(PROFILE_READERS[fmt])(where, data)
    profile.stdin = True
    return profile


def _json_or_text(data: bytes) -> str:
    import json

    try:
        json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return "text"
    return "json"
