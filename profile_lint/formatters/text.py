"""Human output: grouped by file, one finding a line with its suggestion under it.

Every word comes from the catalogs (`report.tr`), in the output's one language; only
identifiers stay as they are: paths, field paths, line:column and rule names.
Text from the input (paths, messages quoting it, previews) is shown with `printable`: no
control character or bidirectional override reaches the terminal, no line starts with `::`.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from profile_lint.engine import Fold
from profile_lint.formatters.types import Report
from profile_lint.i18n import Translator
from profile_lint.printable import no_commands, printable
from profile_lint.rule import PILLAR_NAMES, Finding, Msg, Plural, Severity
from profile_lint.score import PILLAR_MAX, Score
from profile_lint.target import TargetMatch

_COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}
SCREENS = {"desktop": Msg("desktop"), "mobile": Msg("mobile")}
_PATH_PARTS = re.compile(r"[^.\[\]]+")


def _paint(text: str, style: str, color: bool) -> str:
    return f"\033[{_COLORS[style]}m{text}\033[0m" if color else text


def _one_line(text: str) -> str:
    return printable(text, newlines=False)


def _at(finding: Finding) -> str:
    return f"{finding.line}:{finding.column}" if finding.line is not None else ""


def _where(finding: Finding, tr: Translator, at_width: int = 0) -> str:
    """line:column in the file (padded to `at_width`), then a profile finding's field path."""
    at = _at(finding)
    if at and finding.location:
        return f"{at:<{at_width}}  {_one_line(finding.location)}"
    return at or _one_line(finding.location or tr.render(Msg("(profile)")))


def _position(finding: Finding) -> tuple[Any, ...]:
    """Where a finding is, for sorting: line and column, then its field path with the
    indexes as numbers (work[2] before work[10])."""
    path = tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _PATH_PARTS.findall(finding.location or "")
    )
    return (finding.line or 0, finding.column or 0, path, finding.code)


def ordered(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; each by position."""
    return sorted(findings, key=lambda f: (-f.severity, _position(f)))


def _files(n: int) -> Msg:
    return Plural("%(count)d file", "%(count)d files", count=n)


def score_lines(score: Score | None, tr: Translator) -> list[str]:
    """One line per pillar with how much of it was measured, then the total and what it
    covers (an estimate, not LinkedIn's SSI)."""
    if score is None:
        return []
    heading = Msg("score (estimate of the four SSI pillars from this input, not LinkedIn's SSI):")
    out = [f"  {tr.render(heading)}"]
    labels = [tr.gettext(p.label) for p in score.pillars]
    width = max(map(len, labels), default=0)
    for pillar, label in zip(score.pillars, labels, strict=True):
        measured = tr.render(Msg("%(percent)d%% measured", percent=round(100 * pillar.coverage)))
        if pillar.score is not None:
            value = f"{tr.number(pillar.score, 1):>4} / {tr.number(PILLAR_MAX)}   {measured}"
        elif pillar.low is not None:
            value = tr.render(
                Msg(
                    "not estimated (%(measured)s: between %(low).1f and %(high).1f)",
                    measured=measured,
                    low=pillar.low,
                    high=pillar.high or 0.0,
                )
            )
        else:
            value = tr.render(Msg("not measured"))
        out.append(f"    {label:<{width}}  {value}")
    if score.total is None:
        nothing = Msg("total: not estimated (too little of any pillar could be measured)")
        out.append(f"    {tr.render(nothing)}")
    else:
        covered = ", ".join(tr.render(PILLAR_NAMES[p]) for p in score.covers)
        total = Msg(
            "total %(total).1f / %(max)d (covers: %(pillars)s)",
            total=score.total,
            max=score.max,
            pillars=covered,
        )
        out.append(f"    {tr.render(total)}")
    return out


def target_lines(target: TargetMatch | None, tr: Translator, shown: int = 8) -> list[str]:
    """The job match: how much of the ad's key terms, by weight, the profile has, and the
    most important of those it lacks."""
    if target is None:
        return []
    total = len(target.present) + len(target.missing)
    line = Msg(
        "job match with %(path)s: %(match)d%% of its key terms by weight (%(found)d of %(total)d)",
        path=target.source,
        match=target.match,
        found=len(target.present),
        total=total,
    )
    out = [f"  {tr.render(line)}"]
    if target.missing:
        names = ", ".join(f"“{t.text}”" for t in target.missing[:shown])
        more = len(target.missing) - shown
        lacking = Msg("not in the profile: %(terms)s", terms=names)
        if more > 0:
            lacking = Plural(
                "not in the profile: %(terms)s and %(count)d more",
                "not in the profile: %(terms)s and %(count)d more",
                terms=names,
                count=more,
            )
        out.append(f"    {tr.render(lacking)}")
    return out


def preview_lines(fold: Fold | None, tr: Translator) -> list[str]:
    """A draft's opening as the feed shows it before "…see more" (see profile_lint/preview.py)."""
    if fold is None or not fold.preview.shown_text.strip():
        return []
    preview = fold.preview
    if not preview.truncated:
        whole = Msg("preview: the whole post shows in the feed, no “…see more”")
        return [f"  {tr.render(whole)}"]
    width = max(1, preview.max_chars // max(1, preview.max_lines))
    where = f"{fold.line}:{fold.column}"
    heading = Msg(
        "preview before “…see more” (%(screen)s: %(lines)d lines, ~%(chars)d characters; the "
        "fold is at %(where)s):",
        screen=SCREENS.get(preview.mode, preview.mode),
        lines=preview.max_lines,
        chars=preview.max_chars,
        where=where,
    )
    shown = [
        part
        for line in preview.shown_text.split("\n")
        for part in (textwrap.wrap(line, width) or [""])
    ]
    shown[-1] += tr.render(Msg("…see more"))
    return [f"  {tr.render(heading)}", *(f"    │ {_one_line(line)}" for line in shown)]


def _summary(report: Report) -> str:
    tr, counts = report.tr, report.counts()
    total = sum(counts.values())
    files = _files(report.files())
    if not total:
        return tr.render(Msg("All clean: no problems in %(files)s.", files=files))
    parts = {
        "error": Plural("%(count)d error", "%(count)d errors", count=counts["error"]),
        "warning": Plural("%(count)d warning", "%(count)d warnings", count=counts["warning"]),
        "info": Plural("%(count)d info", "%(count)d info", count=counts["info"]),
    }
    detail = ", ".join(tr.render(parts[s]) for s in ("error", "warning", "info") if counts[s])
    found = Plural(
        "Found %(count)d problem (%(detail)s) in %(files)s.",
        "Found %(count)d problems (%(detail)s) in %(files)s.",
        count=total,
        detail=detail,
        files=files,
    )
    return tr.render(found)


def render_text(report: Report) -> str:
    return no_commands("\n".join(result_lines(report) + end_lines(report)) + "\n")


def end_lines(report: Report) -> list[str]:
    """What follows the results: what --fix did or can do, and the summary."""
    return [] if report.quiet else [*_fix_lines(report), _summary(report)]


def result_lines(report: Report) -> list[str]:
    """The lines of each result, in order."""
    color, tr = report.color, report.tr
    labels = {str(level): tr.render(level.label) for level in Severity}
    label_width = max(map(len, labels.values()))
    lines: list[str] = []
    for result in report.results:
        clean = not result.findings and not result.import_warnings
        if clean and (report.quiet or report.hide_clean):
            continue
        lines.append(_paint(_one_line(result.path), "bold", color))
        at_width = max((len(_at(f)) for f in result.findings), default=0)
        places = {id(f): _where(f, tr, at_width) for f in result.findings}
        width = max(map(len, places.values()), default=0)
        for f in ordered(result.findings):
            level = str(f.severity)
            severity = _paint(f"{labels[level]:<{label_width}}", level, color)
            mark = "[*] " if f.fixable else ""
            lines.append(
                f"  {places[id(f)]:<{width}}  {severity}  {mark}{_one_line(tr.render(f.message))}  "
                + _paint(f"[{f.name}]", "dim", color)
            )
            arrow = f"→ {_one_line(tr.render(f.suggestion))}"
            lines.append(" " * (width + label_width + 6) + _paint(arrow, "dim", color))
            if f.draft is not None:  # a rewrite from the member's own words, to adapt
                draft = tr.render(Msg("draft to adapt: %(draft)s", draft=f.draft))
                lines.append(
                    " " * (width + label_width + 8) + _paint(_one_line(draft), "dim", color)
                )
        if result.import_warnings:
            first = result.import_warnings[0]
            where = _one_line(first.file) + (f":{first.line}" if first.line else "")
            count, what = len(result.import_warnings), _one_line(first.what)
            note = (
                Plural(
                    "note: %(count)d import warning (first: %(where)s: %(what)s); “profile-lint "
                    "parse” lists them all",
                    "note: %(count)d import warnings (first: %(where)s: %(what)s); “profile-lint "
                    "parse” lists them all",
                    count=count,
                    where=where,
                    what=what,
                )
                if result.kind == "profile"
                else Plural(
                    "note: %(count)d warning (first: %(where)s: %(what)s)",
                    "note: %(count)d warnings (first: %(where)s: %(what)s)",
                    count=count,
                    where=where,
                    what=what,
                )
            )
            lines.append(f"  {tr.render(note)}")
        if not report.quiet:
            lines.extend(score_lines(result.score, tr))
            lines.extend(target_lines(result.target, tr))
            lines.extend(preview_lines(result.fold, tr))
        if not result.findings:
            lines.append("  " + tr.render(Msg("no problems found")))
        lines.append("")
    return lines


def _fix_lines(report: Report) -> list[str]:
    """How many problems --fix fixed, or can fix (marked [*])."""
    out = []
    if report.fixed:
        fixed = Plural("Fixed %(count)d problem.", "Fixed %(count)d problems.", count=report.fixed)
        out.append(report.tr.render(fixed))
    if report.fixable():
        fixable = Plural(
            "[*] %(count)d problem can be fixed with --fix (a fix that cannot change meaning).",
            "[*] %(count)d problems can be fixed with --fix (fixes that cannot change meaning).",
            count=report.fixable(),
        )
        out.append(report.tr.render(fixable))
    return out
