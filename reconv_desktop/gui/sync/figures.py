"""Monthly indicator figures in the window: the month chooser and a table model over figures.

The figures themselves come from `sync.indicators` (the counsellor's report) or
`sync.coordination.consolidated_figures` (coordination): this module only shows them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from reconv_desktop.sync.coordination import CounsellorFigures
from reconv_desktop.sync.indicators import INDICATORS, Figure, category_label, parse_period

MONTHS_OFFERED = 36


def recent_months(today: date | None = None, count: int = MONTHS_OFFERED) -> list[str]:
    """'YYYY-MM' of the current month and the `count - 1` before it, newest first."""
    today = today or date.today()
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def month_label(period: str) -> str:
    """'mars 2026' (in the window's language) for '2026-03'."""
    year, month = (int(p) for p in period.split("-"))
    return f"{QLocale().standaloneMonthName(month)} {year}"


class MonthChooser(QComboBox):
    """A list of recent months, last month selected (the month a bundle or report is about)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for period in recent_months():
            self.addItem(month_label(period), period)
        self.set_period(parse_period(None))

    def period(self) -> str:
        return str(self.currentData())

    def set_period(self, period: str) -> None:
        index = self.findData(period)
        if index < 0:
            self.addItem(month_label(period), period)
            index = self.count() - 1
        self.setCurrentIndex(index)


class FiguresModel(QAbstractTableModel):
    """Figures as rows: [counsellor,] cell, indicator, category, value ("< 5" when masked)."""

    def __init__(self, with_counsellor: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.with_counsellor = with_counsellor
        self._rows: list[tuple[str, Figure]] = []
        base = [self.tr("Cellule"), self.tr("Indicateur"), self.tr("Catégorie"), self.tr("Valeur")]
        self._headers = ([self.tr("Accompagnement")] if with_counsellor else []) + base

    def set_figures(self, figures: list[Figure]) -> None:
        self.beginResetModel()
        self._rows = [("", f) for f in figures]
        self.endResetModel()

    def set_consolidated(self, data: list[CounsellorFigures]) -> None:
        self.beginResetModel()
        self._rows = [(c.counsellor or c.device_id[:8], f) for c in data for f in c.figures]
        self.endResetModel()

    def figure(self, row: int) -> Figure:
        return self._rows[row][1]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        who, f = self._rows[index.row()]
        column = index.column() - int(self.with_counsellor)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column < 0:
            return who
        return (
            f.cell_name if f.cell_id else self.tr("(sans cellule)"),
            INDICATORS.get(f.indicator, f.indicator),
            category_label(f.indicator, f.category) or "—",
            f.shown(),
        )[column]
