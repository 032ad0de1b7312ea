import re
from collections.abc import Iterator

from profile_lint.rule import Context, Lexicon, Msg, Option, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.positions import TEXT_FIELDS, description, positions, share_of_each

DUTY_PHRASES = Lexicon("duty-phrases")
ACTION_VERBS = Lexicon("action-verbs")
_BULLET = re.compile(r"\s*(?:[•\-*–—·▪►◦✓✔➢→+]|\d{1,2}[.)])?\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# What a French duty phrase's last word leaves before its object once a verb replaces it
# ("Suivi des fournisseurs": "[verbe] les fournisseurs").
_ARTICLE = {"du": "le ", "des": "les ", "aux": "les ", "au": "le ", "la": "la ", "l'": "l'"}
_GERUND = re.compile(r"^\w+ing\s+")  # "Responsible for managing key accounts": the -ing goes


def units(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of each line, bullet and sentence of `text`, bullet marks stripped."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body, start, pos = line.rstrip("\r\n"), offset, 0
        offset += len(line)
        for piece in _SENTENCE_END.split(body):
            at = body.find(piece, pos)
            pos = at + len(piece)
            if piece.strip():
                skip = _BULLET.match(piece).end()  # type: ignore[union-attr]
                yield start + at + skip, piece[skip:].rstrip()


class ExperienceWeakVerbs(Rule):
    """A bullet or line of a position's description opens with a duty phrase, not an action.

    "Responsible for key accounts" says what the job was; "Grew key accounts 30%" says what
    you did. The rule checks the start of each highlight and of each line, bullet (`•`,
    `-`, `*`...) and sentence of the summary against duty phrases: "Responsible for",
    "Helped with", "Worked on", "Duties included", "Tasked with", "In charge of"; "En charge
    de", "Responsable de", "Participation à", "Missions :", "Chargé(e) de", and the French
    nominal duties "Gestion de", "Suivi des", "Animation des", "Encadrement de" (list
    `duty-phrases.txt`, in the language of the position's text). One finding per line,
    with its span; the suggestion offers action verbs in the same language, and a draft to
    adapt keeps the member's line with a verb slot where the duty phrase was.

    **Anti-pattern**: `Responsible for managing key accounts` / `En charge du suivi des
    grands comptes`

    **Best practice**: `Grew 42 key accounts by 30% in 2023` / `Augmenté de 30 % le chiffre
    d'affaires de 42 grands comptes en 2023`

    **Source** (coach): Harvard and MIT career services advise starting each bullet with an
    action verb and avoiding "Responsible for".
    """

    code = "PR017"
    name = "experience-weak-verbs"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("experience-no-description",)
    needs_nlp = True
    needs = ("work",)
    options = {"verbs_suggested": Option(5, "How many action verbs a suggestion offers.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        each = share_of_each(subject)  # a position with duty lines, however many
        for index, position in positions(subject):
            whole, _ = description(position, index)
            if not whole:
                continue
            lang = ctx.text(whole).lang
            lines = list(_duty_lines(ctx, position, index, lang))
            for phrase, location, span, rest in lines:
                verbs = ctx.options["verbs_suggested"]
                yield _problem(lang, phrase, location, span, rest, verbs, each / len(lines))


def _duty_lines(
    ctx: Context, position: dict, index: int, lang: str
) -> Iterator[tuple[str, str, tuple[int, int], str]]:
    """(duty phrase, field path, span, rest of the line) of each line of a position that
    opens with one."""
    fields = [(f"work[{index}].{key}", position.get(key)) for key in TEXT_FIELDS]
    highlights = position.get("highlights") or []
    fields += [(f"work[{index}].highlights[{n}]", h) for n, h in enumerate(highlights)]
    for location, text in fields:
        if not isinstance(text, str):
            continue
        for offset, unit in units(text):
            found = [m for m in ctx.text(unit, lang).find(DUTY_PHRASES) if m[0] == 0]
            if found:
                _, end, phrase = found[0]
                yield phrase, location, (offset, offset + end), _object(phrase, unit[end:])


def _object(phrase: str, rest: str) -> str:
    """What the duty phrase was about, to follow a verb: "les fournisseurs", "key accounts"."""
    rest = _GERUND.sub("", rest.strip(" :\t"), count=1)
    last = phrase.lower().split()[-1] if phrase.split() else ""
    return _ARTICLE.get(last, "") + rest


def _problem(
    lang: str, phrase: str, location: str, span: tuple[int, int], rest: str, n: int, share: float
) -> Problem:
    # The verbs are examples to write in the text's own language, whatever the output's.
    verbs = ", ".join(ACTION_VERBS.phrases(lang)[:n])
    return Problem(
        message=Msg(
            "The line opens with “%(phrase)s”: it describes the job, not what you did.",
            phrase=phrase,
        ),
        suggestion=Msg(
            "Start with an action verb and the result (%(verbs)s...), e.g. “Grew 42 key "
            "accounts by 30%%” instead of “Responsible for key accounts”.",
            verbs=verbs,
        ),
        draft=Msg("[action verb] %(rest)s [with what result: a number]", rest=rest.rstrip(".")),
        location=location,
        span=span,
        share=share,
    )
