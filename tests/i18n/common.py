"""What the i18n tests share: every rule case linted once per process."""

from __future__ import annotations

from functools import cache

from profile_lint.engine import Result
from profile_lint.message import Msg
from profile_lint.rule import Rule
from profile_lint.testing import check_case
from tests.rules.test_rule_cases import CASES


@cache
def case_results() -> tuple[tuple[type[Rule], Result], ...]:
    return tuple((rule, check_case(rule, case)) for rule, case in CASES)


def message_ids(msg: Msg) -> set[str]:
    """The ids of a message and of the messages among its parameters."""
    out = {msg.id}
    for value in msg.args.values():
        if isinstance(value, Msg):
            out |= message_ids(value)
    return out


def case_message_ids() -> set[str]:
    found: set[str] = set()
    for _, result in case_results():
        for finding in result.findings:
            found |= message_ids(finding.message) | message_ids(finding.suggestion)
            found |= message_ids(finding.draft) if finding.draft is not None else set()
    return found
