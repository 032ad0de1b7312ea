"""Write synthetic LinkedIn data archives byte for byte as LinkedIn does, quirks included.

Everything here is fictional (Contoso, Fabrikam, Northwind are sample company names;
addresses are on example.com). `python -m tests.archive_builder` rewrites the two sample
folders under fixtures/archive/ (a current layout and a 2018 layout).
"""

from __future__ import annotations

import codecs
import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

CONNECTIONS_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more about this setting "
    'here: https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)


def cell(value: str) -> str:
    """A CSV cell as LinkedIn writes it: quoted (quotes doubled) when it needs to be."""
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def post_cell(text: str) -> str:
    """ShareCommentary: every line wrapped in a literal quote, then CSV-quoted; the first
    line's opening and the last line's closing quote are the field's own."""
    lines = [line.replace('"', '""') for line in text.split("\n")]
    return '"' + '""\n""'.join(lines) + '"'


def comment_cell(text: str) -> str:
    """Comments.csv Message: quotes escaped with a backslash, not doubled."""
    return '"' + text.replace('"', '\\"') + '"'


def csv_text(header: list[str], rows: list[list[str]], newline: str = "\n") -> str:
    """Header and rows; cells already raw (see post_cell, comment_cell) are kept as given."""
    lines = [",".join(header)] + [",".join(row) for row in rows]
    return newline.join(lines) + newline


def table(header: list[str], rows: list[list[str]], newline: str = "\n") -> bytes:
    """A UTF-8 CSV file (no BOM), cells quoted as needed."""
    return csv_text(header, [[cell(c) for c in r] for r in rows], newline).encode()


def raw_table(header: list[str], rows: list[list[str]], newline: str = "\n") -> bytes:
    """A UTF-8 CSV file whose cells are given already encoded."""
    return csv_text(header, rows, newline).encode()


def utf16_table(header: list[str], rows: list[list[str]]) -> bytes:
    """The 2018 activity layout: UTF-16LE with BOM, TAB-separated, every field quoted."""

    def q(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    lines = ["\t".join(q(h) for h in header)] + ["\t".join(q(c) for c in r) for r in rows]
    return codecs.BOM_UTF16_LE + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


PROFILE_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
    "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers"
).split(",")
PROFILE_2018_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,"
    "Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers"
).split(",")
POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On".split(",")
SHARES_HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility".split(",")
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On".split(
    ","
)
RECOMMENDATIONS_HEADER = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status".split(
    ","
)

POST_1 = 'Three things I learned shipping our "quiet" release:\n\n1. Ship small.\n2. Say why.'
POST_2 = "We are hiring a product designer in Lyon."
COMMENT_1 = 'Great point about "small batches", thanks!'
SUMMARY = (
    "I design internal tools that people actually enjoy using.  "
    "Ten years across logistics and retail software.  Say hello through my website."
)
POSITION_1 = (
    "Teams lose hours to clunky back-office screens. I close that gap.  "
    "• Partner with 4 product teams on a shared design system "
    "• Design UX for warehouse scanning, used by 1,200 operators "
    "• Cut order-entry time by 35% in 2024"
)


def current_sample() -> dict[str, bytes]:
    """A fictional member's Complete archive, current (2024-2026) layout, with activity."""
    profile = [
        [
            "Alex",
            "Exemplar",
            "",
            "",
            "Mar 7",
            "Product designer at Contoso | I turn clunky back-office tools into fast ones",
            SUMMARY,
            "Design Services",
            "69002",
            "Lyon, Auvergne-Rhône-Alpes, France",
            "[alexexemplar]",
            "[PERSONAL:https://alex.example.com],[COMPANY:https://contoso.example.com]",
            "",
        ]
    ]
    positions = [
        ["Contoso", "Senior Product Designer", POSITION_1, "Lyon, France", "Jan 2024", ""],
        [
            "Fabrikam",
            "Product Designer",
            "Redesigned the returns flow.  Worked with support.",
            "Paris",
            "Mar 2019",
            "Dec 2023",
        ],
        ["Northwind Traders", "Design Intern", "", "", "2017", "2018"],
    ]
    shares = [
        [
            "2026-03-02 08:15:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7001",
            post_cell(POST_1),
            '""',
            '""',
            "MEMBER_NETWORK",
        ],
        [
            "2026-02-10 17:40:12",
            "https://www.linkedin.com/feed/update/urn:li:activity:7002",
            post_cell(POST_2),
            "https://contoso.example.com/jobs/42",
            '""',
            "MEMBER_NETWORK",
        ],
    ]
    comments = [
        [
            "2026-03-05 12:00:01",
            "https://www.linkedin.com/feed/update/urn:li:activity:7101",
            comment_cell(COMMENT_1),
        ],
        [
            "2026-01-20 09:30:00",
            "https://www.linkedin.com/feed/update/urn:li:activity:7102",
            comment_cell("Agreed, well said."),
        ],
    ]
    return {
        "Profile.csv": table(PROFILE_HEADER, profile),
        "Positions.csv": table(POSITIONS_HEADER, positions),
        "Education.csv": table(
            "School Name,Start Date,End Date,Notes,Degree Name,Activities".split(","),
            [
                ["University of Example", "2014", "2017", "", "Master of Design", "Design club"],
                ["Example School of Art", "Sep 2011", "Jun 2014", "", "", ""],
            ],
        ),
        "Skills.csv": table(
            ["Name"],
            [
                ["Interaction Design"],
                ["Design Systems"],
                ["User Research"],
                ["Figma"],
                ["Prototyping"],
            ],
        ),
        "Languages.csv": table(
            ["Name", "Proficiency"],
            [
                ["Français", "Native or bilingual proficiency"],
                ["English", "Full professional proficiency"],
            ],
        ),
        "Certifications.csv": table(
            "Name,Url,Authority,Started On,Finished On,License Number".split(","),
            [
                [
                    "Certified Accessibility Specialist",
                    "https://cert.example.org/a1",
                    "Example Accessibility Board",
                    "Jun 2022",
                    "",
                    "CAS-0001",
                ]
            ],
        ),
        "Projects.csv": table(
            "Title,Description,Url,Started On,Finished On".split(","),
            [
                [
                    "Open icon set",
                    "120 icons for logistics apps.",
                    "https://icons.example.com",
                    "Apr 2021",
                    "Aug 2021",
                ]
            ],
        ),
        "Honors.csv": table(
            "Title,Description,Issued On".split(","),
            [["Best internal tool 2023", "Awarded for the scanning app.", "Nov 2023"]],
        ),
        "Publications.csv": table(
            "Name,Published On,Description,Publisher,Url".split(","),
            [
                [
                    "Designing for the warehouse floor",
                    "Apr 3, 2023",
                    "What operators taught us.",
                    "Example Design Journal",
                    "https://journal.example.org/42",
                ]
            ],
        ),
        "Courses.csv": table(["Name", "Number"], [["Human factors", "HF-201"], ["Typography", ""]]),
        "Recommendations_Received.csv": table(
            RECOMMENDATIONS_HEADER,
            [
                [
                    "Sam",
                    "Sample",
                    "Contoso",
                    "Head of Product",
                    "Alex made our tools fast.  I would hire Alex again.",
                    "04/15/24, 09:25 PM",
                    "VISIBLE",
                ]
            ],
        ),
        "Shares.csv": raw_table(SHARES_HEADER, shares, "\r\n"),
        "Comments.csv": raw_table("Date,Link,Message".split(","), comments, "\r\n"),
        "Reactions.csv": table(
            "Date,Type,Link".split(","),
            [
                [
                    "2026-03-06 10:00:00",
                    "LIKE",
                    "https://www.linkedin.com/feed/update/urn:li:activity:7201",
                ],
                [
                    "2026-03-01 11:11:11",
                    "PRAISE",
                    "https://www.linkedin.com/feed/update/urn:li:activity:7202",
                ],
                [
                    "2025-12-24 18:00:00",
                    "EMPATHY",
                    "https://www.linkedin.com/feed/update/urn:li:activity:7203",
                ],
            ],
            "\r\n",
        ),
        "Connections.csv": CONNECTIONS_NOTES.encode()
        + table(
            CONNECTIONS_HEADER,
            [
                [
                    "Sam",
                    "Sample",
                    "https://www.linkedin.com/in/sam-sample",
                    "sam@example.com",
                    "Contoso",
                    "Head of Product",
                    "16 Dec 2024",
                ],
                [
                    "Robin",
                    "Placeholder",
                    "https://www.linkedin.com/in/robin-placeholder",
                    "",
                    "Fabrikam",
                    "Engineer",
                    "02 Mar 2026",
                ],
            ],
        ),
        "Invitations.csv": table(
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl".split(","),
            [
                [
                    "Alex Exemplar",
                    "Kim Sample",
                    "12/15/24, 7:47 AM",
                    "PRIVATE INVITATION NOTE",
                    "OUTGOING",
                    "https://www.linkedin.com/in/alex",
                    "https://www.linkedin.com/in/kim",
                ]
            ],
        ),
        "Endorsement_Received_Info.csv": table(
            (
                "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,"
                "Endorser Public Url,Endorsement Status"
            ).split(","),
            [
                [
                    "2024/12/07 14:51:07 UTC",
                    "Figma",
                    "Sam",
                    "Sample",
                    "www.linkedin.com/in/sam-sample",
                    "ACCEPTED",
                ]
            ],
        ),
        "messages.csv": table(
            "CONVERSATION ID,FROM,TO,DATE,CONTENT".split(","),
            [
                [
                    "1",
                    "Sam Sample",
                    "Alex Exemplar",
                    "2026-01-01 10:00:00 UTC",
                    "PRIVATE MESSAGE TEXT",
                ]
            ],
        ),
        "Email Addresses.csv": table(
            ["Email Address", "Confirmed", "Primary"], [["alex@example.com", "Yes", "Yes"]]
        ),
    }


def sample_2018() -> dict[str, bytes]:
    """A fictional member's 2018 archive: older columns and names, UTF-16 Shares.csv."""
    profile = [
        [
            "Dana",
            "Specimen",
            "",
            "",
            "Feb 17, 1998",
            "",
            "Data analyst at Fabrikam",
            "I turn spreadsheets into decisions.",
            "Information Technology & Services",
            "FR",
            "",
            "Paris Area, France",
            "",
            "PORTFOLIO:http://dana.example.com, PORTFOLIO:https://blog.example.com",
            "",
        ]
    ]
    return {
        "Profile.csv": table(PROFILE_2018_HEADER, profile),
        "Positions.csv": table(
            POSITIONS_HEADER,
            [
                [
                    "Fabrikam",
                    "Data Analyst",
                    "Weekly sales dashboards for 30 stores.",
                    "Paris",
                    "Sep 2016",
                    "",
                ]
            ],
        ),
        "Skills.csv": table(["Name"], [["SQL"], ["Excel"]]),
        "Projects.csv": table(
            "Title,Description,Url,Start Date,End Date".split(","),
            [["Store heat map", "Footfall by hour.", "", "Jan 2017", "Mar 2017"]],
        ),
        "Honors.csv": table(
            "Title,Description,Issuer,Issue Date".split(","),
            [["Analyst of the year", "", "Fabrikam", "Dec 2017"]],
        ),
        "Recommendations Received.csv": table(
            RECOMMENDATIONS_HEADER,
            [
                [
                    "Kim",
                    "Sample",
                    "Fabrikam",
                    "Manager",
                    "Dana is precise.",
                    "1/20/18, 3:05 PM",
                    "VISIBLE",
                ]
            ],
        ),
        "Connections.csv": table(
            "First Name,Last Name,Email Address,Company,Position,Connected On".split(","),
            [["Kim", "Sample", "kim@example.com", "Fabrikam", "Manager", "1/8/18, 6:14 PM"]],
        ),
        "Invitations.csv": table(
            "From,To,Sent At,Message,Direction".split(","),
            [["Dana Specimen", "Lee Sample", "3/2/18, 10:01 AM", "", "OUTGOING"]],
        ),
        "Shares.csv": utf16_table(
            [
                "Date",
                "Share Title",
                "Share Description",
                "Share Link",
                "Share Commentary",
                "Shared URL",
                "Media URL",
                "Type",
                "Visibility",
            ],
            [
                [
                    "2018/05/14 09:12:44 UTC",
                    "",
                    "",
                    "https://www.linkedin.com/feed/update/urn:li:activity:64",
                    "Our dashboard went live today.\nThanks to the team!",
                    "",
                    "",
                    "SHARE",
                    "PUBLIC",
                ],
                [
                    "2017/06/08 08:15:44 UTC",
                    "",
                    "",
                    "https://www.linkedin.com/feed/update/urn:li:activity:63",
                    "First post.",
                    "",
                    "",
                    "SHARE",
                    "PUBLIC",
                ],
            ],
        ),
    }


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def zip_bytes(files: dict[str, bytes], prefix: str = "") -> bytes:
    """The files as a ZIP (deflated), each under `prefix` (a re-zipped folder)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(prefix + name, data)
    return buffer.getvalue()


def write_zip(path: Path, files: dict[str, bytes], prefix: str = "") -> Path:
    path.write_bytes(zip_bytes(files, prefix))
    return path


SAMPLE_CURRENT = "Complete_LinkedInDataExport_03-14-2026"
SAMPLE_2018 = "Basic_LinkedInDataExport_06-20-2018"


def overlapping_zip(names: list[str], shift: int, rows: int = 100_000) -> bytes:
    """One deflated block of CSV rows, and a central directory whose entries all point into
    it, `shift` bytes apart (0: the same data read as every member): a "better ZIP bomb"."""
    data = b"Date,Type,Link\n" + b"x,y\n" * rows
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    blob = packer.compress(data) + packer.flush()
    crc, first = zlib.crc32(data), names[0].encode()
    sizes = (crc, len(blob), len(data))
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, *sizes, len(first), 0)
    directory = b""
    for index, name in enumerate(names):
        encoded = name.encode()
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, *sizes, len(encoded), 0, 0, 0, 0,
            0, index * shift,
        ) + encoded  # fmt: skip
    body = local + first + blob
    count = len(names)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return body + directory + end


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("fixtures/archive")
    write_folder(root / SAMPLE_CURRENT, current_sample())
    write_folder(root / SAMPLE_2018, sample_2018())
    print(f"wrote {root / SAMPLE_CURRENT} and {root / SAMPLE_2018}")


if __name__ == "__main__":
    main()
