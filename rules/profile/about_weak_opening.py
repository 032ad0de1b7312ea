import unicodedata
from collections.abc import Iterator

from profile_lint.rule import Context, Lexicon, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.metrics import METRIC_WORDS, has_metric

BUZZWORDS = Lexicon("buzzwords")
_EMOJI_CATEGORIES = {"So", "Sk"}


def _emoji(char: str) -> bool:
    return unicodedata.category(char) in _EMOJI_CATEGORIES or char >= "\U0001f000"


class AboutWeakOpening(Rule):
    """The About's opening, what shows before "see more", is an emoji wall or praise with
    no fact.

    LinkedIn shows about the first 300 characters of the About before "see more": like a
    post's hook, those lines decide whether a visitor reads on. The rule reads that opening
    (`chars`, cut at a word) and fires when its first line is a row of emoji (`min_emoji`
    or more) or when it praises you (an overused self-description, list `buzzwords.txt`)
    without a single fact: no number, in digits or in words ("six years", "une dizaine").
    An opening with a cliché that reaches a figure ("Results-driven manager: 9,000 parcels a
    day") passes.

    **Anti-pattern**: `🔥🔥🔥 LET'S CONNECT!! 🔥🔥🔥` / `Hungry, coachable SDR looking to
    crush it. Results-oriented self-starter.` / `Expert-comptable rigoureuse et autonome,
    dynamique et à l'écoute...`

    **Best practice**: open with what you do, for whom, and one result: `I run payroll for
    200-person companies; last year 14,000 payslips went out on time.`

    **Source** (coach): coaches treat the About's first lines like a post's hook; the
    "see more" fold at about 300 characters is LinkedIn's (platform).
    """

    code = "PR033"
    name = "about-weak-opening"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    needs_nlp = True
    part_of = ("about-missing",)
    needs = ("basics",)
    options = {
        "chars": Option(300, "The opening judged: what shows before 'see more', in characters."),
        "min_emoji": Option(3, "Emoji in the first line that make it an emoji wall."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = (subject.about or "").strip()
        if not about:
            return  # about-missing's finding
        opening = about if len(about) <= ctx.options["chars"] else about[: ctx.options["chars"]]
        first = about.splitlines()[0]
        if sum(_emoji(c) for c in first) >= ctx.options["min_emoji"]:
            yield Problem(
                message=Msg(
                    "The About opens with a row of emoji (“%(line)s”): the lines shown before "
                    "“see more” say nothing about you.",
                    line=first.strip()[:80],
                ),
                suggestion=_SUGGESTION,
                location="basics.summary",
                span=(0, len(first)),
            )
            return
        # the About's own Doc, already built: what ends within the opening counts
        view = ctx.text(subject.about or "")
        end = len(view.text) - len(view.text.lstrip()) + len(opening)
        praise = [m for m in view.find(BUZZWORDS) if m[1] <= end]
        if not praise or has_metric(opening):
            return
        if any(stop <= end for _, stop, _ in view.find(METRIC_WORDS)):
            return
        yield Problem(
            message=Msg(
                "The About's opening (what shows before “see more”) praises you (“%(word)s”) "
                "without a single fact.",
                word=praise[0][2],
            ),
            suggestion=_SUGGESTION,
            location="basics.summary",
            span=(0, len(opening.rstrip())),
        )


_SUGGESTION = Msg(
    "Open with what you do, for whom, and one result with a number: these lines are all a "
    "visitor sees before “see more”."
)
