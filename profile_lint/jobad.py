"""The key terms of a job ad (`--target JOB`): skills, tools, methods, certifications,
domain phrases and the job's title, each with its weight.

How, in three steps:

1. **The ad's structure.** Markdown is read as text; the title is the first heading or
   line (of twelve words at most), one term. Headings open sections: those about the
   employer, pay, perks or applying (lexicon `job-ad-skip-sections`) are left out, and
   so are detail lines such as "Location: Leeds" (`job-ad-meta`), pay lines, and lines
   with an address or a link.
   Terms in a requirements section (`job-ad-require-sections`) weigh more.
2. **Candidates.** spaCy's tokenizer and stop words for the ad's language cut each line
   into runs of words without stop words, punctuation or the ad's generic vocabulary
   (`job-ad-generic`: "experience", "strong", "you will", the verbs that open duties);
   hyphens and `+`, `#` stay inside a word (PCI-DSS, C++, Bac+5). A run is a candidate
   phrase; a word that looks like a name (a capital inside a line, an acronym, a digit)
   is also a candidate on its own. Overused self-descriptions (the buzzwords lexicon) are
   never key terms: profile-lint advises against writing them.
3. **Weights.** Like TF-IDF against the language at large: how often the ad uses a term
   (three times in the title, one and a half in a requirements section), times how rare
   its rarest word is in general use (wordfreq's word frequencies, offline), times a
   bonus for phrases of several words. Weights are scaled so that the top term has 1.

Evidence: job-matching tools compare the terms of an ad with a CV (Jobscan and others);
recruiters search LinkedIn by keyword, and LinkedIn's search matches the words written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from profile_lint.lexicon import Lexicon, fold
from profile_lint.model import JobAd, Term

SKIP_SECTIONS = Lexicon("job-ad-skip-sections")
REQUIRE_SECTIONS = Lexicon("job-ad-require-sections")
META = Lexicon("job-ad-meta")
GENERIC = Lexicon("job-ad-generic")
BUZZWORDS = Lexicon("buzzwords")
MAX_TERMS = 25
MIN_SHARE = 0.2  # of the top term's score: below it a candidate is noise
WEIGHTS = {"title": 3.0, "require": 1.5, "main": 1.0}

_MARKDOWN = re.compile(r"\*\*|__|`|^\s*(?:[-*+•·▪◦]|\d+[.)])\s+", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_ADDRESS = re.compile(r"\S+@\S+\.\w+|https?://|www\.", re.IGNORECASE)
_PAY = re.compile(r"[£$€¥]|\d\s*k\b|\b(?:eur|usd|gbp|per annum|p\.a|bruts? annuels?)\b", re.I)
TITLE_WORDS_AT_MOST = 12  # a first line longer than this is not a title
_GENDER = re.compile(r"\(?\b(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*f(?:\s*/\s*d)?|f\s*/\s*m)\b\)?", re.I)
_FEMININE = re.compile(r"\((?:e|ne|se|le|ère|rice)\)", re.I)
_TITLE_CUT = re.compile(r"\s+[-–—|]\s+|\s*\(|\s*,\s*")
_JOINERS = ("-", "+", "#", ".", "&", "'", "’")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦]|\d+[.)])\s+")
# Joining words a term may hold between two of its words.
_INNER_GLUE = {"en": frozenset({"of"}), "fr": frozenset({"de", "d'", "du", "des"})}
_INCLUSIVE = re.compile(r"[·.](?:e|se|euse|rice|ne|le|ère)s?\b", re.I)


@dataclass
class _Line:
    text: str
    kind: str  # title, require or main
    bullet: bool = False


def extract(text: str, lang: str, nlp: Any, source: str = "-") -> JobAd:
    """The job ad in `text` (language `lang`, tokenized with spaCy pipeline `nlp`)."""
    lines = list(_lines(text, lang))
    scores: dict[str, float] = defaultdict(float)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    title = next((line.text for line in lines if line.kind == "title"), "")
    title_term = _title_term(title, lang) if len(title.split()) <= TITLE_WORDS_AT_MOST else ""
    for line in lines:
        if line.kind == "title" and title_term:
            continue  # the title is one term, below
        for phrase, named in _candidates(line, lang, nlp):
            key = fold(phrase)
            scores[key] += WEIGHTS.get(line.kind, 1.0)
            forms[key][phrase] += 1
            kinds.setdefault(key, "tool" if named and " " not in phrase else "skill")
    ranked = []
    for key, score in scores.items():
        words = key.split()
        bonus = 1 + 0.25 * (min(len(words), 3) - 1)
        ranked.append((score * _rarity(words, lang) * bonus, key))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    top = ranked[0][0] if ranked else 1.0
    terms: list[Term] = []
    taken: list[set[str]] = []  # the words of each term taken
    if title_term:
        terms.append(Term(title_term, 1.0, "title"))
        taken.append(set(fold(title_term).split()))
    for score, key in ranked:
        if len(terms) >= MAX_TERMS or score < MIN_SHARE * top:
            break
        parts = set(key.split())
        if any(parts <= other for other in taken):
            continue  # "SaaS" after "B2B SaaS": a part of a term already taken
        taken.append(parts)
        form = forms[key].most_common(1)[0][0]
        terms.append(Term(form, round(score / top, 2), kinds[key]))
    return JobAd(source, lang, tuple(terms))


def _lines(text: str, lang: str) -> Iterator[_Line]:
    """The ad's lines that can name a key term, with the kind of section each is in."""
    kind = "main"
    titled = False
    for raw in text.splitlines():
        heading = _HEADING.match(raw)
        bullet = _BULLET.match(raw) is not None
        line = _LINK.sub(r"\1", raw)
        line = _FEMININE.sub("", _MARKDOWN.sub(" ", heading.group(1) if heading else line))
        line = " ".join(line.split())
        if not line:
            continue
        if not titled:
            titled = True
            yield _Line(line, "title")
            continue
        found = _section(line, lang, heading is not None)
        if found is not None:
            kind = found
            continue
        if kind == "skip" or _detail(line, lang):
            continue
        yield _Line(line, kind, bullet)


def _section(line: str, lang: str, heading: bool) -> str | None:
    """The kind of section `line` opens, or None when it is not a heading: a Markdown
    heading, or a short line that ends with a colon or names a known section."""
    name = fold(line.rstrip(" :?!").strip())
    known = _phrases(SKIP_SECTIONS, lang) | _phrases(REQUIRE_SECTIONS, lang)
    if not heading and not (len(name.split()) <= 6 and (line.endswith(":") or name in known)):
        return None
    if any(_has(name, p) for p in _phrases(SKIP_SECTIONS, lang)):
        return "skip"
    if any(_has(name, p) for p in _phrases(REQUIRE_SECTIONS, lang)):
        return "require"
    return "main"


def _detail(line: str, lang: str) -> bool:
    """A detail line (Location: ..., Salary: ...), a pay line, an address or a link."""
    label, colon, _ = line.partition(":")
    if colon and fold(label.strip()) in _phrases(META, lang):
        return True
    return bool(_ADDRESS.search(line) or _PAY.search(line))


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _candidates(line: _Line, lang: str, nlp: Any) -> Iterator[tuple[str, bool]]:
    """(phrase, looks like a name) for each run of content words of `line`, and for each
    name-like word inside a longer run. A run goes on through one joining word between
    two content words ("contrôle de gestion", "bill of materials")."""
    run: list[tuple[str, bool]] = []
    glue = ""  # a joining word waiting for the next content word
    text = line.text
    for buzzword in _phrases(BUZZWORDS, lang):  # "excellent communication skills": not a term
        text = re.sub(rf"(?<!\w){re.escape(buzzword)}(?!\w)", " , ", text, flags=re.I)
    for index, (word, stop, first) in enumerate(_words(text, nlp)):
        folded = fold(word)
        if stop and run and not glue and folded in _INNER_GLUE.get(lang, ()):
            glue = word
            continue
        if (
            stop
            or folded in _phrases(GENERIC, lang)
            or not _content(folded)
            or _verb(word, lang, first, line.bullet and index == 0)
        ):
            yield from _flush(run, lang)
            run, glue = [], ""
            continue
        if glue:
            run.append((glue, False))
            glue = ""
        run.append((word, _named(word, first)))
    yield from _flush(run, lang)


def _flush(run: list[tuple[str, bool]], lang: str) -> Iterator[tuple[str, bool]]:
    while run and run[0][0][:1].isdigit():  # "4 years", "3 ans": a count, not a term
        run = run[1:]
    content = [(w, named) for w, named in run if fold(w) not in _INNER_GLUE.get(lang, ())]
    if not content:
        return
    for start in range(0, len(run), 6):  # phrases of at most 6 words, joining words included
        part = run[start : start + 6]
        while part and fold(part[-1][0]) in _INNER_GLUE.get(lang, ()):
            part = part[:-1]
        phrase = "".join(w + ("" if w.endswith(("'", "’")) else " ") for w, _ in part).strip()
        if phrase and not _buzzword(phrase, lang):
            yield phrase, all(named for _, named in part)
    if len(content) > 1:
        for word, named in content:
            if named and not _buzzword(word, lang):
                yield word, True


def _words(line: str, nlp: Any) -> Iterator[tuple[str, bool, bool]]:
    """(word, is a stop word or punctuation, first of its sentence) for each word of
    `line`: spaCy's tokens, joined back where nothing separates them (PCI-DSS, C#,
    Node.js), a sentence's full stop left out."""
    tokens = [t for t in nlp.make_doc(line) if not t.is_space]
    i, first = 0, True
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and not tokens[j].whitespace_ and _joins(tokens, j + 1):
            j += 1
        raw = "".join(t.text for t in tokens[i : j + 1])
        text = raw.strip(".'’-&")
        separator = (tokens[i].is_punct and j == i) or not text
        yield text, tokens[i].is_stop or separator, first
        first = raw.endswith((".", "!", "?", ":", ";")) or (first and not text)
        i = j + 1


def _joins(tokens: list[Any], k: int) -> bool:
    """Whether token `k` continues the word before it (nothing between them)."""
    text, before = tokens[k].text, tokens[k - 1].text
    if before in ("/", "(", ")") or text in ("/", ",", ";", ":", "(", ")", "!", "?"):
        return False
    if before.endswith(("'", "’")) and len(before) > 1:
        return False  # l'équipe: an elision, then a word
    if text in ("+", "#") or (text[:1].isalnum() and before not in (".", "'", "’")):
        return True
    follows = k + 1 < len(tokens) and not tokens[k].whitespace_ and tokens[k + 1].text[:1].isalnum()
    return text in _JOINERS and follows


def _content(folded: str) -> bool:
    letters = any(c.isalpha() for c in folded)
    return letters or (any(c.isdigit() for c in folded) and len(folded) > 2)


def _named(word: str, first: bool) -> bool:
    """A tool or a name: an acronym, a capital not at the start, a digit or a sign."""
    return (
        (word.isupper() and len(word) >= 2)
        or (word[:1].isupper() and not first)
        or any(c.isdigit() or c in "+#." for c in word[1:])
        or any(c.isupper() for c in word[1:])
    )


def _verb(word: str, lang: str, first: bool, opens_bullet: bool) -> bool:
    """A verb that opens a duty, not a term: a French infinitive at the start of a
    sentence ("Piloter le processus"), a French verb in -ez ("vous pilotez"), or, in
    English, a common word opening a bullet ("Manage a portfolio", "Confident
    negotiator") unless it is shaped like a name (SQL, dbt) or rare (Salesforce)."""
    folded = fold(word)
    if lang == "fr":
        infinitive = first and folded.endswith(("er", "ir", "re")) and len(folded) > 4
        return infinitive or (folded.endswith("ez") and len(folded) > 4)
    if lang == "en" and opens_bullet and not _named(word, True):
        return _zipf(folded, lang) >= 3.9
    return False


def _buzzword(phrase: str, lang: str) -> bool:
    folded = fold(phrase)
    return any(_has(folded, b) for b in _phrases(BUZZWORDS, lang))


def _title_term(title: str, lang: str) -> str:
    """The job's title without the gender mark, the place or the level ("Senior")."""
    title = _INCLUSIVE.sub("", _FEMININE.sub("", _GENDER.sub(" ", title)))
    title = _TITLE_CUT.split(title, maxsplit=1)[0]
    generic = _phrases(GENERIC, lang)
    words = [w for w in title.split() if fold(w) not in generic]
    return " ".join(words).strip(" -:")


def _rarity(words: list[str], lang: str) -> float:
    """How rare the rarest of `words` is in general use, 0.1 (the commonest words) to 1
    (a word wordfreq does not know, such as a product name)."""
    return max((_word_rarity(w, lang) for w in words), default=0.1)


@cache
def _word_rarity(word: str, lang: str) -> float:
    return min(1.0, max(0.1, (7.0 - _zipf(word, lang)) / 5.0))


@cache
def _zipf(word: str, lang: str) -> float:
    """How common `word` is in `lang` at large (wordfreq's Zipf scale: 0 unknown, 7
    for "the")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


@cache
def _phrases(lexicon: Lexicon, lang: str) -> frozenset[str]:
    return frozenset(fold(p) for p in lexicon.phrases(lang))
