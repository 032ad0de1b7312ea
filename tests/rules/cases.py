"""Loading of rule cases: one YAML file per rule under tests/rules/cases/, named after it.

Each file:

    rule: skills-too-few
    cases:
      - id: two-skills            # unique in the file; `pytest -k skills-too-few` runs them
        input: {skills: [{name: Sales}, {name: CRM}]}   # profile JSON, or draft text for posts
        options: {min_skills: 5}  # optional rule options
        language: fr              # optional forced language
        as_of: "2026-11-20"       # optional reference date (profile rules)
        expect:                   # [] for a passing case; else one entry per finding,
          - location: skills      #   each a subset of the finding's JSON (message excluded)

In any string, `{{N}}` stands for N characters of filler text ("lorem ipsum ..."), so
length limits can be tested without pasting 3,000 characters.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).parent / "cases"
_FILL = re.compile(r"\{\{(\d+)\}\}")
_FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def filler(n: int) -> str:
    return (_FILLER * (n // len(_FILLER) + 1))[:n]


def expand(value: Any) -> Any:
    if isinstance(value, str):
        return _FILL.sub(lambda m: filler(int(m.group(1))), value)
    if isinstance(value, list):
        return [expand(v) for v in value]
    if isinstance(value, dict):
        return {k: expand(v) for k, v in value.items()}
    return value


def load_case_files() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = expand(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert data["rule"] == path.stem, f"{path}: rule must match the file name"
        out[path.stem] = data
    return out


def all_cases() -> list[tuple[str, dict[str, Any]]]:
    return [(name, case) for name, data in load_case_files().items() for case in data["cases"]]
