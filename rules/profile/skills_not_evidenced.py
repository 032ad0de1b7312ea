from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Problem, Profile, Rule, Severity, Terms


def _evidence(subject: Profile) -> list[str]:
    """The texts that can show a skill: headline, About, positions, certificates."""
    texts = [subject.headline or "", subject.about or ""]
    for work in subject.section("work") or []:
        if isinstance(work, dict):
            fields = ("position", "summary", "description")
            texts += [v for k in fields if isinstance(v := work.get(k), str)]
            texts += [h for h in work.get("highlights") or [] if isinstance(h, str)]
    for cert in subject.section("certificates") or []:
        if isinstance(cert, dict) and isinstance(cert.get("name"), str):
            texts.append(cert["name"])
    return texts


class SkillsNotEvidenced(Rule):
    """A top skill appears nowhere in the headline, About or experience.

    LinkedIn shows your first skills as your top skills; a visitor who sees "Negotiation"
    there and no negotiation anywhere in your story has no reason to believe it. The rule
    looks for each of the first `top` skills (its name or one of its `keywords`) in the
    headline, the About, the positions' titles and descriptions and the certificates, in any
    form: case and accents, lemmas and word families in English and French ("Technical
    Recruiting" in the title "Technical Recruiter", "Prototyping" in "a prototype"), an
    acronym in brackets ("Extracorporeal Membrane Oxygenation (ECMO)" shown by "ECMO"), half
    the words of a longer skill ("Inventory Management" by "inventory").
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
        texts = _evidence(subject)
        if len(" ".join(texts).split()) < ctx.options["min_text_words"]:
            return
        haystack = Terms(["\n".join(texts)])
        judged = []
        for index, skill in enumerate((subject.section("skills") or [])[: ctx.options["top"]]):
            if not isinstance(skill, dict) or not isinstance(skill.get("name"), str):
                continue
            names = [skill["name"], *[k for k in skill.get("keywords") or [] if isinstance(k, str)]]
            if any(n.strip() for n in names):
                judged.append((index, skill["name"], names))
        for index, name, names in judged:  # each costs its share of the skills judged
            if any(n in haystack for n in names):
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
