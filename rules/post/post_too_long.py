from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Problem, Rule, Severity


class PostTooLong(Rule):
    """The post is longer than LinkedIn accepts (3,000 characters).

    Characters are counted as LinkedIn counts them: Unicode characters, each emoji and each
    line break included, after front matter and HTML comments are set aside. LinkedIn's
    composer stops at the limit and its posting API silently truncates longer text.

    **Anti-pattern**: a 3,400-character essay pasted into the composer; the end is cut off.

    **Best practice**: keep the post under 3,000 characters; move the long form to an
    article or a document post and share its key idea.

    **Source** (platform): the share commentary limit is 3,000 characters (1,300 until 2021).
    """

    code = "PO002"
    name = "post-too-long"
    target = "post"
    pillar = "insights"
    severity = Severity.ERROR
    options = {"max_chars": Option(3000, "Longest post allowed, in characters.")}

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        limit = ctx.options["max_chars"]
        length = len(subject.text)
        if length > limit:
            yield Problem(
                message=Msg(
                    "The post is %(length)d characters long; LinkedIn allows %(limit)d.",
                    length=length,
                    limit=limit,
                ),
                suggestion=Msg(
                    "Cut %(count)d characters, or move the detail to an article or a document "
                    "post and link it in the first comment.",
                    count=length - limit,
                ),
                span=(limit, length),
            )
