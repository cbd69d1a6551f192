"""Counsellor -> coordination -> counsellor: export, import, receipts, transfers, conflicts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.sync.conflicts import list_conflicts, resolve_conflict
from reconv_desktop.sync.coordination import consolidated_figures, send_bundle
from reconv_desktop.sync.export import export_bundle, plan_export
from reconv_desktop.sync.identity import device_identity, peer
from reconv_desktop.sync.importing import history, import_bundle, inspect_bundle
from reconv_desktop.sync.indicators import monthly_figures
from tests.sync.conftest import dump, pair

PERIOD = "2026-03"


def _names(coord, source):
    rows = coord.conn.execute(
        "SELECT data FROM received_row WHERE source = ? AND table_name = 'worker'", [source]
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def test_pseudonymous_bundle_reaches_coordination_without_identity(paired, tmp_path):
    counsellor, coord = paired
    counsellor.workers.add(
        family_name="Wójcik",
        given_name="Łukasz",
        birth_date="1971-04-09",
        email="l.w@exemple.invalid",
    )
    export_bundle(counsellor, PERIOD, "pseudonymous", tmp_path / "b.reconv")
    report = import_bundle(coord, tmp_path / "b.reconv")
    assert report.applied and report.summary["worker"]["new"] == 1
    (row,) = _names(coord, counsellor.device_id)
    assert "family_name" not in row and "email" not in row
    assert row["birth_date"] == "1971"
    # Kept apart under the counsellor's device, not in coordination's own caseload.
    assert coord.workers.count() == 0


def test_same_bundle_twice_changes_nothing_and_says_so(paired, tmp_path):
    counsellor, coord = paired
    fill_demo(counsellor, 12, notes_per_worker=2, appointments_per_worker=1)
    export_bundle(counsellor, PERIOD, "full", tmp_path / "b.reconv")
    import_bundle(coord, tmp_path / "b.reconv")
    before = dump(coord)
    again = import_bundle(coord, tmp_path / "b.reconv")
    assert again.already_imported and not again.applied
    assert inspect_bundle(coord, tmp_path / "b.reconv").already_imported
    assert dump(coord) == before


def test_older_bundle_after_newer_one_changes_nothing(paired, tmp_path):
    counsellor, coord = paired
    worker = counsellor.workers.add(family_name="Yılmaz", given_name="Ayşe")
    export_bundle(counsellor, PERIOD, "full", tmp_path / "old.reconv")
    counsellor.workers.update(worker.id, status="en_emploi")
    export_bundle(counsellor, PERIOD, "full", tmp_path / "new.reconv")
    import_bundle(coord, tmp_path / "new.reconv")
    report = import_bundle(coord, tmp_path / "old.reconv")
    assert report.summary["worker"]["unchanged"] == 1
    (row,) = _names(coord, counsellor.device_id)
    assert row["status"] == "en_emploi"


def test_receipt_stops_resending_and_sets_status_keys(paired, tmp_path):
    counsellor, coord = paired
    counsellor.workers.add(family_name="Nguyễn", given_name="Thị Hoa")
    export_bundle(counsellor, PERIOD, "pseudonymous", tmp_path / "b1.reconv")
    assert counsellor.meta("last_bundle_sent_at")
    # Not acknowledged yet: the next bundle carries the change again (a lost bundle is covered).
    assert plan_export(counsellor, PERIOD, "pseudonymous").previews["worker"].rows == 1
    import_bundle(coord, tmp_path / "b1.reconv")
    card = peer(coord, counsellor.device_id)
    send_bundle(coord, card, tmp_path / "r.reconv", receipts=True)
    report = import_bundle(counsellor, tmp_path / "r.reconv")
    assert report.acknowledged == 1
    assert counsellor.meta("last_acknowledged_hlc")
    assert plan_export(counsellor, PERIOD, "pseudonymous").total_rows == 0
    sent = [h for h in history(counsellor) if h["direction"] == "sent"]
    assert sent[0]["acknowledged_at"]


def test_reference_bundle_brings_cells_and_checklist(paired, tmp_path):
    counsellor, coord = paired
    coord.cells.add("Cellule Verreries Fictives de Łódź", company="Verreries Fictives")
    coord.step_templates.add("permis", "Vérifier le permis de conduire")
    send_bundle(
        coord, peer(coord, counsellor.device_id), tmp_path / "ref.reconv", reference="builtin"
    )
    report = import_bundle(counsellor, tmp_path / "ref.reconv")
    assert report.summary["cell"]["new"] == 1
    assert counsellor.cells.find_by_name("Cellule Verreries Fictives de Łódź") is not None
    assert "permis" in [t.code for t in counsellor.step_templates.active()]


def test_transfer_to_another_counsellor_keeps_search_and_sort(paired, other_counsellor, tmp_path):
    counsellor, coord = paired
    pair(other_counsellor, coord)
    moving = counsellor.workers.add(family_name="Wójcik", given_name="Łukasz")
    counsellor.notes.add(moving.id, "Souhaite une formation de soudeur·se.")
    export_bundle(counsellor, PERIOD, "full", tmp_path / "full.reconv")
    import_bundle(coord, tmp_path / "full.reconv")
    send_bundle(
        coord, peer(coord, other_counsellor.device_id), tmp_path / "t.reconv", transfers=[moving.id]
    )
    report = import_bundle(other_counsellor, tmp_path / "t.reconv")
    assert report.summary["worker"]["new"] == 1 and report.summary["note"]["new"] == 1
    assert [r.family_name for r in other_counsellor.search("lukasz wojcik")] == ["Wójcik"]
    assert other_counsellor.workers.caseload()[0].given_name == "Łukasz"
    assert [r.id for r in other_counsellor.search("soudeur")] == [moving.id]


def test_both_sides_changed_keeps_loser_for_review_and_swap(
    paired, other_counsellor, tmp_path, wall_time
):
    counsellor, coord = paired
    # A cell both coordination and the counsellor edited since the last exchange.
    pair(other_counsellor, coord)
    cell = coord.cells.add("Cellule Aciéries Fictives")
    send_bundle(
        coord, peer(coord, counsellor.device_id), tmp_path / "r1.reconv", reference="builtin"
    )
    import_bundle(counsellor, tmp_path / "r1.reconv")
    with counsellor.transaction():
        counsellor.cells._update(cell.id, {"sector": "Sidérurgie (conseillère)"})
    wall_time.advance()  # coordination's change is the later one: it wins
    with coord.transaction():
        coord.cells._update(cell.id, {"sector": "Métallurgie (coordination)"})
    send_bundle(
        coord, peer(coord, counsellor.device_id), tmp_path / "r2.reconv", reference="builtin"
    )
    report = import_bundle(counsellor, tmp_path / "r2.reconv")
    assert report.conflicts == 1
    assert counsellor.cells.get(cell.id).sector == "Métallurgie (coordination)"
    (conflict,) = list_conflicts(counsellor)
    assert (
        "sector",
        "Métallurgie (coordination)",
        "Sidérurgie (conseillère)",
    ) in conflict.differences()
    resolve_conflict(counsellor, conflict.id, swap=True)
    assert counsellor.cells.get(cell.id).sector == "Sidérurgie (conseillère)"
    assert list_conflicts(counsellor) == []


def test_consolidated_figures_match_the_counsellors_own(paired, tmp_path):
    counsellor, coord = paired
    fill_demo(
        counsellor, 60, notes_per_worker=1, appointments_per_worker=3, today=date(2026, 4, 10)
    )
    own = monthly_figures(counsellor, PERIOD)
    export_bundle(counsellor, PERIOD, "pseudonymous", tmp_path / "p.reconv")
    import_bundle(coord, tmp_path / "p.reconv")
    (from_rows,) = consolidated_figures(coord, PERIOD)
    assert from_rows.source == "lignes" and from_rows.figures == own
    export_bundle(counsellor, PERIOD, "indicators", tmp_path / "i.reconv")
    import_bundle(coord, tmp_path / "i.reconv")
    (from_counts,) = consolidated_figures(coord, PERIOD)
    assert from_counts.source == "indicateurs" and from_counts.figures == own
    assert any(f.value is None for f in own) and all(f.value is None or f.value >= 5 for f in own)


def test_export_preview_lists_exactly_what_leaves(paired):
    counsellor, _ = paired
    counsellor.workers.add(family_name="Yılmaz", given_name="Ayşe", national_number="")
    plan = plan_export(counsellor, PERIOD, "pseudonymous")
    assert "family_name" not in plan.previews["worker"].fields
    assert "family_name" in plan.previews["worker"].removed
    written = {k for r in plan.tables["worker"] for k in r}
    assert written == set(plan.previews["worker"].fields)
    assert device_identity(counsellor).card.device_id == counsellor.device_id


def test_export_without_coordination_says_what_to_do(store):
    with pytest.raises(Exception, match="coordination enrol"):
        plan_export(store, PERIOD, "full")


def test_coordination_checklist_replaces_the_shipped_one(paired, tmp_path):
    counsellor, coord = paired
    shipped = len(counsellor.step_templates.active())
    send_bundle(
        coord, peer(coord, counsellor.device_id), tmp_path / "ref.reconv", reference="builtin"
    )
    import_bundle(counsellor, tmp_path / "ref.reconv")
    active = counsellor.step_templates.active()
    assert len(active) == shipped
    assert {t.id for t in active} == {t.id for t in coord.step_templates.active()}
