"""Property tests for the "Save to PDF" reader: damaged bytes of the sample PDFs, and
random text laid out by tests/pdf_builder.py. A profile or a clean InputError naming the
file, never another exception, a hang or a written file; every rule runs on the result."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.readers.pdf_profile import read_pdf_profile
from tests.cli_runner import FIXTURES
from tests.fuzz.common import (
    fuzz_settings,
    lint_profile,
    read_or_error,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import mutated
from tests.pdf_builder import Company, Member, Role, School, build_pdf
from tests.pdf_samples import astrid

pytestmark = pytest.mark.slow

SAMPLES = {p.name: p.read_bytes() for p in sorted((FIXTURES / "pdf").glob("*.pdf"))}
# fpdf2 reports characters its font lacks; that is the builder talking, not the reader.
logging.getLogger("fpdf").setLevel(logging.ERROR)


def check(data: bytes) -> None:
    with sandbox() as root:
        path = root / "Profile.pdf"
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            profile = read_or_error(str(path), read_pdf_profile, data)
            if profile is not None:
                lint_profile(profile)


@st.composite
def damaged_pdf(draw: st.DrawFn) -> bytes:
    data = SAMPLES[draw(st.sampled_from(sorted(SAMPLES)))]
    how = draw(st.sampled_from(["truncate", "mutate", "mutate-body"]))
    if how == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if how == "mutate-body":  # keep the header and the trailer, damage the objects
        head, tail = data[:200], data[-400:]
        return head + draw(mutated(data[200:-400], max_ops=6)) + tail
    return draw(mutated(data, max_ops=6))


@fuzz_settings(200)
@given(damaged_pdf())
def test_damaged_sample_pdfs(data: bytes) -> None:
    check(data)


@fuzz_settings(60)
@given(st.binary(max_size=400))
def test_any_bytes_after_a_pdf_header(data: bytes) -> None:
    check(b"%PDF-1.7\n" + data)


# Text the builder can lay out: printable Unicode (DejaVu draws most of it), line breaks.
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    max_size=50,
)
lines = st.lists(text, max_size=3)
dates = st.sampled_from(
    [
        "January 2020 - Present (5 years 6 months)",
        "janvier 2019 - décembre 2023 (5 ans)",
        "2017 - 2018 (1 year)",
        "March 2031 - January 2020",
        "Present",
        "",
    ]
) | text.filter(lambda s: s.strip() != "")
roles = st.builds(Role, title=text, dates=dates, location=st.none() | text, description=lines)
companies = st.builds(
    Company, name=text, roles=st.lists(roles, min_size=1, max_size=2), tenure=st.none() | text
)
members = st.builds(
    Member,
    name=text.filter(lambda s: s.strip() != ""),
    headline=text,
    location=text,
    lang=st.sampled_from(["en", "fr"]),
    contact=lines,
    top_skills=lines,
    languages=lines,
    certifications=lines,
    summary=lines,
    experience=st.lists(companies, max_size=2),
    education=st.lists(st.builds(School, name=text, detail=st.none() | text), max_size=2),
    title=st.sampled_from(["Resume", "Resume", "CV", ""]),
    author=st.sampled_from(["LinkedIn", "LinkedIn", "someone"]),
)


@fuzz_settings(50)
@given(members)
def test_random_profiles_laid_out_like_linkedin(member: Member) -> None:
    check(build_pdf(member))


def test_samples_themselves_read() -> None:
    """The mutations start from PDFs the reader understands."""
    for name, data in SAMPLES.items():
        profile = read_pdf_profile(name, data)
        assert profile.basics.get("name"), name
    assert read_pdf_profile("built.pdf", build_pdf(astrid())).basics["name"] == "Astrid Holm"
