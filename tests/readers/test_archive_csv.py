"""The CSV quirks of real archives, file by file, and lenient reading with warnings."""

from __future__ import annotations

import codecs

from profile_lint.model import ImportWarning
from profile_lint.readers.archive.csvfile import decode, parse
from tests.archive_builder import (
    CONNECTIONS_HEADER,
    CONNECTIONS_NOTES,
    comment_cell,
    post_cell,
    raw_table,
    table,
    utf16_table,
)


def rows(data: bytes, name: str = "X.csv", comments: bool = False):
    warnings: list[ImportWarning] = []
    found = parse(name, decode(name, data, warnings), warnings, comments)
    assert found is not None
    return list(found.records()), warnings


CONNECTION = ["Sam", "Sample", "https://www.linkedin.com/in/s", "", "Contoso", "CTO", "16 Dec 2024"]


def test_connections_preamble_skipped_and_lines_counted() -> None:
    data = CONNECTIONS_NOTES.encode() + table(CONNECTIONS_HEADER, [CONNECTION])
    found, warnings = rows(data)
    assert warnings == []
    assert found == [
        (
            5,
            dict(
                zip(
                    [
                        "firstname",
                        "lastname",
                        "url",
                        "emailaddress",
                        "company",
                        "position",
                        "connectedon",
                    ],
                    CONNECTION,
                    strict=True,
                )
            ),
        )
    ]


def test_connections_without_preamble() -> None:
    found, _ = rows(table(CONNECTIONS_HEADER, [CONNECTION]))
    assert found[0][0] == 2
    assert found[0][1]["firstname"] == "Sam"


def test_connections_preamble_without_blank_line() -> None:
    data = CONNECTIONS_NOTES.replace("\n\n", "\n").encode() + table(
        CONNECTIONS_HEADER, [CONNECTION]
    )
    found, warnings = rows(data)
    assert warnings == []
    assert found[0][1]["connectedon"] == "16 Dec 2024"


def test_post_wrapped_lines_raw_bytes() -> None:
    # The exact bytes of the reference: "line one""\n""""\n""line three"
    assert post_cell("line one\n\nline three") == '"line one""\n""""\n""line three"'
    data = raw_table(["Date", "ShareCommentary"], [["2025-07-01 14:33:22", post_cell("a\n\nb")]])
    found, _ = rows(data)
    assert found[0][1]["sharecommentary"] == 'a"\n""\n"b'  # what a CSV reader sees


def test_comments_backslash_quotes() -> None:
    text = 'He said "ship it", then left. Path C:\\temp stays.'
    data = raw_table(
        ["Date", "Link", "Message"],
        [
            ["2025-07-01 14:33:22", "https://l", comment_cell(text)],
            ["2025-07-02 14:33:22", "https://m", comment_cell("plain")],
        ],
        "\r\n",
    )
    found, warnings = rows(data, "Comments.csv", comments=True)
    assert warnings == []
    assert [r["message"] for _, r in found] == [text, "plain"]
    assert [line for line, _ in found] == [2, 3]


def test_comments_backslash_read_strictly_gives_warning_not_silence() -> None:
    data = raw_table(
        ["Date", "Link", "Message"],
        [["2025-07-01 14:33:22", "https://l", comment_cell('a "b", c')]],
    )
    found, warnings = rows(data, "Comments.csv", comments=False)
    assert found == []
    assert warnings[0].file == "Comments.csv" and warnings[0].line == 2
    assert "cells, expected 3" in warnings[0].what


def test_crlf_and_lf_mixed_and_multiline_cell() -> None:
    data = b'Date,Type,Link\r\n2025-07-01 14:33:22,LIKE,a\n2025-07-02 14:33:22,"PR\r\nAISE",b\r\n'
    data += b"2025-07-03 14:33:22,EMPATHY,c\n"
    found, warnings = rows(data)
    assert warnings == []
    assert [(line, r["type"], r["link"]) for line, r in found] == [
        (2, "LIKE", "a"),
        (3, "PR\r\nAISE", "b"),
        (5, "EMPATHY", "c"),
    ]


def test_crlf_connections_preamble() -> None:
    data = CONNECTIONS_NOTES.replace("\n", "\r\n").encode() + table(
        CONNECTIONS_HEADER, [CONNECTION], "\r\n"
    )
    found, warnings = rows(data)
    assert warnings == [] and found[0][0] == 5 and found[0][1]["firstname"] == "Sam"


def test_utf16_tab_2018_layout() -> None:
    data = utf16_table(
        ["Date", "Share Commentary", "Shared URL"],
        [["2017/06/08 08:15:44 UTC", 'Hello, "world"\nbye', ""]],
    )
    assert data.startswith(codecs.BOM_UTF16_LE)
    found, warnings = rows(data)
    assert warnings == []
    assert found[0][1] == {
        "date": "2017/06/08 08:15:44 UTC",
        "sharecommentary": 'Hello, "world"\nbye',
        "sharedurl": "",
    }


def test_semicolon_file_resaved_by_a_spreadsheet() -> None:
    found, _ = rows("Name;Proficiency\nFrançais;Native or bilingual proficiency\n".encode())
    assert found[0][1] == {"name": "Français", "proficiency": "Native or bilingual proficiency"}


def test_nul_bytes_warn_and_are_removed() -> None:
    found, warnings = rows(b"Name\nSQL\nPy\x00thon\n")
    assert [r["name"] for _, r in found] == ["SQL", "Python"]
    assert warnings == [ImportWarning("X.csv", "1 NUL byte(s) removed", 3)]


def test_undecodable_bytes_warn_and_rest_is_read() -> None:
    found, warnings = rows(b"Name\nSQL\nCaf\xe9\nExcel\n")
    assert [r["name"] for _, r in found] == ["SQL", "Caf\ufffd", "Excel"]
    assert len(warnings) == 1 and warnings[0].line == 3
    assert "undecodable" in warnings[0].what


def test_short_row_is_skipped_with_its_line() -> None:
    found, warnings = rows(b"Name,Proficiency\nEnglish,Full\nGerman\n\nSpanish,Elementary\n")
    assert [r["name"] for _, r in found] == ["English", "Spanish"]
    assert warnings == [ImportWarning("X.csv", "row skipped: 1 cells, expected 2", 3)]


def test_trailing_empty_cells_are_accepted() -> None:
    found, warnings = rows(b"Name,Number\nTypography,,\n")
    assert warnings == []
    assert found[0][1] == {"name": "Typography", "number": ""}


def test_oversized_field_is_a_warning() -> None:
    data = b'Name,Number\n"' + b"x" * 200_000 + b'",1\nTypography,2\n'
    found, warnings = rows(data)
    assert warnings and warnings[0].line == 2 and "row skipped" in warnings[0].what
    assert found[-1][1] == {"name": "Typography", "number": "2"}


def test_header_only_and_empty_files() -> None:
    assert rows(b"Name\n")[0] == []
    warnings: list[ImportWarning] = []
    assert parse("X.csv", "", warnings) is None
    assert parse("X.csv", "\n\n", warnings) is None
