from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class IndustryMissing(Rule):
    """The profile states that it has no industry.

    Recruiters and sales people filter searches by industry, and LinkedIn ranks you within
    your industry. JSON Resume has no industry field, so an absent `linkedin.industry` is
    unknown, not missing: the rule fires only when the input states it is empty
    (`"industry": ""`, or an empty Industry cell in an archive's profile file).

    **Anti-pattern**: `"linkedin": {"industry": ""}`

    **Best practice**: the industry of the people you want to reach, from LinkedIn's list:
    `"linkedin": {"industry": "Human Resources Services"}`

    **Source** (data): industry and location are All-Star profile completeness criteria
    (LinkedIn, 2012).
    """

    code = "PR028"
    name = "industry-missing"
    target = "profile"
    pillar = "people"
    severity = Severity.INFO
    strength = Msg("Your profile states your industry.")
    needs = ("linkedin.industry",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        industry = subject.linkedin.industry
        if isinstance(industry, str) and not industry.strip():
            yield Problem(
                message=Msg("The profile has no industry."),
                suggestion=Msg(
                    "Pick the industry of the people you want to reach from LinkedIn's list "
                    "(Profile > Edit intro > Industry), e.g. “Software Development”."
                ),
                location="linkedin.industry",
            )
