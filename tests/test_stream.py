"""Outputs written result by result (formatters/stream.py) are byte for byte what the
one-string formatters write, however the results are split; the streamed lint gives the
results of the one-at-a-time engine, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from profile_lint.engine import lint
from profile_lint.formatters import FORMATTERS, Report
from profile_lint.formatters.stream import STREAMED, Stream
from profile_lint.run import Overrides, lint_stream, open_session, read_drafts, read_profiles

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="module")
def linted() -> tuple[list, list]:
    session = open_session(Overrides())
    items = read_profiles(session, [str(FIXTURES / "profiles")]) + read_drafts(
        session, [str(FIXTURES / "posts")]
    )
    results = list(lint_stream(session, items))
    one_by_one = [lint(s, session.plan(s.source, d), session.analyzer) for s, d in items]
    return results, one_by_one


def test_streamed_lint_is_the_engine_one_document_at_a_time(linted: tuple[list, list]) -> None:
    results, one_by_one = linted
    assert results == one_by_one


@pytest.mark.parametrize("fmt", STREAMED)
@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("size", [0, 1, 3, 100])
def test_stream_writes_what_the_formatter_writes(
    linted: tuple[list, list], fmt: str, quiet: bool, size: int
) -> None:
    results = linted[0][:size] if size < 3 else linted[0]
    whole = FORMATTERS[fmt](Report(results, quiet=quiet))
    pieces: list[str] = []
    stream = Stream(fmt, Report([], quiet=quiet), pieces.append)
    step = max(1, size)
    for start in range(0, len(results), step):
        stream.add(results[start : start + step])
    stream.end()
    assert "".join(pieces) == whole
