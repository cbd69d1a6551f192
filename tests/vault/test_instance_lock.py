"""One app per vault: a second instance is refused in French, a crashed one's lock recovered."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from reconv_desktop.errors import VaultError
from reconv_desktop.vault.instance_lock import InstanceLock, lock_vault, pid_alive

HOLD = textwrap.dedent(
    """
    import sys
    from reconv_desktop.vault.instance_lock import lock_vault
    lock_vault(sys.argv[1])
    print("LOCKED", flush=True)
    sys.stdin.read()  # holds the lock until killed, however slow the test around it
    """
)


def _holder(lock_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "LOCKED"
    return proc


def test_second_instance_is_refused_with_a_clear_message(tmp_path):
    lock_path = tmp_path / "vault.lock"
    proc = _holder(lock_path)
    try:
        with pytest.raises(VaultError, match="déjà ouvert") as caught:
            lock_vault(lock_path)
        assert caught.value.code == "vault_in_use"
        assert f"processus {proc.pid}" in caught.value.message
    finally:
        proc.kill()
        proc.wait()


def test_lock_of_a_crashed_process_is_recovered(tmp_path):
    lock_path = tmp_path / "vault.lock"
    proc = _holder(lock_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads(lock_path.read_text())["pid"] == proc.pid  # the text stays behind
    lock = lock_vault(lock_path)
    try:
        assert lock.recovered is not None and lock.recovered.pid == proc.pid
        assert json.loads(lock_path.read_text())["pid"] == os.getpid()
    finally:
        lock.release()


def test_same_process_second_window_is_refused_and_release_frees(tmp_path):
    first = lock_vault(tmp_path / "vault.lock")
    with pytest.raises(VaultError, match="déjà ouvert"):
        InstanceLock(tmp_path / "vault.lock").acquire()
    first.release()
    with InstanceLock(tmp_path / "vault.lock") as again:
        assert again.held and again.recovered is None


def test_without_os_locks_a_dead_pid_is_taken_over_and_a_live_one_refused(tmp_path, monkeypatch):
    from reconv_desktop.vault import instance_lock

    def unsupported(fd):
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(instance_lock, "_os_lock", unsupported)
    lock_path = tmp_path / "vault.lock"
    import socket

    lock_path.write_text(
        json.dumps(
            {
                "pid": 2**22 + 12345,
                "hostname": socket.gethostname(),
                "started_at": "2026-01-01T09:00",
            }
        )
    )
    InstanceLock(lock_path).acquire().release()
    proc = _holder(tmp_path / "other.lock")  # any live process id
    try:
        lock_path.write_text(
            json.dumps(
                {
                    "pid": proc.pid,
                    "hostname": socket.gethostname(),
                    "started_at": "2026-01-01T09:00",
                }
            )
        )
        with pytest.raises(VaultError, match="déjà ouvert"):
            InstanceLock(lock_path).acquire()
    finally:
        proc.kill()
        proc.wait()
    assert not pid_alive(proc.pid)


def test_cli_refuses_a_second_instance(vault_paths, tmp_path):
    proc = _holder(vault_paths.lock_file)
    try:
        env = {**os.environ, "RECONV_PASSPHRASE": "Fictif-Coffre-de-test-2026"}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "reconv_desktop.cli",
                "--data-dir",
                str(vault_paths.data_dir),
                "info",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 1
        assert "déjà ouvert" in result.stderr and "Traceback" not in result.stderr
    finally:
        proc.kill()
        proc.wait()
