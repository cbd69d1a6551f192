"""Journal d'audit: who did what and when (unlocks, accesses, exports, erasures...), read-only,
with an export of the whole log to CSV.

The log can hold many thousands of lines (one per opened file), so it is shown through a
table model, read in the background on the session's reader connection.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.kit.formatting import DAY_SECOND, local_time
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.rights.journal import TARGET_LABELS, JournalEntry, events, export_csv

MAX_SHOWN = 5000  # the newest lines; the CSV export holds them all
_ROOT = QModelIndex()


class JournalModel(QAbstractTableModel):
    """Journal lines, newest first: date, who, action, what, detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[JournalEntry] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Qui"),
            self.tr("Action"),
            self.tr("Objet"),
            self.tr("Détail"),
        ]

    def set_rows(self, rows: list[JournalEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        event = self.rows[index.row()]
        kind = TARGET_LABELS.get(event.target_kind, event.target_kind)
        target = f"{kind} {event.target_id[:8]}".strip()
        return (local_time(event.at, DAY_SECOND), event.actor, event.label, target, event.detail)[
            index.column()
        ]


class JournalDialog(QDialog):
    """The journal of this vault (append-only: nothing here edits it)."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Chaque déverrouillage, consultation d'un dossier, exportation, impression, "
                "importation et effacement est noté ici, dans le coffre chiffré. Le journal ne "
                "peut pas être modifié."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lignes du journal"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 170, 190, 150)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Exporter en CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.closing.connect(self.reject)
        self.refresh()

    def refresh(self, note: str = "") -> None:
        """Read the newest lines again; `note` (e.g. the export result) stays shown after."""
        self.status.setText(self.tr("Lecture du journal…"))
        self.session.query(
            self,
            lambda reader: events(reader, limit=MAX_SHOWN),
            lambda rows: self._show(rows, note),
        )

    def _show(self, rows: list[JournalEntry], note: str = "") -> None:
        self.model.set_rows(rows)
        shown = self.tr("{n} ligne(s) affichée(s), la plus récente en haut.", "", len(rows)).format(
            n=len(rows)
        )
        self.status.setText(f"{note}\n{shown}" if note else shown)

    def export(self) -> None:
        default = str(Path.home() / f"journal-audit-{datetime.now():%Y-%m-%d}.csv")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le journal d'audit"), default, self.tr("Fichier CSV (*.csv)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write the whole log to `target` in the background (the export is itself logged)."""

        def done(count: int) -> None:
            self.refresh(
                self.tr("Journal exporté : {n} ligne(s) dans {path}", "", count).format(
                    n=count, path=target
                )
            )

        self.session.write(self, lambda store, _progress: export_csv(store, target), done)
