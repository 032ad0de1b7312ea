from collections.abc import Iterator

from profile_lint.rule import LANGUAGES, Context, Lexicon, Msg, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.metrics import METRIC_WORDS, has_metric
from profile_lint.rules.profile.positions import (
    description,
    label,
    positions,
    recent,
    share_of_each,
    title,
)

INTERNSHIPS = Lexicon("internship-titles")


class ExperienceNoMetrics(Rule):
    """A position's description quantifies nothing: no number, percentage or amount.

    Numbers make a result credible and scannable: "grew revenue 35%" beats "grew revenue".
    Counted as a metric: a number (years like 2019 alone, codes like B2B, Q3 or COVID-19,
    and ordinals do not count), a percentage, an amount (€, $, £, EUR, USD, k€, M$), a
    multiplier (3x, x2), and words that quantify (doubled, tripled; doublé, divisé par deux),
    numbers in words too ("eleven nurses", "une dizaine", "trois sites"). One finding per
    position; silent when a position has no description (experience-no-description covers
    that), and for an internship or traineeship that is neither the current nor the most
    recent position (an old placement's one line is normal; list `internship-titles.txt`).

    **Anti-pattern**: `"highlights": ["Managed key accounts", "Improved customer retention"]`

    **Best practice**: `"highlights": ["Managed 42 key accounts (€8M ARR)", "Cut churn from
    9% to 4% in a year"]` / `Porté le CA du secteur de 2,1 M€ à 3,4 M€`

    **Source** (coach): career services advise quantifying results with numbers, % and
    currency (Harvard and MIT guides).
    """

    code = "PR016"
    name = "experience-no-metrics"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("experience-no-description",)
    needs_nlp = True
    needs = ("work",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        share = share_of_each(subject)
        judged = recent(subject, ctx.as_of)
        for index, position in positions(subject):
            text, location = description(position, index)
            if not text or has_metric(text) or not subject.whole(location):
                continue  # the numbers may be in what "see more" hides
            named = title(position)
            if index not in judged and named and _internship(ctx, named[0]):
                continue
            if _number_words(ctx, text):
                continue
            yield Problem(
                message=Msg(
                    "The description of the position %(position)s quantifies nothing.",
                    position=label(position, index),
                ),
                suggestion=Msg(
                    "Add a number to each result: how many, by how much, how fast (e.g. “Cut "
                    "month-end close from 10 to 4 days”)."
                ),
                location=location,
                share=share,
            )


def _internship(ctx: Context, name: str) -> bool:
    return any(ctx.text(name, lang).find(INTERNSHIPS) for lang in LANGUAGES)


def _number_words(ctx: Context, text: str) -> bool:
    """Numbers in words in `text`, in any language: its own first (its Doc is built)."""
    own = ctx.text(text).lang
    languages = [own, *(lang for lang in LANGUAGES if lang != own)]
    return any(ctx.text(text, lang).find(METRIC_WORDS) for lang in languages)
