from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity


class RecommendationsFew(Rule):
    """The profile has received one or two recommendations, fewer than 3.

    One recommendation is a start; a few, from different people (a manager, a client, a
    colleague), show that the praise is not a favour. A profile with none is left to
    recommendations-none. In the score, each recommendation short of `min_recommendations`
    costs its share of this rule's points (one of three: a third).

    **Anti-pattern**: a single recommendation, from a classmate, eight years ago.

    **Best practice**: three or more recent recommendations from people who saw your work
    from different sides, each naming a result.

    **Source** (coach): career services advise asking for recommendations from a manager,
    a client and a peer; LinkedIn's early profile-completeness meter asked for three. No
    LinkedIn figure ties the count to results, and coaches reading real profiles did not
    count one or two recommendations as a fault (tests/corpus): hence a quiet rule (it
    counts in the score, and is reported only when selected by name), info level and an
    option.
    """

    code = "PR030"
    name = "recommendations-few"
    target = "profile"
    pillar = "relationships"
    severity = Severity.INFO
    part_of = ("recommendations-none",)
    quiet = True
    needs = ("references",)
    options = {"min_recommendations": Option(3, "Fewest recommendations expected.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        count = len(subject.section("references") or [])
        minimum = ctx.options["min_recommendations"]
        if not count or count >= minimum:
            return
        yield Problem(
            message=Plural(
                "The profile has %(count)d recommendation; aim for at least %(minimum)d.",
                "The profile has %(count)d recommendations; aim for at least %(minimum)d.",
                count=count,
                minimum=minimum,
            ),
            suggestion=Msg(
                "Ask a former manager, a client or a colleague who saw a result of yours for a "
                "recommendation that names it."
            ),
            location="references",
            share=(minimum - count) / minimum,
        )
