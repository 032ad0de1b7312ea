"""`profile-lint score --explain`: the method, the points, and where each point went,
in the output language."""

from __future__ import annotations

from profile_lint.i18n import Translator
from profile_lint.rule import PILLAR_NAMES, Msg
from profile_lint.score import (
    EVIDENCE_FACTOR,
    MIN_COVERAGE,
    PILLAR_MAX,
    STEEPNESS,
    PillarScore,
    RuleScore,
    Score,
)


def formula(tr: Translator) -> str:
    """How the score is computed."""
    factors = ", ".join(f"{level} {tr.number(f, None)}" for level, f in EVIDENCE_FACTOR.items())
    parts = [
        Msg(
            "How the score is computed (an estimate of the four pillars of LinkedIn's Social "
            "Selling Index from what the input shows; it is not LinkedIn's SSI):"
        ),
        Msg(
            "Points: every rule carries fixed points of its pillar, its weight (3 for the core "
            "of a profile, 2 for key rules, else 1; set “weights” in the configuration) x the "
            "strength of its evidence (%(factors)s).",
            factors=factors,
        ),
        Msg(
            "A finding costs its share of its rule's points: all of them, or its part of what "
            "the rule judged (one of 4 positions: a quarter), or how far a count falls short; "
            "at most all of them per rule. A rule that is part of another (about-too-short of "
            "about-missing) loses what that one loses too: there is nothing left to judge."
        ),
        Msg(
            "Measured: the points of the rules the input can tell. Unknown is never a loss; "
            "under %(coverage)d%% of a pillar's points measured, it gets a range, not an "
            "estimate.",
            coverage=round(100 * MIN_COVERAGE),
        ),
        Msg(
            "pillar = %(max)d x exp(-%(steepness)s x points lost / points measured), one "
            "decimal (fitted to coaches' grades: each tenth of the points lost costs about 30%% "
            "of the rest).",
            max=PILLAR_MAX,
            steepness=tr.number(STEEPNESS, None),
        ),
        Msg(
            "total = sum of the estimated pillars, out of %(max)d x their number.",
            max=PILLAR_MAX,
        ),
    ]
    head, *items = [tr.render(p) for p in parts]
    return "\n".join([head, "", *(f"  * {item}" for item in items), ""])


def explain(source: str, score: Score, tr: Translator) -> str:
    lines = [source]
    if score.total is None:
        nothing = Msg("total: not estimated (too little of any pillar could be measured)")
        lines.append(f"  {tr.render(nothing)}")
    else:
        total = Msg(
            "total %(total).1f / %(max)d (covers: %(pillars)s; %(coverage)d%% of all points "
            "measured)",
            total=score.total,
            max=score.max,
            pillars=", ".join(tr.render(PILLAR_NAMES[p]) for p in score.covers),
            coverage=round(100 * score.coverage),
        )
        lines.append(f"  {tr.render(total)}")
    for pillar in score.pillars:
        lines += _pillar(pillar, tr)
    return "\n".join(lines)


def _points(value: float, tr: Translator) -> str:
    return tr.number(value, 2)


def _pillar(pillar: PillarScore, tr: Translator) -> list[str]:
    label = tr.gettext(pillar.label)
    measured = tr.render(
        Msg(
            "%(measured)s of %(points)s points measured (%(coverage)d%%), %(lost)s lost",
            measured=_points(pillar.measured_points, tr),
            points=_points(pillar.points, tr),
            coverage=round(100 * pillar.coverage),
            lost=_points(pillar.lost, tr),
        )
    )
    if pillar.score is not None:
        head = Msg(
            "%(pillar)s: %(score).1f / %(max)d  (%(measured)s)",
            pillar=label,
            score=pillar.score,
            max=pillar.max,
            measured=measured,
        )
    elif pillar.low is None:
        head = Msg("%(pillar)s: not measured  (%(measured)s)", pillar=label, measured=measured)
    else:
        head = Msg(
            "%(pillar)s: not estimated, between %(low).1f and %(high).1f  (%(measured)s)",
            pillar=label,
            low=pillar.low,
            high=pillar.high or 0.0,
            measured=measured,
        )
    lines = [f"\n  {tr.render(head)}"]
    counted = [r for r in pillar.rules if r.evaluated]
    for item in sorted(counted, key=lambda r: (-r.cost, r.rule.code)):
        if item.losses:
            lines += _rule(item, tr)
    passed = [r.rule.name for r in counted if not r.losses]
    if passed:
        lines.append("    " + tr.render(Msg("passed: %(rules)s", rules=", ".join(passed))))
    for item in (r for r in pillar.rules if not r.evaluated):
        if item.rule.missing:
            why = Msg(
                "not measured: %(rule)s (%(points)s points; the input does not state %(facts)s)",
                rule=item.rule.name,
                points=_points(item.points, tr),
                facts=", ".join(item.rule.missing),
            )
        else:
            why = Msg(
                "not measured: %(rule)s (%(points)s points; too little data to judge)",
                rule=item.rule.name,
                points=_points(item.points, tr),
            )
        lines.append(f"    {tr.render(why)}")
    return lines


def _rule(item: RuleScore, tr: Translator) -> list[str]:
    rule = item.rule
    factor = item.points / rule.weight if rule.weight else 0
    head = Msg(
        "-%(cost)s  %(rule)s (%(code)s): lost %(lost)s of its %(points)s points (weight "
        "%(weight)s x %(evidence)s %(factor)s)",
        cost=_points(item.cost, tr),
        rule=rule.name,
        code=rule.code,
        lost=_points(item.lost * item.points, tr),
        points=_points(item.points, tr),
        weight=tr.number(rule.weight, None),
        evidence=rule.evidence or tr.render(Msg("unstated")),
        factor=tr.number(factor, None),
    )
    lines = [f"    {tr.render(head)}"]
    for loss in item.losses:
        f = loss.finding
        where = f" {f.location}:" if f.location else ""
        level = tr.render(f.severity.label)
        through = "" if f.name == rule.name else " " + tr.render(Msg("with %(rule)s", rule=f.name))
        lines.append(
            f"        -{_points(loss.points, tr)} {level}{through}{where} {tr.render(f.message)}"
        )
    return lines
