"""`--fix` and `--diff`: apply the fixes rules give, as ruff does.

A rule that can fix its problem without changing what the text means gives the edits
with the problem (`Problem.fix`, in the post text); the engine turns them into edits of
the draft's file (`Finding.fix`). Here they are applied: each finding's edits all or
none, a fix that overlaps one already taken waiting for the next round; the draft is
then read and linted again, until nothing more can be fixed (at most ROUNDS rounds), so
that what is reported afterwards is what is left.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from profile_lint.engine import Result
from profile_lint.model import Draft
from profile_lint.readers.drafts import draft_from_text
from profile_lint.rule import Edit, Finding, Rule

ROUNDS = 10


@dataclass
class Fixed:
    """One draft after fixing: its text before and after, how many problems were fixed,
    and the result of linting the fixed text."""

    draft: Draft
    result: Result
    before: str
    after: str
    count: int

    @property
    def changed(self) -> bool:
        return self.after != self.before

    def diff(self) -> str:
        """A unified diff of the draft's file, as `--diff` prints it."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True),
            self.after.splitlines(keepends=True),
            fromfile=f"a/{self.draft.source}",
            tofile=f"b/{self.draft.source}",
        )
        return "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )


def _overlaps(edit: Edit, taken: Iterable[Edit]) -> bool:
    return any(
        (edit.start < other.end and other.start < edit.end)
        or (edit.start == edit.end == other.start == other.end)
        for other in taken
    )


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """`text` (a draft's file) with the fixes of `findings` applied, and how many
    findings were fixed; a fix overlapping one taken before it is left for later."""
    taken: list[Edit] = []
    count = 0
    for finding in sorted(
        (f for f in findings if f.fix), key=lambda f: min(e.start for e in f.fix)
    ):
        if any(_overlaps(edit, taken) for edit in finding.fix):
            continue
        taken.extend(finding.fix)
        count += 1
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text, count


def fix_draft(
    draft: Draft,
    result: Result,
    relint: Callable[[Draft], Result],
    rules: Sequence[type[Rule]] | None = None,
) -> Fixed:
    """Fix `draft` (linted as `result`) round after round; `relint` lints a new text."""
    before = text = draft.file_text or draft.text
    total = 0
    for _ in range(ROUNDS):
        fixed, count = apply_fixes(text, result.findings)
        if not count or fixed == text:
            break
        total, text = total + count, fixed
        stdin = draft.stdin
        draft = draft_from_text(text, source=draft.source, rules=rules)
        draft.stdin = stdin
        result = relint(draft)
    return Fixed(draft, result, before, text, total)
