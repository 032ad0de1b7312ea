"""The whole CLI runs with sockets blocked: any network attempt fails the test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import FIXTURES, REPO

pytestmark = pytest.mark.slow  # the whole command, end to end

GUARD = """
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args[:2]))
    raise OSError("network blocked by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from profile_lint.cli import main
sys.argv = ["profile-lint", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    code = exit.code or 0
else:
    code = 0
print("NETWORK-ATTEMPTS:", len(attempts), attempts, file=sys.stderr)
sys.exit(code)
"""


def _commands() -> list[list[str]]:
    profiles = sorted(str(p) for p in (FIXTURES / "profiles").glob("*.json"))
    commands = [
        ["--version"],
        ["rules"],
        ["schema"],
        ["parse", profiles[0]],
        ["profile", "--format", "json", *profiles],
        ["profile", "--format", "sarif", "--text-language", "fr", *profiles],
    ]
    posts = FIXTURES / "posts"
    if posts.is_dir():
        commands.append(["posts", str(posts)])
    return commands


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c[:2])[:40])
def test_cli_never_touches_the_network(command: list[str], tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", GUARD, *command],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NO_COLOR": "1"},
        timeout=300,
    )
    assert "NETWORK-ATTEMPTS: 0 []" in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
