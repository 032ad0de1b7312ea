"""Build PDFs laid out like LinkedIn's "Save to PDF" of a profile, for tests and fixtures.

Letter pages; a narrow left sidebar (Contact, Top Skills, Languages, Certifications, ...) and a
main column (name, headline, location, Summary, Experience, Education); `Page N of M` footers;
metadata Title `Resume`, Author `LinkedIn`. Sizes and spacings follow measurements published
from real exports: name the biggest, then section headings, company, title, body text; a
role's location sits closer under its dates than the description does. The people are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LEFT_X, LEFT_W = 17.6, 165.0
MAIN_X, MAIN_W = 219.6, 360.0
TOP, BOTTOM = 48.0, 735.0
GREY = (110, 110, 110)

HEADINGS = {
    "en": {
        "contact": "Contact", "skills": "Top Skills", "languages": "Languages",
        "certifications": "Certifications", "honors": "Honors-Awards",
        "publications": "Publications", "patents": "Patents", "projects": "Projects",
        "summary": "Summary", "experience": "Experience", "education": "Education",
        "page": "Page {n} of {m}",
    },
    "fr": {
        "contact": "Coordonnées", "skills": "Principales compétences", "languages": "Langues",
        "certifications": "Certifications", "honors": "Distinctions",
        "publications": "Publications", "patents": "Brevets", "projects": "Projets",
        "summary": "Résumé", "experience": "Expérience", "education": "Formation",
        "page": "Page {n} sur {m}",
    },
}  # fmt: skip


@dataclass
class Role:
    title: str
    dates: str  # as printed: "January 2020 - Present (5 years 6 months)"
    location: str | None = None
    description: list[str] = field(default_factory=list)  # paragraphs; "\n" starts a line


@dataclass
class Company:
    name: str
    roles: list[Role]
    tenure: str | None = None  # printed under the name when several roles are grouped


@dataclass
class School:
    name: str
    detail: str | None = None  # "Master of Science - MS, Computer Science · (2014 - 2016)"


@dataclass
class Member:
    name: str
    headline: str
    location: str
    lang: str = "en"
    contact: list[str] = field(default_factory=list)
    top_skills: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    honors: list[str] = field(default_factory=list)
    publications: list[str] = field(default_factory=list)
    patents: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    experience: list[Company] = field(default_factory=list)
    education: list[School] = field(default_factory=list)
    title: str = "Resume"
    author: str = "LinkedIn"


@dataclass
class _Op:
    page: int
    x: float
    y: float
    size: float
    text: str
    bold: bool = False
    grey: bool = False


class _Column:
    """Flows text down one column, turning pages at the bottom margin."""

    def __init__(self, pdf: FPDF, x: float, width: float, ops: list[_Op]):
        self.pdf, self.x, self.width, self.ops = pdf, x, width, ops
        self.page, self.y = 1, TOP

    def wrap(self, text: str, size: float, bold: bool = False) -> list[str]:
        self.pdf.set_font("DejaVu", "B" if bold else "", size)
        fits = self.pdf.get_string_width
        lines: list[str] = []
        for raw in text.split("\n"):
            line = ""
            for word in raw.split():
                while fits(word) > self.width:  # a long URL: break after / or -
                    cut = max(i for i in range(1, len(word)) if fits(word[:i]) <= self.width)
                    soft = max(word.rfind("/", 0, cut), word.rfind("-", 0, cut))
                    cut = soft + 1 if soft > 0 else cut
                    if line:
                        lines.append(line)
                        line = ""
                    lines.append(word[:cut])
                    word = word[cut:]
                candidate = f"{line} {word}".strip()
                if line and fits(candidate) > self.width:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        return [line for line in lines if line]

    def write(self, text: str, size: float, step: float, before: float = 0.0, **style: bool):
        for index, line in enumerate(self.wrap(text, size, style.get("bold", False))):
            self.y += before if index == 0 else step
            if self.y > BOTTOM:
                self.page, self.y = self.page + 1, TOP
            self.ops.append(_Op(self.page, self.x, self.y, size, line, **style))


def _layout(pdf: FPDF, member: Member) -> list[_Op]:
    words = HEADINGS[member.lang]
    ops: list[_Op] = []
    left = _Column(pdf, LEFT_X, LEFT_W, ops)
    left.y = TOP - 8
    sidebar = [
        ("contact", member.contact), ("skills", member.top_skills),
        ("languages", member.languages), ("certifications", member.certifications),
        ("honors", member.honors), ("publications", member.publications),
        ("patents", member.patents), ("projects", member.projects),
    ]  # fmt: skip
    for key, items in sidebar:
        if not items:
            continue
        left.write(words[key], 13, 16, before=34.8 if left.y > TOP else 8)
        for n, item in enumerate(items):
            # Measured on real exports: a wrapped item's lines sit 0.82x closer than items.
            left.write(item, 10.5, 14.4, before=19.5 if n == 0 else 17.6)

    main = _Column(pdf, MAIN_X, MAIN_W, ops)
    main.write(member.name, 26, 30, before=12, bold=True)
    main.write(member.headline, 12, 15.5, before=21)
    main.write(member.location, 12, 15.5, before=15.5, grey=True)
    if member.summary:
        main.write(words["summary"], 15.75, 18, before=38)
        for n, paragraph in enumerate(member.summary):
            main.write(paragraph, 12, 18, before=25 if n == 0 else 36)
    if member.experience:
        main.write(words["experience"], 15.75, 18, before=38)
        for n, company in enumerate(member.experience):
            main.write(company.name, 12, 18, before=25 if n == 0 else 38)
            if company.tenure:
                main.write(company.tenure, 10.5, 14, before=15, grey=True)
            for r, role in enumerate(company.roles):
                main.write(role.title, 11.5, 15, before=16 if r == 0 else 28)
                main.write(role.dates, 10.5, 14, before=14.5, grey=True)
                if role.location:
                    main.write(role.location, 10.5, 14, before=11.5, grey=True)
                for p, paragraph in enumerate(role.description):
                    main.write(paragraph, 10.5, 18, before=21 if p == 0 else 36)
    if member.education:
        main.write(words["education"], 15.75, 18, before=38)
        for n, school in enumerate(member.education):
            main.write(school.name, 12, 18, before=25 if n == 0 else 34)
            if school.detail:
                main.write(school.detail, 10.5, 14, before=17)
    return ops


def build_pdf(member: Member) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_title(member.title)
    pdf.set_author(member.author)
    from datetime import UTC, datetime

    pdf.set_creation_date(datetime(2025, 7, 1, tzinfo=UTC))
    ops = _layout(pdf, member)
    pages = max(op.page for op in ops)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_fill_color(243, 242, 239)
        pdf.rect(0, 0, LEFT_X + LEFT_W + 12, 792, style="F")
        for op in (op for op in ops if op.page == number):
            pdf.set_font("DejaVu", "B" if op.bold else "", op.size)
            pdf.set_text_color(*(GREY if op.grey else (0, 0, 0)))
            pdf.text(op.x, op.y, op.text)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(*GREY)
        footer = HEADINGS[member.lang]["page"].format(n=number, m=pages)
        pdf.text(MAIN_X + MAIN_W / 2 - 30, 770, footer)
    return bytes(pdf.output())
