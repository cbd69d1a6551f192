"""Coordination's sending dialog: reference data, transfers and receipts for one counsellor.

The preview is the `ExportPlan` of `sync.coordination.plan_send`; the file is written by the
same `write_bundle` as the counsellor's monthly bundle, on the writer thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.operations import Progress
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.export_wizard import bundle_filter, error_text
from reconv_desktop.store.store import Store
from reconv_desktop.sync.coordination import plan_send
from reconv_desktop.sync.export import ExportPlan, ExportResult, write_bundle
from reconv_desktop.sync.identity import PublicCard, peers


class SendDialog(QDialog):
    """Choose the counsellor and what to send, preview it, then write the bundle."""

    def __init__(
        self, session: UnlockedSession, to: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: ExportPlan | None = None
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Envoyer un lot à un·e accompagnateur·rice"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.to = QComboBox()
        self.cards: list[PublicCard] = peers(session.store, "counsellor")
        for card in self.cards:
            self.to.addItem(card.name or card.device_id[:8], card.device_id)
        if to:
            self.to.setCurrentIndex(max(0, self.to.findData(to)))
        form.addRow(self.tr("&Destinataire"), self.to)
        self.reference = QCheckBox(self.tr("&Référentiel : cellules et check-lists de ce coffre"))
        self.reference.setChecked(True)
        self.referential = QCheckBox(
            self.tr("&Compétences et métiers (remplace le référentiel de la personne)")
        )
        self.receipts = QCheckBox(self.tr("&Accusés de réception des lots reçus"))
        self.receipts.setChecked(True)
        self.transfers = QLineEdit()
        self.transfers.setPlaceholderText(self.tr("identifiants séparés par des virgules"))
        form.addRow("", self.reference)
        form.addRow("", self.referential)
        form.addRow("", self.receipts)
        form.addRow(self.tr("&Transférer les personnes"), self.transfers)
        layout.addLayout(form)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Lignes"), self.tr("Champs envoyés")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("A&perçu"))
        self.write_button = QPushButton(self.tr("&Écrire le lot…"))
        close = QPushButton(self.tr("&Fermer"))
        self.preview_button.clicked.connect(self.preview)
        self.write_button.clicked.connect(self.ask_write)
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.preview_button, self.write_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        for widget in (self.reference, self.referential, self.receipts):
            widget.toggled.connect(lambda _on: self._invalidate())
        self.transfers.textChanged.connect(lambda _t: self._invalidate())
        self.to.currentIndexChanged.connect(lambda _i: self._invalidate())
        self._invalidate()
        self.resize(760, 480)

    def _invalidate(self) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.write_button.setEnabled(False)

    def _card(self) -> PublicCard:
        if not self.cards:
            raise ReconvError(self.tr("Aucun·e accompagnateur·rice enregistré·e."), "no_counsellor")
        return self.cards[self.to.currentIndex()]

    def preview(self) -> bool:
        """Compute the plan (quick: reference tables and receipts) and show it."""
        store = self.session.store
        transfers = [t.strip() for t in self.transfers.text().split(",") if t.strip()]
        try:
            self.plan = plan_send(
                store,
                self._card(),
                reference="builtin" if self.reference.isChecked() else None,
                receipts=self.receipts.isChecked(),
                transfers=transfers,
                referential=self.referential.isChecked(),
            )
        except ReconvError as exc:
            self.status.setStyleSheet(styles.ERROR_TEXT)
            self.status.setText(exc.message)
            return False
        self.status.setStyleSheet(styles.PLAIN)
        self.status.setText(
            self.tr("{n} ligne(s) pour {recipient}.", "", self.plan.total_rows).format(
                n=self.plan.total_rows, recipient=self.to.currentText()
            )
        )
        self.table.setRowCount(len(self.plan.previews))
        for row, (name, p) in enumerate(sorted(self.plan.previews.items())):
            for column, text in enumerate((name, str(p.rows), ", ".join(p.fields))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.write_button.setEnabled(True)
        return True

    def ask_write(self) -> None:
        if self.plan is None and not self.preview():
            return
        assert self.plan is not None
        name = f"lot-{self.plan.kind}-{self.to.currentText().replace(' ', '-')}.reconv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le lot"), str(Path.home() / name), bundle_filter()
        )
        if path:
            self.write(Path(path))

    def write(self, dest: Path) -> None:
        plan = self.plan
        if plan is None:
            return

        def done(result: ExportResult) -> None:
            self.result = result
            self.status.setText(
                self.tr("Lot n° {number} écrit : {path} ({size} octets).").format(
                    number=result.sequence,
                    path=result.path,
                    size=QLocale().toString(result.file_bytes),
                )
            )
            self._invalidate()

        def failed(exc: BaseException) -> None:
            self.status.setStyleSheet(styles.ERROR_TEXT)
            self.status.setText(error_text(exc))

        def op(store: Store, progress: Progress) -> ExportResult:
            return write_bundle(store, plan, dest, progress)

        self.session.write(
            self, op, done, progress_label=self.tr("Écriture du lot…"), failure=failed
        )
