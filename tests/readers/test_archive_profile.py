"""The sample archives, field by field: profile part, activity part, layouts and containers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from profile_lint.readers import detect_format, read_profile
from profile_lint.readers.archive import read_archive
from tests.archive_builder import (
    POST_1,
    SAMPLE_2018,
    SAMPLE_CURRENT,
    current_sample,
    sample_2018,
    table,
    write_folder,
    write_zip,
)
from tests.cli_runner import FIXTURES

CURRENT = FIXTURES / "archive" / SAMPLE_CURRENT
OLD = FIXTURES / "archive" / SAMPLE_2018
MAX = 20 * 1024 * 1024


def test_fixtures_are_what_the_builder_writes() -> None:
    for folder, files in ((CURRENT, current_sample()), (OLD, sample_2018())):
        assert sorted(p.name for p in folder.iterdir()) == sorted(files)
        for name, data in files.items():
            assert (folder / name).read_bytes() == data, name


def test_current_basics_and_facts() -> None:
    p = read_archive(str(CURRENT), MAX)
    headline = "Product designer at Contoso | I turn clunky back-office tools into fast ones"
    assert p.source_format == "archive"
    assert p.basics == {
        "name": "Alex Exemplar",
        "label": headline,
        "summary": "I design internal tools that people actually enjoy using.\n"
        "Ten years across logistics and retail software.\nSay hello through my website.",
        "location": {
            "city": "Lyon",
            "region": "Auvergne-Rhône-Alpes",
            "country": "France",
            "postalCode": "69002",
        },
        "profiles": [
            {
                "network": "Twitter",
                "username": "alexexemplar",
                "url": "https://twitter.com/alexexemplar",
            },
            {"network": "Website (personal)", "url": "https://alex.example.com"},
            {"network": "Website (company)", "url": "https://contoso.example.com"},
        ],
    }
    assert p.linkedin.headline == headline
    assert p.linkedin.industry == "Design Services"
    assert p.linkedin.connections == 2
    # What the archive does not hold stays unknown.
    for fact in ("photo", "banner", "public_url", "followers", "featured", "open_to_work"):
        assert getattr(p.linkedin, fact) is None, fact
    assert p.import_warnings == []


def test_current_work_with_bullets_and_current_role() -> None:
    work = read_archive(str(CURRENT), MAX).resume["work"]
    assert work[0] == {
        "name": "Contoso",
        "position": "Senior Product Designer",
        "location": "Lyon, France",
        "startDate": "2024-01",
        "summary": "Teams lose hours to clunky back-office screens. I close that gap.",
        "highlights": [
            "Partner with 4 product teams on a shared design system",
            "Design UX for warehouse scanning, used by 1,200 operators",
            "Cut order-entry time by 35% in 2024",
        ],
    }
    assert "endDate" not in work[0]  # empty Finished On: current role
    assert work[1] == {
        "name": "Fabrikam",
        "position": "Product Designer",
        "location": "Paris",
        "startDate": "2019-03",
        "endDate": "2023-12",
        "summary": "Redesigned the returns flow.\nWorked with support.",
    }
    assert work[2] == {
        "name": "Northwind Traders",
        "position": "Design Intern",
        "startDate": "2017",
        "endDate": "2018",
    }


def test_current_other_sections() -> None:
    r = read_archive(str(CURRENT), MAX).resume
    assert r["education"] == [
        {
            "institution": "University of Example",
            "studyType": "Master of Design",
            "startDate": "2014",
            "endDate": "2017",
            "activities": "Design club",
        },
        {"institution": "Example School of Art", "startDate": "2011-09", "endDate": "2014-06"},
    ]
    assert [s["name"] for s in r["skills"]] == [
        "Interaction Design",
        "Design Systems",
        "User Research",
        "Figma",
        "Prototyping",
    ]
    assert r["languages"] == [
        {"language": "Français", "fluency": "Native or bilingual proficiency"},
        {"language": "English", "fluency": "Full professional proficiency"},
    ]
    assert r["certificates"] == [
        {
            "name": "Certified Accessibility Specialist",
            "issuer": "Example Accessibility Board",
            "url": "https://cert.example.org/a1",
            "date": "2022-06",
            "licenseNumber": "CAS-0001",
        }
    ]
    assert r["projects"] == [
        {
            "name": "Open icon set",
            "description": "120 icons for logistics apps.",
            "url": "https://icons.example.com",
            "startDate": "2021-04",
            "endDate": "2021-08",
        }
    ]
    assert r["awards"] == [
        {
            "title": "Best internal tool 2023",
            "date": "2023-11",
            "summary": "Awarded for the scanning app.",
        }
    ]
    assert r["publications"] == [
        {
            "name": "Designing for the warehouse floor",
            "publisher": "Example Design Journal",
            "releaseDate": "2023-04-03",
            "url": "https://journal.example.org/42",
            "summary": "What operators taught us.",
        }
    ]
    assert r["courses"] == [{"name": "Human factors", "number": "HF-201"}, {"name": "Typography"}]
    assert r["references"] == [
        {
            "name": "Sam Sample",
            "reference": "Alex made our tools fast.\nI would hire Alex again.",
            "company": "Contoso",
            "position": "Head of Product",
            "date": "2024-04-15T21:25:00",
            "status": "VISIBLE",
        }
    ]


def test_current_activity() -> None:
    profile = read_archive(str(CURRENT), MAX)
    assert profile.exported == date(2026, 3, 14)  # from the folder name, MM-DD-YYYY
    a = profile.activity
    assert a.posts == [
        {
            "date": "2026-03-02T08:15:00",
            "text": POST_1,
            "share_link": "https://www.linkedin.com/feed/update/urn:li:activity:7001",
            "shared_url": None,
            "media_url": None,
            "visibility": "MEMBER_NETWORK",
        },
        {
            "date": "2026-02-10T17:40:12",
            "text": "We are hiring a product designer in Lyon.",
            "share_link": "https://www.linkedin.com/feed/update/urn:li:activity:7002",
            "shared_url": "https://contoso.example.com/jobs/42",
            "media_url": None,
            "visibility": "MEMBER_NETWORK",
        },
    ]
    assert a.comments is not None and a.comments[0] == {
        "date": "2026-03-05T12:00:01",
        "link": "https://www.linkedin.com/feed/update/urn:li:activity:7101",
        "text": 'Great point about "small batches", thanks!',
    }
    assert a.reactions is not None
    assert [(x["date"], x["type"]) for x in a.reactions] == [
        ("2026-03-06T10:00:00", "LIKE"),
        ("2026-03-01T11:11:11", "PRAISE"),
        ("2025-12-24T18:00:00", "EMPATHY"),
    ]
    assert a.connections == [
        {
            "connected_on": "2024-12-16",
            "first_name": "Sam",
            "last_name": "Sample",
            "company": "Contoso",
            "position": "Head of Product",
        },
        {
            "connected_on": "2026-03-02",
            "first_name": "Robin",
            "last_name": "Placeholder",
            "company": "Fabrikam",
            "position": "Engineer",
        },
    ]
    assert a.invitations == [{"sent_at": "2024-12-15T07:47:00", "direction": "OUTGOING"}]
    assert a.endorsements_received == [
        {
            "date": "2024-12-07T14:51:07",
            "skill": "Figma",
            "endorser_name": "Sam Sample",
            "status": "ACCEPTED",
        }
    ]


def test_privacy_no_email_no_message_text() -> None:
    dumped = json.dumps(read_archive(str(CURRENT), MAX).to_dict(), ensure_ascii=False)
    assert "@" not in dumped  # sam@example.com (a connection), alex@example.com (own)
    assert "PRIVATE MESSAGE TEXT" not in dumped
    assert "PRIVATE INVITATION NOTE" not in dumped
    assert "linkedin.com/in/sam-sample" not in dumped  # connections' URLs are not kept


def test_known_sections_current() -> None:
    p = read_archive(str(CURRENT), MAX)
    assert p.known_sections == {
        "basics",
        "headline",
        "industry",
        "location",
        "work",
        "education",
        "skills",
        "languages",
        "certificates",
        "projects",
        "awards",
        "publications",
        "courses",
        "references",
    }
    assert not p.knows("volunteer") and not p.knows("interests")


def test_2018_layout() -> None:
    p = read_archive(str(OLD), MAX)
    assert p.import_warnings == []
    assert p.basics["name"] == "Dana Specimen"
    assert p.linkedin.headline == "Data analyst at Fabrikam"
    assert p.linkedin.industry == "Information Technology & Services"
    assert p.basics["location"] == {"city": "Paris Area", "country": "France"}
    assert [x["url"] for x in p.basics["profiles"]] == [
        "http://dana.example.com",
        "https://blog.example.com",
    ]
    assert p.resume["work"] == [
        {
            "name": "Fabrikam",
            "position": "Data Analyst",
            "location": "Paris",
            "startDate": "2016-09",
            "summary": "Weekly sales dashboards for 30 stores.",
        }
    ]
    assert p.resume["projects"] == [
        {
            "name": "Store heat map",
            "description": "Footfall by hour.",
            "startDate": "2017-01",
            "endDate": "2017-03",
        }
    ]
    assert p.resume["awards"] == [
        {"title": "Analyst of the year", "date": "2017-12", "awarder": "Fabrikam"}
    ]
    assert (
        p.resume["references"][0]["date"] == "2018-01-20T15:05:00"
    )  # "Recommendations Received.csv"
    assert p.activity.connections == [
        {
            "connected_on": "2018-01-08T18:14:00",
            "first_name": "Kim",
            "last_name": "Sample",
            "company": "Fabrikam",
            "position": "Manager",
        }
    ]
    assert p.activity.invitations == [{"sent_at": "2018-03-02T10:01:00", "direction": "OUTGOING"}]
    assert p.activity.posts is not None
    assert [(x["date"], x["text"], x["visibility"]) for x in p.activity.posts] == [
        ("2018-05-14T09:12:44", "Our dashboard went live today.\nThanks to the team!", "PUBLIC"),
        ("2017-06-08T08:15:44", "First post.", "PUBLIC"),
    ]
    assert p.activity.comments is None and p.activity.reactions is None  # no file: unknown
    assert p.exported == date(2018, 6, 20)
    assert "@" not in json.dumps(p.to_dict())


def _same(a, b) -> None:
    da, db = a.to_dict(), b.to_dict()
    assert da == db


def test_zip_rezipped_and_folder_agree(tmp_path: Path) -> None:
    folder = read_archive(str(CURRENT), MAX)
    plain = write_zip(tmp_path / f"{SAMPLE_CURRENT}.zip", current_sample())
    rezipped = write_zip(tmp_path / "export.zip", current_sample(), prefix=f"{SAMPLE_CURRENT}/")
    macos = current_sample()
    macos["__MACOSX/._Profile.csv"] = b"\x00\x05\x16\x07junk"
    mac = write_zip(tmp_path / "mac.zip", macos, prefix=f"{SAMPLE_CURRENT}/")
    for path in (plain, rezipped, mac):
        got = read_archive(str(path), MAX)
        assert got.known_sections == folder.known_sections
        _same(got, folder)  # as_of from the zip name, or from the folder inside it


def test_names_matched_ignoring_case_spaces_underscores(tmp_path: Path) -> None:
    files = {
        "PROFILE.CSV": current_sample()["Profile.csv"],
        "recommendations received.csv": current_sample()["Recommendations_Received.csv"],
        "Endorsement Received Info.csv": current_sample()["Endorsement_Received_Info.csv"],
    }
    p = read_archive(str(write_folder(tmp_path / "x", files)), MAX)
    assert p.basics["name"] == "Alex Exemplar"
    assert p.resume["references"][0]["name"] == "Sam Sample"
    assert p.activity.endorsements_received is not None


def test_single_csv_and_renamed_csv(tmp_path: Path) -> None:
    p = read_profile(str(CURRENT / "Positions.csv"), None, MAX)
    assert detect_format(str(CURRENT / "Positions.csv")) == "archive"
    assert len(p.resume["work"]) == 3 and p.known_sections == {"work"}
    assert p.basics == {} and p.linkedin.headline is None  # no Profile.csv: unknown
    renamed = tmp_path / "my posts.csv"
    renamed.write_bytes(current_sample()["Shares.csv"])
    q = read_profile(str(renamed), None, MAX)
    assert q.activity.posts is not None and q.activity.posts[0]["text"] == POST_1
    assert q.exported == date(2026, 3, 2)  # no date in the name: the newest activity


def test_absent_and_empty_files(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "x",
        {
            "Skills.csv": b"Name\n",
            "Reactions.csv": b"",
            "Profile.csv": table(
                ["First Name", "Last Name", "Headline", "Industry"], [["A", "B", "", ""]]
            ),
        },
    )
    p = read_archive(str(folder), MAX)
    assert p.resume["skills"] == [] and p.knows("skills")
    assert p.activity.reactions == []  # file there, empty
    assert p.activity.posts is None  # no file: unknown
    assert p.linkedin.headline == "" and p.linkedin.industry == ""  # stated empty: missing
    assert "work" not in p.resume and not p.knows("work")


def test_bad_rows_become_warnings(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "x",
        {
            "Positions.csv": table(
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                [["Acme", "CEO", "", "", "Sometime", ""]],
            )
            + b"broken,row\n",
            "Reactions.csv": b"Date,Type,Link\nyesterday,LIKE,https://l\n",
            "Skills.csv": b'Name\n""\nSQL\n',
        },
    )
    p = read_archive(str(folder), MAX)
    assert p.resume["work"] == [{"name": "Acme", "position": "CEO"}]
    assert p.activity.reactions == [{"date": None, "type": "LIKE", "link": "https://l"}]
    assert p.resume["skills"] == [{"name": "SQL"}]
    seen = {(w.file, w.line, w.what) for w in p.import_warnings}
    assert seen == {
        ("Positions.csv", 2, "unreadable date 'Sometime' in column startedon (left out)"),
        ("Positions.csv", 3, "row skipped: 2 cells, expected 6"),
        ("Reactions.csv", 2, "unreadable date 'yesterday' (kept without a date)"),
        ("Skills.csv", 2, "row skipped: no name"),
    }


@pytest.mark.parametrize("name", ["export.zip", "folder"])
def test_as_of_newest_activity_without_date_in_name(tmp_path: Path, name: str) -> None:
    files = {
        "Reactions.csv": b"Date,Type,Link\n2025-07-01 14:33:22,LIKE,a\n"
        b"2025-09-01 08:00:00,LIKE,b\n",
        "Connections.csv": b"First Name,Last Name,Company,Position,Connected On\n"
        b"A,B,C,D,16 Dec 2024\n",
    }
    path = (
        write_zip(tmp_path / name, files)
        if name.endswith(".zip")
        else write_folder(tmp_path / name, files)
    )
    assert read_archive(str(path), MAX).exported == date(2025, 9, 1)


def test_shares_2024_column_variant(tmp_path: Path) -> None:
    header = ["Date", "ShareLink", "ShareCommentary", "SharedURL", "MediaURL", "Visibility"]
    row = ["2024-05-02 10:00:00", "https://l", "Hi", "https://s.example", "", "CONNECTIONS"]
    p = read_archive(str(write_folder(tmp_path / "x", {"Shares.csv": table(header, [row])})), MAX)
    assert p.activity.posts == [
        {
            "date": "2024-05-02T10:00:00",
            "text": "Hi",
            "share_link": "https://l",
            "shared_url": "https://s.example",
            "media_url": None,
            "visibility": "CONNECTIONS",
        }
    ]
