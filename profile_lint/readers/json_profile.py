"""Read a profile written as JSON Resume, optionally with our `linkedin` object."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any

from profile_lint.errors import InputError
from profile_lint.model import ImportWarning, LinkedInFacts, Profile, fill_fallbacks
from profile_lint.readers.files import decode_text
from profile_lint.schema import input_schema

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


@cache
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft7Validator(input_schema())


def parse_json(path: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:
        raise InputError(path, "invalid JSON: nested too deeply") from exc


def validate(path: str, data: Any) -> list[ImportWarning]:
    """Raise InputError for data of the wrong shape; return warnings for lesser problems."""
    warnings: list[ImportWarning] = []
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
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


def profile_from_data(path: str, data: Any, fmt: str = "json") -> Profile:
    if not isinstance(data, dict):
        raise InputError(
            path, f"expected a JSON object (a JSON Resume document), got {_type_name(data)}"
        )
    linkedin = data.get("linkedin")
    resume = _drop_nulls({k: v for k, v in data.items() if k != "linkedin"})
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
    return profile_from_data(path, parse_json(path, decode_text(path, raw)))
