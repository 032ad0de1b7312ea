from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity

MISSING = Msg(
    "The job ad asks for “%(term)s” (one of its key terms); your profile never mentions it, "
    "in any form."
)
# Where to add a missing term, by its kind: the job's title in the headline, a tool in the
# skills, a skill or method in a line of experience.
ADVICE = {
    "title": Msg(
        "If it is the job you do or want, put “%(term)s” in your headline, where recruiters' "
        "searches look first."
    ),
    "tool": Msg(
        "If you have used it, add “%(term)s” to your skills and name it in an experience line "
        "(what you did with it)."
    ),
    "skill": Msg(
        "If you have done it, say so in an experience line with a result (“%(term)s”, in the "
        "ad's words), and add it to your skills."
    ),
}


class TargetKeywordMissing(Rule):
    """An important term of the job ad you aim at appears nowhere in your profile.

    With `--target JOB`, profile-lint extracts the ad's key terms (its title, tools,
    skills, methods, certifications; see the README's "Aim at a job") and looks for each
    in your headline, About, skills, positions, education and certifications, in any form
    ("forecasting" is found by "forecast", "PCI DSS" by "PCI-DSS", an acronym by its
    words). This rule names the most important terms not found (`max_terms`), each with
    where to add it: the title in the headline, a tool in the skills, a skill in an
    experience line. Add a term only if it is true of you. It feeds no score: the match
    rate is its measure.

    **Anti-pattern**: an ad for a "Revenue Operations Analyst" that asks for Salesforce,
    forecasting and SQL, and a profile that says "Sales support" and "reporting".

    **Best practice**: the ad's words where they are true: `Revenue Operations Analyst |
    Salesforce, SQL` in the headline, `Rebuilt the quarterly sales forecast in Salesforce`
    in a position.

    **Source** (coach): career services and job-matching tools advise mirroring the ad's
    key terms; recruiters search LinkedIn by keyword and its search matches the words
    written (platform).
    """

    code = "PR031"
    name = "target-keyword-missing"
    target = "profile"
    pillar = "people"
    severity = Severity.INFO
    weight = 0.0  # the job match is its own measure, not part of the SSI estimate
    needs = ("target",)
    options = {"max_terms": Option(5, "Most missing terms named, the most important first.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if ctx.target is None:
            return
        where = {
            "title": subject.fact_path("headline"),
            "tool": "skills",
            "skill": "work",
        }
        for term in ctx.target.missing[: ctx.options["max_terms"]]:
            kind = term.kind if term.kind in ADVICE else "skill"
            yield Problem(
                message=MISSING.bind(term=term.text),
                suggestion=ADVICE[kind].bind(term=term.text),
                location=where[kind],
            )
