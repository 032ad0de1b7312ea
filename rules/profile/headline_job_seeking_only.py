import re
from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Lexicon, Msg, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.headline_missing import knows_headline

SEEKING = Lexicon("job-seeking")
GENERIC = Lexicon("job-seeking-generic")
BUZZWORDS = Lexicon("buzzwords")
STOPWORDS = Lexicon("stopwords")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class HeadlineJobSeekingOnly(Rule):
    """The headline says only that you are looking for work, with no skill or domain.

    Recruiters search by skill, title and domain; "Recent graduate | Seeking opportunities"
    matches none of their searches and says nothing of what you would do. The rule fires
    when the headline holds a job-seeking phrase ("seeking opportunities", "open to work",
    "à la recherche d'un nouveau défi", list `job-seeking.txt`) and nothing else but generic
    words (graduate, student, motivated, poste, défi: `job-seeking-generic.txt`), overused
    self-descriptions and small words. "Data analyst | Open to work" passes: it names what
    you do.

    **Anti-pattern**: `Recent Graduate | Seeking Opportunities | Open to Work` /
    `À la recherche d'un nouveau défi professionnel`

    **Best practice**: the role you want and what you bring: `Junior Data Analyst | SQL,
    Python, Power BI | Open to work in Bengaluru` / `Juriste en droit des assurances |
    contrats IARD et sinistres | disponible`

    **Source** (coach): recruiters and career services advise a headline with the target
    role and key skills, searchable, rather than only "looking for opportunities"; LinkedIn's
    Open to Work feature exists to signal the search without spending the headline on it.
    """

    code = "PR032"
    name = "headline-job-seeking-only"
    target = "profile"
    pillar = "people"
    severity = Severity.WARNING
    part_of = ("headline-missing",)
    needs = ("linkedin.headline",)

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return knows_headline(subject)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        headline = (subject.headline or "").strip()
        if not headline:
            return
        view = ctx.text(headline)
        seeking = view.find(SEEKING)
        if not seeking:
            return
        spans = seeking + view.find(GENERIC) + view.find(BUZZWORDS)
        small = set(STOPWORDS.phrases(view.lang))
        for word in _WORD.finditer(headline):
            covered = any(s <= word.start() and word.end() <= e for s, e, _ in spans)
            if not covered and word.group().lower() not in small:
                return  # a word that may name a skill or a domain
        yield Problem(
            message=Msg(
                "The headline only says you are looking for work (“%(headline)s”): no skill, "
                "role or domain a recruiter could search for.",
                headline=headline,
            ),
            suggestion=Msg(
                "Name the role you want and two or three skills or domains, and leave the "
                "search to LinkedIn's Open to Work setting, e.g. “Junior Data Analyst | SQL, "
                "Python, Power BI”."
            ),
            location=subject.fact_path("headline"),
            span=(0, len(headline)),
        )
