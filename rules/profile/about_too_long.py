from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity


class AboutTooLong(Rule):
    """The About section is longer than LinkedIn accepts (2,600 characters).

    LinkedIn refuses a longer About, and text imported or pasted over the limit gets cut,
    usually losing the end: the call to action. Characters are counted as Unicode
    characters.

    **Anti-pattern**: an About that pastes a whole CV, every project and every tool,
    running past 2,600 characters.

    **Best practice**: 800-2,000 characters: what you do and for whom, a few results with
    numbers, and a way to get in touch; details go to Experience and Featured.

    **Source** (platform): LinkedIn's About (summary) limit is 2,600 characters (2,000
    before about 2019).
    """

    code = "PR009"
    name = "about-too-long"
    target = "profile"
    pillar = "brand"
    severity = Severity.ERROR
    part_of = ("about-missing",)
    needs = ("basics",)
    options = {"max_chars": Option(2600, "Longest About allowed, in characters.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = subject.about
        limit = ctx.options["max_chars"]
        if about is None or len(about) <= limit:
            return
        yield Problem(
            message=Msg(
                "The About is %(length)d characters long; LinkedIn allows %(limit)d.",
                length=len(about),
                limit=limit,
            ),
            suggestion=Msg(
                "Cut it to what you do, for whom, your best results and how to reach you; "
                "move project details to Experience or Featured."
            ),
            location="basics.summary",
            span=(limit, len(about)),
        )
