"""Agenda and drop-in mode: a visit recorded in a few keystrokes, then the next visitor."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt


def _drop_in(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.page("agenda")
    assert page.stack.currentWidget() is page.drop_in
    return page.drop_in


def test_drop_in_visit_for_existing_worker(qtbot, window, session, people):
    panel = _drop_in(qtbot, window)
    form = panel.form
    qtbot.keyClicks(form.visitor, "wojcik")
    qtbot.waitUntil(lambda: form.matches.count() == 2)  # the match + "new person"
    assert "Łukasz" in form.feedback.text()
    qtbot.keyClicks(form.note, "Question sur le C4")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)

    appointments = session.current.store.appointments.for_worker(people["Wójcik"])
    assert [(a.kind.value, a.status.value, a.reason) for a in appointments] == [
        ("permanence", "realise", "Suivi")
    ]
    assert [n.body for n in session.current.store.notes.for_worker(people["Wójcik"])] == [
        "Question sur le C4"
    ]
    assert session.current.store.workers.get(people["Wójcik"]).last_contact == date.today()
    assert form.visitor.text() == "" and form.note.text() == ""
    assert form.visitor.hasFocus()
    assert "WÓJCIK Łukasz" in form.today_visits.item(0).text()


def test_drop_in_creates_new_visitor(qtbot, window, session):
    panel = _drop_in(qtbot, window)
    form = panel.form
    qtbot.keyClicks(form.visitor, "Lambert Sofie")
    qtbot.keyClick(form.visitor, Qt.Key.Key_Return)  # Enter before the search answered
    rows = session.current.store.workers.caseload()
    assert [(r.family_name, r.given_name) for r in rows] == [("Lambert", "Sofie")]
    assert "nouvelle personne" in form.feedback.text()
    assert len(session.current.store.appointments.for_worker(rows[0].id)) == 1


def test_agenda_lists_todays_appointments(qtbot, window, session, people):
    store = session.current.store
    store.appointments.add(
        datetime.combine(date.today(), time(23, 30)),
        people["Dupont"],
        reason="Préparation entretien",
    )
    window.go("agenda")
    page = window.workspace.page("agenda")
    qtbot.waitUntil(
        lambda: (
            page.today.topLevelItemCount() == 1
            and page.today.topLevelItem(0).text(1) == "DUPONT Marie"
        )
    )
    assert page.today.topLevelItem(0).text(3) == "Préparation entretien"
