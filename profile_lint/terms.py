"""Is a term in some texts, in any form? The one term matcher (skills, `--target`).

A word matches another when they share a key: the word's lemma in English or in French
(simplemma's dictionaries, MIT, offline inside its wheel: "recruiting" -> recruit,
"contrôleuse" -> contrôleur, "négocié" -> négocier), folded (case, accents), then cut to its
word family by a short list of derivation endings (recruit/recruiter, négociation/négocier,
budgétaire/budget). A hyphen or a space between parts does not matter (PCI DSS, PCI-DSS,
PCIDSS); an acronym of three letters or more matches the words it stands for (ARR, annual
recurring revenue) and the other way round; a term with a part in brackets is there when
either part is ("Extracorporeal Membrane Oxygenation (ECMO)", "Python (Programming
Language)"); a common short form is the word (Postgres, K8s: lexicons `term-aliases.txt`);
and, loosely, a term of several words is there when half of its words are, one of them
not a generic word ("Inventory Management" in a text about inventory, not "Business
Development" in one that says only "development").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import simplemma

from profile_lint.lexicon import fold
from profile_lint.text import LEXICONS, SUPPORTED_LANGUAGES

_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*[+#]*")
_BRACKETS = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*(.*)$")
# Inflection and derivation endings, longest first: what is left is the word family.
_REWRITES = (
    ("abilite", "abl"),
    ("ibilite", "ibl"),
    ("ability", "abl"),
    ("ibility", "ibl"),
    ("orat", ""),  # tutorat, doctorat: tuteur, docteur
)
_SUFFIXES = (
    "ations",
    "ation",
    "ements",
    "ement",
    "ments",
    "ment",
    "aires",
    "aire",
    "euses",
    "euse",
    "rices",
    "rice",
    "ings",
    "ing",
    "ists",
    "ist",
    "ship",
    "ites",
    "ite",
    "ial",
    "ate",
    "ions",
    "ion",
    "ies",
    "eurs",
    "eur",
    "ers",
    "er",
    "ors",
    "or",
    "ed",
    "es",
    "s",
    "e",
    "x",
    "y",
)
_SHORTEST = {
    "rice": 3,
    "rices": 3,
    "eur": 3,
    "eurs": 3,
    "s": 3,
    "er": 5,
    "ers": 5,
    "or": 5,
    "ors": 5,
    "ion": 5,
    "ions": 5,
    "y": 5,
}
# Words too general to show a term of several words on their own ("management").
_GENERIC_WORDS = (
    "management gestion administration skills competences services solutions development "
    "developpement planning strategy strategie business leadership operations operations"
)


@dataclass(frozen=True)
class TermMatch:
    """Where a term was found: the index of the text, and how."""

    text: int
    how: str


@cache
def _glue() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED_LANGUAGES:
        path = LEXICONS.joinpath(lang, "stopwords.txt")
        for raw in path.read_text(encoding="utf-8").splitlines():
            word = raw.split("#", 1)[0].strip()
            if word:
                words.add(fold(word))
    return frozenset(words)


@cache
def _generic() -> frozenset[str]:
    return frozenset(family(w) for w in _GENERIC_WORDS.split())


@cache
def _aliases() -> dict[str, str]:
    """Short forms of one word (postgres: postgresql), from the lexicons `term-aliases.txt`."""
    found: dict[str, str] = {}
    for lang in SUPPORTED_LANGUAGES:
        path = LEXICONS.joinpath(lang, "term-aliases.txt")
        for raw in path.read_text(encoding="utf-8").splitlines():
            short, _, word = raw.split("#", 1)[0].partition("=")
            if word.strip():
                found[fold(short.strip())] = fold(word.strip())
    return found


def family(word: str) -> str:
    """A folded word without an inflection or a common derivation ending."""
    word = fold(word)
    for end, new in _REWRITES:
        if word.endswith(end):
            return word[: -len(end)] + new
    for _ in range(2):  # chargées -> chargee -> charge... until both forms meet
        for suffix in _SUFFIXES:
            if suffix == "s" and word.endswith("ss"):
                continue  # process, business: no plural here
            shortest = _SHORTEST.get(suffix, 4)  # KPIs, SQLs: an acronym's plural
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


@cache
def keys(word: str) -> frozenset[str]:
    """The word families a word may belong to: its own, and its EN and FR lemmas'."""
    lower = _aliases().get(fold(word), word.lower())
    found = {family(lower)}
    if lower.isalpha():
        found |= {family(simplemma.lemmatize(lower, lang=lang)) for lang in ("en", "fr")}
    return frozenset(found)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=100_000)
def _word(word: str) -> tuple[str, tuple[frozenset[str], ...]] | None:
    """A word of a text as Terms keeps it: folded, and the keys of its parts (of the
    word as written: lemmas need their accents); None for a glue word ("the", "de")."""
    folded = fold(word)
    if folded in _glue():
        return None
    return folded, tuple(keys(p) for p in _parts(word))


def _parts(word: str) -> list[str]:
    if "-" not in word and "‐" not in word:
        return [word]
    return [p for p in re.split(r"[-‐]", word) if p] or [word]


def _alternatives(term: str) -> list[str]:
    """A term and, when it has a part in brackets, each part on its own."""
    found = _BRACKETS.match(term)
    if not found:
        return [term]
    outside = f"{found.group(1)} {found.group(3)}".strip()
    return [t for t in (term, outside, found.group(2)) if t.strip()]


class Terms:
    """The words of some texts, to ask whether a term is in them and in which."""

    def __init__(self, texts: Iterable[str]):
        self.texts = list(texts)
        self._keys: list[list[frozenset[str]]] = []
        self._known: list[set[str]] = []
        self._folded: list[list[str]] = []
        for text in self.texts:
            words = [found for w in _words(text) if (found := _word(w))]
            self._keys.append([k for _, parts in words for k in parts])
            self._known.append(set().union(*self._keys[-1]))
            self._folded.append([folded for folded, _ in words])

    @cached_property
    def _compact(self) -> list[set[str]]:
        """Each text's words without hyphens, and its pairs of words written as one."""
        out = []
        for folded in self._folded:
            compact = {w.replace("-", "").replace("‐", "") for w in folded}
            out.append(compact | {a + b for a, b in itertools.pairwise(folded)})
        return out

    def find(self, term: str, loose: bool = True) -> TermMatch | None:
        for alternative in _alternatives(term):
            found = self._find(alternative, loose)
            if found:
                return found
        return None

    def _find(self, term: str, loose: bool) -> TermMatch | None:
        words = [w for w in _words(term) if fold(w) not in _glue()]
        if not words:
            return None
        wanted = [keys(p) for w in words for p in _parts(w)]
        compact = "".join(fold(p) for w in words for p in _parts(w))
        initials = "".join(fold(w)[0] for w in words) if len(words) >= 3 else ""
        acronym = (
            fold(words[0]) if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3 else ""
        )
        for index, found in enumerate(self._keys):
            known = self._known[index]  # every word there somewhere, before looking for the run
            there = all(not k.isdisjoint(known) for k in wanted) and _contains(found, wanted)
            if there or compact in self._compact[index]:
                return TermMatch(index, "phrase")
            if any(self._abbreviates(a, index) for a in (acronym, initials) if a):
                return TermMatch(index, "acronym")
        if loose and len(wanted) > 1:
            specific = [k for k in wanted if not k & _generic()] or wanted
            for index, known_keys in enumerate(self._known):
                present = sum(bool(k & known_keys) for k in wanted)
                shown = any(k & known_keys for k in specific)
                if shown and 2 * present >= len(wanted):
                    return TermMatch(index, "words")
        return None

    def _abbreviates(self, acronym: str, index: int) -> bool:
        """Is `acronym` (folded) the initials of 3 to 5 words in a row of text `index`
        (annual recurring revenue: arr), or one of its words (an acronym written there)?"""
        folded = self._folded[index]
        if 3 <= len(acronym) <= 5 and acronym in "".join(w[0] for w in folded):
            return True
        return acronym in folded

    def __contains__(self, term: str) -> bool:
        return self.find(term) is not None


def _contains(haystack: list[frozenset[str]], needle: list[frozenset[str]]) -> bool:
    size = len(needle)
    first, rest = needle[0], needle[1:]
    return any(
        not found.isdisjoint(first)
        and all(haystack[i + j] & wanted for j, wanted in enumerate(rest, 1))
        for i, found in enumerate(haystack[: len(haystack) - size + 1])
    )
