from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class EducationMissing(Rule):
    """The profile lists no education.

    Education is one of the profile completeness criteria, and schools are a search filter
    and a common ground with alumni. Self-taught people and those with vocational
    training can list courses, bootcamps or apprenticeships. An input that cannot tell (an
    archive without the education file) stays silent.

    **Anti-pattern**: `"education": []`

    **Best practice**: your highest degree or training, with the school and the years:
    `{"institution": "IUT Lyon 1", "studyType": "DUT", "area": "GEA", "endDate": "2014"}`

    **Source** (data): education is an All-Star profile completeness criterion (LinkedIn,
    2012). Many good careers have no degree, hence info level.
    """

    code = "PR024"
    name = "education-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    strength = Msg("Your education is listed.")
    needs = ("education",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if not subject.section("education"):
            yield Problem(
                message=Msg("The profile lists no education."),
                suggestion=Msg(
                    "Add your highest degree or training (school, programme, years); a "
                    "bootcamp, an apprenticeship or a certificate course counts too."
                ),
                location="education",
            )
