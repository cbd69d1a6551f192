"""Two tabs of the audit editor: interests and constraints, and the header with synthesis.

The constraints form is a Designer form (`ui/audit_constraints.ui`); it is saved as a whole
with its button, the synthesis when it loses the focus or with its button (Ctrl+S).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.skill_audit import Interest, SkillAudit, WorkingHours
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.gui.audits.items import fill_combo
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import day
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

CONSTRAINT_LINES = ("max_commute_minutes", "driving_licences")
CONSTRAINT_TEXTS = ("health_restrictions", "other")
CONSTRAINT_CHECKS = ("public_transport_only", "has_vehicle")


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(styles.ERROR_TEXT)
    return label


class ProfileTab(QWidget):
    """Interests (a short list) and constraints (mobility, licences, health, hours)."""

    changed = Signal()

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit: SkillAudit | None = None
        layout = QHBoxLayout(self)
        interests_box = QGroupBox(self.tr("Centres d'intérêt"))
        box = QVBoxLayout(interests_box)
        self.interests = QTreeWidget()
        self.interests.setHeaderLabels([self.tr("Intérêt"), self.tr("Détail")])
        self.interests.setRootIsDecorated(False)
        self.interests.setAccessibleName(self.tr("Centres d'intérêt"))
        box.addWidget(self.interests, 1)
        form = QFormLayout()
        self.interest = QLineEdit()
        self.interest.setPlaceholderText(self.tr("ex. Travail manuel"))
        self.interest_detail = QLineEdit()
        self.interest_detail.setPlaceholderText(self.tr("précision (facultatif)"))
        form.addRow(self.tr("&Intérêt"), self.interest)
        form.addRow(self.tr("&Détail"), self.interest_detail)
        box.addLayout(form)
        buttons = QHBoxLayout()
        self.add_interest_button = QPushButton(self.tr("A&jouter l'intérêt"))
        self.remove_interest_button = QPushButton(self.tr("Retirer l'intérêt choisi"))
        buttons.addWidget(self.add_interest_button)
        buttons.addWidget(self.remove_interest_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.interest_error = _error_label()
        box.addWidget(self.interest_error)
        layout.addWidget(interests_box, 1)

        constraints_box = QGroupBox(self.tr("Contraintes"))
        holder = QWidget()
        QVBoxLayout(constraints_box).addWidget(holder)
        self.form = load_form("audits/audit_constraints", holder)
        fill_combo(self.form.hours, list(WorkingHours))
        layout.addWidget(constraints_box, 1)

        self.add_interest_button.clicked.connect(self.add_interest)
        self.interest.returnPressed.connect(self.add_interest)
        self.interest_detail.returnPressed.connect(self.add_interest)
        self.remove_interest_button.clicked.connect(self.remove_interest)
        self.form.save_button.clicked.connect(self.save_constraints)

    def show_audit(self, audit: SkillAudit | None) -> None:
        self.audit = audit
        self.interests.clear()
        self.interest_error.clear()
        self.form.error.clear()
        if audit is None:
            return
        for interest in audit.interests:
            self.interests.addTopLevelItem(QTreeWidgetItem([interest.label, interest.detail]))
        self.interests.resizeColumnToContents(0)
        c = audit.constraints
        self.form.max_commute_minutes.setText(
            "" if c.max_commute_minutes is None else str(c.max_commute_minutes)
        )
        self.form.driving_licences.setText(", ".join(c.driving_licences))
        self.form.public_transport_only.setChecked(c.public_transport_only)
        self.form.has_vehicle.setChecked(c.has_vehicle)
        self.form.health_restrictions.setPlainText(c.health_restrictions)
        self.form.other.setPlainText(c.other)
        self.form.hours.setCurrentIndex(max(0, self.form.hours.findData(c.hours.value)))
        for name in (*CONSTRAINT_LINES, *CONSTRAINT_TEXTS):
            styles.mark_invalid(getattr(self.form, name), False)

    def _save_interests(self, interests: list[Interest | tuple[str, str]]) -> bool:
        if self.audit is None:
            return False
        try:
            self.session.store.skill_audits.set_interests(self.audit.id, interests)
        except ReconvError as exc:
            self.interest_error.setText(exc.message)
            return False
        self.changed.emit()
        return True

    def add_interest(self) -> None:
        if self.audit is None:
            return
        new = (self.interest.text(), self.interest_detail.text())
        if self._save_interests([*self.audit.interests, new]):
            self.interest.clear()
            self.interest_detail.clear()
            self.interest.setFocus()

    def remove_interest(self) -> None:
        row = self.interests.indexOfTopLevelItem(self.interests.currentItem())
        if self.audit is None or row < 0:
            return
        kept = [i for n, i in enumerate(self.audit.interests) if n != row]
        self._save_interests(kept)

    def constraint_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "max_commute_minutes": self.form.max_commute_minutes.text().strip(),
            "driving_licences": [
                c for c in re.split(r"[\s,;/]+", self.form.driving_licences.text()) if c
            ],
            "hours": self.form.hours.currentData(),
        }
        for name in CONSTRAINT_TEXTS:
            values[name] = getattr(self.form, name).toPlainText()
        for name in CONSTRAINT_CHECKS:
            values[name] = getattr(self.form, name).isChecked()
        return values

    def save_constraints(self) -> bool:
        if self.audit is None:
            return False
        for name in (*CONSTRAINT_LINES, *CONSTRAINT_TEXTS):
            styles.mark_invalid(getattr(self.form, name), False)
        try:
            values = self.constraint_values()
            self.session.store.skill_audits.set_constraints(self.audit.id, **values)
        except ValidationError as exc:
            self.form.error.setText(exc.message)
            widget = getattr(self.form, exc.field, None)
            if widget is not None:
                styles.mark_invalid(widget)
                widget.setFocus()
            return False
        self.changed.emit()
        self.form.error.setText(self.tr("Contraintes enregistrées."))
        self.form.error.setStyleSheet(styles.SUCCESS_TEXT)
        return True


class SynthesisTab(QWidget):
    """The audit's header (title, dates, counsellor) and the counsellor's synthesis."""

    changed = Signal()
    HEADER = ("title", "started_on", "closed_on", "counsellor")

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit: SkillAudit | None = None
        self._shown: dict[str, str] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field, label in (
            ("title", self.tr("&Titre du bilan")),
            ("started_on", self.tr("&Début (JJ/MM/AAAA)")),
            ("closed_on", self.tr("&Clôture (JJ/MM/AAAA)")),
            ("counsellor", self.tr("Conse&iller·e")),
        ):
            edit = QLineEdit()
            edit.editingFinished.connect(self.save)
            self.edits[field] = edit
            form.addRow(label, edit)
        layout.addLayout(form)
        heading = QLabel(self.tr("&Synthèse du conseiller·e"))
        heading.setStyleSheet(styles.BOLD)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Points forts, freins, pistes retenues, prochaines étapes…")
        )
        heading.setBuddy(self.text)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Enregistrer (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.status = _error_label()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.text.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def show_audit(self, audit: SkillAudit | None) -> None:
        self.audit = audit
        self.status.clear()
        if audit is None:
            self._shown = {}
            for edit in self.edits.values():
                edit.clear()
            self.text.clear()
            return
        self._shown = {
            "title": audit.title,
            "started_on": day(audit.started_on),
            "closed_on": day(audit.closed_on),
            "counsellor": audit.counsellor,
            "synthesis": audit.synthesis,
        }
        for field, edit in self.edits.items():
            if not edit.hasFocus():
                edit.setText(self._shown[field])
                styles.mark_invalid(edit, False)
        if not self.text.hasFocus():
            self.text.setPlainText(audit.synthesis)

    def pending(self) -> dict[str, str]:
        values = {f: e.text() for f, e in self.edits.items()}
        values["synthesis"] = self.text.toPlainText()
        return {f: v for f, v in values.items() if v != self._shown.get(f, "")}

    def save(self) -> bool:
        changes = self.pending()
        if self.audit is None or not changes:
            return True
        for edit in self.edits.values():
            styles.mark_invalid(edit, False)
        try:
            self.session.store.skill_audits.update(self.audit.id, **changes)
        except ValidationError as exc:
            self._error(exc.message, exc.field)
            return False
        except ReconvError as exc:
            self._error(exc.message, None)
            return False
        self._shown.update(changes)
        self.status.setStyleSheet(styles.SUCCESS_TEXT)
        self.status.setText(self.tr("Enregistré"))
        self.changed.emit()
        return True

    def _error(self, message: str, field: str | None) -> None:
        self.status.setStyleSheet(styles.ERROR_TEXT)
        self.status.setText(message)
        if field in self.edits:
            styles.mark_invalid(self.edits[field])

    def commit_pending(self) -> list[str]:
        """Save what is valid; on lock, name what had to be dropped."""
        if self.save():
            return []
        dropped = [self.tr("Bilan : {problem}").format(problem=self.status.text())]
        self.pending().clear()
        return dropped
