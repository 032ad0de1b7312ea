"""Text analysis: language detection and lexicon matching across analyzers."""

from __future__ import annotations

import gc

import pytest

from profile_lint.lexicon import Lexicon, fold
from profile_lint.text import Analyzer, detect_language


def test_detect_language() -> None:
    assert detect_language("I help payroll teams close the month in two days.") == "en"
    assert detect_language("J'aide les équipes paie à clôturer le mois en deux jours.") == "fr"
    assert detect_language("Kafka, Python", default="fr") == "fr"


def test_fold() -> None:
    assert fold("Créatif’s – Élan") == "creatif's - elan"


@pytest.mark.slow  # over 3 s: the fast loop stays under a minute
def test_many_analyzers_one_after_another() -> None:
    """Folded norms are cached per string store; a new pipeline must never see another
    store's hashes (spaCy E018), even when Python reuses the id of a collected one."""
    for _ in range(12):
        analyzer = Analyzer("fr")
        view = analyzer.view("Il est passionné et dynamique. Elle aide les équipes.", "fr")
        assert [m[2] for m in view.find(Lexicon("buzzwords"))] == ["passionné", "dynamique"]
        assert [t.norm_ for t in view.doc][:3] == ["il", "est", "passionne"]
        del analyzer, view
        gc.collect()
