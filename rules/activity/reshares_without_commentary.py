from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity
from profile_lint.rules.activity.window import has_own_text, recent


class ResharesWithoutCommentary(Rule):
    """Over 30% of the last 12 months' shares are links or reshares with no words of your own.

    A bare reshare or link shows what you read, not what you think; LinkedIn says copied
    content without your own insight may not be shown beyond your network. The rule looks
    at the shares of the 365 days before the archive's reference date and needs at least 3
    of them to judge. Silent when the archive holds no `Shares.csv`.

    **Anti-pattern**: resharing an article with an empty commentary box.

    **Best practice**: add two or three sentences: what you take from it, where you
    disagree, what your readers should do with it.

    **Source** (platform): LinkedIn's 2022 and November 2024 statements on content without
    your own insight; Help answer a105145 counts shares in the engagement pillar. The 30%
    threshold is (coach) advice and an option.
    """

    code = "AC002"
    name = "reshares-without-commentary"
    target = "activity"
    pillar = "insights"
    severity = Severity.WARNING
    strength = Msg("You add your own words when you share.")
    needs = ("activity.posts",)
    options = {
        "max_share": Option(0.3, "Largest share of bare links and reshares tolerated (0-1)."),
        "days": Option(365, "Length of the window, in days up to the archive's date."),
        "min_shares": Option(3, "Fewest shares in the window before the rule judges."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        posts = (
            subject.activity.posts or []
        )  # `needs` it: the engine runs this rule only when it is known
        shares = recent(posts, "date", ctx.options["days"], ctx.as_of)
        if not shares or len(shares) < ctx.options["min_shares"]:
            return
        bare = sum(1 for p in shares if not has_own_text(p))
        if bare / len(shares) <= ctx.options["max_share"]:
            return
        yield Problem(
            message=Plural(
                "%(count)d of your %(total)d shares in the last %(days)d days has no text of "
                "your own (%(share)d%%).",
                "%(count)d of your %(total)d shares in the last %(days)d days have no text of "
                "your own (%(share)d%%).",
                count=bare,
                total=len(shares),
                days=ctx.options["days"],
                share=round(100 * bare / len(shares)),
            ),
            suggestion=Msg(
                "When you reshare or post a link, add two or three sentences of your own: "
                "what you take from it and why it matters to your readers."
            ),
            location="activity.posts",
            share=bare / len(shares),
        )
