"""--history: a real SQLite database of every run's scores and findings per member, with a
versioned schema, migrations, one transaction per run, and progress in the reports."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from profile_lint import history
from profile_lint.errors import InputError
from profile_lint.history import Entry, History, member_key
from profile_lint.model import LinkedInFacts, Profile
from profile_lint.rule import Finding, Msg, Severity
from profile_lint.score import PillarScore, Score
from tests.cli_runner import FIXTURES, REPO, run_cli

WEAK = FIXTURES / "profiles" / "weak-en.json"
GOOD = FIXTURES / "profiles" / "exemplary-en.json"


def entry(key: str, total: float, *names: str) -> Entry:
    score = Score([PillarScore("brand", "brand", total), PillarScore("people", "people", None)])
    findings = [
        Finding("PR001", n, Severity.WARNING, Msg("%(n)s is wrong", n=n), Msg("fix"), "brand", "x")
        for n in names
    ]
    return Entry(key, key.upper(), date(2026, 3, 1), score, findings)


def tables(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: db.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}


def test_member_key_is_the_url_else_the_name_else_the_file() -> None:
    def profile(url: str | None = None, name: str | None = None) -> Profile:
        basics = {"name": name} if name else {}
        return Profile({"basics": basics}, LinkedInFacts(public_url=url), source="in/ana.json")

    url = "https://www.LinkedIn.com/in/ana-ruiz/?trk=x"
    assert member_key(profile(url, "Ana")) == "url:linkedin.com/in/ana-ruiz"
    assert (
        member_key(profile("linkedin.com/in/ana-ruiz", "Other")) == "url:linkedin.com/in/ana-ruiz"
    )
    assert member_key(profile(None, "  Ana   RUIZ ")) == "name:ana ruiz"
    assert member_key(profile()) == "file:ana.json"


def test_runs_are_recorded_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    store = History(str(path))
    assert not path.exists() and store.past("a") == []  # nothing written before a run
    first = store.record(
        [entry("a", 10.0, "r1", "r2"), entry("b", 20.0)], at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    second = store.record([entry("a", 12.5, "r2")])
    store.close()
    assert second == first + 1
    assert os.stat(path).st_mode & 0o777 == 0o600  # personal data: the owner's only
    store = History(str(path))
    runs = store.past("a")
    assert [r.total for r in runs] == [10.0, 12.5]
    assert runs[0].at == datetime(2026, 3, 1, tzinfo=UTC) and runs[0].as_of == date(2026, 3, 1)
    assert runs[0].pillars == {
        "brand": 10.0,
        "people": None,
        "insights": None,
        "relationships": None,
    }
    assert [f.rule for f in runs[0].findings] == ["r1", "r2"]
    assert runs[0].findings[0].message == Msg("%(n)s is wrong", n="r1")  # renders in any language
    assert [r.total for r in store.past("b")] == [20.0]
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(history.MIGRATIONS)
        assert db.execute("PRAGMA application_id").fetchone()[0] == history.APPLICATION_ID
    assert tables(path) == {"member": 2, "run": 2, "result": 3, "finding": 3}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all, just text", "not a profile-lint history"),
        ("other", "another program"),
        ("newer", "newer profile-lint"),
    ],
)
def test_a_file_that_is_not_our_history_is_refused_untouched(
    tmp_path: Path, content: bytes | str, message: str
) -> None:
    path = tmp_path / "h.sqlite"
    if content == "other":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE invoices (id INTEGER)")
    elif content == "newer":
        History(str(path)).record([entry("a", 1.0)])
        with sqlite3.connect(path) as db:
            db.execute(f"PRAGMA user_version = {len(history.MIGRATIONS) + 1}")
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(InputError, match=message):
        History(str(path)).record([entry("a", 1.0)])
    assert path.read_bytes() == before
    with pytest.raises(InputError, match="is a folder"):
        History(str(tmp_path))


def test_an_older_file_is_migrated_in_the_runs_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite"
    History(str(path)).record([entry("a", 10.0, "r1")])
    later = (*history.MIGRATIONS, "ALTER TABLE run ADD COLUMN note TEXT DEFAULT 'v2'")
    monkeypatch.setattr(history, "MIGRATIONS", later)
    store = History(str(path))
    assert [r.total for r in store.past("a")] == [10.0]  # readable before it migrates
    store.record([entry("a", 11.0)])
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert db.execute("SELECT note FROM run ORDER BY id").fetchall() == [("v2",), ("v2",)]
    assert [r.total for r in History(str(path)).past("a")] == [10.0, 11.0]


def test_a_run_killed_while_writing_loses_nothing(tmp_path: Path) -> None:
    """A process killed (SIGKILL) half-way through writing a run: the database keeps every
    earlier run whole and holds nothing of the interrupted one."""
    path = tmp_path / "h.sqlite"
    History(str(path)).record([entry("a", 10.0, "r1")])
    before = tables(path)
    script = textwrap.dedent(
        f"""
        import sys, time
        from profile_lint import history
        from tests.report.test_history import entry
        real = history._insert_entry
        def slow(db, run, item):
            real(db, run, item)
            if item.key == "m3":  # half the members written, the transaction open
                print("writing", flush=True)
                time.sleep(60)
        history._insert_entry = slow
        store = history.History({str(path)!r})
        store.record([entry(f"m{{i}}", float(i), "r1", "r2") for i in range(6)])
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        assert Path(f"{path}-journal").exists()  # mid-transaction
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(path) as db:  # SQLite rolls the hot journal back on opening
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert tables(path) == before
    store = History(str(path))
    assert [r.total for r in store.past("a")] == [10.0] and store.past("m1") == []
    store.record([entry("a", 12.0)])  # and the next run goes on
    assert [r.total for r in store.past("a")] == [10.0, 12.0]


@pytest.mark.slow  # over 3 s: the fast loop stays under a minute
def test_two_runs_show_progress_in_the_report_and_the_index(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    profile = json.loads(WEAK.read_text(encoding="utf-8"))
    member = tmp_path / "ryan.json"
    member.write_text(json.dumps(profile), encoding="utf-8")
    first = run_cli(
        "report", str(member), str(GOOD), "-o", str(tmp_path / "one"), "--history", str(path)
    )
    assert first.returncode == 0, first.stderr
    index = (tmp_path / "one" / "index.html").read_text(encoding="utf-8")
    assert index.count(">first</span>") == 2  # no earlier report
    assert 'id="progress"' not in (tmp_path / "one" / "ryan.html").read_text(encoding="utf-8")
    # the member adds a photo and an education, and renames the file: still the same member
    profile["linkedin"]["photo"] = True
    profile["education"] = [{"institution": "Aston University", "area": "Business"}]
    member.unlink()
    (tmp_path / "ryan-cole-v2.json").write_text(json.dumps(profile), encoding="utf-8")
    args = [str(tmp_path / "ryan-cole-v2.json"), str(GOOD), "-o", str(tmp_path / "two")]
    second = run_cli("report", *args, "--history", str(path))
    assert second.returncode == 0, second.stderr
    html = (tmp_path / "two" / "ryan-cole-v2.html").read_text(encoding="utf-8")
    progress = html.split('id="progress"')[1].split("</section>")[0]
    assert progress.count('<svg class="chart trend"') == 5  # the total and each pillar
    assert progress.count("<title id=") == 5 and progress.count("<desc id=") == 5
    fixed = progress.split('class="changes fixed">')[1].split("</ul>")[0]
    assert "The profile has no photo." in fixed and "The profile lists no education." in fixed
    assert "Nothing new." in progress
    summary = html.split('id="summary"')[1].split("</section>")[0]
    assert 'class="since">Since your previous report' in summary
    data = json.loads((tmp_path / "two" / "summary.json").read_text(encoding="utf-8"))
    ryan = next(m for m in data["members"] if m["name"] == "Ryan Cole")
    assert ryan["change"] is not None and ryan["change"] > 0
    assert ryan["previous"] == pytest.approx(ryan["total"] - ryan["change"], abs=0.11)
    index = (tmp_path / "two" / "index.html").read_text(encoding="utf-8")
    assert f'class="up">+{ryan["change"]}</span>' in index
    assert tables(path)["run"] == 2


def test_history_usage_errors_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite"
    twice = run_cli(
        "report", str(WEAK), str(WEAK), "-o", str(tmp_path / "d"), "--history", str(path)
    )
    assert twice.returncode == 2 and "same member" in twice.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    broken = run_cli("report", str(bad), "-o", str(tmp_path / "r.html"), "--history", str(path))
    assert broken.returncode == 2 and "bad.json" in broken.stderr
    onto = run_cli("report", str(WEAK), "-o", str(tmp_path / "r.html"), "--history", str(WEAK))
    assert onto.returncode == 2 and "is one of the inputs" in onto.stderr
    same = ["-o", str(tmp_path / "r.html"), "--history", str(tmp_path / "r.html")]
    assert run_cli("report", str(WEAK), *same).returncode == 2
    assert (
        not path.exists() and not (tmp_path / "r.html").exists() and not (tmp_path / "d").exists()
    )
