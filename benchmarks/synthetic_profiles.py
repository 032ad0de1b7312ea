"""Realistic synthetic JSON Resume profiles for benchmarks: English and French, weak to
exemplary (missing sections, third-person About, weak verbs, metrics, buzzwords, many or
few skills, recommendations). Deterministic for a given seed; every profile differs (its
name, numbers and the choice and order of its sentences), so no cache serves one for another.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from synthetic import EN, FR

TITLES = {
    "en": [
        "Sales Manager",
        "Payroll Specialist",
        "Data Engineer",
        "Financial Controller",
        "HR Business Partner",
        "Operations Lead",
        "Account Executive",
        "Product Manager",
    ],
    "fr": [
        "Contrôleuse de gestion",
        "Responsable paie",
        "Ingénieur données",
        "Chargée de recrutement",
        "Directeur commercial",
        "Cheffe de projet",
    ],
}
HEADLINE_TAIL = {
    "en": ["I help finance teams close faster", "Passionate results-driven leader", ""],
    "fr": ["J'aide les PME à piloter leurs marges", "Passionné et orienté résultats", ""],
}
HIGHLIGHTS = {
    "en": [
        "Cut the month-end close from {a} to {b} days by automating {c} journal entries.",
        "Responsible for managing the team and key accounts.",
        "Worked on the CRM project.",
        "Helped with trade shows and client meetings.",
        "Grew recurring revenue by {a}% in {b} months with {c} new accounts.",
        "Led a team of {a} analysts across {b} countries.",
        "Built {a} dashboards used every week by the leadership team.",
        "Duties included prospecting and attending meetings with clients.",
    ],
    "fr": [
        "Ramené la clôture mensuelle de {a} à {b} jours ouvrés en automatisant {c} écritures.",
        "Responsable de la gestion de l'équipe et des comptes clés.",
        "Participé au projet CRM.",
        "Construit le budget annuel avec {a} chefs d'atelier, à {b} % près du réalisé.",
        "Réduit de {a} % les stocks de matières premières.",
        "Créé {a} tableaux de bord consultés chaque semaine par la direction.",
    ],
}
THIRD = {
    "en": "{name} is a passionate, results-oriented professional with a proven track record.",
    "fr": "{name} est un professionnel passionné, orienté résultats, dynamique et rigoureux.",
}
CALL = {
    "en": "Message me here or write to {email} to talk about your reporting.",
    "fr": "Écrivez-moi à {email} ou envoyez-moi un message ici.",
}
SKILLS = {
    "en": ["Sales", "Leadership", "Excel", "SQL", "Power BI", "Payroll", "Budgeting", "CRM"],
    "fr": ["Contrôle de gestion", "Budget", "SAP", "Excel", "SQL", "Paie", "Audit", "Management"],
}
FIRST = ["Camille", "Ryan", "Nadia", "Olivier", "Hannah", "Léa", "Samir", "Astrid", "Tom"]
LAST = ["Durand", "Cole", "Belkacem", "Garnier", "Whitfield", "Fontaine", "Holm", "Martin"]


def _sentences(rng: random.Random, lang: str, count: int) -> list[str]:
    words = FR if lang == "fr" else EN
    return rng.sample(words["body"], min(count, len(words["body"])))


def profile(rng: random.Random, index: int, lang: str) -> dict[str, object]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    skills = SKILLS[lang]
    email = f"member{index}@example.com"
    title = rng.choice(TITLES[lang])
    tail = rng.choice(HEADLINE_TAIL[lang])
    headline = f"{title} | {tail}" if tail else title
    about: list[str] = []
    if rng.random() < 0.85:
        if rng.random() < 0.3:
            about.append(THIRD[lang].format(name=name))
        about.append(" ".join(_sentences(rng, lang, rng.randint(2, 6))))
        if rng.random() < 0.4:
            about.append("\n".join(rng.sample((FR if lang == "fr" else EN)["list"], 3)))
        if rng.random() < 0.5:
            about.append(CALL[lang].format(email=email))
    work = []
    year = 2024
    for _ in range(rng.randint(0, 5)):
        start = year - rng.randint(1, 5)
        lines = rng.sample(HIGHLIGHTS[lang], rng.randint(0, 4))
        nums = {"a": rng.randint(2, 40), "b": rng.randint(2, 12), "c": rng.randint(5, 300)}
        entry: dict[str, object] = {
            "name": f"{rng.choice(LAST)} {rng.choice(['Group', 'SA', 'Ltd', 'Conseil'])}",
            "position": rng.choice(TITLES[lang]),
            "startDate": f"{start}-{rng.randint(1, 12):02d}",
            "highlights": [line.format(**nums) for line in lines],
        }
        if work:
            entry["endDate"] = f"{year}-{rng.randint(1, 12):02d}"
        if rng.random() < 0.7:
            entry["summary"] = " ".join(_sentences(rng, lang, rng.randint(1, 3)))
        work.append(entry)
        year = start
    data: dict[str, object] = {
        "basics": {
            "name": name,
            "label": headline,
            "email": email,
            "summary": "\n\n".join(about),
            "location": {"city": "Lyon" if lang == "fr" else "Leeds"},
            "profiles": [
                {"network": "LinkedIn", "url": f"https://www.linkedin.com/in/member-{index}"}
            ],
        },
        "linkedin": {
            "headline": headline,
            "photo": rng.random() < 0.8,
            "banner": rng.random() < 0.5,
        },
        "work": work,
        "skills": [{"name": s} for s in rng.sample(skills, rng.randint(1, len(skills)))],
    }
    if rng.random() < 0.5:
        data["references"] = [
            {"name": rng.choice(FIRST), "reference": " ".join(_sentences(rng, lang, 2))}
            for _ in range(rng.randint(1, 3))
        ]
    return data


def make_profiles(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """Write `count` JSON profiles (one in three French) named NNNNN-en.json / -fr.json."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        lang = "fr" if index % 3 == 2 else "en"
        path = folder / f"{index:05d}-{lang}.json"
        path.write_text(json.dumps(profile(rng, index, lang), ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths
