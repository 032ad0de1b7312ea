from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.headline_missing import knows_headline


class HeadlineTooLong(Rule):
    """The headline is longer than LinkedIn accepts (220 characters).

    LinkedIn refuses a longer headline, and an import or a copied headline over the limit
    gets cut. Characters are counted as LinkedIn counts them (Unicode characters).

    **Anti-pattern**: a headline that lists every title, tool and certification held,
    running past 220 characters.

    **Best practice**: `Payroll lead | I help 200-person companies pay people right, on time`

    **Source** (platform): LinkedIn's headline limit is 220 characters (120 until April 2020).
    """

    code = "PR004"
    name = "headline-too-long"
    target = "profile"
    pillar = "people"
    severity = Severity.ERROR
    part_of = ("headline-missing",)
    needs = ("linkedin.headline",)

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return knows_headline(subject)  # no headline at all: judged lost with headline-missing

    options = {"max_chars": Option(220, "Longest headline allowed, in characters.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        headline = subject.headline
        limit = ctx.options["max_chars"]
        if headline is None or len(headline) <= limit:
            return
        yield Problem(
            message=Msg(
                "The headline is %(length)d characters long; LinkedIn allows %(limit)d.",
                length=len(headline),
                limit=limit,
            ),
            suggestion=Msg(
                "Cut it to what you do and for whom; move lists of tools and certifications "
                "to the Skills and Licenses & certifications sections."
            ),
            location=subject.fact_path("headline"),
            span=(limit, len(headline)),
        )
