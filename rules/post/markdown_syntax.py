import re
from collections.abc import Iterator

from profile_lint.rule import Context, Draft, Edit, Msg, Problem, Rule, Severity

_PATTERNS = (
    ("bold", re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*|__(?=\S)([^_\n]+?)__")),
    ("heading", re.compile(r"^#{1,6}[ \t]+(\S.*)$", re.MULTILINE)),
    # No bracket inside the text or the URL: a run of "[" or of "[a](https://" is scanned
    # once, not once from each of its characters.
    ("link", re.compile(r"\[([^\[\]\n]+)\]\(((?:https?://|www\.|mailto:)[^()\[\]\s]*)\)")),
    # A fenced block, from its opening fence to its closing one (or the end): one finding.
    (
        "code fence",
        re.compile(r"^[ \t]*(```|~~~)[^\n]*(?:\n(?:.*\n)*?[ \t]*\1[ \t]*$)?", re.MULTILINE),
    ),
)
_FOUND = {
    "bold": Msg("Markdown bold “%(text)s” will show literally on LinkedIn."),
    "heading": Msg("A Markdown heading “%(text)s” will show literally on LinkedIn."),
    "link": Msg("A Markdown link “%(text)s” will show literally on LinkedIn."),
    "code fence": Msg(
        "A Markdown code block fenced with %(fence)s will show its fences literally on LinkedIn."
    ),
}
_ADVICE = {
    "bold": Msg("Write the words plainly; LinkedIn has no bold in posts."),
    "heading": Msg("Drop the # signs; make the line stand out with a blank line around it."),
    "link": Msg(
        "Write the URL itself (or put it in the first comment); LinkedIn does not turn "
        "[text](url) into a link."
    ),
    "code fence": Msg("Drop the ``` fences; LinkedIn shows them as typed."),
}


class MarkdownSyntax(Rule):
    """The post contains Markdown that LinkedIn will show literally.

    LinkedIn posts are plain text: `**bold**`, `# heading`, `[text](url)` and code fences
    appear as typed, asterisks and all. Drafts are often written in Markdown editors.

    `--fix` drops the asterisks or underscores of bold and the `#` signs of a heading,
    leaving the words; links and code fences are left to you (where the link goes is a
    choice).

    **Anti-pattern**: `**Three lessons** from [our report](https://example.com/report)`

    **Best practice**: `Three lessons from our report (link in the first comment)`

    **Source** (platform): LinkedIn shows `**bold**`, `# heading` and `[text](url)` literally.
    """

    code = "PO014"
    name = "markdown-syntax"
    target = "post"
    pillar = "insights"
    severity = Severity.INFO
    fixable = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        found = []
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(subject.text):
                fence = match.group(1) if kind == "code fence" else ""
                found.append((match.start(), match.end(), kind, fence, _fix(kind, match)))
        for start, end, kind, fence, fix in sorted(found):
            yield Problem(
                message=_FOUND[kind].bind(fence=fence)
                if fence
                else _FOUND[kind].bind(text=subject.text[start:end]),
                suggestion=_ADVICE[kind],
                span=(start, end),
                fix=fix,
            )


def _fix(kind: str, match: re.Match[str]) -> tuple[Edit, ...]:
    """Bold loses its markers, a heading its # signs: the words stay as they are."""
    if kind == "bold":
        return (Edit(match.start(), match.start() + 2), Edit(match.end() - 2, match.end()))
    if kind == "heading":
        return (Edit(match.start(), match.start(1)),)
    return ()
