"""Speed and memory of `profile-lint posts` and `profile-lint profile` without the result
cache, over distinct generated inputs, as ratios to floors measured in the same run (a
benchmark, not a test: machines differ, so figures are printed, never asserted).

Every lint run uses --no-cache (the cache's own line excepted) and writes its JSON output
to a file in the temporary folder, as a user's run would (never to os.devnull, which is
written into rather than replaced). The inputs are generated in a temporary folder, every
one different (benchmarks/synthetic.py, synthetic_profiles.py): English and French.

The ratios of issue 16, with their goals:
  cold       one draft from a cold process / `import spacy, textstat; spacy.blank('en')`  <= 1.3
  drafts     N drafts / reading them + spaCy blank + sentencizer (`nlp.pipe`)            <= 2.0
             (also against the floor loading French as we do: the ratio the goal is for)
  proselint  N drafts / `proselint check` over the same folder (pip install '.[bench]') <= 0.6
  profiles   N JSON profiles / reading them + blank + sentencizer over every text field  <= 2.5
  jobs       the default --jobs / --jobs 1 (drafts and profiles)                         <= 1.0
  memory     peak RSS of the largest profile run                                        <= 250 MB
  cache      a second run over unchanged inputs with the cache: its own line (seconds)

    python benchmarks/bench_lint.py [--repeat 3] [--sizes 1,1000,10000] [--only cold,...]
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
from synthetic_profiles import make_profiles

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
CHECKS = ("cold", "drafts", "proselint", "profiles", "jobs", "memory", "cache")

FLOOR_ONE = "import spacy, textstat; spacy.blank('en')"
FLOOR = """
import json, sys
from pathlib import Path
import spacy
pipes = {}
for lang in ("en", "fr"):
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    pipes[lang] = nlp

def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)

texts = {"en": [], "fr": []}
for path in sorted(Path(sys.argv[1]).iterdir()):
    text = path.read_text(encoding="utf-8")
    lang = "fr" if path.stem.endswith("-fr") else "en"
    texts[lang] += strings(json.loads(text)) if path.suffix == ".json" else [text]
for lang, group in texts.items():
    for doc in pipes[lang].pipe(group):
        pass
"""
# spaCy's own French loader compiles a regular expression for seconds; profile-lint loads the
# same tokenizer exceptions faster (profile_lint/spacy_fr.py): the plain floor flatters us,
# so each floor is also timed with our loader, and the goal applies to that ratio.
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
    """Wall time of `command`. A lint run must write its output (exit 1 is also what a
    traceback gives, so the code alone cannot tell findings from a crash)."""
    output = Path(command[command.index("--output") + 1]) if "--output" in command else None
    if output:
        output.unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    failed = proc.returncode not in (0, 1) or "Traceback" in proc.stderr
    if output and not (output.exists() and output.stat().st_size):
        failed = True
    if failed:
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
    print(f"{name:<26} {ours:7.2f} s vs {what} {base:7.2f} s")
    print(f"{'':<26} ratio {ratio:.2f} (goal <= {goal}: {verdict})", flush=True)


def peak_mb(command: list[str]) -> float:
    """Largest resident set of the command or any process it waited for (Linux: KiB)."""
    out = subprocess.run([PYTHON, "-c", PEAK, *command], capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


class Bench:
    def __init__(self, folder: Path, sizes: list[int], repeat: int):
        self.folder, self.sizes, self.repeat = folder, sizes, repeat
        self.output = folder / "out.json"

    def inputs(self, kind: str, count: int) -> Path:
        path = self.folder / f"{kind}-{count}"
        if not path.exists():
            path.mkdir()
            (make_drafts if kind == "drafts" else make_profiles)(path, count)
        return path

    def lint(self, kind: str, path: Path, *extra: str) -> list[str]:
        command = "posts" if kind == "drafts" else "profile"
        return [
            *[PYTHON, "-m", "profile_lint", command, "--format", "json"],
            *["--output", str(self.output), "--no-cache", *extra, str(path)],
        ]

    def cold(self) -> None:
        one = self.lint("drafts", REPO / "fixtures" / "posts" / "good-en.md")
        ours, base = compare(one, [PYTHON, "-c", FLOOR_ONE], self.repeat)
        report("cold, one draft", ours, base, "import spacy+textstat, blank('en')", 1.3)

    def floors(self, kind: str, goal: float) -> None:
        for count in self.sizes:
            path = self.inputs(kind, count)
            floor = [PYTHON, "-c", FLOOR, str(path)]
            fair = [PYTHON, "-c", FAST_FRENCH + FLOOR, str(path)]
            ours, base = compare(self.lint(kind, path), floor, self.repeat)
            report(f"{count} {kind}", ours, base, "read + blank + sentencizer", goal)
            ours, base = compare(self.lint(kind, path), fair, self.repeat)
            report("  same, fast French floor", ours, base, "the floor with our loader", goal)

    def proselint(self) -> None:
        count = max(self.sizes)
        path = self.inputs("drafts", count)
        base = [str(BIN / "proselint"), "check", "--output-format", "json", str(path)]
        if not Path(base[0]).exists():
            print(f"proselint: not installed beside {PYTHON} (pip install '.[bench]'); skipped")
            return
        ours, theirs = compare(self.lint("drafts", path), base, self.repeat)
        report(f"{count} drafts", ours, theirs, "proselint check", 0.6)

    def jobs(self) -> None:
        for kind in ("drafts", "profiles"):
            for count in [c for c in self.sizes if c >= 1000]:
                path = self.inputs(kind, count)
                default = self.lint(kind, path)
                ours, base = compare(default, self.lint(kind, path, "--jobs", "1"), self.repeat)
                report(f"{count} {kind}, default -j", ours, base, "--jobs 1", 1.0)

    def memory(self) -> None:
        count = max(self.sizes)
        path = self.inputs("profiles", count)
        for label, extra in (("default --jobs", ()), ("--jobs 1", ("--jobs", "1"))):
            peak = peak_mb(self.lint("profiles", path, *extra))
            verdict = "met" if peak <= 250 else "NOT met"
            print(f"peak RSS, {count} profiles, {label}: {peak:.0f} MB (goal <= 250: {verdict})")

    def cache(self) -> None:
        env = {**os.environ, "PROFILE_LINT_CACHE_DIR": str(self.folder / "cache")}
        for kind in ("drafts", "profiles"):
            count = min(max(self.sizes), 1000)
            command = [a for a in self.lint(kind, self.inputs(kind, count)) if a != "--no-cache"]
            first = seconds(command, env)
            again = statistics.median(seconds(command, env) for _ in range(self.repeat))
            print(f"cached, {count} {kind}: {again:.2f} s (first run, filling it: {first:.2f} s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1,1000,10000", help="input counts, comma-separated")
    parser.add_argument("--only", default=",".join(CHECKS), help=", ".join(CHECKS))
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    sizes = [int(n) for n in args.sizes.split(",")]
    print(f"machine: {machine()}")
    print(f"inputs: {sizes} distinct, generated (EN/FR); median of {args.repeat}", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-lint-"))
    bench = Bench(folder, sizes, args.repeat)
    try:
        if "cold" in only:
            bench.cold()
        if "drafts" in only:
            bench.floors("drafts", 2.0)
        if "proselint" in only:
            bench.proselint()
        if "profiles" in only:
            bench.floors("profiles", 2.5)
        if "jobs" in only:
            bench.jobs()
        if "memory" in only:
            bench.memory()
        if "cache" in only:
            bench.cache()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
