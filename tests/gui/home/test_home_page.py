"""Accueil: what needs attention today, each line leading to the worker's file."""

from __future__ import annotations


def test_home_lists_workers_without_contact_and_opens_them(qtbot, window, session, people):
    session.current.store.workers.update(people["Yılmaz"], last_contact="01/01/2024")
    session.current.notify_changed("")
    window.go("home")
    home = window.workspace.page("home")
    home.refresh()
    _box, items = home.boxes["no_contact"]
    qtbot.waitUntil(lambda: any("Ayşe" in items.item(i).text() for i in range(items.count())))
    row = next(i for i in range(items.count()) if "Ayşe" in items.item(i).text())
    items.itemClicked.emit(items.item(row))
    file = window.workspace.page("caseload").worker_file
    assert file.worker.id == people["Yılmaz"]
