"""Human output: grouped by file, one finding a line with its suggestion under it.

Text from the input (paths, messages quoting it, previews) is shown with `printable`: no
control character or bidirectional override reaches the terminal, no line starts with `::`.
"""

from __future__ import annotations

import textwrap

from profile_lint.engine import Fold
from profile_lint.formatters.types import Report
from profile_lint.printable import no_commands, printable
from profile_lint.rule import Finding
from profile_lint.score import Score

_COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"\033[{_COLORS[style]}m{text}\033[0m" if color else text


def _one_line(text: str) -> str:
    return printable(text, newlines=False)


def _where(finding: Finding) -> str:
    if finding.line is not None:
        return f"{finding.line}:{finding.column}"
    return _one_line(finding.location or "(profile)")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def score_lines(score: Score | None) -> list[str]:
    """One line per pillar, then the total and what it covers (an estimate, not LinkedIn's SSI)."""
    if score is None:
        return []
    out = ["  score (estimate of the four SSI pillars from this input, not LinkedIn's SSI):"]
    for pillar in score.pillars:
        value = "not measured" if pillar.score is None else f"{pillar.score:>4} / 25"
        out.append(f"    {pillar.label:<34} {value}")
    if score.total is None:
        out.append("    total: not measured (no rule could be evaluated on this input)")
    else:
        covered = ", ".join(score.covers)
        out.append(f"    total {score.total} / {score.max} (covers: {covered})")
    return out


def preview_lines(fold: Fold | None) -> list[str]:
    """A draft's opening as the feed shows it before "…see more" (see profile_lint/preview.py)."""
    if fold is None or not fold.preview.shown_text.strip():
        return []
    preview = fold.preview
    if not preview.truncated:
        return ["  preview: the whole post shows in the feed, no “…see more”"]
    width = max(1, preview.max_chars // max(1, preview.max_lines))
    out = [
        f"  preview before “…see more” ({preview.mode}: {preview.max_lines} lines, "
        f"~{preview.max_chars} characters; the fold is at {fold.line}:{fold.column}):"
    ]
    shown = [
        part
        for line in preview.shown_text.split("\n")
        for part in (textwrap.wrap(line, width) or [""])
    ]
    shown[-1] += "…see more"
    out += [f"    │ {_one_line(line)}" for line in shown]
    return out


def render_text(report: Report) -> str:
    color = report.color
    lines: list[str] = []
    for result in report.results:
        if not result.findings and not result.import_warnings and report.quiet:
            continue
        lines.append(_paint(_one_line(result.path), "bold", color))
        width = max((len(_where(f)) for f in result.findings), default=0)
        for f in result.findings:
            severity = _paint(f"{f.severity!s:<7}", str(f.severity), color)
            lines.append(
                f"  {_where(f):<{width}}  {severity}  {_one_line(f.message)}  "
                + _paint(f"[{f.name}]", "dim", color)
            )
            suggestion = _one_line(f.suggestion)
            lines.append(" " * (width + 13) + _paint(f"→ {suggestion}", "dim", color))
        if result.import_warnings:
            first = result.import_warnings[0]
            where = _one_line(first.file) + (f":{first.line}" if first.line else "")
            hint = "; `profile-lint parse` lists them all" if result.kind == "profile" else ""
            lines.append(
                f"  note: {_plural(len(result.import_warnings), 'import warning')} "
                f"(first: {where}: {_one_line(first.what)}){hint}"
            )
        if not report.quiet:
            lines.extend(score_lines(result.score))
            lines.extend(preview_lines(result.fold))
        if not result.findings:
            lines.append("  no problems found")
        lines.append("")
    if not report.quiet:
        counts = report.counts()
        total = sum(counts.values())
        files = _plural(len(report.results), "file")
        if total:
            detail = ", ".join(
                _plural(counts[s], s) if s != "info" else f"{counts[s]} info"
                for s in ("error", "warning", "info")
                if counts[s]
            )
            lines.append(f"Found {_plural(total, 'problem')} ({detail}) in {files}.")
        else:
            lines.append(f"All clean: no problems in {files}.")
    return no_commands("\n".join(lines) + "\n")
