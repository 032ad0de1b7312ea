"""Read a profile written as JSON Resume, optionally with our `linkedin` object."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning, LinkedInFacts, Profile, fill_fallbacks
from profile_lint.readers.files import decode_text
from profile_lint.schema import input_schema

# JSON Resume is five levels deep at most and a full profile holds a few thousand values:
# a deeper or bigger input is not a profile (and would cost minutes and gigabytes).
MAX_DEPTH = 64
MAX_VALUES = 20_000
MAX_ERRORS = 1_000
_LONG_NUMBER = re.compile(r"(?<!\d)\d{4300}")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Where a lone surrogate can come from in decoded UTF-8: an escape such as \udfff.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE = "a lone surrogate escape (\\ud800-\\udfff) is not a character"
# Schema complaints that leave the data usable: reported as warnings, not errors.
_LENIENT = {"pattern", "format", "additionalProperties", "minimum"}
_JSON_TYPES = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def field_path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _drop_nulls(value: Any) -> Any:
    """In JSON Resume sections a null means "not stated": drop it rather than reject it."""
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value if v is not None]
    return value


# Profiles checked with jsonschema before the schema is compiled with fastjsonschema:
# compiling (0.1 s) costs about as much as validating 100 profiles with jsonschema.
COMPILE_AFTER = 100
_checked = [0]


def _valid(data: Any) -> bool:
    """Whether `data` passes the schema with no complaint at all, by the compiled schema
    (5 times faster) once COMPILE_AFTER profiles have been read; False sends the data to
    jsonschema, which words the errors and warnings. fastjsonschema checks `format`, which
    jsonschema here does not: it is only ever stricter, never letting more through."""
    _checked[0] += 1
    if _checked[0] <= COMPILE_AFTER:
        return False
    try:
        _compiled()(data)
    except Exception:  # JsonSchemaException, or a value the compiled code trips on
        return False
    return True


@cache
def _compiled() -> Any:
    import fastjsonschema

    schema = input_schema()
    return fastjsonschema.compile(_inlined(schema, schema.get("definitions", {})))


def _inlined(node: Any, definitions: dict[str, Any]) -> Any:
    """`node` with each `{"$ref": "#/definitions/NAME"}` replaced by the definition: the
    compiled code then checks it in place instead of calling a function that formats the
    value's name first (5 times faster on profiles). A definition referring to itself
    would never end: JSON Resume's have none."""
    if isinstance(node, list):
        return [_inlined(v, definitions) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/definitions/"):
        return _inlined(definitions[ref.removeprefix("#/definitions/")], definitions)
    return {k: _inlined(v, definitions) for k, v in node.items()}


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft7Validator(input_schema())


def parse_json(path: str, text: str) -> Any:
    """The JSON value of `text`: bad JSON, a number of over 4,300 digits (Python's limit), a
    lone surrogate (`\\udfff`, not a character) or nesting over MAX_DEPTH levels are input
    errors naming the place."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise InputError(path, f"invalid JSON: nested over {MAX_DEPTH} levels deep") from exc
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits)"
        found = _LONG_NUMBER.search(text)
        at = found.start() if found else 0
        line = text.count("\n", 0, at) + 1
        column = at - text.rfind("\n", 0, at)
        raise InputError(
            path, "invalid JSON: a number of over 4,300 digits", line=line, column=column
        ) from exc
    _check_tree(path, data, text)
    return data


def _check_tree(path: str, data: Any, text: str) -> None:
    """At most MAX_VALUES values nested at most MAX_DEPTH deep, and no lone surrogate in a
    key or a text (walked without recursion: the value may be nested a thousand deep)."""
    if _plainly_fits(data, text):
        return
    count = 0
    stack: list[tuple[Iterator[tuple[Any, Any]], tuple[Any, ...]]] = [(iter([(None, data)]), ())]
    while stack:
        children, where = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            continue
        key, value = step
        place = (*where, key) if key is not None else where
        count += 1
        if count > MAX_VALUES:
            raise InputError(path, f"holds over {MAX_VALUES:,} values: not a profile")
        if len(place) > MAX_DEPTH:
            raise InputError(
                path, f"nested over {MAX_DEPTH} levels deep", field=field_path(place[:4]) + "..."
            )
        if isinstance(key, str) and _SURROGATE.search(key):
            raise InputError(path, _LONE, field=field_path([*where, repr(key)[1:-1]]))
        if isinstance(value, dict):
            stack.append((iter(value.items()), place))
        elif isinstance(value, list):
            stack.append((enumerate(value), place))
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise InputError(path, _LONE, field=field_path(place))


def _plainly_fits(data: Any, text: str) -> bool:
    """What most inputs allow: `_check_tree`'s checks, quickly, without naming a place.
    A value takes two characters at least (itself and a comma), so a text of under
    2 * MAX_VALUES holds fewer values; a surrogate in decoded UTF-8 comes from an escape."""
    if len(text) >= 2 * MAX_VALUES or _SURROGATE_ESCAPE.search(text):
        return False
    stack = [(data, 0)] if isinstance(data, (dict, list)) else []
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if children and depth >= MAX_DEPTH:
            return False
        stack += [(c, depth + 1) for c in children if isinstance(c, (dict, list))]
    return True


def validate(path: str, data: Any) -> list[ImportWarning]:
    """Raise InputError for data of the wrong shape; return warnings for lesser problems."""
    if _valid(data):
        return []  # nothing for jsonschema to say, not even a warning
    warnings: list[ImportWarning] = []
    # The first MAX_ERRORS are enough to name the first by field path (a list of 20,000
    # numbers where objects belong would make 20,000).
    found = islice(_validator().iter_errors(data), MAX_ERRORS)
    errors = sorted(found, key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        where = field_path(error.absolute_path)
        if error.validator in _LENIENT:
            warnings.append(ImportWarning(path, f"{where}: {error.message}"))
            continue
        if error.validator == "type":
            expected = error.validator_value
            names = [expected] if isinstance(expected, str) else list(expected)
            wanted = " or ".join(_JSON_TYPES.get(n, n) for n in names if n != "null")
            message = f"expected {wanted}, got {_type_name(error.instance)}"
        else:
            message = error.message
        raise InputError(path, message, field=where)
    return warnings


def profile_from_data(path: str, data: Any, fmt: str = "json", nulls: bool = True) -> Profile:
    """The profile of JSON `data`; `nulls` False when it holds none (its text has no
    `null`): nothing to drop then, and the walk is saved."""
    if not isinstance(data, dict):
        raise InputError(
            path, f"expected a JSON object (a JSON Resume document), got {_type_name(data)}"
        )
    linkedin = data.get("linkedin")
    resume = {k: v for k, v in data.items() if k != "linkedin"}
    if nulls:
        resume = _drop_nulls(resume)
    checked = dict(resume)
    if linkedin is not None:
        checked["linkedin"] = linkedin
    warnings = validate(path, checked)
    facts = LinkedInFacts()
    for key in LinkedInFacts.FIELDS:
        if isinstance(linkedin, dict) and key in linkedin:
            setattr(facts, key, linkedin[key])
    profile = Profile(
        resume=resume, linkedin=facts, source=path, source_format=fmt, import_warnings=warnings
    )
    fill_fallbacks(profile)
    return profile


def read_json_profile(path: str, raw: bytes) -> Profile:
    text = decode_text(path, raw)
    profile = profile_from_data(path, parse_json(path, text), nulls="null" in text)
    profile.source_text = text
    return profile
