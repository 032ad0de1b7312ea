"""Property tests for the ZIP container: random member names (`..`, absolute, drive
letters, backslashes, duplicates, nested folders), random compression, corrupted and
truncated bytes of valid ZIPs. A profile or a clean InputError, nothing extracted."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.errors import InputError
from profile_lint.readers import read_profile
from tests.archive_builder import SAMPLE_CURRENT, current_sample, sample_2018
from tests.fuzz.common import (
    fuzz_settings,
    lint_profile,
    read_or_error,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import mutated, unicode_text

pytestmark = pytest.mark.slow

FILES = {**sample_2018(), **current_sample()}
NAMES = sorted(FILES)
COMPRESSION = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
PREFIXES = [
    "",
    "",
    f"{SAMPLE_CURRENT}/",
    "../",
    "../../",
    "/",
    "/etc/",
    "C:/",
    "c:\\",
    "..\\",
    "a\\..\\..\\",
    "__MACOSX/",
    "__MACOSX/._",
    "._",
    "a/b/",
    "./",
    "folder/",
]


@st.composite
def members(draw: st.DrawFn) -> list[tuple[str, bytes, int]]:
    """(name, data, compression) for each member; names may repeat."""
    out = []
    for _ in range(draw(st.integers(0, 8))):
        # Mostly real names at the top, so the damage reaches the readers behind.
        real = st.sampled_from(NAMES)
        base = draw(real | real | real | unicode_text.map(lambda s: s + ".csv"))
        name = draw(st.just("") | st.sampled_from(PREFIXES)) + base
        data = FILES.get(base, b"Name\nSQL\n")
        if draw(st.integers(0, 3)) == 0:
            data = draw(mutated(data, max_ops=2))
        out.append((name, data, draw(st.sampled_from(COMPRESSION))))
    if out and draw(st.booleans()):
        out.append(draw(st.sampled_from(out)))  # a duplicate entry
    return out


def build(entries: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": intended
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data, compression in entries:
                name = name.split("\x00", 1)[0]  # zipfile cuts a name at a NUL
                if not name or name.endswith("/"):
                    name += "x.csv"
                archive.writestr(name, data, compress_type=compression)
    return buffer.getvalue()


def check(data: bytes) -> None:
    with sandbox() as root:
        path = root / "export.zip"
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            profile = read_or_error(str(path), read_profile)
            if profile is not None:
                lint_profile(profile)


@fuzz_settings(200)
@given(members())
def test_random_member_names_and_compression(entries: list[tuple[str, bytes, int]]) -> None:
    check(build(entries))


def data_ranges(data: bytes) -> list[tuple[int, int]]:
    """Where each member's compressed bytes lie."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
            out.append((start, start + info.compress_size))
    return out


@st.composite
def corrupted_zip(draw: st.DrawFn) -> bytes:
    data = build(draw(members()))
    how = draw(st.sampled_from(["truncate", "anywhere", "member"]))
    if how == "truncate":  # a cut download
        return data[: draw(st.integers(0, len(data)))]
    ranges = [(a, b) for a, b in data_ranges(data) if b > a]
    if how == "anywhere" or not ranges:
        return draw(mutated(data, max_ops=6))
    # Inside one member's compressed stream: the decompressor meets the damage.
    start, end = draw(st.sampled_from(ranges))
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        out[draw(st.integers(start, end - 1))] = draw(st.integers(0, 255))
    return bytes(out)


@fuzz_settings(250)
@given(corrupted_zip())
def test_corrupted_and_truncated_zips(data: bytes) -> None:
    check(data)


@fuzz_settings(100)
@given(st.binary(max_size=300))
def test_any_bytes_named_zip(data: bytes) -> None:
    check(b"PK\x03\x04" + data if data[:1] == b"P" else data)


def test_damaged_lzma_member_is_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Found by the fuzzer: a damaged LZMA member raised lzma.LZMAError (not an OSError).
    A corrupt member is an error naming the archive and the member (issue 11)."""
    data = bytearray(build([("Profile.csv", FILES["Profile.csv"], zipfile.ZIP_LZMA)]))
    start, end = data_ranges(bytes(data))[0]
    for at in range(start + 10, min(end, start + 40)):
        data[at] ^= 0x55
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as error:
        read_profile(str(path))
    assert str(error.value).startswith(f"{path}: Profile.csv: corrupt ZIP member (")
