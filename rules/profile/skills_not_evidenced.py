import re
import unicodedata
from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity

_TOKEN = re.compile(r"[a-z0-9]+[+#]*")
# Joining words left out on both sides: "Sales & Marketing" matches "sales and marketing".
_GLUE = set("and et of de d the le la les l du des a an un une for pour in en with avec to".split())


def words(text: str) -> list[str]:
    """Folded word stems: lower-case, no accents, plural (s, es, ies, x) and -ing removed."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [_stem(t) for t in _TOKEN.findall(text) if t not in _GLUE]


def _stem(word: str) -> str:
    if len(word) > 6 and word.endswith("ing"):
        return word[:-3]  # forecasting ~ forecast
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]  # launches ~ launch
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


class SkillsNotEvidenced(Rule):
    """A top skill appears nowhere in the headline, About or experience.

    LinkedIn shows your first skills as your top skills; a visitor who sees "Negotiation"
    there and no negotiation anywhere in your story has no reason to believe it. The rule
    looks for each of the first `top` skills (its name or one of its `keywords`) in the
    headline, the About, and the positions' titles and descriptions: folded (case, accents),
    whole words, plurals, -ing forms and hyphens tolerated, a multi-word skill as a phrase.
    Silent when the profile has too little text to judge (`min_text_words`; other rules ask
    for an About and descriptions). In the score, each skill not shown costs its share of
    the skills judged; with too few skills or too short an About, this rule's points go
    with skills-too-few's or about-too-short's (there is nothing to show them in).

    **Anti-pattern**: top skills `Negotiation, Salesforce, Forecasting` and no position or
    About that mentions negotiating, Salesforce or a forecast.

    **Best practice**: each top skill shown at work: `Negotiated 3-year renewals with 12
    distributors`, `Rebuilt the pipeline forecast in Salesforce (accuracy +15 pts)`.

    **Source** (coach): career services advise backing listed skills with experience; top
    skills and skills-based search are LinkedIn platform features.
    """

    code = "PR023"
    name = "skills-not-evidenced"
    target = "profile"
    pillar = "people"
    severity = Severity.INFO
    part_of = ("skills-too-few", "about-too-short")
    needs = ("skills", "work")
    options = {
        "top": Option(5, "How many of the first skills are checked."),
        "min_text_words": Option(30, "Fewest words of profile text for the rule to judge."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        texts = [subject.headline or "", subject.about or ""]
        for work in subject.section("work") or []:
            if isinstance(work, dict):
                texts += [v for k in ("position", "summary") if isinstance(v := work.get(k), str)]
                texts += [h for h in work.get("highlights") or [] if isinstance(h, str)]
        corpus = "\n".join(texts)
        if len(corpus.split()) < ctx.options["min_text_words"]:
            return
        haystack = words(corpus)
        judged = []
        for index, skill in enumerate((subject.section("skills") or [])[: ctx.options["top"]]):
            if not isinstance(skill, dict) or not isinstance(skill.get("name"), str):
                continue
            names = [skill["name"], *[k for k in skill.get("keywords") or [] if isinstance(k, str)]]
            needles = [w for w in (words(n) for n in names) if w]
            if needles:
                judged.append((index, skill["name"], needles))
        for index, name, needles in judged:  # each costs its share of the skills judged
            if any(_contains(haystack, n) for n in needles):
                continue
            yield Problem(
                message=Msg(
                    "The skill “%(skill)s” (one of your top %(top)d) appears nowhere in your "
                    "headline, About or experience.",
                    skill=name,
                    top=ctx.options["top"],
                ),
                suggestion=Msg(
                    "Show “%(skill)s” in a position's description (a result you got with it), "
                    "or move up a skill your experience already shows.",
                    skill=name,
                ),
                location=f"skills[{index}]",
                share=1 / len(judged),
            )
