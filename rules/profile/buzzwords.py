import re
from collections.abc import Iterator
from dataclasses import replace

from profile_lint.rule import Context, Lexicon, Msg, Option, Problem, Profile, Rule, Severity

BUZZWORDS = Lexicon("buzzwords")
BROAD = Lexicon("buzzwords-broad")
TITLES = Lexicon("job-titles")
TERMS = Lexicon("buzzword-terms")
_QUOTED = re.compile(r"“[^“”]*”|«[^«»]*»|\"[^\"]*\"|„[^„“”]*[“”]")
_PREVIOUS = re.compile(r"(\w+['’]?)\s*$")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w'’&.-]*[ \t])+\Z")  # on the same line
_CAPITALISED_AFTER = re.compile(r"^(?:[ \t](?:of\s|de\s|for\s)?[A-ZÀ-Ý][\w'’&.-]*)+")
_OPENS = re.compile(r"(?:^|[.!?:;|•·\n]\s*)\Z")  # the start of a sentence, line or part
# A single French word after one of these is a noun ("la dynamique") or a verb ("me
# passionne", folded like "passionné"), not a self-description.
_FR_NOT_ADJECTIVE = {"la", "le", "l'", "une", "un", "cette", "ce", "cet", "me", "m'", "te"}
_FR_NOT_ADJECTIVE |= {"t'", "se", "s'", "nous", "vous"}


class Buzzwords(Rule):
    """The headline, About or experience use self-descriptions LinkedIn lists as overused.

    "Passionate", "motivated", "creative", "results-oriented team player": every profile
    says so, so none of them tells a reader anything. One finding per occurrence, with its
    span, in the headline, the About and position descriptions (summary and highlights).
    English words are looked for in English text only, French in French (detected per text).
    Not judged: position titles and company names (nor their occurrences in other texts),
    known job titles and terms (`Creative Director`, `Expert-comptable`, `comptabilité
    analytique`, lists `job-titles.txt` and `buzzword-terms.txt`), words glued into a
    hyphenated compound (`data-driven`), text in quotes (a client's words), and, outside the
    headline, a capitalised word inside a proper name that goes on beyond it mid-sentence
    (an organisation, a programme, a product: "the Innovative Minds Programme", "Dynamic
    Type support").
    Words of LinkedIn's lists that are also ordinary vocabulary (expert, leadership,
    strategic, patient, certified, responsable...) are judged only with `broad: true`.
    In the score, each text with buzzwords costs its share of the texts judged (the headline,
    the About, each description and bullet), however many it holds.

    **Anti-pattern**: `Passionate, results-oriented sales leader` /
    `Commerciale dynamique et rigoureuse, force de proposition`

    **Best practice**: replace the adjective with the proof: `I opened 14 new distributors
    in Germany in 2023` / `J'ai ouvert 14 distributeurs en Allemagne en 2023`

    **Source** (data): LinkedIn's yearly lists of the most overused profile words
    (2010-2017), with LinkedIn's advice to replace them with concrete examples. The French
    list (equivalents of those words plus common French CV cliches) and the extra English
    cliches are coach-level.
    """

    code = "PR006"
    name = "buzzwords"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    strength = Msg("Your texts avoid the self-descriptions LinkedIn lists as overused.")
    weight = 2.0
    needs_nlp = True
    options = {
        "broad": Option(
            False, "Also judge list words that are ordinary vocabulary (buzzwords-broad.txt)."
        )
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        works = [w for w in subject.section("work") or [] if isinstance(w, dict)]
        # Each name once, lower-cased: a profile with thousands of positions would otherwise
        # search every text for every name.
        names = sorted({w[k].strip().lower() for w in works for k in ("name", "position")
                        if isinstance(w.get(k), str) and w[k].strip()})  # fmt: skip
        lexicons = [BUZZWORDS, BROAD] if ctx.options["broad"] else [BUZZWORDS]
        texts = list(_texts(subject))
        for location, text in texts:
            found = list(_judge(ctx, location, text, lexicons, names))
            for problem in found:  # a text with buzzwords costs its share of the texts
                yield replace(problem, share=1 / (len(texts) * len(found)))


def _texts(profile: Profile) -> Iterator[tuple[str, str]]:
    if profile.headline:
        yield profile.fact_path("headline"), profile.headline
    if profile.about:
        yield "basics.summary", profile.about
    for index, work in enumerate(profile.section("work") or []):
        if not isinstance(work, dict):
            continue
        if isinstance(work.get("summary"), str):
            yield f"work[{index}].summary", work["summary"]
        for number, item in enumerate(work.get("highlights") or []):
            if isinstance(item, str):
                yield f"work[{index}].highlights[{number}]", item


def _judge(
    ctx: Context, location: str, text: str, lexicons: list[Lexicon], names: list[str]
) -> Iterator[Problem]:
    view = ctx.text(text)
    found_words = [f for lexicon in lexicons for f in view.find(lexicon)]
    if not found_words:
        return
    guards = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    guards += [(s, e) for s, e, _ in view.find(TITLES) + view.find(TERMS)]
    lowered = text.lower()
    for name in (n for n in names if n in lowered):  # a substring test first: cheap
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        guards += [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    for start, end, found in found_words:
        if any(gs <= start and end <= ge for gs, ge in guards):
            continue
        if (start and text[start - 1] in "-‐") or text[end : end + 1] in ("-", "‐"):
            continue  # part of a compound: data-driven, cost-effective
        if view.lang == "fr" and " " not in found and _after_determiner(text, start):
            continue
        if not location.endswith("headline") and _in_name(text, start, end):
            continue
        yield Problem(
            message=Msg(
                "“%(word)s” is one of the self-descriptions LinkedIn lists as most overused.",
                word=found,
            ),
            suggestion=Msg(
                "Show it instead of claiming it: replace “%(word)s” with a fact (what you "
                "did, for whom, with what result), e.g. “I cut onboarding from 6 weeks to 2”.",
                word=found,
            ),
            location=location,
            span=(start, end),
        )


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised phrase is part of a longer proper name, mid-sentence."""
    if not text[start : start + 1].isupper():
        return False
    before = _CAPITALISED_BEFORE.search(text[max(0, start - 80) : start])
    opening = before.start() if before else len(text[max(0, start - 80) : start])
    if _OPENS.search(text[max(0, start - 80) : max(0, start - 80) + opening]):
        return False  # a sentence that opens with it: "Dynamic leader with..."
    return bool(before or _CAPITALISED_AFTER.match(text[end : end + 80]))


def _after_determiner(text: str, start: int) -> bool:
    previous = _PREVIOUS.search(text[max(0, start - 80) : start])  # a word, not the text
    if previous is None:
        return False
    return previous.group(1).lower().replace("’", "'") in _FR_NOT_ADJECTIVE
