"""Dossiers: the caseload list (search as you type, filters, sorting) and the worker's file.

Searching and listing run on the session's reader connection in a background thread; a
result that arrives after a newer keystroke is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.gui.caseload.model import CaseloadModel
from reconv_desktop.gui.caseload.quick_add import QuickAddDialog
from reconv_desktop.gui.caseload.worker_file import WorkerFile
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.store.store import Store
from reconv_desktop.store.workers import CaseloadRow

SEARCH_DELAY_MS = 150


class CaseloadPage(Page):
    """The list of workers and, once one is opened, their file."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.undo_stack = session.undo_stack
        self._generation = 0
        self._stale = True
        self.stack = QStackedWidget()
        QVBoxLayout(self).addWidget(self.stack)
        self.stack.layout().setContentsMargins(0, 0, 0, 0)

        list_page = QWidget()
        layout = QVBoxLayout(list_page)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un nom, une note, une action… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Recherche"))
        self.cell_filter = QComboBox()
        self.cell_filter.setAccessibleName(self.tr("Filtrer par cellule"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filtrer par statut"))
        self.status_filter.addItem(self.tr("Tous les statuts"), "")
        for status in WorkerStatus:
            self.status_filter.addItem(status.label, status.value)
        self.add_button = QPushButton(self.tr("&Nouvelle personne (Ctrl+N)"))
        self.add_button.clicked.connect(self.quick_add)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.cell_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.stack.addWidget(list_page)

        self.worker_file = WorkerFile(session, self.undo_stack)
        self.worker_file.back_requested.connect(self.show_list)
        self.stack.addWidget(self.worker_file)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.cell_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        session.data_changed.connect(self._on_data_changed)
        self._fill_cells()

    # --- page protocol ---------------------------------------------------------------------------
    def activate(self) -> None:
        if self.stack.currentWidget() is self.worker_file:
            return
        if self._stale:
            self.refresh()
        self.search.setFocus()

    def location(self) -> dict[str, Any]:
        worker = self.worker_file.worker
        shown = self.stack.currentWidget() is self.worker_file and worker is not None
        return {
            "worker_id": worker.id if shown else None,
            "search": self.search.text(),
            "tab": self.worker_file.tabs.currentIndex(),
        }

    def restore(self, location: dict[str, Any]) -> None:
        self.search.setText(location.get("search", ""))
        if location.get("worker_id"):
            self.open_worker(location["worker_id"])
            self.worker_file.tabs.setCurrentIndex(location.get("tab", 0))

    def commit_pending(self) -> list[str]:
        return self.worker_file.commit_pending()

    def can_leave(self) -> bool:
        return self.worker_file.can_leave()

    # --- list -------------------------------------------------------------------------------------
    def _fill_cells(self) -> None:
        self.cell_filter.blockSignals(True)
        self.cell_filter.clear()
        self.cell_filter.addItem(self.tr("Toutes les cellules"), "")
        for cell in self.session.store.cells.all():
            self.cell_filter.addItem(cell.name, cell.id)
        self.cell_filter.blockSignals(False)

    def refresh(self) -> None:
        """Run the current search/filters in the background; older results are dropped."""
        self._timer.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        cell = self.cell_filter.currentData() or None
        status = self.status_filter.currentData() or None

        def op(reader: Store) -> tuple[list[CaseloadRow], bool]:
            if text:
                rows = reader.search(text, cell_id=cell, status=status)
                if rows or any(ch.isalnum() for ch in text):
                    return rows, True
            return reader.workers.caseload(cell, status), False

        self.session.query(
            self, op, self._show_rows, is_current=lambda: generation == self._generation
        )

    def _show_rows(self, result: tuple[list[CaseloadRow], bool]) -> None:
        rows, is_search = result
        selected = self._current_worker_id()
        # Search results keep their relevance order until the counsellor sorts by a column.
        self.model.set_rows(rows, keep_order=is_search)
        if is_search:
            self.table.horizontalHeader().setSortIndicatorShown(False)
        else:
            self.table.horizontalHeader().setSortIndicatorShown(True)
        count = len(rows)
        self.count_label.setText(self.tr("{n} personne(s)", "", count).format(n=count))
        row = self.model.row_of(selected) if selected else -1
        if count:
            self.table.selectRow(max(row, 0))

    def _current_worker_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.worker_id(index.row()) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        worker_id = self.model.worker_id(index.row())
        if worker_id:
            self.open_worker(worker_id)

    def _open_current(self) -> None:
        worker_id = self._current_worker_id() or self.model.worker_id(0)
        if worker_id:
            self.open_worker(worker_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.table.setFocus()
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.table.selectRow(0)
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_current()
                return True
        return super().eventFilter(watched, event)

    # --- worker file ----------------------------------------------------------------------------
    def open_worker(self, worker_id: str) -> None:
        """Show a worker's file (after saving or discarding input in the previous one)."""
        if self.stack.currentWidget() is self.worker_file and not self.worker_file.can_leave():
            return
        self.worker_file.show_worker(worker_id)
        self.session.worker_in_file = worker_id
        self.stack.setCurrentWidget(self.worker_file)
        self.worker_file.tabs.setCurrentIndex(0)
        self.worker_file.form.family_name.setFocus()

    def show_list(self) -> None:
        self.session.worker_in_file = None
        self.stack.setCurrentIndex(0)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    def quick_add(self) -> None:
        if self.stack.currentWidget() is self.worker_file and not self.worker_file.can_leave():
            return
        dialog = QuickAddDialog(self.session, self, self.cell_filter.currentData() or None)
        if dialog.exec() and dialog.worker_id:
            self._stale = True
            self.open_worker(dialog.worker_id)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.worker_file:
            if not self.worker_file.can_leave():
                return
            self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _on_data_changed(self, _worker_id: str) -> None:
        self._stale = True
