import math
from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.activity.network_small import connection_count


class NetworkBelow500(Rule):
    """Between 50 and 499 connections: short of the 500 that LinkedIn shows as "500+".

    LinkedIn shows visitors the exact number of connections up to 500 and "500+" beyond:
    the mark of an established network, and more people within reach of your posts and
    of introductions. Fewer than 50 is network-small's finding. In the score, how far the
    count falls short is measured on a logarithmic scale from `min_connections` to
    `target` (each doubling counts the same: 200 connections cost 40% of this rule's
    points, 400 connections 10%). The count is `linkedin.connections` when stated, else
    the rows of the archive's `Connections.csv`.

    **Anti-pattern**: 180 connections, mostly classmates.

    **Best practice**: connect with colleagues, clients and the people you meet at events,
    with a note saying where you met, until the profile shows "500+".

    **Source** (coach): coaches commonly set 500 connections as the first goal; the
    "500+" display is LinkedIn's (platform). Yet coaches reading real profiles did not count
    a network under 500 as a fault (tests/corpus: none of nine such profiles): a quiet rule,
    it counts in the score and is reported only when selected by name. An option.
    """

    code = "AC008"
    name = "network-below-500"
    target = "activity"
    pillar = "relationships"
    severity = Severity.INFO
    part_of = ("network-small",)
    quiet = True
    needs = ("linkedin.connections",)  # or the archive's rows: see `applicable`
    options = {
        "target": Option(500, "Connections from which the profile shows 500+."),
        "min_connections": Option(50, "Where the scale starts (network-small covers fewer)."),
    }

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return isinstance(subject, Profile) and connection_count(subject) is not None

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        count = connection_count(subject)
        target, floor = ctx.options["target"], max(1, ctx.options["min_connections"])
        if count is None or count >= target or count < floor:
            return
        short = 1.0 if target <= floor else 1 - math.log(count / floor) / math.log(target / floor)
        stated = subject.linkedin.connections is not None
        yield Problem(
            message=Msg(
                "%(count)d connections: visitors see the exact number until you pass %(target)d.",
                count=count,
                target=target,
            ),
            suggestion=Msg(
                "Invite the colleagues, clients and people you meet, with a note saying where "
                "you met, until your profile shows %(target)d+.",
                target=target,
            ),
            location="linkedin.connections" if stated else "activity.connections",
            share=short,
        )
