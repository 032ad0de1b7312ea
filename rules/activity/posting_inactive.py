from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity
from profile_lint.rules.activity.window import has_own_text, recent


class PostingInactive(Rule):
    """Fewer than 4 posts with your own words in the last 90 days of the archive.

    Sharing is an input LinkedIn names for the "Engage with insights" pillar, and a profile
    whose last post is months old reads as dormant to the people who check it. Only posts
    with text of the member's own count: a bare reshare or link is not an insight. The
    window ends at the archive's reference date (when it was exported). Silent when the
    archive holds no `Shares.csv` (unknown, not zero).

    **Anti-pattern**: one post in the last three months, and two bare reshares.

    **Best practice**: about one post a week with something of your own: a lesson, a
    result, a question to your field.

    **Source** (platform): LinkedIn Help answer a105145 lists shares among the inputs of the
    engagement pillar. The 4-in-90-days threshold is (coach) advice of a steady weekly to
    monthly rhythm; both numbers are options.
    """

    code = "AC001"
    name = "posting-inactive"
    target = "activity"
    pillar = "insights"
    severity = Severity.WARNING
    strength = Msg("You post regularly, in your own words.")
    needs = ("activity.posts",)
    options = {
        "min_posts": Option(4, "Fewest posts with your own text expected in the window."),
        "days": Option(90, "Length of the window, in days up to the archive's date."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        posts = (
            subject.activity.posts or []
        )  # `needs` it: the engine runs this rule only when it is known
        ref = ctx.as_of
        days, minimum = ctx.options["days"], ctx.options["min_posts"]
        count = sum(1 for p in recent(posts, "date", days, ref) if has_own_text(p))
        if count >= minimum:
            return
        yield Problem(
            message=Plural(
                "%(count)d post with your own text in the %(days)d days before %(date)s; aim "
                "for at least %(minimum)d.",
                "%(count)d posts with your own text in the %(days)d days before %(date)s; aim "
                "for at least %(minimum)d.",
                count=count,
                days=days,
                date=ref,
                minimum=minimum,
            ),
            suggestion=Msg(
                "Plan one short post a week: a lesson from your work, a result with a number, "
                "or a question to people in your field."
            ),
            location="activity.posts",
            share=(minimum - count) / minimum,  # how far short
        )
