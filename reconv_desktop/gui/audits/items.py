"""Lists of audit items (jobs, education, skills, plan steps) and their add/edit dialogs.

Each dialog is a Designer form (`ui/audit_<kind>.ui`); saving goes through the repository,
which validates with `domain.audit.clean_*`. A refused value keeps the dialog open with the
French error beside the form and the field outlined: nothing invalid is ever stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.formatting import day
from reconv_desktop.gui.kit.forms import load_form

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Rules name some fields differently from the form that edits them.
FIELD_ALIASES = {"skill_uri": "label", "skill_type": "label"}


def fill_combo(combo: QComboBox, choices: Sequence[Any]) -> None:
    """Enum members with their French label, their value as data."""
    for choice in choices:
        combo.addItem(choice.label, choice.value)


class ItemDialog(QDialog):
    """Add or edit one item: `values()` reads the form, `save(values)` stores or raises."""

    def __init__(
        self,
        form_name: str,
        title: str,
        fields: Sequence[str],
        save: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_form(form_name, self)
        self.fields = tuple(fields)
        self._save = save
        self.saved: Any = None
        buttons: QDialogButtonBox = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def widget(self, field: str) -> QWidget:
        return getattr(self.form, field)

    def set_values(self, values: dict[str, Any]) -> None:
        for field, value in values.items():
            widget = self.widget(field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            else:
                widget.setText(day(value) if isinstance(value, date) else str(value or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.fields:
            widget = self.widget(field)
            if isinstance(widget, QComboBox):
                out[field] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[field] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[field] = widget.toPlainText()
            else:
                out[field] = widget.text()
        return out

    def show_error(self, message: str, field: str | None = None) -> None:
        self.form.error.setText(message)
        for name in self.fields:
            styles.mark_invalid(self.widget(name), False)
        field = FIELD_ALIASES.get(field or "", field)
        if field in self.fields:
            widget = self.widget(field)
            styles.mark_invalid(widget)
            widget.setFocus()

    def accept(self) -> None:
        try:
            self.saved = self._save(self.values())
        except ValidationError as exc:
            self.show_error(exc.message, exc.field)
            return
        except ReconvError as exc:
            self.show_error(exc.message)
            return
        super().accept()


class ItemList(QWidget):
    """A titled list of items with Add / Edit / Remove buttons (Enter edits, Del removes)."""

    add_requested = Signal()
    edit_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(
        self, title: str, headers: Sequence[str], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        heading.setStyleSheet(styles.BOLD)
        layout.addWidget(heading)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(list(headers))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(title)
        self.tree.itemActivated.connect(lambda item, _c: self._edit(item))
        heading.setBuddy(self.tree)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._edit(self.tree.currentItem()))
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """Rows as (item id, column texts); keeps the selected item selected."""
        selected = self.current_id()
        self.tree.clear()
        for item_id, texts in rows:
            item = QTreeWidgetItem([str(t) for t in texts])
            item.setData(0, ID_ROLE, item_id)
            for column, text in enumerate(texts):
                item.setToolTip(column, str(text))
            self.tree.addTopLevelItem(item)
            if item_id == selected:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 320))
        has_rows = bool(rows)
        self.edit_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def row_texts(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(r).text(c) for c in range(self.tree.columnCount())]
            for r in range(self.tree.topLevelItemCount())
        ]

    def _edit(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.edit_requested.emit(item.data(0, ID_ROLE))

    def _remove(self) -> None:
        item_id = self.current_id()
        if item_id:
            self.remove_requested.emit(item_id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.tree.hasFocus():
            self._remove()
            return
        super().keyPressEvent(event)


def line_edit_error(edit: QLineEdit | QPlainTextEdit, label: QLabel, message: str) -> None:
    """Outline a field refused by the rules and say why in its error label."""
    styles.mark_invalid(edit, bool(message))
    edit.setToolTip(message)
    label.setText(message)
