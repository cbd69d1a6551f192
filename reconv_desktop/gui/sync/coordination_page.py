"""Coordination (coordination vaults only): counsellors, their bundles, consolidated figures.

Shown in the navigation only when the vault's role is coordination (gui/shell/pages.py).
Counsellors' rows stay apart by sending device (the sync core sees to that); the consolidated
table and chart are `sync.coordination.consolidated_figures`, exported with
`reports/indicators_pdf.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
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

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.charts import IndicatorChart
from reconv_desktop.gui.kit.formatting import local_time
from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.enrol import EnrolDialog, export_own_card, spaced
from reconv_desktop.gui.sync.figures import FiguresModel, MonthChooser, month_label
from reconv_desktop.gui.sync.history import stretch_table
from reconv_desktop.gui.sync.import_wizard import ImportWizard
from reconv_desktop.gui.sync.send import SendDialog
from reconv_desktop.reports.indicators_pdf import write_consolidated_csv, write_consolidated_pdf
from reconv_desktop.sync.coordination import CounsellorFigures, consolidated_figures, counsellors
from reconv_desktop.sync.indicators import totals


class CoordinationPage(Page):
    """Registered counsellors on top; the month's consolidated figures below."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.data: list[CounsellorFigures] = []
        self.shown_period = ""
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Coordination"))
        heading.setStyleSheet(styles.PAGE_HEADING)
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
        self.card_button = QPushButton(self.tr("Exporter ma &carte…"))
        self.add_button.clicked.connect(self.add_counsellor)
        self.import_button.clicked.connect(self.open_import)
        self.send_button.clicked.connect(self.open_send)
        self.card_button.clicked.connect(self.export_card)
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
        rows = counsellors(self.session.store)
        self.counsellors.setRowCount(len(rows))
        for row, c in enumerate(rows):
            values = (
                c.card.name or c.card.device_id[:8],
                spaced(c.card.fingerprint),
                str(c.bundles),
                local_time(c.last_received_at) or "—",
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
            self.tr(
                "{month} : chiffres de {n} accompagnateur(s) sur {total}.", "", len(data)
            ).format(month=month_label(period), n=with_figures, total=len(data))
        )

    # --- actions ---------------------------------------------------------------------------
    def export_card(self) -> None:
        export_own_card(self, self.session.store)

    def add_counsellor(self) -> None:
        self.enrol_dialog = EnrolDialog(self.session.store, "counsellor", self)
        self.enrol_dialog.accepted.connect(self.refresh)
        self.enrol_dialog.open()

    def open_import(self) -> None:
        self.import_wizard = ImportWizard(self.session, self)
        self.import_wizard.finished.connect(lambda _r: self.refresh())
        self.import_wizard.open()

    def open_send(self) -> None:
        selected = self.counsellors.currentRow()
        rows = counsellors(self.session.store)
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
        owner = self.session.store.meta("owner_name") or ""

        def work(_progress: Any) -> Path:
            if kind == "pdf":
                write_consolidated_pdf(data, period, out, owner)
            else:
                write_consolidated_csv(data, out)
            return out

        QueryOp(
            self,
            work,
            lambda path: self.summary.setText(self.tr("Exporté : {path}").format(path=path)),
        ).with_progress(self.tr("Écriture…")).run()
