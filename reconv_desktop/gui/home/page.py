"""Accueil: what needs attention today, each line one click (or Enter) away from the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.store.attention import Attention, AttentionItem, attention

WORKER_ROLE = Qt.ItemDataRole.UserRole + 1


class HomePage(Page):
    """Four lists: today's appointments, no contact for 30 days, overdue steps and actions."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("À faire aujourd'hui"))
        self.heading.setStyleSheet(styles.PAGE_HEADING)
        layout.addWidget(self.heading)
        self.hint = QLabel(self.tr("Cliquez sur une ligne (ou Entrée) pour ouvrir le dossier."))
        self.hint.setStyleSheet(styles.MUTED)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        layout.addLayout(grid, 1)
        self.boxes: dict[str, tuple[QGroupBox, QListWidget]] = {}
        titles = {
            "appointments": self.tr("Rendez-vous du jour"),
            "no_contact": self.tr("Sans contact depuis 30 jours"),
            "overdue_steps": self.tr("Démarches administratives en retard"),
            "overdue_actions": self.tr("Échéances d'actions dépassées"),
        }
        for position, (key, title) in enumerate(titles.items()):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            items = QListWidget()
            items.setAccessibleName(title)
            items.itemClicked.connect(self._open)
            items.itemActivated.connect(self._open)
            box_layout.addWidget(items)
            grid.addWidget(box, position // 2, position % 2)
            self.boxes[key] = (box, items)
        self._titles = titles
        session.data_changed.connect(self._mark_stale)
        self._stale = True

    def _mark_stale(self, _worker_id: str) -> None:
        self._stale = True

    def activate(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.session.query(self, attention, self._show)

    def _show(self, data: Attention) -> None:
        self._fill(
            "appointments",
            data.appointments,
            len(data.appointments),
            self.tr("Aucun rendez-vous aujourd'hui."),
        )
        self._fill(
            "no_contact",
            data.no_contact,
            data.no_contact_total,
            self.tr("Tout le monde a été vu récemment."),
        )
        self._fill(
            "overdue_steps",
            data.overdue_steps,
            len(data.overdue_steps),
            self.tr("Aucune démarche en retard."),
        )
        self._fill(
            "overdue_actions",
            data.overdue_actions,
            len(data.overdue_actions),
            self.tr("Aucune échéance dépassée."),
        )

    def _fill(self, key: str, items: list[AttentionItem], total: int, empty: str) -> None:
        box, widget = self.boxes[key]
        box.setTitle(f"{self._titles[key]} ({total})")
        widget.clear()
        for item in items:
            text = f"{item.worker_name} — {item.label}" if item.worker_name else item.label
            entry = QListWidgetItem(text)
            entry.setData(WORKER_ROLE, item.worker_id)
            widget.addItem(entry)
        if not items:
            entry = QListWidgetItem(empty)
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(entry)

    def _open(self, item: QListWidgetItem) -> None:
        worker_id = item.data(WORKER_ROLE)
        if worker_id:
            self.session.open_worker_requested.emit(worker_id)
