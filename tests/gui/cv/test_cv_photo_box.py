"""The photo option in the CV editor: off by default, a click shows the photo in the preview,
a file can be chosen (a wrong one is explained) and the photo removed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reconv_desktop.gui.cv.editor import CvEditor
from reconv_desktop.store.cv_photos import get_photo, set_photo
from reconv_desktop.store.store import Store
from tests.domain.test_cv_photo import tiny_image
from tests.store.test_cv_drafts import make_audited_worker


def _preview_images(editor: CvEditor) -> int:
    return sum(len(p.images) for p in PdfReader(io.BytesIO(editor.rendered.pdf)).pages)


def _open(qtbot, store: Store, with_photo: bool) -> CvEditor:
    worker_id = make_audited_worker(store, "Wójcik", "Łukasz")
    if with_photo:
        set_photo(store, worker_id, tiny_image("PNG", (48, 60)))
    widget = CvEditor(store, store.cv_drafts.create(worker_id).id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.sections.setCurrentRow(0)  # the identity page holds the photo box
    qtbot.waitUntil(lambda: widget.preview_count >= 1, timeout=10_000)
    return widget


def _tick(qtbot, box) -> None:
    """Click the checkbox's square (a wide checkbox's middle is empty space)."""
    qtbot.mouseClick(box.check, Qt.MouseButton.LeftButton, pos=QPoint(8, box.check.height() // 2))


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_checkbox_toggles_the_photo_in_the_preview_and_the_draft(qtbot, store: Store) -> None:
    editor = _open(qtbot, store, with_photo=True)
    box = editor.photo_box
    assert not box.check.isChecked() and _preview_images(editor) == 0  # off by default
    assert "recruteurs recommandent de ne pas en mettre" in box.note.text()
    assert box.thumbnail.pixmap() is not None and not box.thumbnail.pixmap().isNull()
    _tick(qtbot, box)
    qtbot.waitUntil(lambda: _preview_images(editor) == 1, timeout=10_000)
    assert store.cv_drafts.get(editor.draft_id).content.photo is True
    _tick(qtbot, box)
    qtbot.waitUntil(lambda: _preview_images(editor) == 0, timeout=10_000)
    assert store.cv_drafts.get(editor.draft_id).content.photo is False


def test_choose_a_photo_then_remove_it(qtbot, store: Store, tmp_path, monkeypatch) -> None:
    editor = _open(qtbot, store, with_photo=False)
    box = editor.photo_box
    assert box.thumbnail.text() == "Aucune" and not box.remove_button.isEnabled()
    _tick(qtbot, box)
    assert "Aucune photo enregistrée" in box.status.text()
    path = tmp_path / "photo Łukasz.jpg"
    path.write_bytes(tiny_image("JPEG", (40, 50)))
    _choose(monkeypatch, path)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_photo(store, editor.worker_id) is not None, timeout=5_000)
    qtbot.waitUntil(lambda: _preview_images(editor) == 1, timeout=10_000)
    assert box.remove_button.isEnabled() and box.status.text() == ""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert get_photo(store, editor.worker_id) is None and box.thumbnail.text() == "Aucune"
    qtbot.waitUntil(lambda: _preview_images(editor) == 0, timeout=10_000)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7 rien d'une photo", "n'est pas une photo JPEG ou PNG"),
        (b"\xff\xd8\xff" + b"\x00" * (2 * 1024 * 1024 + 1), "Photo trop lourde"),
    ],
)
def test_a_wrong_file_is_explained_and_nothing_stored(
    qtbot, store: Store, tmp_path, monkeypatch, content: bytes, message: str
) -> None:
    editor = _open(qtbot, store, with_photo=False)
    path = tmp_path / "pas une photo.jpg"
    path.write_bytes(content)
    _choose(monkeypatch, path)
    qtbot.mouseClick(editor.photo_box.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: message in editor.photo_box.status.text(), timeout=5_000)
    assert get_photo(store, editor.worker_id) is None
    assert editor.photo_box.choose_button.isEnabled()


def test_the_photo_box_speaks_english_with_the_english_catalogue(
    qtbot, store: Store, tmp_path
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from reconv_desktop.gui.cv.photo_box import CvPhotoBox
    from reconv_desktop.gui.shell.translations import install_translation

    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        box = CvPhotoBox(store, store.workers.add(family_name="Nguyễn", given_name="Hoa").id)
        qtbot.addWidget(box)
        assert box.choose_button.text() == "Choose a photo…"
        assert box.note.text().startswith("Optional: many recruiters advise against one")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French))
