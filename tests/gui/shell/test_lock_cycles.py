"""Five lock/unlock cycles through the real window, every page visited and data changed in
between: nothing may reach the terminal (an exception in a slot, caught by pytest-qt, or a
WARNING/ERROR log record), and every unlock works on fresh pages and a fresh session."""

from __future__ import annotations

import logging
import shutil

import pytest
from PySide6.QtCore import Qt

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.paths import app_paths
from tests.conftest import PASSPHRASE
from tests.store.test_cv_drafts import make_audited_worker
from tests.sync import conftest as sync_fixtures

coordination_template = sync_fixtures.coordination_template
CYCLES = 5


def _idle(qtbot, session: Session) -> None:
    """Wait until the reader and writer threads of the open vault have nothing left."""
    current = session.current
    assert current is not None
    qtbot.waitUntil(lambda: not current.reader.busy and not current.writer.busy, timeout=20_000)


def _visit_every_page(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None
    for name in window.workspace.names:
        page = window.go(name)
        assert window.workspace.pages.currentWidget() is page
        _idle(qtbot, window.session)


def _lock_and_unlock(qtbot, window: MainWindow, cycle: int) -> None:
    before = window.session.current
    if cycle % 2:
        window.lock()
    else:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None and not window.session.is_unlocked
    qtbot.waitUntil(lambda: not window.session.is_closing, timeout=20_000)
    screen = window.unlock_screen
    screen.form.secret.setText(PASSPHRASE)
    qtbot.keyClick(screen.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.session.current is not before


def _change_data(qtbot, window: MainWindow, workers: list[str], cycle: int) -> None:
    current = window.session.current
    assert current is not None
    worker_id = workers[cycle % len(workers)]
    current.store.workers.update(worker_id, city=f"Liège {cycle}")
    current.store.notes.add(worker_id, f"Note du cycle {cycle} — Łódź")
    current.notify_changed(worker_id)
    window.open_worker(worker_id)  # the file, with its tabs, on the caseload page
    audits = window.go("audits")
    audits.open_worker(worker_id)
    current.notify_changed("")
    _idle(qtbot, window.session)


@pytest.fixture
def quiet_log(caplog):
    caplog.set_level(logging.WARNING)
    yield caplog
    loud = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in caplog.records]
    assert loud == [], loud


def test_five_lock_cycles_with_every_page_visited(qtbot, window, session, people, quiet_log):
    audited = make_audited_worker(session.current.store, "Yılmaz", "Ayşe")
    session.current.store.cv_drafts.create(audited)
    workers = [*people.values(), audited]
    for cycle in range(CYCLES):
        _visit_every_page(qtbot, window)
        _change_data(qtbot, window, workers, cycle)
        window.go("cv").open_worker(audited)  # a CV editor rendering its preview
        window.go("reports")
        _lock_and_unlock(qtbot, window, cycle)
        # Back where the counsellor was, with the data of the cycle.
        assert window.workspace.current_name() == "reports"
        assert session.current.store.workers.get(workers[cycle % len(workers)]).city == (
            f"Liège {cycle}"
        )
    _visit_every_page(qtbot, window)


def test_five_lock_cycles_in_a_coordination_vault(
    qtbot, coordination_template, tmp_path, quiet_log
):
    folder = tmp_path / "coordination"
    shutil.copytree(coordination_template, folder)
    session = Session(app_paths(folder))
    session.open_with_key(session.vault.key_from_passphrase(PASSPHRASE))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    try:
        assert window.workspace.names[-1] == "coordination"
        store = session.current.store
        cell = store.cells.add("Cellule Aciéries Fictives")
        workers = [
            store.workers.add(family_name=family, given_name=given, cell_id=cell.id).id
            for family, given in (("Nguyễn", "Thị Hoa"), ("王", "芳"))
        ]
        for cycle in range(CYCLES):
            _visit_every_page(qtbot, window)
            _change_data(qtbot, window, workers, cycle)
            page = window.go("coordination")
            page.refresh()
            _idle(qtbot, session)
            _lock_and_unlock(qtbot, window, cycle)
            assert window.workspace.current_name() == "coordination"
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.current_name() == "home"
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.current_name() == "coordination"
    finally:
        window.idle.detach()
        session.wait_closed()
