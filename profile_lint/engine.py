"""The engine: documents in, findings out. No printing, no files.

It runs each selected rule over a profile or a draft, hands rules analysed text through a
`RunContext`, and stamps each rule's metadata onto what it yields.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from profile_lint import suppress
from profile_lint.config import ActiveRule
from profile_lint.model import Draft, ImportWarning, Profile, line_column
from profile_lint.rule import Finding, Problem
from profile_lint.text import Analyzer, TextView


@dataclass
class Result:
    """The findings for one input, with what the reader could not read."""

    path: str
    kind: str
    findings: list[Finding] = field(default_factory=list)
    import_warnings: list[ImportWarning] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


class RunContext:
    """The Context one rule sees for one document."""

    def __init__(
        self,
        analyzer: Analyzer,
        options: Mapping[str, Any],
        as_of: date,
        language: str | None,
    ):
        self.options = options
        self.as_of = as_of
        self.language = language
        self._analyzer = analyzer

    def text(self, text: str, lang: str | None = None) -> TextView:
        return self._analyzer.view(text, lang or self.language)


def _finding(active: ActiveRule, problem: Problem, draft: Draft | None) -> Finding:
    rule = active.rule
    position: dict[str, int | None] = {}
    if draft is not None and problem.span is not None:
        source = draft.file_text or draft.text
        start, end = problem.span
        line, column = line_column(source, draft.file_offset(start))
        end_line, end_column = line_column(source, draft.file_offset(end))
        position = dict(line=line, column=column, end_line=end_line, end_column=end_column)
    elif draft is not None:  # about the draft as a whole: where its text starts
        line, column = line_column(draft.file_text or draft.text, draft.file_offset(0))
        position = dict(line=line, column=column, end_line=None, end_column=None)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=active.severity,
        message=problem.message,
        suggestion=problem.suggestion,
        pillar=rule.pillar,
        location=problem.location,
        span=problem.span,
        **position,  # type: ignore[arg-type]
    )


def lint(
    subject: Profile | Draft,
    kind: str,
    rules: list[ActiveRule],
    analyzer: Analyzer,
    as_of: date | None = None,
    known_rules: Collection[tuple[str, str]] | None = None,
) -> Result:
    """Run every rule of `kind` over `subject`. For drafts, apply the inline suppressions;
    `known_rules` (name, code) of every registered rule lets unknown names be reported."""
    draft = subject if isinstance(subject, Draft) else None
    result = Result(path=subject.source, kind=kind)
    if isinstance(subject, Profile):
        result.import_warnings = list(subject.import_warnings)
    language = draft.lang if draft is not None and draft.lang else analyzer.language
    targets = ("post",) if draft is not None else ("profile", "activity")
    for active in rules:
        rule = active.rule
        if rule.target not in targets:
            continue
        options = dict(active.options)
        if draft is not None:
            options.update(draft.options.get(rule.name, {}))
        ctx = RunContext(analyzer, options, as_of or date.today(), language)
        try:
            for problem in rule.check(subject, ctx):
                result.findings.append(_finding(active, problem, draft))
        except Exception as exc:  # a faulty (plugin) rule must not take the run down
            result.errors.append(f"rule {rule.name} failed on {subject.source}: {exc!r}")
    if draft is not None and draft.suppressions:
        _suppress(result, draft, rules, known_rules)
    result.findings.sort(key=Finding.sort_key)
    return result


def _suppress(
    result: Result, draft: Draft, rules: list[ActiveRule], known: Collection[tuple[str, str]] | None
) -> None:
    """Drop suppressed findings; report suppressions that suppress nothing (unused-suppression)."""
    found = draft.suppressions
    kept, used = suppress.drop(result.findings, found)
    reporter = next((a for a in rules if a.rule.name == suppress.UNUSED_RULE), None)
    if reporter is not None:
        active = [(a.rule.name, a.rule.code) for a in rules if a.rule.target == "post"]

        def report(item: suppress.Suppression, reason: str) -> Finding:
            rule = reporter.rule
            return Finding(
                code=rule.code,
                name=rule.name,
                severity=reporter.severity,
                pillar=rule.pillar,
                message=f"This suppression ({item.directive}) suppresses nothing: {reason}.",
                suggestion="Delete it, or correct the rule name or code it gives.",
                line=item.line,
                column=item.column,
            )

        # Unused suppressions can themselves be silenced by naming unused-suppression.
        names = (reporter.rule.name, reporter.rule.code.lower())
        own = {i for i, s in enumerate(found) if s.name and s.name.lower() in names}
        stale = suppress.stale(found, used, active, known)
        reports, used_by_reports = suppress.drop(
            [report(found[i], why) for i, why in stale if i not in own], found
        )
        kept += reports
        stale = suppress.stale(found, used | used_by_reports, active, known)
        kept += [report(found[i], why) for i, why in stale if i in own]
    result.findings = kept
