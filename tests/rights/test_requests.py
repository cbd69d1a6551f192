"""A worker's rights: consent, subject access export, rectification, erasure, retention."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.domain.text import fold
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.rights.access import (
    export_subject_access,
    open_worker_file,
    rectify_worker,
    subject_access_data,
)
from reconv_desktop.rights.consent import consent_record, record_consent
from reconv_desktop.rights.erasure import erase_worker
from reconv_desktop.rights.journal import events
from reconv_desktop.rights.linked import linked_tables
from reconv_desktop.rights.retention import (
    ANONYMISED_NAME,
    apply_retention,
    retention_preview,
    retention_rule,
    set_retention_rule,
)
from tests.conftest import PASSPHRASE

# A name found nowhere else in a vault, so any trace of it is a trace of this person.
FAMILY, GIVEN = "Zębowska-Qxirt", "Ayşegül"
EMAIL = "zebowska.qxirt@example.invalid"


def _person(store, cell_id=None) -> str:
    worker = store.workers.add(
        family_name=FAMILY, given_name=GIVEN, email=EMAIL, phone="0470 12 34 56", cell_id=cell_id
    )
    wid = worker.id
    store.notes.add(wid, f"Entretien avec {GIVEN} {FAMILY} : projet de soudure.")
    note = store.notes.add(wid, f"Ancienne note {FAMILY}")
    store.notes.remove(note.id)  # tombstoned earlier, content still held until erasure
    store.appointments.add(datetime(2026, 3, 2, 9, 30), wid, reason=f"Bilan {FAMILY}")
    store.actions.add(wid, "formation", f"Formation soudure {FAMILY}", organisation="Forem")
    audit = store.skill_audits.create(wid, counsellor="Conseillère Test")
    store.skill_audits.add_skill(audit.id, label=f"Soudure TIG ({FAMILY})", level=3)
    store.skill_audits.add_experience(audit.id, employer=f"Atelier {FAMILY}", role="Soudeur")
    return wid


def _other(store) -> str:
    return store.workers.add(family_name="Wójcik", given_name="Łukasz").id


def test_consent_is_recorded_shown_and_logged(store):
    wid = _person(store)
    record = record_consent(store, wid, "accompagnement", "05/01/2026", "Conseillère Test")
    assert record.given_on == date(2026, 1, 5)
    assert "donné le 05/01/2026" in consent_record(store, wid).summary
    assert "recueilli par Conseillère Test" in record.summary
    assert events(store, target_id=wid, action="consent")[0].detail == "scope=accompagnement"
    with pytest.raises(ValidationError, match="date du consentement"):
        record_consent(store, wid, "accompagnement", None, "")


def test_subject_access_holds_every_linked_table_and_deleted_rows(store, tmp_path):
    wid = _person(store)
    other = _other(store)
    open_worker_file(store, wid)
    data = export_subject_access(store, wid, tmp_path / "accès.json", tmp_path / "accès.pdf")
    loaded = json.loads((tmp_path / "accès.json").read_text(encoding="utf-8"))
    assert loaded == json.loads(json.dumps(data))
    tables = loaded["tables"]
    assert tables["worker"][0]["family_name"] == FAMILY and "seq" not in tables["worker"][0]
    assert {
        "note",
        "appointment",
        "action",
        "skill_audit",
        "audit_skill",
        "audit_experience",
        "admin_step",
    } <= set(tables)
    assert len(tables["note"]) == 2 and any(n["deleted"] == 1 for n in tables["note"])
    assert other not in json.dumps(loaded)
    assert any(e["action"] == "access" for e in loaded["journal"])
    pdf = (tmp_path / "accès.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf
    actions = {e.action for e in events(store, target_id=wid)}
    assert {"export", "print", "access"} <= actions


def test_subject_access_for_unknown_worker_is_not_found(store):
    with pytest.raises(NotFoundError):
        subject_access_data(store, "pas-un-id")


def test_rectification_is_logged_by_field_name_only(store):
    wid = _person(store)
    rectify_worker(store, wid, email="nouvelle.adresse@example.invalid", city="Liège")
    event = events(store, target_id=wid, action="rectification")[0]
    assert event.detail == "fields=city+email"
    dump = json.dumps(
        [vars(e) if hasattr(e, "__dict__") else list(e.__slots__) for e in events(store)]
    )
    assert "nouvelle.adresse" not in dump and "Liège" not in "".join(
        e.detail for e in events(store)
    )


def _traces(store, needles: list[str]) -> list[str]:
    """Every table and column of the database (FTS shadow tables included) holding a needle."""
    found = []
    tables = [
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    for table in tables:
        columns = [r[1] for r in store.conn.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            for needle in needles:
                hit = store.conn.execute(
                    f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{column}" AS BLOB), ?) > 0',
                    [needle.encode("utf-8")],
                ).fetchone()[0]
                if hit:
                    found.append(f"{table}.{column}~{needle}")
    return found


def test_erasure_removes_the_person_everywhere(store, tmp_path):
    wid = _person(store)
    other = _other(store)
    needles = [FAMILY, fold(FAMILY), "zebowska", "qxirt", EMAIL, "0470 12 34 56"]
    assert _traces(store, needles)  # the scan does see the person before
    old_backup = backups.create_backup(store, dest=tmp_path / "avant")
    report = erase_worker(store, wid)
    assert report.rows_per_table["worker"] == 1 and report.rows_per_table["note"] == 2
    assert _traces(store, needles) == []
    assert store.search("Zębowska") == [] and store.search("qxirt") == []
    for fts in ("worker_fts", "note_fts", "action_fts"):
        hits = store.conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH 'qxirt'")
        assert hits.fetchone()[0] == 0
    # every row stays as a blank tombstone so the next bundle carries the deletion
    for table, _column in linked_tables(store).items():
        rows = store.query(
            f'SELECT * FROM "{table}" WHERE id IN (SELECT id FROM "{table}" WHERE deleted = 1)'
        )
        assert all(r["deleted"] == 1 for r in rows)
    assert store.query_one("SELECT deleted, family_name FROM worker WHERE id = ?", [wid]) == {
        "deleted": 1,
        "family_name": "",
    }
    assert [w.id for w in store.workers.caseload()] == [other]
    # a backup made afterwards holds no trace; the file on disk neither (WAL truncated)
    new_backup = backups.create_backup(store, dest=tmp_path / "après")
    key = store.vault_id and backup_restore.key_for_backup(new_backup.path, passphrase=PASSPHRASE)
    conn = backup_restore.open_backup_readonly(new_backup.path / "vault.db", key)
    try:
        for table in [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for col in cols:
                assert (
                    conn.execute(
                        f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{col}" AS BLOB), ?) > 0',
                        [b"qxirt"],
                    ).fetchone()[0]
                    == 0
                ), (table, col)
    finally:
        conn.close()
    assert old_backup.path.exists()  # older backups rotate out on their own schedule
    assert events(store, target_id=wid, action="erasure")[0].detail.startswith("rows=")


def test_erasure_tombstones_travel_in_the_next_bundle(store):
    from reconv_desktop.sync.export import changed_rows

    wid = _person(store)
    erase_worker(store, wid)
    rows = changed_rows(store, "full", "")
    worker_rows = [r for r in rows["worker"] if r["id"] == wid]
    assert worker_rows and worker_rows[0]["deleted"] == 1
    assert FAMILY not in json.dumps(rows) and "qxirt" not in json.dumps(rows).lower()


def test_erasure_removes_side_copies(store):
    wid = _person(store)
    note_id = store.notes.for_worker(wid)[0].id
    store.conn.execute(
        "INSERT INTO sync_conflict (table_name, source, row_id, kind, kept, other, other_hash, "
        "bundle_id, created_at) VALUES ('note', 'x', ?, 'same_clock', ?, '{}', 'h', 'b', 'now')",
        [note_id, json.dumps({"body": FAMILY})],
    )
    report = erase_worker(store, wid)
    assert report.side_rows_removed == 1
    assert store.conn.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0


def test_retention_preview_then_anonymise(store):
    closed = store.cells.add("Fonderie Fictive", end_date=date(2022, 1, 31))
    running = store.cells.add("Cellule Ouverte")
    old = _person(store, cell_id=closed.id)
    young = store.workers.add(family_name="Yılmaz", given_name="Ayşe", cell_id=running.id).id
    store.outcomes.record(old, "emploi", date(2022, 6, 1))
    set_retention_rule(store, 24, "anonymise")
    assert retention_rule(store).months == 24
    preview = retention_preview(store, today=date(2024, 3, 1))
    assert [c.worker_id for c in preview] == [old] and preview[0].due_on == date(2024, 1, 31)
    assert retention_preview(store, today=date(2023, 12, 31)) == []
    apply_retention(store, today=date(2024, 3, 1))
    row = store.query_one("SELECT * FROM worker WHERE id = ?", [old])
    assert row["family_name"] == ANONYMISED_NAME and row["email"] == "" and row["deleted"] == 0
    assert store.outcomes.for_worker(old)  # the activity figures keep their rows
    assert store.search("qxirt") == []
    assert store.workers.get(young).family_name == "Yılmaz"
    assert retention_preview(store, today=date(2024, 3, 1)) == []


def test_retention_delete_mode_erases(store):
    closed = store.cells.add("Fonderie Fictive", end_date=date(2020, 1, 31))
    wid = _person(store, cell_id=closed.id)
    set_retention_rule(store, 12, "delete")
    apply_retention(store, today=date(2024, 1, 1))
    assert store.query_one("SELECT deleted FROM worker WHERE id = ?", [wid])["deleted"] == 1
    with pytest.raises(ValidationError):
        set_retention_rule(store, "jamais", "delete")
