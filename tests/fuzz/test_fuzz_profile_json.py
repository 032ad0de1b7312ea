"""Property tests: whatever JSON comes in, a normalised profile or a clean InputError, and
every rule runs over the result without failing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from profile_lint.config import Config, resolve
from profile_lint.engine import Plan, finish, lint
from profile_lint.errors import InputError
from profile_lint.readers import read_profile
from profile_lint.readers.json_profile import profile_from_data
from profile_lint.registry import load_registry
from profile_lint.text import Analyzer

pytestmark = pytest.mark.slow

RULES = resolve(Config(), load_registry(plugins=False).rules)
ANALYZER = Analyzer()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
) | st.sampled_from(["", " ", "2020-01", "Jan 2020", "2030", "I help teams ship.", "<script>"])
scalars = st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False) | words
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(words, inner, max_size=4),
    max_leaves=20,
)
date_text = st.sampled_from(["2019", "2020-02", "2021-13", "2024-02-30", "", "2031-01", "abc"])
work = st.fixed_dictionaries(
    {},
    optional={
        "name": words,
        "position": words,
        "summary": words,
        "startDate": date_text,
        "endDate": date_text,
        "highlights": st.lists(words, max_size=3),
    },
)
resume_like = st.fixed_dictionaries(
    {},
    optional={
        "basics": st.fixed_dictionaries(
            {},
            optional={
                "name": words,
                "label": words,
                "summary": words,
                "image": words,
                "profiles": st.lists(
                    st.fixed_dictionaries({}, optional={"network": words, "url": words}), max_size=2
                ),
            },
        ),
        "work": st.lists(work, max_size=3),
        "skills": st.lists(st.fixed_dictionaries({"name": words}), max_size=8),
        "education": st.lists(
            st.fixed_dictionaries({}, optional={"institution": words}), max_size=2
        ),
        "references": st.lists(
            st.fixed_dictionaries({}, optional={"reference": words}), max_size=2
        ),
        "linkedin": st.fixed_dictionaries(
            {},
            optional={
                "photo": st.booleans() | words,
                "banner": st.booleans() | st.none(),
                "headline": words,
                "public_url": words,
                "industry": words,
                "connections": st.integers(0, 5000),
            },
        ),
    },
)


def _lint_all(data: object) -> None:
    try:
        profile = profile_from_data("fuzz.json", data)
    except InputError as exc:
        assert "fuzz.json" in str(exc)
        return
    plan = Plan(RULES, date(2026, 11, 20))
    result = lint(profile, plan, ANALYZER)
    assert result.errors == [] and result.score is not None
    again = finish(profile, plan, ANALYZER, [*result.findings, *result.hidden])  # as cached
    assert again.score is not None and result.score.to_dict() == again.score.to_dict()


@SETTINGS
@given(json_values)
def test_any_json_value(data: object) -> None:
    _lint_all(data)


@SETTINGS
@given(resume_like)
def test_resume_shaped_documents(data: dict) -> None:
    _lint_all(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_on_disk(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "p.json"
    path.write_bytes(data)
    try:
        read_profile(str(path), "json")
    except InputError as exc:
        assert str(path) in str(exc)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_json_text_round_trip(tmp_path_factory, data: object) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "p.json"
    path.write_text(json.dumps(data))
    try:
        profile = read_profile(str(path))
    except InputError:
        return
    json.dumps(profile.to_dict())
