"""Property tests for the configuration file: random TOML tables, keys and types, in
`.profile-lint.toml` or `pyproject.toml`. A configuration or a clean ConfigError naming
the file; when it loads, every rule it selects runs with the options it sets, on a
profile and on a draft, without failing."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from profile_lint.config import ConfigError, load_config, resolve
from profile_lint.engine import Plan, lint
from profile_lint.readers import read_profile
from profile_lint.readers.drafts import read_draft
from tests.cli_runner import FIXTURES
from tests.fuzz.common import (
    ANALYZER,
    AS_OF,
    KNOWN,
    REGISTRY,
    fuzz_settings,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import mutated, unicode_text

pytestmark = pytest.mark.slow

RULES = REGISTRY.rules
KEYS = [
    "select", "extend-select", "ignore", "per-file-ignores", "rules", "language", "fail-on",
    "max-file-size", "spacy-models", "weights",
]  # fmt: skip
SELECTORS = ["ALL", "PR", "PO", "AC", "PR0", "X", "", "pr004"] + [r.name for r in RULES]
SELECTORS += [r.code for r in RULES]
OPTIONS = [*sorted({o for r in RULES for o in r.options}), "severity", "bogus"]
PROFILE = read_profile(str(FIXTURES / "profiles" / "weak-en.json"))
DRAFT = str(FIXTURES / "posts" / "weak-en.md")

scalar = (
    st.booleans()
    | st.integers(-10, 10**6)
    | st.integers()
    | st.floats()
    | unicode_text
    | st.sampled_from(["en", "fr", "auto", "error", "warning", "info", "never"])
)
selectors = st.lists(st.sampled_from(SELECTORS), max_size=4) | st.sampled_from(SELECTORS)
values = {
    "select": selectors | scalar,
    "extend-select": selectors,
    "ignore": selectors,
    "per-file-ignores": st.dictionaries(st.sampled_from(["*.md", "*.json", "weak-*"]), selectors)
    | scalar,
    "rules": st.dictionaries(
        st.sampled_from(SELECTORS),
        st.dictionaries(
            st.sampled_from(OPTIONS), scalar | st.lists(unicode_text | st.integers(), max_size=3)
        ),
        max_size=3,
    )
    | scalar,
    "language": st.sampled_from(["auto", "en", "fr", "de"]) | scalar,
    "fail-on": st.sampled_from(["error", "warning", "info", "never", "all"]) | scalar,
    "max-file-size": st.integers(-1, 10**9) | scalar,
    "spacy-models": st.dictionaries(st.sampled_from(["en", "fr"]), unicode_text) | scalar,
    "weights": st.dictionaries(st.sampled_from(SELECTORS), st.integers(-1, 5) | st.floats())
    | scalar,
}
table = st.fixed_dictionaries({}, optional={k: values[k] for k in KEYS}) | st.dictionaries(
    unicode_text, scalar, max_size=3
)


def _typed(default: Any) -> st.SearchStrategy[Any]:
    """A value of the option's type, sensible or not: 0, negative, huge, empty."""
    if isinstance(default, bool):
        return st.booleans()
    if isinstance(default, int):
        return st.integers(-5, 10**9)
    if isinstance(default, float):
        return st.floats(-1e9, 1e9) | st.integers(-5, 10**6)
    if isinstance(default, list):
        return st.lists(unicode_text, max_size=4)
    if isinstance(default, str):
        return unicode_text
    return scalar


@st.composite
def rule_settings(draw: st.DrawFn) -> dict[str, Any]:
    """Per-rule tables that type-check: every option of a few rules, odd values included."""
    out: dict[str, Any] = {}
    for rule in draw(st.lists(st.sampled_from(RULES), max_size=6, unique=True)):
        key = draw(st.sampled_from([rule.name, rule.code]))
        settings = {
            n: draw(_typed(o.default)) for n, o in rule.options.items() if draw(st.booleans())
        }
        if draw(st.booleans()):
            settings["severity"] = draw(st.sampled_from(["error", "warning", "info"]))
        out[key] = settings
    return out


valid_ish = st.fixed_dictionaries(
    {"rules": rule_settings()},
    optional={
        "select": st.lists(st.sampled_from(["ALL", "PR", "PO", "AC"]), min_size=1, max_size=2),
        "ignore": st.lists(st.sampled_from(SELECTORS[8:]), max_size=3),
        "language": st.sampled_from(["auto", "en", "fr"]),
        "fail-on": st.sampled_from(["error", "warning", "info", "never"]),
        "weights": st.dictionaries(
            st.sampled_from(SELECTORS[8:]), st.integers(0, 5) | st.floats(0, 9)
        ),
        "per-file-ignores": st.dictionaries(
            st.sampled_from(["*.md", "*.json", "weak-*"]), st.lists(st.sampled_from(SELECTORS[8:]))
        ),
    },
)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(data: dict[str, Any], header: str | None) -> str:
    lines = [f"[{header}]"] if header else []
    lines += [f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in data.items()]
    return "\n".join(lines) + "\n"


def check(name: str, data: bytes) -> None:
    with sandbox() as root:
        path = root / name
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            try:
                active = resolve(load_config(str(path)), RULES)
            except ConfigError as exc:
                event(f"ConfigError: {(exc.field or exc.message)[:30]}")
                assert str(path) in str(exc) and "\n" not in str(exc), str(exc)
                return
            event(f"loaded ({len(active)} rules)" if len(active) < 5 else "loaded")
            result = lint(PROFILE, Plan(active, AS_OF, KNOWN), ANALYZER)
            assert result.errors == [], result.errors
            draft = read_draft(DRAFT, rules=RULES)
            result = lint(draft, Plan(active, AS_OF, KNOWN), ANALYZER)
            assert result.errors == [], result.errors
            json.dumps(result.fold.to_dict() if result.fold else None)


@fuzz_settings(300)
@given(table, st.sampled_from([".profile-lint.toml", "pyproject.toml"]))
def test_random_configuration_tables(data: dict[str, Any], name: str) -> None:
    header = "tool.profile-lint" if name == "pyproject.toml" else None
    check(name, toml_document(data, header).encode("utf-8", "surrogatepass"))


@fuzz_settings(200)
@given(valid_ish)
def test_rule_options_of_the_right_type_but_any_value(data: dict[str, Any]) -> None:
    """Options that type-check reach the rules: 0, negative or huge numbers, empty lists
    and strings must not make a rule fail."""
    check(".profile-lint.toml", toml_document(data, None).encode("utf-8", "surrogatepass"))


@fuzz_settings(100)
@given(table.flatmap(lambda t: mutated(toml_document(t, None).encode("utf-8", "replace"), 3)))
def test_damaged_configuration_files(data: bytes) -> None:
    check(".profile-lint.toml", data)


def test_a_key_with_a_line_break_gives_a_one_line_error() -> None:
    """Found by the fuzzer: `"\\n" = false` printed an error over two lines."""
    with sandbox() as root:
        path = root / ".profile-lint.toml"
        path.write_text('"\\n\\u001b[31m" = false\n', encoding="utf-8")
        try:
            load_config(str(path))
        except ConfigError as exc:
            assert str(exc) == f"{path}: \\n\\x1b[31m: unknown configuration key"
        else:
            raise AssertionError("an unknown key must be an error")
