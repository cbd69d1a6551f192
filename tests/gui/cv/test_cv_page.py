"""The CV page driven as a counsellor would: choose a person, create a CV from the audit,
edit it, switch drafts, refresh from the audit, restore a version, delete."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from reconv_desktop.gui.cv.dialogs import HistoryDialog, NewCvDialog, RefreshDialog
from tests.conftest import PASSPHRASE, type_unicode
from tests.store.test_cv_drafts import make_audited_worker

CV = "cv"


def _modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def _choose(qtbot, page, typed: str, expected: str) -> None:
    page.picker.search.setFocus()
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, typed)
    qtbot.waitUntil(
        lambda: page.picker.workers.count() >= 1 and expected in page.picker.workers.item(0).text()
    )
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)


@pytest.fixture
def audited(session) -> str:
    return make_audited_worker(session.current.store, "Wójcik", "Łukasz")


@pytest.fixture
def page(qtbot, window, audited):
    window.page_actions[CV].trigger()
    cv_page = window.workspace.page(CV)
    _choose(qtbot, cv_page, "Wojcik", "WÓJCIK")
    assert cv_page.worker_id == audited
    return cv_page


def _new_cv(qtbot, page, title: str | None = None, modern: bool = False) -> str:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, NewCvDialog)
    assert dialog.form.target.currentText().startswith("conducteur de ligne de production")
    assert dialog.form.title.text() == "CV — Conducteur de ligne de production"
    if title is not None:
        dialog.form.title.clear()
        dialog.form.title.setFocus()
        type_unicode(dialog.form.title, title)
    if modern:
        dialog.form.template_box.setCurrentIndex(1)
    qtbot.mouseClick(
        dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.draft_id == dialog.draft.id)
    return dialog.draft.id


def _type_summary(qtbot, editor, text: str) -> None:
    keys = [s.key for s in editor.content.sections]
    editor.sections.setCurrentRow(1 + keys.index("summary"))
    box = editor.editors["summary"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    type_unicode(box, text)


def test_create_from_audit_and_edits_survive_switching_drafts(qtbot, page, session, audited):
    store = session.current.store
    first = _new_cv(qtbot, page)
    assert store.cv_drafts.get(first).content.experiences[0].employer == "Verreries Fictives"
    row = [page.drafts.topLevelItem(0).text(c) for c in range(4)]
    assert row[:3] == [
        "CV — Conducteur de ligne de production",
        "Conducteur de ligne de production",
        "Classique",
    ]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", row[3])

    second = _new_cv(qtbot, page, title="CV — Łódź, ligne 2", modern=True)
    assert page.drafts.topLevelItemCount() == 2
    assert page.drafts.currentItem().text(0) == "CV — Łódź, ligne 2"
    assert page.drafts.currentItem().text(2) == "Moderne"

    # Typing, then switching at once to the other draft: nothing typed is lost.
    _type_summary(qtbot, page.editor, "Opératrice de four, 23 ans chez Verreries Fictives.")
    page.drafts.setFocus()
    qtbot.keyClick(page.drafts, Qt.Key.Key_Down)
    assert page.editor.draft_id == first
    assert store.cv_drafts.get(second).content.summary == (
        "Opératrice de four, 23 ans chez Verreries Fictives."
    )
    assert store.skill_audits.current(audited).synthesis == ""  # the audit is untouched
    qtbot.keyClick(page.drafts, Qt.Key.Key_Up)
    assert page.editor.editors["summary"].toPlainText().startswith("Opératrice de four, 23 ans")

    # Hiding the page (another page) saves too.
    _type_summary(qtbot, page.editor, "Conductrice de ligne, rigoureuse.")
    qtbot.keyClick(page.window(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert store.cv_drafts.get(second).content.summary == "Conductrice de ligne, rigoureuse."


def test_refresh_from_audit_shows_the_diff_and_applies_ticked_sections(
    qtbot, page, session, audited
):
    store = session.current.store
    draft_id = _new_cv(qtbot, page)
    _type_summary(qtbot, page.editor, "Résumé écrit avec Łukasz.")
    audit = store.skill_audits.current(audited)
    store.skill_audits.add_skill(audit.id, label="piloter une ligne automatisée", level=3)
    store.skill_audits.set_interests(audit.id, [("Randonnée", "")])

    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Ac&tualiser…
    dialog = _modal(qtbot, RefreshDialog)
    assert set(dialog.checks) == {"summary", "skills", "interests"}  # only what changes
    # The summary typed in the CV is offered but not ticked: no one loses their own text.
    assert not dialog.checks["summary"].isChecked()
    assert "modifiée à la main" in dialog.checks["summary"].text()
    assert "Résumé écrit avec Łukasz." in dialog.diffs["summary"].toPlainText()
    assert dialog.checks["skills"].isChecked() and dialog.checks["interests"].isChecked()
    assert "piloter une ligne automatisée" in dialog.diffs["skills"].toPlainText().casefold()
    assert "Jardinage" in dialog.diffs["interests"].toPlainText()
    dialog.checks["interests"].setFocus()
    qtbot.keyClick(dialog.checks["interests"], Qt.Key.Key_Space)  # keep the CV's interests
    assert dialog.chosen() == ["skills"]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    draft = store.cv_drafts.get(draft_id)
    assert "piloter une ligne automatisée" in [s.label.casefold() for s in draft.content.skills]
    assert [i.label for i in draft.content.interests] == ["Jardinage"]
    assert draft.content.summary == "Résumé écrit avec Łukasz."
    assert "piloter une ligne automatisée" in page.editor.editors["skills"].toPlainText().casefold()
    assert store.cv_drafts.versions(draft_id)[0].reason == "mise à jour depuis le bilan"


def test_refresh_cancelled_changes_nothing(qtbot, page, session, audited):
    store = session.current.store
    draft_id = _new_cv(qtbot, page)
    store.skill_audits.set_interests(store.skill_audits.current(audited).id, [("Randonnée", "")])
    before = store.cv_drafts.get(draft_id).content
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, RefreshDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.cv_drafts.get(draft_id).content == before


def test_restore_an_earlier_version_then_delete(qtbot, page, session, monkeypatch):
    store = session.current.store
    draft_id = _new_cv(qtbot, page)
    original = store.cv_drafts.get(draft_id).content.summary
    _type_summary(qtbot, page.editor, "Texte à oublier.")
    page.flush()
    assert store.cv_drafts.get(draft_id).content.summary == "Texte à oublier."

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot, HistoryDialog)
    assert dialog.form.versions.count() == 2
    assert "Texte à oublier." in dialog.form.content.toPlainText()
    assert not dialog.restore_button.isEnabled()  # the newest is what the editor shows
    qtbot.keyClick(dialog.form.versions, Qt.Key.Key_Down)
    assert "création depuis le bilan" in dialog.form.versions.currentItem().text()
    assert "Texte à oublier." not in dialog.form.content.toPlainText()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.cv_drafts.get(draft_id).content.summary == original
    assert page.editor.editors["summary"].toPlainText() == original
    assert store.cv_drafts.versions(draft_id)[0].reason == "restauration de la version 1"

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes),
    )
    page.drafts.setFocus()
    qtbot.keyClick(page.drafts, Qt.Key.Key_Delete)
    assert "CV — Conducteur de ligne de production" in asked[0]
    assert store.cv_drafts.for_worker(page.worker_id) == []
    assert page.drafts.topLevelItemCount() == 0 and page.editor is None
    assert "n'a pas encore de CV" in page.message.text()


def test_person_without_audit_gets_a_french_message(qtbot, window, people):
    window.page_actions[CV].trigger()
    page = window.workspace.page(CV)
    _choose(qtbot, page, "Yilmaz", "YILMAZ")
    assert "n'a pas encore de bilan de compétences" in page.message.text()
    assert page.audit_button.isVisible()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None  # no dialog: the page says why
    assert "Ayşe Yılmaz n'a pas encore de bilan" in page.message.text()
    assert window.session.current.store.cv_drafts.for_worker(people["Yılmaz"]) == []
    qtbot.mouseClick(page.audit_button, Qt.MouseButton.LeftButton)
    assert window.workspace.current_name() == "audits"


def test_person_open_in_the_worker_file_is_shown(qtbot, window, audited):
    window.open_worker(audited)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.page(CV)
    assert window.workspace.pages.currentWidget() is page
    assert page.worker_id == audited
    assert "Łukasz Wójcik" in page.title.text()


def test_lock_saves_typed_text(qtbot, window, page, session):
    draft_id = _new_cv(qtbot, page)
    _type_summary(qtbot, page.editor, "Tapé juste avant le verrouillage.")
    window.lock()
    # The preview started by the last save finds no editor: nothing breaks.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()  # its result is delivered, and dropped
    reopened = session.vault.open_with_key(session.vault.key_from_passphrase(PASSPHRASE))
    try:
        assert reopened.cv_drafts.get(draft_id).content.summary == (
            "Tapé juste avant le verrouillage."
        )
    finally:
        reopened.close()
