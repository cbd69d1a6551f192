"""Worker file: auto-saved edits, validation beside the field, undo, lock/unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE, type_unicode


def _open(window, worker_id):
    window.open_worker(worker_id)
    return window.workspace.page("caseload").worker_file


def _unlock(qtbot, window, secret=PASSPHRASE):
    screen = window.unlock_screen
    screen.form.secret.setText(secret)
    qtbot.keyClick(screen.form.secret, Qt.Key.Key_Return)


def test_edit_is_saved_and_found_after_lock_and_unlock(qtbot, window, session, people):
    file = _open(window, people["Wójcik"])
    phone = file.form.phone
    phone.setFocus()
    qtbot.keyClicks(phone, "+32 470 12 34 56")
    type_unicode(file.timeline.note_edit, "Rendez-vous pris à Łódź")  # a draft, not yet added
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not session.is_unlocked
    assert window.workspace is None
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    file = window.workspace.page("caseload").worker_file
    # Back in the same file, with the edit and the draft note saved.
    assert file.isVisible() and file.worker.id == people["Wójcik"]
    assert file.form.phone.text() == "+32 470 12 34 56"
    assert session.current.store.workers.get(people["Wójcik"]).phone == "+32 470 12 34 56"
    notes = session.current.store.notes.for_worker(people["Wójcik"])
    assert [n.body for n in notes] == ["Rendez-vous pris à Łódź"]


def test_invalid_national_number_shows_error_and_saves_nothing(qtbot, window, session, people):
    file = _open(window, people["Dupont"])
    field = file.form.national_number
    field.setFocus()
    qtbot.keyClicks(field, "12345678901")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert file.form.national_number_error.text()  # the French message is beside the field
    assert (
        "national" in file.form.national_number_error.text().lower()
        or "niss" in file.form.national_number_error.text().lower()
    )
    assert session.current.store.workers.get(people["Dupont"]).national_number == ""
    email = file.form.email
    email.setFocus()
    qtbot.keyClicks(email, "marie@@exemple")
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    assert file.form.email_error.text()
    assert session.current.store.workers.get(people["Dupont"]).email == ""
    # Locking discards the invalid input explicitly and says so on the unlock screen.
    window.lock()
    assert "abandonnée" in window.unlock_screen.form.error.text()


def test_valid_edit_then_undo(qtbot, window, session, people):
    file = _open(window, people["Yılmaz"])
    city = file.form.city
    city.setFocus()
    type_unicode(city, "Liège")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    assert session.current.store.workers.get(people["Yılmaz"]).city == "Liège"
    assert file.form.city_error.text() == ""
    file.tabs.setFocus()
    window.undo_action.trigger()
    assert session.current.store.workers.get(people["Yılmaz"]).city == ""
    assert file.form.city.text() == ""


def test_checklist_and_note_are_saved(qtbot, window, session, people):
    file = _open(window, people["Nguyễn"])
    steps = file.checklist.steps
    assert steps.count() > 0
    steps.item(0).setCheckState(Qt.CheckState.Checked)
    assert session.current.store.admin_steps.for_worker(people["Nguyễn"])[0].done
    type_unicode(file.timeline.note_edit, "Intéressée par une formation d'aide-soignante")
    file.timeline.add_button.click()
    assert session.current.store.notes.for_worker(people["Nguyễn"])[0].body.startswith("Intéressée")
    assert "Intéressée" in file.timeline.entries.item(0).text()


def test_wrong_passphrase_gives_french_error(qtbot, window):
    window.lock()
    _unlock(qtbot, window, "pas-la-bonne-phrase")
    qtbot.waitUntil(lambda: "incorrecte" in window.unlock_screen.form.error.text(), timeout=10_000)
    assert window.workspace is None
