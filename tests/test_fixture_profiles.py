"""The sample profiles in fixtures/profiles/: what a coach would say about each.

The exemplary profiles (English and French) must pass every built-in rule without a warning
or an error; the weak ones must trip the structural rules a coach would point at. The text
rules (headline, About wording, buzzwords, verbs, metrics) add their own expectations.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from profile_lint.config import Config, resolve
from profile_lint.engine import Plan, Result, lint
from profile_lint.readers import read_profile
from profile_lint.registry import load_registry
from profile_lint.rule import Severity
from profile_lint.text import Analyzer
from tests.cli_runner import run_cli

PROFILES = Path(__file__).resolve().parent.parent / "fixtures" / "profiles"
AS_OF = date(2026, 11, 20)
REGISTRY = load_registry(plugins=False)
# Rules about the shape of a profile (what is there, how long, valid dates and URL).
STRUCTURAL = {
    "photo-missing",
    "banner-missing",
    "headline-missing",
    "headline-too-long",
    "about-missing",
    "about-too-short",
    "about-too-long",
    "experience-missing",
    "experience-no-description",
    "experience-thin-description",
    "experience-description-too-long",
    "experience-title-too-long",
    "experience-dates-invalid",
    "skills-too-few",
    "skills-too-many",
    "education-missing",
    "custom-url-missing",
    "custom-url-invalid",
    "location-missing",
    "industry-missing",
    "recommendations-none",
}


def _lint(name: str) -> Result:
    active = resolve(Config(), REGISTRY.rules)  # every built-in rule, default settings
    profile = read_profile(str(PROFILES / name))
    result = lint(profile, Plan(active, AS_OF), Analyzer(None))
    assert not result.errors
    assert not result.import_warnings, "a fixture must read cleanly"
    return result


def test_structural_rules_are_all_registered() -> None:
    assert STRUCTURAL.issubset(rule.name for rule in REGISTRY.rules)


@pytest.mark.parametrize("name", ["exemplary-en.json", "exemplary-fr.json"])
def test_exemplary_profile_has_no_warning_or_error(name: str) -> None:
    result = _lint(name)
    serious = [f.to_dict() for f in result.findings if f.severity >= Severity.WARNING]
    assert serious == []
    assert {f.name for f in result.findings} & STRUCTURAL == set()


@pytest.mark.parametrize("name", ["exemplary-en.json", "exemplary-fr.json"])
def test_exemplary_profile_is_what_the_brief_describes(name: str) -> None:
    data = json.loads((PROFILES / name).read_text(encoding="utf-8"))
    assert 800 <= len(data["basics"]["summary"]) <= 1500
    assert len(data["work"]) >= 3
    for position in data["work"]:
        text = "\n".join([position["summary"], *position["highlights"]])
        assert 250 <= len(text) <= 800, position["name"]
        assert any(ch.isdigit() for ch in text), position["name"]
    assert 10 <= len(data["skills"]) <= 30
    assert len(data["references"]) >= 2
    corpus = " ".join(
        [data["basics"]["summary"]]
        + [t for p in data["work"] for t in [p["summary"], *p["highlights"]]]
    ).casefold()
    for skill in data["skills"]:
        assert skill["name"].casefold() in corpus, f"{skill['name']} is not shown in the text"


WEAK = {
    "weak-en.json": {
        ("photo-missing", "linkedin.photo"),
        ("banner-missing", "linkedin.banner"),
        ("about-too-short", "basics.summary"),
        ("experience-thin-description", "work[0]"),
        ("experience-no-description", "work[2]"),
        ("skills-too-few", "skills"),
        ("education-missing", "education"),
        ("custom-url-missing", "basics.profiles[0]"),
    },
    "weak-fr.json": {
        ("photo-missing", "linkedin.photo"),
        ("banner-missing", "linkedin.banner"),
        ("about-too-short", "basics.summary"),
        ("experience-thin-description", "work[0]"),
        ("skills-too-few", "skills"),
        ("location-missing", "basics.location"),
    },
}


@pytest.mark.parametrize("name", sorted(WEAK))
def test_weak_profile_trips_what_a_coach_would_point_at(name: str) -> None:
    result = _lint(name)
    found = {(f.name, f.location) for f in result.findings if f.name in STRUCTURAL}
    assert found == WEAK[name]


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_cli_on_all_fixture_profiles() -> None:
    paths = [str(PROFILES / n) for n in ("exemplary-en.json", "exemplary-fr.json", *WEAK)]
    done = run_cli("profile", "--format", "json", "--as-of", "2026-11-20", *paths)
    assert done.returncode in (0, 1), done.stderr
    results = {Path(r["path"]).name: r for r in json.loads(done.stdout)["results"]}
    for name in ("exemplary-en.json", "exemplary-fr.json"):
        assert [f for f in results[name]["findings"] if f["severity"] != "info"] == []
    for name, expected in WEAK.items():
        found = {(f["name"], f["location"]) for f in results[name]["findings"]}
        assert expected <= found


# What the text rules say about the weak profiles' wording, in each language.
WEAK_WORDING = {
    "headline-title-only",
    "buzzwords",
    "about-third-person",
    "experience-weak-verbs",
    "experience-no-metrics",
    "skills-not-evidenced",
}


@pytest.mark.parametrize("name", sorted(WEAK))
def test_weak_profile_wording_is_called_out(name: str) -> None:
    result = _lint(name)
    names = {f.name for f in result.findings}
    assert names >= WEAK_WORDING
    buzz = [f for f in result.findings if f.name == "buzzwords"]
    assert buzz and all(f.location and f.span for f in buzz)
    # French text gets the French lexicons, and is French for the output language
    assert result.lang == ("fr" if name.endswith("-fr.json") else "en")
