"""The window's pages, declared once: the navigation, the Affichage menu, Ctrl+1..9 and every
"go to page" are built from this list, and pages are found by name, never by position.

To add a page: write a `Page` subclass (gui/kit/page.py) in its feature folder and add one
`PageSpec` here. The page's module is imported and the page built on its first visit.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reconv_desktop.gui.kit.page import Page
    from reconv_desktop.gui.shell.unlocked_session import UnlockedSession

COUNSELLOR = "counsellor"
COORDINATION = "coordination"
EVERY_ROLE = frozenset({COUNSELLOR, COORDINATION})


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page: its name (used to go to it), title, where its class lives, who sees it."""

    name: str
    title: str  # French source text, translated in the context `title_context`
    factory: str  # "package.module:ClassName", imported on first visit
    shortcut: str
    roles: frozenset[str] = EVERY_ROLE
    title_context: str = "MainWindow"

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.title_context, self.title)

    def build(self, session: UnlockedSession, parent: QWidget | None = None) -> Page:
        module_name, class_name = self.factory.split(":")
        page_class = getattr(importlib.import_module(module_name), class_name)
        return page_class(session, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "Accueil"),
        "reconv_desktop.gui.home.page:HomePage",
        "Ctrl+1",
    ),
    PageSpec(
        "caseload",
        QT_TRANSLATE_NOOP("MainWindow", "Dossiers"),
        "reconv_desktop.gui.caseload.page:CaseloadPage",
        "Ctrl+2",
    ),
    PageSpec(
        "agenda",
        QT_TRANSLATE_NOOP("MainWindow", "Agenda"),
        "reconv_desktop.gui.agenda.page:AgendaPage",
        "Ctrl+3",
    ),
    PageSpec(
        "audits",
        QT_TRANSLATE_NOOP("MainWindow", "Bilans"),
        "reconv_desktop.gui.audits.page:AuditsPage",
        "Ctrl+4",
    ),
    PageSpec(
        "cv", QT_TRANSLATE_NOOP("MainWindow", "CV"), "reconv_desktop.gui.cv.page:CvPage", "Ctrl+5"
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("MainWindow", "Synchronisation"),
        "reconv_desktop.gui.sync.page:SyncPage",
        "Ctrl+6",
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Rapports"),
        "reconv_desktop.gui.reports.page:ReportsPage",
        "Ctrl+7",
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Paramètres"),
        "reconv_desktop.gui.settings.page:SettingsPage",
        "Ctrl+8",
    ),
    PageSpec(
        "coordination",
        QT_TRANSLATE_NOOP("CoordinationPage", "Coordination"),
        "reconv_desktop.gui.sync.coordination_page:CoordinationPage",
        "Ctrl+9",
        roles=frozenset({COORDINATION}),
        title_context="CoordinationPage",
    ),
)


def pages_for(role: str) -> tuple[PageSpec, ...]:
    """The pages a vault of this role shows, in navigation order (a vault with no role
    recorded is a counsellor's)."""
    role = role if role in EVERY_ROLE else COUNSELLOR
    return tuple(spec for spec in PAGES if role in spec.roles)


def page_spec(name: str) -> PageSpec:
    """The declaration of the page called `name` (KeyError for an unknown name)."""
    for spec in PAGES:
        if spec.name == name:
            return spec
    raise KeyError(name)
