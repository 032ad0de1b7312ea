import re
from collections.abc import Iterator

from profile_lint.quotes import is_quoted, quoted_spans, unbroken
from profile_lint.rule import LANGUAGES, Context, Draft, Lexicon, Msg, Problem, Rule, Severity

BAIT = Lexicon("engagement-bait")
# "Like this post": bait only as a request, i.e. opening a sentence, a line or a list item.
OPENERS = Lexicon("engagement-bait-openers")
# "Comment GUIDE below": a verb asking for a comment (folded), then one word in capitals.
ASK = Lexicon("comment-verbs")
# "people type YES", "asking readers to comment YES": the request is described, not made.
REPORTERS = Lexicon("bait-reporters")
_QUOTES = {'"', "'", "“", "”", "«", "»", "‘", "’"}
_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)[ \t]*$")
_NOT_KEYWORDS = {"ASAP", "FYI", "OK", "PS", "RSVP"}
_OPENING = re.compile(r"(?:^|[\n.!?:;])[^\w\n]*[\d]*[^\w\n]*$")


def _opens(text: str, start: int) -> bool:
    """Whether `start` opens a sentence, a line or a list item ("1️⃣ Like this post")."""
    return bool(_OPENING.search(text, max(0, start - 12), start)) or start == 0


class EngagementBait(Rule):
    """The post asks for reactions, comments, tags or shares to game its reach.

    LinkedIn says posts that ask for likes, comments or shares only to boost reach
    ("comment YES", "like if you agree", "tag someone who...") may not be shown beyond
    your network. The phrases are data (`lexicons/<lang>/engagement-bait.txt`); a request
    to comment one word in capitals ("Comment GUIDE") is caught as well, and so are requests
    to share or repost "to help" or "so more people see it", and, where they open a sentence,
    a line or a list item, requests such as "Like this post" (`engagement-bait-openers.txt`).

    A request quoted (between quotation marks, French « » included) or reported ("people
    type YES", `lexicons/<lang>/bait-reporters.txt`) is talked about, not made: not bait.

    **Anti-pattern**: `Like if you agree! Comment YES and tag someone who needs this.` /
    `Commentez OUI et identifiez quelqu'un qui...`

    **Best practice**: ask a question people can answer from their own experience, and let
    them decide whether to react or share.

    **Source** (platform): LinkedIn's engagement-bait guidance (2022, updated November 2024).
    """

    code = "PO008"
    name = "engagement-bait"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    needs_nlp = True

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        if not subject.text.strip():
            return
        view = ctx.text(subject.text)
        spans = [(start, end) for start, end, _ in view.find(BAIT)]
        spans += [(a, b) for a, b, _ in view.find(OPENERS) if _opens(subject.text, a)]
        doc = view.doc
        words = {word for lang in LANGUAGES for word in ASK.phrases(lang)}
        asks = {doc.vocab.strings[word] for word in words}  # compare ids: no Token objects
        for index, norm in enumerate(doc.to_array("NORM").tolist()):
            if norm not in asks or index + 1 >= len(doc):
                continue
            token = doc[index]
            opens = token.is_sent_start or token.i == 0 or view.doc[token.i - 1].is_punct
            if not (opens or _opens(subject.text, token.idx)):
                continue  # only an imperative that opens a sentence or a line asks the reader
            word = view.doc[token.i + 1]
            while (word.text in _QUOTES or word.is_space) and word.i + 1 < len(view.doc):
                word = view.doc[word.i + 1]
            if word.is_alpha and word.is_upper and len(word) > 1 and word.text not in _NOT_KEYWORDS:
                span = (token.idx, word.idx + len(word))
                if not any(a < span[1] and span[0] < b for a, b in spans):
                    spans.append(span)
        quotes = quoted_spans(subject.text)
        reporters = set(REPORTERS.phrases(view.lang))
        for start, end in sorted(spans):
            before = _WORD_BEFORE.search(subject.text, max(0, start - 40), start)
            if is_quoted(quotes, start) or (before and before.group(1).lower() in reporters):
                continue
            start, end = unbroken(subject.text, start, end)
            yield Problem(
                message=Msg(
                    "“%(text)s” asks for engagement to game reach (engagement bait).",
                    text=subject.text[start:end],
                ),
                suggestion=Msg("Drop the request; ask a genuine question about the topic instead."),
                span=(start, end),
            )
