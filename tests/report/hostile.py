"""A profile, an archive and a draft where every text field tries to inject markup."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PAYLOADS = (
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    '" onmouseover="alert(2)" data-x="',
)


def evil(label: str) -> str:
    return f"{label} " + " ".join(PAYLOADS)


def hostile_profile() -> dict[str, Any]:
    return {
        "basics": {
            "name": evil("name"),
            "label": evil("label"),
            "summary": evil("summary"),
            "email": "a@example.com",
            "url": "javascript:alert(3)",
            "location": {"city": evil("city")},
            "profiles": [{"network": "LinkedIn", "url": "javascript:alert(4)"}],
        },
        "work": [
            {
                "name": evil("company"),
                "position": evil("position"),
                "summary": evil("work"),
                "startDate": "2020-01",
                "highlights": [evil("highlight")],
            },
            {"name": evil("company2"), "position": evil("position2"), "startDate": "2019"},
        ],
        "education": [{"institution": evil("school"), "area": evil("area")}],
        "skills": [{"name": evil("skill")}],
        "linkedin": {
            "headline": evil("headline"),
            "photo": False,
            "banner": False,
            "industry": evil("industry"),
            "connections": 3,
        },
    }


def hostile_draft() -> str:
    return evil("draft opening") + "\n\n**bold** " + evil("draft body") + "\n#a #b #c #d #e #f\n"


def write_hostile(folder: Path) -> tuple[Path, Path]:
    profile = folder / "evil.json"
    profile.write_text(json.dumps(hostile_profile()), encoding="utf-8")
    draft = folder / "evil.md"
    draft.write_text(hostile_draft(), encoding="utf-8")
    return profile, draft
