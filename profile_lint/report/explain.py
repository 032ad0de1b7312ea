"""`profile-lint score --explain`: the method, the points, and where each point went."""

from __future__ import annotations

from profile_lint.score import (
    EVIDENCE_FACTOR,
    MIN_COVERAGE,
    PILLAR_MAX,
    STEEPNESS,
    PillarScore,
    RuleScore,
    Score,
)

_FACTORS = ", ".join(f"{level} {factor:g}" for level, factor in EVIDENCE_FACTOR.items())
FORMULA = f"""\
How the score is computed (an estimate of the four pillars of LinkedIn's Social Selling
Index from what the input shows; it is not LinkedIn's SSI):

  * Points: every rule carries fixed points of its pillar, its weight (3 for the core
    of a profile, 2 for key rules, else 1; set `weights` in the configuration) x the
    strength of its evidence ({_FACTORS}).
  * A finding costs its share of its rule's points: all of them, or its part of what
    the rule judged (one of 4 positions: a quarter), or how far a count falls short;
    at most all of them per rule. A rule that is part of another (about-too-short of
    about-missing) loses what that one loses too: there is nothing left to judge.
  * Measured: the points of the rules the input can tell. Unknown is never a loss; under
    {MIN_COVERAGE:.0%} of a pillar's points measured, it gets a range, not an estimate.
  * pillar = {PILLAR_MAX:g} x exp(-{STEEPNESS:g} x points lost / points measured), one decimal
    (fitted to coaches' grades: each tenth of the points lost costs about 30% of the rest).
  * total = sum of the estimated pillars, out of {PILLAR_MAX:g} x their number.
"""


def _pts(value: float) -> str:
    return f"{value:.2f}"


def explain(source: str, score: Score) -> str:
    lines = [source]
    if score.total is None:
        lines.append("  total: not estimated (too little of any pillar could be measured)")
    else:
        lines.append(
            f"  total {score.total} / {score.max} (covers: {', '.join(score.covers)}; "
            f"{score.coverage:.0%} of all points measured)"
        )
    for pillar in score.pillars:
        lines += _pillar(pillar)
    return "\n".join(lines)


def _pillar(pillar: PillarScore) -> list[str]:
    measured = (
        f"{_pts(pillar.measured_points)} of {_pts(pillar.points)} points measured "
        f"({pillar.coverage:.0%}), {_pts(pillar.lost)} lost"
    )
    if pillar.score is not None:
        lines = [f"\n  {pillar.label}: {pillar.score} / {int(pillar.max)}  ({measured})"]
    elif pillar.low is None:
        lines = [f"\n  {pillar.label}: not measured  ({measured})"]
    else:
        lines = [
            f"\n  {pillar.label}: not estimated, between {pillar.low} and {pillar.high}  "
            f"({measured})"
        ]
    counted = [r for r in pillar.rules if r.evaluated]
    for item in sorted(counted, key=lambda r: (-r.cost, r.rule.code)):
        if item.losses:
            lines += _rule(item)
    passed = [r.rule.name for r in counted if not r.losses]
    if passed:
        lines.append(f"    passed: {', '.join(passed)}")
    for item in (r for r in pillar.rules if not r.evaluated):
        why = (
            f"the input does not state {', '.join(item.rule.missing)}"
            if item.rule.missing
            else "too little data to judge"
        )
        lines.append(f"    not measured: {item.rule.name} ({_pts(item.points)} points; {why})")
    return lines


def _rule(item: RuleScore) -> list[str]:
    rule = item.rule
    lines = [
        f"    -{_pts(item.cost)}  {rule.name} ({rule.code}): lost {_pts(item.lost * item.points)} "
        f"of its {_pts(item.points)} points (weight {rule.weight:g} x "
        f"{rule.evidence or 'unstated'} {item.points / rule.weight if rule.weight else 0:g})"
    ]
    for loss in item.losses:
        f = loss.finding
        where = f" {f.location}:" if f.location else ""
        through = "" if f.name == rule.name else f" with {f.name}"
        lines.append(f"        -{_pts(loss.points)} {f.severity!s}{through}{where} {f.message}")
    return lines
