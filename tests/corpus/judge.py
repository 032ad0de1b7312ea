"""Findings against a coach's expectations: precision and recall on the judged corpus.

Each input has `<id>.expect.yaml` beside it (tests/corpus/README.md): `expect` (what a coach
requires), `tolerate` (fair, not required) and `never` (a trap a coach says is fine).

Matching, per rule: an expected entry takes at most one finding, the nearest in place (a
profile finding whose field path starts with the entry's `where`, or the reverse; a draft
finding within 2 lines), then any left of the same rule (the problem is found, the place
differs). A finding matching no expected entry is tolerated when a `tolerate` entry of its
rule covers its place, else wrong (a `never` entry names the trap it fell in).

    python -m tests.corpus.judge [-v] [FOLDER...]   # the table, per rule (-v: each wrong or
                                                    # missed; FOLDER: profiles, pasted, drafts)
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent
LINES = 2  # a draft finding this close to the expected line is in the right place


@dataclass
class Verdict:
    """What a coach would say of one input's findings."""

    source: str
    right: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    tolerated: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[tuple[dict[str, Any], str]] = field(default_factory=list)  # finding, why
    missed: list[dict[str, Any]] = field(default_factory=list)


def expectations(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.with_name(f"{_stem(path)}.expect.yaml").read_text())
    return data


def _stem(path: Path) -> str:
    return path.name.rsplit(".", 1)[0]


def _near(entry: dict[str, Any], finding: dict[str, Any]) -> bool:
    if "line" in entry:
        return finding.get("line") is not None and abs(finding["line"] - entry["line"]) <= LINES
    where, location = str(entry.get("where", "")), str(finding.get("location") or "")
    return bool(where) and (location.startswith(where) or where.startswith(location or "\0"))


def judge(source: str, findings: list[dict[str, Any]], expected: dict[str, Any]) -> Verdict:
    verdict = Verdict(source)
    left = list(findings)
    wanted = list(expected.get("expect") or [])
    for strict in (True, False):
        for entry in list(wanted):
            pool = [f for f in left if f["name"] == entry["rule"]]
            pool = [f for f in pool if _near(entry, f)] if strict else pool
            if pool:
                verdict.right.append((entry, pool[0]))
                left.remove(pool[0])
                wanted.remove(entry)
    verdict.missed = wanted
    for finding in left:
        same = [t for t in expected.get("tolerate") or [] if t["rule"] == finding["name"]]
        trap = [t for t in expected.get("never") or [] if t["rule"] == finding["name"]]
        if any(_near(t, finding) or not ("line" in t or "where" in t) for t in same):
            verdict.tolerated.append(finding)
        elif any(_near(t, finding) for t in trap):
            why = next(t for t in trap if _near(t, finding)).get("why", "a trap")
            verdict.wrong.append((finding, f"never: {why}"))
        else:
            verdict.wrong.append((finding, "not expected"))
    return verdict


def inputs() -> list[tuple[str, Path]]:
    """(command, path) of every judged input."""
    out = [("profile", p) for p in sorted((CORPUS / "profiles").glob("*.json"))]
    out += [("profile", p) for p in sorted((CORPUS / "pasted").glob("*.txt"))]
    out += [
        ("posts", p)
        for p in sorted((CORPUS / "drafts").iterdir())
        if p.suffix in (".md", ".txt") and p.with_name(f"{_stem(p)}.expect.yaml").exists()
    ]
    return out


def lint_all(only: tuple[str, ...] = ()) -> list[Verdict]:
    """Lint every input (or those of the folders `only`) with the installed command."""
    import json
    import subprocess

    script = Path(sys.executable).parent / "profile-lint"
    verdicts = []
    for command, folders in (("profile", ("profiles", "pasted")), ("posts", ("drafts",))):
        folders = tuple(f for f in folders if f in only) if only else folders
        paths = [p for c, p in inputs() if c == command and p.parent.name in folders]
        if not paths:
            continue
        dated = ["--as-of", "2026-11-20"] if command == "profile" else []
        args = [command, *map(str, paths), "--format", "json", "--no-cache", *dated]
        proc = subprocess.run([str(script), *args], capture_output=True, text=True, check=False)
        if proc.returncode not in (0, 1):
            raise RuntimeError(proc.stderr)
        for path, result in zip(paths, json.loads(proc.stdout)["results"], strict=True):
            verdicts.append(judge(str(path), result["findings"], expectations(path)))
    return verdicts


def top_cards() -> list[tuple[str, tuple[str, str], tuple[str | None, str | None]]]:
    """(page, (name, headline) expected, (name, headline) read) of every pasted page."""
    from profile_lint.readers import read_profile

    out = []
    for path in sorted((CORPUS / "pasted").glob("*.txt")):
        wanted = expectations(path)
        profile = read_profile(str(path), "text")
        read = (profile.basics.get("name"), profile.headline)
        out.append((path.name, (wanted["name"], wanted["headline"]), read))
    return out


def totals(verdicts: list[Verdict]) -> tuple[int, int, int]:
    """(right, wrong, missed) over all the verdicts."""
    right = sum(len(v.right) for v in verdicts)
    return right, sum(len(v.wrong) for v in verdicts), sum(len(v.missed) for v in verdicts)


def table(verdicts: list[Verdict]) -> str:
    right, wrong, missed = Counter(), Counter(), Counter()
    for v in verdicts:
        right.update(f["name"] for _, f in v.right)
        wrong.update(f["name"] for f, _ in v.wrong)
        missed.update(e["rule"] for e in v.missed)
    lines = [f"{'rule':<32} {'right':>5} {'wrong':>5} {'missed':>6}  precision  recall"]
    for name in sorted(set(right) | set(wrong) | set(missed)):
        r, w, m = right[name], wrong[name], missed[name]
        precision = f"{r / (r + w):.0%}" if r + w else "-"
        recall = f"{r / (r + m):.0%}" if r + m else "-"
        lines.append(f"{name:<32} {r:>5} {w:>5} {m:>6}  {precision:>9}  {recall:>6}")
    r, w, m = sum(right.values()), sum(wrong.values()), sum(missed.values())
    lines.append(
        f"{'all':<32} {r:>5} {w:>5} {m:>6}  {r / max(1, r + w):>9.1%}  {r / max(1, r + m):>6.1%}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    found = lint_all(tuple(a for a in sys.argv[1:] if not a.startswith("-")))
    print(table(found))
    if "-v" in sys.argv:
        for v in found:
            name = Path(v.source).name
            for f, why in v.wrong:
                where = f.get("location") or f.get("line")
                print(f"WRONG  {name}: {f['name']} {where}: {f['message'][:90]} ({why})")
            for e in v.missed:
                where = e.get("where") or e.get("line")
                print(f"MISSED {name}: {e['rule']} {where}: {e.get('note', '')[:90]}")
