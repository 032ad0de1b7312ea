"""Readers turn an input path into the normalised Profile (or a Draft, for posts).

Each format has one reader, chosen from the path or forced with --input-format.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module

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
        return _load(PATH_READERS[fmt])(path, max_bytes)
    if fmt not in PROFILE_READERS:
        raise InputError(path, f"unknown input format {fmt!r}")
    return _load(PROFILE_READERS[fmt])(path, read_bytes(path, max_bytes))
