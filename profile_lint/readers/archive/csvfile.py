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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from profile_lint.model import ImportWarning

_LONE_BACKSLASH = re.compile(r'\\(?!")')
_BLANK_LINE = re.compile(r"\r?\n\r?\n")


class CappedWarnings(list[ImportWarning]):
    """Import warnings, at most `per_file` for each file (a hostile file can make millions);
    `finish` adds a count of the rest."""

    def __init__(self, per_file: int):
        super().__init__()
        self.per_file = per_file
        self.counts: Counter[str] = Counter()

    def append(self, warning: ImportWarning) -> None:
        self.counts[warning.file] += 1
        if self.counts[warning.file] <= self.per_file:
            super().append(warning)

    def finish(self) -> list[ImportWarning]:
        more = [(f, n - self.per_file) for f, n in self.counts.items() if n > self.per_file]
        return [*self, *(ImportWarning(f, f"{n:,} more warnings not listed") for f, n in more)]


@dataclass
class Table:
    """The rows of one CSV file (lists of cells); `lines` gives the line each row starts on
    (worked out on first use: a clean file is read in one pass)."""

    file: str
    columns: list[str]  # normalised: see column_key
    rows: list[list[str]] = field(default_factory=list)
    _lines: list[int] | None = None
    _relines: Callable[[], list[int]] | None = None

    @property
    def lines(self) -> list[int]:
        if self._lines is None:
            self._lines = self._relines() if self._relines else []
        return self._lines

    def index(self, *names: str) -> int | None:
        """The position of the first of `names` present (old and new layouts differ)."""
        for name in names:
            if name in self.columns:
                return self.columns.index(name)
        return None

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line, {column: cell}) for each row."""
        for line, row in zip(self.lines, self.rows, strict=True):
            yield line, dict(zip(self.columns, row, strict=True))


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
    return text  # CRLF and LF mixed: the csv module reads both; cells keep theirs


def _skip_preamble(text: str) -> tuple[str, int]:
    """Drop Connections.csv's `Notes:` preamble and leading blank lines; return the text
    and the number of lines dropped."""
    skipped = 0
    if text[:8].lstrip('"').startswith("Notes:"):
        blank = _BLANK_LINE.search(text, 0, 4096)
        # Without the blank line, the notes are two lines.
        end = blank.end() if blank else text.find("\n", text.find("\n") + 1) + 1
        if end > 0:
            skipped = text.count("\n", 0, end)
            text = text[end:]
    stripped = text.lstrip("\r\n")
    return stripped, skipped + len(text) - len(stripped)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _tracked(
    reader: Iterator[list[str]],
    line_num: Callable[[], int],
    width: int,
    file: str,
    warnings: list[ImportWarning],
    max_rows: int,
) -> tuple[list[list[str]], list[int]]:
    """Rows with the line each starts on, `max_rows` at most (skipped rows count too);
    rows that cannot be read become warnings."""
    rows: list[list[str]] = []
    lines: list[int] = []
    previous = line_num()
    seen = 0
    while True:
        try:
            for row in reader:
                seen += 1
                if seen > max_rows:
                    warnings.append(_stopped(file, max_rows))
                    return rows, lines
                line = previous + 1
                previous = line_num()
                if len(row) == width:
                    rows.append(row)
                    lines.append(line)
                elif len(row) > width and not any(row[width:]):
                    rows.append(row[:width])
                    lines.append(line)
                elif row and any(row):
                    what = f"row skipped: {len(row)} cells, expected {width}"
                    warnings.append(ImportWarning(file, what, line))
            return rows, lines
        except csv.Error as exc:
            warnings.append(ImportWarning(file, f"row skipped: {exc}", previous + 1))
            seen += 1
            if line_num() == previous or seen > max_rows:
                return rows, lines
            previous = line_num()


def _stopped(file: str, max_rows: int) -> ImportWarning:
    return ImportWarning(file, f"stopped after {max_rows:,} rows, the cap: the rest is not read")


def parse(
    file: str,
    text: str,
    warnings: list[ImportWarning],
    backslash_quotes: bool = False,
    max_rows: int = 1 << 62,
) -> Table | None:
    """The rows of `text` (the first `max_rows`, with a warning when there are more), or
    None when it has no header row."""
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

    def start() -> Any:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, escapechar=escape)
        return reader, next(reader, None)

    try:
        reader, header = start()
    except csv.Error:
        return None
    if header is None:
        return None
    table = Table(file, [column_key(h) for h in header])
    width = len(table.columns)

    def tracked(into: list[ImportWarning]) -> tuple[list[list[str]], list[int]]:
        again, _ = start()
        found = _tracked(again, lambda: again.line_num + offset, width, file, into, max_rows)
        return found

    try:  # fast path: a clean file, in one pass of the csv module
        rows = list(islice(reader, max_rows + 1))
        clean = set(map(len, rows)) <= {width}
    except csv.Error:
        clean = False
    if clean:
        table.rows = rows[:max_rows]
        table._relines = lambda: tracked([])[1]
        if len(rows) > max_rows:
            warnings.append(_stopped(file, max_rows))
    else:
        table.rows, table._lines = tracked(warnings)
    return table
