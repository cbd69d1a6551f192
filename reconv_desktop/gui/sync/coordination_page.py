"""Coordination (coordination vaults only): counsellors, their bundles, consolidated figures.

Shown in the navigation only when the vault's role is coordination. Counsellors' rows stay
apart by sending device (the sync core sees to that); the consolidated table and chart are
`sync.coordination.consolidated_figures`, exported with `reports/indicators_pdf.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.kit.charts import IndicatorChart
from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.gui.sync.enrol import EnrolDialog, export_own_card, spaced
from reconv_desktop.gui.sync.figures import FiguresModel, MonthChooser, month_label
from reconv_desktop.gui.sync.history import stretch_table
from reconv_desktop.gui.sync.import_wizard import ImportWizard
from reconv_desktop.gui.sync.send import SendDialog
from reconv_desktop.reports.indicators_pdf import write_consolidated_csv, write_consolidated_pdf
from reconv_desktop.sync.coordination import CounsellorFigures, consolidated_figures, counsellors
from reconv_desktop.sync.indicators import totals


class CoordinationPage(QWidget):
    """Registered counsellors on top; the month's consolidated figures below."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: list[CounsellorFigures] = []
        self.shown_period = ""
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Coordination"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)

        box = QGroupBox(self.tr("Accompagnateurs enregistrés"))
        box_layout = QVBoxLayout(box)
        self.counsellors = QTableWidget(0, 5)
        self.counsellors.setHorizontalHeaderLabels(
            [
                self.tr("Nom"),
                self.tr("Empreinte"),
                self.tr("Lots reçus"),
                self.tr("Dernier lot reçu"),
                self.tr("Dernier mois"),
            ]
        )
        self.counsellors.setAccessibleName(self.tr("Accompagnateurs enregistrés"))
        stretch_table(self.counsellors)
        self.counsellors.setMaximumHeight(130)
        box_layout.addWidget(self.counsellors)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Ajouter un·e accompagnateur·rice…"))
        self.import_button = QPushButton(self.tr("&Importer un lot reçu…"))
        self.send_button = QPushButton(self.tr("&Envoyer un lot…"))
        self.card_button = QPushButton(self.tr("Exporter &ma carte…"))
        self.add_button.clicked.connect(self.add_counsellor)
        self.import_button.clicked.connect(self.open_import)
        self.send_button.clicked.connect(self.open_send)
        self.card_button.clicked.connect(
            lambda: export_own_card(self, self.session.store) if self.session.store else None
        )
        for button in (self.add_button, self.import_button, self.send_button, self.card_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        layout.addWidget(box)

        bar = QHBoxLayout()
        caption = QLabel(self.tr("Indicateurs consolidés du &mois :"))
        self.month = MonthChooser()
        caption.setBuddy(self.month)
        self.pdf_button = QPushButton(self.tr("Exporter en &PDF…"))
        self.csv_button = QPushButton(self.tr("Exporter en C&SV…"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        bar.addWidget(caption)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        # Chart under the table: the table keeps the full width for its four columns.
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = FiguresModel(with_counsellor=True, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indicateurs consolidés"))
        stretch_table(self.table)
        self.chart = IndicatorChart()
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([460, 260])
        layout.addWidget(split, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh_figures())

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        if store is None:
            return
        rows = counsellors(store)
        self.counsellors.setRowCount(len(rows))
        for row, c in enumerate(rows):
            values = (
                c.card.name or c.card.device_id[:8],
                spaced(c.card.fingerprint),
                str(c.bundles),
                (c.last_received_at or "—")[:16].replace("T", " "),
                c.last_period or "—",
            )
            for column, text in enumerate(values):
                self.counsellors.setItem(row, column, QTableWidgetItem(text))
        self.counsellors.resizeColumnsToContents()
        self.send_button.setEnabled(bool(rows))
        self.refresh_figures()

    def refresh_figures(self) -> None:
        period = self.month.period()
        self.session.query(
            self,
            lambda store: consolidated_figures(store, period),
            lambda data: self._show(period, data),
            is_current=lambda: self.month.period() == period,
        )

    def _show(self, period: str, data: list[CounsellorFigures]) -> None:
        self.data, self.shown_period = data, period
        self.model.set_consolidated(data)
        self.table.resizeColumnsToContents()
        self.chart.set_totals(
            {c.counsellor or c.device_id[:8]: totals(c.figures) for c in data if c.figures}
        )
        with_figures = sum(bool(c.figures) for c in data)
        self.summary.setText(
            self.tr("%1 : chiffres de %2 accompagnateur(s) sur %3.")
            .replace("%1", month_label(period))
            .replace("%2", str(with_figures))
            .replace("%3", str(len(data)))
        )

    # --- actions ---------------------------------------------------------------------------
    def add_counsellor(self) -> None:
        if self.session.store is None:
            return
        self.enrol_dialog = EnrolDialog(self.session.store, "counsellor", self)
        self.enrol_dialog.accepted.connect(self.refresh)
        self.enrol_dialog.open()

    def open_import(self) -> None:
        self.import_wizard = ImportWizard(self.session, self)
        self.import_wizard.finished.connect(lambda _r: self.refresh())
        self.import_wizard.open()

    def open_send(self) -> None:
        selected = self.counsellors.currentRow()
        rows = counsellors(self.session.store) if self.session.store else []
        to = rows[selected].card.device_id if 0 <= selected < len(rows) else None
        self.send_dialog = SendDialog(self.session, to, self)
        self.send_dialog.finished.connect(lambda _r: self.refresh())
        self.send_dialog.open()

    def ask_export(self, kind: str) -> None:
        label = (
            self.tr("Documents PDF (*.pdf)") if kind == "pdf" else self.tr("Tableaux CSV (*.csv)")
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les indicateurs consolidés"),
            str(Path.home() / f"indicateurs-{self.shown_period}.{kind}"),
            label,
        )
        if path:
            self.export(Path(path), kind)

    def export(self, out: Path, kind: str) -> None:
        data, period = list(self.data), self.shown_period
        owner = (self.session.store.meta("owner_name") or "") if self.session.store else ""

        def work(_progress: Any) -> Path:
            if kind == "pdf":
                write_consolidated_pdf(data, period, out, owner)
            else:
                write_consolidated_csv(data, out)
            return out

        QueryOp(
            self, work, lambda path: self.summary.setText(self.tr("Exporté : %s") % path)
        ).with_progress(self.tr("Écriture…")).run()


def add_to_workspace(workspace: Any) -> CoordinationPage:
    """Append the page to the navigation of a coordination vault (last entry, Ctrl+9)."""
    page = CoordinationPage(workspace.session, workspace.pages)
    title = QCoreApplication.translate("CoordinationPage", "Coordination")
    workspace.pages.addWidget(page)
    workspace.page_widgets.append(page)
    workspace.nav.addItem(title)
    number = workspace.nav.count()
    workspace.nav.item(number - 1).setToolTip(f"Ctrl+{number}")
    action = QAction(title, workspace)
    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: workspace.go(number - 1))
    workspace.addAction(action)
    workspace.coordination_page = page
    return page


Page = CoordinationPage
