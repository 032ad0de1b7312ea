from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity

FORMULAS = {"en": Msg("Flesch Reading Ease"), "fr": Msg("Kandel & Moles")}
# Both formulas: base - 1.015 x words per sentence - k x syllables per word.
_BASE_AND_K = {"en": (206.835, 84.6), "fr": (207.0, 73.6)}
LONG_SENTENCES = 20  # words per sentence above which sentence length drives the score
LONG_WORDS = 1.6  # syllables per word above which word length does


class AboutHardToRead(Rule):
    """The About is hard to read: its readability score is below the threshold for its language.

    Visitors skim an About on a phone; long sentences of long words lose them before the
    point. English is scored with Flesch Reading Ease, French with Kandel & Moles (the
    French adaptation of the same formula), both as textstat computes them, offline
    (profile_lint.readability). Each line counts as a sentence (line breaks end sentences
    in social text). Texts shorter than `min_sentences` sentences or `min_words` words are
    not scored: the formulas say little about them.

    The suggestion names what drives the low score: long sentences (over 20 words on
    average), long words (over 1.6 syllables a word, worked out from the score), or both.
    Thresholds are lenient on purpose (precision first): Microsoft's guidance aims at
    60-70 for general business writing; the default minimum, 30, is where text reads like
    an academic paper ("difficult" on Flesch's scale). Raise `min_score_en` /
    `min_score_fr` toward 50 for stricter advice.

    **Anti-pattern**: `Leveraging comprehensive cross-functional expertise in
    organizational transformation, I orchestrate multidimensional stakeholder alignment...`

    **Best practice**: short sentences, everyday words, one idea per line: `I help sales
    teams sell more. I fix their process. Last year: 40 new accounts.`

    **Source** (study): Flesch Reading Ease and Kandel & Moles readability formulas; target
    60-70 from Microsoft Word's guidance.
    """

    code = "PR012"
    name = "about-hard-to-read"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("about-too-short",)
    needs = ("basics",)
    options = {
        "min_score_en": Option(30.0, "Lowest Flesch Reading Ease that passes (English)."),
        "min_score_fr": Option(30.0, "Lowest Kandel & Moles score that passes (French)."),
        "min_sentences": Option(3, "Fewest sentences (lines count) for a text to be scored."),
        "min_words": Option(50, "Fewest words for a text to be scored."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = subject.about
        if not about or len(about.split()) < ctx.options["min_words"]:
            return  # too short to score (and the dictionary is not even loaded)
        view = ctx.text(about)
        if view.lang not in FORMULAS:
            return
        score = view.readability()
        if score.sentences < ctx.options["min_sentences"] or score.words < ctx.options["min_words"]:
            return
        minimum = ctx.options[f"min_score_{view.lang}"]
        if score.value >= minimum:
            return
        yield Problem(
            message=Msg(
                "The About is hard to read: %(formula)s score %(score)d (minimum %(minimum)d, "
                "target 60-70), %(words)d words per sentence on average.",
                formula=FORMULAS[view.lang],
                score=round(score.value),
                minimum=round(minimum),
                words=round(score.words / score.sentences),
            ),
            suggestion=_advice(view.lang, score.value, score.words / score.sentences),
            location="basics.summary",
        )


def _advice(lang: str, value: float, per_sentence: float) -> Msg:
    """What to change, from what drives the score: sentence length, word length, or both."""
    base, k = _BASE_AND_K[lang]
    syllables = (base - value - 1.015 * per_sentence) / k
    words = round(per_sentence)
    if per_sentence > LONG_SENTENCES and syllables > LONG_WORDS:
        return Msg(
            "Split the long sentences (they average %(words)d words; aim for 15-20) and use "
            "everyday words instead of long, abstract ones.",
            words=words,
        )
    if per_sentence > LONG_SENTENCES:
        return Msg(
            "Split the long sentences (they average %(words)d words; aim for 15-20) and start "
            "a new line for each idea.",
            words=words,
        )
    return Msg(
        "The sentences are not the problem (%(words)d words on average): the long, abstract "
        "words are. Use everyday words (“use” for “leverage”, “help” for “facilitate”) and "
        "keep technical terms where a reader needs them.",
        words=words,
    )
