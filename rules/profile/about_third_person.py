import re
import unicodedata
from collections.abc import Iterator

from profile_lint.rule import (
    Context,
    Lexicon,
    Msg,
    Option,
    Plural,
    Problem,
    Profile,
    Rule,
    Severity,
)

# Each language's pronouns, as the tokens' NORM has them (lower case, no accents).
THIRD = Lexicon("third-person-pronouns")
FIRST = Lexicon("first-person-pronouns")
# Words after a third-person pronoun that make it impersonal: "il y a", "il faut"...
IMPERSONAL = Lexicon("impersonal-after-pronoun")


class AboutThirdPerson(Rule):
    """The About speaks of the member in the third person ("Jordan is...", "She leads...").

    LinkedIn is a conversation in the first person: a third-person About reads like a
    press bio written by someone else, and keeps the reader at a distance. The rule counts
    references to the member (their own first or last name from `basics.name`, capitalised;
    a full name counts once) and subject pronouns he/she (il/elle, impersonal "il y a",
    "il faut" excluded), against first-person pronouns (I, me, my; je, j', me, moi, mon...).
    It fires only when the third person dominates: at least `min_third_person` references
    and at most `max_first_person` first-person pronouns, so a first-person About that
    mentions a client ("she") does not fire.

    **Anti-pattern**: `Jordan Miles is a sales leader. She has grown three teams...` /
    `Claire Martin accompagne les PME. Elle a ouvert 14 marchés...`

    **Best practice**: `I lead sales teams for SaaS companies. I have grown three...` /
    `J'accompagne les PME industrielles. J'ai ouvert 14 marchés...`

    **Source** (coach): career-service consensus that the About is written in the first
    person ("I build...", not "<Name> is...").
    """

    code = "PR010"
    name = "about-third-person"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("about-too-short",)
    needs_nlp = True
    needs = ("basics",)
    options = {
        "min_third_person": Option(2, "Fewest third-person references to the member that fire."),
        "max_first_person": Option(1, "Most first-person pronouns an About may have and fire."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = subject.about
        if not about or not about.strip():
            return
        view = ctx.text(about)
        pronouns = set(THIRD.phrases(view.lang))
        if not pronouns:
            return  # no pronoun data for this language: cannot judge
        mine, impersonal = set(FIRST.phrases(view.lang)), set(IMPERSONAL.phrases(view.lang))
        full_name = subject.basics.get("name")
        names = {n for n in re.split(r"[\s\-]+", _fold(full_name)) if len(n) > 1}
        third: list[tuple[int, int]] = []
        first = 0
        previous_was_name = False
        tokens = list(view.doc)
        for i, token in enumerate(tokens):
            norm = token.norm_
            is_name = norm in names and token.text[:1].isupper()
            after = tokens[i + 1].norm_ if i + 1 < len(tokens) else ""
            pronoun = norm in pronouns and after not in impersonal
            if (is_name and not previous_was_name) or pronoun:
                third.append((token.idx, token.idx + len(token.text)))
            elif norm in mine:
                first += 1
            previous_was_name = is_name
        if len(third) < ctx.options["min_third_person"] or len(third) <= first:
            return
        if first > ctx.options["max_first_person"]:
            return
        yield Problem(
            message=Plural(
                "The About speaks of you in the third person (%(count)d reference, hardly "
                "any “I”).",
                "The About speaks of you in the third person (%(count)d references, hardly "
                "any “I”).",
                count=len(third),
            ),
            suggestion=Msg(
                "Rewrite it in the first person: “I lead...”, “I have grown...” instead of "
                "“Jordan leads...”, “She has grown...”."
            ),
            location="basics.summary",
            span=third[0],
        )


def _fold(value: object) -> str:
    """Lower-case without accents, like the tokens' NORM."""
    if not isinstance(value, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
