"""Run the real `reconv` CLI in subprocesses, with sockets blocked: offline is the normal case."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# Any attempt to open a network connection fails loudly inside the CLI process.
NO_NETWORK_BOOT = r"""
import socket, sys
def _refuse(*a, **k):
    raise RuntimeError("NETWORK ACCESS ATTEMPTED")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
from reconv_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""

CLI_PASSPHRASE = "Phrase de test tout à fait fictive 42"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def reconv(tmp_path: Path):
    data = tmp_path / "coffre"

    def run(
        *args: str,
        env: dict[str, str] | None = None,
        passphrase: str | None = CLI_PASSPHRASE,
        timeout: float = 120,
    ) -> Result:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("RECONV_")}
        full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        full_env["PYTHONIOENCODING"] = "utf-8"
        if passphrase is not None:
            full_env["RECONV_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-c", NO_NETWORK_BOOT, "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        assert "NETWORK ACCESS ATTEMPTED" not in proc.stderr
        return Result(proc.returncode, proc.stdout, proc.stderr)

    run.data_dir = data  # type: ignore[attr-defined]
    return run
