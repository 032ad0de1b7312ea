from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class ExperienceMissing(Rule):
    """The profile lists no position.

    Experience is where visitors check what you have done, and LinkedIn search matches job
    titles and employers. A profile without positions is incomplete and rarely found. An
    input that cannot tell (an archive without the positions file) stays silent.

    **Anti-pattern**: `"work": []`

    **Best practice**: your current position and the previous ones, each with a title,
    employer, dates and a description of what you achieved:
    `{"name": "Acme", "position": "Payroll lead", "startDate": "2021-03", "summary": "..."}`

    **Source** (data): a current position and two past positions are All-Star profile
    completeness criteria (LinkedIn, 2012).
    """

    code = "PR013"
    name = "experience-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    strength = Msg("Your positions are described with action verbs and results in numbers.")
    weight = 3.0  # a core part of a complete profile
    needs = ("work",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if not subject.section("work"):
            yield Problem(
                message=Msg("The profile lists no position."),
                suggestion=Msg(
                    "Add your current or latest position (title, employer, dates) with a "
                    "description of what you achieved, then the previous ones."
                ),
                location="work",
            )
