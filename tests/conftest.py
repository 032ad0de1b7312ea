"""Test-session settings shared by every test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run (a suite that passes on a clean clone
# passes again); FUZZ_RANDOM=1 draws new ones, to explore (tests/fuzz reads it too).
settings.register_profile("project", derandomize=os.environ.get("FUZZ_RANDOM") is None)
settings.load_profile("project")
_OUTSIDE: list[str] = []  # paths beside the repository that something in this process opened


def _watch_outside(event: str, args: tuple[object, ...]) -> None:
    """Audit hook: note any file or folder opened next to the repository but outside it
    (a fresh clone has nothing beside it, so such a test would fail there)."""
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    path = args[0]
    if not isinstance(path, (str, bytes, os.PathLike)):
        return
    try:
        full = os.path.abspath(os.fsdecode(path))
    except (TypeError, ValueError):
        return
    parent = str(REPO.parent)
    if full.startswith(parent + os.sep) and not (full + os.sep).startswith(str(REPO) + os.sep):
        _OUTSIDE.append(full)


sys.addaudithook(_watch_outside)


@pytest.fixture(autouse=True)
def _stays_inside_the_repository() -> Iterator[None]:
    """Every test fails if it read anything beside the repository (a sibling folder)."""
    before = len(_OUTSIDE)
    yield
    opened = _OUTSIDE[before:]
    assert not opened, f"read outside the repository: {sorted(set(opened))[:5]}"


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The CLI's result cache (profile_lint/cache.py) goes to a temporary folder, not to
    `.profile_lint_cache` in the repository, for every in-process and subprocess run."""
    before = os.environ.get("PROFILE_LINT_CACHE_DIR")
    folder = tmp_path_factory.mktemp("profile-lint-cache")
    folder.chmod(0o700)  # a cache folder writable by others is not used, whatever the umask
    os.environ["PROFILE_LINT_CACHE_DIR"] = str(folder)
    yield
    if before is None:
        os.environ.pop("PROFILE_LINT_CACHE_DIR", None)
    else:
        os.environ["PROFILE_LINT_CACHE_DIR"] = before
