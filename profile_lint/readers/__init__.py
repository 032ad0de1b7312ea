"""Readers turn an input path into the normalised Profile (or a Draft, for posts).

Each format has one reader, chosen from the path or forced with --input-format.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from profile_lint.errors import InputError
from profile_lint.model import Profile
from profile_lint.readers.archive import read_archive
from profile_lint.readers.files import DEFAULT_MAX_BYTES, read_bytes
from profile_lint.readers.json_profile import read_json_profile
from profile_lint.readers.pasted_text import read_pasted_text
from profile_lint.readers.pdf_profile import read_pdf_profile

ProfileReader = Callable[[str, bytes], Profile]
# Readers of a folder or a container (ZIP) open the path themselves: (path, max_bytes).
PathReader = Callable[[str, int], Profile]
PATH_READERS: dict[str, PathReader] = {"archive": read_archive}

PROFILE_READERS: dict[str, ProfileReader] = {
    "json": read_json_profile,
    "pdf": read_pdf_profile,
    "text": read_pasted_text,
}
SUFFIXES = {".json": "json", ".zip": "archive", ".csv": "archive", ".pdf": "pdf", ".txt": "text"}


def detect_format(path: str) -> str:
    lower = path.lower()
    if os.path.isdir(path):
        return "archive"
    for suffix, fmt in SUFFIXES.items():
        if lower.endswith(suffix):
            return fmt
    return "json"


def read_profile(
    path: str, input_format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Profile:
    fmt = input_format or detect_format(path)
    if fmt in PATH_READERS:
        return PATH_READERS[fmt](path, max_bytes)
    reader = PROFILE_READERS.get(fmt)
    if reader is None:
        raise InputError(path, f"unknown input format {fmt!r}")
    return reader(path, read_bytes(path, max_bytes))
