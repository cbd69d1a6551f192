"""Auto-lock after idle time hides every personal datum; the status bar counts unsent changes."""

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


def test_status_bar_counts_unsent_changes(qtbot, window, session, people):
    qtbot.waitUntil(lambda: "non envoy" in window.pending_label.text())
    assert "jamais" in window.sent_label.text()
    count = int(window.pending_label.text().split()[0])
    assert count > 4  # four workers and their checklists
