"""Home-view queries and the count of changes not yet sent."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from reconv_desktop.store.attention import agenda, attention, pending_changes

TODAY = date(2026, 3, 16)


def test_attention_lists_what_needs_doing(store):
    seen = store.workers.add(family_name="Wójcik", given_name="Łukasz", last_contact=TODAY)
    forgotten = store.workers.add(
        family_name="Yılmaz",
        given_name="Ayşe",
        enrolled_on=TODAY - timedelta(days=90),
        last_contact=TODAY - timedelta(days=45),
    )
    store.workers.add(
        family_name="Nguyễn",
        given_name="Thị Hoa",
        status="en_emploi",
        last_contact=TODAY - timedelta(days=200),
    )
    store.appointments.add(datetime.combine(TODAY, time(10, 0)), seen.id, reason="Bilan")
    store.actions.add(forgotten.id, "formation", "Cariste", due_date=TODAY - timedelta(days=3))

    result = attention(store, TODAY)

    assert [(i.worker_name, i.label) for i in result.appointments] == [
        ("WÓJCIK Łukasz", "10:00 · Entretien individuel · Bilan")
    ]
    assert [i.worker_id for i in result.no_contact] == [forgotten.id]  # employed: not listed
    assert result.no_contact_total == 1
    assert {i.worker_id for i in result.overdue_steps} == {forgotten.id}
    assert [i.label.split(" (")[0] for i in result.overdue_actions] == ["Cariste"]


def test_agenda_gives_names_in_time_order(store):
    worker = store.workers.add(family_name="Dupont", given_name="Marie")
    store.appointments.add(datetime.combine(TODAY, time(14, 0)), worker.id)
    store.appointments.add(datetime.combine(TODAY, time(9, 0)), None, kind="collectif")
    entries = agenda(store, TODAY, TODAY + timedelta(days=1))
    assert [(e.starts_at[11:], e.worker_name) for e in entries] == [
        ("09:00", ""),
        ("14:00", "DUPONT Marie"),
    ]


def test_pending_changes_counts_rows_since_acknowledgement(store):
    before = pending_changes(store)
    worker = store.workers.add(family_name="Dupont", given_name="Marie")
    after_add = pending_changes(store)
    assert after_add > before  # the worker and their checklist
    store.set_meta("last_acknowledged_hlc", store.stamp())
    assert pending_changes(store) == 0
    store.workers.update(worker.id, city="Liège")
    assert pending_changes(store) == 1


def test_pending_changes_stops_counting_at_the_cap(store):
    from reconv_desktop.demo.caseload import fill_demo

    fill_demo(store, 5, notes_per_worker=1, appointments_per_worker=1)
    exact = pending_changes(store, cap=1_000_000)
    assert exact > 20
    assert pending_changes(store, cap=20) == 20
    assert pending_changes(store, cap=exact + 1) == exact
