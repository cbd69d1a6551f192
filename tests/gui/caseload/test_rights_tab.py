"""The Droits tab: access logged, subject access export, clipboard clearing, typed erasure."""

from __future__ import annotations

import json

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reconv_desktop.gui.caseload.rights_tab import EraseDialog
from reconv_desktop.rights.journal import events
from tests.conftest import type_unicode
from tests.gui.conftest import visible_texts


def _rights_tab(qtbot, window, worker_id):
    window.open_worker(worker_id)
    file = window.workspace.page("caseload").worker_file
    file.tabs.setCurrentWidget(file.rights)
    return file, file.rights


def test_opening_a_file_is_logged_once_and_export_writes_json_and_pdf(
    qtbot, window, session, people, tmp_path, monkeypatch
):
    session.current.store.workers.update(
        people["Nguyễn"],
        consent_scope="accompagnement",
        consent_date="02/03/2026",
        consent_by="Łukasz Conseiller",
    )
    _file, tab = _rights_tab(qtbot, window, people["Nguyễn"])
    assert "02/03/2026" in tab.consent_label.text()
    assert "Łukasz Conseiller" in tab.consent_label.text()
    accesses = events(session.current.store, target_id=people["Nguyễn"], action="access")
    assert len(accesses) == 1
    session.current.notify_changed(people["Nguyễn"])  # a reload after an edit is not a new access
    assert len(events(session.current.store, target_id=people["Nguyễn"], action="access")) == 1

    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(tmp_path)
    )
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Export écrit" in tab.result.text(), timeout=10_000)
    (json_file,) = tmp_path.glob("droit-acces-nguyen-thi-hoa-*.json")
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["tables"]["worker"][0]["family_name"] == "Nguyễn"
    pdf_text = "".join(p.extract_text() for p in PdfReader(json_file.with_suffix(".pdf")).pages)
    assert "Nguyễn" in pdf_text and "Consentement" in pdf_text
    logged = {e.detail for e in events(session.current.store, target_id=people["Nguyễn"])}
    assert {"subject-access json", "subject-access pdf"} <= logged


def test_copied_contact_is_cleared_after_the_delay(qtbot, window, session, people):
    session.current.store.workers.update(people["Yılmaz"], email="ayse.yilmaz@exemple.invalid")
    session.update_settings(clipboard_clear_seconds=1)
    _file, tab = _rights_tab(qtbot, window, people["Yılmaz"])
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert "ayse.yilmaz@exemple.invalid" in clipboard.text()
    assert "Ayşe Yılmaz" in clipboard.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)


def test_text_copied_elsewhere_since_is_left_alone(qtbot, window, session, people):
    session.update_settings(clipboard_clear_seconds=1)
    _file, tab = _rights_tab(qtbot, window, people["Dupont"])
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("texte copié ailleurs")
    qtbot.waitSignal(tab.clear_timer.timeout, timeout=5_000).wait()  # the delay is over
    assert clipboard.text() == "texte copié ailleurs"


def test_erase_needs_the_typed_family_name_then_the_person_is_gone(qtbot, window, session, people):
    file, tab = _rights_tab(qtbot, window, people["Wójcik"])
    seen: dict[str, object] = {}

    def confirm(dialog: EraseDialog) -> None:
        seen["text"] = " ".join(visible_texts(dialog))
        type_unicode(dialog.confirm_edit, "Wójci")
        seen["early"] = dialog.erase_button.isEnabled()
        type_unicode(dialog.confirm_edit, "k")
        seen["ready"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, EraseDialog):
            confirm(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: file.worker is None, timeout=10_000)

    assert "sauvegardes faites avant" in str(seen["text"])
    assert seen["early"] is False and seen["ready"] is True
    page = window.workspace.page("caseload")
    assert page.stack.currentIndex() == 0  # back to the list
    ids = {row.id for row in session.current.store.workers.caseload()}
    assert people["Wójcik"] not in ids and people["Dupont"] in ids
    assert (
        session.current.store.search("Wójcik") == []
        and session.current.store.search("Łukasz") == []
    )
    page.search.setText("wojcik")
    page.refresh()  # what the typing pause fires
    reader = session.current.reader
    qtbot.waitUntil(lambda: not reader.busy)
    assert not any("Łukasz" in t or "WÓJCIK" in t for t in visible_texts(page))
    assert session.current.undo_stack.count() == 0
    newest = events(session.current.store, target_id=people["Wójcik"], limit=1)[0]
    assert newest.action == "erasure"
