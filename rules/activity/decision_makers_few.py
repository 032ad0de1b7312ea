from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import (
    LANGUAGES,
    Context,
    Lexicon,
    Msg,
    Option,
    Plural,
    Problem,
    Profile,
    Rule,
    Severity,
)

SENIOR = Lexicon("senior-titles")
NOT_SENIOR = Lexicon("not-senior-titles")


def is_senior(position: str, ctx: Context) -> bool:
    """Whether a title names a decision-maker, in any language profile-lint reads."""
    for lang in LANGUAGES:
        view = ctx.text(position, lang)
        found = view.find(SENIOR)
        if not found:
            continue
        excluded = view.find(NOT_SENIOR)
        if any(not any(s < e2 and s2 < e for s2, e2, _ in excluded) for s, e, _ in found):
            return True
    return False


class DecisionMakersFew(Rule):
    """Under 10% of your connections hold senior titles (founder, C-level, VP, director...).

    "Find the right people" is about reaching those who decide: owners, founders,
    executives, directors. The rule reads the `Position` of each connection in the
    archive's `Connections.csv` and matches the senior-titles lexicon (English and French:
    CEO, VP, Head of, PDG, DG, directeur/directrice, fondateur, gérant...). Connections
    without a position are left out, and the rule needs 20 titled connections to judge.

    **Anti-pattern**: 400 connections, nearly all peers and classmates; 12 decision-makers.

    **Best practice**: connect with the decision-makers of your field and clients after a
    real exchange (an event, a comment thread, an introduction).

    **Source** (platform): LinkedIn Help answer a105145 (finding the right people:
    searches and profile views). The 10% threshold and the list of senior titles are
    (coach) advice; both are options or data.
    """

    code = "AC006"
    name = "decision-makers-few"
    target = "activity"
    pillar = "people"
    severity = Severity.INFO
    strength = Msg("Your network reaches decision-makers.")
    needs = ("activity.connections",)
    options = {
        "min_share": Option(0.1, "Smallest share of connections with senior titles (0-1)."),
        "min_titled": Option(20, "Fewest connections with a position before the rule judges."),
    }

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        minimum = (options or self.defaults())["min_titled"]
        rows = subject.activity.connections if isinstance(subject, Profile) else None
        return rows is not None and sum(1 for r in rows if r.get("position")) >= minimum

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        rows = (
            subject.activity.connections or []
        )  # `needs` it: the engine runs this rule only when it is known
        titles = [str(r.get("position") or "").strip() for r in rows]
        titles = [t for t in titles if t]
        if len(titles) < ctx.options["min_titled"]:
            return
        judged = {t: is_senior(t, ctx) for t in set(titles)}  # titles repeat: each once
        senior = sum(1 for t in titles if judged[t])
        share = senior / len(titles)
        if share >= ctx.options["min_share"]:
            return
        yield Problem(
            message=Plural(
                "%(count)d of your %(titled)d connections with a job title holds a senior "
                "position (%(share)d%%); aim for at least %(minimum)d%%.",
                "%(count)d of your %(titled)d connections with a job title hold a senior "
                "position (%(share)d%%); aim for at least %(minimum)d%%.",
                count=senior,
                titled=len(titles),
                share=round(100 * share),
                minimum=round(100 * ctx.options["min_share"]),
            ),
            suggestion=Msg(
                "Connect with the founders, directors and executives of your field after a "
                "real exchange: an event, a comment thread, an introduction."
            ),
            location="activity.connections",
            share=1 - share / ctx.options["min_share"],  # how far short
        )
