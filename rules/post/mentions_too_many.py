from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Problem, Rule, Severity
from profile_lint.rules.post._text import MENTION, outside_links


class MentionsTooMany(Rule):
    """The post @mentions more than 5 people or pages.

    Mentioning people who are not part of the story to draw their networks in ("tagging
    for attention") is named by LinkedIn among what it may not show beyond your network,
    and it annoys the people tagged. A few mentions of people who took part are fine.

    **Anti-pattern**: a post about a conference talk that tags twelve influencers who were
    not there.

    **Best practice**: mention the few people the post is about, and thank the rest in a
    comment or a message.

    **Source** (platform): LinkedIn's engagement-bait guidance (2022, November 2024) on
    tagging for attention; the threshold of 5 is an option (folklore).
    """

    code = "PO010"
    name = "mentions-too-many"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    options = {"max_mentions": Option(5, "Most @mentions a post may have.")}

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        mentions = outside_links(MENTION, subject.text)
        limit = ctx.options["max_mentions"]
        if len(mentions) > limit:
            yield Problem(
                message=Msg(
                    "The post mentions %(count)d people or pages; over %(limit)d reads as "
                    "tagging for attention.",
                    count=len(mentions),
                    limit=limit,
                ),
                suggestion=Msg(
                    "Keep the mentions of people the post is about; thank the others in a "
                    "comment or a message."
                ),
                span=(mentions[limit].start(), mentions[-1].end()),
            )
