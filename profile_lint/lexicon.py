"""Lexicons: lists of phrases kept as data, one file per language, matched with spaCy.

A lexicon file is `lexicons/<lang>/<name>.txt` inside a rules package (the built-in one is
`profile_lint.rules`): one phrase per line, `#` starts a comment. Matching is on
lower-cased, accent-folded tokens (`créatif` matches `creatif`; `’` matches `'`), so a
phrase matches whole tokens only ("expert" does not match inside "expertise").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

FOLD_COMPONENT = "profile_lint_fold"


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and dashes."""
    if text.isascii():  # nothing to unify or strip (most texts: this is 20 times faster)
        return text.lower()
    text = text.lower().replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Lexicon:
    """A named phrase list; the phrases for a language are read on first use."""

    name: str
    package: str = "profile_lint.rules"

    def phrases(self, lang: str) -> tuple[str, ...]:
        return _read(self.package, self.name, lang)


@cache
def _read(package: str, name: str, lang: str) -> tuple[str, ...]:
    path = resources.files(package).joinpath("lexicons", lang, f"{name}.txt")
    if not path.is_file():
        return ()
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


# Words repeat: each distinct word is folded once per string store (word id -> folded id).
# Keyed by id() of the store, holding the store itself so that id is never reused while
# its entry lives; only the few newest stores are kept.
_FOLDED: dict[int, tuple[Any, dict[int, int]]] = {}
_STORES_KEPT = 4


def _set_folded_norms(doc: Any) -> None:
    """token.norm_ = fold(token.text) for every token, through arrays (no Token objects)."""
    import numpy
    from spacy.attrs import NORM, ORTH

    strings = doc.vocab.strings
    entry = _FOLDED.get(id(strings))
    if entry is None or entry[0] is not strings:
        while len(_FOLDED) >= _STORES_KEPT:
            del _FOLDED[next(iter(_FOLDED))]
        entry = _FOLDED[id(strings)] = (strings, {})
    known = entry[1]
    if len(known) > 500_000:
        known.clear()
    norms = []
    for orth in doc.to_array(ORTH).tolist():
        norm = known.get(orth)
        if norm is None:
            norm = known[orth] = strings.add(fold(strings[orth]))
        norms.append(norm)
    if norms:
        doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))


def add_fold_component(nlp: Any) -> None:
    """Register (once) and add the pipe that stores folded text in each token's NORM."""
    from spacy.language import Language

    if not Language.has_factory(FOLD_COMPONENT):

        @Language.component(FOLD_COMPONENT)
        def _fold_norms(doc: Any) -> Any:
            _set_folded_norms(doc)
            return doc

    if FOLD_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(FOLD_COMPONENT, first=True)


def phrase_matcher(nlp: Any, lexicon: Lexicon, lang: str) -> Any:
    """A PhraseMatcher on folded tokens for the phrases of `lexicon` in `lang`."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    phrases = lexicon.phrases(lang)
    if phrases:
        # A phrase ending in an elision ("gestion d'") is cut as it is in a text ("d'un"):
        # tokenized with a letter after it, which is then left out.
        elided = [p.endswith(("'", "’")) for p in phrases]
        docs = nlp.pipe(p + "x" if cut else p for p, cut in zip(phrases, elided, strict=True))
        patterns = [d[:-1].as_doc() if cut else d for d, cut in zip(docs, elided, strict=True)]
        matcher.add(lexicon.name, patterns)
    return matcher
