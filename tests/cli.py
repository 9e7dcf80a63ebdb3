"""Run the CLI as a user would: a real process, its exit status, stdout and stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    *args: str,
    db: str | None = None,
    stdin: str | None = None,
    timeout: float = 300,
    env: dict | None = None,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "bot", *(["--db", db] if db else []), *args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
