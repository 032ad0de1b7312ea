"""The pasted page's name and headline come from the top card's structure (the line with
"Contact info", the location above it, the headline and the name above that), never from
the menus, adverts and counters above it; when the card is not there, a warning, no guess."""

from __future__ import annotations

import pytest

from profile_lint.readers.pasted_text import read_pasted_text

SECTIONS = "\nAbout\nI run payroll for 1,200 people across three countries.\n"


def read(top: str):
    return read_pasted_text("paste.txt", (top + SECTIONS).encode())


@pytest.mark.parametrize(
    "top, name, headline",
    [
        (  # own view, English: accessibility links, counts, a Premium advert above the name
            "Skip to main content\nSkip to search\nKeyboard shortcuts\nClose jump menu\n"
            "Home\n7\n7 new notifications\nMe\nFor Business\nTry Premium for $0\n"
            "Dana Okafor\nShe/Her\nPayroll Lead | 1,200 people paid right\n"
            "Leeds, England, United Kingdom\nContact info\n500+ connections\n",
            "Dana Okafor",
            "Payroll Lead | 1,200 people paid right",
        ),
        (  # French visitor view: doubled name, a degree line, location and contact on one line
            "Passer au contenu principal\nAccéder à la recherche\nRaccourcis clavier\n"
            "Fermer le menu de navigation\n3\n3 nouvelles notifications\n"
            "Essayer Premium pour 0 EUR\nÉlodie Martin-Leclerc\nÉlodie Martin-Leclerc\n· 2e\n"
            "Responsable paie chez Aubade · 900 salariés\n"
            "Lille, Hauts-de-France, France · Coordonnées\n312 relations\nSe connecter\n",
            "Élodie Martin-Leclerc",
            "Responsable paie chez Aubade · 900 salariés",
        ),
        (  # a Premium advert in new wording and a count right above the name
            "Menu\nUnlock Premium features: 1 month free\n12\n"
            "Sean O’Brien (He/Him)\nSite Manager at Kerrigan Build\nCork, Ireland\n"
            "Contact info\n",
            "Sean O’Brien",
            "Site Manager at Kerrigan Build",
        ),
        (  # own view: the verification button below the name; degree and pronouns inline
            "Home\nMe\nTry Premium for £0\nPriya Nair She/Her · 2nd\nAdd verification badge\n"
            "Head of Risk, Calder Bank\nEdinburgh, Scotland, United Kingdom\nContact info\n",
            "Priya Nair",
            "Head of Risk, Calder Bank",
        ),
    ],
)
def test_top_card_from_its_structure(top, name, headline):
    profile = read(top)
    assert profile.basics["name"] == name
    assert profile.headline == headline
    assert not [w for w in profile.import_warnings if w.what.startswith("basics")]


def test_no_contact_line_warns_instead_of_guessing():
    profile = read("Skip to search\nKeyboard shortcuts\nDana Okafor\nPayroll Lead\n")
    assert "name" not in profile.basics and profile.headline is None
    assert [w.what for w in profile.import_warnings] == [
        "basics: no name or headline read (no 'Contact info' line found)"
    ]
    assert not profile.knows("basics")


def test_a_count_or_an_advert_is_never_the_name():
    # the name line is missing: what is above the headline is an advert, not a name
    profile = read("Home\nTry Premium for £0\nPayroll Lead\nLeeds, England\nContact info\n")
    assert "name" not in profile.basics
    assert profile.headline == "Payroll Lead"
    assert any(w.what.startswith("basics: no name read") for w in profile.import_warnings)
    profile = read("Home\n12 new notifications\n12\nPayroll Lead\nLeeds\nContact info\n")
    assert "name" not in profile.basics


def test_no_top_card_in_the_paste_is_unknown_without_a_warning():
    profile = read("")
    assert "name" not in profile.basics and profile.import_warnings == []
