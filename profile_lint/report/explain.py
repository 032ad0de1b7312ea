"""`profile-lint score --explain`: the formula, and where each point went."""

from __future__ import annotations

from profile_lint.rule import Severity
from profile_lint.score import PILLAR_MAX, SEVERITY_FACTOR, Score

FORMULA = f"""\
How the score is computed (an estimate of the four pillars of LinkedIn's Social Selling
Index from what the input shows; it is not LinkedIn's SSI):

  * Every rule feeds one pillar with a weight (default 1; set `weights` in the
    configuration). A rule counts only if the input can tell what it checks: an archive
    says nothing about the photo, a JSON profile nothing about posts.
  * Each counted rule carries  {PILLAR_MAX:g} x weight / (sum of the pillar's counted weights)
    points of its pillar.
  * A finding costs its severity's factor: error {SEVERITY_FACTOR[Severity.ERROR]:g}, \
warning {SEVERITY_FACTOR[Severity.WARNING]:g}, info {SEVERITY_FACTOR[Severity.INFO]:g}.
    A rule loses its points x min(1, sum of its findings' factors), shared between its
    findings in proportion to their factors.
  * pillar = {PILLAR_MAX:g} - points lost (one decimal). A pillar with no counted rule is
    "not measured" (no number, never 0).
  * total = sum of the measured pillars, out of {PILLAR_MAX:g} x (number of measured pillars).
"""


def _pts(value: float) -> str:
    return f"{value:.2f}"


def explain(source: str, score: Score) -> str:
    lines = [source]
    if score.total is None:
        lines.append("  total: not measured (no rule could be evaluated on this input)")
    else:
        lines.append(f"  total {score.total} / {score.max} (covers: {', '.join(score.covers)})")
    for pillar in score.pillars:
        counted = [r for r in pillar.rules if r.evaluated]
        skipped = [r for r in pillar.rules if not r.evaluated]
        if pillar.score is None:
            lines.append(f"\n  {pillar.label}: not measured")
        else:
            weight = sum(r.rule.weight for r in counted)
            lines.append(
                f"\n  {pillar.label}: {pillar.score} / {int(pillar.max)}"
                f"  ({len(counted)} rules counted, total weight {weight:g})"
            )
        for item in sorted(counted, key=lambda r: (-r.lost, r.rule.code)):
            if not item.losses:
                continue
            lines.append(
                f"    -{_pts(item.lost)} of {_pts(item.share)}  {item.rule.name} "
                f"({item.rule.code}, weight {item.rule.weight:g})"
            )
            for loss in item.losses:
                f = loss.finding
                where = f" {f.location}:" if f.location else ""
                lines.append(f"        -{_pts(loss.points)}  {f.severity!s}{where} {f.message}")
        passed = [r.rule.name for r in counted if not r.losses]
        if passed:
            lines.append(f"    passed: {', '.join(passed)}")
        for item in skipped:
            why = (
                f"the input does not state {', '.join(item.rule.missing)}"
                if item.rule.missing
                else "too little data to judge"
            )
            lines.append(f"    not counted: {item.rule.name} ({why})")
    return "\n".join(lines)
