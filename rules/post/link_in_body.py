from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Plural, Problem, Rule, Severity
from profile_lint.rules.post._text import is_external, links, own_words


class LinkInBody(Rule):
    """An external link sits inside a post that has commentary; consider the first comment.

    Several analyses found posts with an external link reach fewer people, others that the
    preview card, not the URL, costs the reach; LinkedIn never confirmed a penalty. Hence
    information only. Links to LinkedIn itself (linkedin.com, lnkd.in) are not external.
    A post with little commentary is `bare-link`'s business, not this rule's.

    **Anti-pattern**: three paragraphs of insight with `https://example.com/report` in the
    middle of them.

    **Best practice**: keep the insight in the post and put the link in the first comment
    ("link in the first comment").

    **Source** (study), disputed: an analysis of 900,000 posts found about -26% reach with
    an external link; another of 567,000 posts blamed the preview card.
    """

    code = "PO004"
    name = "link-in-body"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    options = {
        "min_words": Option(
            15,
            "Words of your own from which a post counts as commented "
            "(keep it equal to bare-link's).",
        )
    }

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        external = [link for link in links(subject.text) if is_external(link[2])]
        if not external or own_words(subject.text) < ctx.options["min_words"]:
            return
        start, end, url = external[0]
        if len(external) > 1:
            message = Plural(
                "The post links to %(url)s (and %(count)d more link) in its body; some studies "
                "find external links cut reach.",
                "The post links to %(url)s (and %(count)d more links) in its body; some "
                "studies find external links cut reach.",
                url=url,
                count=len(external) - 1,
            )
        else:
            message = Msg(
                "The post links to %(url)s in its body; some studies find external links cut "
                "reach.",
                url=url,
            )
        yield Problem(
            message=message,
            suggestion=Msg(
                "Consider moving the link to the first comment and saying so in the post."
            ),
            span=(start, end),
        )
