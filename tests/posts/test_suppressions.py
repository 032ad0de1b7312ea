"""Inline suppressions, front matter suppressions, and the report of unused ones."""

from __future__ import annotations

from pathlib import Path

from tests.posts.helpers import lint_text, names

BODY = (
    "We cut our payroll close from five days to two with one checklist.\n\n"
    "Like if you agree!\n\n"
    "Which step of your own close would you cut first, and why?\n"
)


def test_without_suppression_the_bait_is_found(tmp_path: Path) -> None:
    found = lint_text(tmp_path, BODY)
    assert names(found) == ["engagement-bait"]
    assert (found[0]["line"], found[0]["column"]) == (3, 1)


def test_disable_next_line_by_name_and_by_code(tmp_path: Path) -> None:
    for key in ("engagement-bait", "PO008", "po008"):
        text = BODY.replace("Like if", f"<!-- profile-lint-disable-next-line {key} -->\nLike if")
        assert lint_text(tmp_path, text) == []


def test_disable_next_line_covers_only_the_next_line(tmp_path: Path) -> None:
    text = "<!-- profile-lint-disable-next-line engagement-bait -->\n" + BODY
    found = lint_text(tmp_path, text)
    assert names(found) == ["unused-suppression", "engagement-bait"]
    assert found[0]["line"] == 1 and found[0]["message"]["params"]["rule"] == "engagement-bait"
    assert "there is no %(rule)s finding" in found[0]["message"]["id"]
    assert found[1]["line"] == 4


def test_disable_until_enable(tmp_path: Path) -> None:
    text = (
        "We cut our close from five days to two.\n"
        "<!-- profile-lint-disable engagement-bait, hashtags-too-many -->\n"
        "Like if you agree!\n"
        "<!-- profile-lint-enable engagement-bait -->\n"
        "Tag someone who needs this.\n"
        "#a #b #c #d #e #f\n"
        "Which step of your own close would you cut first?\n"
    )
    found = lint_text(tmp_path, text)
    assert [(f["name"], f["line"]) for f in found] == [("engagement-bait", 5)]


def test_bare_disable_at_the_top_covers_whole_draft_findings(tmp_path: Path) -> None:
    text = "---\nlang: en\n---\n<!-- profile-lint-disable -->\nWe cut our close. Like if you agree!"
    assert lint_text(tmp_path, text) == []


def test_disable_after_text_does_not_reach_back(tmp_path: Path) -> None:
    text = "Like if you agree!\n<!-- profile-lint-disable engagement-bait -->\nWhat would you cut?"
    found = lint_text(tmp_path, text)
    assert names(found) == ["engagement-bait", "unused-suppression"]


def test_front_matter_disable(tmp_path: Path) -> None:
    text = "---\nprofile-lint: {disable: [engagement-bait]}\n---\n" + BODY
    assert lint_text(tmp_path, text) == []
    text = "---\nprofile-lint:\n  disable: [bare-link]\n---\n" + BODY
    found = lint_text(tmp_path, text)
    assert names(found) == ["unused-suppression", "engagement-bait"]
    assert found[0]["line"] == 3 and found[0]["severity"] == "info"


def test_unknown_rule_name_is_reported(tmp_path: Path) -> None:
    text = "<!-- profile-lint-disable-next-line bare-links -->\n" + BODY.replace("Like if", "If")
    found = lint_text(tmp_path, text)
    assert names(found) == ["unused-suppression"]
    assert "no rule is named" in found[0]["message"]["id"]
    assert found[0]["message"]["params"]["rule"] == "bare-links"
    assert found[0]["code"] == "PO100"


def test_unused_report_can_be_ignored_like_any_rule(tmp_path: Path) -> None:
    text = "<!-- profile-lint-disable-next-line bare-link -->\n" + BODY.replace("Like if", "If")
    assert names(lint_text(tmp_path, text)) == ["unused-suppression"]
    assert lint_text(tmp_path, text, ignore=["PO100"]) == []


def test_suppression_of_a_rule_that_did_not_run_is_not_judged(tmp_path: Path) -> None:
    text = "<!-- profile-lint-disable-next-line bare-link -->\n" + BODY.replace("Like if", "If")
    assert lint_text(tmp_path, text, ignore=["bare-link"]) == []
