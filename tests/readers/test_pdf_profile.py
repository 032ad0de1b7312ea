"""The "Save to PDF" reader, on PDFs laid out like LinkedIn's (tests/pdf_builder.py)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from profile_lint.errors import InputError
from profile_lint.readers import detect_format, read_profile
from profile_lint.readers.pdf_profile import read_pdf_profile
from tests.cli_runner import FIXTURES, run_cli
from tests.pdf_builder import Company, Role, build_pdf
from tests.pdf_samples import astrid, camille

SAMPLE = FIXTURES / "pdf" / "astrid-holm.pdf"
SAMPLE_FR = FIXTURES / "pdf" / "camille-rousseau-fr.pdf"


@pytest.fixture(scope="module")
def english():
    return read_pdf_profile("astrid.pdf", build_pdf(astrid()))


@pytest.fixture(scope="module")
def french():
    return read_pdf_profile("camille.pdf", build_pdf(camille()))


def test_builder_makes_a_linkedin_shaped_pdf():
    reader = PdfReader(io.BytesIO(build_pdf(astrid())))
    assert len(reader.pages) >= 2
    assert reader.metadata.title == "Resume" and reader.metadata.author == "LinkedIn"
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_fixtures_are_what_the_script_makes():
    assert SAMPLE.read_bytes() == build_pdf(astrid())
    assert SAMPLE_FR.read_bytes() == build_pdf(camille())


def test_header_and_contact(english):
    basics = english.basics
    assert basics["name"] == "Astrid Holm"
    assert english.headline == (
        "Senior Data Engineer at Nordlys Energy | Streaming pipelines, Python, Kafka"
    )
    assert basics["location"] == {
        "address": "Copenhagen, Capital Region of Denmark, Denmark",
        "city": "Copenhagen",
        "region": "Capital Region of Denmark",
    }
    assert basics["email"] == "astrid.holm@example.com"
    assert basics["url"] == "https://astridholm.example.dev"
    assert basics["profiles"] == [
        {
            "network": "LinkedIn",
            "username": "astrid-holm-4a1b2c",
            "url": "https://www.linkedin.com/in/astrid-holm-4a1b2c",
        }
    ]
    assert english.linkedin.public_url == "https://www.linkedin.com/in/astrid-holm-4a1b2c"


def test_summary_keeps_paragraphs_and_bullets(english):
    summary = english.about
    assert summary.startswith("I build data platforms that energy companies can trust at 3 a.m.")
    assert summary.split("\n\n")[1].splitlines() == [
        "What I bring:",
        "• Event streaming with Kafka and Flink, from schema design to on-call",
        "• Python and SQL that other people enjoy maintaining",
        "• Calm, written communication with operations and finance",
    ]
    assert summary.endswith("mentoring junior engineers: astrid.holm@example.com")


def test_experience_grouped_roles_dates_and_locations(english):
    work = english.section("work")
    assert [(w["name"], w["position"]) for w in work] == [
        ("Nordlys Energy", "Senior Data Engineer"),
        ("Nordlys Energy", "Data Engineer"),
        ("Havn Logistics", "Backend Developer"),
        ("Technical University of Denmark", "Teaching Assistant"),
    ]
    assert work[0]["startDate"] == "2022-01" and "endDate" not in work[0]
    assert (work[1]["startDate"], work[1]["endDate"]) == ("2019-03", "2021-12")
    assert (work[2]["startDate"], work[2]["endDate"]) == ("2016-08", "2019-02")
    assert work[0]["location"] == "Copenhagen, Capital Region of Denmark, Denmark"
    assert "location" not in work[2]  # this role has none: its text is not taken for one
    assert work[2]["summary"].startswith("Developed route-planning services")


def test_description_across_a_page_break(english):
    # "Data Engineer" starts at the bottom of page 1 and ends on page 2.
    assert english.section("work")[1]["summary"] == (
        "Built the first event pipeline for smart-meter readings and the billing data "
        "warehouse. Automated 120 manual reports, saving the finance team two days each month."
    )
    first = english.section("work")[0]["summary"]
    assert first.splitlines()[2] == (
        "• Cut end-to-end latency from 9 minutes to 40 seconds by moving batch jobs to streaming"
    )


def test_education(english):
    assert english.section("education") == [
        {
            "institution": "Technical University of Denmark",
            "studyType": "Master of Science - MS",
            "area": "Computer Science",
            "startDate": "2014",
            "endDate": "2016",
        },
        {
            "institution": "Aarhus University",
            "studyType": "Bachelor of Science - BS",
            "area": "Mathematics",
            "startDate": "2011",
            "endDate": "2014",
        },
    ]


def test_sidebar_sections_and_wrapped_entries(english):
    assert [s["name"] for s in english.section("skills")] == [
        "Apache Kafka",
        "Python (Programming Language)",
        "Data Modeling",
    ]
    assert english.section("languages") == [
        {"language": "Danish", "fluency": "Native or Bilingual"},
        {"language": "English", "fluency": "Full Professional"},
        {"language": "German", "fluency": "Elementary"},
    ]
    assert [c["name"] for c in english.section("certificates")] == [
        "Confluent Certified Developer for Apache Kafka",
        "Google Cloud Professional Data Engineer",
    ]
    assert english.section("awards") == [{"title": "Nordlys Engineering Award 2023"}]
    assert english.section("publications") == [
        {"name": "Exactly-once delivery in practice: lessons from a grid operator"}
    ]
    assert english.section("projects") == [{"name": "Open grid telemetry schema"}]


def test_known_sections_are_honest(english):
    assert not english.knows("skills")  # only the 3 top skills are in the PDF
    assert english.knows("work") and english.knows("education") and english.knows("basics")
    assert not english.knows("references") and not english.knows("volunteer")
    facts = english.linkedin
    assert facts.photo is None and facts.industry is None and facts.connections is None
    assert english.import_warnings == []
    assert english.source_format == "pdf"


def test_french_pdf(french):
    assert french.basics["name"] == "Camille Rousseau"
    assert french.headline.startswith("Responsable marketing digital chez Brioche & Co")
    assert french.basics["location"]["city"] == "Lyon"
    assert french.basics["phone"] == "+33 6 12 34 56 78"
    assert french.about.startswith("J’aide les marques de l’agroalimentaire")
    work = french.section("work")
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in work] == [
        ("Brioche & Co", "Responsable marketing digital", "2022-01", None),
        ("Brioche & Co", "Chargée de marketing digital", "2020-06", "2021-12"),
        ("Agence Pixel Nord", "Consultante SEO", "2017-09", "2020-05"),
    ]
    assert work[2]["location"] == "Lille, Hauts-de-France, France"
    assert french.section("education")[0] == {
        "institution": "IAE Lyon School of Management",
        "studyType": "Master",
        "area": "Marketing digital",
        "startDate": "2015",
        "endDate": "2017",
    }
    assert french.section("languages")[1] == {
        "language": "Anglais",
        "fluency": "Capacité professionnelle complète",
    }
    assert french.section("skills")[0]["name"] == "Référencement naturel (SEO)"
    assert french.section("certificates") == [{"name": "Google Analytics Individual Qualification"}]
    assert not french.knows("skills")


def test_french_aujourdhui_and_month_abbreviations():
    member = camille()
    member.experience = [
        Company("Brioche & Co", [Role("Responsable SEO", "févr. 2023 - aujourd’hui (2 ans)")]),
        Company("Agence Pixel Nord", [Role("Stagiaire", "juil. 2016 - déc. 2016 (6 mois)")]),
    ]
    work = read_pdf_profile("fr.pdf", build_pdf(member)).section("work")
    assert [(w["position"], w["startDate"], w.get("endDate")) for w in work] == [
        ("Responsable SEO", "2023-02", None),
        ("Stagiaire", "2016-07", "2016-12"),
    ]


def test_missing_metadata_but_linkedin_layout_is_read():
    member = replace(astrid(), title="", author="")
    profile = read_pdf_profile("renamed.pdf", build_pdf(member))
    assert profile.basics["name"] == "Astrid Holm"


def _plain_pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_title("Quarterly report")
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def test_a_pdf_that_is_not_a_linkedin_profile():
    with pytest.raises(InputError) as error:
        read_pdf_profile("report.pdf", _plain_pdf("Revenue grew 4% in Q3.\nCosts were flat."))
    assert str(error.value).startswith("report.pdf: not a LinkedIn profile PDF")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "cannot read the PDF"),
        (b"hello, not a pdf at all", "not a PDF file"),
    ],
)
def test_corrupt_pdf(data, message):
    with pytest.raises(InputError) as error:
        read_pdf_profile("broken.pdf", data)
    assert str(error.value).startswith("broken.pdf: ") and message in str(error.value)


def test_truncated_pdf():
    data = build_pdf(astrid())
    with pytest.raises(InputError) as error:
        read_pdf_profile("cut.pdf", data[: len(data) // 3])
    assert str(error.value).startswith("cut.pdf: ")


def test_encrypted_pdf():
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Private")
    with pytest.raises(InputError) as error:
        read_pdf_profile("locked.pdf", bytes(pdf.output()))
    assert "encrypted" in str(error.value)


def test_suffix_and_forced_format(tmp_path: Path):
    assert detect_format("Profile.PDF") == "pdf"
    copy = tmp_path / "profile.bin"
    copy.write_bytes(SAMPLE.read_bytes())
    assert read_profile(str(copy), "pdf").basics["name"] == "Astrid Holm"


@pytest.mark.parametrize("fixture", [SAMPLE, SAMPLE_FR])
def test_cli_parse_fixture(fixture):
    result = run_cli("parse", str(fixture.relative_to(FIXTURES.parent)))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["basics"]["name"] in {"Astrid Holm", "Camille Rousseau"}
    assert data["work"] and data["education"] and data["linkedin"]["headline"]


def test_cli_profile_skills_too_few_stays_silent():
    result = run_cli("profile", "--select", "skills-too-few", "--format", "json", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    assert "skills-too-few" not in result.stdout


def test_cli_bad_pdf_exit_2(tmp_path: Path):
    bad = tmp_path / "report.pdf"
    bad.write_bytes(_plain_pdf("Minutes of the meeting."))
    result = run_cli("parse", str(bad))
    assert result.returncode == 2
    assert "not a LinkedIn profile PDF" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
