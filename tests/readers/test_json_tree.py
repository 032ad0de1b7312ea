"""The quick check of a JSON value's size, depth and surrogates agrees with the full walk.

`_check_tree` first asks `_plainly_fits`, which names no place; only when it cannot vouch
for the value does the walk run that names the place of the problem.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.errors import InputError
from profile_lint.readers.json_profile import MAX_DEPTH, MAX_VALUES, _check_tree, _plainly_fits

LONG = " " * (2 * MAX_VALUES)  # a text too long for the quick check: the full walk runs

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=30,
)


def walk_accepts(data: Any) -> bool:
    try:
        _check_tree("p.json", data, LONG)
    except InputError:
        return False
    return True


@given(values)
def test_quick_check_vouches_only_for_what_the_walk_accepts(data: Any) -> None:
    text = json.dumps(data)
    if _plainly_fits(data, text):
        assert walk_accepts(data)


def nest(depth: int) -> Any:
    value: Any = 1
    for index in range(depth):
        value = {"a": value} if index % 2 else [value]
    return value


@pytest.mark.parametrize("depth", [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 5])
def test_depth_limit_is_the_walks(depth: int) -> None:
    data = nest(depth)
    assert _plainly_fits(data, json.dumps(data)) == walk_accepts(data) == (depth <= MAX_DEPTH)


@pytest.mark.parametrize(
    "text",
    ['{"a": "x\\udfff"}', '{"a\\uD800": 1}', '["\\udc00"]'],
)
def test_surrogate_escapes_go_to_the_walk(text: str) -> None:
    data = json.loads(text)
    assert not _plainly_fits(data, text)
    with pytest.raises(InputError, match="lone surrogate"):
        _check_tree("p.json", data, text)


def test_a_paired_escape_is_a_character() -> None:
    text = '{"a": "\\ud83d\\ude00"}'  # an emoji written as two escapes
    data = json.loads(text)
    _check_tree("p.json", data, text)  # no error (the walk runs: it has escapes)
    assert not _plainly_fits(data, text)


def test_a_long_text_goes_to_the_walk() -> None:
    data = list(range(MAX_VALUES + 1))
    text = json.dumps(data)
    assert not _plainly_fits(data, text)
    with pytest.raises(InputError, match="values"):
        _check_tree("p.json", data, text)
