"""Export wizard: month and scope, then exactly what leaves the machine, then the bundle file.

The preview is the `ExportPlan` that will be written (tables, row counts, fields, fields
removed), computed before anything touches the disk; writing happens in the background with
a progress dialog. Planning and writing both run on the writer thread's connection, so the
clock stamped on indicator rows is the one persisted with the bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.operations import Progress
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.figures import MonthChooser, month_label
from reconv_desktop.store.store import Store
from reconv_desktop.sync.export import SCOPES, ExportPlan, ExportResult, plan_export, write_bundle


def bundle_filter() -> str:
    """The file chooser's filter for bundles, in the window's language."""
    return QCoreApplication.translate(
        "ExportWizard", "Lots Reconv (*.reconv);;Tous les fichiers (*)"
    )


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ReconvError):
        return exc.message
    return QCoreApplication.translate(
        "ExportWizard",
        "Erreur inattendue : rien n'a été écrit ; le détail technique est dans le journal.",
    )


class OptionsPage(QWizardPage):
    """Which month and how much: indicators, pseudonymous rows or everything."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Lot mensuel pour la coordination"))
        self.setSubTitle(
            self.tr(
                "Choisissez le mois et ce que le lot contient. Vous verrez ensuite exactement ce "
                "qui quitte cet ordinateur, avant que rien ne soit écrit."
            )
        )
        form = QFormLayout(self)
        self.month = MonthChooser()
        form.addRow(self.tr("&Mois"), self.month)
        labels = {
            "indicators": self.tr(
                "&Indicateurs : comptages mensuels anonymes (moins de 5 masqués)"
            ),
            "pseudonymous": self.tr(
                "&Pseudonymisé : dossiers sans nom, contact, numéro national ni texte libre ; "
                "date de naissance réduite à l'année"
            ),
            "full": self.tr("&Complet : toutes les données (par exemple pour un transfert)"),
        }
        self.scopes = QButtonGroup(self)
        box = QVBoxLayout()
        self.scope_buttons: dict[str, QRadioButton] = {}
        for number, scope in enumerate(SCOPES):
            button = QRadioButton(labels[scope])
            self.scopes.addButton(button, number)
            self.scope_buttons[scope] = button
            box.addWidget(button)
        self.scope_buttons["pseudonymous"].setChecked(True)
        form.addRow(self.tr("Contenu"), box)

    def scope(self) -> str:
        return SCOPES[self.scopes.checkedId()]


class PreviewPage(QWizardPage):
    """The plan: recipients, months, and per table the rows and fields that will leave."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Ce qui quitte cet ordinateur"))
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Table"),
                self.tr("Lignes"),
                self.tr("Champs envoyés"),
                self.tr("Champs retirés"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.plan: ExportPlan | None = None
        self._busy = False
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Écrire le lot…"))

    def initializePage(self) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.header.setText(self.tr("Calcul de l'aperçu…"))
        self.status.clear()
        self.completeChanged.emit()
        self.owner.compute_plan(self.show_plan, self.show_error)

    def show_plan(self, plan: ExportPlan) -> None:
        self.plan = plan
        months = ", ".join(month_label(p) for p in plan.periods) or month_label(plan.period)
        self.header.setText(
            self.tr(
                "Destinataire(s) : {recipients}<br>Mois : {months}<br>"
                "<b>{n} ligne(s) au total</b> dans ce lot.",
                "",
                plan.total_rows,
            ).format(
                recipients=", ".join(
                    f"{escape(r.name)} ({r.fingerprint})" for r in plan.recipients
                ),
                months=months,
                n=plan.total_rows,
            )
        )
        self.table.setRowCount(len(plan.previews))
        for row, (name, preview) in enumerate(sorted(plan.previews.items())):
            for column, text in enumerate(
                (
                    name,
                    str(preview.rows),
                    ", ".join(preview.fields),
                    ", ".join(preview.removed) or "—",
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if plan.total_rows == 0:
            self.status.setText(self.tr("Rien de nouveau à envoyer pour ce mois."))
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self._busy = False
        self.header.clear()
        self.status.setStyleSheet(styles.ERROR_TEXT)
        self.status.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.plan is not None and not self._busy

    def validatePage(self) -> bool:
        if self.owner.result is not None:
            return True
        if self.plan is None or self._busy:
            return False
        dest = self.owner.ask_destination(self.plan)
        if dest is None:
            return False
        self._busy = True
        self.status.setStyleSheet(styles.PLAIN)
        self.status.setText(self.tr("Écriture du lot…"))
        self.completeChanged.emit()
        self.owner.write(self.plan, dest, self._written, self.show_error)
        return False

    def _written(self) -> None:
        self._busy = False
        self.completeChanged.emit()
        self.owner.next()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Lot écrit"))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.owner.result
        if result is None:
            return
        self.text.setText(
            self.tr(
                "Lot n° {number} écrit : {path} ({size} octets).<br><br>Remettez ce fichier à la "
                "coordination (clé USB ou courriel) : il est chiffré pour elle seule. Tant "
                "qu'elle n'en a pas accusé réception, ces changements repartent dans le lot "
                "suivant."
            ).format(
                number=result.sequence,
                path=escape(str(result.path)),
                size=QLocale().toString(result.file_bytes),
            )
        )


class ExportWizard(QWizard):
    """Month and scope → preview → destination and write → result."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Exporter un lot"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.options = OptionsPage()
        self.preview = PreviewPage(self)
        self.done_page = ResultPage(self)
        for page in (self.options, self.preview, self.done_page):
            self.addPage(page)
        self.resize(900, 560)

    def compute_plan(
        self, success: Callable[[ExportPlan], Any], failure: Callable[[str], Any]
    ) -> None:
        period, scope = self.options.month.period(), self.options.scope()
        self.session.write(
            self,
            lambda store, _progress: plan_export(store, period, scope),
            success,
            progress_label=self.tr("Calcul de l'aperçu…"),
            failure=lambda exc: failure(error_text(exc)),
        )

    def ask_destination(self, plan: ExportPlan) -> Path | None:
        name = f"lot-{plan.period}-{plan.scope}.reconv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le lot"), str(Path.home() / name), bundle_filter()
        )
        return Path(path) if path else None

    def write(
        self,
        plan: ExportPlan,
        dest: Path,
        done: Callable[[], Any],
        failure: Callable[[str], Any],
    ) -> None:
        def op(store: Store, progress: Progress) -> ExportResult:
            return write_bundle(store, plan, dest, progress)

        def success(result: ExportResult) -> None:
            self.result = result
            self.session.notify_changed("")
            done()

        self.session.write(
            self,
            op,
            success,
            progress_label=self.tr("Écriture du lot…"),
            failure=lambda exc: failure(error_text(exc)),
        )
