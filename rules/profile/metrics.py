"""Whether a text quantifies something: numbers with their units, and words that count
(experience-no-metrics, experience-thin-description, about-weak-opening)."""

import re

from profile_lint.rule import Lexicon

METRIC_WORDS = Lexicon("metric-words")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_UNIT_AFTER = re.compile(
    r"\s?(?:%|‰|pts?\b|[xX×](?!\w)|[kKmM](?!\w)|[kKmM]?[€$£]|Mds?\b|Md€|bn\b|"
    r"[kKmM]?(?:EUR|USD|GBP|CHF|CAD)\b)"
)
_UNIT_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:EUR|USD|GBP|CHF|CAD)|[xX×])\s?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def has_metric(text: str) -> bool:
    """Whether `text` quantifies something: a number that is not a year, a code (B2B, Q3,
    COVID-19) or an ordinal, or any number with %, a currency or a multiplier."""
    for match in _NUMBER.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if _UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before):
            return True
        if before[-1:].isalpha() or re.search(r"[^\W\d_]-$", before) or after[:1].isalpha():
            continue  # B2B, Q3, COVID-19, 3D, 2nd
        if _YEAR.fullmatch(match.group()):
            continue
        return True
    return False
