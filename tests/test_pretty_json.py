"""pretty_json writes what json.dumps(indent=..., ensure_ascii=False) writes, exactly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.formatters import pretty_json

leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
documents = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(keys, inner, max_size=5)
    ),
    max_leaves=40,
)


@given(documents, st.integers(min_value=0, max_value=4))
def test_same_text_as_the_standard_library(value: Any, indent: int) -> None:
    assert pretty_json.dumps(value, indent) == json.dumps(value, indent=indent, ensure_ascii=False)


@given(documents)
def test_margin_starts_every_line_after_the_first(value: Any) -> None:
    plain = json.dumps(value, indent=2, ensure_ascii=False)
    assert pretty_json.dumps(value, margin="    ") == plain.replace("\n", "\n    ")


def test_hostile_strings_are_escaped_as_json_does() -> None:
    value = {"a\u2028b": ['\x00\x1f"\\', "\ud800", "é\u202e"], "n": [1.5e300, -0.0, 2**70]}
    assert pretty_json.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("value", [{1j: 1}, [object()], {"set": {1, 2}}, b"bytes"])
def test_what_json_cannot_hold_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        json.dumps(value, indent=2)
    with pytest.raises(TypeError):
        pretty_json.dumps(value)
