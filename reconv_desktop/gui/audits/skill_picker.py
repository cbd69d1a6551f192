"""Type-ahead over the skills referential, attached to any QLineEdit.

The search runs on the session's reader connection (off the GUI thread); an answer that
arrives after a newer keystroke is dropped. Choosing a proposal remembers its referential
URI; typing again makes the text free again, so a skill the referential lacks can be written.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.referential.search import SkillHit, search_skills
from reconv_desktop.store.store import Store

URI_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_ROLE = Qt.ItemDataRole.UserRole + 3
REUSE_ROLE = Qt.ItemDataRole.UserRole + 4
MIN_CHARS = 2
MAX_PROPOSALS = 15
TYPING_PAUSE_MS = 80


class SkillPicker(QObject):
    """Proposes referential skills under `edit` as the counsellor types.

    `skill_uri` is the chosen skill's URI, or None while the text is free.
    """

    chosen = Signal(str, str)  # uri, label
    proposals_shown = Signal(int)

    def __init__(self, session: UnlockedSession, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.session = session
        self.edit = edit
        self.skill_uri: str | None = None
        self.skill_type: str | None = None
        self.reuse_level: str | None = None
        self._generation = 0
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # The referential search already filtered (accents, alternative labels): show its
        # answer as is, in its order.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        edit.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        # Any keystroke after a choice turns the text back into a free-text skill.
        self.skill_uri = None
        self.skill_type = None
        self.reuse_level = None
        self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < MIN_CHARS:
            self.model.clear()
            self.completer.popup().hide()
            return

        def op(reader: Store) -> list[SkillHit]:
            return search_skills(reader.db, text, limit=MAX_PROPOSALS)

        self.session.query(
            self.edit, op, self._show, is_current=lambda: generation == self._generation
        )

    def _show(self, hits: list[SkillHit]) -> None:
        self.model.clear()
        for hit in hits:
            shown = hit.label
            if hit.matched_alt_label:
                shown += f"  ({hit.matched_alt_label})"
            item = QStandardItem(shown)
            item.setData(hit.uri, URI_ROLE)
            item.setData(hit.skill_type, TYPE_ROLE)
            item.setData(hit.label, LABEL_ROLE)
            item.setData(hit.reuse_level, REUSE_ROLE)
            item.setToolTip(hit.uri)
            self.model.appendRow(item)
        if hits and self.edit.hasFocus():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self.proposals_shown.emit(len(hits))

    def _activated(self, index: QModelIndex) -> None:
        uri = index.data(URI_ROLE)
        label = index.data(LABEL_ROLE) or index.data()
        self.choose(uri, label, index.data(TYPE_ROLE), index.data(REUSE_ROLE))

    def choose(
        self, uri: str, label: str, skill_type: str | None = None, reuse_level: str | None = None
    ) -> None:
        """Take a referential skill (as if picked in the list)."""
        self._timer.stop()
        self._generation += 1
        self.edit.setText(label)
        self.skill_uri = uri
        self.skill_type = skill_type
        self.reuse_level = reuse_level
        self.completer.popup().hide()
        self.chosen.emit(uri, label)
