"""Property tests for every CSV of the data archive: damaged copies of the synthetic
exports (tests/archive_builder.py) give a profile or a clean InputError naming the file,
never another exception, a hang or a written file, and every rule runs over the result."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.readers.archive import read_archive
from profile_lint.readers.archive.csvfile import decode, parse
from tests.archive_builder import current_sample, sample_2018, write_folder
from tests.fuzz.common import (
    fuzz_settings,
    lint_profile,
    read_or_error,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import ENCODINGS, mutated, reencode, unicode_text

pytestmark = pytest.mark.slow

MAX = 20 * 1024 * 1024
SAMPLES = {"current": current_sample(), "2018": sample_2018()}
FILES = [(layout, name) for layout, files in SAMPLES.items() for name in sorted(files)]


def _header_names() -> list[str]:
    names = set()
    for files in SAMPLES.values():
        for data in files.values():
            text = reencode(data, "utf-8").decode()
            if text.startswith("Notes:"):
                text = text.split("\n\n", 1)[-1]
            names.update(h.strip('"') for h in text.split("\n", 1)[0].replace("\t", ",").split(","))
    return sorted(names)


COLUMNS = _header_names()


@st.composite
def damaged_csv(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """(layout, file name, damaged bytes) for one file of one sample archive."""
    layout, name = draw(st.sampled_from(FILES))
    data = SAMPLES[layout][name]
    if draw(st.booleans()):
        data = reencode(data, draw(st.sampled_from(ENCODINGS)))
    if draw(st.integers(0, 4)) == 0:  # another header: real column names and noise
        header = draw(st.lists(st.sampled_from(COLUMNS) | unicode_text, max_size=10))
        sep = draw(st.sampled_from([",", "\t", ";", '","']))
        rest = data.split(b"\n", 1)[1] if b"\n" in data else b""
        data = sep.join(header).encode("utf-8", "surrogatepass") + b"\n" + rest
    return layout, name, draw(mutated(data))


@fuzz_settings(300)
@given(damaged_csv(), st.sampled_from(["own", "renamed"]))
def test_one_damaged_csv_file(case: tuple[str, str, bytes], naming: str) -> None:
    """One CSV file on its own, under its name or renamed (its kind then guessed from
    its header)."""
    _, name, data = case
    with sandbox() as root:
        path = root / (name if naming == "own" else "export (1).csv")
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            profile = read_or_error(str(path), read_archive, MAX)
            if profile is not None:
                lint_profile(profile)


@fuzz_settings(150)
@given(damaged_csv())
def test_one_damaged_file_in_a_whole_archive_folder(case: tuple[str, str, bytes]) -> None:
    """The unzipped export folder with one of its files damaged: the other files still
    read, the damaged one gives rows or warnings."""
    layout, name, data = case
    with sandbox() as root:
        folder = write_folder(root / "Complete_LinkedInDataExport_03-14-2026", SAMPLES[layout])
        (folder / name).write_bytes(data)
        with time_limit(), unchanged(root):
            profile = read_or_error(str(folder), read_archive, MAX)
            assert profile is not None, "a folder of LinkedIn files is an archive"
            lint_profile(profile)


@fuzz_settings(300)
@given(st.binary(max_size=400) | unicode_text.map(lambda s: s.encode()), st.booleans())
def test_csv_parser_on_any_bytes(data: bytes, backslash_quotes: bool) -> None:
    """The CSV layer alone: any bytes decode and parse (rows or None), with warnings only,
    and every row has the header's width."""
    warnings: list = []
    with time_limit():
        text = decode("x.csv", data, warnings)
        table = parse("x.csv", text, warnings, backslash_quotes)
    if table is not None:
        assert all(len(row) == len(table.columns) for row in table.rows)
        assert len(table.lines) == len(table.rows)
        list(table.records())
