from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity
from profile_lint.rules.profile.public_url import example_custom, profile_address


def _allowed(char: str) -> bool:
    return char.isalnum() or char == "-"


class CustomUrlInvalid(Rule):
    """The custom part of the public URL breaks LinkedIn's rule.

    LinkedIn accepts a custom URL of 3 to 100 characters: letters, digits and hyphens, no
    spaces, symbols or special characters, and not the word "LinkedIn". An address that
    breaks the rule was mistyped or cannot be set. The scheme, `www.` or a country
    subdomain (`fr.linkedin.com`), a trailing slash and a query string are ignored;
    percent-encoded letters are decoded, and letters of any alphabet are accepted.

    **Anti-pattern**: `linkedin.com/in/jordan_miles`, `linkedin.com/in/jm`,
    `linkedin.com/in/jordan-linkedin`

    **Best practice**: `linkedin.com/in/jordan-miles` or `linkedin.com/in/jordanmiles`

    **Source** (platform): LinkedIn Help answer 87: 3-100 characters, no spaces, symbols,
    special characters or the word LinkedIn (hyphens accepted in practice). Many cheat
    sheets still print the old 5-30 rule.
    """

    code = "PR026"
    name = "custom-url-invalid"
    target = "profile"
    pillar = "brand"
    severity = Severity.ERROR
    needs = ("linkedin.public_url",)
    options = {
        "min_chars": Option(3, "Shortest custom URL part allowed, in characters."),
        "max_chars": Option(100, "Longest custom URL part allowed, in characters."),
    }

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        url = subject.linkedin.public_url
        address = profile_address(url) if url else None
        if address is None or address[0] != "in":
            return
        custom = address[1]
        low, high = ctx.options["min_chars"], ctx.options["max_chars"]
        wrong = sorted({c for c in custom if not _allowed(c)})
        if wrong:
            message = Msg(
                "The custom part of your public URL, “%(custom)s”, contains characters "
                "LinkedIn does not accept: %(chars)s.",
                custom=custom,
                chars=" ".join(repr(c) for c in wrong),
            )
        elif not low <= len(custom) <= high:
            message = Plural(
                "The custom part of your public URL, “%(custom)s”, is %(length)d character "
                "long; LinkedIn accepts %(minimum)d to %(maximum)d.",
                "The custom part of your public URL, “%(custom)s”, is %(length)d characters "
                "long; LinkedIn accepts %(minimum)d to %(maximum)d.",
                n="length",
                custom=custom,
                length=len(custom),
                minimum=low,
                maximum=high,
            )
        elif "linkedin" in custom.casefold():
            message = Msg(
                "The custom part of your public URL, “%(custom)s”, contains the word "
                "“linkedin”, which LinkedIn does not accept.",
                custom=custom,
            )
        else:
            return
        yield Problem(
            message=message,
            suggestion=Msg(
                "Use %(minimum)d to %(maximum)d letters, digits or hyphens, e.g. your first "
                "and last name (“%(example)s”), and set it in Profile > Edit public profile "
                "& URL.",
                minimum=low,
                maximum=high,
                example=example_custom(subject.basics.get("name")),
            ),
            location=subject.fact_path("public_url"),
        )
