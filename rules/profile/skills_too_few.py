from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity


class SkillsTooFew(Rule):
    """The profile lists fewer than 5 skills.

    Recruiters and clients find people through skills in LinkedIn search; a handful of
    skills leaves most searches blind to you. The rule stays silent when the input has no
    skills section at all and cannot tell (for example a pasted page without it).

    **Anti-pattern**: `"skills": [{"name": "Sales"}, {"name": "CRM"}]`

    **Best practice**: 5 or more specific skills that your experience shows:
    `Account Management, Salesforce, Pipeline Forecasting, Negotiation, SaaS Sales`

    **Source** (data): LinkedIn reports that members with 5 or more skills are contacted up
    to 33x more and get up to 17x more profile views; 5+ skills is an All-Star criterion.
    """

    code = "PR021"
    name = "skills-too-few"
    target = "profile"
    pillar = "people"
    severity = Severity.WARNING
    strength = Msg("You list enough skills, and your texts show your top ones.")
    weight = 3.0  # a core part of a complete profile
    needs = ("skills",)
    options = {"min_skills": Option(5, "Fewest skills a profile should list.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        skills = subject.section("skills")
        minimum = ctx.options["min_skills"]
        count = len(skills or [])
        if count < minimum:
            yield Problem(
                message=Plural(
                    "The profile lists %(count)d skill; aim for at least %(minimum)d.",
                    "The profile lists %(count)d skills; aim for at least %(minimum)d.",
                    count=count,
                    minimum=minimum,
                ),
                suggestion=Msg(
                    "Add the specific skills your experience shows (tools, methods, domains) so "
                    "searches for them find you."
                ),
                location="skills",
            )
