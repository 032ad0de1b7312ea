from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Problem, Profile, Rule, Severity


class PhotoMissing(Rule):
    """The profile states that there is no profile photo.

    A profile without a photo looks unfinished or fake, and LinkedIn counts a photo in
    profile completeness. The rule fires only when the input *states* there is no photo
    (`"linkedin": {"photo": false}`); an input that cannot tell (a data archive) stays silent.

    **Anti-pattern**: `"linkedin": {"photo": false}`

    **Best practice**: a recent head-and-shoulders photo, face filling about 60% of the
    frame, 400x400 px or more: `"linkedin": {"photo": "https://example.com/me.jpg"}`

    **Source** (data): LinkedIn's in-product text says profiles with a photo get up to 21x
    more profile views; a photo is one of the All-Star completeness criteria.
    """

    code = "PR001"
    name = "photo-missing"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    strength = Msg("You have a profile photo.")
    weight = 3.0  # a core part of a complete profile
    needs = ("linkedin.photo",)

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        if subject.linkedin.photo is False:
            yield Problem(
                message=Msg("The profile has no photo."),
                suggestion=Msg(
                    "Add a recent, professional head-and-shoulders photo (400x400 px or more, "
                    "your face filling most of the frame)."
                ),
                location="linkedin.photo",
            )
