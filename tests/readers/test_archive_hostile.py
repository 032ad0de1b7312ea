"""Hostile and broken archives: caps, bombs, unsafe names, corrupt and encrypted ZIPs.

Nothing is ever extracted: members are read in memory, and no file appears anywhere.
"""

from __future__ import annotations

import io
import os
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from profile_lint.errors import InputError
from profile_lint.readers import read_profile
from profile_lint.readers.archive import Limits, read_archive
from profile_lint.readers.archive.container import Container
from tests.archive_builder import current_sample, overlapping_zip, write_zip

MAX = 20 * 1024 * 1024
SKILLS = b"Name\nSQL\n"


def zeros_zip(path: Path, name: str, size: int, extra: dict[str, bytes] | None = None) -> Path:
    """A ZIP whose member `name` inflates to `size` zero bytes, written in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for other, data in (extra or {"Skills.csv": SKILLS}).items():
            archive.writestr(other, data)
        with archive.open(name, "w", force_zip64=True) as handle:
            chunk = b"\x00" * (1 << 20)
            for _ in range(size >> 20):
                handle.write(chunk)
    return path


def patch_member(path: Path, name: str, *, size: int | None = None, flags: int | None = None):
    """Rewrite the declared uncompressed size or the flag bits of `name`, in both the local
    header and the central directory (what a forged archive does)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, flag_at, size_at, name_len_at, name_at in (
        (b"PK\x03\x04", 6, 22, 26, 30),
        (b"PK\x01\x02", 8, 24, 28, 46),
    ):
        at = data.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at : at + name_at + length] == encoded:
                if size is not None:
                    struct.pack_into("<I", data, at + size_at, size)
                if flags is not None:
                    struct.pack_into("<H", data, at + flag_at, flags)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def warnings_of(profile) -> list[tuple[str, str]]:
    return [(w.file, w.what) for w in profile.import_warnings]


def test_compression_bomb_over_member_cap_is_skipped(tmp_path: Path) -> None:
    path = zeros_zip(tmp_path / "bomb.zip", "Reactions.csv", 40 << 20)
    assert path.stat().st_size < 200_000  # 40 MB of zeros in a small file
    tracemalloc.start()
    profile = read_archive(str(path), MAX, Limits(max_member_bytes=4 << 20))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 8 << 20
    assert profile.resume["skills"] == [{"name": "SQL"}]
    assert profile.activity.reactions is None
    assert warnings_of(profile) == [
        ("Reactions.csv", "skipped: is 41,943,040 bytes, over the 4,194,304-byte cap per file")
    ]


def test_compression_bomb_with_default_caps(tmp_path: Path) -> None:
    path = zeros_zip(tmp_path / "bomb.zip", "Shares.csv", (32 << 20) + (1 << 20))
    tracemalloc.start()
    profile = read_archive(str(path), MAX)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 << 20  # declared size checked first: nothing inflated
    assert profile.activity.posts is None
    assert "over the 33,554,432-byte cap per file" in profile.import_warnings[0].what


def test_lying_bomb_never_inflates_past_what_it_declares(tmp_path: Path) -> None:
    path = zeros_zip(tmp_path / "liar.zip", "Reactions.csv", 30 << 20)
    patch_member(path, "Reactions.csv", size=100)  # declares 100 bytes, holds 30 MB
    tracemalloc.start()
    with pytest.raises(InputError) as error:
        read_archive(str(path), MAX)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 8 << 20
    assert str(error.value).startswith(f"{path}: Reactions.csv: corrupt ZIP member (Bad CRC")


def test_actual_bytes_are_capped_whatever_the_declared_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = zeros_zip(tmp_path / "bomb.zip", "Reactions.csv", 8 << 20)
    monkeypatch.setattr(Container, "_size", lambda self, name: 0)  # a size that lies
    profile = read_archive(str(path), MAX, Limits(max_member_bytes=1 << 20))
    assert profile.activity.reactions is None
    assert warnings_of(profile) == [
        (
            "Reactions.csv",
            "skipped: decompresses to more than 1,048,577 bytes, over the 1,048,576-byte cap "
            "per file",
        )
    ]


def test_total_cap(tmp_path: Path) -> None:
    files = {"Skills.csv": SKILLS + b"x\n" * 400, "Courses.csv": b"Name\n" + b"y\n" * 400}
    path = write_zip(tmp_path / "a.zip", files)
    profile = read_archive(str(path), MAX, Limits(max_total_bytes=1000))
    assert len(profile.resume["skills"]) == 401
    assert "courses" not in profile.resume
    assert "cap on the archive's total" in profile.import_warnings[0].what


@pytest.mark.parametrize("limit", [10, 5_000])
def test_too_many_members(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Skills.csv", SKILLS)
        for i in range(limit):
            archive.writestr(f"Articles/{i}.html", b"")
    with pytest.raises(InputError) as caught:
        read_archive(str(path), MAX, Limits(max_members=limit))
    assert caught.value.path == str(path)
    assert f"over the cap of {limit:,}" in str(caught.value)


def test_unsafe_names_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../Profile.csv", b"First Name,Headline\nEvil,Evil\n")
        archive.writestr("/etc/Positions.csv", b"Company Name,Title\nEvil,Evil\n")
        archive.writestr("..\\Education.csv", b"School Name\nEvil\n")
        archive.writestr("Skills.csv", SKILLS)
    profile = read_archive(str(path), MAX)
    assert profile.known_sections == {"skills"}
    assert profile.basics == {} and "work" not in profile.resume
    assert [w for w, what in warnings_of(profile) if what == "ignored: unsafe member name"] == [
        "../Profile.csv",
        "/etc/Positions.csv",
        "..\\Education.csv",
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, z: p.write_bytes(z[: len(z) // 2]), "not a readable ZIP archive"),
        (lambda p, z: p.write_bytes(b"PK\x03\x04" + b"garbage" * 50), "not a readable ZIP"),
        (lambda p, z: p.write_bytes(b""), "not a readable ZIP archive"),
        (lambda p, z: p.write_bytes(b"%PDF-1.7 not a zip"), "not a readable ZIP archive"),
    ],
    ids=["truncated", "garbage", "empty", "other-format"],
)
def test_broken_zip_is_an_input_error(tmp_path: Path, make, message: str) -> None:
    from tests.archive_builder import zip_bytes

    path = tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip"
    make(path, zip_bytes(current_sample()))
    with pytest.raises(InputError) as caught:
        read_profile(str(path), None, MAX)
    assert caught.value.path == str(path)
    assert message in caught.value.message


def test_encrypted_zip_is_an_input_error(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "locked.zip", {"Profile.csv": current_sample()["Profile.csv"]})
    patch_member(path, "Profile.csv", flags=0x1)
    with pytest.raises(InputError) as caught:
        read_archive(str(path), MAX)
    assert str(caught.value) == (
        f"{path}: Profile.csv: the ZIP is encrypted; export it again without a password"
    )


def test_zip_and_folder_without_linkedin_files(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "photos.zip", {"holiday.jpg": b"\xff\xd8", "notes.csv": b"a\n1\n"})
    with pytest.raises(InputError, match="no LinkedIn export file"):
        read_archive(str(path), MAX)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no LinkedIn export file"):
        read_archive(str(tmp_path / "empty"), MAX)
    (tmp_path / "data.csv").write_bytes(b"a,b\n1,2\n")
    with pytest.raises(InputError, match="not a LinkedIn export file"):
        read_profile(str(tmp_path / "data.csv"), None, MAX)


def test_archive_with_only_unread_files_is_still_an_archive(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {"messages.csv": b"FROM,CONTENT\nA,PRIVATE\n"})
    profile = read_archive(str(path), MAX)
    assert profile.known_sections == set() and profile.activity.is_empty()
    assert "PRIVATE" not in str(profile.to_dict())


def test_nul_and_undecodable_bytes_in_a_member(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "a.zip", {"Skills.csv": b"Name\nS\x00QL\nCaf\xe9\n"})
    profile = read_archive(str(path), MAX)
    assert profile.resume["skills"] == [{"name": "SQL"}, {"name": "Caf\ufffd"}]
    assert sorted(w.line or 0 for w in profile.import_warnings) == [2, 3]


def test_single_csv_over_the_size_cap(tmp_path: Path) -> None:
    """One CSV given as the input is a file like any other: over the cap is an error."""
    big = tmp_path / "Skills.csv"
    big.write_bytes(b"Name\n" + b"SQL\n" * 1000)
    with pytest.raises(InputError) as error:
        read_profile(str(big), None, 100)
    assert str(error.value).startswith(f"{big}: file is 4,005 bytes, over the 100-byte cap")


def _listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_nothing_is_written_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    files = dict(current_sample())
    files["../escape.csv"] = b"Name\nx\n"
    path = write_zip(
        tmp_path / "Complete_LinkedInDataExport_03-14-2026.zip",
        files,
        prefix="Complete_LinkedInDataExport_03-14-2026/",
    )
    bomb = zeros_zip(tmp_path / "bomb.zip", "Shares.csv", 4 << 20)
    before, cwd_before = _listing(tmp_path), os.getcwd()
    read_archive(str(path), MAX)
    read_archive(str(bomb), MAX, Limits(max_member_bytes=1 << 20))
    assert _listing(tmp_path) == before
    assert os.getcwd() == cwd_before and list(work.iterdir()) == []
    assert not (tmp_path.parent / "escape.csv").exists()


def test_macos_resource_forks_are_ignored(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Export/Skills.csv", SKILLS)
        archive.writestr("__MACOSX/Export/._Skills.csv", b"\x00\x05\x16\x07")
        archive.writestr("__MACOSX/._Export", b"\x00\x05\x16\x07")
    path = tmp_path / "mac.zip"
    path.write_bytes(buffer.getvalue())
    profile = read_archive(str(path), MAX)
    assert profile.resume["skills"] == [{"name": "SQL"}] and profile.import_warnings == []


# Bombs made of overlapping entries, corrupt members, and what is decompressed as it streams.


ACTIVITY = ["Reactions.csv", "Shares.csv", "Comments.csv", "Connections.csv", "Invitations.csv"]


@pytest.mark.parametrize("count", [2, 3, 5])
@pytest.mark.parametrize("shift", [0, 1, 7])
def test_overlapping_entries_are_an_error(tmp_path: Path, count: int, shift: int) -> None:
    path = tmp_path / "bomb.zip"
    path.write_bytes(overlapping_zip(ACTIVITY[:count], shift))
    tracemalloc.start()
    with pytest.raises(InputError) as error:
        read_archive(str(path), MAX)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 4 << 20  # found before anything is inflated
    assert str(error.value).startswith(f"{path}: ") and "overlaps" in str(error.value)


def member_bytes(path: Path, name: str) -> tuple[bytearray, int]:
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x03\x04")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 26)[0]
        if data[at + 30 : at + 30 + length] == name.encode():
            return data, at
        at = data.find(b"PK\x03\x04", at + 4)
    raise AssertionError(name)


@pytest.mark.parametrize("member", ["Profile.csv", "Skills.csv", "Connections.csv"])
def test_a_bad_crc_is_an_error_naming_the_member(tmp_path: Path, member: str) -> None:
    files = {k: v for k, v in current_sample().items() if k.endswith(member)}
    files["Profile.csv"] = current_sample()["Profile.csv"]
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    data, at = member_bytes(path, member)
    start = at + 30 + len(member)
    data[start + 5] ^= 0x20  # one flipped bit in the stored data
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as error:
        read_archive(str(path), MAX)
    assert str(error.value).startswith(f"{path}: {member}: corrupt ZIP member (Bad CRC-32")


@pytest.mark.parametrize("method", [1, 6, 97, 99])
def test_an_unsupported_compression_method_is_an_error(tmp_path: Path, method: int) -> None:
    """Shrink (1), implode (6), unknown (97), AES (99): named, exit 2, not "no problems"."""
    path = write_zip(tmp_path / "a.zip", {"Profile.csv": current_sample()["Profile.csv"]})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at >= 0:
            struct.pack_into("<H", data, at + offset, method)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as error:
        read_archive(str(path), MAX)
    assert str(error.value).startswith(f"{path}: Profile.csv: cannot be read (")


HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_rows_are_capped_per_file_and_per_archive(tmp_path: Path) -> None:
    row = b"A,B,,,Acme,CEO,01 Jan 2024\n"
    reactions = b"Date,Type,Link\n" + b"2024-01-01 10:00:00,LIKE,https://x\n" * 500
    files = {"Connections.csv": HEADER + row * 500, "Reactions.csv": reactions}
    files["Skills.csv"] = SKILLS
    path = write_zip(tmp_path / "a.zip", files)
    limits = Limits(max_rows=300, max_total_rows=450)
    profile = read_archive(str(path), MAX, limits)
    connections, reactions_read = profile.activity.connections, profile.activity.reactions
    assert connections is not None and reactions_read is not None
    assert len(connections) == 300 and len(reactions_read) == 150  # 450 in all, Skills: none
    assert profile.resume.get("skills") is None
    said = warnings_of(profile)
    assert ("Connections.csv", "stopped after 300 rows, the cap: the rest is not read") in said
    assert ("Skills.csv", "skipped: the archive's 450-row cap is reached") in said


@pytest.mark.parametrize("bad", [b"A,B\n", b'A,"B\n', b"\n,,,,,,,,,\n"])
def test_warnings_are_capped_per_file(tmp_path: Path, bad: bytes) -> None:
    path = write_zip(tmp_path / "a.zip", {"Connections.csv": HEADER + bad * 5_000})
    profile = read_archive(str(path), MAX, Limits(max_warnings=20))
    listed = [w for w in profile.import_warnings if w.file == "Connections.csv"]
    assert len(listed) <= 21
    if len(listed) == 21:
        assert listed[-1].what.endswith("more warnings not listed")


@pytest.mark.slow
def test_an_archive_at_every_cap_stays_under_a_gigabyte(tmp_path: Path) -> None:
    """Every file at the byte cap, full of the smallest rows: rows, warnings and memory are
    bounded by the caps (the issue's 3.3-million-row Connections.csv took 5.6 GB)."""
    cap = Limits().max_member_bytes - 100
    small = b"A,B,,,Acme,CEO,01 Jan 2024\n"
    files = {
        "Connections.csv": (HEADER + small * (cap // len(small)))[:cap],
        "Reactions.csv": (b"Date,Type,Link\n" + b"x,y\n" * (cap // 4))[:cap],  # bad rows
        "Comments.csv": (
            b"Date,Link,Message\n" + b'2024-01-01 10:00:00,x,"\\\\\xf0\x9f\x98\x80"\n' * (cap // 40)
        )[:cap],
        "Invitations.csv": b"From,To,Sent At,Message,Direction\n" + b'A,"B\n' * (cap // 8),
    }
    path = write_zip(tmp_path / "a.zip", files)
    tracemalloc.start()
    profile = read_archive(str(path), MAX)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1 << 30
    assert len(profile.import_warnings) < 1_000
