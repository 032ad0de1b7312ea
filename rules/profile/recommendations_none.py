from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class RecommendationsNone(Rule):
    """The profile has received no recommendation.

    Recommendations are the only part of a profile written by others: a manager, a client
    or a colleague vouching for specific work. They are JSON Resume `references`. An input
    that cannot tell (an archive without the recommendations file, a JSON profile without a
    `references` key: many JSON Resume tools leave it out) stays silent.

    **Anti-pattern**: `"references": []`

    **Best practice**: two or more recommendations from people who saw your work, each
    naming a result: `{"name": "Claire Martin, VP Sales", "reference": "Jordan rebuilt..."}`

    **Source** (coach): career services advise asking former managers and clients for
    specific recommendations; LinkedIn counts relationships in its Social Selling Index
    (platform, Help a105145). No LinkedIn figure for recommendations, hence info level.
    """

    code = "PR029"
    name = "recommendations-none"
    target = "profile"
    pillar = "relationships"
    severity = Severity.INFO
    strength = Msg("You have received several recommendations.")
    needs = ("references",)

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        stated = isinstance(subject, Profile) and (
            subject.known_sections is not None or subject.section("references") is not None
        )
        return stated and super().applicable(subject, options)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if not subject.section("references"):
            yield Problem(
                message=Msg("The profile has no recommendation."),
                suggestion=Msg(
                    "Ask two people who saw your work (a former manager, a client) for a "
                    "recommendation, and suggest a result they could mention."
                ),
                location="references",
            )
