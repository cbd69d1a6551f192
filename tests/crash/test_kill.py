"""Crash safety: SIGKILL a writer at random moments; everything it reported committed survives.

The default run kills 25 times during caseload writes (adds, edits, referential imports,
passphrase changes) and a few times during backups and bundle exports;
`RECONV_KILL_COUNT=200` runs a deeper campaign. After every kill the vault unlocks (with the
last committed passphrase, or the one being set at the kill), `integrity_check` and
`cipher_integrity_check` are clean, the crashed writer's instance lock is recovered, and
every reported id is present.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.errors import VaultError
from reconv_desktop.vault.instance_lock import lock_vault
from reconv_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).with_name("writer.py")
KILLS = int(os.environ.get("RECONV_KILL_COUNT", "25"))
SIDE_KILLS = max(4, KILLS // 4)


@dataclass
class Reported:
    passphrase: str = PASSPHRASE
    pending: str | None = None
    workers: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    edits: dict[str, int] = field(default_factory=dict)
    backups: list[str] = field(default_factory=list)
    exports: list[str] = field(default_factory=list)
    counter: int = 0
    commits: int = 0


def _run_and_kill(
    data_dir: Path,
    mode: str,
    state: Reported,
    rng: random.Random,
    dest: Path | None = None,
    window: float = 0.35,
    after: str = "READY",
) -> None:
    """Start a writer and SIGKILL it a random time (up to `window` s) after it printed a line
    starting with `after`: "COMMITTED backup" makes sure a run completes some work however
    slow a loaded machine makes it."""
    args = [sys.executable, str(WRITER), str(data_dir), mode, str(state.counter), state.passphrase]
    if dest:
        args.append(str(dest))
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )
    # A writer that hangs is killed all the same: the assertions below then say why.
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    try:
        # Lines are read through proc.stdout only (never communicate(), which reads the pipe
        # underneath and would lose what readline() had already buffered).
        seen = [proc.stdout.readline()]
        assert seen[0].startswith("READY"), proc.stderr.read()
        while not seen[-1].startswith(after) and seen[-1]:
            seen.append(proc.stdout.readline())
        time.sleep(rng.uniform(0.0, window))
        proc.send_signal(signal.SIGKILL)
        out = "".join(seen) + proc.stdout.read()
        err = proc.stderr.read()
        proc.wait(timeout=30)
    finally:
        watchdog.cancel()
    assert proc.returncode == -signal.SIGKILL, err  # killed, not crashed on its own
    # The kill can land in the middle of printing a line: only whole lines were reported.
    for line in out.split("\n")[:-1]:
        parts = line.split()
        if parts[:1] == ["PENDING"]:
            state.pending = parts[2]
            continue
        if parts[:1] != ["COMMITTED"]:
            continue
        state.commits += 1
        kind = parts[1]
        if kind == "worker":
            state.workers.add(parts[2])
        elif kind == "note":
            state.notes.add(parts[2])
        elif kind == "edit":
            state.edits[parts[2]] = max(state.edits.get(parts[2], 0), int(parts[3]))
            state.counter = max(state.counter, int(parts[3]))
        elif kind == "pass":
            state.passphrase, state.pending = parts[2], None
        elif kind == "backup":
            state.backups.append(parts[2])
        elif kind == "export":
            state.exports.append(parts[2])
    # The next writer starts past any counter this one may have used unreported.
    state.counter += 1000


def _check_vault(data_dir: Path, state: Reported) -> None:
    from reconv_desktop.paths import app_paths

    paths = app_paths(data_dir)
    lock = lock_vault(paths.lock_file)  # the dead writer's lock must be recoverable
    try:
        vault = Vault(paths)
        try:
            store = vault.unlock(state.passphrase)
        except VaultError:
            # killed between the header rename and its report: the new one is in force
            assert state.pending, "the vault no longer opens with the committed passphrase"
            store = vault.unlock(state.pending)
            state.passphrase, state.pending = state.pending, None
        try:
            conn = store.conn
            assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            present = {r[0] for r in conn.execute("SELECT id FROM worker WHERE deleted = 0")}
            assert state.workers <= present
            notes = {r[0] for r in conn.execute("SELECT id FROM note WHERE deleted = 0")}
            assert state.notes <= notes
            for worker_id, counter in state.edits.items():
                city = store.workers.get(worker_id).city
                assert int(city.split("-")[1]) >= counter
        finally:
            store.close()
    finally:
        lock.release()


def test_kill_during_caseload_writes_imports_and_passphrase_changes(vault_paths):
    rng = random.Random(int(os.environ.get("RECONV_KILL_SEED", "7")))
    state = Reported()
    for n in range(KILLS):
        # The first run is killed after a passphrase change (so one is always checked), the
        # others after their first commit, at a random moment of their work.
        after = "COMMITTED pass" if n == 0 else "COMMITTED"
        _run_and_kill(vault_paths.data_dir, "caseload", state, rng, after=after)
        _check_vault(vault_paths.data_dir, state)
    print(f"\n{KILLS} kills, {state.commits} reported commits, {len(state.workers)} workers")
    assert state.commits > KILLS  # the kills did land in the middle of real work
    assert state.passphrase != PASSPHRASE  # passphrase changes were part of it


def test_kill_during_backup_leaves_only_complete_verified_backups(vault_paths, tmp_path):
    rng = random.Random(11)
    dest = tmp_path / "clé USB"
    state = Reported()
    key = Vault(vault_paths).key_from_passphrase(PASSPHRASE)
    for n in range(SIDE_KILLS):
        # Kills land during a run's first backup, except the last run's, which completes one.
        after = "COMMITTED backup" if n == SIDE_KILLS - 1 else "READY"
        _run_and_kill(vault_paths.data_dir, "backup", state, rng, dest, window=0.5, after=after)
        listed = backups.list_backups(dest)
        for info in listed:
            backup_restore.verify_backup(info.path, key)  # no half file passes for a backup
        if state.backups:
            assert state.backups[-1] in {i.name for i in listed}
        _check_vault(vault_paths.data_dir, state)
    backups.clean_temporaries(dest)
    leftovers = [p.name for p in dest.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert state.backups, "no backup completed: the kill window is too short"


def test_kill_during_bundle_export_leaves_no_half_bundle(vault_paths, tmp_path):
    pytest.importorskip("reconv_desktop.sync.export")
    from reconv_desktop.paths import app_paths
    from reconv_desktop.sync.coordination import add_counsellor, init_coordination
    from reconv_desktop.sync.identity import device_identity, enrol_peer
    from reconv_desktop.sync.verify import verify_bundle
    from tests.conftest import FAST_KDF

    coord_paths = app_paths(tmp_path / "coordination")
    coord = Vault.create(coord_paths, PASSPHRASE, kdf=FAST_KDF).vault.unlock(PASSPHRASE)
    init_coordination(coord)
    counsellor = Vault(vault_paths).unlock(PASSPHRASE)
    enrol_peer(counsellor, device_identity(coord).card, "coordination")
    add_counsellor(coord, device_identity(counsellor).card)
    counsellor.close()
    dest = tmp_path / "lots"
    dest.mkdir()
    rng = random.Random(5)
    state = Reported()
    try:
        for n in range(SIDE_KILLS):
            after = "COMMITTED export" if n == SIDE_KILLS - 1 else "READY"
            _run_and_kill(vault_paths.data_dir, "export", state, rng, dest, window=0.5, after=after)
            for bundle in dest.glob("lot-*.reconv"):
                verify_bundle(coord, bundle)  # every file under its final name is whole
            for name in state.exports:
                assert (dest / name).exists()
            _check_vault(vault_paths.data_dir, state)
    finally:
        coord.close()
    assert state.exports, "no export completed: the kill window is too short"
