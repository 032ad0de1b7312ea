"""Text analysis handed to rules: the language of a text and its spaCy Doc, built once.

spaCy is imported only when a rule asks for a Doc, so `--version`, `rules` and `schema`
never pay for it. The default pipeline is spaCy's blank pipeline for the language with a
sentencizer, which needs no download; a trained pipeline is used only when configured.

Hostile text is bounded here, once, for every rule: see `analysed`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, cached_property
from importlib import resources
from typing import TYPE_CHECKING, Any

from profile_lint.lexicon import Lexicon, add_fold_component, fold, phrase_matcher

# The languages profile-lint reads: those whose lexicon folder (rules/lexicons/<lang>/)
# holds the stop words language detection counts. Adding one is adding data.
LEXICONS = resources.files("profile_lint").joinpath("rules", "lexicons")
SUPPORTED_LANGUAGES = tuple(
    sorted(d.name for d in LEXICONS.iterdir() if d.joinpath("stopwords.txt").is_file())
)

if TYPE_CHECKING:
    from profile_lint.readability import Score

_LETTERS = re.compile(r"[^\W\d_]+")


def _lines(lang: str, name: str) -> list[str]:
    path = LEXICONS.joinpath(lang, name)
    if not path.is_file():
        return []
    found = (raw.split("#", 1)[0].strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return [line for line in found if line]


@cache
def _detection() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern[str]]]:
    """Each language's stop words, and a pattern of the letters typical of it."""
    stop = {lang: frozenset(_lines(lang, "stopwords.txt")) for lang in SUPPORTED_LANGUAGES}
    letters = {
        lang: re.compile(f"[{re.escape(''.join(chars))}]", re.IGNORECASE)
        for lang in SUPPORTED_LANGUAGES
        if (chars := _lines(lang, "letters.txt"))
    }
    return stop, letters


# What text analysis reads of a text: its first MAX_ANALYSED characters (over three times
# LinkedIn's longest text, a 3,000-character post; spaCy refuses a million), with no
# stretch without a space longer than MAX_STRETCH. spaCy's tokenizer peels punctuation off
# a token one character at a time: 4,000 characters of "=", "$", "_", "!?" or "'s" take
# 2 to 5 s, 30,000 take minutes. Such a stretch gets a space every MAX_STRETCH characters.
MAX_ANALYSED = 10_000
MAX_STRETCH = 100
# Beyond these, an input is not a LinkedIn text and is refused (rules read every line of a
# text, and a 90,000-line description takes seconds): one text, and a profile's texts in all.
MAX_TEXT = 100_000
MAX_PROFILE_TEXT = 500_000
_STRETCH = re.compile(rf"\S{{{MAX_STRETCH + 1},}}")


def analysed(text: str) -> str:
    """The copy of `text` handed to spaCy (see MAX_ANALYSED): cut, and long stretches
    broken with spaces, without moving anything: every offset points into `text`."""
    return _STRETCH.sub(_broken, text[:MAX_ANALYSED])


def _broken(match: re.Match[str]) -> str:
    chars = list(match.group())
    chars[MAX_STRETCH :: MAX_STRETCH + 1] = " " * len(chars[MAX_STRETCH :: MAX_STRETCH + 1])
    return "".join(chars)


def detect_language(text: str, default: str = "en") -> str:
    """Guess the language of `text` from stop words and letters (half a vote each) of each
    supported language; `default` when the text can't tell (no single best)."""
    stopwords, letters = _detection()
    # The words' parts between apostrophes ("l'équipe": l, équipe) are the runs of letters.
    text = text[:MAX_ANALYSED]
    runs = Counter(_LETTERS.findall(text.lower()))
    scores = {lang: 0.0 for lang in SUPPORTED_LANGUAGES}
    for part, count in runs.items():
        for lang, stop in stopwords.items():
            if part in stop:
                scores[lang] += count
    for lang, pattern in letters.items():
        scores[lang] += 0.5 * len(pattern.findall(text))
    best = max(scores.values(), default=0.0)
    top = [lang for lang, score in scores.items() if score == best]
    return top[0] if len(top) == 1 else default


class Analyzer:
    """Builds and caches the analysis of each text; one per lint run.

    `models` maps a language to a trained spaCy pipeline name the user configured.
    """

    def __init__(self, language: str | None = None, models: Mapping[str, str] | None = None):
        self.language = language
        self.models = dict(models or {})
        self._nlp: dict[str, Any] = {}
        self._matchers: dict[tuple[Lexicon, str], Any] = {}
        self._views: dict[tuple[str, str], TextView] = {}
        self._detected: dict[str, str] = {}  # each text's language, when not stated
        self._keys: dict[tuple[Lexicon, str], tuple[str, ...]] = {}
        # Documents' languages found before they are linted (engine.text_language), by
        # id(), each with its document (so the id is not reused); dropped when linted.
        self.languages: dict[int, tuple[Any, str]] = {}

    def view(self, text: str, lang: str | None = None) -> TextView:
        """`text` analysed in `lang`, else in the language stated for the run, else in
        its own; one view (one Doc) per text and language."""
        lang = lang or self.language or self._detected.get(text)
        if lang is None:
            lang = self._detected[text] = detect_language(text)
        found = self._views.get((text, lang))
        if found is None:
            found = self._views[(text, lang)] = TextView(text, lang, self)
        return found

    def detected(self, text: str, lang: str) -> None:
        """`text` was found to be in `lang` before (a draft's, by engine.text_language):
        `view` does not detect it again."""
        self._detected[text] = lang

    def nlp(self, lang: str) -> Any:
        """The spaCy pipeline for `lang`, loaded on first use."""
        if lang not in self._nlp:
            self._nlp[lang] = load_pipeline(lang, self.models.get(lang))
        return self._nlp[lang]

    def matcher(self, lexicon: Lexicon, lang: str) -> Any:
        key = (lexicon, lang)
        if key not in self._matchers:
            self._matchers[key] = phrase_matcher(self.nlp(lang), lexicon, lang)
        return self._matchers[key]

    def could_match(self, lexicon: Lexicon, view: TextView) -> bool:
        """False when no phrase of `lexicon` can occur in `view`'s text, told without a
        Doc: a match is a run of tokens whose folded texts are the phrase's, so the
        phrase folded, without blanks, is then part of the text folded, without blanks
        (folding is done character by character). Always True for a configured
        pipeline: its own components may set the norms that phrases are matched on."""
        if view.lang in self.models:
            return True
        key = (lexicon, view.lang)
        if key not in self._keys:
            self._keys[key] = tuple({_squeezed(p) for p in lexicon.phrases(view.lang)})
        text = view.squeezed
        return any(phrase in text for phrase in self._keys[key])

    def forget(self) -> None:
        """Drop the analysed texts (keep the pipelines): a long run's memory stays flat."""
        self._views.clear()
        self._detected.clear()

    def prepare(self, views: Iterable[TextView]) -> None:
        """Build the Docs of many texts in batches with `nlp.pipe` (faster than one by one)."""
        pending: dict[str, list[TextView]] = {}
        for view in views:
            if "doc" not in view.__dict__:
                pending.setdefault(view.lang, []).append(view)
        for lang, group in pending.items():
            nlp = self.nlp(lang)
            docs = nlp.pipe(analysed(v.text) for v in group)
            for view, doc in zip(group, docs, strict=True):
                view.__dict__["doc"] = doc


def _squeezed(text: str) -> str:
    """`text` folded as tokens are for matching, without blanks; the final sigma as the
    other (the one letter whose lower case depends on what follows it)."""
    return "".join(fold(text).split()).replace("ς", "σ")


class ModelNotInstalled(Exception):
    """A configured spaCy pipeline is not installed (we never download one)."""


def load_pipeline(lang: str, model: str | None) -> Any:
    from profile_lint.spacy_lean import import_spacy

    spacy = import_spacy()  # without its command-line package
    if model:
        try:
            nlp = spacy.load(model)
            add_fold_component(nlp)
            return nlp
        except OSError as exc:
            raise ModelNotInstalled(
                f"spaCy pipeline {model!r} for {lang!r} is not installed; install its "
                f"package (python -m spacy download {model}) or remove it from spacy-models"
            ) from exc
    if lang == "fr":
        from profile_lint.spacy_fr import import_french

        import_french()  # the same tokenizer, 20 times faster to load
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    add_fold_component(nlp)
    return nlp


class TextView:
    """One text as rules see it: its language, and its spaCy Doc built on demand (of
    `analysed(text)`: the first MAX_ANALYSED characters; offsets are the text's own)."""

    def __init__(self, text: str, lang: str, analyzer: Analyzer):
        self.text = text
        self.lang = lang
        self._analyzer = analyzer

    @cached_property
    def doc(self) -> Any:
        return self._analyzer.nlp(self.lang)(analysed(self.text))

    @property
    def nlp(self) -> Any:
        return self._analyzer.nlp(self.lang)

    def find(self, lexicon: Lexicon) -> list[tuple[int, int, str]]:
        """Occurrences of `lexicon`'s phrases (for this text's language) as
        (start_char, end_char, matched text), longest match first where they overlap."""
        if "doc" not in self.__dict__ and not self._analyzer.could_match(lexicon, self):
            return []  # no Doc built for nothing
        matcher = self._analyzer.matcher(lexicon, self.lang)
        spans = matcher(self.doc, as_spans=True)
        from spacy.util import filter_spans

        return [(s.start_char, s.end_char, s.text) for s in sorted(filter_spans(spans))]

    @cached_property
    def squeezed(self) -> str:
        """The analysed text folded, without blanks (see Analyzer.could_match)."""
        return _squeezed(analysed(self.text))

    def readability(self) -> Score:
        """The readability of this text in its language (Flesch Reading Ease for English,
        Kandel & Moles for French), computed offline once; see profile_lint.readability."""
        if "_score" not in self.__dict__:
            from profile_lint.readability import readability

            self.__dict__["_score"] = readability(self.text[:MAX_ANALYSED], self.lang)
        score: Score = self.__dict__["_score"]
        return score

    def __len__(self) -> int:
        return len(self.text)
