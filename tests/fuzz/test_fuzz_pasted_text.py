"""Property tests for the pasted-page reader: random sequences of section headings,
interface noise, lines of the real-looking samples, dates and random text, doubled or not.
A profile or a clean InputError naming the file; every rule runs on the result."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from profile_lint.readers.pasted_text import HEADINGS, read_pasted_text
from tests.cli_runner import FIXTURES
from tests.fuzz.common import (
    fuzz_settings,
    lint_profile,
    read_or_error,
    sandbox,
    time_limit,
    unchanged,
)
from tests.fuzz.mutations import mutated, unicode_text

pytestmark = pytest.mark.slow

SAMPLE_LINES = sorted(
    {
        line
        for path in (FIXTURES / "pasted").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    }
)
SAMPLES = [p.read_bytes() for p in sorted((FIXTURES / "pasted").glob("*.txt"))]
HEADING_WORDS = sorted({name for names in HEADINGS.values() for name in names})
NOISE = [
    "Message", "More", "Connect", "· 2nd", "3rd+", "1er", "Contact info", "Coordonnées",
    "500+ connections", "2,418 followers", "1 234 abonnés", "Plus de 500 relations",
    "Show all 23 skills", "Show all 4 experiences", "Afficher les 12 compétences",
    "Show all 0 educations", "Show all 99999999999999999999 skills", "Endorsed by 3 colleagues",
    "12 endorsements", "Tom and 14 other mutual connections", "…see more", "Top skills",
    "Principales compétences", "Open to work", "People also viewed", "Accessibility",
    "She/Her", "Try Premium for £0", "12 profile views", "Show credential",
]  # fmt: skip
DATES = [
    "Jan 2020 - Present · 4 yrs 7 mos", "2019 - 2021", "Full-time · 4 yrs 7 mos",
    "janv. 2018 - aujourd’hui · 7 ans", "Mar 2031 - Jan 2020 · 1 mo", "2015 - 2014",
    "Feb 2024 - Feb 2024 · 1 mo", "Freelance", "CDI · 2 ans 3 mois", "Present",
    "Manchester, England, United Kingdom", "Paris, Île-de-France, France · Hybrid",
    "Issued Jan 2023", "Délivrée le janv. 2023 · Expire le 2020", "Credential ID 123",
    "Native or bilingual proficiency", "Bac +5", "Master's degree, Computer Science",
]  # fmt: skip

line = (
    st.sampled_from(HEADING_WORDS)
    | st.sampled_from(NOISE)
    | st.sampled_from(DATES)
    | st.sampled_from(SAMPLE_LINES)
    | st.sampled_from(SAMPLE_LINES)
    | unicode_text
    | st.just("")
)


@st.composite
def pasted(draw: st.DrawFn) -> str:
    out: list[str] = []
    for item in draw(st.lists(line, max_size=60)):
        out.append(item)
        if draw(st.integers(0, 2)) == 0:  # LinkedIn's screen-reader copy
            out.append(item)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(out)


def check(data: bytes) -> None:
    with sandbox() as root:
        path = root / "pasted.txt"
        path.write_bytes(data)
        with time_limit(), unchanged(root):
            profile = read_or_error(str(path), read_pasted_text, data)
            if profile is not None:
                lint_profile(profile)


@fuzz_settings(300)
@given(pasted())
def test_random_pages(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"))


@fuzz_settings(150)
@given(st.sampled_from(SAMPLES).flatmap(lambda data: mutated(data, max_ops=6)))
def test_damaged_sample_pages(data: bytes) -> None:
    check(data)


@fuzz_settings(60)
@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    check(data)
