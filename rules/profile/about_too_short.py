from collections.abc import Iterator

from profile_lint.rule import Context, Msg, Option, Plural, Problem, Profile, Rule, Severity


class AboutTooShort(Rule):
    """The About section is shorter than a useful minimum (300 characters by default).

    LinkedIn shows about the first 300 characters (3 lines) of the About before "see more".
    An About that ends before the fold - a line or two - says no more than the headline:
    it leaves no room for what you do, for whom, with what results, and how to reach you.
    Characters are counted as Unicode characters, surrounding blanks excluded.

    **Anti-pattern**: `"summary": "Commercial dynamique.\\nÀ l'écoute de nouvelles
    opportunités."`

    **Best practice**: an About of several short paragraphs (most good ones run 800-2,000
    characters): what you do and for whom, two or three results with numbers, how you work,
    and a way to get in touch.

    **Source** (coach): career services describe the first ~300 characters (about 3 lines)
    as what shows before "see more" and advise using the space after them; the 300
    threshold is a floor, not a target (option `min_chars`).
    """

    code = "PR008"
    name = "about-too-short"
    target = "profile"
    pillar = "brand"
    severity = Severity.WARNING
    part_of = ("about-missing",)
    weight = 2.0
    needs = ("basics",)
    options = {"min_chars": Option(300, "Shortest About that does not fire, in characters.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = (subject.about or "").strip()
        minimum = ctx.options["min_chars"]
        if not about or len(about) >= minimum or not subject.whole("basics.summary"):
            return  # no About at all is about-missing's finding; a cut one is longer
        yield Problem(
            message=Plural(
                "The About is %(length)d character long; a useful About has at least %(minimum)d.",
                "The About is %(length)d characters long; a useful About has at least %(minimum)d.",
                n="length",
                length=len(about),
                minimum=minimum,
            ),
            suggestion=Msg(
                "Expand it: what you do and for whom, two or three results with numbers, how "
                "you work, and how to reach you (e.g. “Write to me at ...”)."
            ),
            location="basics.summary",
        )
