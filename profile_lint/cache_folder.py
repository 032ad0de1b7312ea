"""The result cache's folder: whose it is, and what may be done in it (see cache.py).

The folder may be named by an untrusted repository's configuration, so:
- it is used only when profile-lint made it (0700) and marked it with its own CACHEDIR.TAG
  and VERSION files (and a `.gitignore` of `*`); an existing empty folder is adopted. A
  folder that is a symbolic link, belongs to another user, is writable by others, or is
  not marked (`cache-dir = "."`, say) is not used: `unsafe` says why.
- entries live in its `results/` sub-folder, which only profile-lint writes; the only
  files ever replaced or deleted are regular files of this user's there, with the names
  profile-lint gives.
- a file is read only when it is a regular file of this user's: a FIFO, a device or a
  link where a cache file should be is skipped without waiting on it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

ENTRIES = "results"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by profile-lint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
VERSION = "profile-lint cache folder 1\n"  # the layout of the folder
_MARKS = (
    ("CACHEDIR.TAG", TAG),
    ("VERSION", VERSION),
    (".gitignore", "# Created by profile-lint: never commit its cache.\n*\n"),
)
OURS = re.compile(r"results-[0-9a-f]{20}\.json")  # the entries files' names
_TEMPORARY = re.compile(r"\.tmp-[a-z0-9_]{8}")  # tempfile.mkstemp(prefix=".tmp-")


def unsafe(folder: Path) -> str | None:
    """Why `folder` must not be used as the cache, or None (also when it does not exist
    yet: it is made at the first save)."""
    try:
        found = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _why(folder, f"cannot be read ({exc.strerror})")
    if stat.S_ISLNK(found.st_mode):
        return _why(folder, "is a symbolic link")
    if not stat.S_ISDIR(found.st_mode):
        return _why(folder, "is not a folder")
    problem = _foreign(found)
    if problem:
        return _why(folder, problem)
    if _marked(folder):
        return _entries_problem(folder)
    try:
        with os.scandir(folder) as listing:
            empty = next(listing, None) is None
    except OSError as exc:
        return _why(folder, f"cannot be read ({exc.strerror})")
    if not empty:
        return _why(folder, "was not made by profile-lint (it has no CACHEDIR.TAG and VERSION)")
    return None  # an empty folder of ours: adopted at the first save


def _why(folder: Path, problem: str) -> str:
    return (
        f"cache folder {folder} {problem}: running without the cache "
        "(point cache-dir or PROFILE_LINT_CACHE_DIR at a new folder, or use --no-cache)"
    )


def _foreign(found: os.stat_result) -> str | None:
    if hasattr(os, "geteuid") and found.st_uid != os.geteuid():
        return "belongs to another user"
    if found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "is writable by others"
    return None


def _entries_problem(folder: Path) -> str | None:
    try:
        found = os.lstat(folder / ENTRIES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _why(folder, f"cannot be read ({exc.strerror})")
    if not stat.S_ISDIR(found.st_mode):  # a link, a file: not what we make
        return _why(folder, f"holds a {ENTRIES} that is not a folder")
    problem = _foreign(found)
    return _why(folder / ENTRIES, problem) if problem else None


def _marked(folder: Path) -> bool:
    return all(read_small(folder / name, 4096) == text.encode() for name, text in _MARKS[:2])


def read_small(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file of this user's, if it has at most `limit` of them;
    None for anything else. A FIFO or a device is never waited on, a link never followed."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or _foreign(found) or found.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def prepare(folder: Path) -> bool:
    """Make the cache folder (marked) and its entries folder; False when it is not ours."""
    try:
        os.makedirs(folder.parent, exist_ok=True)
        os.mkdir(folder, 0o700)
        made = True
    except FileExistsError:
        made = False
    if unsafe(folder) is not None:
        return False
    if made or not _marked(folder):  # new, or an empty folder adopted
        for name, text in _MARKS:
            _create(folder / name, text)
        os.chmod(folder, 0o700)
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder / ENTRIES, 0o700)
    return unsafe(folder) is None


def _create(path: Path, text: str) -> None:
    """A new file; never opens what is already there (a link, a file of someone else's)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _ours(path: Path) -> bool:
    """A regular file of this user's, or nothing: what may be replaced or deleted."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return True
    return stat.S_ISREG(found.st_mode) and _foreign(found) is None


def write(file: Path, data: dict[str, Any]) -> None:
    """Write `data` as JSON to `file` (in the entries folder) atomically, unless something
    that is not a file of ours is in the way."""
    if not _ours(file):
        return  # a link, a FIFO or a folder where our file should be: leave it
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prune(current: Path, keep_days: int) -> None:
    """Delete, in the entries folder only, entries files of ours unused for `keep_days`
    (other tool versions) and temporary files an interrupted run left a day ago or more."""
    now = time.time()
    with os.scandir(current.parent) as listing:
        for entry in listing:
            if entry.name == current.name:
                continue
            if OURS.fullmatch(entry.name):
                days = keep_days
            elif _TEMPORARY.fullmatch(entry.name):
                days = 1
            else:
                continue  # not a name we give: not ours to delete
            found = entry.stat(follow_symlinks=False)
            if _ours(Path(entry.path)) and found.st_mtime < now - days * 86400:
                os.unlink(entry.path)
