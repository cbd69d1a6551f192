"""The journal: written on unlock and sensitive actions, append-only, exportable as CSV."""

from __future__ import annotations

import csv

import pytest
import sqlcipher3

from reconv_desktop.rights.journal import JournalAction, events, export_csv, record_event
from tests.conftest import PASSPHRASE


def test_unlock_is_logged_with_owner_and_device(vault):
    store = vault.unlock(PASSPHRASE)
    try:
        last = events(store, limit=1)[0]
        assert last.action == "unlock" and last.label == "Déverrouillage"
        assert last.actor == "Conseillère Test" and last.device_id == store.device_id
    finally:
        store.close()


def test_log_is_append_only(store):
    record_event(store, JournalAction.ACCESS, "worker", "w-1")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE journal SET actor = 'quelqu''un d''autre'")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM journal")
    assert events(store)[0].target_id == "w-1"


def test_detail_refuses_personal_text(store):
    with pytest.raises(ValueError):
        record_event(store, JournalAction.RECTIFICATION, "worker", "w-1", detail="Łukasz Wójcik")


def test_csv_export_lists_every_line_and_logs_itself(store, tmp_path):
    record_event(store, JournalAction.PRINT, "worker", "w-2", detail="assessment")
    count = export_csv(store, tmp_path / "journal.csv")
    with open(tmp_path / "journal.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count == len(events(store))
    assert rows[-1]["action"] == "export" and rows[-1]["target_kind"] == "journal"
    assert any(r["label"] == "Impression" and r["target_id"] == "w-2" for r in rows)


def test_close_releases_connection_and_keeps_no_key(vault):
    raw_key = vault.key_from_passphrase(PASSPHRASE)
    store = vault.open_with_key(raw_key)
    store.close()
    assert not store.is_open
    held = [v for v in vars(store).values() if isinstance(v, (bytes, bytearray, str))]
    held += [v for v in vars(vault).values() if isinstance(v, (bytes, bytearray, str))]
    assert all(
        raw_key not in (v if isinstance(v, (bytes, bytearray)) else v.encode())
        and raw_key.hex() not in str(v)
        for v in held
    )
