"""Where each field of a JSON profile is in its file, so that findings about a field
carry its line and column (text output, SARIF regions, GitHub annotations).

`field_spans` scans the text that `json.loads` already accepted and records the offsets
of every value under the field path rules use (`work[2].summary`). In the resume's lists
a null is dropped when the profile is read, so it is not counted in the indexes either.
"""

from __future__ import annotations

import re
from json.decoder import scanstring  # type: ignore[attr-defined]  # (not in the stubs)
from json.scanner import NUMBER_RE

_SPACE = re.compile(r"[ \t\n\r]*")
_LITERALS = ("true", "false", "null", "NaN", "Infinity", "-Infinity")  # as json.loads reads
_LAST_PART = re.compile(r"(?:\.[^.\[\]]+|\[\d+\])$")


def field_spans(text: str) -> dict[str, tuple[int, int]]:
    """Field path -> (start, end) offsets of its value in `text` ("" is the document);
    empty when the text cannot be scanned (it is then located nowhere, not wrongly)."""
    spans: dict[str, tuple[int, int]] = {}
    try:
        _value(text, _skip(text, 0), "", spans, True)
    except (IndexError, ValueError, RecursionError):
        return {}
    return spans


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _value(text: str, start: int, path: str, spans: dict[str, tuple[int, int]], drop: bool) -> int:
    """Scan the value at `start`, record it and its children, return where it ends.
    `drop`: nulls in lists are left out of the indexes (as the reader drops them)."""
    char = text[start]
    if char == "{":
        end = _object(text, start, path, spans, drop)
    elif char == "[":
        end = _array(text, start, path, spans, drop)
    elif char == '"':
        end = scanstring(text, start + 1)[1]
    else:
        literal = next((w for w in _LITERALS if text.startswith(w, start)), None)
        match = None if literal else NUMBER_RE.match(text, start)
        if literal is None and match is None:
            raise ValueError(f"no JSON value at {start}")
        end = start + len(literal) if literal else match.end()  # type: ignore[union-attr]
    spans[path] = (start, end)
    return end


def _object(text: str, start: int, path: str, spans: dict[str, tuple[int, int]], drop: bool) -> int:
    index = _skip(text, start + 1)
    if text[index] == "}":
        return index + 1
    while True:
        key, index = scanstring(text, index + 1)
        index = _skip(text, index)
        if text[index] != ":":
            raise ValueError(f"expected ':' at {index}")
        child = f"{path}.{key}" if path else key
        keeps_nulls = not drop or (not path and key == "linkedin")  # kept as given
        index = _skip(text, _value(text, _skip(text, index + 1), child, spans, not keeps_nulls))
        if text[index] == "}":
            return index + 1
        index = _skip(text, index + 1)  # past the comma


def _array(text: str, start: int, path: str, spans: dict[str, tuple[int, int]], drop: bool) -> int:
    index = _skip(text, start + 1)
    if text[index] == "]":
        return index + 1
    count = 0
    while True:
        if drop and text.startswith("null", index):
            index = _skip(text, index + 4)
        else:
            index = _skip(text, _value(text, index, f"{path}[{count}]", spans, drop))
            count += 1
        if text[index] == "]":
            return index + 1
        index = _skip(text, index + 1)


def locate(
    text: str, spans: dict[str, tuple[int, int]], location: str, span: tuple[int, int] | None
) -> tuple[int, int | None] | None:
    """The (start, end) offsets in `text` of what a finding at field `location` is about:
    its `span` inside the string value when given, else the whole value. For a field the
    file lacks, the start of the nearest one it has (the object the field belongs in),
    with no end."""
    path = location
    while path not in spans:
        if not path:
            return None
        path = _LAST_PART.sub("", path) if _LAST_PART.search(path) else ""
    start, end = spans[path]
    if path != location:
        return start, None
    if span is not None and text[start] == '"':
        return _raw_offset(text, start + 1, span[0]), _raw_offset(text, start + 1, span[1])
    return start, end


def _raw_offset(text: str, start: int, count: int) -> int:
    """Where the `count`-th character of the string whose body starts at `start` is in
    the file: escapes (`\\n`, `\\u00e9`, a surrogate pair) are one character each."""
    index = start
    for _ in range(count):
        if text[index] == '"':
            break  # past the end of the string: its end
        if text[index] != "\\":
            index += 1
        elif text[index + 1] != "u":
            index += 2
        elif 0xD800 <= int(text[index + 2 : index + 6], 16) < 0xDC00 and text.startswith(
            "\\u", index + 6
        ):
            index += 12
        else:
            index += 6
    return index
