from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


def knows_headline(subject: Any) -> bool:
    """Whether the input can tell the headline (stated, or shown to be absent)."""
    if not isinstance(subject, Profile):
        return False
    return subject.linkedin.headline is not None or subject.knows("headline")


class HeadlineMissing(Rule):
    """The profile has no headline.

    The headline is shown under your name everywhere: search results, invitations,
    comments. Without one, LinkedIn shows your current title and employer at best, or
    nothing. A JSON profile with neither `linkedin.headline` nor `basics.label` has none;
    an input that cannot show a headline (a file without the profile part) stays silent.

    **Anti-pattern**: `"basics": {"name": "Jordan Miles", "label": ""}`

    **Best practice**: say what you do for whom, the searchable title first:
    `Payroll lead | I help 200-person companies pay people right, on time`

    **Source** (coach): career services advise a headline that says what you do and for
    whom, the title early (about 60 characters show in search results and bylines).
    """

    code = "PR003"
    name = "headline-missing"
    target = "profile"
    pillar = "people"
    severity = Severity.WARNING
    strength = Msg("Your headline says what you do, not only your job title.")
    weight = 3.0  # a core part of a complete profile

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        return knows_headline(subject)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        headline = subject.headline
        if not self.applicable(subject):
            return  # the input cannot tell
        if headline is None or not headline.strip():
            yield Problem(
                message=Msg("The profile has no headline."),
                suggestion=Msg(
                    "Write a headline that says what you do and for whom, with your searchable "
                    "title first, e.g. “Payroll lead | I help 200-person companies pay people "
                    "right, on time”."
                ),
                location=subject.fact_path("headline"),
            )
