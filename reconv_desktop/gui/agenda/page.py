"""Agenda: today's and this week's appointments, and the drop-in ("permanence") mode."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.enums import AppointmentKind, AppointmentStatus
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import day, iso_day, list_name, stored_label
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.store.attention import AgendaEntry, agenda
from reconv_desktop.store.dropin import record_drop_in
from reconv_desktop.store.store import Store
from reconv_desktop.store.workers import CaseloadRow

WORKER_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_WORKER = "__new__"
MAX_MATCHES = 8


class AgendaPage(Page):
    """Two lists (today, the next seven days) or the drop-in form, switched by one button."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel(self.tr("Agenda"))
        self.heading.setStyleSheet(styles.PAGE_HEADING)
        self.mode_button = QPushButton(self.tr("Mode &permanence"))
        self.mode_button.setCheckable(True)
        self.mode_button.toggled.connect(self.set_drop_in_mode)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.mode_button)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        self.today_label = QLabel()
        self.today = self._tree()
        self.week_label = QLabel(self.tr("Sept prochains jours"))
        self.week = self._tree()
        for widget in (self.today_label, self.today, self.week_label, self.week):
            lists_layout.addWidget(widget, 1 if isinstance(widget, QTreeWidget) else 0)
        for label in (self.today_label, self.week_label):
            label.setStyleSheet(styles.BOLD)
        self.stack.addWidget(lists)

        self.drop_in = DropInPanel(session)
        self.stack.addWidget(self.drop_in)
        session.data_changed.connect(self._mark_stale)
        self._stale = True

    def _mark_stale(self, _worker_id: str) -> None:
        self._stale = True

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels(
            [
                self.tr("Quand"),
                self.tr("Personne"),
                self.tr("Type"),
                self.tr("Motif"),
                self.tr("Statut"),
            ]
        )
        tree.itemActivated.connect(self._open)
        return tree

    def set_drop_in_mode(self, enabled: bool) -> None:
        self.mode_button.setChecked(enabled)
        self.stack.setCurrentIndex(1 if enabled else 0)
        if enabled:
            self.drop_in.start()
        else:
            self.refresh()

    def activate(self) -> None:
        if self.stack.currentIndex() == 1:
            self.drop_in.start()
        elif self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = date.today()
        self.today_label.setText(self.tr("Aujourd'hui, {day}").format(day=day(today)))

        def op(reader: Store) -> tuple[list[AgendaEntry], list[AgendaEntry]]:
            return (
                agenda(reader, today, today + timedelta(days=1)),
                agenda(reader, today + timedelta(days=1), today + timedelta(days=8)),
            )

        self.session.query(self, op, self._show)

    def _show(self, result: tuple[list[AgendaEntry], list[AgendaEntry]]) -> None:
        locale = QLocale()
        for tree, entries, fmt in (
            (self.today, result[0], "HH:mm"),
            (self.week, result[1], "ddd dd/MM HH:mm"),
        ):
            tree.clear()
            for e in entries:
                when = locale.toString(datetime.fromisoformat(e.starts_at), fmt)
                item = QTreeWidgetItem(
                    [
                        when,
                        e.worker_name,
                        stored_label(AppointmentKind, e.kind),
                        e.reason,
                        stored_label(AppointmentStatus, e.status),
                    ]
                )
                item.setData(0, WORKER_ROLE, e.worker_id)
                tree.addTopLevelItem(item)
            if not entries:
                tree.addTopLevelItem(QTreeWidgetItem([self.tr("Aucun rendez-vous")]))
            for column in range(5):
                tree.resizeColumnToContents(column)

    def _open(self, item: QTreeWidgetItem) -> None:
        worker_id = item.data(0, WORKER_ROLE)
        if worker_id:
            self.session.open_worker_requested.emit(worker_id)

    def location(self) -> dict[str, Any]:
        return {"drop_in": self.stack.currentIndex() == 1}

    def restore(self, location: dict[str, Any]) -> None:
        self.set_drop_in_mode(bool(location.get("drop_in")))

    def commit_pending(self) -> list[str]:
        return self.drop_in.pending_input()


class DropInPanel(QWidget):
    """One field to find or create the visitor, a reason, a note; Enter records, next visitor."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = load_form("agenda/dropin", self)
        self.form.reason.addItems(
            [
                self.tr("Suivi"),
                self.tr("Dossier chômage"),
                self.tr("CV"),
                self.tr("Formation"),
                self.tr("Question administrative"),
                self.tr("Offre d'emploi"),
                self.tr("Autre"),
            ]
        )
        self._generation = 0
        self._searched_text: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search)
        self.form.visitor.textEdited.connect(self._typed)
        self.form.matches.currentRowChanged.connect(lambda _r: self._describe())
        self.form.record_button.clicked.connect(self.record)
        for widget in (self.form.visitor, self.form.note):
            widget.returnPressed.connect(self.record)
        self.form.reason.lineEdit().returnPressed.connect(self.record)
        self.form.visitor.installEventFilter(self)

    def start(self) -> None:
        self.form.visitor.setFocus()
        self._load_today()

    def _load_today(self) -> None:
        today = date.today()
        self.session.query(
            self,
            lambda r: agenda(r, today, today + timedelta(days=1), AppointmentKind.DROP_IN),
            self._show_today,
        )

    def _show_today(self, entries: list[AgendaEntry]) -> None:
        self.form.today_visits.clear()
        for e in reversed(entries):
            if e.status != AppointmentStatus.DONE:
                continue  # planned drop-ins are not visits yet
            self.form.today_visits.addItem(f"{e.starts_at[11:16]}  {e.worker_name} — {e.reason}")

    def _typed(self, _text: str) -> None:
        self._searched_text = None
        self._timer.start()

    def search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.form.visitor.text().strip()
        if not text:
            self._show_matches(text, [])
            return
        self.session.query(
            self,
            lambda r: r.search(text, limit=MAX_MATCHES),
            lambda rows: self._show_matches(text, rows),
            is_current=lambda: generation == self._generation,
        )

    def _show_matches(self, text: str, rows: list[CaseloadRow]) -> None:
        matches = self.form.matches
        matches.clear()
        for row in rows:
            label = list_name(row.family_name, row.given_name)
            if row.cell_name:
                label += f" — {row.cell_name}"
            if row.last_contact:
                label += self.tr(" — dernier contact {day}").format(day=iso_day(row.last_contact))
            item = QListWidgetItem(label)
            item.setData(WORKER_ROLE, row.id)
            matches.addItem(item)
        if text:
            item = QListWidgetItem(self.tr("Nouvelle personne : « {name} »").format(name=text))
            item.setData(WORKER_ROLE, NEW_WORKER)
            matches.addItem(item)
        matches.setCurrentRow(0 if matches.count() else -1)
        self._searched_text = text
        self._describe()

    def _describe(self) -> None:
        item = self.form.matches.currentItem()
        if item is None:
            self.form.feedback.setText("")
            return
        self.form.feedback.setStyleSheet(styles.PLAIN)
        self.form.feedback.setText(self.tr("Passage pour : {name}").format(name=item.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.visitor and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            matches = self.form.matches
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and matches.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                matches.setCurrentRow(max(0, min(matches.count() - 1, matches.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)

    def record(self) -> None:
        store = self.session.store
        text = self.form.visitor.text().strip()
        if not text:
            self._error(self.tr("Tapez d'abord le nom de la personne."))
            self.form.visitor.setFocus()
            return
        if self._searched_text != text:
            # Enter pressed before the background search answered: search now (short query).
            self._generation += 1
            self._show_matches(text, store.search(text, limit=MAX_MATCHES))
        item = self.form.matches.currentItem()
        chosen = item.data(WORKER_ROLE) if item is not None else NEW_WORKER
        try:
            visit = record_drop_in(
                store,
                worker_id=None if chosen == NEW_WORKER else chosen,
                new_worker_name=text,
                reason=self.form.reason.currentText(),
                note=self.form.note.text(),
            )
        except ReconvError as exc:
            self._error(exc.message)
            return
        self.session.notify_changed(visit.worker_id)
        self.form.today_visits.insertItem(
            0, f"{datetime.now():%H:%M}  {visit.worker_name} — {self.form.reason.currentText()}"
        )
        self.form.visitor.clear()
        self.form.note.clear()
        self.form.matches.clear()
        self.form.reason.setCurrentIndex(0)
        self._searched_text = None
        self.form.feedback.setStyleSheet(styles.SUCCESS_TEXT)
        if visit.created_worker:
            done = self.tr("Passage enregistré : {name} (nouvelle personne inscrite)")
        else:
            done = self.tr("Passage enregistré : {name}")
        self.form.feedback.setText(done.format(name=visit.worker_name))
        self.form.visitor.setFocus()

    def _error(self, message: str) -> None:
        self.form.feedback.setStyleSheet(styles.ERROR_TEXT)
        self.form.feedback.setText(message)

    def pending_input(self) -> list[str]:
        """Before locking: a visit typed but not recorded is discarded, and said so."""
        if self.form.visitor.text().strip() or self.form.note.text().strip():
            self.form.visitor.clear()
            self.form.note.clear()
            return [self.tr("Passage en permanence non enregistré")]
        return []
