"""Speed of `profile-lint posts`, as ratios to spaCy doing the least it can (a benchmark,
not a test: machines differ, so figures are printed, never asserted).

1. One draft from a cold process, against
   `python -c "import spacy, textstat; spacy.blank('en')"` (aim: at most 1.3).
2. 1,000 drafts in one call, against a process that reads the same files and runs spaCy's
   blank pipeline with a sentencizer over them with `nlp.pipe` (aim: at most 2.0).

Both sides run as fresh processes, measured in the same run; each figure is the median of
`--repeat` runs. Usage: python benchmarks/bench_posts.py [--repeat 5] [--drafts 1000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "posts"
PYTHON = sys.executable

BASELINE_ONE = "import spacy, textstat; spacy.blank('en')"
BASELINE_MANY = """
import sys
from pathlib import Path
import spacy
pipes = {}
for lang in ("en", "fr"):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    pipes[lang] = nlp
texts = {"en": [], "fr": []}
for path in sorted(Path(sys.argv[1]).rglob("*.md")):
    texts["fr" if path.stem.endswith("-fr") else "en"].append(path.read_text(encoding="utf-8"))
for lang, group in texts.items():
    for doc in pipes[lang].pipe(group):
        pass
"""


def median_seconds(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed:\n{proc.stderr}")
    return statistics.median(times)


def make_drafts(folder: Path, count: int) -> None:
    sources = sorted(FIXTURES.glob("*.md"))
    for index in range(count):
        source = sources[index % len(sources)]
        lang = "fr" if source.stem.endswith("-fr") else "en"
        text = source.read_text(encoding="utf-8")
        # Each draft differs, so no cache can serve one text for another.
        (folder / f"{index:04d}-{lang}.md").write_text(
            f"{text}\nDraft {index}.\n", encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=1000)
    args = parser.parse_args()
    lint = [PYTHON, "-m", "profile_lint", "posts", "--format", "json", "--output", "/dev/null"]

    one = str(FIXTURES / "good-en.md")
    base_one = median_seconds([PYTHON, "-c", BASELINE_ONE], args.repeat)
    ours_one = median_seconds([*lint, one], args.repeat)
    print(
        f"one draft, cold process: {ours_one:.2f} s; spaCy+textstat import and blank('en'): "
        f"{base_one:.2f} s; ratio {ours_one / base_one:.2f} (aim <= 1.3)"
    )

    folder = Path(tempfile.mkdtemp(prefix="bench-posts-"))
    try:
        make_drafts(folder, args.drafts)
        base_many = median_seconds([PYTHON, "-c", BASELINE_MANY, str(folder)], args.repeat)
        ours_many = median_seconds([*lint, str(folder)], args.repeat)
    finally:
        shutil.rmtree(folder)
    print(
        f"{args.drafts} drafts, one call: {ours_many:.2f} s; read + blank pipeline with "
        f"sentencizer (nlp.pipe): {base_many:.2f} s; ratio {ours_many / base_many:.2f} "
        "(aim <= 2.0)"
    )


if __name__ == "__main__":
    main()
