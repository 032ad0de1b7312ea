"""Readability scores, fully offline and in one pass: textstat's formulas, our own code.

`readability(text, lang)` gives a `Score`: Flesch Reading Ease for English, Kandel & Moles
for French (textstat's "fr" coefficients: 207 - 1.015 x words/sentence - 73.6 x
syllables/word). Line breaks count as sentence breaks (social text rarely ends its lines
with a full stop), so each non-empty line is closed with a period before scoring.

The words, sentences and syllables are counted exactly as textstat 0.7 counts them (its
`list_words`, `count_sentences` and `count_syllables`), which the tests check against
textstat itself; textstat is not imported here: it imports NLTK (0.4 s) and would
*download* CMUdict at first use. English syllables come from CMUdict, shipped as
`profile_lint/data/cmu-syllables.txt.gz` (the first pronunciation's syllable count of every
CMUdict word, BSD licence in `cmudict-LICENSE.txt`, built by
`scripts/build_cmu_syllables.py`); words it lacks, and French words, are counted by
hyphenation with pyphen (LGPL 2.1+/MPL 1.1/GPL 2+, its dictionaries from LibreOffice),
as textstat does: positions + 1.

Nothing here is imported or read until a rule asks for a score.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

TABLE = "cmu-syllables.txt.gz"
FORMULAS = {"en": "flesch-reading-ease", "fr": "kandel-moles"}
# Flesch's coefficients per language, as textstat's LANG_CONFIGS: base, per word per
# sentence, per syllable per word.
COEFFICIENTS = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6)}
# The hyphenation dictionary of each language (textstat's: en_US, and fr).
HYPHENATION = {"en": "en_US", "fr": "fr"}

_WORD = re.compile(r"\w")
# textstat's remove_punctuation: drop apostrophes that do not start an English
# contraction ending, then everything but letters, digits, blanks and apostrophes.
_NON_CONTRACTION = re.compile(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# textstat's sentences: a run from a word boundary up to . ! or ?, with them.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


@dataclass(frozen=True)
class Score:
    """A readability score: its value, the formula, and what it was computed on."""

    value: float
    formula: str
    sentences: int
    words: int
    lang: str


@cache
def syllable_counts() -> dict[str, int]:
    """word -> syllables of its first CMUdict pronunciation (read once, on first use)."""
    data = resources.files("profile_lint").joinpath("data", TABLE).read_bytes()
    counts: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        number, _, words = line.partition("\t")
        count = int(number)
        for word in words.split():
            counts[word] = count
    return counts


@cache
def _hyphenator(lang: str) -> Any:
    from pyphen import Pyphen

    return Pyphen(lang=HYPHENATION[lang])


@lru_cache(maxsize=65536)
def syllables(word: str, lang: str) -> int:
    """The syllables of a lower-case `word`: CMUdict's for English, else hyphenation's."""
    if lang == "en":
        found = syllable_counts().get(word)
        if found is not None:
            return found
    return len(_hyphenator(lang).positions(word)) + 1


def words(text: str) -> list[str]:
    """textstat's words of `text`: punctuation removed, split on blanks."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION.sub("", text)).split()


def sentences(text: str) -> int:
    """textstat's sentence count: runs ending in . ! or ?, ignoring those of two words or
    fewer; at least 1 for a non-empty text."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    return max(1, len(found) - sum(1 for s in found if len(words(s)) <= 2))


def prepare(text: str) -> str:
    """One sentence per line: close every non-empty line that lacks . ! or ?"""
    lines = (line.strip() for line in text.splitlines())
    return " ".join(line if _closed(line) else line + "." for line in lines if line)


def _closed(line: str) -> bool:
    """Whether . ! or ? follows the last letter or digit (in linear time, where a regex
    such as `[.!?]\\W*$` backtracks over every run of punctuation)."""
    last = _WORD.search(line[::-1])
    return any(c in ".!?" for c in (line[len(line) - last.start() :] if last else line))


def readability(text: str, lang: str) -> Score:
    """Score `text` in `lang` ("en": Flesch Reading Ease; "fr": Kandel & Moles)."""
    if lang not in FORMULAS:
        raise ValueError(f"no readability formula for language {lang!r} (have en, fr)")
    prepared = prepare(text)
    found = words(prepared)
    count, sentence_count = len(found), sentences(prepared)
    value = 0.0
    if count and sentence_count:
        table = syllable_counts() if lang == "en" else {}  # looked up here: most words
        syllable_count = 0
        for word in found:
            lower = word.lower()
            known = table.get(lower)
            syllable_count += known if known is not None else syllables(lower, lang)
        base, per_word, per_syllable = COEFFICIENTS[lang]
        if syllable_count:
            value = (
                base - per_word * (count / sentence_count) - per_syllable * (syllable_count / count)
            )
    return Score(value, FORMULAS[lang], sentence_count, count, lang)
