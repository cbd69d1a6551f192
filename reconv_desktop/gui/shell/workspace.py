"""The unlocked window's body: the navigation list and the pages, thrown away at each lock.

Pages come from the registry (`gui/shell/pages.py`) for the vault's role and are built on
their first visit, so unlocking builds only the page shown first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.page import Page
from reconv_desktop.gui.shell.pages import PageSpec
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

FIRST_PAGE = "home"


class Workspace(QWidget):
    """Navigation + stacked pages of one unlock; `go(name)` shows (and builds) a page."""

    def __init__(
        self,
        session: UnlockedSession,
        specs: tuple[PageSpec, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.specs = specs
        self._built: dict[str, Page] = {}
        layout = QHBoxLayout(self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(styles.NAVIGATION)
        for row, spec in enumerate(specs):
            self.nav.addItem(spec.translated_title())
            self.nav.item(row).setToolTip(spec.shortcut)
        # The shortcuts of the pages this vault shows: Ctrl+1 to Ctrl+9 for coordination.
        self.hint = QLabel(
            self.tr("{first} à {last} : changer de page\nCtrl+L : verrouiller").format(
                first=specs[0].shortcut, last=specs[-1].shortcut
            )
        )
        self.hint.setStyleSheet(styles.MUTED)
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        left.addWidget(self.hint)
        self.pages = QStackedWidget()
        layout.addLayout(left)
        layout.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._row_chosen)
        self.go(FIRST_PAGE)

    # --- pages ---------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.specs]

    def page(self, name: str) -> Page:
        """The page called `name`, built now if it was never shown (KeyError if not here)."""
        page = self._built.get(name)
        if page is None:
            spec = self.specs[self.names.index(name)] if name in self.names else None
            if spec is None:
                raise KeyError(name)
            page = spec.build(self.session, self.pages)
            self.pages.addWidget(page)
            self._built[name] = page
        return page

    def built_pages(self) -> list[Page]:
        return list(self._built.values())

    def current_name(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].name if 0 <= row < len(self.specs) else FIRST_PAGE

    def go(self, name: str) -> Page:
        """Show the page called `name` and return it."""
        row = self.names.index(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # shows it through _row_chosen
        else:
            self._show(name)
        return self.page(name)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self._show(self.specs[row].name)

    def _show(self, name: str) -> None:
        page = self.page(name)
        self.pages.setCurrentWidget(page)
        page.activate()

    # --- leaving -------------------------------------------------------------------------------
    def commit_pending(self) -> list[str]:
        discarded: list[str] = []
        for page in self.built_pages():
            discarded.extend(page.commit_pending())
        return discarded

    def can_leave(self) -> bool:
        return all(page.can_leave() for page in self.built_pages())

    def location(self) -> dict[str, Any]:
        name = self.current_name()
        page = self._built.get(name)
        return {"page": name, "state": page.location() if page is not None else {}}

    def restore(self, location: dict[str, Any]) -> None:
        name = location.get("page", FIRST_PAGE)
        if name not in self.names:
            name = FIRST_PAGE
        page = self.go(name)
        page.restore(location.get("state", {}))
