from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity


def connection_count(subject: Profile) -> int | None:
    """The stated number of connections, else the rows of the archive's Connections.csv."""
    if subject.linkedin.connections is not None:
        return subject.linkedin.connections
    rows = subject.activity.connections
    return None if rows is None else len(rows)


class NetworkSmall(Rule):
    """Fewer than 50 connections.

    Connections are what LinkedIn names first for the "Build relationships" pillar: they
    are who sees your posts and how far people can reach you through introductions. 50 is
    also one of the historic All-Star completeness criteria. The count is the profile's
    `linkedin.connections` when stated, else the rows of the archive's `Connections.csv`;
    silent when neither is known.

    **Anti-pattern**: 23 connections, all from one former employer.

    **Best practice**: connect with colleagues, clients, classmates and people you met,
    with a one-line note saying where you met.

    **Source** (platform): LinkedIn Help answer a105145 (relationships: connections). The
    50 threshold is the (data) All-Star criterion LinkedIn published in 2012; an option.
    """

    code = "AC004"
    name = "network-small"
    target = "activity"
    pillar = "relationships"
    severity = Severity.WARNING
    strength = Msg("Your network has reached the size coaches set as the first goal.")
    options = {"min_connections": Option(50, "Fewest connections expected.")}
    needs = ("linkedin.connections",)  # or the archive's rows: see `applicable`

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return connection_count(subject) is not None

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        count = connection_count(subject)
        minimum = ctx.options["min_connections"]
        if count is None or count >= minimum:
            return
        stated = subject.linkedin.connections is not None
        yield Problem(
            message=Plural(
                "You have %(count)d connection; aim for at least %(minimum)d.",
                "You have %(count)d connections; aim for at least %(minimum)d.",
                count=count,
                minimum=minimum,
            ),
            suggestion=Msg(
                "Invite the colleagues, clients and classmates you know, with a short note "
                "saying where you met; accept relevant invitations."
            ),
            location="linkedin.connections" if stated else "activity.connections",
        )
