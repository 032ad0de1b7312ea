"""Speed and memory of the archive reader on a large synthetic Complete archive.

Builds, in a temporary folder, a ZIP with 30,000 connections, 5,000 posts and 50,000
reactions (plus the profile files of the sample), then times `read_archive` against the
floor: reading the same members from the same ZIP with Python's `csv` module. Prints the
ratio (aim: 2x or less) and the reader's peak memory (tracemalloc).

    /work/venv/bin/python benchmarks/bench_archive.py
"""

from __future__ import annotations

import csv
import io
import random
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from profile_lint.readers.archive import read_archive
from tests.archive_builder import (
    CONNECTIONS_HEADER,
    CONNECTIONS_NOTES,
    SHARES_HEADER,
    current_sample,
    post_cell,
    raw_table,
    table,
    write_zip,
)

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
COUNTS = {"connections": 30_000, "posts": 5_000, "reactions": 50_000}


def stamp(rng: random.Random) -> str:
    return (
        f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    )


def build(folder: Path) -> Path:
    rng = random.Random(7)
    files = dict(current_sample())
    files["Connections.csv"] = CONNECTIONS_NOTES.encode() + table(
        CONNECTIONS_HEADER,
        [
            [
                f"First{i}",
                f"Last{i}",
                f"https://www.linkedin.com/in/member-{i}",
                f"member{i}@example.com" if i % 10 == 0 else "",
                f"Company {i % 997}",
                "Senior Engineer, Platform",
                f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} 20{rng.randint(12, 25)}",
            ]
            for i in range(COUNTS["connections"])
        ],
    )
    body = (
        'Lesson {i}: we shipped "small" and it worked.\n\n'
        "1. Ship small.\n2. Say why, with numbers: 35% faster.\n\n#design #product"
    )
    files["Shares.csv"] = raw_table(
        SHARES_HEADER,
        [
            [
                stamp(rng),
                f"https://www.linkedin.com/feed/update/urn:li:activity:{7_000_000 + i}",
                post_cell(body.format(i=i) * rng.randint(1, 4)),
                '""',
                '""',
                "MEMBER_NETWORK",
            ]
            for i in range(COUNTS["posts"])
        ],
        "\r\n",
    )
    kinds = ["LIKE", "PRAISE", "EMPATHY", "INTEREST", "APPRECIATION", "ENTERTAINMENT"]
    files["Reactions.csv"] = table(
        ["Date", "Type", "Link"],
        [
            [
                stamp(rng),
                rng.choice(kinds),
                f"https://www.linkedin.com/feed/update/urn:li:activity:{i}",
            ]
            for i in range(COUNTS["reactions"])
        ],
        "\r\n",
    )
    return write_zip(folder / "Complete_LinkedInDataExport_03-14-2026.zip", files)


def csv_floor(path: Path, keep: bool = False) -> int:
    """Read the same members with zipfile + csv, the least any reader must do: count the
    rows, or (keep=True) keep them in lists as a reader that returns data must."""
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".csv") or name in ("messages.csv", "Email Addresses.csv"):
                continue
            text = archive.read(name).decode("utf-8-sig")
            reader = csv.reader(io.StringIO(text, newline=""))
            rows += len(list(reader)) if keep else sum(1 for _ in reader)
    return rows


def best(func, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp))
        size = path.stat().st_size
        profile = read_archive(str(path), 20 << 20)
        assert profile.activity.connections is not None and profile.activity.posts is not None
        assert profile.activity.reactions is not None
        assert len(profile.activity.connections) == COUNTS["connections"]
        assert len(profile.activity.posts) == COUNTS["posts"]
        assert len(profile.activity.reactions) == COUNTS["reactions"]
        assert not profile.import_warnings, profile.import_warnings[:3]
        floor = best(lambda: csv_floor(path))
        kept = best(lambda: csv_floor(path, keep=True))
        reader = best(lambda: read_archive(str(path), 20 << 20))
        tracemalloc.start()
        read_archive(str(path), 20 << 20)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(
        f"archive: {size / 1e6:.1f} MB zipped; {COUNTS['connections']:,} connections, "
        f"{COUNTS['posts']:,} posts, {COUNTS['reactions']:,} reactions"
    )
    print(f"csv module, rows counted: {floor * 1000:.0f} ms (best of 5)")
    print(f"csv module, rows kept:    {kept * 1000:.0f} ms (best of 5)")
    print(f"read_archive:             {reader * 1000:.0f} ms (best of 5)")
    print(
        f"ratio:                    {reader / floor:.2f}x counted, {reader / kept:.2f}x kept "
        "(aim: <= 2x)"
    )
    print(f"peak memory:              {peak / 1e6:.1f} MB (tracemalloc, one read)")


if __name__ == "__main__":
    main()
