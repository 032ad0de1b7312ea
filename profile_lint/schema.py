"""The JSON Schema of accepted profile input: JSON Resume plus our `linkedin` object.

`profile-lint schema` prints it so editors can validate and complete profile files.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

_URL_OR_FLAG = {"type": ["boolean", "string", "null"]}

LINKEDIN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Facts only LinkedIn has. Leave a fact out when you don't know it: "
    "profile-lint treats an absent fact as unknown, never as missing.",
    "additionalProperties": False,
    "properties": {
        "headline": {
            "type": ["string", "null"],
            "description": "The headline under your name (falls back to basics.label).",
        },
        "photo": {
            **_URL_OR_FLAG,
            "description": "true/false, or the URL or path of the profile photo.",
        },
        "banner": {
            **_URL_OR_FLAG,
            "description": "true/false, or the URL or path of a custom background banner.",
        },
        "public_url": {
            "type": ["string", "null"],
            "description": "Public profile URL "
            "(falls back to the LinkedIn entry of basics.profiles).",
        },
        "industry": {"type": ["string", "null"]},
        "connections": {"type": ["integer", "null"], "minimum": 0},
        "followers": {"type": ["integer", "null"], "minimum": 0},
        "featured": {
            "type": ["array", "null"],
            "description": "Items of the Featured section (titles or objects).",
        },
        "open_to_work": {"type": ["boolean", "null"]},
        "creator_mode": {"type": ["boolean", "null"]},
    },
}


@cache
def _jsonresume() -> dict[str, Any]:
    text = resources.files("profile_lint").joinpath("data/jsonresume-schema.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def input_schema() -> dict[str, Any]:
    schema = copy.deepcopy(_jsonresume())
    schema["$id"] = "https://profile-lint.invalid/schema/profile-input.json"
    schema["title"] = "profile-lint profile input (JSON Resume + linkedin)"
    schema["properties"]["linkedin"] = copy.deepcopy(LINKEDIN_SCHEMA)
    return schema


@cache
def output_schema() -> dict[str, Any]:
    """The JSON Schema of `--format json` output (profile_lint/data/output-schema.json)."""
    text = resources.files("profile_lint").joinpath("data/output-schema.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data
