"""Qt table model over caseload rows (store.workers.caseload / store.search).

An adapter only: it holds the rows the repository returned and sorts them with
accent- and case-insensitive keys (the same folding as the stored sort key).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.domain.text import fold, name_sort_key
from reconv_desktop.gui.kit.formatting import iso_day
from reconv_desktop.store.workers import CaseloadRow

Index = QModelIndex | QPersistentModelIndex
WORKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _status_label(value: str) -> str:
    try:
        return WorkerStatus(value).label
    except ValueError:
        return value


class CaseloadModel(QAbstractTableModel):
    """Rows of the caseload list: name, given name, cell, status, last contact."""

    COLUMNS = ("family_name", "given_name", "cell_name", "status", "last_contact")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Nom"),
            self.tr("Prénom"),
            self.tr("Cellule"),
            self.tr("Statut"),
            self.tr("Dernier contact"),
        )

    # --- data in --------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow], *, keep_order: bool = False) -> None:
        """Replace all rows; `keep_order` keeps the repository's order (search relevance)."""
        self.beginResetModel()
        self._rows = list(rows)
        # The repository already returns name order (stored sort key): re-sorting 50,000 rows
        # with the folding key in Python took most of the list's opening time.
        if not keep_order and self._sort != (0, Qt.SortOrder.AscendingOrder):
            self._rows.sort(
                key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def worker_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, worker_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == worker_id), -1)

    # --- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = self.COLUMNS[index.column()]
            if column == "status":
                return _status_label(row.status)
            if column == "last_contact":
                return iso_day(row.last_contact)
            if column == "family_name":
                return row.family_name.upper()
            return getattr(row, column)
        if role == WORKER_ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _key(self, column: int) -> Any:
        name = self.COLUMNS[column]
        if name in ("family_name", "given_name"):
            first = name == "family_name"
            return lambda r: (
                name_sort_key(r.family_name, r.given_name)
                if first
                else name_sort_key(r.given_name, r.family_name)
            )
        if name == "last_contact":
            return lambda r: r.last_contact or ""
        if name == "status":
            return lambda r: (
                fold(_status_label(r.status)),
                name_sort_key(r.family_name, r.given_name),
            )
        return lambda r: (fold(r.cell_name), name_sort_key(r.family_name, r.given_name))
