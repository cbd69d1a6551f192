"""Reports: the counsellor's monthly activity report (table, chart, print, PDF, CSV).

The figures are `sync.indicators.monthly_figures`, the very numbers an indicators bundle
carries, and the PDF is the reportlab one from `reports/indicators_pdf.py`, so what the
counsellor signs matches what coordination receives.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.charts import IndicatorChart
from reconv_desktop.gui.kit.operations import QueryOp, show_error
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.figures import FiguresModel, MonthChooser, month_label
from reconv_desktop.gui.sync.printing import ask_and_print
from reconv_desktop.reports.indicators_pdf import write_monthly_csv, write_monthly_pdf
from reconv_desktop.sync.indicators import SUPPRESS_BELOW, Figure, monthly_figures, totals


class ReportsPage(Page):
    """Month chooser, figures table and chart, and the buttons that print or save them."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.figures: list[Figure] = []
        self.shown_period = ""
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Rapport mensuel d'activité"))
        heading.setStyleSheet(styles.PAGE_HEADING)
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Les mêmes chiffres que le lot « indicateurs » envoyé à la coordination. Les "
                "comptes de 1 à {largest} sont masqués (« < {limit} ») pour qu'aucun chiffre ne "
                "désigne une personne."
            ).format(largest=SUPPRESS_BELOW - 1, limit=SUPPRESS_BELOW)
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(styles.MUTED)
        layout.addWidget(explain)
        bar = QHBoxLayout()
        month_caption = QLabel(self.tr("&Mois :"))
        self.month = MonthChooser()
        month_caption.setBuddy(self.month)
        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.pdf_button = QPushButton(self.tr("Enregistrer en &PDF…"))
        self.csv_button = QPushButton(self.tr("Enregistrer en C&SV…"))
        bar.addWidget(month_caption)
        bar.addWidget(self.month)
        bar.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        # Chart under the table: the table keeps the full width for its four columns.
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = FiguresModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Chiffres du mois"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = IndicatorChart()
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([420, 300])
        layout.addWidget(split, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.csv_button.clicked.connect(self.ask_save_csv)
        session.data_changed.connect(self._data_changed)

    def activate(self) -> None:
        self.refresh()

    def _data_changed(self, _worker_id: str) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        period = self.month.period()
        self.session.query(
            self,
            lambda store: monthly_figures(store, period),
            lambda figures: self._show(period, figures),
            is_current=lambda: self.month.period() == period,
        )

    def _show(self, period: str, figures: list[Figure]) -> None:
        self.figures, self.shown_period = figures, period
        self.model.set_figures(figures)
        self.table.resizeColumnsToContents()
        self.chart.set_totals({self.tr("Total"): totals(figures)} if figures else {})
        masked = sum(f.value is None for f in figures)
        if figures:
            summary = self.tr(
                "{month} : {n} chiffre(s), dont {masked} masqué(s).", "", len(figures)
            )
        else:
            summary = self.tr("Aucune activité enregistrée pour {month}.")
        self.summary.setText(
            summary.format(month=month_label(period), n=len(figures), masked=masked)
        )

    # --- files -----------------------------------------------------------------------------
    def _owner(self) -> str:
        return self.session.store.meta("owner_name") or ""

    def _default_name(self, suffix: str) -> str:
        return str(Path.home() / f"rapport-mensuel-{self.shown_period}.{suffix}")

    def ask_save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le rapport en PDF"),
            self._default_name("pdf"),
            self.tr("Documents PDF (*.pdf)"),
        )
        if path:
            self.save(Path(path), "pdf")

    def ask_save_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer les chiffres en CSV"),
            self._default_name("csv"),
            self.tr("Tableaux CSV (*.csv)"),
        )
        if path:
            self.save(Path(path), "csv")

    def save(self, out: Path, kind: str, then: object = None) -> None:
        """Write the shown figures as PDF or CSV in the background (atomic write)."""
        figures, period, owner = list(self.figures), self.shown_period, self._owner()

        def work(_progress: object) -> Path:
            if kind == "pdf":
                write_monthly_pdf(figures, period, out, owner)
            else:
                write_monthly_csv(figures, out, owner)
            return out

        def done(path: Path) -> None:
            if callable(then):
                then(path)
            else:
                self.summary.setText(self.tr("Rapport enregistré : {path}").format(path=path))

        QueryOp(self, work, done).with_progress(self.tr("Écriture du rapport…")).run()

    def print_report(self) -> None:
        """Print the reportlab PDF itself (written to a private temporary folder first)."""
        folder = tempfile.TemporaryDirectory(prefix="reconv-print-")
        out = Path(folder.name) / f"rapport-mensuel-{self.shown_period}.pdf"

        def printed(path: Path) -> None:
            try:
                ask_and_print(
                    self, path, self.tr("Rapport mensuel {period}").format(period=self.shown_period)
                )
            except Exception as exc:  # shown to the counsellor, never lost
                show_error(self, exc)
            finally:
                folder.cleanup()

        self.save(out, "pdf", printed)
