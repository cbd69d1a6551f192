"""CV: choose a person, their CV drafts (each aimed at a target occupation), and the editor of
the chosen draft; new drafts start from the current skills audit.

Typed text is never lost: the editor is flushed before another draft or person is shown,
when the page is hidden and when the window locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain import cv
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.cv.dialogs import (
    HistoryDialog,
    NewCvDialog,
    RefreshDialog,
    hand_edited_sections,
    template_label,
)
from reconv_desktop.gui.cv.editor import CvEditor
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import clock_time, sentence_name
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.kit.worker_picker import WorkerPicker
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _forget_previews(editor: CvEditor) -> None:
    editor.generation += 1  # a plain Python attribute: still there once the widget is gone


class CvPage(Page):
    """Person, their drafts and the commands in a strip on top; the draft's editor below.

    The editor needs most of the width (form + A4 preview), so the choosers sit above it
    rather than beside it: the page still fits a 1280-pixel laptop screen.
    """

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.worker_id: str | None = None
        self.worker_name = ""
        self.editor: CvEditor | None = None
        self._from_file: str | None = None  # last person adopted from the open worker file
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Projets de CV"))
        self.title.setStyleSheet(styles.HEADING)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        strip = QWidget()
        top = QHBoxLayout(strip)
        top.setContentsMargins(0, 0, 0, 0)
        self.picker = WorkerPicker(session)
        self.picker.setFixedWidth(340)
        top.addWidget(self.picker)
        drafts_column = QVBoxLayout()
        drafts_label = QLabel(self.tr("C&V de la personne"))
        self.drafts = QTreeWidget()
        self.drafts.setAccessibleName(self.tr("CV de la personne"))
        self.drafts.setRootIsDecorated(False)
        self.drafts.setUniformRowHeights(True)
        self.drafts.setHeaderLabels(
            [
                self.tr("Titre"),
                self.tr("Métier visé"),
                self.tr("Modèle"),
                self.tr("Dernière modification"),
            ]
        )
        header = self.drafts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        drafts_label.setBuddy(self.drafts)
        drafts_column.addWidget(drafts_label)
        drafts_column.addWidget(self.drafts, 1)
        top.addLayout(drafts_column, 1)
        buttons = QVBoxLayout()
        self.new_button = QPushButton(self.tr("&Nouveau CV…"))
        self.refresh_button = QPushButton(self.tr("Ac&tualiser depuis le bilan…"))
        self.history_button = QPushButton(self.tr("&Historique…"))
        self.remove_button = QPushButton(self.tr("&Supprimer"))
        self.refresh_button.setToolTip(
            self.tr("Montre ce que le bilan changerait, rubrique par rubrique, avant d'appliquer")
        )
        self.remove_button.setToolTip(self.tr("Supprimer ce CV et son historique (Suppr)"))
        buttons.addSpacing(drafts_label.sizeHint().height())
        for button in (
            self.new_button,
            self.refresh_button,
            self.history_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        splitter.addWidget(strip)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setStyleSheet(styles.MESSAGE)
        self.audit_button = QPushButton(self.tr("Ouvrir le &bilan de la personne"))
        self.audit_button.clicked.connect(self._open_audit)
        empty = QWidget()
        empty_column = QVBoxLayout(empty)
        empty_column.addWidget(self.message)
        empty_column.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_column.addStretch(1)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(empty)
        self.empty = empty
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 600])
        splitter.setChildrenCollapsible(False)

        self.picker.chosen.connect(self.open_worker)
        self.drafts.currentItemChanged.connect(lambda item, _p: self._draft_chosen(item))
        self.drafts.itemActivated.connect(lambda _item, _c: self._focus_editor())
        self.new_button.clicked.connect(self.new_draft)
        self.refresh_button.clicked.connect(self.refresh_from_audit)
        self.history_button.clicked.connect(self.show_history)
        self.remove_button.clicked.connect(self.remove_draft)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.drafts)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_draft)
        self._show_empty(
            self.tr(
                "Choisissez une personne pour voir ses CV ou en créer un à "
                "partir de son bilan de compétences."
            )
        )
        self._update_buttons()

    # --- page protocol ---------------------------------------------------------------------------
    def activate(self) -> None:
        opened = self.session.worker_in_file
        if opened and opened != self._from_file:
            # Coming from a worker's file: show that person's CVs.
            self._from_file = opened
            self.open_worker(opened)
            (self.drafts if self.editor is not None else self.new_button).setFocus()
        if not self.picker.searched:
            self.picker.refresh()
        if self.worker_id is None:
            self.picker.search.setFocus()

    def location(self) -> dict[str, Any]:
        return {
            "worker_id": self.worker_id,
            "draft_id": self.editor.draft_id if self.editor else None,
        }

    def restore(self, location: dict[str, Any]) -> None:
        if location.get("worker_id"):
            self.open_worker(location["worker_id"], location.get("draft_id"))

    def commit_pending(self) -> list[str]:
        self.flush()
        return []

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def flush(self) -> None:
        """Save what is being typed in the editor (the vault must still be open)."""
        if self.editor is not None and self.session.is_open:
            self.editor.flush()

    # --- person ----------------------------------------------------------------------------------
    def open_worker(self, worker_id: str, draft_id: str | None = None) -> None:
        """Show a person's drafts and open the most recent one (or `draft_id`)."""
        store = self.session.store
        self.flush()
        try:
            worker = store.workers.get(worker_id)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self.worker_id = worker.id
        # In sentences ("Ayşe Yılmaz n'a pas…") the given name comes first.
        self.worker_name = sentence_name(worker.given_name, worker.family_name)
        self.picker.current_id = worker.id
        self.refresh_drafts(draft_id)

    def _open_audit(self) -> None:
        if self.worker_id is not None:
            self.session.open_audit_requested.emit(self.worker_id)

    # --- drafts ----------------------------------------------------------------------------------
    def refresh_drafts(self, select: str | None = None) -> None:
        """List the person's drafts (most recently edited first) and open one."""
        store = self.session.store
        if self.worker_id is None:
            return
        drafts = store.cv_drafts.for_worker(self.worker_id)
        self.drafts.blockSignals(True)
        self.drafts.clear()
        chosen = None
        for draft in drafts:
            item = QTreeWidgetItem(self._draft_columns(draft))
            item.setData(0, ID_ROLE, draft.id)
            item.setToolTip(0, draft.title)
            self.drafts.addTopLevelItem(item)
            if draft.id == select:
                chosen = item
        if chosen is None and self.drafts.topLevelItemCount():
            chosen = self.drafts.topLevelItem(0)
        self.drafts.setCurrentItem(chosen)
        self.drafts.blockSignals(False)
        self._draft_chosen(chosen)

    def _draft_columns(self, draft: cv.CvDraft) -> list[str]:
        target = draft.target_label or self.tr("(aucun)")
        return [
            draft.title,
            target[:1].upper() + target[1:],
            template_label(draft.template).split(" (")[0],
            clock_time(draft.updated_at),
        ]

    def _draft_chosen(self, item: QTreeWidgetItem | None) -> None:
        draft_id = item.data(0, ID_ROLE) if item is not None else None
        if self.editor is not None and self.editor.draft_id == draft_id:
            return
        self._drop_editor()
        if draft_id is None:
            self._show_no_draft()
        else:
            self.editor = editor = CvEditor(self.session.store, draft_id)
            # The window drops its pages when it locks: a preview still rendering must then
            # find no widget to fill (the editor drops results of an older generation).
            editor.destroyed.connect(lambda _obj=None: _forget_previews(editor))
            self.editor.saved.connect(self._editor_saved)
            self.editor_stack.addWidget(self.editor)
            self.editor_stack.setCurrentWidget(self.editor)
            self._update_title()
        self._update_buttons()

    def _drop_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if self.session.is_open:
            editor.flush()
        editor.generation += 1  # a preview still rendering has nowhere to go
        self.editor_stack.removeWidget(editor)
        editor.hide()
        editor.deleteLater()

    def _editor_saved(self) -> None:
        """Keep the list's texts (title, last edit) in step with the editor."""
        if self.editor is None:
            return
        draft = self.session.store.cv_drafts.get(self.editor.draft_id)
        for row in range(self.drafts.topLevelItemCount()):
            item = self.drafts.topLevelItem(row)
            if item.data(0, ID_ROLE) == draft.id:
                for column, text in enumerate(self._draft_columns(draft)):
                    item.setText(column, text)
                item.setToolTip(0, draft.title)
        self._update_title()

    def _show_empty(self, text: str, audit_button: bool = False) -> None:
        self.message.setText(text)
        self.audit_button.setVisible(audit_button)
        self.editor_stack.setCurrentWidget(self.empty)

    def _show_no_draft(self) -> None:
        store = self.session.store
        self.title.setText(self.worker_name)
        if store.skill_audits.current(self.worker_id) is None:
            self._show_empty(self._no_audit_text(), audit_button=True)
        else:
            self._show_empty(
                self.tr(
                    "{name} n'a pas encore de CV : « Nouveau CV… » en crée un "
                    "à partir de son bilan de compétences."
                ).format(name=self.worker_name)
            )

    def _no_audit_text(self) -> str:
        return self.tr(
            "{name} n'a pas encore de bilan de compétences. Un CV se construit à "
            "partir du bilan : commencez-le sur la page Bilans (Ctrl+4), puis "
            "revenez créer le CV."
        ).format(name=self.worker_name)

    def _update_title(self) -> None:
        if self.editor is not None:
            self.title.setText(f"{self.worker_name} — {self.editor.title}")

    def _focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.sections.setFocus()

    def _update_buttons(self) -> None:
        has_draft = self.editor is not None
        self.new_button.setEnabled(self.worker_id is not None)
        for button in (self.refresh_button, self.history_button, self.remove_button):
            button.setEnabled(has_draft)

    # --- commands --------------------------------------------------------------------------------
    def new_draft(self) -> None:
        """Ask title, target and layout, then create the draft from the current audit."""
        store = self.session.store
        if self.worker_id is None:
            return
        audit = store.skill_audits.current(self.worker_id)
        if audit is None:
            if self.editor is None:  # the page says it, with the way to the audit
                self._show_empty(self._no_audit_text(), audit_button=True)
                self.audit_button.setFocus()
            else:
                QMessageBox.information(self, self.tr("Nouveau CV"), self._no_audit_text())
            return
        self.flush()
        dialog = NewCvDialog(store, self.worker_name, self.worker_id, audit, self)
        dialog.finished.connect(lambda _r: self._draft_created(dialog))
        dialog.open()
        self.new_dialog = dialog

    def _draft_created(self, dialog: NewCvDialog) -> None:
        dialog.deleteLater()
        if dialog.draft is None:
            return
        self.session.notify_changed(self.worker_id or "")
        self.refresh_drafts(dialog.draft.id)
        if self.editor is not None:
            self.editor.sections.setFocus()

    def refresh_from_audit(self) -> None:
        """Show what the audit would change, per section; apply only the ticked sections."""
        store = self.session.store
        if self.editor is None:
            return
        self.flush()
        draft_id = self.editor.draft_id
        try:
            preview = store.cv_drafts.refresh_from_audit(draft_id)
        except ReconvError as exc:
            show_error(self, exc)
            return
        if preview.is_empty:
            QMessageBox.information(
                self,
                self.tr("Actualiser depuis le bilan"),
                self.tr("Ce CV reprend déjà tout ce que contient le bilan : rien à actualiser."),
            )
            return
        dialog = RefreshDialog(preview.changes, hand_edited_sections(store, draft_id), self)
        dialog.finished.connect(lambda result: self._refresh_chosen(dialog, draft_id, result))
        dialog.open()
        self.refresh_dialog = dialog

    def _refresh_chosen(self, dialog: RefreshDialog, draft_id: str, result: int) -> None:
        dialog.deleteLater()
        store = self.session.store
        if result != RefreshDialog.DialogCode.Accepted:
            return
        sections = dialog.chosen()
        if not sections:
            return
        try:
            store.cv_drafts.refresh_from_audit(draft_id, apply=True, sections=sections)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self._reload(draft_id)

    def show_history(self) -> None:
        """Versions of the draft; restoring one reloads the editor."""
        store = self.session.store
        if self.editor is None:
            return
        self.flush()
        draft_id = self.editor.draft_id
        dialog = HistoryDialog(store, draft_id, self)
        dialog.finished.connect(lambda _r: self._history_closed(dialog, draft_id))
        dialog.open()
        self.history_dialog = dialog

    def _history_closed(self, dialog: HistoryDialog, draft_id: str) -> None:
        dialog.deleteLater()
        if dialog.restored is not None:
            self._reload(draft_id)

    def _reload(self, draft_id: str) -> None:
        if self.editor is not None and self.editor.draft_id == draft_id:
            self.editor.reload()
            self._editor_saved()
        self.session.notify_changed(self.worker_id or "")

    def remove_draft(self) -> None:
        """Delete the chosen draft and its history, after confirmation."""
        store = self.session.store
        if self.editor is None:
            return
        self.flush()
        title = self.editor.title
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le CV"),
            self.tr(
                "Supprimer « {title} » et toutes ses versions ? Le bilan n'est pas touché."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        draft_id = self.editor.draft_id
        self._drop_editor()
        try:
            store.cv_drafts.remove(draft_id)
        except ReconvError as exc:
            show_error(self, exc)
        self.session.notify_changed(self.worker_id or "")
        self.refresh_drafts()
        self.drafts.setFocus()
