"""Test-session settings shared by every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _cache_outside_the_repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The CLI's result cache (profile_lint/cache.py) goes to a temporary folder, not to
    `.profile_lint_cache` in the repository, for every in-process and subprocess run."""
    before = os.environ.get("PROFILE_LINT_CACHE_DIR")
    os.environ["PROFILE_LINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("profile-lint-cache"))
    yield
    if before is None:
        os.environ.pop("PROFILE_LINT_CACHE_DIR", None)
    else:
        os.environ["PROFILE_LINT_CACHE_DIR"] = before
