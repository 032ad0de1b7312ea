from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class EndorsementsNone(Rule):
    """The archive shows no skill endorsement received.

    Endorsements are part of what LinkedIn counts as a complete, credible profile in the
    brand and relationships pillars, and they confirm your skills to visitors. Silent when
    the archive holds no `Endorsement_Received_Info.csv` (a Basic export may lack it).

    **Anti-pattern**: ten skills listed, none endorsed by anyone.

    **Best practice**: ask two or three colleagues who saw your work to endorse the skills
    they saw, and endorse theirs.

    **Source** (platform): LinkedIn Help answer a105145 names endorsements as part of
    profile completeness. That none at all is worth a note is (coach) advice; info level.
    """

    code = "AC007"
    name = "endorsements-none"
    target = "activity"
    pillar = "relationships"
    severity = Severity.INFO
    strength = Msg("Your skills have been endorsed.")
    needs = ("activity.endorsements_received",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if subject.activity.endorsements_received == []:
            yield Problem(
                message=Msg("The archive shows no skill endorsement received."),
                suggestion=Msg(
                    "Ask two or three colleagues who saw your work to endorse the specific "
                    "skills they saw; endorse theirs in return."
                ),
                location="activity.endorsements_received",
            )
