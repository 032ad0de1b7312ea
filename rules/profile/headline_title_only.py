import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from profile_lint.rule import (
    Context,
    Lexicon,
    Msg,
    Option,
    Problem,
    Profile,
    Rule,
    Severity,
    fold,
)
from profile_lint.rules.profile.headline_missing import knows_headline

TITLE_WORDS = Lexicon("title-words")
# Pieces of a headline: "Title | Company", "Title · Company", "Title - Company", "A, B".
# No quantifier next to a blank (the pieces are stripped after), and a blank run is only
# tried where it starts: linear on a headline of 100,000 spaces.
_PIECES = re.compile(r"[|•·▪◆★/;,]|(?<=\s)[-–—](?=\s)")
_AT = re.compile(
    r"^(?P<title>.+?)(?:(?<!\s)\s+(?:(?:at|chez|au|à\s+la)\s+|à\s+l['’]\s*)|(?<!\s)\s*@\s*)(?P<org>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# Words that say what the member does or for whom: a piece holding one is not a title.
_DOER = set("i i'm we my our you your help helps helping je j nous vous aide aider".split())
_DOER |= {"accompagne", "accompagner", "who", "qui"}
_BRACKETS = re.compile(r"\([^()]*\)")  # a grade or band: "Staff Nurse (Band 6)"
_FORMER = re.compile(r"^(?:former|ex|ancien|ancienne)\s+", re.IGNORECASE)


_NOT_WORD = re.compile(r"[^\w+#]+")


def norm(text: str) -> str:
    """Lower-case, accents and punctuation removed, blanks collapsed."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


@cache
def _title_words() -> tuple[set[str], set[str]]:
    """The title words of each language, normalised once."""
    english, french = ({norm(p) for p in TITLE_WORDS.phrases(lang)} for lang in ("en", "fr"))
    return english, french


class HeadlineTitleOnly(Rule):
    """The headline is only a job title, or "title at company", saying nothing of what you do.

    The headline follows your name everywhere (search results, comments, invitations); a
    bare title ("Senior Account Executive at Acme") says what you are called, not what you
    do or for whom, so it gives no reason to open your profile. The rule compares each piece
    of the headline (split on `|`, `•`, `,`, ` - `...) with the titles and employers of your
    positions; a piece "X at/chez/au/@ Company" also counts as a title when X ends (English)
    or starts (French) with a title word (manager, engineer; responsable, directeur...,
    list `title-words.txt`), whatever it has in brackets ("Staff Nurse (Band 6)"); the
    initials of a position's title are that title ("SDR" for Sales Development
    Representative), and so is "Former"/"Ex"/"Ancien(ne)" with a title word ("Former
    Teacher"). It fires only when every piece is a title or an employer.
    A bare title with no work history to compare is not judged (the rule cannot tell).

    **Anti-pattern**: `Senior Account Executive at Acme` / `Responsable grands comptes
    chez Acme`

    **Best practice**: keep the searchable title first, then what you do for whom:
    `Senior Account Executive | I help mid-market SaaS teams shorten sales cycles` /
    `Responsable grands comptes | J'aide les PME industrielles à gagner l'export`

    **Source** (coach): career-service advice to say in the headline what you do and for
    whom, with the searchable title early. The finding carries a draft to adapt, built from
    the member's title and first skills ("Account Executive | I help [whom] [achieve what] |
    Salesforce, MEDDICC").
    """

    code = "PR005"
    name = "headline-title-only"
    target = "profile"
    pillar = "people"
    severity = Severity.WARNING
    part_of = ("headline-missing", "experience-missing")
    weight = 2.0
    needs = ("linkedin.headline",)

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return knows_headline(subject)  # no headline at all: judged lost with headline-missing

    options = {
        "max_title_words": Option(6, "Longest 'X at Company' title read as a bare title, in words.")
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        headline = subject.headline
        if not headline or not headline.strip():
            return
        works = [w for w in subject.section("work") or [] if isinstance(w, dict)]
        named = [
            _BRACKETS.sub(" ", w[k])
            for w in works
            for k in ("position", "title")
            if _text(w.get(k))
        ]
        # a title and its parts ("Registered Nurse, Paediatric Intensive Care Unit"), each
        # also by its initials ("PICU")
        whole = {p.strip() for t in named for p in [t, *_PIECES.split(t)] if norm(p)}
        titles = {norm(t) for t in whole} | {_initials(t) for t in whole if len(t.split()) > 1}
        orgs = {norm(w["name"]) for w in works if _text(w.get("name"))}
        heads = _title_words()
        most = ctx.options["max_title_words"]
        pieces = [p.strip() for p in _PIECES.split(headline.strip()) if norm(p)]
        if norm(headline) in titles:
            pass  # exactly a position's title ("CEO/President")
        elif len(pieces) > 1:  # judge the pieces: every one a title or an employer
            parts = [_kind(piece, titles, orgs, heads, most) for piece in pieces]
            if None in parts or "title" not in parts:
                return
        elif _kind(headline.strip(), titles, orgs, heads, most) != "title":
            return
        yield Problem(
            message=Msg(
                "The headline is only a job title (“%(headline)s”): it says what you are "
                "called, not what you do or for whom.",
                headline=headline.strip(),
            ),
            suggestion=Msg(
                "Keep the searchable title first, then add what you do and for whom, e.g. "
                "“Senior Account Executive | I help mid-market SaaS teams shorten sales "
                "cycles”."
            ),
            draft=_draft(subject, pieces or [headline.strip()]),
            location=subject.fact_path("headline"),
            span=(0, len(headline)),
        )


def _draft(subject: Profile, pieces: list[str]) -> Msg:
    """A headline to adapt, from the member's title and first skills."""
    at = _AT.match(pieces[0])
    title = (at.group("title") if at else pieces[0]).strip()
    skills = [s["name"].strip() for s in subject.section("skills") or []
              if isinstance(s, dict) and _text(s.get("name"))]  # fmt: skip
    skills = [s for s in skills if norm(s) not in norm(title)][:2]
    if skills:
        return Msg(
            "%(title)s | I help [whom] [achieve what] | %(skills)s",
            title=title,
            skills=", ".join(skills),
        )
    return Msg("%(title)s | I help [whom] [achieve what]", title=title)


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _kind(
    piece: str, titles: set[str], orgs: set[str], heads: tuple[set[str], set[str]], most: int
) -> str | None:
    """'title' or 'org' for a piece that is only that, else None."""
    text = norm(_BRACKETS.sub(" ", piece))
    if text in titles:
        return "title"
    former = _FORMER.match(piece.strip())
    if former and _looks_like_title(norm(piece.strip()[former.end() :]), heads, most):
        return "title"
    if text in orgs or (text.startswith("ex ") and text[3:] in orgs):
        return "org"
    at = _AT.match(piece.strip())
    if at is None:
        return None
    title, org = norm(_BRACKETS.sub(" ", at.group("title"))), norm(at.group("org"))
    if title in titles or (org and _looks_like_title(title, heads, most)):
        return "title"
    return None


def _initials(title: str) -> str:
    """ "sales development representative": "sdr" (a title is often written so)."""
    return "".join(w[0] for w in norm(title).split())


def _looks_like_title(title: str, heads: tuple[set[str], set[str]], most: int) -> bool:
    words = title.split()
    if not words or len(words) > most or _DOER & set(words):
        return False
    return words[-1] in heads[0] or words[0] in heads[1]
