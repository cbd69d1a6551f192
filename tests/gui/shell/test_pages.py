"""The page registry: pages declared once, the navigation, the Affichage menu and Ctrl+1..9
built from it, pages reached by name and built on their first visit."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.pages import PAGES, page_spec, pages_for
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.paths import app_paths
from tests.conftest import PASSPHRASE
from tests.sync import conftest as sync_fixtures

coordination_template = sync_fixtures.coordination_template


def test_every_page_is_declared_once_with_a_shortcut_of_its_own():
    names = [spec.name for spec in PAGES]
    shortcuts = [spec.shortcut for spec in PAGES]
    assert len(set(names)) == len(names) and len(set(shortcuts)) == len(shortcuts)
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, len(PAGES) + 1)]
    assert page_spec("cv").title == "CV"


def test_roles_decide_which_pages_a_vault_shows():
    counsellor = [spec.name for spec in pages_for("counsellor")]
    coordination = [spec.name for spec in pages_for("coordination")]
    assert "coordination" not in counsellor and coordination[-1] == "coordination"
    assert coordination[:-1] == counsellor
    assert pages_for("") == pages_for("counsellor")  # a vault with no role recorded


def test_pages_are_built_on_first_visit_and_reached_by_name(qtbot, window):
    workspace = window.workspace
    assert [p.__class__.__name__ for p in workspace.built_pages()] == ["HomePage"]
    assert [workspace.nav.item(i).text() for i in range(workspace.nav.count())] == [
        spec.title for spec in pages_for("counsellor")
    ]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    audits = workspace.pages.currentWidget()
    assert workspace.current_name() == "audits" and isinstance(audits, Page)
    assert workspace.nav.currentItem().text() == "Bilans"
    assert window.go("audits") is audits  # built once
    window.page_actions["settings"].trigger()
    assert workspace.current_name() == "settings"
    workspace.nav.setCurrentRow(1)
    assert workspace.current_name() == "caseload"
    assert len(workspace.built_pages()) == 4


def test_the_affichage_menu_lists_the_pages_of_this_vault(window):
    shown = [
        (action.text(), action.shortcut().toString())
        for action in window.view_menu.actions()
        if action in window.page_actions.values()
    ]
    assert shown == [
        (spec.title, QKeySequence(spec.shortcut).toString()) for spec in pages_for("counsellor")
    ]


def test_a_coordination_vault_gets_its_page_from_the_registry(
    qtbot, coordination_template, tmp_path
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
        assert window.workspace.nav.item(window.workspace.nav.count() - 1).toolTip() == "Ctrl+9"
        assert "coordination" in window.page_actions
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        page = window.workspace.pages.currentWidget()
        assert page.__class__.__name__ == "CoordinationPage"
    finally:
        window.idle.detach()
        session.wait_closed()
