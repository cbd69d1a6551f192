"""Bilans: choose a worker (caseload search), their audits over time (one current), and the
editor of the chosen audit with its targets and printable assessment.

The worker search runs on the reader connection in the background, like the caseload list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.audits.editor import AuditEditor
from reconv_desktop.gui.audits.referential_import import ReferentialImportDialog
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import day, list_name
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.store.store import Store
from reconv_desktop.store.workers import CaseloadRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
MAX_LISTED = 200


def row_name(row: CaseloadRow) -> str:
    return list_name(row.family_name, row.given_name)


class AuditsPage(Page):
    """Worker chooser and audit list on the left, the audit editor on the right."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.worker_id: str | None = None
        self.worker_name = ""
        self._generation = 0
        self._searched = False
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Bilans de compétences"))
        heading.setStyleSheet(styles.HEADING)
        side.addWidget(heading)
        search_label = QLabel(self.tr("&Personne"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher une personne…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        search_label.setBuddy(self.search)
        self.workers = QListWidget()
        self.workers.setAccessibleName(self.tr("Personnes trouvées"))
        side.addWidget(search_label)
        self.only_audited = QCheckBox(self.tr("Seu&lement les personnes avec un bilan"))
        side.addWidget(self.search)
        side.addWidget(self.only_audited)
        side.addWidget(self.workers, 2)
        audits_label = QLabel(self.tr("&Bilans de la personne"))
        audits_label.setStyleSheet(styles.BOLD)
        self.audits = QListWidget()
        self.audits.setAccessibleName(self.tr("Bilans de la personne"))
        audits_label.setBuddy(self.audits)
        side.addWidget(audits_label)
        side.addWidget(self.audits, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nouveau bilan"))
        self.current_button = QPushButton(self.tr("Rendre co&urant"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        for button in (self.new_button, self.current_button, self.remove_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        self.referential_button = QPushButton(self.tr("Importer un référentiel ESCO…"))
        side.addWidget(self.referential_button)
        splitter.addWidget(left)

        right = QWidget()
        main = QVBoxLayout(right)
        main.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Choisissez une personne pour voir ou commencer son bilan."))
        self.title.setStyleSheet(styles.HEADING)
        self.title.setWordWrap(True)
        main.addWidget(self.title)
        self.editor = AuditEditor(session)
        self.editor.setEnabled(False)
        main.addWidget(self.editor, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_workers)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.only_audited.toggled.connect(lambda _on: self.refresh_workers())
        self.search.installEventFilter(self)
        self.workers.itemActivated.connect(lambda item: self.open_worker(item.data(ID_ROLE)))
        self.workers.itemClicked.connect(lambda item: self.open_worker(item.data(ID_ROLE)))
        self.audits.currentItemChanged.connect(lambda item, _p: self._audit_chosen(item))
        self.new_button.clicked.connect(self.new_audit)
        self.current_button.clicked.connect(self.make_current)
        self.remove_button.clicked.connect(self.remove_audit)
        self.referential_button.clicked.connect(self.import_referential)
        self.editor.changed.connect(self._refresh_audits_keep)
        self._update_buttons()

    # --- page protocol ---------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._searched:
            self.refresh_workers()
        if self.worker_id is None:
            self.search.setFocus()

    def location(self) -> dict[str, Any]:
        audit = self.editor.audit
        return {
            "worker_id": self.worker_id,
            "audit_id": audit.id if audit else None,
            "tab": self.editor.tabs.currentIndex(),
        }

    def restore(self, location: dict[str, Any]) -> None:
        if location.get("worker_id"):
            self.open_worker(location["worker_id"], location.get("audit_id"))
            self.editor.tabs.setCurrentIndex(location.get("tab", 0))

    def commit_pending(self) -> list[str]:
        return self.editor.commit_pending()

    # --- workers ---------------------------------------------------------------------------------
    def refresh_workers(self) -> None:
        self._timer.stop()
        self._searched = True
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()

        only_audited = self.only_audited.isChecked()

        def op(reader: Store) -> tuple[list[CaseloadRow], set[str]]:
            audited = reader.skill_audits.worker_ids_with_audit()
            rows = reader.search(text) if text else reader.workers.caseload()
            if only_audited:
                rows = [r for r in rows if r.id in audited]
            return rows[:MAX_LISTED], audited

        self.session.query(
            self, op, self._show_workers, is_current=lambda: generation == self._generation
        )

    def _show_workers(self, result: tuple[list[CaseloadRow], set[str]]) -> None:
        rows, audited = result
        self.workers.clear()
        bold = self.workers.font()
        bold.setBold(True)
        for row in rows:
            text = row_name(row) + (f" — {row.cell_name}" if row.cell_name else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            tip = row.cell_name
            if row.id in audited:
                item.setFont(bold)
                item.setText("✓ " + text)
                tip += "\n" + self.tr("A déjà un bilan de compétences.")
            item.setToolTip(tip.strip())
            self.workers.addItem(item)
            if row.id == self.worker_id:
                self.workers.setCurrentItem(item)
        if rows and self.workers.currentItem() is None:
            self.workers.setCurrentRow(0)

    def _open_first(self) -> None:
        item = self.workers.currentItem() or self.workers.item(0)
        if item is not None:
            self.open_worker(item.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):  # type: ignore
            self.workers.setFocus()
            return True
        return super().eventFilter(watched, event)

    def open_worker(self, worker_id: str, audit_id: str | None = None) -> None:
        """Show a worker's audits and open the current one (or `audit_id`)."""
        store = self.session.store
        self.editor.commit_pending()
        try:
            worker = store.workers.get(worker_id)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self.worker_id = worker.id
        self.worker_name = worker.display_name
        self.refresh_audits(audit_id)

    def refresh_audits(self, select: str | None = None) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        summaries = store.skill_audits.for_worker(self.worker_id)
        self.audits.blockSignals(True)
        self.audits.clear()
        chosen = None
        for summary in summaries:
            text = f"{day(summary.started_on)} — {summary.title}"
            if summary.closed_on:
                text += self.tr(" (clôturé le {day})").format(day=day(summary.closed_on))
            if summary.is_current:
                text = "★ " + text + self.tr(" — courant")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, summary.id)
            self.audits.addItem(item)
            if summary.id == select or (select is None and summary.is_current):
                chosen = item
        if chosen is None and self.audits.count():
            chosen = self.audits.item(0)
        self.audits.setCurrentItem(chosen)
        self.audits.blockSignals(False)
        self._audit_chosen(chosen)

    def _refresh_audits_keep(self) -> None:
        audit = self.editor.audit
        if audit is None:
            return
        # Only the list's texts may have changed (title, dates): keep the editor as it is.
        self.audits.blockSignals(True)
        for row in range(self.audits.count()):
            item = self.audits.item(row)
            if item.data(ID_ROLE) == audit.id:
                star = "★ " if audit.is_current else ""
                suffix = self.tr(" — courant") if audit.is_current else ""
                item.setText(f"{star}{day(audit.started_on)} — {audit.title}{suffix}")
        self.audits.blockSignals(False)
        self._update_title()

    def _audit_chosen(self, item: QListWidgetItem | None) -> None:
        audit_id = item.data(ID_ROLE) if item is not None else None
        current = self.editor.audit
        if current is None or current.id != audit_id:
            self.editor.show_audit(audit_id)
        self._update_title()
        self._update_buttons()

    def _update_title(self) -> None:
        audit = self.editor.audit
        if self.worker_id is None:
            return
        if audit is None:
            self.title.setText(
                self.tr("{name} — pas encore de bilan : « Nouveau bilan » pour commencer.").format(
                    name=self.worker_name
                )
            )
        else:
            self.title.setText(f"{self.worker_name} — {audit.title}")

    def _update_buttons(self) -> None:
        has_worker = self.worker_id is not None
        has_audit = self.editor.audit is not None
        self.new_button.setEnabled(has_worker)
        self.current_button.setEnabled(has_audit and not self.editor.audit.is_current)
        self.remove_button.setEnabled(has_audit)

    # --- audits ----------------------------------------------------------------------------------
    def new_audit(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        try:
            audit = store.skill_audits.create(self.worker_id)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self.session.notify_changed(self.worker_id)
        self.refresh_audits(audit.id)
        self.refresh_workers()
        self.editor.tabs.setCurrentIndex(0)
        self.editor.experiences.add_button.setFocus()

    def make_current(self) -> None:
        store = self.session.store
        audit = self.editor.audit
        if audit is None:
            return
        store.skill_audits.set_current(audit.id)
        self.editor.show_audit(audit.id)
        self.refresh_audits(audit.id)

    def remove_audit(self) -> None:
        store = self.session.store
        audit = self.editor.audit
        if audit is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le bilan"),
            self.tr(
                "Supprimer « {title} » et tout son contenu (parcours, compétences, plan) ?"
            ).format(title=audit.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store.skill_audits.remove(audit.id)
        self.editor.show_audit(None)
        self.session.notify_changed(audit.worker_id)
        self.refresh_audits()

    def import_referential(self) -> None:
        dialog = ReferentialImportDialog(self.session, self)
        dialog.open()
