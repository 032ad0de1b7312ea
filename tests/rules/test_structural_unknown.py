"""Unknown is not missing: the structural profile rules stay silent on inputs that cannot tell.

The YAML cases run on JSON profiles, which know every section; these tests build profiles
the way a partial reader (an archive, a pasted page) does, with `known_sections` set.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from profile_lint.config import ActiveRule
from profile_lint.engine import Plan, lint
from profile_lint.model import Profile
from profile_lint.readers import read_profile
from profile_lint.registry import load_registry
from profile_lint.text import Analyzer

STRUCTURAL = [
    "banner-missing",
    "headline-missing",
    "about-missing",
    "about-too-short",
    "about-too-long",
    "experience-missing",
    "experience-no-description",
    "experience-thin-description",
    "experience-description-too-long",
    "experience-title-too-long",
    "experience-dates-invalid",
    "skills-too-many",
    "education-missing",
    "custom-url-missing",
    "custom-url-invalid",
    "location-missing",
    "industry-missing",
    "recommendations-none",
]
REGISTRY = load_registry(plugins=False)


def _names(profile: Profile, names: list[str]) -> set[str]:
    active = []
    for name in names:
        rule = REGISTRY.by_key(name)
        assert rule is not None, name
        active.append(ActiveRule(rule(), rule.severity, rule.defaults()))
    result = lint(profile, Plan(active, date(2026, 11, 20)), Analyzer(None))
    assert not result.errors
    return {f.name for f in result.findings}


def test_input_that_knows_nothing_is_silent() -> None:
    profile = Profile(source="archive.zip", source_format="archive", known_sections=set())
    assert _names(profile, STRUCTURAL) == set()


@pytest.mark.parametrize(
    ("known", "expected"),
    [
        ({"headline"}, {"headline-missing"}),
        ({"basics"}, {"about-missing", "location-missing"}),
        ({"work"}, {"experience-missing"}),
        ({"education"}, {"education-missing"}),
        ({"references"}, {"recommendations-none"}),
        ({"public_url"}, {"custom-url-missing"}),
    ],
)
def test_a_known_section_is_judged(known: set[str], expected: set[str]) -> None:
    profile = Profile(source="archive.zip", source_format="archive", known_sections=known)
    assert _names(profile, STRUCTURAL) == expected


def test_stated_empty_facts_fire_on_any_input() -> None:
    profile = Profile(source="archive.zip", source_format="archive", known_sections={"basics"})
    profile.linkedin.headline = ""
    profile.linkedin.industry = ""
    profile.resume["basics"] = {"summary": "Commercial.", "location": {"city": "Lyon"}}
    expected = {"headline-missing", "industry-missing", "about-too-short"}
    assert _names(profile, STRUCTURAL) == expected


@pytest.mark.parametrize("name", STRUCTURAL)
def test_rule_is_applicable_only_when_the_input_can_tell(name: str) -> None:
    rule = REGISTRY.by_key(name)
    assert rule is not None
    unknown = Profile(source="archive.zip", source_format="archive", known_sections=set())
    assert not rule().applicable(unknown)


def test_single_positions_file_lets_only_experience_rules_speak() -> None:
    root = Path(__file__).resolve().parents[2] / "fixtures" / "archive"
    path = root / "Complete_LinkedInDataExport_03-14-2026" / "Positions.csv"
    fired = _names(read_profile(str(path)), STRUCTURAL)
    assert fired, "the sample positions include thin or missing descriptions"
    assert all(name.startswith("experience-") for name in fired), fired
