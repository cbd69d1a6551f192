"""Sync page: export and import wizards, history, conflicts, and enrolment in the first run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.sync.conflicts import list_conflicts
from reconv_desktop.sync.coordination import send_bundle
from reconv_desktop.sync.identity import device_identity, export_card, peer, peers
from reconv_desktop.sync.importing import import_bundle
from tests.gui.conftest import visible_texts
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import dump, pair

# The sync tests' second vault (a coordination with its own keys), reused here.
coordination_template = sync_fixtures.coordination_template
open_copy = sync_fixtures.open_copy
coord = sync_fixtures.coord

SYNC = "sync"


def _sync_page(window: MainWindow):
    window.go(SYNC)
    return window.workspace.page(SYNC)


def _pending(window: MainWindow) -> int:
    return int(window.pending_label.text().split()[0].replace("\u202f", "").replace("\xa0", ""))


def _next(wizard: QWizard) -> None:
    qtbot_button = wizard.button(QWizard.WizardButton.NextButton)
    assert qtbot_button.isEnabled()
    qtbot_button.click()


def _export_with_wizard(qtbot, page, monkeypatch, dest: Path, scope: str = "pseudonymous"):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    wizard.options.scope_buttons[scope].click()
    _next(wizard)
    preview = wizard.preview
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    return wizard, preview


def test_export_wizard_previews_then_writes_a_bundle_coordination_accepts(
    qtbot, window, people, coord, monkeypatch, tmp_path
):
    store = window.session.current.store
    pair(store, coord)
    page = _sync_page(window)
    assert "Coordination Ayşe Yılmaz" in page.peer_label.text()
    dest = tmp_path / "lot mars.reconv"
    wizard, preview = _export_with_wizard(qtbot, page, monkeypatch, dest)
    # Exactly what leaves, before anything is written: tables, rows, fields, fields removed.
    tables = {preview.table.item(r, 0).text(): r for r in range(preview.table.rowCount())}
    worker = tables["worker"]
    assert preview.table.item(worker, 1).text() == "4"
    assert "family_name" not in preview.table.item(worker, 2).text().split(", ")
    assert "family_name" in preview.table.item(worker, 3).text()
    assert "Coordination Ayşe Yılmaz" in preview.header.text()
    assert not dest.exists()
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    assert dest.exists() and "Lot n° 1" in wizard.done_page.text.text()
    wizard.accept()
    report = import_bundle(coord, dest)
    assert report.applied and report.summary["worker"]["new"] == 4
    # The history shows the bundle as sent and not yet acknowledged.
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 1)
    assert (
        "envoyé" in visible_texts(page.history_view)
        or page.history_model.rows[0]["direction"] == "sent"
    )
    assert "en attente" in visible_texts(page.history_view)


def test_import_wizard_applies_receipt_and_refuses_tampered_bundle(
    qtbot, window, people, coord, monkeypatch, tmp_path
):
    store = window.session.current.store
    pair(store, coord)
    page = _sync_page(window)
    wizard, _preview = _export_with_wizard(qtbot, page, monkeypatch, tmp_path / "b.reconv")
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    wizard.accept()
    import_bundle(coord, tmp_path / "b.reconv")
    send_bundle(coord, peer(coord, store.device_id), tmp_path / "receipt.reconv", receipts=True)
    # Not acknowledged yet: everything written here still counts as not sent.
    qtbot.waitUntil(lambda: _pending(window) > 4)

    # A tampered copy: its own French error, nothing changed.
    data = bytearray((tmp_path / "receipt.reconv").read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "abîmé.reconv").write_bytes(bytes(data))
    before = dump(store)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    bad = page.import_wizard
    bad.choose.path.setText(str(tmp_path / "abîmé.reconv"))
    _next(bad)
    qtbot.waitUntil(lambda: "Lot refusé" in bad.choose.error.text(), timeout=10_000)
    assert bad.currentPage() is bad.choose
    assert dump(store) == before
    bad.reject()

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    good = page.import_wizard
    good.choose.path.setText(str(tmp_path / "receipt.reconv"))
    _next(good)
    qtbot.waitUntil(lambda: good.currentPage() is good.preview, timeout=10_000)
    assert "Coordination Ayşe Yılmaz" in good.preview.header.text()
    assert good.preview.table.item(0, 0).text() == "receipt"
    assert "Accusé de réception de 1 lot" in good.preview.status.text()
    _next(good)
    qtbot.waitUntil(lambda: good.currentPage() is good.done_page, timeout=10_000)
    assert "1 envoi(s) accusé(s)" in good.done_page.text.text()
    good.accept()
    # Status bar: nothing left unsent; history: the sent bundle is acknowledged.
    qtbot.waitUntil(lambda: _pending(window) == 0, timeout=5_000)
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)
    assert any(t.startswith("accusé le") for t in visible_texts(page.history_view))


def test_conflicts_tab_lists_conflict_and_swap_takes_other_version(qtbot, window, coord, tmp_path):
    store = window.session.current.store
    pair(store, coord)
    cell = coord.cells.add("Cellule Aciéries Fictives")
    to = peer(coord, store.device_id)
    send_bundle(coord, to, tmp_path / "r1.reconv", reference="builtin")
    import_bundle(store, tmp_path / "r1.reconv")
    with store.transaction():
        store.cells._update(cell.id, {"sector": "Sidérurgie (conseillère)"})
    coord.clock.observe(store.clock.last)  # coordination edits later, whatever the wall clock
    with coord.transaction():
        coord.cells._update(cell.id, {"sector": "Métallurgie (coordination)"})
    send_bundle(coord, to, tmp_path / "r2.reconv", reference="builtin")
    import_bundle(store, tmp_path / "r2.reconv")

    page = _sync_page(window)
    assert page.tabs.tabText(1) == "Con&flits (1)"
    page.tabs.setCurrentIndex(1)
    panel = page.conflicts
    assert panel.list.item(0, 0).text() == "cell"
    texts = visible_texts(panel.detail)
    assert "Métallurgie (coordination)" in texts and "Sidérurgie (conseillère)" in texts
    qtbot.mouseClick(panel.swap_button, Qt.MouseButton.LeftButton)
    assert store.cells.get(cell.id).sector == "Sidérurgie (conseillère)"
    assert list_conflicts(store) == []
    assert page.tabs.tabText(1) == "Con&flits"
    assert panel.empty.isVisible()


def test_first_run_wizard_enrols_coordination_after_showing_fingerprint(
    qtbot, data_dir, coord, monkeypatch, tmp_path
):
    from reconv_desktop.gui.shell.app import Launcher
    from reconv_desktop.paths import app_paths
    from reconv_desktop.vault.vault import Vault
    from tests.gui.conftest import FAST_KDF

    card = export_card(coord, tmp_path / "carte-coordination.json")
    paths = app_paths(data_dir / "neuf")
    launcher = Launcher(paths)
    launcher.start()
    wizard = launcher.wizard
    qtbot.addWidget(wizard)
    wizard.kdf = FAST_KDF
    passphrase = "Cinq-poires-vertes-2026"
    qtbot.keyClicks(wizard.passphrase_page.passphrase, passphrase)
    qtbot.keyClicks(wizard.passphrase_page.confirmation, passphrase)
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    wizard.recovery_page.kept.click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.enrolment_page
    assert wizard.currentPage() is page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()  # skippable
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (str(tmp_path / "carte-coordination.json"), ""),
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    shown = page.card_box.fingerprint.text()
    assert shown == "  ".join(card.fingerprint.split("-"))
    assert "Coordination Ayşe Yılmaz" in page.card_box.who.text()
    assert not finish.isEnabled()  # the fingerprint must be confirmed first
    page.card_box.confirmed.click()
    assert finish.isEnabled()
    finish.click()
    qtbot.waitUntil(lambda: launcher.window is not None)
    qtbot.addWidget(launcher.window)
    enrolled = peers(launcher.session.current.store, "coordination")
    assert [p.fingerprint for p in enrolled] == [device_identity(coord).card.fingerprint]
    launcher.window.idle.detach()
    launcher.session.wait_closed()
    assert Vault(paths).exists()
