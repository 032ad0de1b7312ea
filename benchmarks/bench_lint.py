"""Speed and memory of `profile-lint posts`, as ratios to baselines measured in the same run
(a benchmark, not a test: machines differ, so figures are printed, never asserted).

1. cold: one draft from a cold process, against
   `python -c "import spacy, textstat; spacy.blank('en')"` (goal: ratio at most 1.3).
2. many: N drafts (default 1,000) in one call, against a process that reads the same files
   and runs spaCy's blank pipeline with a sentencizer over them with `nlp.pipe` (goal: 2.0).
   Shown with the default --jobs and with --jobs 1, and against a baseline that loads
   French with profile_lint.spacy_fr (spaCy's own French loader compiles a regular
   expression for seconds, which we avoid: the plain ratio flatters us).
3. proselint: the same N drafts against `proselint check` over the same folder (goal: 0.6).
4. cache: a second run over the same unchanged drafts with the result cache (goal: < 0.5 s).
5. memory: the peak resident memory of the N-draft run (goal: at most 400 MB).

Runs 1-3 use --no-cache. Each figure is the median of `--repeat` fresh processes, ours and
the baseline's taken in turn (load from other programs then hits both). The drafts are
synthetic (benchmarks/synthetic.py): English and French, 500 to 2,000 characters, with
links, hashtags, lists and questions.

    python benchmarks/bench_lint.py [--repeat 3] [--drafts 1000] [--only cold,many,...]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_drafts

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
LINT = [PYTHON, "-m", "profile_lint", "posts", "--format", "json", "--output", os.devnull]
CHECKS = ("cold", "many", "proselint", "cache", "memory")

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
FAST_FRENCH = "from profile_lint.spacy_fr import import_french; import_french()\n"
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    return (
        f"{model}, {os.cpu_count()} CPUs ({usable} usable), Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def seconds(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:6])} ... failed:\n{proc.stderr[-2000:]}")
    return elapsed


def compare(ours: list[str], base: list[str], repeat: int) -> tuple[float, float]:
    """Medians of ours and of the baseline, run in turn so that load drifts hit both."""
    mine, theirs = [], []
    for _ in range(repeat):
        theirs.append(seconds(base))
        mine.append(seconds(ours))
    return statistics.median(mine), statistics.median(theirs)


def report(name: str, ours: float, base: float, what: str, goal: float) -> None:
    ratio = ours / base
    verdict = "met" if ratio <= goal else "NOT met"
    print(f"{name:<22} {ours:6.2f} s vs {what} {base:6.2f} s")
    print(f"{'':<22} ratio {ratio:.2f} (goal <= {goal}: {verdict})")


def peak_mb(command: list[str]) -> float:
    """Largest resident set of the command or any process it waited for (Linux: KiB)."""
    out = subprocess.run([PYTHON, "-c", PEAK, *command], capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--only", default=",".join(CHECKS), help=", ".join(CHECKS))
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    print(f"machine: {machine()}")
    print(f"drafts: {args.drafts} synthetic (EN/FR, 500-2,000 characters); median of {args.repeat}")
    folder = Path(tempfile.mkdtemp(prefix="bench-lint-"))
    try:
        drafts = folder / "drafts"
        drafts.mkdir()
        make_drafts(drafts, args.drafts)
        many = [*LINT, "--no-cache", str(drafts)]  # default --jobs: see profile_lint/batch.py
        serial = [*LINT, "--no-cache", "--jobs", "1", str(drafts)]
        if "cold" in only:
            one = [*LINT, "--no-cache", str(REPO / "fixtures" / "posts" / "good-en.md")]
            ours, base = compare(one, [PYTHON, "-c", BASELINE_ONE], args.repeat)
            report("cold, one draft", ours, base, "import spacy+textstat, blank('en')", 1.3)
        if "many" in only:
            base_cmd = [PYTHON, "-c", BASELINE_MANY, str(drafts)]
            ours, base = compare(many, base_cmd, args.repeat)
            report(f"{args.drafts} drafts", ours, base, "read + blank pipelines (nlp.pipe)", 2.0)
            ours, base = compare(serial, base_cmd, args.repeat)
            report(f"{args.drafts} drafts, --jobs 1", ours, base, "the same baseline", 2.0)
            fair = [PYTHON, "-c", FAST_FRENCH + BASELINE_MANY, str(drafts)]
            ours, base = compare(serial, fair, args.repeat)
            report("  same, fast French", ours, base, "baseline with our French loader", 2.0)
        if "proselint" in only:
            base_cmd = [str(BIN / "proselint"), "check", "--output-format", "json", str(drafts)]
            ours, base = compare(many, base_cmd, args.repeat)
            report(f"{args.drafts} drafts", ours, base, "proselint check", 0.6)
            ours, base = compare(serial, base_cmd, args.repeat)
            report(f"{args.drafts} drafts, --jobs 1", ours, base, "proselint check", 0.6)
        if "cache" in only:
            env = {**os.environ, "PROFILE_LINT_CACHE_DIR": str(folder / "cache")}
            cached = [*LINT, str(drafts)]
            first = seconds(cached, env)
            again = statistics.median(seconds(cached, env) for _ in range(args.repeat))
            verdict = "met" if again < 0.5 else "NOT met"
            print(f"{'cached second run':<22} {again:6.2f} s (first run {first:.2f} s)")
            print(f"{'':<22} goal < 0.5 s: {verdict}")
        if "memory" in only:
            for label, command in (("default --jobs", many), ("--jobs 1", serial)):
                peak = peak_mb(command)
                verdict = "met" if peak <= 400 else "NOT met"
                print(
                    f"{'peak RSS, ' + label:<22} {peak:6.0f} MB, largest process "
                    f"(goal <= 400 MB: {verdict})"
                )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
