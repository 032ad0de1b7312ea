"""The one error type for bad input: it names the file and, when known, the place in it."""

from __future__ import annotations

from profile_lint.printable import printable


class InputError(Exception):
    """Input that cannot be read. The CLI prints it on one line and exits with status 2."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
    ):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.field = field

    def __str__(self) -> str:
        return _one_line(self._text())

    def _text(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


def _one_line(text: str) -> str:
    """Control characters and line breaks (a newline in a TOML key or a file name, a
    terminal escape, a bidirectional override) written as escapes: one safe line."""
    return printable(text, newlines=False)
