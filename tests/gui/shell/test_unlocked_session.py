"""The per-unlock session: reads and long writes on threads of their own, none touching the
GUI thread's connection; locking with a write in flight clears the screen at once, says what
is finishing, and the next unlock waits for it without freezing the window."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import sqlcipher3
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QFileDialog

from reconv_desktop.gui.settings.backups_dialog import BackupsDialog
from reconv_desktop.gui.settings.journal_dialog import JournalDialog
from reconv_desktop.gui.settings.retention_dialog import RetentionDialog
from reconv_desktop.sync.coordination import send_bundle
from reconv_desktop.sync.identity import peer
from reconv_desktop.sync.importing import import_bundle
from tests.conftest import PASSPHRASE
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import pair

coordination_template = sync_fixtures.coordination_template
open_copy = sync_fixtures.open_copy
coord = sync_fixtures.coord
ESCO = Path(__file__).parents[2] / "data" / "esco" / "fr"


class ThreadBoundConnection:
    """A connection that notes every use from a thread other than its owner's."""

    def __init__(self, conn, owner: int, misuses: list[str]) -> None:
        self._conn, self._owner, self._misuses = conn, owner, misuses

    def __getattr__(self, name: str):
        if threading.get_ident() != self._owner:
            self._misuses.append(f"{name} from {threading.current_thread().name}")
        return getattr(self._conn, name)


def _guard_gui_store(session) -> list[str]:
    store = session.current.store
    misuses: list[str] = []
    guarded = ThreadBoundConnection(store.conn, store.owner_thread, misuses)
    store.conn = guarded
    store.db.conn = guarded
    return misuses


def _swallow(fn) -> None:
    with contextlib.suppress(sqlcipher3.ProgrammingError):  # the connection's own check
        fn()


def _idle(qtbot, session) -> None:
    current = session.current
    qtbot.waitUntil(lambda: not current.reader.busy and not current.writer.busy, timeout=20_000)


def test_no_background_work_touches_the_gui_thread_store(
    qtbot, window, session, people, coord, monkeypatch, tmp_path
):
    misuses = _guard_gui_store(session)
    store = session.current.store
    # The guard sees a use from another thread (which the connection refuses anyway).
    probe = threading.Thread(target=lambda: _swallow(lambda: store.meta("owner_name")))
    probe.start()
    probe.join()
    assert len(misuses) == 1
    misuses.clear()
    pair(store, coord)

    # Sync: the export wizard plans and writes a bundle, the import wizard reads a receipt.
    page = window.go("sync")
    dest = tmp_path / "lot.reconv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    page.open_export()
    wizard = page.export_wizard
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.plan is not None, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    wizard.accept()
    import_bundle(coord, dest)
    send_bundle(coord, peer(coord, store.device_id), tmp_path / "accusé.reconv", receipts=True)
    page.open_import()
    importer = page.import_wizard
    importer.choose.path.setText(str(tmp_path / "accusé.reconv"))
    importer.next()
    qtbot.waitUntil(lambda: importer.currentPage() is importer.preview, timeout=10_000)
    importer.next()
    qtbot.waitUntil(lambda: importer.currentPage() is importer.done_page, timeout=10_000)
    importer.accept()

    # Backups: one now, and the daily one started at unlock.
    dialog = BackupsDialog(session.current, window)
    dialog.backup_now()
    qtbot.waitUntil(lambda: "Sauvegarde créée" in dialog.form.status.text(), timeout=10_000)
    dialog.reject()
    window.start_auto_backup()
    qtbot.waitUntil(
        lambda: "Sauvegarde automatique" in window.statusBar().currentMessage(), timeout=10_000
    )

    # Rights: subject access export, then erasure (backup first).
    window.open_worker(people["Nguyễn"])
    rights = window.workspace.page("caseload").worker_file.rights
    rights.export_to(tmp_path)
    qtbot.waitUntil(lambda: "Export écrit" in rights.result.text(), timeout=10_000)
    rights.erase_confirmed()
    qtbot.waitUntil(lambda: rights.worker is None, timeout=10_000)

    # Settings: journal export and the retention rule applied.
    journal = JournalDialog(session.current, window)
    journal.export_to(tmp_path / "journal.csv")
    qtbot.waitUntil(lambda: "Journal exporté" in journal.status.text(), timeout=10_000)
    journal.reject()
    retention = RetentionDialog(session.current, window)
    retention.apply_confirmed()
    qtbot.waitUntil(lambda: "appliquée" in retention.summary.text(), timeout=10_000)
    retention.reject()

    # Skills referential: an ESCO release imported (after its backup).
    from reconv_desktop.gui.audits.referential_import import ReferentialImportDialog

    esco = ReferentialImportDialog(session.current, window)
    esco.folder.setText(str(ESCO))
    esco.start_import()
    qtbot.waitUntil(lambda: esco.report is not None, timeout=20_000)
    esco.reject()

    _idle(qtbot, session)
    assert misuses == []
    assert store.meta("last_bundle_sent_at")  # the export was recorded
    assert people["Nguyễn"] not in {r.id for r in store.workers.caseload()}


def test_lock_while_a_write_runs_clears_the_screen_and_unlock_waits_for_it(
    qtbot, window, session, people
):
    release = threading.Event()
    results: list[str] = []

    def long_write(store, progress) -> str:
        progress(1, 3, "Import du lot")
        assert release.wait(20)
        with store.transaction():
            store.notes.add(people["Dupont"], "Écrite pendant le verrouillage")
        progress(3, 3, "Import du lot")
        return "fait"

    try:
        window.open_worker(people["Dupont"])
        current = session.current
        current.write(window, long_write, results.append, progress_label="Import du lot…")
        qtbot.waitUntil(lambda: current.write_status() == ("Import du lot…", 1, 3))

        window.lock()
        # The data left the screen at once; the vault is still finishing.
        assert window.workspace is None and not session.is_unlocked and session.is_closing
        screen = window.unlock_screen
        assert screen.form.finishing.isVisible()
        assert "Import du lot" in screen.form.finishing.text()
        assert screen.form.finishing_progress.maximum() == 3
        assert screen.form.finishing_progress.value() == 1

        # Unlocking waits for the write, the window keeps answering meanwhile.
        screen.form.secret.setText(PASSPHRASE)
        qtbot.keyClick(screen.form.secret, Qt.Key.Key_Return)
        waiting = "dès que le travail en cours"
        qtbot.waitUntil(lambda: waiting in screen.form.error.text(), timeout=10_000)
        assert not session.is_unlocked and window.workspace is None
        release.set()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)

        assert not screen.form.finishing.isVisible()
        assert results == []  # the pages it was for are gone: its result is dropped
        notes = session.current.store.notes.for_worker(people["Dupont"])
        assert [n.body for n in notes] == ["Écrite pendant le verrouillage"]
        assert session.current is not current
    finally:
        release.set()  # never leave the writer waiting


def test_lock_cuts_every_connection_pages_made(qtbot, window, session, people):
    for name in window.workspace.names:
        window.go(name)
    old = session.current
    assert old.receivers(SIGNAL("data_changed(QString)")) > 0
    window.lock()
    assert old.receivers(SIGNAL("data_changed(QString)")) == 0
    assert old.receivers(SIGNAL("open_worker_requested(QString)")) == 0
    assert not old.is_open
    try:
        old.write(None, lambda store, progress: None, lambda result: None)
    except RuntimeError as exc:
        assert "locked" in str(exc)
    else:
        raise AssertionError("a write after the lock must be refused")
    shown: list[object] = []
    old.query(None, lambda store: 1, shown.append)  # dropped: nothing to show it on
    qtbot.waitUntil(lambda: not session.is_closing)
    assert shown == []
