import re
from collections.abc import Iterator

from profile_lint.quotes import unbroken
from profile_lint.rule import Context, Draft, Lexicon, Msg, Option, Problem, Rule, Severity
from profile_lint.rules.post._text import HASHTAG, MENTION, URL, WORD, opening_end

PROMPTS = Lexicon("conversation-prompts")
ANNOUNCEMENTS = Lexicon("announcements")
_QUESTION = re.compile(r"[^.!?\n]*\?")
# A question the writer asks themself and answers ("Would I do it again? Yes."): first
# person, no reader, and more text after it.
_SELF = re.compile(r"\b(?:i|me|my|je|j['’]|me|m['’]|moi|mon|ma|mes)(?!\w)", re.IGNORECASE)
_READER = re.compile(
    r"\b(?:you|your|yours|anyone|anybody|vous|votre|vos|tu|ton|ta|tes|toi|quelqu['’]un)\b",
    re.IGNORECASE,
)


def body_end(text: str) -> int:
    """The end of the post without its closing lines of hashtags, mentions or links."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        for pattern in (URL, HASHTAG, MENTION):
            line = pattern.sub(" ", line)
        if WORD.search(line):
            return len(text[:end].rstrip())
        end = start - 1 if start > 0 else 0
    return end


class NoConversationPrompt(Rule):
    """Nothing near the end of the post invites a reply.

    Comments weigh in the feed's ranking, and people reply when asked something they can
    answer: a genuine question ("Which of these would you cut first?") or a request for
    their experience or view ("Tell me how your team handles this"). A one-word bait
    question ("Agree?", "Thoughts?") is not an invitation. Closing hashtags, mentions and
    links are skipped; polls, which ask by design, are not checked. A question the writer
    answers themself ("Would I do it again? Yes.") does not invite a reply. An announcement
    (a job, a launch, an event: `lexicons/<lang>/announcements.txt` in the opening line or
    the last paragraph) needs no question and is not checked.

    **Anti-pattern**: `... That is what I learned this quarter. Agree?`

    **Best practice**: `... What is the one meeting you would cancel first, and why?`

    **Source** (coach): coaching consensus that a genuine closing question invites comments;
    (platform) LinkedIn Engineering (2020, 2024) lists comments among ranking signals.
    """

    code = "PO005"
    name = "no-conversation-prompt"
    target = "post"
    pillar = "insights"
    severity = Severity.WARNING
    needs_nlp = True
    options = {
        "tail_chars": Option(280, "How far from the end (characters) a prompt may be."),
        "min_question_words": Option(3, "Fewest words in a question that counts as genuine."),
    }

    def check(self, subject: Draft, ctx: Context) -> Iterator[Problem]:
        text = subject.text
        end = body_end(text)
        if subject.type == "poll" or not text[:end].strip():
            return
        tail = max(0, end - ctx.options["tail_chars"])
        short = None
        for match in _QUESTION.finditer(text, tail, end):
            words = len(WORD.findall(match.group()))
            if words >= ctx.options["min_question_words"]:
                if not _self_answered(match.group(), text[match.end() : end]):
                    return
            elif words:
                start, stop = unbroken(text, *match.span())
                short = text[start:stop].strip()
        view = ctx.text(text)
        if any(tail <= start < end for start, _, _ in view.find(PROMPTS)):
            return
        para = text.rfind("\n\n", 0, end) + 2 if "\n\n" in text[:end] else 0
        opening = opening_end(text)
        if any(start < opening or start >= para for start, _, _ in view.find(ANNOUNCEMENTS)):
            return
        if short:
            message = Msg(
                "The post ends with “%(text)s”, a bait question, not an invitation to reply.",
                text=short,
            )
        else:
            message = Msg("Nothing near the end of the post invites a reply.")
        yield Problem(
            message=message,
            suggestion=Msg(
                "End with a genuine question readers can answer from their own experience "
                "(“Which of these would you try first?”), or ask for their view."
            ),
            span=(max(para, tail), end),
        )


def _self_answered(question: str, after: str) -> bool:
    return (
        bool(WORD.search(after)) and bool(_SELF.search(question)) and not _READER.search(question)
    )
