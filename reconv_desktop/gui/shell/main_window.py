"""The main window: the unlock screen when locked; when unlocked, the navigation and pages.

Locking (Ctrl+L or idle) saves or discards pending input, destroys every page (so no personal
data stays in any widget) with the unlock's session, closes the vault, and remembers where
the counsellor was so that unlocking brings them back there. Pages are declared in
`gui/shell/pages.py` and reached by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget

from reconv_desktop.gui.kit.formatting import DAY, local_time
from reconv_desktop.gui.shell.idle import IdleWatcher
from reconv_desktop.gui.shell.pages import pages_for
from reconv_desktop.gui.shell.session import Session
from reconv_desktop.gui.shell.unlock import UnlockScreen
from reconv_desktop.gui.shell.workspace import Workspace
from reconv_desktop.store.attention import PENDING_CAP, pending_changes

if TYPE_CHECKING:
    from reconv_desktop.gui.agenda.page import AgendaPage
    from reconv_desktop.gui.audits.page import AuditsPage
    from reconv_desktop.gui.caseload.page import CaseloadPage
    from reconv_desktop.gui.kit.page import Page


class MainWindow(QMainWindow):
    """The counsellor's window."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.workspace: Workspace | None = None
        self._resume: dict[str, Any] | None = None
        self._lock_message = ""
        self._discarded: list[str] = []
        self._close_pending = False
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
        self.unlock_screen.unlocked.connect(self.start_auto_backup)
        self.stack.addWidget(self.unlock_screen)
        self._make_status_bar()
        self._make_actions()
        self.idle = IdleWatcher(session.settings.auto_lock_minutes, self)
        self.idle.idle.connect(
            lambda: self.lock(self.tr("Verrouillé automatiquement après une période d'inactivité."))
        )
        session.unlocked.connect(self._on_unlocked)
        session.about_to_lock.connect(self._drop_workspace)
        session.locked.connect(self._on_locked)
        session.settings_changed.connect(self.apply_settings)
        if session.is_unlocked:
            self._on_unlocked()
        else:
            self._show_locked()

    # --- chrome ----------------------------------------------------------------------------------
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
        # One action for the window's life; it follows the undo stack of the current unlock.
        self.undo_action = self._action(edit_menu, self.tr("Annuler"), "", self._undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.search_action = self._action(
            edit_menu, self.tr("&Rechercher une personne"), "Ctrl+F", self.focus_search
        )
        self.view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self.page_actions: dict[str, QAction] = {}
        self.drop_in_action = self._action(
            self.view_menu, self.tr("Mode &permanence"), "Ctrl+P", self.drop_in_mode
        )
        help_menu = self.menuBar().addMenu(self.tr("A&ide"))
        self._action(help_menu, self.tr("À &propos de Reconv Desktop"), "F1", self.show_about)
        self.unlocked_actions = [
            self.new_action,
            self.lock_action,
            self.search_action,
            self.drop_in_action,
            self.backups_action,
        ]

    def _make_page_actions(self) -> None:
        """Affichage menu entries and Ctrl+1..9 for the pages this vault shows."""
        assert self.workspace is not None
        first = self.drop_in_action
        for spec in self.workspace.specs:
            action = QAction(spec.translated_title(), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, name=spec.name: self.go(name))
            self.view_menu.insertAction(first, action)
            self.page_actions[spec.name] = action

    def _drop_page_actions(self) -> None:
        for action in self.page_actions.values():
            self.view_menu.removeAction(action)
            action.deleteLater()
        self.page_actions = {}

    def about_text(self) -> str:
        """Version of the app with the SQLCipher and Qt versions it runs on."""
        import sqlcipher3
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from reconv_desktop import __version__

        current = self.session.current
        cipher = (
            current.store.sqlcipher_version()
            if current is not None
            else self.tr("(coffre verrouillé)")
        )
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
        current = self.session.current
        if current is None:
            self.lock_label.setText(self.tr("Verrouillé"))
            self.sent_label.clear()
            self.pending_label.clear()
            return
        self.lock_label.setText(self.tr("Déverrouillé"))
        sent = current.store.meta("last_bundle_sent_at")
        self.sent_label.setText(
            self.tr("Dernier envoi : {day}").format(
                day=local_time(sent, DAY) if sent else self.tr("jamais")
            )
        )
        current.query(self, pending_changes, self._show_pending)

    def _show_pending(self, count: int) -> None:
        shown = QLocale().toString(count) + ("+" if count >= PENDING_CAP else "")
        self.pending_label.setText(
            self.tr("{n} modification(s) non envoyée(s)", "", count).format(n=shown)
        )

    # --- undo ------------------------------------------------------------------------------------
    def _undo(self) -> None:
        if self.session.current is not None:
            self.session.current.undo_stack.undo()

    def _follow_undo_stack(self) -> None:
        assert self.session.current is not None
        stack = self.session.current.undo_stack
        prefix = self.tr("Annuler")

        def update(*_args: object) -> None:
            text = stack.undoText()
            self.undo_action.setText(f"{prefix} {text}" if text else prefix)
            self.undo_action.setEnabled(stack.canUndo())

        stack.canUndoChanged.connect(update)
        stack.undoTextChanged.connect(update)
        update()

    # --- lock / unlock ---------------------------------------------------------------------------
    def _show_locked(self) -> None:
        for action in [*self.unlocked_actions, self.undo_action]:
            action.setEnabled(False)
        self.undo_action.setText(self.tr("Annuler"))
        self.stack.setCurrentWidget(self.unlock_screen)
        self.refresh_status()
        self.idle.stop()

    def _on_unlocked(self) -> None:
        current = self.session.current
        if current is None or self.workspace is not None:
            return
        self.workspace = Workspace(current, pages_for(current.store.meta("role") or ""))
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._make_page_actions()
        for action in self.unlocked_actions:
            action.setEnabled(True)
        self._follow_undo_stack()
        current.data_changed.connect(self._data_changed)
        current.open_worker_requested.connect(self.open_worker)
        current.open_audit_requested.connect(self.open_audit)
        if self._resume:
            self.workspace.restore(self._resume)
            self._resume = None
        self.refresh_status()
        self.apply_settings()
        self.idle.start()

    def _data_changed(self, _worker_id: str) -> None:
        self.refresh_status()

    def apply_settings(self) -> None:
        self.idle.set_minutes(self.session.settings.auto_lock_minutes)
        if self.idle.active:
            self.idle.start()

    def lock(self, message: str = "") -> None:
        """Save or discard pending input, drop every page, close the vault, show unlock."""
        if not self.session.is_unlocked:
            return
        self._lock_message = message
        self.session.lock()  # -> _drop_workspace, then _on_locked

    def _drop_workspace(self) -> None:
        """Just before the vault locks (whoever locks it): save input, destroy the pages."""
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        self._discarded = workspace.commit_pending()
        self._resume = workspace.location()
        self._drop_page_actions()
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()

    def _on_locked(self) -> None:
        message, self._lock_message = self._lock_message, ""
        if self._discarded:
            message += (
                "\n"
                + self.tr("Saisie non valide abandonnée :")
                + "".join(f"\n• {item}" for item in self._discarded)
            )
            self._discarded = []
        self._show_locked()
        self.unlock_screen.reset(message)

    # --- commands --------------------------------------------------------------------------------
    def go(self, name: str) -> Page | None:
        """Show the page called `name` (see gui/shell/pages.py); None while locked."""
        if self.workspace is None:
            return None
        return self.workspace.go(name)

    def _caseload(self) -> CaseloadPage | None:
        return cast("CaseloadPage | None", self.go("caseload"))

    def open_worker(self, worker_id: str) -> None:
        page = self._caseload()
        if page is not None:
            page.open_worker(worker_id)

    def open_audit(self, worker_id: str) -> None:
        page = cast("AuditsPage | None", self.go("audits"))
        if page is not None:
            page.open_worker(worker_id)

    def quick_add(self) -> None:
        page = self._caseload()
        if page is not None:
            page.quick_add()

    def focus_search(self) -> None:
        page = self._caseload()
        if page is not None:
            page.focus_search()

    def drop_in_mode(self) -> None:
        page = cast("AgendaPage | None", self.go("agenda"))
        if page is not None:
            page.set_drop_in_mode(True)

    def show_backups(self) -> None:
        from reconv_desktop.gui.settings.backups_dialog import BackupsDialog

        if self.session.current is not None:
            BackupsDialog(self.session.current, self).open()

    def start_auto_backup(self) -> None:
        """The daily backup, on the writer thread after an unlock; a failure only says so below."""
        from reconv_desktop.gui.settings.backups_dialog import start_auto_backup

        if self.session.current is not None:
            start_auto_backup(self.session.current, self, self.statusBar().showMessage)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Invalid input in an open page: correct it or discard it explicitly.
        if self.workspace is not None and not self.workspace.can_leave():
            event.ignore()
            return
        self.lock()
        if self.session.is_closing:
            # A write is still finishing (its progress is on the unlock screen): the window
            # closes itself once it is done.
            event.ignore()
            if not self._close_pending:
                self._close_pending = True
                self.session.when_closed(self.close)
            return
        self.idle.detach()
        event.accept()
