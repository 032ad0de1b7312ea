"""Readability scores, fully offline: textstat's formulas, CMU syllables shipped with us.

`readability(text, lang)` gives a `Score`: Flesch Reading Ease for English, Kandel & Moles
for French (textstat's "fr" coefficients: 207 - 1.015 x words/sentence - 73.6 x
syllables/word). Line breaks count as sentence breaks (social text rarely ends its lines
with a full stop), so each non-empty line is closed with a period before scoring.

Why a seam: textstat 0.7.11+ counts English syllables with NLTK's CMU dictionary and
*downloads* it at first use (LookupError offline). We give textstat the same data instead:
`profile_lint/data/cmu-syllables.txt.gz` (the first pronunciation's syllable count of
every CMUdict word, BSD licence in `cmudict-LICENSE.txt`, built by
`scripts/build_cmu_syllables.py`). The one private seam is the `get_cmudict` name that
`textstat.backend.counts._count_syllables` looks up; it is replaced once, checked, and a
probe fails loudly (never a download) if a textstat release moves it. Everything else is
textstat's per-call-language backend API (no global `set_lang`, so no race).

Nothing here is imported or read until a rule asks for a score.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

TABLE = "cmu-syllables.txt.gz"
FORMULAS = {"en": "flesch-reading-ease", "fr": "kandel-moles"}
# The language string handed to textstat: English as textstat's default (en_US hyphenation
# for words CMUdict lacks), French as "fr" (Kandel & Moles coefficients, French hyphenation).
TEXTSTAT_LANG = {"en": "en_US", "fr": "fr"}
# Words CMUdict counts differently from the hyphenation fallback (3 syllables each in
# CMUdict, 1 each by hyphenation): proves the dictionary is the one in use.
PROBE, PROBE_SYLLABLES = "area idea video", 9

_WORD = re.compile(r"\w")
_lock = threading.Lock()
_installed = False


class SeamBroken(RuntimeError):
    """textstat no longer takes its CMU dictionary where profile_lint gives it."""


@dataclass(frozen=True)
class Score:
    """A readability score: its value, the formula, and what it was computed on."""

    value: float
    formula: str
    sentences: int
    words: int
    lang: str


class SyllableTable(Mapping[str, list[list[str]]]):
    """CMUdict in the shape textstat reads from NLTK (`word -> [pronunciation, ...]`).

    textstat counts the phones of the first pronunciation that end with a stress digit;
    we keep only that count, so a word maps to one pronunciation of that many vowels.
    """

    def __init__(self, counts: Mapping[str, int]):
        self._counts = counts

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["AH0"] * self._counts[word]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


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


def install() -> None:
    """Hand textstat the shipped dictionary (idempotent, thread-safe); check it took."""
    global _installed
    with _lock:
        if _installed:
            return
        from textstat.backend.counts import _count_syllables as seam
        from textstat.backend.utils import get_lang_root

        if not callable(getattr(seam, "get_cmudict", None)):
            raise SeamBroken("textstat.backend.counts._count_syllables.get_cmudict is gone")
        table = SyllableTable(syllable_counts())

        def get_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
            return table if get_lang_root(lang) == "en" else None

        seam.get_cmudict = get_cmudict
        got = seam.count_syllables(PROBE, TEXTSTAT_LANG["en"])
        if got != PROBE_SYLLABLES:
            raise SeamBroken(
                f"textstat counted {got} syllables in {PROBE!r}, CMUdict has "
                f"{PROBE_SYLLABLES}: it no longer uses the dictionary profile_lint gives it"
            )
        _installed = True


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
    install()
    from textstat.backend import counts, metrics

    prepared = prepare(text)
    value = metrics.flesch_reading_ease(prepared, TEXTSTAT_LANG[lang])
    return Score(
        value=value,
        formula=FORMULAS[lang],
        sentences=counts.count_sentences(prepared) if prepared else 0,
        words=counts.count_words(prepared),
        lang=lang,
    )
