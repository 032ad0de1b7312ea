"""The facts overlay (--with) and the reference date (--as-of, archive date) in a lint run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import profile_lint.run as run
from profile_lint.errors import InputError
from profile_lint.readers.archive import read_archive
from profile_lint.readers.overlay import apply_facts
from tests.archive_builder import SAMPLE_CURRENT
from tests.cli_runner import FIXTURES

CURRENT = str(FIXTURES / "archive" / SAMPLE_CURRENT)
MAX = 1 << 20


def facts_file(tmp_path: Path, data: object) -> str:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data))
    return str(path)


def test_facts_merge(tmp_path: Path) -> None:
    profile = read_archive(CURRENT, MAX)
    apply_facts(
        profile,
        facts_file(
            tmp_path,
            {
                "linkedin": {"banner": "banner.png", "headline": "New headline"},
                "basics": {
                    "email": "me@example.org",
                    "profiles": [
                        {"network": "LinkedIn", "url": "https://www.linkedin.com/in/alex-exemplar"}
                    ],
                },
                "volunteer": [{"organization": "Food bank"}],
            },
        ),
        MAX,
    )
    assert profile.linkedin.banner == "banner.png"
    assert profile.linkedin.headline == "New headline"
    assert profile.fact_path("headline") == "linkedin.headline"
    assert profile.basics["email"] == "me@example.org"
    assert profile.basics["name"] == "Alex Exemplar"  # basics merged key by key
    assert profile.basics["profiles"] == [
        {"network": "LinkedIn", "url": "https://www.linkedin.com/in/alex-exemplar"}
    ]
    # The LinkedIn entry of basics.profiles fills public_url, as for any input.
    assert profile.linkedin.public_url == "https://www.linkedin.com/in/alex-exemplar"
    assert profile.knows("volunteer") and profile.knows("banner")
    assert profile.resume["volunteer"] == [{"organization": "Food bank"}]
    assert len(profile.resume["work"]) == 3  # untouched sections stay


def test_facts_lenient_problems_are_warnings(tmp_path: Path) -> None:
    profile = read_archive(CURRENT, MAX)
    path = facts_file(tmp_path, {"linkedin": {"photo": True, "colour": "blue"}})
    apply_facts(profile, path, MAX)
    assert profile.linkedin.photo is True
    assert [w.file for w in profile.import_warnings] == [path]
    assert "colour" in profile.import_warnings[0].what


@pytest.mark.parametrize(
    ("data", "message"),
    [([1], "expected a JSON object"), ({"work": "none"}, "expected a list, got text")],
)
def test_facts_wrong_shape(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        apply_facts(read_archive(CURRENT, MAX), facts_file(tmp_path, data), MAX)


def test_the_reference_date_is_decided_once_when_reading() -> None:
    """--as-of, else the archive's export date, else today: a date, never written into
    the model, and the one the rules see (`ctx.as_of`)."""
    session = run.open_session(run.Overrides(select=["PR003"]))
    json_profile = str(FIXTURES / "profiles" / "jsonresume-sample.json")
    days = [day for _, day in run.read_profiles(session, [CURRENT, json_profile])]
    assert days == [date(2026, 3, 14), date.today()]
    forced = run.read_profiles(session, [CURRENT, json_profile], as_of=date(2026, 1, 2))
    assert [day for _, day in forced] == [date(2026, 1, 2)] * 2
    assert read_archive(CURRENT, MAX).exported == date(2026, 3, 14)
    assert session.plan(CURRENT, days[0]).as_of == date(2026, 3, 14)
