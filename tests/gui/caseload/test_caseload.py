"""Caseload page: quick add, search as you type, filters, opening a file with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import type_unicode


def _caseload(window):
    window.go("caseload")
    return window.workspace.page("caseload")


def test_quick_add_creates_worker_and_opens_file(qtbot, window, session, monkeypatch):
    page = _caseload(window)
    from reconv_desktop.gui.caseload import quick_add

    def fill_and_accept(dialog):
        type_unicode(dialog.form.family_name, "Yılmaz")
        qtbot.keyClicks(dialog.form.given_name, "Emre")
        qtbot.keyClicks(dialog.form.email, "pas-un-email")
        dialog.accept()
        assert "mail" in dialog.form.error.text().lower()  # refused, nothing saved
        assert session.current.store.workers.count() == 0
        dialog.form.email.clear()
        qtbot.keyClicks(dialog.form.email, "emre@exemple.invalid")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(quick_add.QuickAddDialog, "exec", fill_and_accept)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    rows = session.current.store.workers.caseload()
    assert [(r.family_name, r.given_name) for r in rows] == [("Yılmaz", "Emre")]
    assert page.stack.currentWidget() is page.worker_file
    assert page.worker_file.title.text().startswith("YILMAZ Emre")


def test_search_as_you_type_is_accent_insensitive(qtbot, window, people):
    page = _caseload(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "wojcik")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "WÓJCIK"
    assert page.model.index(0, 1).data() == "Łukasz"
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.worker_file
    assert page.worker_file.worker.id == people["Wójcik"]


def test_stale_search_results_are_dropped(qtbot, window, people):
    page = _caseload(window)
    qtbot.keyClicks(page.search, "ng")
    page.refresh()
    page.search.setText("yilmaz")
    page.refresh()
    reader = window.session.current.reader
    qtbot.waitUntil(lambda: not reader.busy)  # both searches answered
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "YILMAZ"


def test_filters_and_locale_aware_sort(qtbot, window, session, people):
    page = _caseload(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    names = [page.model.index(r, 0).data() for r in range(4)]
    assert names == ["DUPONT", "NGUYỄN", "WÓJCIK", "YILMAZ"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 0).data() == "YILMAZ"
    session.current.store.workers.update(people["Dupont"], status="en_emploi")
    page.status_filter.setCurrentIndex(page.status_filter.findData("en_emploi"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "DUPONT"


def test_enter_in_table_opens_worker(qtbot, window, people):
    page = _caseload(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.worker_file.worker.id == people["Wójcik"]
    qtbot.keyClick(page.worker_file, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
