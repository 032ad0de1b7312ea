"""A streamed run over more files than a chunk holds keeps each as a path (run.Later) until
it is linted, and reads it again then: the same results, in one process or several, with
the cache or without; a file changed in between is an input error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from profile_lint import cache, run
from profile_lint.batch import CHUNK
from profile_lint.errors import InputError
from tests.cli_runner import FIXTURES, run_cli

pytestmark = pytest.mark.slow

COUNT = CHUNK + 6


def make_profiles(folder: Path, count: int = COUNT) -> list[Path]:
    """`count` profiles made from the fixtures, each with its own name (English and French)."""
    folder.mkdir()
    sources = sorted((FIXTURES / "profiles").glob("*.json"))
    paths = []
    for index in range(count):
        data = json.loads(sources[index % len(sources)].read_text(encoding="utf-8"))
        data.setdefault("basics", {})["name"] = f"Member {index}"
        path = folder / f"{index:03d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def make_drafts(folder: Path, count: int = COUNT) -> None:
    folder.mkdir()
    sources = sorted((FIXTURES / "posts").glob("*.md"))
    for index in range(count):
        text = sources[index % len(sources)].read_text(encoding="utf-8")
        (folder / f"{index:03d}.md").write_text(f"{text}\nPoint {index}.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("many")
    make_profiles(root / "profiles")
    make_drafts(root / "drafts")
    return root


def session() -> run.Session:
    return run.open_session(run.Overrides())


def test_only_a_run_over_more_than_a_chunk_puts_files_down(folders: Path) -> None:
    one = session()
    many = run.read_profiles(one, [str(folders / "profiles")], put_down=True)
    assert len(many) == COUNT and all(isinstance(s, run.Later) for s, _ in many)
    assert {s.lang for s, _ in many} == {"en", "fr"}  # found while each was in hand
    assert one.analyzer.languages == {}  # nothing left holding a profile
    few = [str(p) for p in sorted((folders / "profiles").glob("*.json"))[:CHUNK]]
    assert not any(isinstance(s, run.Later) for s, _ in run.read_profiles(one, few, put_down=True))
    assert not any(isinstance(s, run.Later) for s, _ in run.read_profiles(one, [*few, *few]))
    drafts = run.read_drafts(one, [str(folders / "drafts")], put_down=True)
    assert all(isinstance(s, run.Later) for s, _ in drafts)

    # The output's language set: the texts' are not needed first, nor found.
    french = run.open_session(run.Overrides(lang="fr"))
    later = run.read_profiles(french, [str(folders / "profiles")], put_down=True)
    assert all(isinstance(s, run.Later) and s.lang is None for s, _ in later)
    assert run.text_languages(french, later) == [s.lang for s, _ in many]  # read again
    assert french.analyzer.languages == {}


@pytest.mark.parametrize("kind", ["profiles", "drafts"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_results_are_those_of_documents_held(folders: Path, kind: str, jobs: int) -> None:
    read: Any = run.read_profiles if kind == "profiles" else run.read_drafts
    held = session()
    expected = run.lint_items(held, read(held, [str(folders / kind)]))
    down = session()
    items = read(down, [str(folders / kind)], put_down=True)
    assert run.text_languages(down, items) == [r.lang for r in expected]
    assert run.lint_items(down, items, jobs=jobs) == expected
    assert sum(len(r.findings) for r in expected) > COUNT


def test_the_cache_keys_them_as_documents_held(folders: Path, tmp_path: Path) -> None:
    """Entries written by a streamed run serve a run that holds its documents (`score`,
    `report`, SARIF), and the other way round: the same key for the same content."""
    first = session()
    store = cache.Cache(tmp_path / "cache", cache.tool_fingerprint(first.registry.rules))
    items = run.read_profiles(first, [str(folders / "profiles")], put_down=store)
    assert all(isinstance(s, run.Later) and s.digest for s, _ in items)
    results = run.lint_items(first, items, cache=store)
    assert len(store.entries) == COUNT

    second = session()
    linted: list[str] = []
    real = run._chunk

    def spy(session: Any, chunk: Any) -> Any:
        linted.extend(subject.source for subject, _ in chunk)
        return real(session, chunk)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(run, "_chunk", spy)
        held = run.read_profiles(second, [str(folders / "profiles")])
        assert run.lint_items(second, held, cache=store) == results
        assert linted == []  # every result came from the cache
        assert run.lint_items(second, held) == results and len(linted) == COUNT
    keys = [run._key(second, store, s, day) for group in (items, held) for s, day in group]
    assert keys[:COUNT] == keys[COUNT:] and len(set(keys)) == COUNT


def test_a_file_changed_before_its_turn_is_an_input_error(tmp_path: Path) -> None:
    paths = make_profiles(tmp_path / "profiles")
    one = session()
    items = run.read_profiles(one, [str(tmp_path / "profiles")], put_down=True)
    paths[-1].write_text(paths[-1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed while profile-lint was reading it") as caught:
        run.lint_items(one, items)
    assert caught.value.path == str(paths[-1])


def test_the_command_streams_them_with_the_output_of_a_held_run(folders: Path) -> None:
    """`--format json` streams (documents put down); SARIF holds every result: the same
    findings, the same language for the output."""
    args = ["profile", str(folders / "profiles"), "--no-cache", "--exit-zero"]
    streamed = run_cli(*args, "--format", "json")
    held = run_cli(*args, "--format", "sarif")
    assert streamed.returncode == held.returncode == 0, streamed.stderr + held.stderr
    found = json.loads(streamed.stdout)
    sarif = json.loads(held.stdout)["runs"][0]["results"]
    assert len(found["results"]) == COUNT
    assert sum(len(r["findings"]) for r in found["results"]) == len(sarif)
