"""One archive CSV to rows, leniently: a row that cannot be read is skipped with a warning.

Handles the quirks of real exports: UTF-16LE with BOM and TAB separators (2018), CRLF and LF
mixed, the `Notes:` preamble of Connections.csv, backslash-escaped quotes (Comments.csv),
NUL bytes and undecodable bytes (a warning, the rest is read).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from profile_lint.model import ImportWarning

_LONE_BACKSLASH = re.compile(r'\\(?!")')


@dataclass
class Table:
    """The rows of one CSV file: (line number, {normalised column: cell})."""

    file: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def column_key(name: str) -> str:
    """`Shared URL`, `SharedURL` and `shared_url` are one column: `sharedurl`."""
    return name.strip().strip('"').lower().replace(" ", "").replace("_", "")


def decode(file: str, data: bytes, warnings: list[ImportWarning]) -> str:
    """Text of a CSV file: BOM-detected UTF-16 or UTF-8; bad bytes replaced, with a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, "replace").count("\n") + 1
        what = f"undecodable bytes (not {encoding.removesuffix('-sig').upper()}) replaced with �"
        warnings.append(ImportWarning(file, what, line))
        text = data.decode(encoding, "replace")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        count = text.count("\x00")
        warnings.append(ImportWarning(file, f"{count} NUL byte(s) removed", line))
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text


def _skip_preamble(text: str) -> tuple[str, int]:
    """Drop Connections.csv's `Notes:` preamble and leading blank lines; return the text
    and the number of lines dropped."""
    skipped = 0
    if text[:8].lstrip('"').startswith("Notes:"):
        end = text.find("\n\n")
        if end < 0:  # blank line removed: the notes are two lines
            end = text.find("\n", text.find("\n") + 1) - 1
        if end >= 0:
            skipped = text.count("\n", 0, end + 2)
            text = text[end + 2 :]
    stripped = text.lstrip("\n")
    return stripped, skipped + len(text) - len(stripped)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse(
    file: str, text: str, warnings: list[ImportWarning], backslash_quotes: bool = False
) -> Table | None:
    """The rows of `text`, or None when it has no header row."""
    text, offset = _skip_preamble(text)
    if not text.strip():
        return None
    newline = text.find("\n")
    delimiter = _delimiter(text[: newline if newline >= 0 else len(text)])
    escape = None
    if backslash_quotes and "\\" in text:
        # Comments.csv writes `\"` for a quote; keep every other backslash as written.
        text = _LONE_BACKSLASH.sub(r"\\\\", text)
        escape = "\\"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, escapechar=escape)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return None
    table = Table(file, [column_key(h) for h in header])
    keys, width, rows = table.columns, len(table.columns), table.rows
    previous = reader.line_num
    while True:
        try:
            for row in reader:
                line = previous + 1 + offset
                previous = reader.line_num
                if len(row) == width:
                    rows.append((line, dict(zip(keys, row, strict=True))))
                elif len(row) > width and not any(row[width:]):
                    rows.append((line, dict(zip(keys, row[:width], strict=True))))
                elif row and any(row):
                    warnings.append(
                        ImportWarning(
                            file, f"row skipped: {len(row)} cells, expected {width}", line
                        )
                    )
            break
        except csv.Error as exc:
            warnings.append(ImportWarning(file, f"row skipped: {exc}", previous + 1 + offset))
            if reader.line_num == previous:
                break
            previous = reader.line_num
    return table
