"""A small worker chooser for the CV page: a search field over the caseload search and the
people found, those with a skills audit marked (a CV starts from the audit).

The search runs on the reader connection in the background, like the caseload list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reconv_desktop.gui.kit.formatting import list_name
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.store.store import Store
from reconv_desktop.store.workers import CaseloadRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
MAX_LISTED = 200


class WorkerPicker(QWidget):
    """Search field + list of people; `chosen(worker_id)` on Enter, click or activation."""

    chosen = Signal(str)

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_id: str | None = None
        self.searched = False
        self._generation = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Personne"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher une personne…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        label.setBuddy(self.search)
        self.workers = QListWidget()
        self.workers.setAccessibleName(self.tr("Personnes trouvées"))
        # Long names are elided rather than scrolled: the strip is short.
        self.workers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.workers.setTextElideMode(Qt.TextElideMode.ElideRight)
        column.addWidget(label)
        column.addWidget(self.search)
        column.addWidget(self.workers, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        self.workers.itemActivated.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))
        self.workers.itemClicked.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))

    def refresh(self) -> None:
        """Search again (background read); the newest search wins."""
        self._timer.stop()
        self.searched = True
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()

        def op(reader: Store) -> tuple[list[CaseloadRow], set[str]]:
            rows = reader.search(text) if text else reader.workers.caseload()
            return rows[:MAX_LISTED], reader.skill_audits.worker_ids_with_audit()

        self.session.query(self, op, self._show, is_current=lambda: generation == self._generation)

    def _show(self, result: tuple[list[CaseloadRow], set[str]]) -> None:
        rows, audited = result
        self.workers.clear()
        bold = self.workers.font()
        bold.setBold(True)
        for row in rows:
            name = list_name(row.family_name, row.given_name)
            text = name + (f" — {row.cell_name}" if row.cell_name else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            tip = row.cell_name
            if row.id in audited:
                item.setFont(bold)
                item.setText("✓ " + text)
                tip += "\n" + self.tr("A un bilan de compétences : un CV peut en partir.")
            item.setToolTip(tip.strip())
            self.workers.addItem(item)
            if row.id == self.current_id:
                self.workers.setCurrentItem(item)
        if rows and self.workers.currentItem() is None:
            self.workers.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.workers.currentItem() or self.workers.item(0)
        if item is not None:
            self.chosen.emit(item.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search field goes into the list, as in the caseload.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):  # type: ignore
            self.workers.setFocus()
            return True
        return super().eventFilter(watched, event)
