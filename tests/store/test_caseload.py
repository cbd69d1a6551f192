from datetime import date, datetime, timedelta

import pytest

from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.errors import ValidationError


def test_added_worker_gets_the_default_checklist(store):
    worker = store.workers.add(family_name="Yılmaz", given_name="Ayşe", enrolled_on="01/09/2026")
    steps = store.admin_steps.for_worker(worker.id)
    assert any("C4" in s.label for s in steps)
    c4 = next(s for s in steps if s.template_code == "be_c4")
    assert c4.due_date == date(2026, 9, 8)
    done = store.admin_steps.set_done(c4.id, True, on="10/09/2026")
    assert done.done and done.done_on == date(2026, 9, 10)


def test_invalid_edit_saves_nothing(store):
    worker = store.workers.add(family_name="Wójcik", given_name="Łukasz")
    with pytest.raises(ValidationError) as err:
        store.workers.update(worker.id, email="lukasz@", city="Liège")
    assert err.value.field == "email"
    again = store.workers.get(worker.id)
    assert again.email == "" and again.city == ""


def test_edit_changes_clock_and_sort_order(store):
    a = store.workers.add(family_name="Zola", given_name="Émile")
    store.workers.add(family_name="Martin", given_name="Inès")
    first_clock = store.workers.get(a.id).updated_at
    store.workers.update(a.id, family_name="Abadie")
    assert store.workers.get(a.id).updated_at > first_clock
    assert [r.family_name for r in store.workers.caseload()] == ["Abadie", "Martin"]


def test_caseload_sorts_names_locale_aware(store):
    for family in ["Zoë", "Łukaszewicz", "élan", "Eckert", "Lambert", "Ødegaard", "Oberlin"]:
        store.workers.add(family_name=family, given_name="Test")
    assert [r.family_name for r in store.workers.caseload()] == [
        "Eckert",
        "élan",
        "Lambert",
        "Łukaszewicz",
        "Oberlin",
        "Ødegaard",
        "Zoë",
    ]


def test_search_is_accent_and_case_insensitive_over_names_notes_actions(store):
    cell = store.cells.add("Cellule Verrerie Fictive")
    hoa = store.workers.add(family_name="Nguyễn", given_name="Thị Hoa", cell_id=cell.id)
    lukasz = store.workers.add(family_name="Wójcik", given_name="Łukasz")
    ayse = store.workers.add(family_name="Yılmaz", given_name="Ayşe")
    store.notes.add(lukasz.id, "Souhaite une formation d'électricien à Liège")
    store.actions.add(ayse.id, "formation", "Préparatrice de commandes", organisation="Forem")

    def found(text):
        return {r.id for r in store.search(text)}

    assert found("nguyen") == {hoa.id} == found("NGUYỄN") == found("thi ho")
    assert found("wojcik") == {lukasz.id} == found("lukasz")
    assert found("electricien liege") == {lukasz.id}
    assert found("yilmaz") == {ayse.id} == found("preparatrice")
    assert found("zzzz") == set() and found("   ") == set()
    assert [r.cell_name for r in store.search("nguyen")] == ["Cellule Verrerie Fictive"]


def test_search_forgets_deleted_notes_and_workers(store):
    worker = store.workers.add(family_name="Dvořák", given_name="Jiří")
    note = store.notes.add(worker.id, "mot-clé unique rhododendron")
    assert store.search("rhododendron")
    store.notes.remove(note.id)
    assert store.search("rhododendron") == []
    store.workers.remove(worker.id)
    assert store.search("dvorak") == []


def test_appointment_done_updates_last_contact(store):
    worker = store.workers.add(family_name="Mbuyi", given_name="Aminata")
    when = datetime(2026, 11, 2, 10, 0)
    store.appointments.add(when, worker.id, kind="permanence", status="realise", reason="C4")
    assert store.workers.get(worker.id).last_contact == date(2026, 11, 2)
    assert [a.reason for a in store.appointments.on_day(date(2026, 11, 2))] == ["C4"]


def test_outcome_and_overdue_actions(store):
    worker = store.workers.add(family_name="Rossi", given_name="Giulia")
    store.actions.add(
        worker.id, "candidature", "Opératrice CNC", due_date=date.today() - timedelta(days=3)
    )
    assert [a.title for a, _ in store.actions.overdue(date.today())] == ["Opératrice CNC"]
    outcome = store.outcomes.record(worker.id, "emploi", "15/10/2026", contract_type="cdi")
    assert store.outcomes.for_worker(worker.id) == [outcome]
    with pytest.raises(ValidationError, match="Type de sortie inconnu"):
        store.outcomes.record(worker.id, "lune", "15/10/2026")


def test_demo_is_deterministic_and_includes_showcase_names(store, vault):
    fill_demo(store, 40, seed=3, notes_per_worker=2, appointments_per_worker=1)
    names = {(r.family_name, r.given_name) for r in store.workers.caseload()}
    assert {("Wójcik", "Łukasz"), ("Yılmaz", "Ayşe"), ("Nguyễn", "Thị Hoa")} <= names
    assert store.table_counts()["note"] == 80
    assert {r.status for r in store.workers.caseload()} <= {s.value for s in WorkerStatus}
    first = [(r.family_name, r.given_name, r.status) for r in store.workers.caseload()]
    fill_demo(store, 40, seed=3, notes_per_worker=2, appointments_per_worker=1)
    assert store.workers.count() == 80
    doubled = [(r.family_name, r.given_name, r.status) for r in store.workers.caseload()]
    assert sorted(first * 2) == sorted(doubled)


def test_one_or_two_letters_search_names_only(store):
    writer = store.workers.add(family_name="Lefèvre", given_name="Zoé")
    other = store.workers.add(family_name="Peeters", given_name="Sofie")
    store.notes.add(other.id, "Lettre de motivation relue")
    assert {r.id for r in store.search("le")} == {writer.id}
    assert {r.id for r in store.search("let")} == {other.id}
