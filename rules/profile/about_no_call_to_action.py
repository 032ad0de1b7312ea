import re
from collections.abc import Iterator

from profile_lint.rule import (
    LANGUAGES,
    Context,
    Lexicon,
    Msg,
    Option,
    Problem,
    Profile,
    Rule,
    Severity,
)

CALL_TO_ACTION = Lexicon("call-to-action")
# Each run of name characters is tried from its start only (a lookbehind): an About of
# 100,000 letters or dashes is scanned once, not once from each of its characters.
_CONTACT = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail address
    r"|https?://|\bwww\.|(?<![\w-])[\w-]+\.(?:com|io|fr|co|net|org|eu|me|ai|app|dev|be|ch|ca|uk)\b/?"
    r"|\+\d{1,3}[\s.]?\(?\d[\d\s.()-]{6,}\d"  # international phone number
    r"|\b0\d(?:[\s.]?\d\d){4}\b",  # French phone number
    re.IGNORECASE,
)


class AboutNoCallToAction(Rule):
    """The About gives no way or invitation to get in touch.

    A reader who liked your About has nowhere to go next: end it with one line that invites
    contact and says how. The rule looks for an e-mail address, a URL or phone number, or
    an invitation ("message me", "reach out", "let's talk", "book a call"; "écrivez-moi",
    "n'hésitez pas à me contacter", "échangeons"..., list `call-to-action.txt`). The
    invitations of every supported language are accepted in any About (mixed profiles).
    An About of fewer than `min_words` words is left to about-too-short; a short About of a
    few sentences is judged too, since coaches flag both (in the score, this rule's points
    then go with about-too-short's).

    **Anti-pattern**: an About that ends on `...and I love what I do.`

    **Best practice**: `Hiring for a SaaS sales team? Message me here or write to
    jordan@example.com.` / `Un projet export ? Écrivez-moi ici ou sur claire@exemple.fr.`

    **Source** (coach): career-service advice to end the About with a way to get in touch.
    """

    code = "PR011"
    name = "about-no-call-to-action"
    target = "profile"
    pillar = "brand"
    severity = Severity.INFO
    part_of = ("about-too-short",)
    needs_nlp = True
    needs = ("basics",)
    options = {"min_words": Option(10, "Shortest About judged, in words.")}

    def check(self, subject: Profile, ctx: Context) -> Iterator[Problem]:
        about = subject.about
        if not about or len(about.split()) < ctx.options["min_words"]:
            return
        if not subject.whole("basics.summary"):
            return  # cut at "see more": its end, where a call to action sits, is not shown
        if _CONTACT.search(about):
            return
        if any(ctx.text(about, lang).find(CALL_TO_ACTION) for lang in LANGUAGES):
            return
        yield Problem(
            message=Msg("The About gives no way or invitation to get in touch."),
            suggestion=Msg(
                "End with one line that invites contact and says how, e.g. “Hiring for a "
                "SaaS sales team? Message me here or write to jordan@example.com.”"
            ),
            location="basics.summary",
        )
