"""Page 1 of the report: the verdict, the member's strengths and the first steps."""

from __future__ import annotations

from typing import Any

from profile_lint.i18n import Translator
from profile_lint.report.build import SECTION_LABELS, Member, section_of
from profile_lint.rule import Msg
from profile_lint.score import PillarScore, RuleScore, Score

# The verdict by the total as a share of the estimated pillars' maximum (Score.percent),
# on the scale of the coaches' grades the pillar curve is fitted to (README, Calibration):
# 85% is a mean pillar of 21 / 25 or more, under 40% a mean pillar under 10. The bands are
# set by hand, not fitted; the sentences only say which steps to take first.
VERDICTS = (
    (85.0, Msg("A strong profile: only finishing touches are left.")),
    (65.0, Msg("A good profile: a few changes would make it stand out.")),
    (40.0, Msg("A profile with clear gaps: the first steps below are worth the most.")),
    (0.0, Msg("Much of what makes a profile work is missing: start with the first steps below.")),
)
NO_VERDICT = Msg("This input shows too little of the profile to give a score.")
STRENGTHS = 4
FIRST_STEPS = 5


def verdict(score: Score) -> Msg:
    """One sentence on the score, in plain words."""
    percent = score.percent
    if percent is None:
        return NO_VERDICT
    return next(message for floor, message in VERDICTS if percent >= floor)


def strengths(member: Member) -> list[Msg]:
    """What is already good: the strength of each rule that passed with the rules of its
    pillar that are part of it, the rules with the most points first."""
    found = []
    for pillar in member.score.pillars:
        for item in pillar.rules:
            rule = member.rules.get(item.rule.name)
            strength = rule.strength if rule is not None else None
            if strength is None:
                continue
            family = [item, *_parts(pillar, item.rule.name)]
            if all(r.evaluated and r.lost == 0 for r in family):
                found.append((sum(r.points for r in family), strength))
    found.sort(key=lambda pair: -pair[0])
    return [message for _, message in found[:STRENGTHS]]


def _parts(pillar: PillarScore, name: str) -> list[RuleScore]:
    """The rules of `pillar` that are part of rule `name`, directly or not."""
    out: list[RuleScore] = []
    names = {name}
    changed = True
    while changed:
        changed = False
        for item in pillar.rules:
            if item not in out and names & set(item.rule.part_of):
                out.append(item)
                names.add(item.rule.name)
                changed = True
    return out


def first_steps(member: Member, tr: Translator, limit: int = FIRST_STEPS) -> list[dict[str, Any]]:
    """The fixes that gain the total the most, as a short checklist: where, what is
    wrong, what to do, and the points it gains (None: its pillar is not estimated)."""
    out = []
    for fix in member.score.fixes()[:limit]:
        first = fix.findings[0]
        out.append(
            {
                "section": tr.render(SECTION_LABELS[section_of(first.location)]),
                "message": tr.render(first.message),
                "suggestion": tr.render(first.suggestion),
                "more": len(fix.findings) - 1,
                "points": round(fix.gain, 1) if fix.gain > 0 else None,
                "coach": {"name": fix.rule.rule.name, "code": fix.rule.rule.code},
            }
        )
    return out


def summary(member: Member, tr: Translator) -> dict[str, Any]:
    score = member.score
    return {
        "verdict": tr.render(verdict(score)),
        "strengths": [tr.render(s) for s in strengths(member)],
        "steps": first_steps(member, tr),
    }
