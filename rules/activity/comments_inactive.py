from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity
from profile_lint.rules.activity.window import recent


class CommentsInactive(Rule):
    """Fewer than 5 comments on others' posts in the last 90 days of the archive.

    Comments are an input LinkedIn names for the engagement pillar, and a thoughtful
    comment reaches the author's network as well as yours. Comments on your own posts
    (their link is one of your shares) are not counted. Silent when the archive holds no
    `Comments.csv`.

    **Anti-pattern**: reacting with a like to everything and commenting on nothing.

    **Best practice**: a few comments a week that add something: an example, a figure,
    a question to the author.

    **Source** (platform): LinkedIn Help answer a105145 lists comments among the inputs of
    the engagement pillar; LinkedIn Engineering (2020, 2024) names comments as a ranking
    signal. The 5-in-90-days threshold is (coach) advice and an option.
    """

    code = "AC003"
    name = "comments-inactive"
    target = "activity"
    pillar = "insights"
    severity = Severity.INFO
    strength = Msg("You comment on others' posts regularly.")
    needs = ("activity.comments",)
    options = {
        "min_comments": Option(5, "Fewest comments on others' posts expected in the window."),
        "days": Option(90, "Length of the window, in days up to the archive's date."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        comments = (
            subject.activity.comments or []
        )  # `needs` it: the engine runs this rule only when it is known
        own = {p.get("share_link") for p in subject.activity.posts or [] if p.get("share_link")}
        days, minimum = ctx.options["days"], ctx.options["min_comments"]
        window = recent(comments, "date", days, ctx.as_of)
        count = sum(1 for c in window if c.get("link") not in own)
        if count >= minimum:
            return
        yield Problem(
            message=Plural(
                "%(count)d comment on others' posts in the last %(days)d days; aim for at "
                "least %(minimum)d.",
                "%(count)d comments on others' posts in the last %(days)d days; aim for at "
                "least %(minimum)d.",
                count=count,
                days=days,
                minimum=minimum,
            ),
            suggestion=Msg(
                "Each week, leave two or three comments that add something to posts in your "
                "field: an example, a figure or a question to the author."
            ),
            location="activity.comments",
            share=(minimum - count) / minimum,  # how far short
        )
