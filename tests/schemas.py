"""Reference schemas the tests validate output against, kept in the repository
(tests/data/README.md gives their origin and licence)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

DATA = Path(__file__).resolve().parent / "data"
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"


def sarif_validator() -> Any:
    """A validator of the official SARIF 2.1.0 schema (draft 4)."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)
