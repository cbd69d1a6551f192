"""The CV editor as a counsellor uses it: edit, reorder, hide, watch the preview, export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import visible_sections
from reconv_desktop.gui.cv.editor import CvEditor
from reconv_desktop.store.store import Store
from tests.conftest import type_unicode
from tests.store.test_cv_drafts import make_audited_worker


@pytest.fixture
def editor(qtbot, store: Store) -> CvEditor:
    draft = store.cv_drafts.create(make_audited_worker(store, "Wójcik", "Łukasz"))
    widget = CvEditor(store, draft.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.preview_count >= 1, timeout=10_000)
    return widget


def _pdf_text(editor: CvEditor) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(editor.rendered.pdf)).pages)


def test_typing_a_summary_saves_it_and_updates_the_preview(qtbot, editor, store) -> None:
    assert editor.pdf.pageCount() == 1
    box = editor.editors["summary"]
    editor.sections.setCurrentRow(1 + [s.key for s in editor.content.sections].index("summary"))
    box.clear()
    box.setFocus()
    qtbot.keyClicks(box, "Cariste ")
    type_unicode(box, "fiable, Łódź ")
    assert "caractères" in editor.counters["summary"].text()
    assert "un peu court" in editor.counters["summary"].text()
    assert editor.preview_count == 1  # nothing rendered while typing
    qtbot.waitUntil(lambda: "Cariste fiable, Łódź" in _pdf_text(editor), timeout=10_000)
    assert store.cv_drafts.get(editor.draft_id).content.summary == "Cariste fiable, Łódź"
    assert (
        store.skill_audits.current(store.cv_drafts.get(editor.draft_id).worker_id).synthesis == ""
    )


def test_reorder_with_alt_down_and_hide_with_the_checkbox(qtbot, editor, store) -> None:
    keys = [s.key for s in editor.content.sections]
    editor.sections.setCurrentRow(1 + keys.index("summary"))
    editor.sections.setFocus()
    qtbot.keyClick(editor.sections, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    item = editor.sections.item(1 + keys.index("interests"))
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: (
            store.cv_drafts.get(editor.draft_id).content.sections[:2]
            == (cv.CvSection("experiences"), cv.CvSection("summary"))
        ),
        timeout=5_000,
    )
    saved = store.cv_drafts.get(editor.draft_id).content
    assert "interests" not in visible_sections(saved)
    qtbot.waitUntil(lambda: "CENTRES D'INTÉRÊT" not in _pdf_text(editor), timeout=10_000)
    text = _pdf_text(editor)
    assert text.index("EXPÉRIENCE PROFESSIONNELLE") < text.index("PROFIL")


def test_template_choice_and_identity_fields(qtbot, editor, store) -> None:
    editor.template_box.setCurrentIndex(1)
    editor.identity_checks["birth_date"].setChecked(True)
    qtbot.waitUntil(lambda: "1971" in _pdf_text(editor), timeout=10_000)
    draft = store.cv_drafts.get(editor.draft_id)
    assert draft.template == cv.CvTemplate.MODERN
    assert "birth_date" in draft.content.shown


def test_overflow_warning_is_shown(qtbot, editor) -> None:
    box = editor.editors["experiences"]
    box.setPlainText(
        "\n\n".join(
            f"Poste {n}\nEmployeur : Fictive\n- tâche a\n- tâche b\n- tâche c\n- tâche d"
            for n in range(25)
        )
    )
    qtbot.waitUntil(lambda: editor.rendered.pages > 1, timeout=10_000)
    assert editor.warning_label.isVisible()
    assert "tenir sur une page" in editor.warning_label.text()


def test_export_buttons_write_pdf_word_and_json(qtbot, editor, tmp_path, monkeypatch) -> None:
    for fmt in ("pdf", "docx", "json"):
        target = tmp_path / f"CV Łukasz.{fmt}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target: (str(t), ""))
        )
        qtbot.mouseClick(editor.export_buttons[fmt], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=10_000)
        qtbot.waitUntil(lambda t=target: str(t) in editor.status_label.text(), timeout=5_000)
    assert "Łukasz Wójcik" in PdfReader(tmp_path / "CV Łukasz.pdf").pages[0].extract_text()
    resume = json.loads(Path(tmp_path / "CV Łukasz.json").read_text("utf-8"))
    assert resume["basics"]["name"] == "Łukasz Wójcik"


def test_unreadable_period_is_explained_and_not_saved(qtbot, editor, store) -> None:
    before = store.cv_drafts.get(editor.draft_id).content.experiences
    editor.editors["experiences"].setPlainText("Soudeur\nPériode : bientôt")
    assert "Période illisible" in editor.counters["experiences"].text()
    assert not editor._timer.isActive()  # no save is waiting for the typing pause
    editor.flush()  # what leaving the editor does
    assert store.cv_drafts.get(editor.draft_id).content.experiences == before
