from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity


class SkillsTooMany(Rule):
    """The profile lists more skills than LinkedIn accepts (100).

    LinkedIn stops at 100 skills; an import with more loses the rest, and a very long list
    buries the skills you want to be found for. The rule stays silent when the input cannot
    tell (no skills section in a partial input).

    **Anti-pattern**: 120 skills, from `Microsoft Word` to `Teamwork`.

    **Best practice**: the 20-50 specific skills your experience shows, the ones you want
    to be found for pinned first.

    **Source** (platform): LinkedIn accepts up to 100 skills (50 before about February 2024).
    """

    code = "PR022"
    name = "skills-too-many"
    target = "profile"
    pillar = "people"
    severity = Severity.ERROR
    needs = ("skills",)
    options = {"max_skills": Option(100, "Most skills a profile may list.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        count = len(subject.section("skills") or [])
        limit = ctx.options["max_skills"]
        if count > limit:
            yield Problem(
                message=Msg(
                    "The profile lists %(count)d skills; LinkedIn allows %(limit)d.",
                    count=count,
                    limit=limit,
                ),
                suggestion=Msg(
                    "Remove at least %(count)d: generic ones (office software, soft skills) "
                    "first, keeping the specific skills your experience shows.",
                    count=count - limit,
                ),
                location="skills",
            )
