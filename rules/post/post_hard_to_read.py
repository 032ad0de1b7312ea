from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Msg, Option, Problem, Rule, Severity
from profile_lint.rules.post._text import HASHTAG, MENTION, URL

FORMULAS = {"en": Msg("Flesch Reading Ease"), "fr": Msg("Kandel & Moles")}


class PostHardToRead(Rule):
    """The post is hard to read: its readability score is below the threshold for its language.

    People read the feed fast, mostly on a phone; long sentences of long words lose them
    before the point. English is scored with Flesch Reading Ease, French with Kandel &
    Moles, offline, as the profile rule `about-hard-to-read` does (profile_lint.readability):
    each line counts as a sentence, and links, hashtags and @mentions are left out. Posts
    under `min_sentences` sentences or `min_words` words are not scored. The default
    minimum (30, "difficult", academic prose) is lenient on purpose.

    **Anti-pattern**: `Leveraging cross-functional synergies, our organisation operationalised
    a comprehensive transformation of its remuneration administration infrastructure...`

    **Best practice**: `We cut our payroll close from five days to two. The fix was not a
    new tool. It was one shared checklist.`

    **Source** (study): Flesch Reading Ease and Kandel & Moles formulas; target 60-70 from
    Microsoft Word's guidance.
    """

    code = "PO012"
    name = "post-hard-to-read"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    options = {
        "min_score_en": Option(30.0, "Lowest Flesch Reading Ease that passes (English)."),
        "min_score_fr": Option(30.0, "Lowest Kandel & Moles score that passes (French)."),
        "min_sentences": Option(3, "Fewest sentences (lines count) for a post to be scored."),
        "min_words": Option(50, "Fewest words for a post to be scored."),
    }

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        text = subject.text
        for pattern in (URL, HASHTAG, MENTION):
            text = pattern.sub(" ", text)
        if len(text.split()) < ctx.options["min_words"]:
            return  # too short to score (the syllable table is not even loaded)
        lang = ctx.text(subject.text).lang
        if lang not in FORMULAS:
            return
        score = ctx.text(text, lang).readability()
        if score.sentences < ctx.options["min_sentences"] or score.words < ctx.options["min_words"]:
            return
        minimum = ctx.options[f"min_score_{lang}"]
        if score.value >= minimum:
            return
        yield Problem(
            message=Msg(
                "The post is hard to read: %(formula)s score %(score)d (minimum %(minimum)d, "
                "target 60-70), %(words)d words per sentence on average.",
                formula=FORMULAS[lang],
                score=round(score.value),
                minimum=round(minimum),
                words=round(score.words / score.sentences),
            ),
            suggestion=Msg(
                "Split long sentences (15-20 words at most), use everyday words instead of "
                "abstract ones, and start a new line for each idea."
            ),
        )
