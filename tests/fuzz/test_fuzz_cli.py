"""The command line under fuzzing: damaged inputs of every kind through `profile` and
`posts` in every output format. Exit 0 or 1 with output that validates (JSON against our
published schema, SARIF against the official one), or exit 2 with one line naming the
file. Never a traceback; never a file anywhere under the working directory but the
requested output (and the result cache, on success only)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import event, given
from hypothesis import strategies as st

from profile_lint.cli import cli
from profile_lint.schema import output_schema
from tests.archive_builder import current_sample, zip_bytes
from tests.cli_runner import FIXTURES
from tests.fuzz.common import fuzz_settings, listing, sandbox, time_limit
from tests.fuzz.mutations import mutated
from tests.fuzz.test_fuzz_drafts import draft_text
from tests.schemas import sarif_validator

pytestmark = pytest.mark.slow

CACHE = ".profile_lint_cache"
SAMPLES: dict[str, list[bytes]] = {
    ".json": [p.read_bytes() for p in sorted((FIXTURES / "profiles").glob("*.json"))],
    ".zip": [zip_bytes(current_sample())],
    ".csv": list(current_sample().values()),
    ".pdf": [p.read_bytes() for p in sorted((FIXTURES / "pdf").glob("*.pdf"))],
    ".txt": [p.read_bytes() for p in sorted((FIXTURES / "pasted").glob("*.txt"))],
}


@cache
def validator(which: str) -> Any:
    if which == "json":
        return jsonschema.Draft202012Validator(output_schema())
    return sarif_validator()


@st.composite
def profile_input(draw: st.DrawFn) -> tuple[str, str, bytes]:
    suffix = draw(st.sampled_from(sorted(SAMPLES)))
    sample = draw(st.sampled_from(SAMPLES[suffix]))
    data = draw(mutated(sample, max_ops=3) | st.binary(max_size=200) | st.just(sample))
    name = "Positions.csv" if suffix == ".csv" else f"input{suffix}"
    return "profile", name, data


post_input = draft_text().map(lambda t: ("posts", "draft.md", t.encode("utf-8", "surrogatepass")))


def check_output(fmt: str, text: str) -> None:
    if fmt in ("json", "sarif"):
        document = json.loads(text)
        errors = sorted(validator(fmt).iter_errors(document), key=str)
        assert not errors, f"{fmt} output does not validate: {errors[0].message}"
    elif fmt == "github":
        assert all(line.startswith("::") for line in text.splitlines()), text


@fuzz_settings(80)
@given(
    profile_input() | profile_input() | post_input,
    st.sampled_from(["text", "json", "sarif", "github"]),
    st.booleans(),
)
def test_cli_on_damaged_input(case: tuple[str, str, bytes], fmt: str, to_file: bool) -> None:
    command, name, data = case
    with sandbox() as root:
        (root / name).write_bytes(data)
        before = listing(root)
        args = [command, name, "--format", fmt, "--fail-on", "never"]
        if to_file:
            args += ["-o", "out"]
        with time_limit(60):
            result = CliRunner().invoke(cli, args, catch_exceptions=True)
        changed = {k for k, v in listing(root).items() if before.get(k) != v}
        changed |= before.keys() - listing(root).keys()
        out = root / "out"
        output = out.read_text(encoding="utf-8") if out.exists() else result.stdout
    event(f"{command} exit {result.exit_code}")
    assert isinstance(result.exception, SystemExit | None), result.exc_info
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert changed == set(), f"bad input, yet files were written: {sorted(changed)}"
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"profile-lint: error: {name}"), lines
        return
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    written = {k for k in changed if not (k == CACHE or k.startswith(CACHE + "/"))}
    assert written == ({"out"} if to_file else set()), sorted(changed)
    check_output(fmt, output)
