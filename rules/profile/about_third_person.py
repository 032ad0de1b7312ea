import re
import unicodedata
from collections.abc import Iterator

from profile_lint.rule import Context, Option, Problem, Profile, Rule, Severity

_THIRD = {"en": {"he", "she"}, "fr": {"il", "elle"}}
_FIRST = {
    "en": {"i", "me", "my", "mine", "myself"},
    "fr": {"je", "j'", "me", "m'", "moi", "mon", "ma", "mes"},
}
# "il" that is not a person: il y a, il faut, il s'agit...
_IMPERSONAL = {"y", "faut", "s'", "suffit", "reste", "existe", "manque", "semble"}


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
    person ("I build...", not "<Name> is...", linkedin-facts.md, "Writing").
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
        lang = view.lang if view.lang in _THIRD else "en"
        full_name = subject.basics.get("name")
        names = {n for n in re.split(r"[\s\-]+", _fold(full_name)) if len(n) > 1}
        third: list[tuple[int, int]] = []
        first = 0
        previous_was_name = False
        tokens = list(view.doc)
        for i, token in enumerate(tokens):
            norm = token.norm_
            is_name = norm in names and token.text[:1].isupper()
            pronoun = norm in _THIRD[lang] and not _impersonal(tokens, i, lang)
            if (is_name and not previous_was_name) or pronoun:
                third.append((token.idx, token.idx + len(token.text)))
            elif norm in _FIRST[lang]:
                first += 1
            previous_was_name = is_name
        if len(third) < ctx.options["min_third_person"] or len(third) <= first:
            return
        if first > ctx.options["max_first_person"]:
            return
        yield _problem(lang, len(third), third[0])


def _fold(value: object) -> str:
    """Lower-case without accents, like the tokens' NORM."""
    if not isinstance(value, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _impersonal(tokens: list, i: int, lang: str) -> bool:
    return lang == "fr" and i + 1 < len(tokens) and tokens[i + 1].norm_ in _IMPERSONAL


def _problem(lang: str, count: int, span: tuple[int, int]) -> Problem:
    if lang == "fr":
        return Problem(
            message=f"La section Infos parle de vous à la troisième personne ({count} mentions, "
            "presque aucun « je »).",
            suggestion="Réécrivez-la à la première personne : « J'accompagne... », « J'ai "
            "ouvert... », au lieu de « Claire accompagne... », « Elle a ouvert... ».",
            location="basics.summary",
            span=span,
        )
    return Problem(
        message=f"The About speaks of you in the third person ({count} references, "
        "hardly any “I”).",
        suggestion="Rewrite it in the first person: “I lead...”, “I have grown...” instead "
        "of “Jordan leads...”, “She has grown...”.",
        location="basics.summary",
        span=span,
    )
