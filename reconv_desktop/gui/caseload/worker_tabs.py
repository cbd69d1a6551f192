"""The follow-up tabs of a worker's file: timeline and notes, checklist, actions, outcome.

Dynamic lists built in code (they change with the data); each tab reads and writes through
the repositories and tells the session what changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.enums import (
    ActionKind,
    ActionStatus,
    AppointmentStatus,
    ContractType,
    OutcomeKind,
)
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import DAY_MINUTE, day, stored_label
from reconv_desktop.gui.kit.undo import StoreCommand
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(styles.ERROR_TEXT)
    return label


class WorkerTab(QWidget):
    """A tab of the worker file: shows one worker, reloads from the store on demand."""

    error: QLabel | None = None

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker_id: str | None = None

    def show_worker(self, worker_id: str) -> None:
        self.worker_id = worker_id
        if self.error is not None:
            self.error.clear()
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError


class TimelineTab(WorkerTab):
    """Notes and appointments, newest first, and a box to write a note (Ctrl+Entrée)."""

    def __init__(
        self, session: UnlockedSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.undo_stack = undo_stack
        layout = QVBoxLayout(self)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Nouvelle note (Ctrl+Entrée pour l'ajouter)"))
        self.note_edit.setMaximumHeight(110)
        self.note_edit.setTabChangesFocus(True)
        self.add_button = QPushButton(self.tr("Ajouter la &note"))
        self.add_button.clicked.connect(self.add_note)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.entries = QListWidget()
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        layout.addWidget(self.entries, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self.note_edit,
                self.add_note,
                context=Qt.ShortcutContext.WidgetShortcut,
            )

    def show_worker(self, worker_id: str) -> None:
        if worker_id != self.worker_id:
            self.note_edit.clear()
        super().show_worker(worker_id)

    def reload(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        entries: list[tuple[datetime, str]] = []
        for note in store.notes.for_worker(self.worker_id):
            entries.append((note.written_at, self.tr("Note") + f" — {note.body}"))
        for appt in store.appointments.for_worker(self.worker_id):
            text = f"{appt.kind.label} ({AppointmentStatus(appt.status).label})"
            if appt.reason:
                text += f" — {appt.reason}"
            entries.append((appt.starts_at, text))
        entries.sort(key=lambda e: e[0], reverse=True)
        self.entries.clear()
        for when, text in entries:
            self.entries.addItem(f"{when.strftime(DAY_MINUTE)}  {text}")

    def add_note(self) -> bool:
        store = self.session.store
        text = self.note_edit.toPlainText()
        if self.worker_id is None or not text.strip():
            return False
        worker_id = self.worker_id
        try:
            note = store.notes.add(worker_id, text)
        except ReconvError as exc:
            self.error.setText(exc.message)
            return False
        state = {"id": note.id}

        def undo(s: object) -> None:
            s.notes.remove(state["id"])  # type: ignore[attr-defined]

        def redo(s: object) -> None:
            state["id"] = s.notes.add(worker_id, text).id  # type: ignore[attr-defined]

        self.undo_stack.push(
            StoreCommand(self.session, worker_id, self.tr("Ajout d'une note"), undo, redo)
        )
        self.note_edit.clear()
        self.error.clear()
        self.reload()
        self.session.notify_changed(worker_id)
        return True

    def save_draft(self) -> None:
        """A note typed but not added is kept as a note rather than lost."""
        if self.note_edit.toPlainText().strip():
            self.add_note()


class ChecklistTab(WorkerTab):
    """The worker's administrative steps as checkable items; ticking is saved at once."""

    def __init__(
        self, session: UnlockedSession, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.undo_stack = undo_stack
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cochez une démarche quand elle est faite (Espace).")))
        self.steps = QListWidget()
        self.steps.itemChanged.connect(self._toggled)
        layout.addWidget(self.steps, 1)

    def reload(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in store.admin_steps.for_worker(self.worker_id):
            text = step.label
            if step.done and step.done_on:
                text += self.tr(" — faite le {day}").format(day=day(step.done_on))
            elif step.due_date:
                text += self.tr(" — échéance {day}").format(day=day(step.due_date))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            item.setData(STEP_ID_ROLE, step.id)
            self.steps.addItem(item)
        self.steps.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        step_id = item.data(STEP_ID_ROLE)
        done = item.checkState() == Qt.CheckState.Checked
        store.admin_steps.set_done(step_id, done)
        self.undo_stack.push(
            StoreCommand(
                self.session,
                self.worker_id,
                self.tr("Démarche cochée"),
                lambda s: s.admin_steps.set_done(step_id, not done),
                lambda s: s.admin_steps.set_done(step_id, done),
            )
        )
        row = self.steps.currentRow()
        self.reload()
        self.steps.setCurrentRow(row)
        self.session.notify_changed(self.worker_id)


class ActionsTab(WorkerTab):
    """Trainings, immersions, applications and interviews, with a line to add one."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Intitulé"),
                self.tr("Organisme"),
                self.tr("Échéance"),
                self.tr("Statut"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree, 1)
        form = QHBoxLayout()
        self.kind = QComboBox()
        for kind in ActionKind:
            self.kind.addItem(kind.label, kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Intitulé (ex. Cariste CACES)"))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("Échéance JJ/MM/AAAA"))
        self.add_button = QPushButton(self.tr("Ajouter l'a&ction"))
        self.add_button.clicked.connect(self.add_action)
        self.title.returnPressed.connect(self.add_action)
        self.due.returnPressed.connect(self.add_action)
        for widget, stretch in (
            (self.kind, 0),
            (self.title, 2),
            (self.due, 1),
            (self.add_button, 0),
        ):
            form.addWidget(widget, stretch)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)

    def reload(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        self.tree.clear()
        for action in store.actions.for_worker(self.worker_id):
            due = day(action.due_date)
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        action.kind.label,
                        action.title,
                        action.organisation,
                        due,
                        ActionStatus(action.status).label,
                    ]
                )
            )
        for column in range(5):
            self.tree.resizeColumnToContents(column)

    def add_action(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        try:
            store.actions.add(
                self.worker_id, self.kind.currentData(), self.title.text(), due_date=self.due.text()
            )
        except ReconvError as exc:
            self.error.setText(exc.message)
            return
        self.title.clear()
        self.due.clear()
        self.error.clear()
        self.reload()
        self.session.notify_changed(self.worker_id)


class OutcomeTab(WorkerTab):
    """How the follow-up ended (job, training, business, retirement...), with its date."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        self.history = QListWidget()
        layout.addWidget(self.history, 1)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in OutcomeKind:
            self.kind.addItem(kind.label, kind.value)
        self.when = QLineEdit()
        self.when.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.contract = QComboBox()
        self.contract.addItem(self.tr("(sans objet)"), "")
        for contract in ContractType:
            self.contract.addItem(contract.label, contract.value)
        self.employer = QLineEdit()
        self.record_button = QPushButton(self.tr("Enregistrer la &sortie"))
        self.record_button.clicked.connect(self.record)
        form.addRow(self.tr("Type de sortie"), self.kind)
        form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Contrat"), self.contract)
        form.addRow(self.tr("Employeur ou organisme"), self.employer)
        form.addRow("", self.record_button)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)

    def reload(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        self.history.clear()
        for outcome in store.outcomes.for_worker(self.worker_id):
            text = f"{day(outcome.outcome_date)} — {outcome.kind.label}"
            if outcome.contract_type:
                text += f" ({stored_label(ContractType, outcome.contract_type)})"
            if outcome.employer:
                text += f" — {outcome.employer}"
            self.history.addItem(text)
        if not self.history.count():
            self.history.addItem(self.tr("Pas encore de sortie enregistrée."))

    def record(self) -> None:
        store = self.session.store
        if self.worker_id is None:
            return
        try:
            store.outcomes.record(
                self.worker_id,
                self.kind.currentData(),
                self.when.text(),
                contract_type=self.contract.currentData(),
                employer=self.employer.text(),
            )
        except ReconvError as exc:
            self.error.setText(exc.message)
            return
        self.when.clear()
        self.employer.clear()
        self.error.clear()
        self.reload()
        self.session.notify_changed(self.worker_id)
