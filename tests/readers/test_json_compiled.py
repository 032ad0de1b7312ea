"""The compiled input schema (fastjsonschema) never lets through what jsonschema flags.

A profile the compiled schema accepts skips jsonschema (no error, no warning); so for every
JSON input of the tests and fixtures, and for each of them broken in typical ways, an
acceptance by the compiled schema must mean jsonschema has nothing to say either.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from profile_lint.readers import json_profile
from profile_lint.readers.json_profile import _compiled, _validator

ROOT = Path(__file__).resolve().parent.parent.parent
INPUTS = sorted(
    p for d in ("tests", "fixtures") for p in (ROOT / d).rglob("*.json") if "schema" not in p.name
)


def broken(data: Any) -> list[Any]:
    """Copies of `data` with one value of the wrong kind, an odd date, an unknown field."""
    out = [data]
    if not isinstance(data, dict):
        return out
    for key, value in data.items():
        for wrong in (1, 1.0, True, "text", None, [], {}, "2024-13-45", -1):
            if wrong != value:
                changed = copy.deepcopy(data)
                changed[key] = wrong
                out.append(changed)
        if isinstance(value, dict):
            out += [{**data, key: inner} for inner in broken(value)[1:]]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out += [{**data, key: [inner, *value[1:]]} for inner in broken(value[0])[1:]]
    return out


def accepted(data: Any) -> bool:
    try:
        _compiled()(data)
    except Exception:
        return False
    return True


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_compiled_schema_is_never_more_lenient(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    variants = broken(data)
    fooled = [v for v in variants if accepted(v) and next(_validator().iter_errors(v), None)]
    assert fooled == []
    assert any(accepted(v) for v in variants) or not isinstance(data, dict)


def test_compiled_only_after_many_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first profiles of a run go to jsonschema: compiling costs as much as 100 of them."""
    data = json.loads((ROOT / "fixtures" / "profiles" / "weak-en.json").read_text())
    monkeypatch.setattr(json_profile, "_checked", [0])
    seen = [json_profile._valid(data) for _ in range(json_profile.COMPILE_AFTER + 1)]
    assert seen == [False] * json_profile.COMPILE_AFTER + [True]
