"""Is a term in some texts, in any form? A small matcher for `--target`.

Interim: issue 13 brings the shared matcher (`profile_lint.terms.Terms`: lemmas,
word families, acronyms); this module has the same interface, `Terms(texts).find(term)`
giving the index of the text it is in, so that `profile_lint.target` can switch to it by
changing one import. Here a word matches through its folded form and a light stem
(plurals, -ing, -ed, -ment, French -s, -e, -ement), a hyphen or a space between parts
does not matter (PCI DSS, PCI-DSS, PCIDSS), an acronym of three letters or more matches
the words it stands for (ARR, annual recurring revenue) and the other way round, and,
loosely, a term of several words is there when half of its words are.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from profile_lint.lexicon import fold
from profile_lint.text import LEXICONS, SUPPORTED_LANGUAGES

_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*[+#]*")
_SUFFIXES = (
    "ements",
    "ement",
    "ments",
    "ment",
    "aires",
    "aire",
    "ings",
    "ing",
    "ies",
    "ed",
    "es",
    "s",
    "e",
    "x",
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


def stem(word: str) -> str:
    """A word's light stem: folded, without an inflection or a common derivation ending."""
    word = fold(word)
    for _ in range(2):  # chargées -> chargee -> charge... until both forms meet
        for suffix in _SUFFIXES:
            shortest = 3 if suffix == "s" else 4  # KPIs, SQLs: an acronym's plural
            if suffix == "s" and word.endswith("ss"):
                continue  # process, business: no plural here
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def _words(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text)]


class Terms:
    """The words of some texts, to ask whether a term is in them and in which."""

    def __init__(self, texts: Iterable[str]):
        self.texts = list(texts)
        self._stems: list[list[str]] = []
        self._compact: list[set[str]] = []
        self._initials: list[set[str]] = []
        for text in self.texts:
            words = [w for w in _words(text) if fold(w) not in _glue()]
            stems = [stem(p) for w in words for p in _parts(w)]
            self._stems.append(stems)
            folded = [fold(w) for w in words]
            compact = {"".join(re.split(r"[-‐]", w)) for w in folded}
            compact |= {a + b for a, b in itertools.pairwise(folded)}
            self._compact.append(compact)
            # acronyms the words make (annual recurring revenue: arr), and the words
            # themselves (an acronym written in the text: NRR)
            initials = {
                "".join(w[0] for w in folded[i : i + n])
                for n in (3, 4, 5)
                for i in range(len(folded) - n + 1)
            }
            self._initials.append(initials | set(folded))

    def find(self, term: str, loose: bool = True) -> TermMatch | None:
        words = [w for w in _words(term) if fold(w) not in _glue()]
        if not words:
            return None
        wanted = [stem(p) for w in words for p in _parts(w)]
        compact = "".join(fold(p) for w in words for p in _parts(w))
        initials = "".join(fold(w)[0] for w in words) if len(words) >= 3 else ""
        acronym = (
            fold(words[0]) if len(words) == 1 and words[0].isupper() and len(words[0]) >= 3 else ""
        )
        for index, stems in enumerate(self._stems):
            if _contains(stems, wanted) or compact in self._compact[index]:
                return TermMatch(index, "phrase")
            known = self._initials[index]
            if (acronym and acronym in known) or (initials and initials in known):
                return TermMatch(index, "acronym")
        if loose and len(wanted) > 1:
            for index, stems in enumerate(self._stems):
                if 2 * sum(w in stems for w in set(wanted)) >= len(set(wanted)):
                    return TermMatch(index, "words")
        return None

    def __contains__(self, term: str) -> bool:
        return self.find(term) is not None


def _parts(word: str) -> list[str]:
    return [p for p in re.split(r"[-‐]", word) if p] or [word]


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))
