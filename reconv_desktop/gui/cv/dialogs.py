"""Dialogs of the CV page: a new draft from the audit, refresh from the audit (per-section
diff with checkboxes, applied only on confirmation) and the version history with restore.

Nothing here decides what a CV contains: the repository builds, diffs and restores drafts;
these dialogs only show its answers and pass on the counsellor's choices.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_from_audit import SectionChange
from reconv_desktop.domain.cv_text import section_text, visible_sections
from reconv_desktop.domain.skill_audit import SkillAudit
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.gui.kit import styles
from reconv_desktop.gui.kit.forms import load_form
from reconv_desktop.store.cv_drafts import (
    REASON_CREATED,
    REASON_REFRESHED,
    version_reason_label,
)
from reconv_desktop.store.store import Store

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
DIFF_WRAP_CHARS = 95  # about one line of the refresh dialog's diff boxes


def template_label(template: cv.CvTemplate) -> str:
    """The layout's name as the counsellor reads it."""
    names = {
        cv.CvTemplate.CLASSIC: QCoreApplication.translate("CvPage", "Classique (une colonne)"),
        cv.CvTemplate.MODERN: QCoreApplication.translate("CvPage", "Moderne (deux colonnes)"),
    }
    return names[template]


def section_title(key: str) -> str:
    """A section's heading in the interface language (domain.cv's labels)."""
    return cv.SECTION_TITLES[key]


class NewCvDialog(QDialog):
    """Title, target occupation (one of the audit's targets) and layout of a new draft;
    `draft` is set once created."""

    def __init__(
        self,
        store: Store,
        worker_name: str,
        worker_id: str,
        audit: SkillAudit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau CV"))
        self.store = store
        self.worker_id = worker_id
        self.audit = audit
        self.draft: cv.CvDraft | None = None
        self._title_touched = False
        self.form = load_form("cv/cv_new", self)
        self.layout().setContentsMargins(12, 12, 12, 12)  # the loader lays forms edge to edge
        self.form.intro.setText(
            self.tr(
                "Le CV de {name} reprend son bilan « {audit} » ; il "
                "se modifie ensuite librement, sans toucher au bilan."
            ).format(name=worker_name, audit=audit.title)
        )
        for position, target in enumerate(audit.targets):
            fit = (
                self.tr(" (adéquation {pct} %)").format(pct=round(target.fit * 100))
                if target.fit
                else ""
            )
            self.form.target.addItem(target.occupation_label + fit, position)
        if not audit.targets:
            self.form.target.addItem(self.tr("(aucun métier visé dans le bilan)"), -1)
            self.form.target.setEnabled(False)
        for template in cv.CvTemplate:
            self.form.template_box.addItem(template_label(template), template.value)
        buttons: QDialogButtonBox = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer le CV"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.title.textEdited.connect(self._title_edited)
        self.form.target.currentIndexChanged.connect(lambda _i: self._suggest_title())
        self._suggest_title()
        self.setMinimumWidth(560)
        self.adjustSize()
        self.form.target.setFocus()

    def _target(self):
        position = self.form.target.currentData()
        return self.audit.targets[position] if position is not None and position >= 0 else None

    def _title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _suggest_title(self) -> None:
        if self._title_touched:
            return  # never overwrite what the counsellor typed
        target = self._target()
        label = target.occupation_label if target else ""
        self.form.title.setText(
            self.tr("CV — {job}").format(job=label[:1].upper() + label[1:])
            if label
            else self.tr("CV")
        )

    def accept(self) -> None:
        target = self._target()
        try:
            draft = self.store.cv_drafts.create(
                self.worker_id,
                title=self.form.title.text(),
                target_uri=target.occupation_uri if target else None,
                template=self.form.template_box.currentData(),
            )
            if (
                target is not None
                and not target.occupation_uri
                and target is not self.audit.targets[0]
            ):
                # A free-text target has no URI to pass: the repository took the first
                # target, so aim the headline at the chosen one.
                label = target.occupation_label[:1].upper() + target.occupation_label[1:]
                content = cv.set_identity(draft.content, "headline", label)
                draft = self.store.cv_drafts.save(draft.id, content)
        except ValidationError as exc:
            self.form.error.setText(exc.message)
            widget = {"title": self.form.title, "template": self.form.template_box}.get(
                exc.field, self.form.target
            )
            widget.setFocus()
            return
        except ReconvError as exc:
            self.form.error.setText(exc.message)
            return
        self.draft = draft
        super().accept()


# Versions whose content came from the audit, not from the counsellor's typing.
FROM_AUDIT_REASONS = (REASON_CREATED, REASON_REFRESHED)


def hand_edited_sections(store: Store, draft_id: str) -> set[str]:
    """Sections typed in the draft since it last took the audit's text (creation or refresh):
    a refresh leaves them unticked by default, so no one overwrites their own work by mistake."""
    draft = store.cv_drafts.get(draft_id)
    base = next(
        (v for v in store.cv_drafts.versions(draft_id) if v.reason in FROM_AUDIT_REASONS), None
    )
    if base is None:
        return set(cv.SECTION_KEYS) | {"identity"}
    before = store.cv_drafts.version_content(draft_id, base.number)
    edited = {
        key
        for key in cv.SECTION_KEYS
        if section_text(before, key) != section_text(draft.content, key)
    }
    if {**before.identity, "headline": ""} != {**draft.content.identity, "headline": ""}:
        edited.add("identity")
    return edited


class RefreshDialog(QDialog):
    """The sections the audit would change, each with its checkbox and its line diff;
    sections typed by hand in the CV (`edited`) start unticked."""

    def __init__(
        self,
        changes: list[SectionChange],
        edited: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        edited = edited or set()
        self.setWindowTitle(self.tr("Actualiser depuis le bilan"))
        self.checks: dict[str, QCheckBox] = {}
        self.diffs: dict[str, QTextBrowser] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Le bilan a changé depuis ce CV. Cochez les rubriques à reprendre "
                "du bilan ; les autres gardent le texte du CV. Rien n'est modifié "
                "avant « Appliquer »."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        column = QVBoxLayout(body)
        for change in changes:
            title = section_title(change.key)
            if change.key in edited:
                title += self.tr(
                    " — modifiée à la main dans ce CV : non reprise sauf si vous la cochez"
                )
            check = QCheckBox(title)
            check.setChecked(change.key not in edited)
            diff = QTextBrowser()
            diff.setAccessibleName(
                self.tr("Changements de la rubrique {title}").format(
                    title=section_title(change.key)
                )
            )
            diff.setHtml(self._diff_html(change))
            diff.setFixedHeight(self._diff_height(diff, change))
            diff.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes checkbox to checkbox
            diff.setEnabled(check.isChecked())
            check.toggled.connect(diff.setEnabled)
            column.addWidget(check)
            column.addWidget(diff)
            self.checks[change.key], self.diffs[change.key] = check, diff
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Appliquer les rubriques cochées"))
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for check in self.checks.values():
            check.toggled.connect(self._update_apply)
        self._update_apply()
        self.resize(760, min(600, body.sizeHint().height() + 130))
        if changes:
            next(iter(self.checks.values())).setFocus()

    def _diff_html(self, change: SectionChange) -> str:
        lines = change.diff_lines or [self.tr("(mise en forme seulement)")]
        out = []
        for line in lines:
            text = escape(line[2:]) if line[:2] in ("- ", "+ ") else escape(line)
            if line.startswith("- "):
                out.append(styles.diff_line(text, added=False))
            elif line.startswith("+ "):
                out.append(styles.diff_line(text, added=True))
            else:
                out.append(f"<div>{text}</div>")
        return "".join(out)

    def _diff_height(self, diff: QTextBrowser, change: SectionChange) -> int:
        # Tall enough for short diffs (wrapped lines estimated), scrolling beyond ~8 lines.
        lines = sum(1 + len(line) // DIFF_WRAP_CHARS for line in change.diff_lines or [""])
        return min(lines, 8) * diff.fontMetrics().lineSpacing() + 14

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(any(c.isChecked() for c in self.checks.values()))

    def chosen(self) -> list[str]:
        """Keys of the sections to take from the audit."""
        return [key for key, check in self.checks.items() if check.isChecked()]


def version_text(content: cv.CvContent) -> str:
    """A version's content as readable text, section by section."""
    parts = ["\n".join(content.identity_lines().values())]
    for key in visible_sections(content):
        text = section_text(content, key)
        if text:
            parts.append(f"{section_title(key).upper()}\n{text}")
    return "\n\n".join(p for p in parts if p)


class HistoryDialog(QDialog):
    """The draft's versions, newest first, each readable; "Restaurer" brings one back
    (as a new version: nothing is lost). `restored` is the version number restored."""

    def __init__(self, store: Store, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historique du CV"))
        self.store = store
        self.draft_id = draft_id
        self.restored: int | None = None
        self.form = load_form("cv/cv_history", self)
        self.layout().setContentsMargins(12, 12, 12, 12)
        buttons: QDialogButtonBox = self.form.buttons
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.restore_button = QPushButton(self.tr("&Restaurer cette version"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.form.versions.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.form.versions.itemActivated.connect(lambda _item: self.restore_selected())
        for version in store.cv_drafts.versions(draft_id):
            saved = version.saved_at.replace("T", " ")[:16]
            day, _, hour = saved.partition(" ")
            if len(day) == 10:
                day = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
            item = QListWidgetItem(
                self.tr("Version {n} — {day} {hour}\n{reason} · {title}").format(
                    n=version.number,
                    day=day,
                    hour=hour,
                    reason=version_reason_label(version.reason),
                    title=version.title,
                )
            )
            item.setData(NUMBER_ROLE, version.number)
            self.form.versions.addItem(item)
        self.form.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.versions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.form.splitter.setSizes([300, 460])
        self.resize(820, 520)
        self.form.versions.setCurrentRow(0)
        self.form.versions.setFocus()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.form.content.clear()
            self.restore_button.setEnabled(False)
            return
        number = item.data(NUMBER_ROLE)
        content = self.store.cv_drafts.version_content(self.draft_id, number)
        self.form.content.setPlainText(version_text(content))
        # The newest version is what the editor already shows: nothing to restore.
        self.restore_button.setEnabled(self.form.versions.row(item) > 0)

    def restore_selected(self) -> None:
        item = self.form.versions.currentItem()
        if item is None or self.form.versions.row(item) == 0:
            return
        number = item.data(NUMBER_ROLE)
        try:
            self.store.cv_drafts.restore(self.draft_id, number)
        except ReconvError as exc:
            from reconv_desktop.gui.kit.operations import show_error

            show_error(self, exc)
            return
        self.restored = number
        self.accept()
