"""Clean text copied from a LinkedIn profile page: interface noise out, doubled text once.

LinkedIn renders most text twice (a visible span and a screen-reader copy), so a paste shows
each line, or each block of lines, twice in a row. Buttons, counters and links are dropped;
the counts they carry (followers, connections, "Show all 23 skills") are kept aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from profile_lint.readers.month_dates import fold


@dataclass
class Line:
    text: str
    para: bool = False  # a blank line came before it


@dataclass
class Counts:
    followers: int | None = None
    connections: int | None = None
    show_all: dict[str, int] = field(default_factory=dict)  # folded noun -> N


_EXACT = {
    fold(s)
    for s in (
        # English buttons, tabs and links
        "Message", "More", "Follow", "Following", "Connect", "Pending", "Open to",
        "Add profile section", "Add section", "Enhance profile", "Contact info", "see more",
        "see less", "Show all", "Show credential", "Show project", "Show publication",
        "Show details", "Show more", "Show less", "Show all posts", "Show all activity",
        "Received", "Given", "Endorse", "Private to you", "Visit my website", "View services",
        "Skip to main content", "Home", "My Network", "Jobs", "Messaging", "Notifications",
        "Me", "For Business", "Create a post", "Posts", "Comments", "Videos", "Images",
        "Documents", "Reactions", "All", "Industry Knowledge", "Tools & Technologies",
        "Interpersonal Skills", "Other Skills", "Passed LinkedIn Skill Assessment",
        "Add recommendation", "Ask for a recommendation", "Edit", "Resources",
        # French
        "Plus", "Suivre", "Abonné", "Se connecter", "En attente", "Disponible pour",
        "Ajouter une section au profil", "Ajouter une section", "Améliorer le profil",
        "Coordonnées", "voir plus", "voir moins", "Afficher tout", "Afficher l’identifiant",
        "Afficher l'identifiant", "Voir l’identifiant", "Afficher le projet",
        "Afficher la publication", "Afficher plus", "Afficher moins", "Reçues", "Données",
        "Recommander", "Confidentiel, visible par vous uniquement", "Passer au contenu principal",
        "Accueil", "Réseau", "Emplois", "Messagerie", "Vous", "Pour les entreprises",
        "Créer un post", "Commentaires", "Vidéos", "Tout", "Connaissances du secteur",
        "Outils et technologies", "Compétences interpersonnelles", "Autres compétences",
        "Évaluation des compétences LinkedIn réussie", "Modifier", "Ressources",
        # pronouns shown under the name
        "She/Her", "He/Him", "They/Them", "She/They", "He/They", "Il/Lui", "Elle", "Il", "Iel",
    )
}  # fmt: skip
_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:…|\.\.\.)\s*(?:see more|voir plus|afficher plus|plus)$",
        r"^·?\s*(?:1st|2nd|3rd\+?|1er|2e|3e\+?)(?: degree connection| niveau)?$",
        r"^(?:endorsed by|validée? par|recommandée? par|recommended by)\b.*",
        r"^\d[\d,.\s]* (?:endorsements?|validations?|recommandations? de compétence)$",
        r".*\b(?:mutual connections?|relations? en commun)$",
        r"^\d+ notifications?(?: total)?$",
        r"^(?:try|get|upgrade to|reactivate|essayez|essayer|réessayez|réessayer|réactivez|"
        r"réactiver|obtenez|passez à) premium\b.*",
        r"^(?:\d+ )?(?:profile views|search appearances|post impressions)\b.*",
        r"^\d+ (?:vues du profil|apparitions dans les recherches|impressions de post)\b.*",
    )
]
_FOLLOWERS = re.compile(r"^([\d\s,.\u202f\u00a0]+)\s*(?:followers|abonnés)$", re.IGNORECASE)
_CONNECTIONS = re.compile(
    r"^(?:\+ de |plus de )?([\d\s,.\u202f\u00a0]+)(\+)?\s*(?:connections|relations)"
    r"(?: et plus)?$",
    re.IGNORECASE,
)
_SHOW_ALL = re.compile(
    r"^(?:show all|afficher (?:les|tous les|toutes les)|voir (?:les|tous les|toutes les))"
    r"\s+(\d[\d\s,.]*)\s+(.+?)(?:\s*→)?$",
    re.IGNORECASE,
)


def _number(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


def is_noise(text: str, counts: Counts) -> bool:
    """Whether a line is interface text; counts it carries are recorded in `counts`."""
    if fold(text).strip(" ·•") in _EXACT:
        return True
    if match := _FOLLOWERS.match(text):
        counts.followers = counts.followers or _number(match.group(1))
        return True
    if match := _CONNECTIONS.match(text):
        counts.connections = counts.connections or _number(match.group(1))
        return True
    if match := _SHOW_ALL.match(text):
        number = _number(match.group(1))
        if number is not None:
            counts.show_all.setdefault(fold(match.group(2)), number)
        return True
    return any(p.match(text) for p in _PATTERNS)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            blank = True
            continue
        lines.append(Line(line, blank))
        blank = False
    return lines


def undouble(lines: list[Line], longest: int = 60) -> list[Line]:
    """Drop a block of lines that repeats the block just before it (smallest blocks first).
    The lines still to look at are kept in reverse, so that dropping a block right after
    the current line costs its own size, not the rest of the text."""
    out: list[Line] = []
    todo = lines[::-1]  # the current line last
    while todo:
        n = len(todo)
        for size in range(1, min(longest, n // 2) + 1):
            if all(todo[n - 1 - k].text == todo[n - 1 - size - k].text for k in range(size)):
                del todo[n - 2 * size : n - size]
                break
        else:
            out.append(todo.pop())
    return out
