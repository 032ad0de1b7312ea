import re
import unicodedata
from collections.abc import Iterator

from profile_lint.quotes import unbroken
from profile_lint.rule import Context, Draft, Edit, Msg, Problem, Rule, Severity

# A run of letters and digits of the Mathematical Alphanumeric Symbols block, on one line,
# and what generators leave plain inside it: spaces, apostrophes, punctuation, digits and
# accented letters (the block has no "é"). A plain ASCII letter, which the block has, ends it.
_SYMBOL = "\U0001d400-\U0001d7ff"
_STYLED = re.compile(rf"[{_SYMBOL}](?:[^\nA-Za-z{_SYMBOL}]*[{_SYMBOL}])*")
_SYMBOLS = re.compile(rf"[{_SYMBOL}]+")


class UnicodeStyledText(Rule):
    """The post uses pseudo-bold or pseudo-italic letters (Mathematical Alphanumeric Symbols).

    "Bold" text made with generator sites uses mathematical symbols that look like letters.
    Screen readers read them one by one as symbols, or skip them, and LinkedIn search does
    not find the words. One finding per styled run: a run goes on across the spaces,
    apostrophes, punctuation, digits and accented letters left plain inside it.

    **Anti-pattern**: `𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: 𝘄𝗲'𝗿𝗲 𝗵𝗶𝗿𝗶𝗻𝗴`

    **Best practice**: plain letters; make the line stand out with a line break, a short
    sentence or an emoji used once.

    `--fix` writes the same words in plain letters (Unicode's compatibility mapping, NFKC).

    **Source** (platform): accessibility of the Mathematical Alphanumeric Symbols block
    (Unicode U+1D400-U+1D7FF); screen readers and search do not treat them as letters.
    """

    code = "PO013"
    name = "unicode-styled-text"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    fixable = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        for match in _STYLED.finditer(subject.text):
            plain = _SYMBOLS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), match.group())
            yield Problem(
                message=Msg(
                    "“%(text)s” is written in mathematical symbols, not letters: screen "
                    "readers and search cannot read it.",
                    text=subject.text[slice(*unbroken(subject.text, *match.span()))],
                ),
                suggestion=Msg("Write it in plain letters: “%(text)s”.", text=plain),
                span=match.span(),
                fix=(Edit(match.start(), match.end(), plain),),
            )
