"""Durée de conservation: the rule (months after the cell ends, anonymise or erase), a preview
of who it applies to today, and applying it after a backup and a confirmation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit.formatting import day
from reconv_desktop.gui.kit.operations import Progress
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.rights.retention import (
    MAX_MONTHS,
    MODES,
    RetentionCandidate,
    apply_retention,
    retention_preview,
    retention_rule,
    set_retention_rule,
)
from reconv_desktop.store.store import Store


class RetentionDialog(QDialog):
    """Rule, preview list, and an apply button that says how many people it touches."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.candidates: list[RetentionCandidate] = []
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Durée de conservation"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Après la fin d'une cellule, les données de ses personnes ne sont gardées qu'un "
                "temps. Anonymiser garde les chiffres d'activité sans nom ni texte libre ; effacer "
                "supprime tout. Rien n'est appliqué sans votre confirmation, et une sauvegarde est "
                "faite juste avant."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setSuffix(self.tr(" mois après la fin de la cellule"))
        self.mode = QComboBox()
        for value, label in MODES.items():
            self.mode.addItem(label.capitalize(), value)
        form.addRow(self.tr("&Durée"), self.months)
        form.addRow(self.tr("&Ensuite"), self.mode)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Enregistrer la &règle et actualiser l'aperçu"))
        self.save_button.clicked.connect(self.save_rule)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Personne"),
                self.tr("Cellule"),
                self.tr("Fin de la cellule"),
                self.tr("Échéance"),
            ]
        )
        self.list.setColumnWidth(0, 220)
        self.list.setColumnWidth(1, 200)
        # The end-of-cell header is wider in Dutch ("Einde van de cel") than a date.
        self.list.header().resizeSection(2, self.list.header().sectionSizeFromContents(2).width())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(
            self.tr("&Appliquer…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.closing.connect(self.reject)
        self.load()

    def load(self) -> None:
        rule = retention_rule(self.session.store)
        self.months.setValue(rule.months)
        self.mode.setCurrentIndex(max(0, self.mode.findData(rule.mode)))
        self.refresh()

    def refresh(self) -> None:
        """Ask the core who the rule applies to today (nothing is changed)."""
        self.summary.setText(self.tr("Calcul de l'aperçu…"))
        self.session.query(self, retention_preview, self._show)

    def _show(self, candidates: list[RetentionCandidate]) -> None:
        self.candidates = candidates
        self.list.clear()
        for c in candidates:
            self.list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        c.display_name,
                        c.cell_name,
                        day(c.cell_end),
                        day(c.due_on),
                    ]
                )
            )
        described = retention_rule(self.session.store).description
        self.summary.setText(
            self.tr(
                "Règle : {rule}\n{n} personne(s) concernée(s) aujourd'hui.", "", len(candidates)
            ).format(rule=described, n=len(candidates))
        )
        self.apply_button.setEnabled(bool(candidates))
        self.apply_button.setText(
            self.tr("&Appliquer à {n} personne(s)…", "", len(candidates)).format(n=len(candidates))
        )

    def save_rule(self) -> None:
        try:
            set_retention_rule(self.session.store, self.months.value(), self.mode.currentData())
        except ReconvError as exc:
            self.summary.setText(exc.message)
            return
        self.refresh()

    def confirm(self) -> bool:
        rule = retention_rule(self.session.store)
        answer = QMessageBox.warning(
            self,
            self.tr("Appliquer la durée de conservation"),
            self.tr(
                "{rule}\n\n{n} personne(s) seront traitées. Une sauvegarde est faite juste "
                "avant ; c'est irréversible dans le coffre.",
                "",
                len(self.candidates),
            ).format(rule=rule.description, n=len(self.candidates)),
            QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Apply

    def apply(self) -> None:
        if not self.candidates or not self.confirm():
            return
        self.apply_confirmed()

    def apply_confirmed(self) -> None:
        session = self.session

        def op(store: Store, progress: Progress) -> list[RetentionCandidate]:
            from reconv_desktop.backup.backups import backup_before

            backup_before(store, "retention")
            return apply_retention(store, progress=progress)

        def done(treated: list[Any]) -> None:
            session.undo_stack.clear()  # undoing an edit would bring a treated person back
            session.notify_changed("")
            self.candidates = []
            self.list.clear()
            self.apply_button.setEnabled(False)
            self.summary.setText(
                self.tr(
                    "Durée de conservation appliquée à {n} personne(s).", "", len(treated)
                ).format(n=len(treated))
            )

        session.write(
            self, op, done, progress_label=self.tr("Application de la durée de conservation…")
        )
