from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Plural, Problem, Rule, Severity
from profile_lint.rules.post._text import links, own_words


class BareLink(Rule):
    """The post shares a link with little or no commentary of the author's own.

    A post that is only a URL (plus a word or two, hashtags or mentions) gives readers no
    reason to stop and nothing to reply to. LinkedIn says it limits the reach of content
    shared without your own insight. Words in links, hashtags and @mentions do not count.

    **Anti-pattern**: `Great read! https://example.com/article #leadership`

    **Best practice**: say what you took from it and why it matters to your readers, in a
    few sentences, then share the link (ideally in the first comment).

    **Source** (platform): LinkedIn's 2022 and November 2024 feed updates name "copied
    content without your own insight" among what may not be shown beyond your network.
    The word threshold is an option (coach).
    """

    code = "PO003"
    name = "bare-link"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    options = {"min_words": Option(15, "Fewest words of your own a post with a link needs.")}

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        found = links(subject.text)
        if not found:
            return
        words = own_words(subject.text)
        if words < ctx.options["min_words"]:
            start, end, _ = found[0]
            yield Problem(
                message=Plural(
                    "The post shares a link with only %(count)d word of your own.",
                    "The post shares a link with only %(count)d words of your own.",
                    count=words,
                ),
                suggestion=Msg(
                    "Add what you learned from it and why it matters to your readers (two or "
                    "three sentences), then the link."
                ),
                span=(start, end),
            )
