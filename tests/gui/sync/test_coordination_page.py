"""Coordination page: shown only in a coordination vault; imports a counsellor's bundle and
shows that counsellor's figures in the consolidated table."""

from __future__ import annotations

import shutil
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.paths import app_paths
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.identity import device_identity, enrol_peer, export_card
from reconv_desktop.sync.indicators import monthly_figures
from tests.conftest import PASSPHRASE
from tests.sync import conftest as sync_fixtures

coordination_template = sync_fixtures.coordination_template
PERIOD = "2026-03"


def _coordination_window(qtbot, template, tmp_path):
    folder = tmp_path / "coordination"
    shutil.copytree(template, folder)
    session = Session(app_paths(folder))
    session.open_with_key(session.vault.key_from_passphrase(PASSPHRASE))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_counsellor_window_has_no_coordination_page(window):
    nav = window.workspace.nav
    assert "Coordination" not in [nav.item(i).text() for i in range(nav.count())]
    assert window.workspace.hint.text().startswith("Ctrl+1 à Ctrl+8 : changer de page")


def test_coordination_page_imports_bundle_and_consolidates_figures(
    qtbot, store, coordination_template, monkeypatch, tmp_path
):
    window = _coordination_window(qtbot, coordination_template, tmp_path)
    coord = window.session.current.store
    try:
        nav = window.workspace.nav
        assert nav.item(nav.count() - 1).text() == "Coordination"
        # The navigation's hint counts the nine pages of a coordination vault.
        assert window.workspace.hint.text().startswith("Ctrl+1 à Ctrl+9 : changer de page")
        page = window.workspace.page("coordination")
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        assert window.workspace.pages.currentWidget() is page

        # Register the counsellor from their card, fingerprint confirmed.
        card = export_card(store, tmp_path / "carte Łukasz.json", name="Łukasz Wójcik")
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileName",
            lambda *a, **k: (str(tmp_path / "carte Łukasz.json"), ""),
        )
        page.add_button.click()
        dialog = page.enrol_dialog
        dialog.card_box.load_button.click()
        assert dialog.card_box.fingerprint.text() == "  ".join(card.fingerprint.split("-"))
        assert not dialog.ok.isEnabled()
        dialog.card_box.confirmed.click()
        dialog.ok.click()
        qtbot.waitUntil(lambda: page.counsellors.rowCount() == 1)
        assert page.counsellors.item(0, 0).text() == "Łukasz Wójcik"

        # The counsellor enrols coordination on their side.
        enrol_peer(store, device_identity(coord).card, "coordination")
        fill_demo(store, 40, notes_per_worker=0, appointments_per_worker=3, today=date(2026, 4, 10))
        bundle = tmp_path / "lot.reconv"
        export_bundle(store, PERIOD, "pseudonymous", bundle)

        page.import_button.click()
        wizard = page.import_wizard
        wizard.choose.path.setText(str(bundle))
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview, timeout=10_000)
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
        wizard.accept()
        qtbot.waitUntil(lambda: page.counsellors.item(0, 2).text() == "1")

        page.month.set_period(PERIOD)
        expected = monthly_figures(store, PERIOD)
        qtbot.waitUntil(
            lambda: page.shown_period == PERIOD and page.model.rowCount() == len(expected),
            timeout=5_000,
        )
        assert page.model.index(0, 0).data() == "Łukasz Wójcik"
        assert [page.model.figure(r) for r in range(page.model.rowCount())] == expected
        assert list(page.chart.values) == ["Łukasz Wójcik"]

        out = tmp_path / "consolidé.csv"
        page.export(out, "csv")
        qtbot.waitUntil(out.exists, timeout=5_000)
        assert "Łukasz Wójcik" in out.read_text(encoding="utf-8")
        assert device_identity(store).card.device_id in out.read_text(encoding="utf-8")
    finally:
        window.idle.detach()
        window.session.wait_closed()


def test_send_dialog_can_carry_the_referential(qtbot, store, coordination_template, tmp_path):
    from reconv_desktop.gui.sync.send import SendDialog
    from reconv_desktop.referential.targets import ensure_referential
    from reconv_desktop.sync.coordination import add_counsellor
    from reconv_desktop.sync.importing import inspect_bundle

    window = _coordination_window(qtbot, coordination_template, tmp_path)
    coord = window.session.current.store
    try:
        card = device_identity(store).card
        add_counsellor(coord, card)
        enrol_peer(store, device_identity(coord).card, "coordination")
        ensure_referential(coord.db)
        dialog = SendDialog(window.session.current, to=card.device_id, parent=window)
        qtbot.addWidget(dialog)
        dialog.referential.setChecked(True)
        assert dialog.preview()
        tables = set(dialog.plan.tables)
        assert {"ref_skill", "ref_occupation", "ref_occupation_skill"} <= tables
        dialog.write(tmp_path / "référentiel.reconv")
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
        report = inspect_bundle(store, tmp_path / "référentiel.reconv")
        assert "compétences" in report.referential and "remplace" in report.referential
    finally:
        window.close()
