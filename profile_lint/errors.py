"""The one error type for bad input: it names the file and, when known, the place in it."""

from __future__ import annotations

from collections.abc import Iterable

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


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean 'x'?" when one of `choices` is close to `word` (a typo), else ""."""
    import difflib

    options = {c.lower(): c for c in choices}
    found = difflib.get_close_matches(word.strip().lower(), list(options), n=1, cutoff=0.6)
    return f"; did you mean {options[found[0]]!r}?" if found else ""
