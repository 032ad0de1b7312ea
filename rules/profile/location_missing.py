from collections.abc import Iterator
from typing import Any

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity

_PARTS = ("city", "region", "countryCode", "country", "address", "postalCode")


def _has_location(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(isinstance(value.get(k), str) and value[k].strip() for k in _PARTS)
    return False


class LocationMissing(Rule):
    """The profile gives no location.

    Recruiters filter searches by location, and LinkedIn suggests people and jobs near
    you. A profile without one drops out of every search filtered by place. An input that
    cannot tell (an archive without the profile file) stays silent.

    **Anti-pattern**: `"basics": {"name": "Jordan Miles", "location": {}}`

    **Best practice**: `"location": {"city": "Lyon", "countryCode": "FR"}` (the metro area
    you work in or want to work in)

    **Source** (data): industry and location are All-Star profile completeness criteria
    (LinkedIn, 2012).
    """

    code = "PR027"
    name = "location-missing"
    target = "profile"
    pillar = "people"
    severity = Severity.INFO
    strength = Msg("Your profile gives your location, which searches filter on.")
    needs = ("basics",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if not _has_location(subject.basics.get("location")):
            yield Problem(
                message=Msg("The profile gives no location."),
                suggestion=Msg(
                    "Add the city or metro area you work in, or want to work in (Profile > "
                    "Edit intro > Location), e.g. “Lyon, Auvergne-Rhône-Alpes, France”."
                ),
                location="basics.location",
            )
