from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Problem, Rule, Severity
from profile_lint.rules.post._text import HASHTAG, outside_links


class HashtagsTooMany(Rule):
    """The post has more than 5 hashtags.

    Analyses find no gain beyond 3-5 hashtags, and a string of them reads as stuffing;
    LinkedIn names irrelevant hashtags among what it may not show beyond your network.

    **Anti-pattern**: `#leadership #management #hr #payroll #career #growth #success #motivation`

    **Best practice**: 3 to 5 hashtags that name the post's real topics: `#payroll #hrtech`

    **Source** (study): analyses of post reach suggest 3-5 hashtags; (platform) LinkedIn's
    2024 feed guidance on irrelevant hashtags.
    """

    code = "PO009"
    name = "hashtags-too-many"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    options = {"max_hashtags": Option(5, "Most hashtags a post may have.")}

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        tags = outside_links(HASHTAG, subject.text)
        limit = ctx.options["max_hashtags"]
        if len(tags) > limit:
            yield Problem(
                message=Msg(
                    "The post has %(count)d hashtags; more than %(limit)d looks like stuffing "
                    "and brings no extra reach.",
                    count=len(tags),
                    limit=limit,
                ),
                suggestion=Msg(
                    "Keep at most %(limit)d hashtags, those closest to the post's topic.",
                    limit=limit,
                ),
                span=(tags[limit].start(), tags[-1].end()),
            )
