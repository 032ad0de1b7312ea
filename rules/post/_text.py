"""Small text helpers shared by the post rules: links, hashtags, mentions, words."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\[\]\"“”«»]+", re.IGNORECASE)
HASHTAG = re.compile(r"(?<![\w#&/])#(?=\w*[^\W\d_])\w+")
MENTION = re.compile(r"(?<![\w.@])@[^\W\d_][\w.-]*")
_TRAILING = ".,;:!?'\"’»)*_"
# The end of the opening line or sentence: sentence punctuation before a space, or a line
# break, unless the line ends with a comma or a semicolon (the sentence goes on below it).
_OPENING_END = re.compile(r"(?<![.!?…])[.!?…]+(?=\s|$)|(?<![,;])\n")  # a run from its start
_LINKEDIN_HOSTS = ("linkedin.com", "lnkd.in")


def links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every link, without the punctuation that follows it."""
    return list(_links(text))


@lru_cache(maxsize=16)  # four rules ask for the links of the same draft in a row
def _links(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for match in URL.finditer(text):
        url = match.group()
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
            url = url[:-1]
        if len(url) > 8:
            out.append((match.start(), match.start() + len(url), url))
    return tuple(out)


def outside_links(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches of `pattern` that are not inside a link (`medium.com/@jane`, `/#top`)."""
    found = links(text)  # in order, not overlapping: the one link a match may be in
    starts = [start for start, _, _ in found]

    def inside(at: int) -> bool:
        index = bisect.bisect_right(starts, at) - 1
        return index >= 0 and at < found[index][1]

    return [m for m in pattern.finditer(text) if not inside(m.start())]


def is_external(url: str) -> bool:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/", 1)[0].split(":")[0]
    return not any(host == h or host.endswith("." + h) for h in _LINKEDIN_HOSTS)


def own_words(text: str) -> int:
    """Words the author wrote: links, hashtags and @mentions left out."""
    for pattern in (URL, HASHTAG, MENTION):
        text = pattern.sub(" ", text)
    return len(WORD.findall(text))


def opening_end(text: str) -> int:
    """Where the opening (first sentence or line) of `text` ends."""
    start = len(text) - len(text.lstrip())
    match = _OPENING_END.search(text, start)
    if match is None:
        return len(text)
    return match.start() if match.group() == "\n" else match.end()
