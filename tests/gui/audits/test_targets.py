"""Métiers cibles tab: the ranking follows the person shown, whatever row was selected, also
after the window was locked and unlocked (the page is then rebuilt where it was)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reconv_desktop.referential.search import search_skills
from reconv_desktop.referential.targets import ensure_referential
from tests.conftest import PASSPHRASE


def _audit_with_referential_skills(store, worker_id: str, typed: str) -> None:
    audit = store.skill_audits.create(worker_id)
    for hit in search_skills(store.db, typed, limit=3):
        store.skill_audits.add_skill(audit.id, skill_uri=hit.uri, level=4)


def _unlock(qtbot, window) -> None:
    qtbot.keyClicks(window.unlock_screen.form.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


def _ranked(qtbot, targets) -> None:
    qtbot.waitUntil(lambda: targets.ranking.topLevelItemCount() > 0, timeout=10_000)


def _select_last(targets) -> None:
    count = targets.ranking.topLevelItemCount()
    targets.ranking.setCurrentItem(targets.ranking.topLevelItem(count - 1))
    assert targets.explanation.text()


def test_changing_person_while_a_ranked_row_is_selected(qtbot, window, session, people):
    store = session.current.store
    ensure_referential(store.db)
    _audit_with_referential_skills(store, people["Wójcik"], "soud")
    _audit_with_referential_skills(store, people["Yılmaz"], "cuisin")
    page = window.go("audits")
    page.open_worker(people["Wójcik"])
    page.editor.tabs.setCurrentWidget(page.editor.targets)
    _ranked(qtbot, page.editor.targets)
    _select_last(page.editor.targets)
    page.open_worker(people["Yılmaz"])
    _ranked(qtbot, page.editor.targets)
    _select_last(page.editor.targets)

    window.lock()
    _unlock(qtbot, window)
    page = window.workspace.page("audits")
    targets = page.editor.targets
    assert page.worker_id == people["Yılmaz"] and page.editor.tabs.currentWidget() is targets
    _ranked(qtbot, targets)
    _select_last(targets)

    page.open_worker(people["Wójcik"])  # raised IndexError in _selected_ranked

    assert page.editor.audit.worker_id == people["Wójcik"]
    _ranked(qtbot, targets)
    assert targets.ranking.currentItem() is not None and targets.explanation.text()
    assert targets.pick_button.isEnabled()
