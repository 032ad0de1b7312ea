"""Realistic synthetic post drafts for benchmarks: English and French, 500 to 2,000
characters, with links, hashtags, questions, lists, the odd front matter and stock opener.
Deterministic for a given seed; every draft differs (no cache can serve one for another)."""

from __future__ import annotations

import random
from pathlib import Path

EN = {
    "open": [
        "I'm thrilled to announce that our team shipped the new payroll report this week.",
        "Last quarter we cut our month-end close from five days to two.",
        "Three years ago I almost quit consulting. Here is what changed my mind.",
        "Most onboarding plans fail in week two, not on day one.",
        "We interviewed 40 finance leads about their reporting stack.",
        "Hiring managers keep asking me the same question about remote teams.",
    ],
    "body": [
        "The problem was never the tool: it was the six hand-offs between teams.",
        "We wrote a shared checklist, and every anomaly got an owner before noon.",
        "Nobody enjoyed the first month, but the late nights disappeared by March.",
        "Our customers did not want more dashboards; they wanted one number they trusted.",
        "The data showed that 62% of the delays came from two late approvals.",
        "I learned more from the failed pilot than from the launch that followed it.",
        "Small teams win when they say no to the work that does not move the metric.",
        "We measured everything for six weeks before we changed a single process.",
        "The best feedback came from the people who used the report every Monday.",
        "Documentation is a product, and it deserves a roadmap like any other.",
        "Our churn dropped from 9% to 4% once support could see billing history.",
        "It took three drafts and one honest conversation with finance to get there.",
    ],
    "list": [
        "- start with the step everyone hates",
        "- give each exception a named owner",
        "- publish the numbers every Friday, good or bad",
        "- delete one report for every report you add",
        "- ask the people closest to the work first",
    ],
    "ask": [
        "Which step of your close would you delete first?",
        "What would you add to this list?",
        "Have you tried something similar in your team?",
        "Agree? Tag someone who needs to see this!",
    ],
    "tags": ["#payroll", "#finance", "#leadership", "#hr", "#operations", "#data", "#career"],
}
FR = {
    "open": [
        "Nous avons réduit la clôture de paie de cinq jours à deux.",
        "Je suis ravi de vous annoncer le lancement de notre nouveau rapport.",
        "Il y a trois ans, j'ai failli quitter le conseil. Voici ce qui m'a fait rester.",
        "La plupart des intégrations échouent la deuxième semaine, pas le premier jour.",
        "Nous avons interrogé 40 directeurs financiers sur leurs outils de pilotage.",
    ],
    "body": [
        "Le problème n'a jamais été l'outil : c'étaient les six passages de relais.",
        "Chaque anomalie avait un responsable avant midi le premier jour.",
        "Personne n'a aimé le premier mois, mais les soirées tardives ont disparu en mars.",
        "Nos clients ne voulaient pas plus de tableaux de bord, mais un chiffre fiable.",
        "Les données montraient que 62 % des retards venaient de deux validations tardives.",
        "J'ai plus appris du pilote raté que du lancement qui a suivi.",
        "Les petites équipes gagnent quand elles refusent ce qui ne fait pas bouger l'indicateur.",
        "Nous avons tout mesuré pendant six semaines avant de changer le moindre processus.",
        "La documentation est un produit, et elle mérite une feuille de route.",
        "Notre attrition est passée de 9 % à 4 % quand le support a vu l'historique.",
    ],
    "list": [
        "- commencer par l'étape que tout le monde déteste ;",
        "- donner un responsable nommé à chaque exception ;",
        "- publier les chiffres chaque vendredi, bons ou mauvais ;",
        "- supprimer un rapport pour chaque rapport ajouté.",
    ],
    "ask": [
        "Quelle étape de votre clôture supprimeriez-vous en premier ?",
        "Qu'ajouteriez-vous à cette liste ?",
        "Avez-vous essayé quelque chose de semblable dans votre équipe ?",
    ],
    "tags": ["#paie", "#finance", "#management", "#rh", "#données", "#carrière"],
}


def draft(rng: random.Random, index: int, lang: str) -> str:
    words = FR if lang == "fr" else EN
    target = rng.randint(500, 2000)
    parts = [rng.choice(words["open"])]
    size = len(parts[0])
    while size < target - 200:
        kind = rng.random()
        if kind < 0.15:
            block = "\n".join(rng.sample(words["list"], rng.randint(2, 4)))
        elif kind < 0.25:
            block = f"{rng.choice(words['body'])} https://example.com/notes/{index}-{size}"
        else:
            block = " ".join(rng.sample(words["body"], rng.randint(1, 3)))
        parts.append(block)
        size += len(block) + 2
    parts.append(rng.choice(words["ask"]))
    parts.append(" ".join(rng.sample(words["tags"], rng.randint(1, 4))))
    text = "\n\n".join(parts) + f"\n\n({index})\n"
    if rng.random() < 0.2:
        text = f"---\nlang: {lang}\n---\n{text}"
    return text


def make_drafts(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` drafts (one in three French) named NNNN-en.md / NNNN-fr.md."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        lang = "fr" if index % 3 == 2 else "en"
        path = folder / f"{index:04d}-{lang}.md"
        path.write_text(draft(rng, index, lang), encoding="utf-8")
        paths.append(path)
    return paths
