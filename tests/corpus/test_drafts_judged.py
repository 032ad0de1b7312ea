"""The judged drafts and pasted pages as a regression test (tests/corpus/README.md): the
draft rules keep at least 95% of their findings right and find at least 95% of what the
coaches expect, and every pasted page's name and headline are read exactly."""

from __future__ import annotations

import pytest

from tests.corpus import judge

pytestmark = pytest.mark.slow


def test_draft_rules_precision_and_recall():
    verdicts = [v for v in judge.lint_all() if "/drafts/" in v.source.replace("\\\\", "/")]
    assert len(verdicts) >= 70
    right, wrong, missed = judge.totals(verdicts)
    report = judge.table(verdicts)
    assert right / (right + wrong) >= 0.95, report
    assert right / (right + missed) >= 0.95, report


def test_pasted_pages_name_and_headline_read_exactly():
    cards = judge.top_cards()
    assert len(cards) >= 12
    wrong = [(page, wanted, read) for page, wanted, read in cards if wanted != read]
    assert wrong == []
