"""Drop-in visits: find or create the visitor, record the visit and its note at once."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.errors import ValidationError
from reconv_desktop.store.dropin import parse_visitor_name, record_drop_in

WHEN = datetime(2026, 3, 16, 10, 30)


def test_visit_for_a_new_worker_records_everything(store):
    visit = record_drop_in(
        store,
        new_worker_name="Wójcik Łukasz",
        reason="Dossier chômage",
        note="Apporte son C4",
        when=WHEN,
    )
    assert visit.created_worker
    worker = store.workers.get(visit.worker_id)
    assert (worker.family_name, worker.given_name) == ("Wójcik", "Łukasz")
    assert worker.last_contact == WHEN.date()
    [appointment] = store.appointments.for_worker(worker.id)
    assert (appointment.kind, appointment.status, appointment.reason) == (
        "permanence",
        "realise",
        "Dossier chômage",
    )
    assert [n.body for n in store.notes.for_worker(worker.id)] == ["Apporte son C4"]


def test_visit_for_a_known_worker_without_note(store):
    worker = store.workers.add(family_name="Yılmaz", given_name="Ayşe")
    visit = record_drop_in(store, worker_id=worker.id, reason="CV", when=WHEN)
    assert not visit.created_worker and visit.note_id is None
    assert store.workers.count() == 1


def test_one_word_name_is_refused_and_nothing_written(store):
    with pytest.raises(ValidationError, match="nom puis le prénom"):
        record_drop_in(store, new_worker_name="Nguyễn", reason="Suivi")
    assert store.workers.count() == 0 and store.appointments.count() == 0


def test_parse_visitor_name_forms():
    assert parse_visitor_name("  Nguyễn   Thị Hoa ") == ("Nguyễn", "Thị Hoa")
    assert parse_visitor_name("El Amrani, Youssef") == ("El Amrani", "Youssef")


@given(st.text(max_size=40))
def test_parse_visitor_name_never_crashes(text):
    try:
        family, given_name = parse_visitor_name(text)
    except ValidationError:
        return
    assert family and given_name
