"""The fast French loader (profile_lint/spacy_fr.py) gives spaCy's own French tokenizer."""

from __future__ import annotations

import re
import sys

import pytest

from profile_lint.spacy_fr import factored, import_french, original
from profile_lint.text import load_pipeline
from tests.cli_runner import FIXTURES, REPO


def corpus(exceptions: object) -> list[str]:
    """French words and made-up hyphen/elision compounds built on every prefix spaCy lists."""
    words: set[str] = set()
    texts = [p.read_text(encoding="utf-8") for p in (FIXTURES / "posts").glob("*fr*.md")]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "rules").rglob("fr/*.txt")]
    texts += [
        p.read_text(encoding="utf-8") for p in (REPO / "tests" / "rules" / "cases").glob("*.yaml")
    ]
    for text in texts:
        words.update(text.split())
    for prefix in getattr(exceptions, "_hyphen_prefix", []):
        plain = re.sub(r"[\[\]?()|\\]", "", prefix)
        for word in (f"{plain}-truc", f"{plain.upper()}-Truc", f"{plain}'abc", f"{plain}-"):
            words.add(word)
    words.update(["saut-de-ski", "pet-en-l'air", "arc-en-ciel", "Burn-out", "hip-hop", "peut-être"])
    words.update(["aujourd'hui", "entr'abat", "Z'yeutez", "New-York", "ÉTATS-UNIS", "e-mail"])
    return sorted(words)


@pytest.mark.slow  # over 3 s: the fast loop stays under a minute
def test_factored_pattern_matches_what_spacy_would() -> None:
    import_french()
    exceptions = sys.modules["spacy.lang.fr.tokenizer_exceptions"]
    alternatives = exceptions._regular_exp  # type: ignore[attr-defined]
    fast = factored(alternatives)
    assert fast is not None
    assert exceptions.TOKEN_MATCH.__self__.pattern == fast  # type: ignore[attr-defined]
    slow = re.compile(original(alternatives))  # what spaCy compiles (seconds)
    fast_re = re.compile(fast)
    words = corpus(exceptions)
    assert len(words) > 1000
    assert [w for w in words if bool(fast_re.match(w)) != bool(slow.match(w))] == []
    assert sum(bool(slow.match(w)) for w in words) > 300  # the corpus exercises the pattern

    nlp = load_pipeline("fr", None)
    texts = [p.read_text(encoding="utf-8") for p in (FIXTURES / "posts").glob("*fr*.md")]
    texts.append(" ".join(words))
    ours = [[t.text for t in nlp.make_doc(text)] for text in texts]
    nlp.tokenizer.token_match = slow.match
    assert ours == [[t.text for t in nlp.make_doc(text)] for text in texts]


def test_unexpected_shapes_are_left_alone() -> None:
    assert factored(["^abc[" + "x" * 60 + "]$", "no-caret[" + "x" * 60 + "]"]) is None
    assert factored(["^short[ab]$"]) is None
