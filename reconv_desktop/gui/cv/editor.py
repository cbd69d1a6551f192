"""The CV draft editor: sections to reorder, hide and edit, a live PDF preview, exports.

Typing never waits for the PDF: edits are parsed at once (errors shown under the field),
then saved and rendered after a short pause (debounced), the rendering running in the
thread pool on a copy of the content. A newer edit makes older previews obsolete.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import section_text, with_section_text
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.cv.photo_box import CvPhotoBox
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.operations import QueryOp, show_error
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable

PREVIEW_DELAY_MS = 400
KEY_ROLE = Qt.ItemDataRole.UserRole
# What an empty section's editor suggests; the "Employeur :" and "Période :" words are those
# the section's text form reads back (domain/cv_text.py), in each language.
PLACEHOLDERS = LabelTable(
    {
        "summary": QT_TRANSLATE_NOOP(
            "CvEditor", "Quelques phrases : métier, années d'expérience, points forts, projet."
        ),
        "experiences": QT_TRANSLATE_NOOP(
            "CvEditor", "Soudeur\nEmployeur : Entreprise\nPériode : 09/1999 – 12/2024\n- une tâche"
        ),
        "education": QT_TRANSLATE_NOOP(
            "CvEditor", "Titre du diplôme\nÉtablissement : École\nAnnée : 2012"
        ),
        "skills": QT_TRANSLATE_NOOP(
            "CvEditor", "Une compétence par ligne, éventuellement « — Maîtrise »"
        ),
        "qualities": QT_TRANSLATE_NOOP("CvEditor", "Un atout par ligne"),
        "languages": QT_TRANSLATE_NOOP("CvEditor", "Français — langue maternelle"),
        "licences": QT_TRANSLATE_NOOP("CvEditor", "B, C\nVéhicule personnel"),
        "interests": QT_TRANSLATE_NOOP("CvEditor", "Un centre d'intérêt par ligne — détail"),
    }
)


class CvEditor(QWidget):
    """Edit one CV draft; every change is saved to the draft (never to the audit)."""

    previewUpdated = Signal(int)  # pages of the newest preview
    saved = Signal()

    def __init__(self, store, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft_id = draft_id
        draft = store.cv_drafts.get(draft_id)
        self.worker_id = draft.worker_id
        self.content: cv.CvContent = draft.content
        self.template = draft.template
        self.title = draft.title
        self.generation = 0  # bumped by every edit; older previews are dropped
        self.rendered = None  # the newest RenderedCv
        self.preview_count = 0
        self._dirty = False
        self._filling = True  # widgets being filled from the draft: not an edit
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._save_and_render)
        self._build()
        self._fill()
        self._render()

    # --- widgets --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_edit = QLineEdit(self.title)
        self.title_edit.setAccessibleName(self.tr("Titre du CV"))
        self.template_box = QComboBox()
        for template in cv.CvTemplate:
            label = {
                cv.CvTemplate.CLASSIC: self.tr("Classique (une colonne)"),
                cv.CvTemplate.MODERN: self.tr("Moderne (deux colonnes)"),
            }[template]
            self.template_box.addItem(label, template.value)
        self.template_box.setCurrentIndex(list(cv.CvTemplate).index(self.template))
        header = QFormLayout()
        header.addRow(self.tr("Titre :"), self.title_edit)
        header.addRow(self.tr("Modèle :"), self.template_box)

        self.sections = QListWidget()
        self.sections.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.sections.setAccessibleName(self.tr("Rubriques du CV"))
        self.up_button = QPushButton(self.tr("Monter"))
        self.down_button = QPushButton(self.tr("Descendre"))
        self.up_button.setToolTip(self.tr("Monter la rubrique (Alt+Haut)"))
        self.down_button.setToolTip(self.tr("Descendre la rubrique (Alt+Bas)"))
        QShortcut(QKeySequence("Alt+Up"), self, activated=lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self, activated=lambda: self.move_current(1))
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)

        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {"identity": self._identity_page()}
        self.editors: dict[str, QPlainTextEdit] = {}
        self.counters: dict[str, QLabel] = {}
        self.stack.addWidget(self.pages["identity"])
        for key in cv.SECTION_KEYS:
            self.pages[key] = self._text_page(key)
            self.stack.addWidget(self.pages[key])

        left = QWidget()
        left.setMinimumWidth(380)  # room for a job block without wrapping every line
        column = QVBoxLayout(left)
        column.addLayout(header)
        column.addWidget(QLabel(self.tr("Rubriques (cochées = imprimées) :")))
        column.addWidget(self.sections, 1)
        column.addLayout(moves)
        column.addWidget(self.stack, 2)

        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(styles.WARNING_TEXT)
        self.pdf = QPdfDocument(self)
        self._pdf_buffer: QBuffer | None = None
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName(self.tr("Aperçu du CV"))
        self.status_label = QLabel()
        self.export_buttons = {}
        exports = QHBoxLayout()
        exports.addWidget(self.status_label, 1)
        for fmt, text in (
            ("pdf", self.tr("Exporter en PDF…")),
            ("docx", self.tr("Exporter en Word…")),
            ("json", self.tr("Exporter en JSON Resume…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, f=fmt: self.export_dialog(f))
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        right = QWidget()
        preview_column = QVBoxLayout(right)
        preview_column.addWidget(self.warning_label)
        preview_column.addWidget(self.preview, 1)
        preview_column.addLayout(exports)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.title_edit.textEdited.connect(self._title_edited)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.sections.currentRowChanged.connect(self._show_page)
        self.sections.itemChanged.connect(self._visibility_changed)
        self.sections.model().rowsMoved.connect(self._rows_moved)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

    def _identity_page(self) -> QWidget:
        # Scrolls rather than making the page taller than a 1280x720 screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        form = QFormLayout(page)
        self.identity_checks: dict[str, QCheckBox] = {}
        self.identity_edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Nom"),
            "headline": self.tr("Titre (métier visé)"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Téléphone"),
            "city": self.tr("Localité"),
            "address": self.tr("Adresse"),
            "birth_date": self.tr("Date de naissance"),
        }
        for name in cv.IDENTITY_FIELDS:
            check = QCheckBox(labels[name])
            check.setToolTip(self.tr("Cochée : imprimée sur le CV"))
            edit = QLineEdit()
            check.toggled.connect(lambda on, n=name: self._identity_changed(n, shown=on))
            edit.textEdited.connect(lambda text, n=name: self._identity_changed(n, value=text))
            self.identity_checks[name], self.identity_edits[name] = check, edit
            form.addRow(check, edit)
        note = QLabel(
            self.tr(
                "L'âge, l'adresse complète et la photo ne sont pas imprimés par "
                "défaut : ils n'aident pas à être rappelé·e et exposent à la "
                "discrimination."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.photo_box = CvPhotoBox(self.store, self.worker_id)
        self.photo_box.optionToggled.connect(self._photo_toggled)
        self.photo_box.photoChanged.connect(self._photo_changed)
        form.addRow(self.photo_box)
        return scroll

    def _text_page(self, key: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(cv.GUIDANCE[key].hint)
        hint.setWordWrap(True)
        editor = QPlainTextEdit()
        editor.setPlaceholderText(PLACEHOLDERS[key])
        editor.setAccessibleName(cv.SECTION_TITLES[key])
        counter = QLabel()
        editor.textChanged.connect(lambda k=key: self._section_edited(k))
        column.addWidget(hint)
        column.addWidget(editor, 1)
        column.addWidget(counter)
        self.editors[key], self.counters[key] = editor, counter
        return page

    def _fill(self) -> None:
        """Show the draft's content in the widgets (no signal echoes back as an edit)."""
        self._filling = True
        self.sections.clear()
        pinned = QListWidgetItem(cv.SECTION_TITLES["identity"])
        pinned.setData(KEY_ROLE, "identity")
        pinned.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.sections.addItem(pinned)
        for section in self.content.sections:
            item = QListWidgetItem(cv.SECTION_TITLES[section.key])
            item.setData(KEY_ROLE, section.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Unchecked if section.hidden else Qt.CheckState.Checked)
            self.sections.addItem(item)
        for name in cv.IDENTITY_FIELDS:
            self.identity_checks[name].setChecked(name in self.content.shown)
            self.identity_edits[name].setText(self.content.identity.get(name, ""))
        self.photo_box.set_option(self.content.photo)
        for key, editor in self.editors.items():
            editor.setPlainText(section_text(self.content, key))
            self._count(key)
        self._filling = False
        self.sections.setCurrentRow(1)

    # --- edits ----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.generation += 1
        self._dirty = True
        self.status_label.setText(self.tr("Modifications en cours…"))
        self._timer.start()

    def _section_edited(self, key: str) -> None:
        if self._filling:
            return
        self._count(key)
        try:
            self.content = with_section_text(self.content, key, self.editors[key].toPlainText())
        except ReconvError as exc:
            self.counters[key].setText(exc.message)
            self.counters[key].setStyleSheet(styles.ERROR_TEXT)
            return
        self._changed()

    def _count(self, key: str) -> None:
        count = len(self.editors[key].toPlainText().strip())
        status, _message = cv.guidance_message(key, count)
        rule = cv.GUIDANCE[key]
        span = (
            self.tr("{low} à {high}").format(low=rule.low, high=rule.high)
            if rule.low
            else self.tr("{high} au plus").format(high=rule.high)
        )
        words = {
            "ok": self.tr("{n} caractères (conseillé : {span})"),
            "short": self.tr("{n} caractères — un peu court (conseillé : {span})"),
            "long": self.tr("{n} caractères — trop long pour une page (conseillé : {span})"),
        }
        self.counters[key].setText(words[status].format(n=count, span=span))
        self.counters[key].setStyleSheet(styles.PLAIN if status == "ok" else styles.WARNING_TEXT)

    def _identity_changed(
        self, name: str, value: str | None = None, shown: bool | None = None
    ) -> None:
        if self._filling:
            return
        try:
            self.content = cv.set_identity(self.content, name, value, shown)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self._changed()

    def _photo_toggled(self, on: bool) -> None:
        if not self._filling:
            self.content = replace(self.content, photo=on)
            self._changed()

    def _photo_changed(self) -> None:
        """A new or removed photo: stored already, only the preview needs it."""
        if self.content.photo:
            self.generation += 1
            self._render()

    def _title_edited(self, text: str) -> None:
        if text.strip() and not self._filling:
            self.title = text
            self._changed()

    def _template_changed(self, index: int) -> None:
        if self._filling:
            return
        self.template = cv.CvTemplate(self.template_box.itemData(index))
        self._changed()

    def _show_page(self, row: int) -> None:
        item = self.sections.item(row)
        if item is not None:
            self.stack.setCurrentWidget(self.pages[item.data(KEY_ROLE)])

    def _visibility_changed(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if self._filling or key == "identity":
            return
        hidden = item.checkState() != Qt.CheckState.Checked
        if dict((s.key, s.hidden) for s in self.content.sections)[key] != hidden:
            self.content = cv.set_hidden(self.content, key, hidden)
            self._changed()

    def _rows_moved(self, *_args) -> None:
        keys = [self.sections.item(i).data(KEY_ROLE) for i in range(self.sections.count())]
        if keys[0] != "identity":  # the identity block heads the CV: put it back on top
            QTimer.singleShot(0, self._fill)
        self.content = cv.reorder_sections(self.content, [k for k in keys if k != "identity"])
        self._changed()

    def move_current(self, delta: int) -> None:
        """Move the selected section up (-1) or down (+1): the Alt+Up/Down buttons."""
        item = self.sections.currentItem()
        if item is None or item.data(KEY_ROLE) == "identity":
            return
        key = item.data(KEY_ROLE)
        self.content = cv.move_section(self.content, key, delta)
        self._fill()
        row = 1 + [s.key for s in self.content.sections].index(key)
        self.sections.setCurrentRow(row)
        self._changed()

    # --- save and preview -----------------------------------------------------------------
    def flush(self) -> None:
        """Save now (leaving the editor, exporting): pending edits are never lost."""
        if self._dirty:
            self._timer.stop()
            self._save_and_render()

    def _save_and_render(self) -> None:
        try:
            self.store.cv_drafts.save(
                self.draft_id, self.content, title=self.title, template=self.template
            )
        except ReconvError as exc:
            self.status_label.setText(exc.message)
            return
        self._dirty = False
        self.status_label.setText(self.tr("Enregistré."))
        self.saved.emit()
        self._render()

    def _render(self) -> None:
        from reconv_desktop.reports.cv_pdf import render_cv

        content, template, title, generation = (
            self.content,
            self.template,
            self.title,
            self.generation,
        )
        photo = self.photo_box.photo
        QueryOp(
            self, lambda _progress: render_cv(content, template, title, photo), self._show_preview
        ).only_if(lambda: generation == self.generation).run()

    def _show_preview(self, rendered) -> None:
        self.rendered = rendered
        self.preview_count += 1
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer
        messages = set(rendered.warnings)
        self.warning_label.setText("\n".join(sorted(messages)))
        self.warning_label.setVisible(bool(messages))
        self.previewUpdated.emit(rendered.pages)

    # --- exports --------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> None:
        filters = {
            "pdf": self.tr("Document PDF (*.pdf)"),
            "docx": self.tr("Document Word (*.docx)"),
            "json": self.tr("JSON Resume (*.json)"),
        }
        name = self.content.identity.get("name", "") or "CV"
        suggested = str(Path.home() / f"CV {name}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le CV"), suggested, filters[fmt]
        )
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, out: Path) -> None:
        """Write the CV in the background; the status line says where it went."""
        self.flush()
        content, template, title = self.content, self.template, self.title
        photo = self.photo_box.photo

        def work(_progress) -> Path:
            from reconv_desktop.fileio import write_atomic

            if fmt == "pdf":
                from reconv_desktop.reports.cv_pdf import render_cv

                data = render_cv(content, template, title, photo).pdf
            elif fmt == "docx":
                from reconv_desktop.reports.cv_docx import render_cv_docx

                data = render_cv_docx(content, template, title, photo)
            else:
                from reconv_desktop.reports.cv_jsonresume import render_cv_json

                data = render_cv_json(content, photo) + b"\n"
            write_atomic(out, data, 0o600)
            return out

        def done(path: Path) -> None:
            self.status_label.setText(self.tr("CV exporté : {path}").format(path=path))
            self.exported = path

        QueryOp(self, work, done).run()

    def reload(self) -> None:
        """Show the draft as stored (after a restore or a refresh from the audit)."""
        draft = self.store.cv_drafts.get(self.draft_id)
        self.content, self.template, self.title = draft.content, draft.template, draft.title
        self._filling = True
        self.title_edit.setText(self.title)
        self.template_box.setCurrentIndex(list(cv.CvTemplate).index(self.template))
        self._fill()
        self.generation += 1
        self._dirty = False
        self._render()

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)
