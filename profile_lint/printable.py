"""Input text made safe to show. Every output layer calls these; nothing else edits text.

- `printable`: C0 and C1 control characters (an OSC 52 sequence that writes the clipboard,
  one that sets the terminal title), DEL, line and paragraph separators and the
  bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069, "Trojan Source")
  are written as escapes (`\\x1b`, `\\u202e`), and so are lone surrogates; newlines and
  tabs are kept unless the text must stay on one line.
- `no_commands`: no line of a text output starts with `::` (GitHub Actions would run it
  as a workflow command, `::add-mask::` or `::error ...`).
- `json_text`: the same characters escaped in a JSON document (`\\u202e`), same data.
- `spreadsheet_cell`: a formula starter at the start of a CSV cell or after a separator is
  prefixed with `'` (OWASP's advice on CSV injection, for `,` and `;` spreadsheets alike).
"""

from __future__ import annotations

import re
from typing import Any

_CONTROLS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff"  # lone surrogates (a YAML "\\udfff"): not characters, cannot be encoded
)
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_LINE = re.compile(f"[\t\n{_CONTROLS}]")
_COMMAND = re.compile(r"^(?=::)", re.MULTILINE)
# Formula starters (and their full-width forms), at the start of a cell or after a
# separator a spreadsheet may split on (`,`; `;` in French locales; `|`). Tabs and line
# breaks, the other starters OWASP lists, are written as escapes first.
_STARTER = "[=+\\-@\uff1d\uff0b\uff0d\uff20]"
_FIRST = re.compile(rf"\s*{_STARTER}")
_INNER = re.compile(rf"([,;|]\s*)(?={_STARTER})")


def _escape(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]  # \n, \x1b, \u202e


def printable(text: str, newlines: bool = True) -> str:
    """`text` with control and bidirectional formatting characters written as escapes;
    with `newlines` False, line breaks and tabs too (one line of output)."""
    if newlines and "\r" in text:
        text = text.replace("\r\n", "\n")
    return (_UNSAFE if newlines else _UNSAFE_LINE).sub(_escape, text)


def no_commands(output: str) -> str:
    """A text output in which no line starts with `::`: such a line gets a leading space."""
    return _COMMAND.sub(" ", output) if "::" in output else output


def json_text(document: str) -> str:
    """A JSON document with the characters `printable` escapes written as `\\uXXXX`
    (json.dumps already does so for C0): the same data, safe on a terminal."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell: None as empty; in text, `'` before a formula starter at the start and
    after every separator, so that the cell reads as text however a spreadsheet splits the
    line (the writer quotes text cells too)."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = _INNER.sub(r"\1'", printable(value, newlines=False))
        if _FIRST.match(value):
            value = "'" + value
    return value
