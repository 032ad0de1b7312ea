"""Safe reading of one input file: existence, size cap, emptiness, binary and UTF-8 checks."""

from __future__ import annotations

import os

from profile_lint.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The most `max-file-size` may be: peak memory stays under 1 GB for any input this size.
MAX_FILE_SIZE = 100 * 1024 * 1024


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    # Open first, then ask the open file its size: one system call per check saved, which
    # counts when a run reads thousands of drafts.
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below, errors mapped first)
    except FileNotFoundError as exc:
        raise InputError(path, "no such file or directory") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory, expected a file") from exc
    except PermissionError as exc:
        if os.path.isdir(path):  # Windows refuses to open a folder with this error
            raise InputError(path, "is a directory, expected a file") from exc
        raise InputError(path, "permission denied") from exc
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from exc
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    path,
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte cap "
                    "(raise max-file-size in the configuration if this is intended)",
                )
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            if isinstance(exc, IsADirectoryError):
                raise InputError(path, "is a directory, expected a file") from exc
            raise InputError(path, exc.strerror or "cannot be read") from exc
    if len(data) > max_bytes:
        raise InputError(path, f"file is over the {max_bytes:,}-byte cap")
    if not data.strip():
        raise InputError(path, "file is empty")
    return data


def decode_text(path: str, data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped); binary data and invalid UTF-8 get a clear error."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            path, f"invalid UTF-8 (byte 0x{data[exc.start]:02x})", line=line, column=column
        ) from exc
    return text
