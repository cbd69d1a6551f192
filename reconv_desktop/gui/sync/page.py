"""Synchronisation: enrolment with coordination, export and import wizards, history, conflicts.

Everything here drives the sync core (`reconv_desktop/sync/`); long work (planning, writing,
verifying, merging) runs in the background through the wizards' operations.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import DAY, local_time
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.gui.sync.enrol import EnrolDialog, export_own_card, spaced
from reconv_desktop.gui.sync.export_wizard import ExportWizard
from reconv_desktop.gui.sync.history import ConflictsPanel, HistoryModel, stretch_table
from reconv_desktop.gui.sync.import_wizard import ImportWizard
from reconv_desktop.store.attention import PENDING_CAP, pending_changes
from reconv_desktop.store.store import Store
from reconv_desktop.sync.identity import device_identity, peers, role_of
from reconv_desktop.sync.importing import history


def _pending_count(store: Store) -> tuple[int, str]:
    """How many changes wait for coordination's receipt, and how to show it ("500+")."""
    count = pending_changes(store)
    shown = QLocale().toString(count)
    return count, f"{shown}+" if count >= PENDING_CAP else shown


class SyncPage(Page):
    """Who we exchange with, the two wizards, and what was exchanged."""

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Synchronisation avec la coordination"))
        heading.setStyleSheet(styles.PAGE_HEADING)
        layout.addWidget(heading)

        box = QGroupBox(self.tr("Correspondants"))
        box_layout = QVBoxLayout(box)
        self.peer_label = QLabel()
        self.peer_label.setWordWrap(True)
        self.me_label = QLabel()
        self.me_label.setWordWrap(True)
        box_layout.addWidget(self.peer_label)
        box_layout.addWidget(self.me_label)
        peer_buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Enregistrer la &coordination…"))
        self.card_button = QPushButton(self.tr("Exporter &ma carte…"))
        self.enrol_button.clicked.connect(self.enrol_coordination)
        self.card_button.clicked.connect(self.export_card)
        peer_buttons.addWidget(self.enrol_button)
        peer_buttons.addWidget(self.card_button)
        peer_buttons.addStretch(1)
        box_layout.addLayout(peer_buttons)
        layout.addWidget(box)

        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Exporter le lot du mois…"))
        self.import_button = QPushButton(self.tr("&Importer un lot reçu…"))
        self.export_button.clicked.connect(self.open_export)
        self.import_button.clicked.connect(self.open_import)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.state_label = QLabel()
        layout.addWidget(self.state_label)

        self.tabs = QTabWidget()
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Historique des lots"))
        stretch_table(self.history_view)
        self.conflicts = ConflictsPanel()
        self.conflicts.resolved.connect(self.refresh)
        self.tabs.addTab(self.history_view, self.tr("&Historique"))
        self.tabs.addTab(self.conflicts, self.tr("Con&flits"))
        layout.addWidget(self.tabs, 1)
        self.export_wizard: ExportWizard | None = None
        self.import_wizard: ImportWizard | None = None

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        store = self.session.store
        coordination = role_of(store) == "coordination"
        me = device_identity(store).card
        self.me_label.setText(
            self.tr("Cet appareil : {name} — empreinte <b>{fingerprint}</b>").format(
                name=escape(me.name or me.device_id[:8]), fingerprint=spaced(me.fingerprint)
            )
        )
        if coordination:
            self.peer_label.setText(
                self.tr(
                    "Ce coffre est celui de la coordination : les accompagnateurs, leurs lots et "
                    "les chiffres consolidés sont dans la page Coordination."
                )
            )
        else:
            found = peers(store, "coordination")
            self.peer_label.setText(
                self.tr("Coordination : {peers}").format(
                    peers="; ".join(
                        f"<b>{escape(p.name)}</b> ({spaced(p.fingerprint)})" for p in found
                    )
                )
                if found
                else self.tr(
                    "Aucune coordination enregistrée : chargez sa carte pour pouvoir lui "
                    "envoyer vos lots."
                )
            )
        self.enrol_button.setVisible(not coordination)
        self.export_button.setVisible(not coordination)
        self.history_model.set_rows(history(store))
        self.history_view.resizeColumnsToContents()
        self.conflicts.load(store)
        count = len(self.conflicts.conflicts)
        self.tabs.setTabText(
            1, self.tr("Con&flits ({n})").format(n=count) if count else self.tr("Con&flits")
        )
        sent = store.meta("last_bundle_sent_at")
        pending, shown = _pending_count(store)
        self.state_label.setText(
            self.tr(
                "Dernier envoi : {day} — {n} modification(s) non encore accusée(s) "
                "par la coordination.",
                "",
                pending,
            ).format(day=local_time(sent, DAY) if sent else self.tr("jamais"), n=shown)
        )

    # --- actions ---------------------------------------------------------------------------
    def enrol_coordination(self) -> None:
        dialog = EnrolDialog(self.session.store, "coordination", self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.enrol_dialog = dialog

    def export_card(self) -> None:
        export_own_card(self, self.session.store)

    def open_export(self) -> None:
        self.export_wizard = ExportWizard(self.session, self)
        self.export_wizard.finished.connect(lambda _r: self.refresh())
        self.export_wizard.open()

    def open_import(self) -> None:
        self.import_wizard = ImportWizard(self.session, self)
        self.import_wizard.finished.connect(lambda _r: self.refresh())
        self.import_wizard.open()
