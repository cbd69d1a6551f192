"""Auto-lock after idle time hides every personal datum; the home view leads to files."""

from __future__ import annotations

from tests.gui.conftest import visible_texts


def test_auto_lock_fires_and_hides_data(qtbot, window, session, people):
    window.open_worker(people["Wójcik"])
    page = window.workspace.page("caseload")
    assert any("Łukasz" in t for t in visible_texts(window))
    session.update_settings(auto_lock_minutes=0.005)  # 300 ms
    window.apply_settings()
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5_000)
    texts = " ".join(visible_texts(window))
    for name in ("Wójcik", "WÓJCIK", "Łukasz", "Yılmaz", "Nguyễn", "Dupont", "DUPONT"):
        assert name not in texts
    assert "Verrouillé" in window.lock_label.text()
    assert "inactivité" in window.unlock_screen.form.error.text()
    assert page is not None and window.workspace is None


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


def test_status_bar_counts_unsent_changes(qtbot, window, session, people):
    qtbot.waitUntil(lambda: "non envoy" in window.pending_label.text())
    assert "jamais" in window.sent_label.text()
    count = int(window.pending_label.text().split()[0])
    assert count > 4  # four workers and their checklists
