from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Lexicon, Msg, Problem, Rule, Severity
from profile_lint.rules.post._text import opening_end

OPENINGS = Lexicon("weak-openings")


class WeakOpening(Rule):
    """The post opens with a stock line ("I'm thrilled to announce...").

    The opening line is most of what the feed shows before "…see more"; a formula that
    thousands of posts start with says nothing about this one. Only the first sentence or
    line is checked; the phrases are data (`lexicons/<lang>/weak-openings.txt`).

    **Anti-pattern**: `I'm thrilled to announce that I'm starting a new position...` /
    `Je suis ravi(e) de vous annoncer...`

    **Best practice**: open with the news or the insight itself: `After six years in
    payroll, I'm joining Acme to rebuild how 2,000 people get paid.`

    **Source** (coach): coaching consensus on post openings; (platform) the feed shows about
    three lines before "…see more".
    """

    code = "PO007"
    name = "weak-opening"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    needs_nlp = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        if not subject.text.strip():
            return
        limit = opening_end(subject.text)
        for start, end, phrase in ctx.text(subject.text).find(OPENINGS):
            if start < limit:
                yield Problem(
                    message=Msg("The post opens with a stock line: “%(text)s”.", text=phrase),
                    suggestion=Msg(
                        "Start with the news or the insight itself: what happened, what you "
                        "learned, or why it matters to the reader."
                    ),
                    span=(start, end),
                )
            return
