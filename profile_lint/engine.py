"""The engine: one document in, one typed Result out. No printing, no files.

`lint` runs every selected rule that the document can be judged by (`Rule.applicable`:
unknown is not missing), applies a draft's suppressions, lets rules review the run
(`Rule.review`), and finishes the Result: a profile's score, a draft's "…see more"
preview. `finish` alone rebuilds a Result from findings kept in the cache.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from profile_lint import suppress
from profile_lint.config import ActiveRule
from profile_lint.model import Draft, ImportWarning, Profile, line_column
from profile_lint.preview import Preview
from profile_lint.rule import Edit, Finding, Problem, SuppressionState
from profile_lint.rule_settings import find_rule
from profile_lint.score import Score, score_rules
from profile_lint.target import TargetMatch, match_profile
from profile_lint.text import MAX_ANALYSED, Analyzer, TextView, detect_language

# The most findings a rule reports on one document (a draft of 500,000 Markdown headings
# would make as many); a note says when a rule reached it.
MAX_FINDINGS = 200

_CR = re.compile(r"\r(?=\n)")  # what a draft's judged text leaves out of its file


@dataclass(frozen=True)
class Fold:
    """Where the feed folds a draft: the preview before "…see more" and the file's line
    and column of the cut."""

    preview: Preview
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.preview.to_dict(), "line": self.line, "column": self.column}


@dataclass
class Result:
    """What linting one document gives."""

    path: str
    kind: str  # "profile" or "post"
    findings: list[Finding] = field(default_factory=list)
    # Findings of quiet rules not selected by name: they count in the score, never shown.
    hidden: list[Finding] = field(default_factory=list)
    import_warnings: list[ImportWarning] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # rules that failed (plugins)
    score: Score | None = None  # profiles
    fold: Fold | None = None  # drafts
    # The language the member's text is written in (forced, stated or detected): the
    # language of the output by default (profile_lint.i18n.choose_language).
    lang: str = "en"
    target: TargetMatch | None = None  # profiles aimed at a job ad (--target)


@dataclass(frozen=True)
class Plan:
    """How to lint one document: the rules that apply to its path (with their severities,
    options and weights), the reference date, and every registered rule's (name, code) so
    that a suppression naming no rule at all can be told from one of a rule not selected."""

    rules: Sequence[ActiveRule]
    as_of: date
    known: Collection[tuple[str, str]] = ()


class RunContext:
    """The Context one rule sees for one document."""

    def __init__(
        self,
        analyzer: Analyzer,
        options: Mapping[str, Any],
        as_of: date,
        language: str | None,
        suppressions: Sequence[SuppressionState] = (),
        target: TargetMatch | None = None,
    ):
        self.options = options
        self.as_of = as_of
        self.language = language
        self.suppressions = suppressions
        self.target = target
        self._analyzer = analyzer

    def text(self, text: str, lang: str | None = None) -> TextView:
        return self._analyzer.view(text, lang or self.language)


def kind_of(subject: Profile | Draft) -> str:
    return "post" if isinstance(subject, Draft) else "profile"


def targets_of(subject: Profile | Draft) -> tuple[str, ...]:
    return ("post",) if isinstance(subject, Draft) else ("profile", "activity")


class _Job:
    """One document being linted: its rules, their contexts, and what they yielded."""

    def __init__(self, subject: Profile | Draft, plan: Plan, analyzer: Analyzer):
        self.subject = subject
        self.plan = plan
        self.analyzer = analyzer
        self.draft = subject if isinstance(subject, Draft) else None
        draft_lang = self.draft.lang if self.draft is not None else None
        self.language = draft_lang or analyzer.language
        self.errors: list[str] = []
        profile = subject if isinstance(subject, Profile) else None
        job = profile.target if profile is not None else None
        self.target = match_profile(profile, job) if profile is not None and job else None
        targets = targets_of(subject)
        self.rules = [
            (active, self._options(active))
            for active in plan.rules
            if active.rule.target in targets
        ]

    def _options(self, active: ActiveRule) -> dict[str, Any]:
        options = dict(active.options)
        if self.draft is not None:
            options.update(self.draft.options.get(active.rule.name, {}))
        return options

    def context(
        self, options: Mapping[str, Any], states: Sequence[SuppressionState] = ()
    ) -> RunContext:
        return RunContext(
            self.analyzer, options, self.plan.as_of, self.language, states, self.target
        )

    @cached_property
    def _applicable(self) -> list[bool]:
        """Whether each of `rules` is applicable to the document, asked once."""
        return [bool(a.rule.applicable(self.subject, o)) for a, o in self.rules]

    def applicable(self) -> list[tuple[ActiveRule, dict[str, Any]]]:
        return [rule for rule, ok in zip(self.rules, self._applicable, strict=True) if ok]

    def run(self, step: str, states: Sequence[SuppressionState] = ()) -> list[Finding]:
        """Every applicable rule's `check` (or `review`), as findings."""
        out = []
        for active, options in self.applicable():
            method = getattr(active.rule, step)
            try:
                problems = method(self.subject, self.context(options, states))
                for problem in itertools.islice(problems, MAX_FINDINGS):
                    out.append(self.finding(active, problem))
            except Exception as exc:  # a faulty (plugin) rule must not take the run down
                where = self.subject.source
                self.errors.append(f"rule {active.rule.name} failed on {where}: {exc!r}")
        return out

    def finding(self, active: ActiveRule, problem: Problem) -> Finding:
        """A rule's Problem as a Finding: the rule's metadata stamped on, and for drafts
        the line and column in the file (of the span, or of where the text starts)."""
        rule = active.rule
        line = column = end_line = end_column = None
        draft = self.draft
        if problem.at is not None:
            line, column = problem.at
        elif draft is not None:
            source = draft.file_text or draft.text
            start, end = problem.span if problem.span is not None else (0, None)
            line, column = line_column(source, draft.file_offset(start))
            if end is not None:
                end_line, end_column = line_column(source, draft.file_offset(end))
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=active.severity,
            message=problem.message,
            suggestion=problem.suggestion,
            pillar=rule.pillar,
            location=problem.location,
            span=problem.span,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            share=_share(problem.share),
            draft=problem.draft,
            fix=self.file_edits(problem.fix) if rule.fixable else (),
        )

    def file_edits(self, edits: Sequence[Edit]) -> tuple[Edit, ...]:
        """A draft's fix in the file's offsets, or none when the file holds more than the
        post text where it edits (an HTML comment cut out of it) or a rule misplaced it.
        Line breaks inserted match the file's (\r\n or \n)."""
        draft = self.draft
        if draft is None or not edits:
            return ()
        source = draft.file_text or draft.text
        crlf = "\r\n" in source
        out = []
        for edit in edits:
            if not 0 <= edit.start <= edit.end <= len(draft.text):
                return ()
            start, end = (_with_cr(source, draft.file_offset(i)) for i in (edit.start, edit.end))
            if _CR.sub("", source[start:end]) != draft.text[edit.start : edit.end]:
                return ()
            out.append(Edit(start, end, edit.text.replace("\n", "\r\n") if crlf else edit.text))
        return tuple(out)

    def suppressed(self, findings: list[Finding]) -> list[Finding]:
        """Drop what the draft's suppressions cover, then let rules review the run; what
        a review yields can be suppressed too, but only by a suppression naming its rule."""
        found = self.draft.suppressions if self.draft is not None else []
        kept, used = suppress.drop(findings, found)
        reviewed: list[Finding] = []
        for _ in range(2):  # a second round when suppressions were used by review findings
            reviewed, more = suppress.drop(self.run("review", self.states(used)), found, bare=False)
            if more <= used:
                break
            used |= more
        return kept + reviewed

    def states(self, used: set[int]) -> list[SuppressionState]:
        found = self.draft.suppressions if self.draft is not None else []
        ran = [type(a.rule) for a, _ in self.applicable()]
        known = self.plan.known
        return [
            SuppressionState(
                directive=s.directive,
                name=s.name,
                line=s.line,
                column=s.column,
                used=index in used,
                known=s.name is None or any(s.name.lower() in (n, c.lower()) for n, c in known),
                ran=s.name is None or find_rule(ran, s.name) is not None,
            )
            for index, s in enumerate(found)
        ]

    def text_language(self) -> str:
        """The language of the document's text: stated (a draft's front matter, or
        --text-language), else detected over all of the member's own text."""
        if self.language:
            return self.language
        known = self.analyzer.languages.pop(id(self.subject), None)  # found before, if so
        if self.draft is not None:
            return self.analyzer.view(self.draft.text).lang  # detected once, as rules see it
        if known is not None and known[0] is self.subject:
            return str(known[1])
        assert isinstance(self.subject, Profile)
        return detect_language("\n".join(self.subject.texts()))

    def fold(self) -> Fold | None:
        draft = self.draft
        if draft is None:
            return None
        for active, options in self.rules:
            preview = active.rule.preview(draft, self.context(options))
            if preview is not None:
                offset = draft.file_offset(preview.cut_offset)
                return Fold(preview, *line_column(draft.file_text or draft.text, offset))
        return None


def text_language(subject: Profile | Draft, analyzer: Analyzer) -> str:
    """The language of a document's text, as its Result will say (`Result.lang`), known
    before it is linted: stated, else detected over the draft's text or all of the
    member's own text."""
    stated = subject.lang if isinstance(subject, Draft) else None
    if stated or analyzer.language:
        return str(stated or analyzer.language)
    known = analyzer.languages.get(id(subject))
    if known is not None and known[0] is subject:
        return known[1]
    text = subject.text if isinstance(subject, Draft) else "\n".join(subject.texts())
    lang = detect_language(text)
    analyzer.languages[id(subject)] = (subject, lang)  # asked again when it is linted
    return lang


def _with_cr(source: str, offset: int) -> int:
    """An offset at the `\n` of a `\r\n` moved before the `\r`: the pair stays whole."""
    return offset - 1 if source.startswith("\r\n", offset - 1) and offset > 0 else offset


def _share(value: Any) -> float:
    """A problem's share of its rule's points, kept within 0-1 (a plugin's odd value
    counts in full, never more)."""
    try:
        share = float(value)
    except (TypeError, ValueError):
        return 1.0
    return min(1.0, max(0.0, share)) if share == share else 1.0


def cut_texts(subject: Profile | Draft) -> list[ImportWarning]:
    """A note for each text longer than text analysis reads (profile_lint/text.py)."""
    texts = {"the post": subject.text} if isinstance(subject, Draft) else subject.texts_by_path()
    return [
        ImportWarning(
            subject.source,
            f"{where}: {len(text):,} characters; only the first {MAX_ANALYSED:,} are "
            "analysed for wording (LinkedIn's longest text, a post, is 3,000)",
        )
        for where, text in texts.items()
        if len(text) > MAX_ANALYSED
    ]


def _at_most(subject: Profile | Draft, findings: list[Finding]) -> list[ImportWarning]:
    """A note for each rule that reached MAX_FINDINGS (from the findings: cached ones too)."""
    counts = Counter(f.name for f in findings)
    return [
        ImportWarning(
            subject.source,
            f"rule {name}: {count} findings shown, the most a rule reports on one document",
        )
        for name, count in counts.items()
        if count >= MAX_FINDINGS
    ]


def lint(subject: Profile | Draft, plan: Plan, analyzer: Analyzer) -> Result:
    """Lint one document: rules, suppressions, review, then `finish`."""
    job = _Job(subject, plan, analyzer)
    findings = job.suppressed(job.run("check"))
    return _finish(job, findings, job.errors)


def finish(
    subject: Profile | Draft,
    plan: Plan,
    analyzer: Analyzer,
    findings: Iterable[Finding],
    errors: Iterable[str] = (),
    lang: str | None = None,
) -> Result:
    """The Result of `findings` already computed (from the cache, with the language of
    the text): the score of a profile, the preview of a draft. Needs no text analysis."""
    return _finish(_Job(subject, plan, analyzer), list(findings), list(errors), lang)


def _placed(profile: Profile, findings: list[Finding]) -> list[Finding]:
    """Profile findings with the line and column of their field in a JSON input (the
    span's, inside a text), worked out on every run: the cache keys a profile by its
    content, not by how its file is laid out. The fields' places are found here, not
    kept with the profile: a run of many profiles holds them all."""
    if profile.source_text is None or not findings:
        return [_at(profile, f, {}) for f in findings]
    from profile_lint.readers.json_positions import field_spans  # JSON profiles only

    spans = field_spans(profile.source_text)
    return [_at(profile, f, spans) for f in findings]


def _at(profile: Profile, finding: Finding, spans: dict[str, tuple[int, int]]) -> Finding:
    from profile_lint.readers.json_positions import locate

    found = None
    if profile.source_text is not None and finding.location:
        found = locate(profile.source_text, spans, finding.location, finding.span)
    if found is None:
        return replace(finding, line=None, column=None, end_line=None, end_column=None)
    text, (start, end) = profile.source_text or "", found
    line, column = line_column(text, start)
    end_line, end_column = line_column(text, end) if end is not None else (None, None)
    return replace(finding, line=line, column=column, end_line=end_line, end_column=end_column)


def _finish(
    job: _Job, findings: list[Finding], errors: list[str], lang: str | None = None
) -> Result:
    subject = job.subject
    result = Result(path=subject.source, kind=kind_of(subject), errors=errors)
    result.lang = lang or job.text_language()
    result.target = job.target
    if isinstance(subject, Profile):
        findings = _placed(subject, findings)
    result.findings = sorted(findings, key=Finding.sort_key)
    read = list(subject.import_warnings) if isinstance(subject, Profile) else []
    result.import_warnings = read + cut_texts(subject) + _at_most(subject, result.findings)
    if isinstance(subject, Profile):
        rules = [(a, ok) for (a, _), ok in zip(job.rules, job._applicable, strict=True)]
        result.score = score_rules(subject, rules, result.findings)
        quiet = {a.rule.name for a, _ in job.rules if not a.shown}
        result.hidden = [f for f in result.findings if f.name in quiet]
        result.findings = [f for f in result.findings if f.name not in quiet]
    result.fold = job.fold()
    return result
