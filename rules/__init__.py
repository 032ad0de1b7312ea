"""The built-in rules, listed by hand so a reader sees them all at once."""

from profile_lint.rules.profile.headline_too_long import HeadlineTooLong
from profile_lint.rules.profile.photo_missing import PhotoMissing
from profile_lint.rules.profile.skills_too_few import SkillsTooFew

BUILTIN_RULES = [
    PhotoMissing,
    HeadlineTooLong,
    SkillsTooFew,
]
