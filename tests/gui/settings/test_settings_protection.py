"""Settings > Protection des données: clipboard delay saved, journal viewer, retention."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reconv_desktop.gui.settings.journal_dialog import JournalDialog
from reconv_desktop.gui.settings.retention_dialog import RetentionDialog
from reconv_desktop.settings import load_settings


def _settings_page(window):
    return window.go("settings")


def test_clipboard_delay_is_saved(qtbot, window, session):
    page = _settings_page(window)
    assert page.form.clipboard_clear.value() == 30
    page.form.clipboard_clear.setValue(0)
    assert page.form.clipboard_clear.text() == "jamais"
    assert load_settings(session.paths).clipboard_clear_seconds == 0


def test_journal_lists_accesses_and_exports_csv(qtbot, window, session, people, tmp_path):
    window.open_worker(people["Yılmaz"])
    page = _settings_page(window)
    qtbot.mouseClick(page.form.open_journal, Qt.MouseButton.LeftButton)
    dialog = window.findChild(JournalDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    labels = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert "Consultation d'un dossier" in labels
    assert all(
        "Yılmaz" not in str(dialog.model.index(r, c).data())
        for r in range(dialog.model.rowCount())
        for c in range(5)
    )
    dialog.export_to(tmp_path / "journal.csv")
    qtbot.waitUntil(lambda: "Journal exporté" in dialog.status.text())
    text = (tmp_path / "journal.csv").read_text(encoding="utf-8-sig")
    assert "access" in text and people["Yılmaz"] in text
    dialog.reject()


def test_retention_preview_then_apply_anonymises(qtbot, window, session, people):
    store = session.current.store
    cell = store.cells.add("Cellule Close Fictive", company="Close Fictive", end_date="2020-01-31")
    gone = store.workers.add(family_name="Nguyễn", given_name="Văn An", cell_id=cell.id).id
    page = _settings_page(window)
    qtbot.mouseClick(page.form.open_retention, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RetentionDialog)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1)
    assert "Văn An" in dialog.list.topLevelItem(0).text(0)
    assert "1 personne(s)" in dialog.apply_button.text()
    dialog.apply_confirmed()
    qtbot.waitUntil(lambda: "appliquée à 1" in dialog.summary.text(), timeout=10_000)
    worker = store.workers.get(gone)
    assert worker.family_name == "Anonymisé" and worker.given_name == ""
    assert store.search("Văn An") == []
    dialog.reject()
