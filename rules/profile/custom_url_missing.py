from collections.abc import Iterator, Mapping
from typing import Any

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.public_url import example_custom, is_generated, profile_address


class CustomUrlMissing(Rule):
    """The profile has no public URL, or the one LinkedIn assigned (with a generated suffix).

    LinkedIn assigns an address like `linkedin.com/in/jordan-miles-8a41b2173`. A custom
    one (`linkedin.com/in/jordanmiles`) is easier to share on a CV, a signature or a card,
    and shows a profile someone takes care of. Every LinkedIn profile has an address, so
    a JSON profile without `linkedin.public_url` or a LinkedIn entry in `basics.profiles`
    cannot tell which it is, and neither can a data archive: the rule stays silent (unknown
    is not missing). A blank address, stated, is judged missing.

    **Anti-pattern**: `"public_url": "https://www.linkedin.com/in/jordan-miles-8a41b2173"`

    **Best practice**: `"public_url": "https://www.linkedin.com/in/jordanmiles"`

    **Source** (coach): career services advise customising the public URL; LinkedIn Help
    (answer 87) explains how. No LinkedIn figure ties it to views, hence info level.
    """

    code = "PR025"
    name = "custom-url-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    strength = Msg("You have a custom public URL made of your name.")

    def applicable(self, subject: Any, options: Mapping[str, Any] | None = None) -> bool:
        if not isinstance(subject, Profile):
            return False
        stated = subject.linkedin.public_url is not None
        return stated or (subject.known_sections is not None and subject.knows("public_url"))

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        url = subject.linkedin.public_url
        location = subject.fact_path("public_url")
        example = example_custom(subject.basics.get("name"))
        if not self.applicable(subject):
            return  # the input cannot tell
        if url is None or not url.strip():
            yield Problem(
                message=Msg("The profile gives no public LinkedIn URL."),
                suggestion=Msg(
                    "Set a custom public URL (Profile > Edit public profile & URL), e.g. "
                    "“linkedin.com/in/%(example)s”.",
                    example=example,
                ),
                location=location,
            )
            return
        address = profile_address(url)
        if address is None:
            return  # not a LinkedIn profile address: nothing to say about it here
        kind, custom = address
        if kind == "old" or is_generated(custom):
            yield Problem(
                message=Msg(
                    "The public URL “%(url)s” is the one LinkedIn assigned.", url=url.strip()
                ),
                suggestion=Msg(
                    "Replace it with a custom one made of your name (Profile > Edit public "
                    "profile & URL), e.g. “linkedin.com/in/%(example)s”.",
                    example=example,
                ),
                location=location,
            )
