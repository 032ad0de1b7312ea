"""`--history FILE`: every run's scores and findings per member, in an SQLite database.

The file is the user's: created with mode 0600 (it holds names and findings), written only
there (SQLite keeps its rollback journal, FILE-journal, beside it while a run is being
written, and deletes it after), never read or sent anywhere else. A run is written in one
transaction: a run that is interrupted (Ctrl-C, a crash, power lost) leaves the database as
it was before it.

Schema (version in `PRAGMA user_version`; `PRAGMA application_id` marks the file as ours):

    member(id, key UNIQUE, name)       key: how runs find the same member again (below)
    run(id, at, version)               at: when the run was recorded (UTC, ISO 8601)
    result(run_id, member_id, as_of,   one row per member of a run: the reference date,
           total, max, percent,        the score (NULL: not estimated), the share of all
           coverage, brand, people,    points measured, and each pillar (NULL: not
           insights, relationships)    estimated)
    finding(run_id, member_id, rule,   one row per finding: the rule's name and code, the
            code, severity, location,  field path, and the message as data (JSON: its id
            message)                   and parameters), so it renders in any language

A member is identified by their public LinkedIn URL (scheme, `www.`, query and trailing
slash ignored, case-insensitive), else their name (case and spacing ignored), else the
input's file name. Migrations (`MIGRATIONS[n]` brings version n to n + 1) run in the
transaction of the run that first opens an older file.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePath

from profile_lint import __version__
from profile_lint.errors import InputError
from profile_lint.message import Msg
from profile_lint.model import Profile
from profile_lint.rule import PILLARS, Finding
from profile_lint.score import Score

APPLICATION_ID = 0x706C6869  # "plhi": profile-lint history
MIGRATIONS = (
    """
    CREATE TABLE member (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
    CREATE TABLE run (id INTEGER PRIMARY KEY, at TEXT NOT NULL, version TEXT NOT NULL);
    CREATE TABLE result (
        run_id INTEGER NOT NULL REFERENCES run(id),
        member_id INTEGER NOT NULL REFERENCES member(id),
        as_of TEXT NOT NULL, total REAL, max INTEGER NOT NULL, percent REAL,
        coverage REAL NOT NULL, brand REAL, people REAL, insights REAL, relationships REAL,
        PRIMARY KEY (run_id, member_id)
    );
    CREATE TABLE finding (
        run_id INTEGER NOT NULL, member_id INTEGER NOT NULL,
        rule TEXT NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL, location TEXT,
        message TEXT NOT NULL,
        FOREIGN KEY (run_id, member_id) REFERENCES result(run_id, member_id)
    );
    CREATE INDEX finding_result ON finding(run_id, member_id);
    """,
)
SQLITE_HEADER = b"SQLite format 3\x00"
_URL = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def member_key(profile: Profile) -> str:
    """Who a profile is, across runs: `url:`, else `name:`, else `file:` (see above)."""
    url = (profile.linkedin.public_url or "").strip()
    if url:
        bare = _URL.sub("", url).split("?")[0].split("#")[0].rstrip("/").lower()
        if bare:
            return f"url:{bare}"
    name = profile.basics.get("name")
    if isinstance(name, str) and name.strip():
        return "name:" + " ".join(name.casefold().split())
    return "file:" + PurePath(profile.source.rstrip("/\\")).name


@dataclass(frozen=True)
class PastFinding:
    rule: str
    code: str
    severity: str
    location: str | None
    message: Msg

    @property
    def key(self) -> tuple[str, str | None]:
        """What matches a finding across runs: its rule and its place."""
        return (self.rule, self.location)


@dataclass(frozen=True)
class PastRun:
    """One earlier run of one member."""

    run: int
    at: datetime
    as_of: date
    total: float | None
    max: int
    percent: float | None
    pillars: dict[str, float | None]
    findings: tuple[PastFinding, ...]


@dataclass(frozen=True)
class Entry:
    """What a run records of one member."""

    key: str
    name: str
    as_of: date
    score: Score
    findings: Sequence[Finding]


class History:
    """An open history file (see the module docstring). Nothing is written before
    `record`; a file that does not exist yet is created then."""

    def __init__(self, path: str):
        self.path = path
        self.db: sqlite3.Connection | None = None
        target = Path(path)
        if target.is_dir():
            raise InputError(path, "is a folder; give the history's file name")
        if not target.parent.is_dir():
            raise InputError(path, f"the folder {target.parent} does not exist")
        if target.exists():
            self.db = self._connect()
            self._check()

    def _connect(self) -> sqlite3.Connection:
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            head = b""
        except OSError as exc:
            raise InputError(self.path, f"cannot be read: {exc.strerror}") from None
        if head and head != SQLITE_HEADER:
            raise InputError(self.path, "is not a profile-lint history (not an SQLite database)")
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def _pragma(self, name: str) -> int:
        assert self.db is not None
        return int(self.db.execute(f"PRAGMA {name}").fetchone()[0])

    def _check(self) -> None:
        """Refuse a database that is not ours, or written by a newer profile-lint."""
        assert self.db is not None
        try:
            app, version = self._pragma("application_id"), self._pragma("user_version")
            tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise InputError(self.path, f"is not a readable SQLite database: {exc}") from None
        if app != APPLICATION_ID and (app != 0 or tables):
            raise InputError(self.path, "is an SQLite database of another program, not a history")
        if version > len(MIGRATIONS):
            raise InputError(
                self.path,
                f"was written by a newer profile-lint (schema {version}; this one reads up "
                f"to {len(MIGRATIONS)})",
            )

    def _migrate(self) -> None:
        """Bring the schema to the current version, inside the open transaction."""
        assert self.db is not None
        version = self._pragma("user_version")
        for script in MIGRATIONS[version:]:
            for statement in (s for s in script.split(";") if s.strip()):
                self.db.execute(statement)
            version += 1
            self.db.execute(f"PRAGMA user_version = {version}")
        self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def past(self, key: str) -> list[PastRun]:
        """The earlier runs of the member `key`, oldest first."""
        if self.db is None or self._pragma("user_version") == 0:
            return []
        rows = self.db.execute(
            "SELECT r.run_id, run.at, r.as_of, r.total, r.max, r.percent, r.brand, r.people,"
            " r.insights, r.relationships, r.member_id FROM result r"
            " JOIN run ON run.id = r.run_id JOIN member m ON m.id = r.member_id"
            " WHERE m.key = ? ORDER BY r.run_id",
            (key,),
        ).fetchall()
        out = []
        for run, at, as_of, total, top, percent, *pillars, member in rows:
            found = self.db.execute(
                "SELECT rule, code, severity, location, message FROM finding"
                " WHERE run_id = ? AND member_id = ? ORDER BY rowid",
                (run, member),
            ).fetchall()
            findings = tuple(
                PastFinding(rule, code, severity, location, Msg.from_data(json.loads(message)))
                for rule, code, severity, location, message in found
            )
            out.append(
                PastRun(
                    run,
                    datetime.fromisoformat(at),
                    date.fromisoformat(as_of),
                    total,
                    top,
                    percent,
                    dict(zip(PILLARS, pillars, strict=True)),
                    findings,
                )
            )
        return out

    def record(self, entries: Sequence[Entry], at: datetime | None = None) -> int:
        """Write one run: every entry's score and findings, in one transaction. Returns
        the run's number."""
        if self.db is None:
            _create(self.path)
            self.db = self._connect()
            self._check()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._migrate()
            when = (at or datetime.now(UTC)).isoformat(timespec="seconds")
            run = db.execute(
                "INSERT INTO run (at, version) VALUES (?, ?)", (when, __version__)
            ).lastrowid
            assert run is not None
            for entry in entries:
                _insert_entry(db, run, entry)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return run

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _create(path: str) -> None:
    """A new, empty file only its owner can read (the history holds personal data)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise InputError(path, f"cannot be created: {exc.strerror}") from None


def _insert_entry(db: sqlite3.Connection, run: int, entry: Entry) -> None:
    db.execute(
        "INSERT INTO member (key, name) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET name = excluded.name",
        (entry.key, entry.name),
    )
    member = db.execute("SELECT id FROM member WHERE key = ?", (entry.key,)).fetchone()[0]
    score = entry.score
    pillars = {p.id: p.score for p in score.pillars}
    db.execute(
        "INSERT INTO result VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            run,
            member,
            entry.as_of.isoformat(),
            score.total,
            score.max,
            score.percent,
            round(score.coverage, 4),
            *(pillars.get(p) for p in PILLARS),
        ),
    )
    db.executemany(
        "INSERT INTO finding VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                run,
                member,
                f.name,
                f.code,
                str(f.severity),
                f.location,
                json.dumps(f.message.to_data(), ensure_ascii=False),
            )
            for f in entry.findings
        ],
    )
