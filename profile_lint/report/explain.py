"""`profile-lint score --explain`: the formula, and where each point went."""

from __future__ import annotations

from profile_lint.i18n import Translator
from profile_lint.rule import PILLAR_NAMES, Msg, Plural, Severity
from profile_lint.score import PILLAR_MAX, SEVERITY_FACTOR, Score


def formula(tr: Translator) -> str:
    """How the score is computed, in the output language."""
    factors = {str(s): SEVERITY_FACTOR[s] for s in Severity}
    parts = [
        Msg(
            "How the score is computed (an estimate of the four pillars of LinkedIn's Social "
            "Selling Index from what the input shows; it is not LinkedIn's SSI):"
        ),
        Msg(
            "Every rule feeds one pillar with a weight (default 1; set “weights” in the "
            "configuration). A rule counts only if the input can tell what it checks: an "
            "archive says nothing about the photo, a JSON profile nothing about posts."
        ),
        Msg(
            "Each counted rule carries %(max)d x weight / (sum of the pillar's counted "
            "weights) points of its pillar.",
            max=PILLAR_MAX,
        ),
        Msg(
            "A finding costs its severity's factor: error %(error).1f, warning %(warning).1f, "
            "info %(info).1f. A rule loses its points x min(1, sum of its findings' factors), "
            "shared between its findings in proportion to their factors.",
            **factors,
        ),
        Msg(
            "pillar = %(max)d - points lost (one decimal). A pillar with no counted rule is "
            "“not measured” (no number, never 0).",
            max=PILLAR_MAX,
        ),
        Msg(
            "total = sum of the measured pillars, out of %(max)d x (number of measured pillars).",
            max=PILLAR_MAX,
        ),
    ]
    head, *items = [tr.render(p) for p in parts]
    return "\n".join([head, "", *(f"  * {item}" for item in items), ""])


def explain(source: str, score: Score, tr: Translator) -> str:
    points = lambda value: tr.number(value, 2)  # noqa: E731
    lines = [source]
    if score.total is None:
        nothing = Msg("total: not measured (no rule could be evaluated on this input)")
        lines.append(f"  {tr.render(nothing)}")
    else:
        total = Msg(
            "total %(total).1f / %(max)d (covers: %(pillars)s)",
            total=score.total,
            max=score.max,
            pillars=", ".join(tr.render(PILLAR_NAMES[p]) for p in score.covers),
        )
        lines.append(f"  {tr.render(total)}")
    for pillar in score.pillars:
        counted = [r for r in pillar.rules if r.evaluated]
        skipped = [r for r in pillar.rules if not r.evaluated]
        label = tr.gettext(pillar.label)
        if pillar.score is None:
            summary = Msg("%(pillar)s: not measured", pillar=label)
        else:
            summary = Plural(
                "%(pillar)s: %(score).1f / %(max)d  (%(count)d rule counted, total weight "
                "%(weight)s)",
                "%(pillar)s: %(score).1f / %(max)d  (%(count)d rules counted, total weight "
                "%(weight)s)",
                pillar=label,
                score=pillar.score,
                max=pillar.max,
                count=len(counted),
                weight=tr.number(sum(r.rule.weight for r in counted), None),
            )
        lines.append(f"\n  {tr.render(summary)}")
        for item in sorted(counted, key=lambda r: (-r.lost, r.rule.code)):
            if not item.losses:
                continue
            lost = Msg(
                "-%(lost)s of %(share)s  %(rule)s (%(code)s, weight %(weight)s)",
                lost=points(item.lost),
                share=points(item.share),
                rule=item.rule.name,
                code=item.rule.code,
                weight=tr.number(item.rule.weight, None),
            )
            lines.append(f"    {tr.render(lost)}")
            for loss in item.losses:
                f = loss.finding
                where = f" {f.location}:" if f.location else ""
                level = tr.render(f.severity.label)
                lines.append(
                    f"        -{points(loss.points)}  {level}{where} {tr.render(f.message)}"
                )
        passed = [r.rule.name for r in counted if not r.losses]
        if passed:
            lines.append("    " + tr.render(Msg("passed: %(rules)s", rules=", ".join(passed))))
        for item in skipped:
            if item.rule.missing:
                why = Msg(
                    "not counted: %(rule)s (the input does not state %(facts)s)",
                    rule=item.rule.name,
                    facts=", ".join(item.rule.missing),
                )
            else:
                why = Msg("not counted: %(rule)s (too little data to judge)", rule=item.rule.name)
            lines.append(f"    {tr.render(why)}")
    return "\n".join(lines)
