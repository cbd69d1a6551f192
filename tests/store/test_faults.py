"""Faults: full disk, read-only folder, corrupt header or page: a French message, nothing lost."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import sqlcipher3

from reconv_desktop import fileio
from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.errors import ReconvError, VaultError
from reconv_desktop.paths import app_paths
from reconv_desktop.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _people(store, n: int = 3) -> list[str]:
    names = [("Wójcik", "Łukasz"), ("Yılmaz", "Ayşe"), ("Nguyễn", "Thị Hoa")]
    return [store.workers.add(family_name=f, given_name=g).id for f, g in names[:n]]


def _ids(paths) -> list[str]:
    store = Vault(paths).unlock(PASSPHRASE)
    try:
        backup_restore.check_integrity(store.conn)
        return sorted(r.id for r in store.workers.caseload())
    finally:
        store.close()


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MB filesystem (tmpfs), when this machine lets the tests mount one."""
    mount = tmp_path / "petit disque"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root or no permission)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_real_full_disk_refuses_the_write_and_keeps_committed_rows(vault_paths, small_disk):
    shutil.copytree(vault_paths.data_dir, small_disk / "coffre")
    paths = app_paths(small_disk / "coffre")
    store = Vault(paths).unlock(PASSPHRASE)
    kept = _people(store)
    with pytest.raises(VaultError, match="Disque plein") as caught:
        for i in range(10_000):  # about 40 MB of notes for a 3 MB disk
            store.notes.add(kept[0], f"Note {i} " + uuid.uuid4().hex * 120)
    assert caught.value.code == "disk_full"
    store.close()
    # Copied out to a roomy disk, the vault opens with every committed row.
    rescued = small_disk.parent / "sauvé"
    shutil.copytree(paths.data_dir, rescued)
    assert _ids(app_paths(rescued)) == sorted(kept)


def test_full_disk_during_passphrase_change_keeps_the_old_one(vault, monkeypatch):
    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", full)
    with pytest.raises(ReconvError, match="Disque plein"):
        vault.change_passphrase(PASSPHRASE, "Nouvelle-phrase-Łódź-2027", kdf=FAST_KDF)
    monkeypatch.undo()
    vault.unlock(PASSPHRASE).close()
    assert not [p for p in vault.paths.data_dir.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOENT])
def test_unwritable_data_folder_gives_french_message(vault, monkeypatch, code):
    real_open = os.open

    def refused(path, flags, *args):
        if flags & os.O_CREAT:
            raise OSError(code, os.strerror(code))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(ReconvError) as caught:
        vault.change_passphrase(PASSPHRASE, "Nouvelle-phrase-Łódź-2027", kdf=FAST_KDF)
    monkeypatch.undo()
    assert any(w in caught.value.message for w in ("Accès refusé", "plus accessible"))
    vault.unlock(PASSPHRASE).close()


def test_read_only_database_write_is_refused_in_french(store):
    kept = _people(store, 1)
    store.conn.execute("PRAGMA query_only = ON")  # what SQLite reports on a read-only medium
    with pytest.raises(VaultError, match="lecture seule") as caught:
        store.workers.add(family_name="Kabongo", given_name="Ilunga")
    assert caught.value.code == "vault_readonly"
    store.conn.execute("PRAGMA query_only = OFF")
    assert [r.id for r in store.workers.caseload()] == kept


def test_corrupt_header_is_explained_and_a_backup_restores_it(vault, tmp_path, recovery_key):
    store = vault.unlock(PASSPHRASE)
    kept = _people(store)
    info = backups.create_backup(store, dest=tmp_path / "usb")
    store.close()
    vault.paths.header.write_bytes(b'{"format": "reconv-vault-header", "slo\x00\xff')
    with pytest.raises(VaultError, match="corrompu"):
        vault.unlock(PASSPHRASE)
    key = backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)
    backup_restore.restore_backup(vault.paths, info.path, key)
    assert _ids(vault.paths) == sorted(kept)


def _corrupt_middle(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(512))


def test_corrupt_database_page_is_detected_and_backup_restores(vault, tmp_path):
    store = vault.unlock(PASSPHRASE)
    kept = _people(store)
    for i in range(200):
        store.notes.add(kept[i % 3], f"Suivi {i} — Nguyễn Thị Hoa")
    info = backups.create_backup(store, dest=tmp_path / "usb")
    store.close()
    _corrupt_middle(vault.paths.database)
    with pytest.raises(VaultError) as caught:
        opened = vault.unlock(PASSPHRASE)
        try:
            backup_restore.check_integrity(opened.conn)
        finally:
            opened.close()
    assert "abîmée" in caught.value.message or "corrompu" in caught.value.message
    key = backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)
    safety = backup_restore.restore_backup(vault.paths, info.path, key)
    assert (safety / "vault.db").exists()  # the damaged file is kept aside, not destroyed
    assert _ids(vault.paths) == sorted(kept)


def test_sqlite_errors_outside_storage_stay_programming_errors(store):
    with pytest.raises(sqlcipher3.OperationalError), store.transaction():
        store.conn.execute("SELECT * FROM pas_de_table")
