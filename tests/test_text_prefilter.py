"""TextView.find skips building a Doc when no phrase of the lexicon can occur in the text
(Analyzer.could_match): it must find exactly what the matcher finds on the Doc."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from profile_lint.lexicon import Lexicon
from profile_lint.text import LEXICONS, Analyzer

ROOT = Path(__file__).resolve().parent.parent
NAMES = sorted({p.name.removesuffix(".txt") for d in LEXICONS.iterdir() for p in d.iterdir()})
TRICKY = [
    "Responsible for\u00a0the team; RESPONSIBLE  FOR budgets",
    "Head-of Sales · ΔΙΕΥΘΥΝΤΉΣ · Directeur\u2019s office · l’équipe · ﬁnance",
    "Message me here:" + "=" * 300 + " or contactez-moi",
]


def texts() -> list[str]:
    found = list(TRICKY)
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.md")):
        found.append(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "fixtures" / "profiles").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(data.get("basics", {}).get("summary") or "")
        for work in data.get("work", []):
            found += [work.get("position") or "", *work.get("highlights", [])]
    return [t for t in found if t]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_prefilter_finds_what_the_doc_finds(lang: str) -> None:
    lexicons = [Lexicon(name) for name in NAMES if name != "stopwords"]
    analyzer, skipping = Analyzer(), Analyzer()
    for text in texts():
        skipping.forget()
        skipped = skipping.view(text, lang)  # a Doc only if a phrase may occur
        built = analyzer.view(text, lang)
        assert built.doc is not None
        for lexicon in lexicons:
            assert skipped.find(lexicon) == built.find(lexicon), (lexicon.name, text[:60])


def test_no_doc_when_nothing_can_match() -> None:
    view = Analyzer().view("Grew revenue by 30% in 2023.", "en")
    assert view.find(Lexicon("duty-phrases")) == []
    assert "doc" not in view.__dict__
    assert Analyzer().view("Responsible for payroll.", "en").find(Lexicon("duty-phrases"))
