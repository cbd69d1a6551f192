"""One worker's file: identity and contact (auto-saved, validated field by field), consent,
and the tabs of the follow-up (timeline, checklist, actions, outcome).

Edits are saved when a field loses focus, on Enter, or after a short pause in typing; an
invalid value stays in the field with the French error beside it and is never saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.enums import ConsentScope, WorkerStatus
from reconv_desktop.domain.models import Worker
from reconv_desktop.domain.workers import FIELD_LABELS
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.gui.caseload.rights_tab import RightsTab
from reconv_desktop.gui.caseload.worker_tabs import (
    ActionsTab,
    ChecklistTab,
    OutcomeTab,
    TimelineTab,
)
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import day
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.kit.undo import field_edit
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.rights.access import open_worker_file

LINE_FIELDS = (
    "family_name",
    "given_name",
    "birth_date",
    "national_number",
    "email",
    "phone",
    "address",
    "postal_code",
    "city",
    "consent_date",
    "consent_by",
)
COMBO_FIELDS = ("cell_id", "status", "consent_scope")
SAVE_DELAY_MS = 1200


def display_value(worker: Worker, field: str) -> str:
    """How the form shows a stored value (dates as JJ/MM/AAAA)."""
    value = getattr(worker, field)
    if value is None:
        return ""
    if isinstance(value, date):
        return day(value)
    return str(value)


class WorkerFile(QWidget):
    """The file of one worker; `show_worker(id)` loads another one."""

    back_requested = Signal()

    def __init__(
        self, session: UnlockedSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.worker: Worker | None = None
        self._shown: dict[str, str] = {}
        self._dirty: set[str] = set()
        self._saving = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_dirty)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Liste (Échap)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setStyleSheet(styles.PAGE_HEADING)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(styles.SUCCESS_TEXT)
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.saved_label)
        self.audit_button = QPushButton(self.tr("&Bilan de compétences →"))
        self.audit_button.clicked.connect(self._open_audit)
        header.addWidget(self.audit_button)
        layout.addLayout(header)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        identity_page = QWidget()
        self.form = load_form("caseload/worker_identity", identity_page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(identity_page)
        self.tabs.addTab(scroll, self.tr("&Identité et contact"))
        self.timeline = TimelineTab(session, undo_stack)
        self.checklist = ChecklistTab(session, undo_stack)
        self.actions = ActionsTab(session)
        self.outcome = OutcomeTab(session)
        self.tabs.addTab(self.timeline, self.tr("&Suivi (notes et rendez-vous)"))
        self.tabs.addTab(self.checklist, self.tr("&Démarches administratives"))
        self.tabs.addTab(self.actions, self.tr("&Actions"))
        self.tabs.addTab(self.outcome, self.tr("So&rtie"))
        self.rights = RightsTab(session)
        self.rights.erased.connect(self._erased)
        self.tabs.addTab(self.rights, self.tr("Droits (R&GPD)"))
        # Each opening of a file goes to the journal once (not each reload after an edit).
        self._access_logged: str | None = None
        self.back_requested.connect(self._forget_access)
        self._setup_fields()
        session.data_changed.connect(self._on_data_changed)

    # --- fields --------------------------------------------------------------------------------
    def _setup_fields(self) -> None:
        for field in LINE_FIELDS:
            edit: QLineEdit = getattr(self.form, field)
            edit.textEdited.connect(lambda _t, f=field: self._edited(f))
            edit.editingFinished.connect(lambda f=field: self.save_field(f))
        status: QComboBox = self.form.status
        for value in WorkerStatus:
            status.addItem(value.label, value.value)
        scope: QComboBox = self.form.consent_scope
        for value in ConsentScope:
            scope.addItem(value.label, value.value)
        for field in COMBO_FIELDS:
            combo: QComboBox = getattr(self.form, field)
            combo.activated.connect(lambda _i, f=field: self._combo_chosen(f))

    def _fill_cells(self) -> None:
        combo: QComboBox = self.form.cell_id
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(aucune)"), "")
        for cell in self.session.store.cells.all():
            combo.addItem(cell.name, cell.id)
        combo.blockSignals(False)

    def _edited(self, field: str) -> None:
        self._dirty.add(field)
        self.saved_label.clear()
        self._save_timer.start()

    def _error_label(self, field: str) -> QLabel:
        return getattr(self.form, f"{field}_error")

    def _show_error(self, field: str, message: str) -> None:
        self._error_label(field).setText(message)
        widget = getattr(self.form, field)
        styles.mark_invalid(widget)
        widget.setToolTip(message)

    def _clear_error(self, field: str) -> None:
        self._error_label(field).clear()
        widget = getattr(self.form, field)
        styles.mark_invalid(widget, False)
        widget.setToolTip("")

    def _current_text(self, field: str) -> str:
        widget = getattr(self.form, field)
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return widget.text()

    def save_field(self, field: str) -> bool:
        """Validate and save one field; True when saved or unchanged."""
        return self._save({field: self._current_text(field)})

    def _save(self, values: dict[str, str]) -> bool:
        if self.worker is None:
            return True
        changed = {f: v for f, v in values.items() if v != self._shown.get(f)}
        if not changed:
            for field in values:
                self._dirty.discard(field)
                self._clear_error(field)
            return True
        try:
            self._saving = True
            updated = self.session.store.workers.update(self.worker.id, **changed)
        except ValidationError as exc:
            target = exc.field if exc.field in changed else next(iter(changed))
            self._show_error(target, exc.message)
            return False
        except ReconvError as exc:
            self._show_error(next(iter(changed)), exc.message)
            return False
        finally:
            self._saving = False
        before = {f: self._shown.get(f, "") for f in changed}
        after = {f: display_value(updated, f) for f in changed}
        label = ", ".join(FIELD_LABELS.get(f, f) for f in changed)
        self.undo_stack.push(field_edit(self.session, updated.id, label, before, after))
        self.worker = updated
        for field in changed:
            self._dirty.discard(field)
            self._clear_error(field)
            self._shown[field] = after[field]
            widget = getattr(self.form, field)
            # Show the normalised value (e.g. NISS without dots) unless the user is still typing.
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setText(after[field])
        self._update_title()
        self.saved_label.setText(self.tr("Enregistré"))
        self._saving = True
        try:
            self.session.notify_changed(updated.id)
        finally:
            self._saving = False
        return True

    def _combo_chosen(self, field: str) -> None:
        values = {field: self._current_text(field)}
        if (
            field == "consent_scope"
            and values[field] != ConsentScope.NONE.value
            and not self.form.consent_date.text().strip()
        ):
            # Consent recorded now: today's date, which the counsellor can still correct.
            today = day(date.today())
            self.form.consent_date.setText(today)
            values["consent_date"] = today
        self._save(values)

    def save_dirty(self) -> bool:
        """Try to save every field typed into; True when nothing invalid remains."""
        ok = True
        for field in sorted(self._dirty):
            ok = self.save_field(field) and ok
        return ok

    def invalid_fields(self) -> list[tuple[str, str]]:
        """(label, error) of the fields whose input could not be saved."""
        return [
            (FIELD_LABELS.get(f, f), self._error_label(f).text())
            for f in sorted(self._dirty)
            if self._error_label(f).text()
        ]

    def discard_invalid(self) -> None:
        """Put back the last saved values in the fields that hold invalid input."""
        for field in list(self._dirty):
            widget = getattr(self.form, field)
            if isinstance(widget, QLineEdit):
                widget.setText(self._shown.get(field, ""))
            self._clear_error(field)
        self._dirty.clear()

    def can_leave(self) -> bool:
        """Save pending input; if some is invalid, ask to correct it or discard it."""
        self.timeline.save_draft()
        if self.save_dirty():
            return True
        problems = "\n".join(f"• {label} : {message}" for label, message in self.invalid_fields())
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Saisie non valide"),
            self.tr(
                "Certaines saisies ne sont pas valides et ne sont pas enregistrées :\n{problems}"
            ).format(problems=problems),
            parent=self,
        )
        fix = box.addButton(self.tr("Corriger"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Abandonner ces saisies"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(fix)
        box.exec()
        if box.clickedButton() is fix:
            return False
        self.discard_invalid()
        return True

    def commit_pending(self) -> list[str]:
        """Before locking: save what is valid, discard the rest; return what was discarded."""
        self.timeline.save_draft()
        self.save_dirty()
        discarded = [f"{label} : {message}" for label, message in self.invalid_fields()]
        self.discard_invalid()
        return discarded

    # --- loading -------------------------------------------------------------------------------
    def show_worker(self, worker_id: str) -> None:
        self._save_timer.stop()
        self.worker = self.session.store.workers.get(worker_id)
        if self._access_logged != worker_id:
            open_worker_file(self.session.store, worker_id)
            self._access_logged = worker_id
        self._fill_cells()
        self._load_fields()
        self.saved_label.clear()
        self.timeline.show_worker(worker_id)
        self.checklist.show_worker(worker_id)
        self.actions.show_worker(worker_id)
        self.outcome.show_worker(worker_id)
        self.rights.show_worker(worker_id)

    def _forget_access(self) -> None:
        self._access_logged = None

    def _erased(self, _worker_id: str) -> None:
        # The person no longer exists: nothing to save or reload, back to the list.
        self._save_timer.stop()
        self._dirty.clear()
        self.worker = None
        self._forget_access()
        self.session.worker_in_file = None
        self.session.notify_changed("")
        self.back_requested.emit()

    def _load_fields(self) -> None:
        assert self.worker is not None
        self._dirty.clear()
        for field in (*LINE_FIELDS, *COMBO_FIELDS):
            value = display_value(self.worker, field)
            self._shown[field] = value
            widget = getattr(self.form, field)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(value)
            widget.blockSignals(False)
            self._clear_error(field)
        self._update_title()

    def _update_title(self) -> None:
        if self.worker is not None:
            self.title.setText(f"{self.worker.display_name} · {self.worker.status.label}")

    def _on_data_changed(self, worker_id: str) -> None:
        if self._saving or self.worker is None:
            return
        if worker_id in ("", self.worker.id) and not self._dirty:
            self.show_worker(self.worker.id)

    def _open_audit(self) -> None:
        if self.worker is not None and self.can_leave():
            self.session.open_audit_requested.emit(self.worker.id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.can_leave():
                self.back_requested.emit()
            return
        super().keyPressEvent(event)
