"""Every date format of the archive, to ISO 8601."""

from __future__ import annotations

import pytest

from profile_lint.readers.archive.container import archive_date
from profile_lint.readers.archive.dates import day_of, to_iso


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("Jan 2024", "2024-01"),  # Positions Started On
        ("Dec 2021", "2021-12"),  # Education
        ("2017", "2017"),
        ("16 Dec 2024", "2024-12-16"),  # Connections Connected On
        ("02 Mar 2026", "2026-03-02"),
        ("1/8/18, 6:14 PM", "2018-01-08T18:14:00"),  # 2018 Connections
        ("04/15/24, 09:25 PM", "2024-04-15T21:25:00"),  # Recommendations
        ("12/15/24, 7:47 AM", "2024-12-15T07:47:00"),  # Invitations
        ("12/15/24, 12:05 AM", "2024-12-15T00:05:00"),
        ("12/15/24, 12:05 PM", "2024-12-15T12:05:00"),
        ("2025-07-01 14:33:22", "2025-07-01T14:33:22"),  # Shares, Comments, Reactions
        ("2024/12/07 14:51:07 UTC", "2024-12-07T14:51:07"),  # Endorsements
        ("2017/06/08 08:15:44 UTC", "2017-06-08T08:15:44"),  # 2018 UTF-16 files
        ("Apr 3, 2023", "2023-04-03"),  # Publications
        ("Feb 17, 1998", "1998-02-17"),  # 2018 birth date
        ("Mar 7", "--03-07"),  # birth date without a year
        ("Feb 29", "--02-29"),
        ("September 2020", "2020-09"),
        ("  Jan 2024 ", "2024-01"),
    ],
)
def test_formats(raw: str, iso: str) -> None:
    assert to_iso(raw) == iso


def test_empty_cell_is_none() -> None:
    assert to_iso("") is None
    assert to_iso("   ") is None


@pytest.mark.parametrize(
    "raw",
    [
        "Present",
        "Foo 2024",
        "2024-13-01 00:00:00",
        "13/40/24, 1:00 PM",
        "Feb 30",
        "31 Apr 2020",
        "2024-01-01 25:00:00",
        "1/8/18, 13:14 PM",
    ],
)
def test_unreadable_dates_raise(raw: str) -> None:
    with pytest.raises(ValueError):
        to_iso(raw)


def test_day_of() -> None:
    assert day_of("2025-07-01T14:33:22") == "2025-07-01"
    assert day_of("2024-12-16") == "2024-12-16"
    assert day_of("2024-01") is None
    assert day_of("--03-07") is None
    assert day_of(None) is None


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Basic_LinkedInDataExport_11-20-2026.zip", "2026-11-20"),
        ("/tmp/x/Complete_LinkedInDataExport_03-14-2026", "2026-03-14"),
        ("Basic_LinkedInDataExport_13-40-2026.zip", None),
        ("export.zip", None),
    ],
)
def test_archive_date(name: str, iso: str | None) -> None:
    assert archive_date(name) == iso
