"""The pasted-page reader, on realistic pastes (fixtures/pasted/) and small variations."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from profile_lint.cli import cli
from profile_lint.errors import InputError
from profile_lint.readers import detect_format, read_profile
from profile_lint.readers.pasted_clean import Counts, Line, is_noise, undouble
from profile_lint.readers.pasted_text import read_pasted_text
from tests.cli_runner import FIXTURES, run_cli

EN = FIXTURES / "pasted" / "hannah-whitfield-en.txt"
FR = FIXTURES / "pasted" / "lea-fontaine-fr.txt"


def read(text: str):
    return read_pasted_text("paste.txt", text.encode())


@pytest.fixture(scope="module")
def english():
    return read_pasted_text(str(EN), EN.read_bytes())


@pytest.fixture(scope="module")
def french():
    return read_pasted_text(str(FR), FR.read_bytes())


def test_english_top_card(english):
    basics = english.basics
    assert basics["name"] == "Hannah Whitfield"
    assert (
        english.headline == "Senior Product Manager at Brightwave | B2B SaaS pricing & onboarding"
    )
    assert basics["location"] == {
        "address": "Manchester, England, United Kingdom",
        "city": "Manchester",
        "region": "England",
    }
    assert english.linkedin.followers == 2418
    assert english.linkedin.connections == 500
    assert english.linkedin.photo is None  # a paste cannot tell


def test_english_about_is_once_without_noise(english):
    assert english.about.split("\n\n") == [
        "I turn messy customer problems into products people pay for. For eight years I have "
        "led B2B SaaS teams through discovery, pricing and onboarding work.",
        "Most recently I grew Brightwave's self-serve revenue from £1.2M to £4.8M ARR by "
        "rebuilding trial onboarding and packaging.",
        "Looking to swap notes on pricing? Message me or write to hannah.whitfield@example.com",
    ]


def test_english_experience(english):
    work = english.section("work")
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in work] == [
        ("Brightwave", "Senior Product Manager", "2023-01", None),
        ("Brightwave", "Product Manager", "2021-01", "2022-12"),
        ("Northpoint Analytics", "Associate Product Manager", "2018-09", "2020-12"),
        ("Kestrel Insurance", "Business Analyst Intern", "2017-06", "2017-08"),
    ]
    # a grouped company's place; "Hybrid" alone does not replace it
    assert work[0]["location"] == "Manchester, England, United Kingdom"
    assert work[2]["location"] == "Leeds, England, United Kingdom"  # "· On-site" dropped
    assert work[2]["employmentType"] == "Full-time"
    assert work[3]["employmentType"] == "Internship" and "summary" not in work[3]
    assert work[0]["summary"].splitlines() == [
        "Lead the self-serve squad (8 engineers, 2 designers) owning trial, checkout and "
        "packaging.",
        "• Grew self-serve ARR from £1.2M to £4.8M in two years",
        "• Cut time-to-first-value from 9 days to 2 with a guided setup",
    ]  # once, without "…see more" or the "Skills: ..." line
    assert work[1]["summary"].startswith("Launched the new onboarding checklist")


def test_english_other_sections(english):
    assert english.section("education") == [
        {
            "institution": "University of Leeds",
            "studyType": "BSc",
            "area": "Economics and Computer Science",
            "startDate": "2014",
            "endDate": "2018",
            "score": "First Class Honours",
        }
    ]
    assert english.section("certificates") == [
        {
            "name": "Certified Scrum Product Owner (CSPO)",
            "issuer": "Scrum Alliance",
            "date": "2020-03",
        }
    ]
    # endorsement lines and "where it was used" lines are not skills
    assert [s["name"] for s in english.section("skills")] == [
        "Product Strategy",
        "Pricing",
        "User Research",
    ]
    assert english.section("languages") == [
        {"language": "English", "fluency": "Native or bilingual proficiency"},
        {"language": "Spanish", "fluency": "Professional working proficiency"},
    ]
    [reference] = english.section("references")
    assert reference["name"] == "Tom Reed"
    assert reference["reference"].startswith("Hannah is the product manager engineers ask")


def test_english_known_sections_follow_show_all(english):
    # "Show all 23 skills" with 3 shown, "Show all 5 experiences" with 4 shown: not complete
    assert not english.knows("skills") and not english.knows("work")
    assert english.knows("basics") and english.knows("education")
    assert english.knows("languages") and english.knows("references")
    assert not english.knows("volunteer") and not english.knows("projects")
    assert {w.what for w in english.import_warnings} == {
        "work: the page showed only part of it",
        "skills: the page showed only some (open 'Show all')",
    }


def test_french_paste(french):
    assert french.basics["name"] == "Léa Fontaine"
    assert french.headline.startswith("Développeuse full-stack chez Panorama Santé")
    assert french.basics["location"]["city"] == "Nantes"
    assert french.linkedin.followers == 1087 and french.linkedin.connections == 500
    assert french.about.startswith("Je conçois des applications web rapides")
    assert "voir plus" not in french.about
    work = french.section("work")
    assert [(w["name"], w["position"], w.get("employmentType")) for w in work] == [
        ("Panorama Santé", "Développeuse full-stack", "CDI"),
        ("Atelier Numérique Ouest", "Développeuse web", "CDI"),
        ("Atelier Numérique Ouest", "Développeuse web en alternance", "Alternance"),
    ]
    assert [(w["startDate"], w.get("endDate")) for w in work] == [
        ("2021-03", None),
        ("2019-09", "2021-02"),
        ("2017-09", "2019-08"),
    ]
    assert work[0]["location"] == "Nantes, Pays de la Loire, France"
    assert work[1]["location"] == "Rennes, Bretagne, France"
    assert "Compétences :" not in work[0]["summary"]
    assert french.section("education")[0] == {
        "institution": "IMT Atlantique",
        "studyType": "Diplôme d’ingénieur",
        "area": "Informatique",
        "startDate": "2016",
        "endDate": "2019",
    }
    assert french.section("certificates") == [
        {"name": "Opquast – Qualité numérique", "issuer": "Opquast", "date": "2022-06"}
    ]
    assert [s["name"] for s in french.section("skills")] == [
        "TypeScript",
        "Node.js",
        "Accessibilité numérique",
        "React.js",
        "PostgreSQL",
    ]
    assert french.section("languages")[1] == {
        "language": "Anglais",
        "fluency": "Capacité professionnelle complète",
    }
    assert french.section("references") == []  # "n'a pas encore reçu de recommandation"
    # all 5 skills shown, no "Show all" on experience: complete
    assert french.knows("skills") and french.knows("work") and french.knows("references")
    assert french.import_warnings == []


PARTIAL = """Experience
Experience
Data Analyst
Data Analyst
Orbit Foods · Full-time
Orbit Foods · Full-time
Mar 2022 - Present · 3 yrs 5 mos
Mar 2022 - Present · 3 yrs 5 mos
Built the weekly sales dashboard used by 40 store managers.
"""


def test_paste_without_skills_or_top_card_knows_only_what_it_shows():
    profile = read(PARTIAL)
    assert profile.section("work")[0]["position"] == "Data Analyst"
    assert profile.known_sections == {"work"}
    assert not profile.knows("skills") and not profile.knows("basics")
    assert profile.section("skills") is None


def test_cli_skills_too_few_silent_on_a_paste_without_skills(tmp_path):
    path = tmp_path / "partial.txt"
    path.write_text(PARTIAL, encoding="utf-8")
    result = run_cli("profile", "--select", "skills-too-few,about-missing", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skills-too-few" not in result.stdout and "about-missing" not in result.stdout


def test_undouble_lines_and_blocks():
    lines = [Line(t) for t in ["A", "A", "B", "C", "B", "C", "D"]]
    assert [line.text for line in undouble(lines)] == ["A", "B", "C", "D"]


@pytest.mark.parametrize(
    "text",
    [
        "…see more", "… voir plus", "Show all 23 skills", "Afficher les 23 compétences",
        "Endorsed by Tom Reed and 14 others who are highly skilled at this",
        "Validé par Hugo Leroy et 9 autres personnes", "12 endorsements", "500+ connections",
        "1,234 followers", "1 087 abonnés", "Message", "More", "Follow", "Open to",
        "Contact info", "Coordonnées", "· 2nd", "She/Her",
    ],
)  # fmt: skip
def test_noise(text):
    assert is_noise(text, Counts())


def test_noise_counts():
    counts = Counts()
    for text in ("1,234 followers", "500+ connections", "Show all 23 skills"):
        is_noise(text, counts)
    assert (counts.followers, counts.connections, counts.show_all) == (1234, 500, {"skills": 23})
    assert not is_noise("Product Strategy", counts)


@pytest.mark.parametrize(
    "text, message",
    [
        ("\n  \n", "the pasted text is empty"),
        ("Message\nMore\nFollow\n", "no LinkedIn profile sections found"),
        ("Dear team,\nthe meeting moves to Friday.\n", "no LinkedIn profile sections found"),
    ],
)
def test_not_a_profile_paste(text, message):
    with pytest.raises(InputError) as error:
        read(text)
    assert message in str(error.value)
    assert str(error.value).startswith("paste.txt: ")


def test_suffix_and_forced_format(tmp_path):
    assert detect_format("profile.TXT") == "text"
    copy = tmp_path / "paste.md"
    copy.write_bytes(FR.read_bytes())
    assert read_profile(str(copy), "text").basics["name"] == "Léa Fontaine"


@pytest.mark.parametrize("fixture", [EN, FR])
def test_cli_parse(fixture):
    result = run_cli("parse", str(fixture.relative_to(FIXTURES.parent)))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["basics"]["name"] in {"Hannah Whitfield", "Léa Fontaine"}
    assert len(data["work"]) >= 3 and data["linkedin"]["followers"] > 1000


def test_cli_empty_paste_exit_2(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    result = run_cli("parse", str(path))
    assert result.returncode == 2 and "empty" in result.stderr
    assert "Traceback" not in result.stderr


CUT_PAGE = """Skip to main content
Jane Roe
She/Her
Senior iOS Engineer at Medly | Swift, SwiftUI
London, England, United Kingdom · Contact info
500+ connections

About
I build patient apps that people trust with their health data. I care about calm releases.
• Cold start time cut from 3.8s to 1.1s on an iPhone 11…see more

Experience
Senior iOS Engineer
Medly · Full-time
Jan 2022 - Present · 4 yrs 11 mos
Lead the patient app team…voir plus
Swift, SwiftUI and +4 skills
"""


def test_a_text_cut_at_see_more_is_marked_and_its_mark_dropped():
    profile = read(CUT_PAGE)
    assert profile.basics["summary"].endswith("on an iPhone 11")
    assert profile.resume["work"][0]["summary"] == "Lead the patient app team"  # no skills line
    assert profile.cut == {"basics.summary", "work[0].summary"}
    assert not profile.whole("basics.summary") and profile.whole("work[1].summary")
    assert sum("cut at 'see more'" in w.what for w in profile.import_warnings) == 2


def test_rules_judging_a_texts_end_or_length_are_silent_on_a_cut_text(tmp_path):
    def findings(text: str, select: str) -> list[dict]:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        args = ["profile", str(path), "--format", "json", "--no-cache", "--select", select]
        result = CliRunner().invoke(cli, [*args, "--fail-on", "never"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["results"][0]["findings"]

    silent = "about-no-call-to-action,about-too-short,experience-thin-description"
    assert findings(CUT_PAGE, silent + ",experience-no-metrics") == []
    whole = CUT_PAGE.replace("…see more", "\n…see more").replace("…voir plus", ".\n…voir plus")
    names = {f["name"] for f in findings(whole, silent)}
    assert names == {"about-no-call-to-action", "about-too-short", "experience-thin-description"}


def test_a_cut_text_is_another_input_for_the_cache():
    from profile_lint.cache import content_of

    cut = read(CUT_PAGE)
    whole = read(CUT_PAGE.replace("…see more", "").replace("…voir plus", ""))
    assert cut.resume == whole.resume and cut.cut and not whole.cut
    assert content_of(cut) != content_of(whole)
