from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Problem, Rule, Severity


class PostEmpty(Rule):
    """The draft has no post text.

    Once front matter and HTML comments are set aside, nothing is left for LinkedIn to show.
    A text post cannot be published empty, and a document, poll or video without a line
    of commentary gives the feed nothing to show above it.

    **Anti-pattern**: a draft file that holds only front matter, or only `<!-- notes -->`.

    **Best practice**: write at least the opening line the feed will show, even when the
    post carries a document, poll or video.

    **Source** (platform): LinkedIn's composer will not publish a text post without text;
    the feed shows the commentary above any attachment.
    """

    code = "PO001"
    name = "post-empty"
    target = "post"
    pillar = "insights"
    severity = Severity.ERROR

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        if not subject.text.strip():
            yield Problem(
                message=Msg(
                    "The draft has no post text (front matter and comments are not shown)."
                ),
                suggestion=Msg(
                    "Write the post, starting with the line the feed shows before “…see more”."
                ),
            )
