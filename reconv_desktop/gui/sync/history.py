"""Bundle history (sent, acknowledged, received) and the conflicts to review, as Qt models.

The models only map `sync.importing.history` and `sync.conflicts.list_conflicts` rows to
columns; resolving a conflict goes through `sync.conflicts.resolve_conflict`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.formatting import ISO_MINUTE, local_time
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.store.store import Store
from reconv_desktop.sync.conflicts import KIND_LABELS, Conflict, list_conflicts, resolve_conflict
from reconv_desktop.sync.export import SCOPE_LABELS


def _when(text: str | None) -> str:
    """A stored UTC time shown in this computer's local time."""
    return local_time(text, ISO_MINUTE)


BUNDLE_KINDS = {
    "activity": QT_TRANSLATE_NOOP("HistoryModel", "activité"),
    "reference": QT_TRANSLATE_NOOP("HistoryModel", "référence"),
    "receipt": QT_TRANSLATE_NOOP("HistoryModel", "accusés de réception"),
}


def bundle_label(kind: str, scope: str) -> str:
    """'activité, pseudonymisé (…)', 'référence'... in the window's language (the scope's
    label is the core's, as the export wizard and the CLI show it)."""
    kind_label = BUNDLE_KINDS.get(kind)
    parts = [
        QCoreApplication.translate("HistoryModel", kind_label) if kind_label else kind,
        SCOPE_LABELS.get(scope, "") if scope else "",
    ]
    return ", ".join(p for p in parts if p)


def _contents(summary: dict[str, Any]) -> str:
    counts = summary.get("rows", summary)
    parts = []
    for table, c in counts.items():
        if isinstance(c, int):
            parts.append(f"{table} {c}")
        elif isinstance(c, dict):
            changed = c.get("new", 0) + c.get("updated", 0) + c.get("deleted", 0)
            parts.append(
                f"{table} {changed}" + (f" (!{c['conflicting']})" if c.get("conflicting") else "")
            )
    return ", ".join(parts)


class HistoryModel(QAbstractTableModel):
    """Newest first: date, direction, peer, kind/scope, month, number, acknowledged, contents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Sens"),
            self.tr("Correspondant"),
            self.tr("Type"),
            self.tr("Mois"),
            self.tr("N°"),
            self.tr("Accusé de réception"),
            self.tr("Contenu (lignes)"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        h = self.rows[index.row()]
        sent = h["direction"] == "sent"
        if sent:
            ack = (
                self.tr("accusé le {when}").format(when=_when(h["acknowledged_at"]))
                if h["acknowledged_at"]
                else self.tr("en attente")
            )
        else:
            ack = "—"
        return (
            _when(h["at"]),
            self.tr("envoyé") if sent else self.tr("reçu"),
            h["peer_name"] or (h["peer_device_id"] or "")[:8],
            bundle_label(h["kind"], h["scope"]),
            h["period"] or "—",
            str(h["sequence"]),
            ack,
            _contents(h["summary"]),
        )[index.column()]


class ConflictsPanel(QWidget):
    """Open conflicts on the left; the differing fields of the selected one and its two buttons."""

    resolved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Aucun conflit à examiner."))
        layout.addWidget(self.empty)
        split = QSplitter()
        self.list = QTableWidget(0, 3)
        self.list.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Ligne"), self.tr("Raison")])
        self.list.setAccessibleName(self.tr("Conflits"))
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Version actuelle"), self.tr("Autre version")]
        )
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("&Garder la version actuelle"))
        self.swap_button = QPushButton(self.tr("&Prendre l'autre version (échanger)"))
        self.keep_button.clicked.connect(lambda: self.resolve(swap=False))
        self.swap_button.clicked.connect(lambda: self.resolve(swap=True))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([380, 520])
        layout.addWidget(split, 1)
        self._show_selected()

    def load(self, store: Store) -> None:
        self.store = store
        self.conflicts = list_conflicts(store)
        self.list.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            for column, text in enumerate((c.table, c.row_id[:8], KIND_LABELS.get(c.kind, c.kind))):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.selectRow(0)
        self._show_selected()

    def selected(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        c = self.selected()
        differences = c.differences() if c else []
        self.detail.setRowCount(len(differences))
        for row, (column, current, other) in enumerate(differences):
            for n, value in enumerate((column, current, other)):
                self.detail.setItem(row, n, QTableWidgetItem("" if value is None else str(value)))
        self.keep_button.setEnabled(c is not None)
        self.swap_button.setEnabled(c is not None)

    def resolve(self, swap: bool) -> None:
        c = self.selected()
        if c is None or self.store is None:
            return
        try:
            resolve_conflict(self.store, c.id, swap=swap)
        except ReconvError as exc:
            show_error(self, exc)
        self.load(self.store)
        self.resolved.emit()


def stretch_table(view: QTableView) -> None:
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
