"""The result cache never deletes, replaces or follows what it did not make, never uses a
folder it cannot trust, and never trusts what it reads back (profile_lint/cache.py)."""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from profile_lint import cache, cache_folder, run
from tests.cli_runner import FIXTURES, run_cli

DRAFT = FIXTURES / "posts" / "weak-en.md"
OLD = time.time() - 400 * 86400  # older than any age the cache keeps


def project(tmp_path: Path, setting: str | None) -> Path:
    """A repository with a draft, user files (old ones too) and a configuration."""
    root = tmp_path / "repo"
    root.mkdir(parents=True)
    (root / "post.md").write_bytes(DRAFT.read_bytes())
    for name in ("package.json", "tsconfig.json", "notes.txt"):
        (root / name).write_text('{"keep": true}\n')
        os.utime(root / name, (OLD, OLD))
    if setting is not None:
        (root / ".profile-lint.toml").write_text(f"cache-dir = {json.dumps(setting)}\n")
    return root


def snapshot(folder: Path) -> dict[str, Any]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() and not p.is_symlink() else "")
        for p in sorted(folder.rglob("*"))
    }


def lint(root: Path, env: dict[str, str] | None = None) -> Any:
    return run_cli("posts", "post.md", "--format", "json", "--fail-on", "never", cwd=root, env=env)


@pytest.mark.slow
@pytest.mark.parametrize("setting", [".", "ABSOLUTE", "PARENT"])
def test_a_cache_dir_holding_user_files_is_left_alone(tmp_path: Path, setting: str) -> None:
    """`cache-dir = "."`, an absolute folder, a folder outside the repository: files there
    are neither deleted nor changed, and the run says once that it goes uncached."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "data.json").write_text("[1]\n")
    os.utime(elsewhere / "data.json", (OLD, OLD))
    target = {".": ".", "ABSOLUTE": str(elsewhere), "PARENT": "../elsewhere"}[setting]
    root = project(tmp_path, target)
    before = snapshot(tmp_path)
    first, second = lint(root), lint(root)
    assert first.returncode == second.returncode == 0, first.stderr
    assert snapshot(tmp_path) == before
    for proc in (first, second):
        warnings = [line for line in proc.stderr.splitlines() if "warning" in line]
        assert len(warnings) == 1 and "was not made by profile-lint" in warnings[0]
        assert "running without the cache" in warnings[0]
    assert json.loads(first.stdout) == json.loads(second.stdout)


@pytest.mark.slow
def test_an_environment_variable_naming_a_user_folder(tmp_path: Path) -> None:
    root = project(tmp_path, None)
    before = snapshot(tmp_path)
    proc = lint(root, env={"PROFILE_LINT_CACHE_DIR": str(root)})
    assert proc.returncode == 0 and "was not made by profile-lint" in proc.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.slow
def test_a_symlinked_cache_folder_is_not_followed(tmp_path: Path) -> None:
    """A committed `.profile_lint_cache -> ../elsewhere`, even where `elsewhere` looks like a
    cache of ours: nothing is written or deleted through the link."""
    made = tmp_path / "made"
    lint_once = project(tmp_path / "first", None)
    assert lint(lint_once, env={"PROFILE_LINT_CACHE_DIR": str(made)}).returncode == 0
    assert (made / "CACHEDIR.TAG").exists()
    stale = made / cache_folder.ENTRIES / ("results-" + "f" * 20 + ".json")
    stale.write_text("{}")
    os.utime(stale, (OLD, OLD))  # what a save through the link would prune
    root = project(tmp_path, None)
    (root / ".profile_lint_cache").symlink_to(made)
    before = snapshot(made)
    proc = lint(root, env={"PROFILE_LINT_CACHE_DIR": ""})
    assert proc.returncode == 0 and "is a symbolic link" in proc.stderr
    assert snapshot(made) == before


def test_a_folder_writable_by_others_or_owned_by_someone_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert "is writable by others" in str(cache_folder.unsafe(shared))
    shared.chmod(0o700)
    assert cache_folder.unsafe(shared) is None  # empty and ours: adopted
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(shared).st_uid + 1)
    assert "belongs to another user" in str(cache_folder.unsafe(shared))


def test_a_new_folder_is_made_and_marked_and_an_empty_one_adopted(tmp_path: Path) -> None:
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    for folder in (tmp_path / "new" / "cache", tmp_path / "empty"):
        if folder.name == "empty":
            folder.mkdir()
        store = open_store(folder, session)
        run.lint_drafts(session, [str(DRAFT)], cache=store)
        store.save()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        names = sorted(p.name for p in folder.iterdir())
        assert names == [".gitignore", "CACHEDIR.TAG", "VERSION", cache_folder.ENTRIES]
        assert [p.name for p in (folder / cache_folder.ENTRIES).iterdir()] == [store.file.name]
        assert stat.S_IMODE(store.file.stat().st_mode) == 0o600


def open_store(folder: Path, session: run.Session) -> cache.Cache:
    rules = session.registry.rules
    return cache.Cache(folder, cache.tool_fingerprint(rules), rules)


def test_pruning_deletes_only_its_own_old_files(tmp_path: Path) -> None:
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    folder = tmp_path / "cache"
    store = open_store(folder, session)
    run.lint_drafts(session, [str(DRAFT)], cache=store)
    store.save()
    entries = folder / cache_folder.ENTRIES
    victim = tmp_path / "victim.json"
    victim.write_text("mine\n")
    os.utime(victim, (OLD, OLD))
    stale = entries / ("results-" + "a" * 20 + ".json")  # another tool version's, unused
    stale.write_text("{}")
    planted = {
        "user": entries / "notes.json",
        "link": entries / ("results-" + "b" * 20 + ".json"),
        "folder": entries / ("results-" + "c" * 20 + ".json"),
    }
    planted["user"].write_text("keep\n")
    planted["link"].symlink_to(victim)
    planted["folder"].mkdir()
    (folder / "top.json").write_text("keep\n")  # beside the entries folder
    for path in [stale, planted["user"], planted["folder"], folder / "top.json"]:
        os.utime(path, (OLD, OLD))
    os.utime(planted["link"], (OLD, OLD), follow_symlinks=False)
    store.dirty = True
    store.save()
    assert not stale.exists()
    assert planted["user"].read_text() == "keep\n" and planted["folder"].is_dir()
    assert planted["link"].is_symlink() and victim.read_text() == "mine\n"
    assert (folder / "top.json").exists() and store.file.exists()


@pytest.mark.parametrize("kind", ["fifo", "link to a fifo", "link to a device", "folder"])
def test_something_else_where_the_cache_file_should_be(tmp_path: Path, kind: str) -> None:
    """Skipped without blocking, and left as it is."""
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    folder = tmp_path / "cache"
    store = open_store(folder, session)
    run.lint_drafts(session, [str(DRAFT)], cache=store)
    store.save()
    store.file.unlink()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    if kind == "fifo":
        os.mkfifo(store.file)
    elif kind == "folder":
        store.file.mkdir()
    else:
        store.file.symlink_to(fifo if kind == "link to a fifo" else "/dev/zero")
    done: list[Any] = []

    def again() -> None:
        second = open_store(folder, session)
        done.append(run.lint_drafts(session, [str(DRAFT)], cache=second))
        second.save()

    worker = threading.Thread(target=again, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done, "the cache blocked on a special file"
    found = os.lstat(store.file).st_mode
    expected = {"fifo": stat.S_ISFIFO, "folder": stat.S_ISDIR}.get(kind, stat.S_ISLNK)
    assert expected(found)


def test_a_foreign_or_unversioned_folder_is_not_ours(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    (folder / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n# borg\n")
    assert "was not made by profile-lint" in str(cache_folder.unsafe(folder))
    (folder / "CACHEDIR.TAG").write_text(cache_folder.TAG)
    assert "was not made by profile-lint" in str(cache_folder.unsafe(folder))  # no VERSION
    (folder / "VERSION").write_text(cache_folder.VERSION)
    assert cache_folder.unsafe(folder) is None
    (folder / cache_folder.ENTRIES).symlink_to(tmp_path)
    assert "not a folder" in str(cache_folder.unsafe(folder))


GOOD = {
    "code": "PO001",
    "name": "post-empty",
    "severity": 3,
    "message": {"id": "m"},
    "suggestion": {"id": "s", "params": {"n": 2}},
    "pillar": "insights",
    "location": None,
    "span": [0, 4],
    "line": 1,
    "column": 1,
    "end_line": 1,
    "end_column": 5,
    "share": 1.0,
    "draft": None,
    "fix": [[0, 4, "text"]],
}
BAD = [
    {"severity": 7},
    {"severity": "3"},
    {"severity": True},
    {"pillar": "charisma"},
    {"code": "XX999"},
    {"name": "bare-link"},  # a known name under another rule's code
    {"span": [4, 0]},
    {"span": [0, -1]},
    {"span": [0, 1, 2]},
    {"span": "0:4"},
    {"line": 0},
    {"column": 1.5},
    {"end_line": 2**60},
    {"message": None},
    {"message": "a sentence, not a message"},
    {"suggestion": {"id": ""}},
    {"draft": 3},
    {"share": 1.5},
    {"share": "1"},
    {"location": ["a"]},
    {"extra": 1},
    {"fix": [[4, 0, "x"]]},
    {"fix": [[0, 1]]},
    {"fix": "replace it"},
]


@pytest.mark.parametrize("change", BAD, ids=[json.dumps(c) for c in BAD])
def test_an_entry_that_is_not_what_we_write_is_dropped(change: dict[str, Any]) -> None:
    session = run.open_session(run.Overrides())
    rules = {r.code: r.name for r in session.registry.rules}
    assert cache.decode({"findings": [GOOD]}, rules)
    assert cache.decode({"findings": [GOOD, {**GOOD, **change}]}, rules) is None


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": 1, "entries": {}}',
        b"[" * 100_000,
        b'{"format": 2, "entries": {"k": ' + b"9" * 5000 + b"}}",
        b'{"format": 2, "entries": []}',
        b"\xff\xfe",
    ],
    ids=["old-format", "deep", "huge-number", "wrong-type", "binary"],
)
def test_an_unreadable_cache_file_is_a_miss(tmp_path: Path, content: bytes) -> None:
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    store = open_store(tmp_path / "cache", session)
    run.lint_drafts(session, [str(DRAFT)], cache=store)
    store.save()
    store.file.write_bytes(content)
    again = open_store(tmp_path / "cache", session)
    assert again.entries == {}
    results = run.lint_drafts(session, [str(DRAFT)], cache=again)
    assert results[0].findings
