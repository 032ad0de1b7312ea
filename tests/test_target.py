"""Aim a profile at a job (--target): the ad's key terms, where the profile has them, in
any form, and what it lacks. Realistic ads in English and French (fixtures/jobs) against
the fixture profiles, annotated by reading both."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from profile_lint.jobad import extract
from profile_lint.lexicon import fold
from profile_lint.model import JobAd
from profile_lint.readers import read_profile
from profile_lint.schema import output_schema
from profile_lint.target import match_profile
from profile_lint.terms import Terms
from profile_lint.text import detect_language, load_pipeline
from tests.cli_runner import FIXTURES, run_cli

JOBS = FIXTURES / "jobs"

# (ad, profile): terms of the ad the profile has in some form, terms it lacks, and the
# range the match must fall in. Every term named here must be among the ad's key terms.
PAIRS = {
    ("data-engineer-en.md", "profiles/exemplary-en.json"): (
        ["Data Engineer", "dbt", "Kafka", "Airflow", "AWS", "Snowflake", "SQL", "Python",
         "Looker", "Terraform", "data modelling"],
        ["Kubernetes", "Docker", "BigQuery", "Redshift"],
        (50, 90),
    ),
    ("sales-manager-en.md", "profiles/weak-en.json"): (
        ["Regional Sales Manager", "account management", "business development"],
        ["HubSpot", "Salesforce", "tenders", "procurement", "packaging"],
        (15, 50),
    ),
    ("revops-analyst-en.md", "profiles/weak-en.json"): (
        [],
        ["Salesforce", "Tableau", "SQL", "GDPR", "deduplication"],
        (0, 40),
    ),
    ("controleur-gestion-fr.md", "profiles/exemplary-fr.json"): (
        ["SAP", "Power BI", "contrôle de gestion", "prévisions de trésorerie", "coûts de revient",
         "clôtures mensuelles", "SQL", "processus budgétaire", "tableaux de bord de production"],
        ["normes IFRS", "consolidation", "TRS", "rebuts"],
        (40, 80),
    ),
    ("developpeur-fullstack-fr.md", "pasted/lea-fontaine-fr.txt"): (
        ["Node.js", "React", "accessibilité numérique", "PostgreSQL", "RGAA", "Anglais technique"],
        ["NestJS", "Playwright", "Jest", "HDS"],
        (40, 85),
    ),
    ("charge-recrutement-fr.md", "profiles/weak-fr.json"): (
        [],
        ["DevOps", "ESN", "Java", "cooptation", "ATS", "jobboards"],
        (0, 40),
    ),
}  # fmt: skip


@cache
def ad(name: str) -> JobAd:
    text = (JOBS / name).read_text(encoding="utf-8")
    lang = detect_language(text)
    return extract(text, lang, load_pipeline(lang, None), name)  # as a run loads it


def _terms(job: JobAd) -> dict[str, str]:
    return {fold(t.text): t.text for t in job.terms}


@pytest.mark.parametrize(("job", "profile"), sorted(PAIRS))
def test_terms_found_and_lacking(job: str, profile: str) -> None:
    has, lacks, (low, high) = PAIRS[(job, profile)]
    found = match_profile(read_profile(str(FIXTURES / profile)), ad(job))
    terms = _terms(ad(job))
    present = {fold(t.text) for t, _ in found.present}
    missing = {fold(t.text) for t in found.missing}
    for term in has:
        assert fold(term) in terms, f"{term!r} is not among the key terms: {list(terms.values())}"
        assert fold(term) in present, f"{term!r} is in the profile, reported missing"
    for term in lacks:
        assert fold(term) in terms, f"{term!r} is not among the key terms: {list(terms.values())}"
        assert fold(term) in missing, f"{term!r} is not in the profile, reported present"
    assert low <= found.match <= high, found.match


NOT_TERMS = {
    # the employer, the place, the pay, the perks, the ad's own words, buzzwords
    "revops-analyst-en.md": ["Northwind Logistics", "Manchester", "Europe", "bonus", "holiday",
                             "pension", "communication skills", "experience", "years", "role"],
    "data-engineer-en.md": ["Brightbasket", "Leeds", "bonus", "team player", "communication skills",
                            "households", "pension", "experience"],
    "sales-manager-en.md": ["Hartwell Packaging", "Birmingham", "commission", "company car",
                            "track record", "Midlands"],
    "charge-recrutement-fr.md": ["Talentis", "Lyon", "télétravail", "tickets restaurant",
                                 "mutuelle", "vos missions", "profil recherché", "CDI", "rigueur",
                                 "autonomie"],
    "controleur-gestion-fr.md": ["Métallerie Bressane", "Bourg-en-Bresse", "intéressement", "RTT",
                                 "CDI", "vos missions", "rigueur"],
    "developpeur-fullstack-fr.md": ["Soignea", "Nantes", "matériel", "2 000 infirmiers"],
}  # fmt: skip


@pytest.mark.parametrize("job", sorted(NOT_TERMS))
def test_the_employer_place_pay_and_boilerplate_are_not_key_terms(job: str) -> None:
    terms = _terms(ad(job))
    assert 10 <= len(terms) <= 25, list(terms.values())
    for word in NOT_TERMS[job]:
        assert not any(fold(word) in key for key in terms), (word, list(terms.values()))
    title = ad(job).terms[0]
    assert title.kind == "title" and title.weight == 1.0
    assert all(0 < t.weight <= 1 for t in ad(job).terms)


@pytest.mark.parametrize("job", sorted(NOT_TERMS))
def test_a_term_the_profile_has_in_any_form_is_never_missing(job: str) -> None:
    """Every key term, written in the About in another form (lower case, plural, hyphen
    or space, an acronym's words), is found."""
    for term in ad(job).terms:
        text = term.text
        forms = {text.lower(), text.replace("-", " "), text.replace(" ", "-")}
        if text.islower() and len(text) > 3 and not text.endswith("s"):  # not dbt, AWS, NestJS
            forms.add(text + ("es" if text.endswith(("s", "x", "sh", "ch")) else "s"))
        for form in forms:
            profile = read_profile(str(FIXTURES / "profiles" / "weak-en.json"))
            profile.resume["basics"] = {"summary": f"Lately: {form}, and more."}
            found = match_profile(profile, JobAd(job, "en", (term,)))
            assert found.present and not found.missing, (term.text, form)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("forecasting", "I rebuilt the forecast"),
        ("forecast", "Forecasting is what I do"),
        ("PCI DSS", "PCI-DSS audits"),
        ("PCI-DSS", "pcidss"),
        ("ARR", "grew annual recurring revenue by 30%"),
        ("net revenue retention", "NRR up 8 points"),
        ("contrôle de gestion", "Contrôleuse de gestion"),
        ("processus budgétaire", "je construis les budgets"),
        ("Chargé de recrutement", "Chargée de recrutement"),
        ("dashboards", "a dashboard"),
    ],
)
def test_forms_of_a_word(term: str, text: str) -> None:
    assert term in Terms([text])


@pytest.mark.parametrize(
    ("term", "text"), [("Kubernetes", "Kafka"), ("GDPR", "good data practice"), ("SQL", "sequel")]
)
def test_other_words_are_not_matches(term: str, text: str) -> None:
    assert term not in Terms([text])


@pytest.mark.slow
def test_cli_json_text_and_rule(tmp_path: Path) -> None:
    job = str(JOBS / "data-engineer-en.md")
    profile = str(FIXTURES / "profiles" / "exemplary-en.json")
    only = ("--select", "PR031,PR001,PR021")  # the rule, and some that need no text analysis
    data = json.loads(
        run_cli("profile", profile, "--target", job, "--format", "json", *only).stdout
    )
    jsonschema.validate(data, output_schema())
    target = data["results"][0]["target"]
    assert target["path"] == job and 0 <= target["match"] <= 100
    assert {"term": "Airflow", "where": ["about", "skills", "experience"]} in target["present"]
    assert target["missing"][0]["weight"] >= target["missing"][-1]["weight"]
    rule = [f for f in data["results"][0]["findings"] if f["name"] == "target-keyword-missing"]
    kinds = {m["term"]: m["kind"] for m in target["missing"]}
    where = {"title": "basics.label", "tool": "skills", "skill": "work"}
    assert 1 <= len(rule) <= 5 and all(f["line"] for f in rule)
    for f in rule:
        term = f["message"].split("“", 1)[1].split("”", 1)[0]
        assert f["location"] == where[kinds[term]], f
    assert f"The job ad asks for “{target['missing'][0]['term']}” (one of its key terms)" in {
        f["message"].split(";")[0] for f in rule
    }
    text = run_cli("profile", profile, "--target", job, *only).stdout
    assert f"job match with {job}: {target['match']}% of its key terms by weight" in text
    without = json.loads(run_cli("profile", profile, "--format", "json", *only).stdout)
    assert "target" not in without["results"][0]
    assert without["results"][0]["score"] == data["results"][0]["score"]  # no points


@pytest.mark.slow
def test_cli_french_job_ad_from_standard_input_and_score_and_report(tmp_path: Path) -> None:
    ad_text = (JOBS / "controleur-gestion-fr.md").read_text(encoding="utf-8")
    profile = str(FIXTURES / "profiles" / "exemplary-fr.json")
    only = ("--select", "PR031,PR001")  # the rule, and one that needs no text analysis
    score = run_cli("score", profile, "--target", "-", "--format", "json", *only, stdin=ad_text)
    (result,) = json.loads(score.stdout)["results"]
    assert result["target"]["path"] == "-" and result["target"]["match"] >= 40
    text = run_cli("score", profile, "--target", "-", *only, stdin=ad_text).stdout
    assert "adéquation avec -" in text and "absents du profil" in text
    report = tmp_path / "r.html"
    run_cli("report", profile, "--target", "-", "-o", str(report), *only, stdin=ad_text)
    html = report.read_text(encoding="utf-8")
    assert "Pour ce poste" in html and "IFRS" in html
    both = run_cli("profile", "-", "--target", "-", *only, stdin=ad_text)
    assert both.returncode == 2 and "standard input" in both.stderr
    empty = tmp_path / "empty.md"
    empty.write_text("# \n\n- \n")
    bad = run_cli("profile", profile, "--target", str(empty), *only)
    assert bad.returncode == 2 and "empty.md" in bad.stderr
