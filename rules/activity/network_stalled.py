from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.activity.window import parse_day, recent


class NetworkStalled(Rule):
    """No new connection in the last 90 days of the archive.

    A network that stopped growing months ago usually means the profile is not used to
    meet people any more. The window ends at the archive's reference date. Silent when the
    archive holds no `Connections.csv`, or no connection at all (`network-small` covers it).

    **Anti-pattern**: the most recent connection dates from last year.

    **Best practice**: after each meeting, event or call, send an invitation with a short
    note saying where you met.

    **Source** (platform): LinkedIn Help answer a105145 (relationships: connections, the
    acceptance rate of your invitations). The 90-day window is (coach) advice and an option.
    """

    code = "AC005"
    name = "network-stalled"
    target = "activity"
    pillar = "relationships"
    severity = Severity.INFO
    strength = Msg("Your network is still growing.")
    needs = ("activity.connections",)
    options = {"days": Option(90, "Window with at least one new connection, in days.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        rows = subject.activity.connections
        if not rows:
            return
        days = ctx.options["days"]
        if recent(rows, "connected_on", days, ctx.as_of):
            return
        dated = [d for d in (parse_day(r.get("connected_on")) for r in rows) if d]
        if dated:
            message = Msg(
                "No new connection in the last %(days)d days (the last one: %(last)s).",
                days=days,
                last=max(dated),
            )
        else:
            message = Msg("No new connection in the last %(days)d days.", days=days)
        yield Problem(
            message=message,
            suggestion=Msg(
                "After each meeting, event or call, send an invitation with a note saying "
                "where you met; aim for a few new relevant connections a month."
            ),
            location="activity.connections",
        )
