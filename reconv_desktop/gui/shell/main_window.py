"""The main window: the unlock screen when locked; when unlocked, the navigation and pages.

Locking (Ctrl+L or idle) saves or discards pending input, destroys every page (so no personal
data stays in any widget), closes the vault, and remembers where the counsellor was so that
unlocking brings them back there.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.gui.shell.idle import IdleWatcher
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.gui.shell.unlock import UnlockScreen
from reconv_desktop.store.attention import PENDING_CAP, pending_changes

# (feature folder under gui/, shortcut number); titles are translated in `_page_titles`.
PAGES = ("home", "caseload", "agenda", "audits", "cv", "sync", "reports", "settings")
HOME, CASELOAD, AGENDA = 0, 1, 2


class Workspace(QWidget):
    """Navigation list + stacked pages of an unlocked vault; thrown away at each lock."""

    def __init__(self, session: Session, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QHBoxLayout(self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
        )
        for number, title in enumerate(titles, start=1):
            self.nav.addItem(title)
            self.nav.item(number - 1).setToolTip(f"Ctrl+{number}")
        hint = QLabel(self.tr("Ctrl+1 à Ctrl+8 : changer de page\nCtrl+L : verrouiller"))
        hint.setStyleSheet("color: #555;")
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        left.addWidget(hint)
        self.pages = QStackedWidget()
        layout.addLayout(left)
        layout.addWidget(self.pages, 1)
        self.page_widgets: list[QWidget] = []
        for name in PAGES:
            module = importlib.import_module(f"reconv_desktop.gui.{name}.page")
            page = module.Page(session, self.pages)
            self.pages.addWidget(page)
            self.page_widgets.append(page)
        # A coordination vault also gets the Coordination page (last entry, Ctrl+9).
        if session.store is not None and session.store.meta("role") == "coordination":
            from reconv_desktop.gui.sync.coordination_page import add_to_workspace

            add_to_workspace(self)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(HOME)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        activate = getattr(self.page_widgets[row], "activate", None)
        if activate is not None:
            activate()

    def go(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def page(self, row: int) -> Any:
        return self.page_widgets[row]

    def commit_pending(self) -> list[str]:
        discarded: list[str] = []
        for page in self.page_widgets:
            commit = getattr(page, "commit_pending", None)
            if commit is not None:
                discarded.extend(commit())
        return discarded

    def location(self) -> dict[str, Any]:
        row = self.pages.currentIndex()
        page_location = getattr(self.page_widgets[row], "location", dict)()
        return {"page": row, "state": page_location}

    def restore(self, location: dict[str, Any]) -> None:
        row = location.get("page", HOME)
        restore = getattr(self.page_widgets[row], "restore", None)
        self.go(row)
        if restore is not None:
            restore(location.get("state", {}))


class MainWindow(QMainWindow):
    """The counsellor's window."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.workspace: Workspace | None = None
        self._resume: dict[str, Any] | None = None
        title = self.tr("Reconv Desktop")
        if session.demo:
            title += self.tr(" — démonstration (données fictives)")
        self.setWindowTitle(title)
        # Fit a 1280 x 720 laptop screen with room for the taskbar.
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(1280, screen.width() - 40) if screen else 1280
        height = min(800, screen.height() - 40) if screen else 800
        self.resize(width, height)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(session)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.unlocked.connect(self.start_auto_backup)
        self.stack.addWidget(self.unlock_screen)
        self._make_status_bar()
        self._make_actions()
        self.idle = IdleWatcher(session.settings.auto_lock_minutes, self)
        self.idle.idle.connect(
            lambda: self.lock(self.tr("Verrouillé automatiquement après une période d'inactivité."))
        )
        session.data_changed.connect(lambda _w: self.refresh_status())
        session.open_worker_requested.connect(self.open_worker)
        session.open_audit_requested.connect(self.open_audit)
        if session.is_unlocked:
            self._on_unlocked()
        else:
            self._show_locked()

    # --- chrome ----------------------------------------------------------------------------------
    def _page_titles(self) -> list[str]:
        return [
            self.tr("Accueil"),
            self.tr("Dossiers"),
            self.tr("Agenda"),
            self.tr("Bilans"),
            self.tr("CV"),
            self.tr("Synchronisation"),
            self.tr("Rapports"),
            self.tr("Paramètres"),
        ]

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.lock_label = QLabel()
        self.sent_label = QLabel()
        self.pending_label = QLabel()
        for label in (self.lock_label, self.sent_label, self.pending_label):
            bar.addPermanentWidget(label)

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.new_action = self._action(
            file_menu, self.tr("&Nouvelle personne…"), "Ctrl+N", self.quick_add
        )
        self.lock_action = self._action(
            file_menu, self.tr("&Verrouiller"), "Ctrl+L", lambda: self.lock()
        )
        self.backups_action = self._action(
            file_menu, self.tr("&Sauvegardes…"), "", self.show_backups
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), "Ctrl+Q", self.close)
        edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        edit_menu.addAction(self.undo_action)
        self.search_action = self._action(
            edit_menu, self.tr("&Rechercher une personne"), "Ctrl+F", self.focus_search
        )
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self.page_actions = []
        for number, title in enumerate(self._page_titles(), start=1):
            self.page_actions.append(
                self._action(
                    view_menu, title, f"Ctrl+{number}", lambda _c=False, r=number - 1: self.go(r)
                )
            )
        self.drop_in_action = self._action(
            view_menu, self.tr("Mode &permanence"), "Ctrl+P", self.drop_in_mode
        )
        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        self._action(help_menu, self.tr("À &propos de Reconv Desktop"), "F1", self.show_about)
        self.unlocked_actions = [
            self.new_action,
            self.lock_action,
            self.undo_action,
            self.search_action,
            self.drop_in_action,
            *self.page_actions,
            self.backups_action,
        ]

    def about_text(self) -> str:
        """Version of the app with the SQLCipher and Qt versions it runs on."""
        import sqlcipher3
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from reconv_desktop import __version__

        store = self.session.store
        cipher = store.sqlcipher_version() if store is not None else self.tr("(coffre verrouillé)")
        return self.tr(
            "<h3>Reconv Desktop {version}</h3>"
            "<p>Le bureau hors ligne des conseillers en reconversion.</p>"
            "<p>SQLCipher {cipher} (SQLite {sqlite})<br>Qt {qt} · PySide6 {pyside}</p>"
            "<p>Ce service utilise la classification ESCO de la Commission européenne.</p>"
        ).format(
            version=__version__,
            cipher=cipher,
            sqlite=sqlcipher3.sqlite_version,
            qt=qVersion(),
            pyside=pyside_version,
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Reconv Desktop"), self.about_text())

    def _action(self, menu: Any, text: str, shortcut: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh_status(self) -> None:
        store = self.session.store
        if store is None:
            self.lock_label.setText(self.tr("Verrouillé"))
            self.sent_label.clear()
            self.pending_label.clear()
            return
        self.lock_label.setText(self.tr("Déverrouillé"))
        sent = store.meta("last_bundle_sent_at")
        self.sent_label.setText(
            self.tr("Dernier envoi : %s") % (sent[:10] if sent else self.tr("jamais"))
        )
        self.session.query(self, pending_changes, self._show_pending)

    def _show_pending(self, count: int) -> None:
        shown = QLocale().toString(count) + ("+" if count >= PENDING_CAP else "")
        self.pending_label.setText(
            self.tr("%1 modification(s) non envoyée(s)", "", count).replace("%1", shown)
        )

    # --- lock / unlock ---------------------------------------------------------------------------
    def _show_locked(self) -> None:
        for action in self.unlocked_actions:
            action.setEnabled(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.refresh_status()
        self.idle.stop()

    def _on_unlocked(self) -> None:
        titles = self._page_titles()
        self.workspace = Workspace(self.session, titles)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for action in self.unlocked_actions:
            action.setEnabled(True)
        settings_page = self.workspace.page(len(PAGES) - 1)
        if hasattr(settings_page, "settings_changed"):
            settings_page.settings_changed.connect(self.apply_settings)
        if self._resume:
            self.workspace.restore(self._resume)
            self._resume = None
        self.refresh_status()
        self.apply_settings()
        self.idle.start()

    def apply_settings(self) -> None:
        self.idle.set_minutes(self.session.settings.auto_lock_minutes)
        if self.idle.active:
            self.idle.start()

    def lock(self, message: str = "") -> None:
        """Save or discard pending input, drop every page, close the vault, show unlock."""
        if not self.session.is_unlocked or self.workspace is None:
            return
        discarded = self.workspace.commit_pending()
        self._resume = self.workspace.location()
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()
        self.session.lock()
        if discarded:
            message += (
                "\n"
                + self.tr("Saisie non valide abandonnée :")
                + "".join(f"\n• {item}" for item in discarded)
            )
        self._show_locked()
        self.unlock_screen.reset(message)

    # --- commands --------------------------------------------------------------------------------
    def go(self, row: int) -> None:
        if self.workspace is not None:
            self.workspace.go(row)

    def open_worker(self, worker_id: str) -> None:
        if self.workspace is None:
            return
        self.workspace.go(CASELOAD)
        self.workspace.page(CASELOAD).open_worker(worker_id)

    def open_audit(self, worker_id: str) -> None:
        if self.workspace is None:
            return
        row = PAGES.index("audits")
        self.workspace.go(row)
        self.workspace.page(row).open_worker(worker_id)

    def quick_add(self) -> None:
        if self.workspace is not None:
            self.workspace.go(CASELOAD)
            self.workspace.page(CASELOAD).quick_add()

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.go(CASELOAD)
            self.workspace.page(CASELOAD).focus_search()

    def drop_in_mode(self) -> None:
        if self.workspace is not None:
            self.workspace.go(AGENDA)
            self.workspace.page(AGENDA).set_drop_in_mode(True)

    def show_backups(self) -> None:
        from reconv_desktop.gui.settings.backups_dialog import BackupsDialog

        if self.session.is_unlocked:
            BackupsDialog(self.session, self).open()

    def start_auto_backup(self) -> None:
        """The daily backup, in the background after an unlock; a failure only says so below."""
        from reconv_desktop.gui.settings.backups_dialog import start_auto_backup

        start_auto_backup(self.session, self, self.statusBar().showMessage)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            # Invalid input in the open file: correct it or discard it explicitly.
            if not self.workspace.page(CASELOAD).worker_file.can_leave():
                event.ignore()
                return
            self.workspace.commit_pending()
        self.idle.detach()
        if self.session.is_unlocked:
            self.session.lock()
        event.accept()
