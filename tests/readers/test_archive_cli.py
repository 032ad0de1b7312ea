"""The installed command on archives: parse and profile, --as-of, --with, bad archives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.archive_builder import SAMPLE_2018, SAMPLE_CURRENT, current_sample, zip_bytes
from tests.cli_runner import FIXTURES, run_cli

CURRENT = str(FIXTURES / "archive" / SAMPLE_CURRENT)
OLD = str(FIXTURES / "archive" / SAMPLE_2018)
ISO = re.compile(r"^(\d{4}(-\d\d(-\d\d(T\d\d:\d\d:\d\d)?)?)?|--\d\d-\d\d)$")


def _dates(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _dates(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _dates(v, key)
    elif isinstance(value, str) and (
        key.lower().endswith(("date", "_on", "_at", "as_of")) or key == "date"
    ):
        yield value


def test_parse_prints_iso_dates_and_no_emails() -> None:
    for folder in (CURRENT, OLD):
        done = run_cli("parse", folder)
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        dates = list(_dates(data))
        assert len(dates) >= 10
        assert all(ISO.match(d) for d in dates), [d for d in dates if not ISO.match(d)]
        assert "@" not in done.stdout
        assert data["import_warnings"] == []


def test_parse_zip_and_single_csv(tmp_path: Path) -> None:
    path = tmp_path / "Basic_LinkedInDataExport_11-20-2026.zip"
    path.write_bytes(zip_bytes(current_sample()))
    data = json.loads(run_cli("parse", str(path)).stdout)
    assert data["exported"] == data["reference_date"] == "2026-11-20"
    assert data["work"][0]["startDate"] == "2024-01"
    one = json.loads(run_cli("parse", f"{CURRENT}/Connections.csv").stdout)
    assert one["activity"]["connections"][0]["connected_on"] == "2024-12-16"
    assert one["linkedin"]["connections"] == 2
    forced = run_cli("parse", "--input-format", "archive", CURRENT)
    assert forced.returncode == 0


def test_as_of_overrides_the_archive_date() -> None:
    data = json.loads(run_cli("parse", CURRENT, "--as-of", "2026-05-01").stdout)
    assert data["reference_date"] == "2026-05-01" and data["exported"] == "2026-03-14"
    bad = run_cli("parse", CURRENT, "--as-of", "May 1st")
    assert bad.returncode == 2 and "--as-of" in bad.stderr


def test_with_facts_overlay(tmp_path: Path) -> None:
    facts = tmp_path / "facts.json"
    facts.write_text(
        json.dumps(
            {
                "linkedin": {
                    "photo": True,
                    "public_url": "https://www.linkedin.com/in/alex-exemplar",
                    "followers": 640,
                },
                "basics": {"location": {"countryCode": "FR"}},
            }
        )
    )
    data = json.loads(run_cli("parse", CURRENT, "--with", str(facts)).stdout)
    assert data["linkedin"]["photo"] is True
    assert data["linkedin"]["public_url"] == "https://www.linkedin.com/in/alex-exemplar"
    assert data["linkedin"]["followers"] == 640
    assert data["linkedin"]["headline"].startswith("Product designer at Contoso")
    assert data["basics"]["location"] == {
        "city": "Lyon",
        "region": "Auvergne-Rhône-Alpes",
        "country": "France",
        "postalCode": "69002",
        "countryCode": "FR",
    }


def test_with_facts_validated_like_any_input(tmp_path: Path) -> None:
    facts = tmp_path / "facts.json"
    facts.write_text('{"linkedin": {"followers": "many"}}')
    done = run_cli("parse", CURRENT, "--with", str(facts))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"profile-lint: error: {facts}: linkedin.followers: expected a whole number, got text"
    )
    facts.write_text("[1, 2]")
    assert run_cli("parse", CURRENT, "--with", str(facts)).returncode == 2
    facts.write_text("{oops")
    assert "invalid JSON" in run_cli("profile", CURRENT, "--with", str(facts)).stderr


@pytest.mark.slow  # over 1.4 s: the fast loop stays under a minute
def test_profile_lints_an_archive(tmp_path: Path) -> None:
    done = run_cli("profile", CURRENT, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert "@" not in done.stdout
    facts = tmp_path / "facts.json"
    facts.write_text('{"linkedin": {"photo": false}}')
    with_photo = run_cli("profile", CURRENT, "--with", str(facts), "--select", "photo-missing")
    assert "photo-missing" in with_photo.stdout
    silent = run_cli("profile", CURRENT, "--select", "photo-missing")
    assert "photo-missing" not in silent.stdout  # the archive cannot tell: silent


def test_bad_archives_exit_2_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip"
    broken.write_bytes(zip_bytes(current_sample())[:500])
    done = run_cli("parse", str(broken))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"profile-lint: error: {broken}: not a readable ZIP archive")
    assert len(done.stderr.strip().splitlines()) == 1
    other = tmp_path / "data.csv"
    other.write_text("a,b\n1,2\n")
    done = run_cli("profile", str(other))
    assert done.returncode == 2 and "not a LinkedIn export file" in done.stderr


def test_warnings_summary_in_text_output(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "Skills.csv").write_bytes(b"Name\nSQL\nPy\x00thon\n")
    done = run_cli("profile", str(folder))
    assert "note: 1 import warning (first: Skills.csv:3: 1 NUL byte(s) removed)" in done.stdout
    data = json.loads(run_cli("parse", str(folder)).stdout)
    assert data["import_warnings"] == [
        {"file": "Skills.csv", "line": 3, "what": "1 NUL byte(s) removed"}
    ]
