"""Many files at once: --jobs, the result cache, the progress bar, output files (Ctrl-C and
other signals: test_signals.py)."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from profile_lint import batch, cache, run
from profile_lint.cli.output import write_output
from profile_lint.formatters import FORMATTERS, Report
from tests.cli_runner import FIXTURES, REPO, run_cli

pytestmark = pytest.mark.slow

PROFILES = sorted(str(p) for p in (FIXTURES / "profiles").glob("*.json"))


def make_drafts(folder: Path, count: int, repeat: int = 1) -> list[str]:
    """`count` drafts made from the fixtures, each different (no entry serves another)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted((FIXTURES / "posts").glob("*.md"))
    paths = []
    for index in range(count):
        text = sources[index % len(sources)].read_text(encoding="utf-8")
        body = "\n\n".join(
            [text.rstrip()] + [f"Point {index}.{n}: we shipped it." for n in range(repeat)]
        )
        path = folder / f"{index:03d}.md"
        path.write_text(f"{body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def render_all(session: run.Session, results: list[Any]) -> dict[str, str]:
    report = Report(results, session.registry.rules)
    return {fmt: FORMATTERS[fmt](report) for fmt in ("text", "json", "sarif", "github")}


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the engine actually analyses (cache misses), in order."""
    seen: list[str] = []
    real = run._chunk

    def spy(session: Any, items: Any) -> Any:
        seen.extend(subject.source for subject, _ in items)
        return real(session, items)

    monkeypatch.setattr(run, "_chunk", spy)
    return seen


def new_cache(folder: Path, session: run.Session) -> cache.Cache:
    return cache.Cache(folder, cache.tool_fingerprint(session.registry.rules))


# --jobs


def test_jobs_give_the_same_output_in_input_order(tmp_path: Path) -> None:
    paths = make_drafts(tmp_path / "drafts", 24)
    (tmp_path / ".profile-lint.toml").write_text("cache = false\n")
    env = {"PROFILE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    one = run_cli("posts", "drafts", "--format", "json", "-j", "1", cwd=tmp_path, env=env)
    two = run_cli("posts", "drafts", "--format", "json", "-j", "2", cwd=tmp_path, env=env)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)["summary"]["findings"] > 20
    results = json.loads(one.stdout)["results"]
    assert [r["path"] for r in results] == [os.path.relpath(p, tmp_path) for p in paths]
    assert not (tmp_path / "cache").exists()  # `cache = false` in the configuration
    assert "\r" not in one.stderr + two.stderr  # no progress bar in a pipe


def test_jobs_on_profiles_give_the_same_output(tmp_path: Path) -> None:
    args = ["profile", *PROFILES, "--format", "json", "--no-cache"]
    env = {"PROFILE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    one = run_cli(*args, "--jobs", "1", env=env)
    auto = run_cli(*args, "--jobs", "auto", env=env)
    assert one.returncode == auto.returncode == 0, one.stderr + auto.stderr
    assert json.loads(one.stdout)["summary"]["findings"] > 20
    assert one.stdout == auto.stdout
    assert not (tmp_path / "cache").exists()  # --no-cache


def test_jobs_values() -> None:
    assert batch.parse_jobs("3") == 3
    assert batch.parse_jobs("0") == batch.parse_jobs("auto") == batch.cpu_count()
    with pytest.raises(ValueError):
        batch.parse_jobs("-1")
    assert batch.default_jobs(batch.AUTO_FROM - 1) == 1
    assert 1 <= batch.default_jobs(batch.AUTO_FROM) <= batch.AUTO_MAX
    proc = run_cli("posts", str(FIXTURES / "posts"), "--jobs", "many")
    assert proc.returncode == 2 and "expected a number of processes" in proc.stderr


@pytest.mark.parametrize(
    ("cpus", "busy", "jobs"), [(2, 0, 2), (2, 1, 1), (2, 3, 1), (8, 1, 4), (4, 1, 3)]
)
def test_default_jobs_uses_idle_cpus_only(
    monkeypatch: pytest.MonkeyPatch, cpus: int, busy: int, jobs: int
) -> None:
    monkeypatch.setattr(batch, "cpu_count", lambda: cpus)
    monkeypatch.setattr(batch, "busy_cpus", lambda: busy)
    assert batch.default_jobs(batch.AUTO_FROM - 1) == 1
    assert batch.default_jobs(batch.AUTO_FROM) == jobs


@pytest.mark.skipif(not Path("/proc/loadavg").exists(), reason="Linux's running count")
def test_busy_cpus_counts_what_runs_now() -> None:
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        assert batch.busy_cpus() >= 1
    finally:
        spinner.kill()
        spinner.wait()


def test_busy_cpus_without_proc_uses_the_load_average(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_proc(*args: object, **kwargs: object) -> None:
        raise FileNotFoundError("/proc/loadavg")

    monkeypatch.setattr(batch, "open", no_proc, raising=False)
    monkeypatch.setattr(batch.os, "getloadavg", lambda: (1.7, 1.0, 1.0))
    assert batch.busy_cpus() == 2


def test_chunks_keep_input_order() -> None:
    items = list(range(50))
    for jobs in (1, 2, 7):
        assert [i for part in batch.chunks(items, jobs) for i in part] == items


# the result cache


def test_cached_results_render_byte_for_byte(tmp_path: Path, analysed: list[str]) -> None:
    paths = make_drafts(tmp_path / "drafts", 12)
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    plain = render_all(session, run.lint_drafts(session, paths))
    store = new_cache(tmp_path / "cache", session)
    first = render_all(session, run.lint_drafts(session, paths, cache=store))
    store.save()
    analysed.clear()
    again = run.lint_drafts(session, paths, cache=new_cache(tmp_path / "cache", session))
    assert analysed == []  # every draft came from the cache
    assert plain == first == render_all(session, again)


def test_cached_profiles_render_byte_for_byte(tmp_path: Path, analysed: list[str]) -> None:
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    plain = render_all(session, run.lint_profiles(session, PROFILES))
    store = new_cache(tmp_path / "cache", session)
    run.lint_profiles(session, PROFILES, cache=store)
    store.save()
    analysed.clear()
    again = run.lint_profiles(session, PROFILES, cache=new_cache(tmp_path / "cache", session))
    assert analysed == []
    assert plain == render_all(session, again)  # score and import warnings included


def test_cache_misses_on_content_config_and_version(
    tmp_path: Path, analysed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_drafts(tmp_path / "drafts", 6)
    folder = tmp_path / "cache"

    def lint(**overrides: Any) -> None:
        session = run.open_session(run.Overrides(**overrides), cwd=tmp_path)
        store = new_cache(folder, session)
        run.lint_drafts(session, paths, cache=store)
        store.save()

    lint()
    assert len(analysed) == 6
    analysed.clear()
    lint()
    assert analysed == []  # hit
    Path(paths[2]).write_text("A new opening line.\n\nWhat do you think?\n", encoding="utf-8")
    lint()
    assert analysed == [paths[2]]  # only the changed draft
    analysed.clear()
    lint(ignore=["hook-too-long"])
    assert analysed == paths  # another rule set
    analysed.clear()
    lint(text_language="fr")
    assert analysed == paths  # another language of the texts
    analysed.clear()
    lint(text_language="fr", lang="en")
    assert analysed == []  # the output's language is not a setting of the lint: a hit
    monkeypatch.setattr(cache, "__version__", "99.0")
    lint()
    assert analysed == paths  # another version of profile-lint


def test_cache_holds_findings_not_text(tmp_path: Path) -> None:
    paths = make_drafts(tmp_path / "drafts", 4)
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    store = new_cache(tmp_path / "cache", session)
    run.lint_drafts(session, paths, cache=store)
    store.save()
    folder = tmp_path / "cache"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    data = store.file.read_text(encoding="utf-8")
    assert "we shipped it" not in data  # no draft text, no preview
    assert json.loads(data)["entries"]


def test_a_corrupt_cache_is_ignored(tmp_path: Path, analysed: list[str]) -> None:
    paths = make_drafts(tmp_path / "drafts", 3)
    session = run.open_session(run.Overrides(), cwd=tmp_path)
    plain = render_all(session, run.lint_drafts(session, paths))
    store = new_cache(tmp_path / "cache", session)
    run.lint_drafts(session, paths, cache=store)
    store.save()
    data = json.loads(store.file.read_text(encoding="utf-8"))
    key = next(iter(data["entries"]))
    data["entries"][key] = {"day": 1, "findings": [{"code": "PO001"}]}  # a broken entry
    store.file.write_text(json.dumps(data), encoding="utf-8")
    analysed.clear()
    again = run.lint_drafts(session, paths, cache=new_cache(tmp_path / "cache", session))
    assert len(analysed) == 1 and render_all(session, again) == plain
    store.file.write_bytes(b"\x00{not json")
    analysed.clear()
    broken = new_cache(tmp_path / "cache", session)
    again = run.lint_drafts(session, paths, cache=broken)
    assert len(analysed) == 3 and render_all(session, again) == plain
    broken.save()
    assert len(json.loads(broken.file.read_text(encoding="utf-8"))["entries"]) == 3


CHECK_SPACY = """
import sys
import time
from profile_lint.cli import cli
try:
    cli(sys.argv[1:], prog_name="profile-lint")
except SystemExit:
    pass
print("spacy imported" if "spacy" in sys.modules else "spacy not imported", file=sys.stderr)
"""


def test_second_run_does_no_nlp_and_gives_the_same_output(tmp_path: Path) -> None:
    make_drafts(tmp_path / "drafts", 8)
    env = {**os.environ, "NO_COLOR": "1", "PROFILE_LINT_CACHE_DIR": str(tmp_path / "cache")}

    def lint(out: str) -> str:
        args = ["posts", "drafts", "--format", "sarif", "-o", out]
        proc = subprocess.run(
            [sys.executable, "-c", CHECK_SPACY, *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return proc.stderr

    assert "spacy imported" in lint("first.sarif")
    assert "spacy not imported" in lint("second.sarif")
    assert (tmp_path / "first.sarif").read_bytes() == (tmp_path / "second.sarif").read_bytes()
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700


@pytest.mark.parametrize(
    "command",
    [
        ["score", "--explain", "profile.json"],
        ["report", "profile.json", "--posts", "draft.md", "-o", "OUT"],
    ],
    ids=["score", "report"],
)
def test_score_and_report_go_through_the_cache(tmp_path: Path, command: list[str]) -> None:
    """A second `score` or `report` of unchanged inputs does not load spaCy, and says the
    same: they lint through the same run (and cache) as `profile`."""
    (tmp_path / "profile.json").write_bytes((FIXTURES / "profiles" / "weak-en.json").read_bytes())
    (tmp_path / "draft.md").write_bytes((FIXTURES / "posts" / "weak-en.md").read_bytes())
    env = {**os.environ, "NO_COLOR": "1", "PROFILE_LINT_CACHE_DIR": str(tmp_path / "cache")}
    outputs = []
    for out in ("first.html", "second.html"):
        args = [a.replace("OUT", out) for a in command]
        proc = subprocess.run(
            [sys.executable, "-c", CHECK_SPACY, *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        outputs.append((proc.stderr.splitlines()[-1], proc.stdout))
    assert outputs[0][0] == "spacy imported" and outputs[1][0] == "spacy not imported"
    assert outputs[0][1] == outputs[1][1]
    if command[0] == "report":
        first, second = (
            (tmp_path / n).read_text(encoding="utf-8") for n in ("first.html", "second.html")
        )
        assert first == second and "Ryan Cole" in first


def test_cache_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from profile_lint.config import Config

    monkeypatch.delenv(cache.ENV_DIR, raising=False)
    assert cache.cache_dir(Config(), tmp_path) == tmp_path / ".profile_lint_cache"
    project = tmp_path / "project"
    conf = Config(path=str(project / "pyproject.toml"))
    assert cache.cache_dir(conf, tmp_path) == project / ".profile_lint_cache"
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "env"))
    assert cache.cache_dir(conf, tmp_path) == tmp_path / "env"
    conf.cache_dir = "build/lint-cache"
    assert cache.cache_dir(conf, tmp_path) == project / "build" / "lint-cache"


# progress bar and output files


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    shown = Terminal()
    bar = batch.Progress(10, "linting", shown, delay=0)
    bar.advance(3)
    assert "linting [" in shown.getvalue() and "3/10" in shown.getvalue()
    bar.close()
    assert shown.getvalue().endswith("\r\033[K")
    late = Terminal()
    batch.Progress(10, "linting", late, delay=60).advance(3)  # a short run shows nothing
    piped = io.StringIO()
    batch.Progress(10, "linting", piped, delay=0).advance(3)
    monkeypatch.setenv("CI", "true")
    ci = Terminal()
    batch.Progress(10, "linting", ci, delay=0).advance(3)
    assert late.getvalue() == piped.getvalue() == ci.getvalue() == ""


def test_output_files_are_readable_by_others_as_umask_allows(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        write_output("report\n", str(tmp_path / "report.html"))
        assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == 0o644
        private = tmp_path / "private.json"
        private.write_text("old")
        private.chmod(0o600)
        write_output("new\n", str(private))  # a file's own mode is kept
        assert stat.S_IMODE(private.stat().st_mode) == 0o600 and private.read_text() == "new\n"
    finally:
        os.umask(before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["private.json", "report.html"]


def test_config_import_leaves_profile_readers_unloaded() -> None:
    code = (
        "import sys, profile_lint.run, profile_lint.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('profile_lint.readers')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert proc.stdout.strip() == "['profile_lint.readers', 'profile_lint.readers.files']"
