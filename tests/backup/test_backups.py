"""Encrypted backups: created verified, opened with the same secrets, rotated, restored."""

from __future__ import annotations

import errno
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.errors import ReconvError, VaultError
from reconv_desktop.rights.journal import events
from reconv_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _add_people(store, n: int = 3) -> list[str]:
    names = [("Wójcik", "Łukasz"), ("Yılmaz", "Ayşe"), ("Nguyễn", "Thị Hoa")]
    return [store.workers.add(family_name=f, given_name=g).id for f, g in names[:n]]


def test_backup_is_encrypted_verified_and_opens_with_passphrase_and_recovery_key(
    store, tmp_path, recovery_key
):
    _add_people(store)
    info = backups.create_backup(store, dest=tmp_path / "usb")
    assert info.path.parent == tmp_path / "usb" and info.reason == "manual"
    raw = (info.path / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "Wójcik".encode() not in raw
    for key in (
        backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE),
        backup_restore.key_for_backup(info.path, recovery_key=recovery_key),
    ):
        preview = backup_restore.preview_backup(info.path, key)
        assert preview.workers == 3 and preview.schema == store.schema_version()
        assert preview.counts["worker"] == 3
    # verification never changes the backup (its checksum still matches)
    backup_restore.verify_backup(
        info.path, backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)
    )
    assert [e.action for e in events(store, action="backup")] == ["backup"]


def test_wrong_passphrase_for_backup_is_a_clear_french_error(store, tmp_path):
    info = backups.create_backup(store, dest=tmp_path)
    with pytest.raises(VaultError, match="Phrase de passe incorrecte"):
        backup_restore.key_for_backup(info.path, passphrase="pas-la-bonne-phrase")


def test_daily_automatic_backup_happens_once_a_day(store, tmp_path):
    backups.set_backup_destination(store, tmp_path / "clé USB")
    assert backups.auto_backup_on_unlock(store) is not None
    assert backups.auto_backup_on_unlock(store) is None
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    assert backups.auto_backup_on_unlock(store, today=tomorrow) is not None
    assert len(backups.list_backups(tmp_path / "clé USB", store.vault_id)) == 2


def _fake(dest: Path, when: datetime, vault_id: str = "v") -> Path:
    folder = dest / f"reconv-{when.strftime('%Y%m%dT%H%M%S%fZ')}-manual"
    folder.mkdir(parents=True)
    manifest = {
        "format": "reconv-backup",
        "version": 1,
        "vault_id": vault_id,
        "created_at": when.isoformat(),
        "reason": "manual",
        "schema": 6,
        "db_bytes": 1,
        "sha256": "x",
    }
    (folder / "backup.json").write_text(json.dumps(manifest))
    return folder


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    now = datetime(2026, 6, 30, 12, tzinfo=UTC)
    for hours in range(0, 24 * 500, 12):  # two backups a day for 500 days
        _fake(tmp_path, now - timedelta(hours=hours))
    _fake(tmp_path, now - timedelta(days=900), vault_id="autre-coffre")
    backups.rotate_backups(tmp_path, "v", now=now)
    kept = backups.list_backups(tmp_path, "v")
    days = {i.created_at.date() for i in kept}
    assert len(kept) <= 3 + 7 + 4 + 12
    assert all((now - timedelta(days=d)).date() in days for d in range(7))
    months = {(i.created_at.year, i.created_at.month) for i in kept}
    assert len(months) == 12
    assert len(backups.list_backups(tmp_path, "autre-coffre")) == 1  # other vaults untouched


def test_half_written_backups_are_ignored_then_cleaned(store, tmp_path):
    dead = tmp_path / ".reconv-20260101T000000000000Z-manual-abcdef-pid999999.tmp"
    dead.mkdir()
    (dead / "vault.db").write_bytes(b"moitie")
    fake_final = tmp_path / "reconv-20260101T000000000000Z-manual"
    fake_final.mkdir()  # final name but no manifest: not a backup
    assert backups.list_backups(tmp_path) == []
    backups.create_backup(store, dest=tmp_path)
    assert not dead.exists()
    assert len(backups.list_backups(tmp_path)) == 1


def test_restore_replaces_vault_after_safety_copy(vault, tmp_path):
    store = vault.unlock(PASSPHRASE)
    kept = _add_people(store, 2)
    info = backups.create_backup(store, dest=tmp_path)
    store.workers.add(family_name="Kabongo", given_name="Ilunga")
    store.close()
    key = backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)
    safety = backup_restore.restore_backup(vault.paths, info.path, key)
    assert safety is not None and (safety / "vault.db").exists()
    restored = vault.unlock(PASSPHRASE)
    try:
        assert sorted(r.id for r in restored.workers.caseload()) == sorted(kept)
    finally:
        restored.close()


def test_restore_keeps_todays_passphrase(vault, tmp_path):
    store = vault.unlock(PASSPHRASE)
    info = backups.create_backup(store, dest=tmp_path)
    store.close()
    from tests.conftest import FAST_KDF

    vault.change_passphrase(PASSPHRASE, "Nouvelle-phrase-Łódź-2027", kdf=FAST_KDF)
    key = backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)  # the backup's own header
    backup_restore.restore_backup(vault.paths, info.path, key)
    with vault.unlock("Nouvelle-phrase-Łódź-2027") as restored:
        assert restored.vault_id == vault.header().vault_id


def test_restore_repairs_a_lost_header(vault, tmp_path, recovery_key):
    store = vault.unlock(PASSPHRASE)
    info = backups.create_backup(store, dest=tmp_path)
    store.close()
    vault.paths.header.write_text("{ abîmé")
    key = backup_restore.key_for_backup(info.path, recovery_key=recovery_key)
    backup_restore.restore_backup(vault.paths, info.path, key)
    with Vault(vault.paths).unlock(PASSPHRASE) as restored:
        assert restored.schema_version() >= 1


def test_corrupt_backup_is_refused_and_live_vault_untouched(vault, tmp_path):
    store = vault.unlock(PASSPHRASE)
    _add_people(store)
    info = backups.create_backup(store, dest=tmp_path)
    store.close()
    before = vault.paths.database.read_bytes()
    with open(info.path / "vault.db", "r+b") as handle:
        handle.seek(4096 * 3 + 200)
        handle.write(b"\x00" * 64)
    key = backup_restore.key_for_backup(info.path, passphrase=PASSPHRASE)
    with pytest.raises(VaultError, match="abîmée"):
        backup_restore.restore_backup(vault.paths, info.path, key)
    assert vault.paths.database.read_bytes() == before


def test_backup_before_migration_happens_when_schema_is_old(vault_paths, tmp_path):
    from reconv_desktop.vault.connection import open_encrypted

    vault = Vault(vault_paths)
    key = vault.key_from_passphrase(PASSPHRASE)
    conn = open_encrypted(vault_paths.database, key)
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("DROP TRIGGER journal_no_delete")
    conn.execute("DROP TABLE journal")
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    vault.open_with_key(key).close()
    found = backups.list_backups(vault_paths.backup_dir)
    assert [b.reason for b in found] == ["migration"] and found[0].schema == 5


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.ENOENT])
def test_backup_write_failure_gives_french_message_and_no_half_backup(
    store, tmp_path, monkeypatch, code
):
    real_replace = os.replace

    def failing(src, dst):
        if ".reconv-" in str(src):
            raise OSError(code, os.strerror(code))
        return real_replace(src, dst)

    kept = _add_people(store, 1)
    dest = tmp_path / "sauvegardes"
    monkeypatch.setattr(backups.os, "replace", failing)
    with pytest.raises(ReconvError, match="Sauvegarde impossible") as caught:
        backups.create_backup(store, dest=dest)
    assert any(w in caught.value.message for w in ("Disque plein", "Accès refusé", "accessible"))
    assert list(dest.iterdir()) == []
    assert [r.id for r in store.workers.caseload()] == kept


def test_removed_destination_gives_clear_message(store, tmp_path, monkeypatch):
    kept = _add_people(store, 2)
    usb = tmp_path / "clé USB"
    usb.mkdir()

    def pulled(*args, **kwargs):  # the key is pulled while the header is being copied
        shutil.rmtree(usb)
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(backups.shutil, "copyfile", pulled)
    with pytest.raises(ReconvError, match="plus accessible"):
        backups.create_backup(store, dest=usb)
    assert sorted(r.id for r in store.workers.caseload()) == sorted(kept)
