"""What every fuzz test shares: example budgets, a time guard, a no-write sandbox, and
"lint the result with every rule and no rule may crash".

Budgets: `HYPOTHESIS_PROFILE=ci` (the default) runs each test's stated number of
examples; `HYPOTHESIS_PROFILE=thorough` runs ten times as many. Hypothesis' own profile
machinery is not loaded globally, so other test modules keep their settings.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings

from profile_lint.config import Config, resolve
from profile_lint.engine import Plan, Result, lint
from profile_lint.errors import InputError
from profile_lint.model import Draft, Profile
from profile_lint.registry import load_registry
from profile_lint.text import Analyzer

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
SCALE = {"ci": 1, "thorough": 10}.get(PROFILE, 1)
# One example (read + lint with every rule) taking longer than this is a hang.
EXAMPLE_SECONDS = 20.0

REGISTRY = load_registry(plugins=False)
RULES = resolve(Config(), REGISTRY.rules)  # every built-in rule, default options
KNOWN = [(r.name, r.code) for r in REGISTRY.rules]
ANALYZER = Analyzer()
AS_OF = date(2026, 3, 14)


def fuzz_settings(examples: int, **extra: Any) -> settings:
    """`examples` examples under the ci profile (ten times more under thorough)."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,  # the time guard below bounds each example instead
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=PROFILE == "ci" and os.environ.get("FUZZ_RANDOM") is None,
        **extra,
    )


class _Hang(BaseException):
    """Raised by the alarm; a BaseException so no reader's `except Exception` swallows it."""


@contextmanager
def time_limit(seconds: float = EXAMPLE_SECONDS) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Hang:
        raise AssertionError(f"one example took over {seconds} s (a hang?)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def listing(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under `root`, with size and modification time."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            stat = path.lstat()
            out[str(path.relative_to(root))] = (stat.st_size, stat.st_mtime_ns)
    return out


@contextmanager
def sandbox() -> Iterator[Path]:
    """A fresh temporary working directory (also the `tempfile` directory, so a stray
    temporary file lands where it is seen). The caller writes its inputs, then calls
    `unchanged(...)` around the code under test."""
    old_cwd, old_tmp = os.getcwd(), tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="fuzz-") as raw:
        root = Path(raw).resolve()
        os.chdir(root)
        tempfile.tempdir = str(root)
        try:
            yield root
        finally:
            tempfile.tempdir = old_tmp
            os.chdir(old_cwd)


@contextmanager
def unchanged(root: Path, allowed: tuple[str, ...] = ()) -> Iterator[None]:
    """Assert nothing under `root` is created, changed or removed (but `allowed` paths)."""
    before = listing(root)
    yield
    after = listing(root)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert changed <= set(allowed), f"files written or changed: {sorted(changed)}"


def read_or_error(path: str, read: Any, *args: Any) -> Any:
    """`read(path, *args)`, or None for a clean InputError that names the file."""
    try:
        found = read(path, *args)
        event("read")
        return found
    except InputError as exc:
        event(f"InputError: {exc.message.split(chr(39))[0][:40]}")
        text = str(exc)
        assert path in text, f"error does not name the file: {text}"
        assert "\n" not in text, f"error is not one line: {text!r}"
        return None


def lint_profile(profile: Profile) -> Result:
    """Every rule over `profile`: no rule may fail; the profile and score serialise."""
    json.dumps(profile.to_dict())
    result = lint(profile, Plan(RULES, AS_OF, KNOWN), ANALYZER)
    assert result.errors == [], result.errors
    assert result.score is not None
    json.dumps(result.score.to_dict())
    return result


def lint_draft(draft: Draft) -> Result:
    result = lint(draft, Plan(RULES, AS_OF, KNOWN), ANALYZER)
    assert result.errors == [], result.errors
    return result
