"""The editor of one skills audit: career, education, skills, interests and constraints,
action plan, synthesis, target occupations and the printable assessment, one tab each.

Items are added and edited in dialogs (Designer forms) and saved at once through
`store.skill_audits`; the tabs are re-read from the store after every change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reconv_desktop.domain.skill_audit import (
    EducationKind,
    PlanOwner,
    PlanStatus,
    SkillAudit,
    SkillLevel,
    SkillSource,
)
from reconv_desktop.errors import ReconvError
from reconv_desktop.gui.audits.items import ItemDialog, ItemList, fill_combo
from reconv_desktop.gui.audits.profile import ProfileTab, SynthesisTab
from reconv_desktop.gui.audits.skill_picker import SkillPicker
from reconv_desktop.gui.audits.targets import TargetsTab
from reconv_desktop.gui.kit.formatting import day
from reconv_desktop.gui.kit.operations import show_error
from reconv_desktop.gui.kit.pdf_preview import PreviewTab
from reconv_desktop.gui.shell.unlocked_session import UnlockedSession
from reconv_desktop.referential.targets import ensure_referential

EXPERIENCE_FIELDS = ("employer", "role", "sector", "start_date", "end_date", "tasks")
EDUCATION_FIELDS = ("title", "kind", "institution", "obtained_on", "note")
SKILL_FIELDS = ("label", "level", "source", "evidence", "transferable")
PLAN_FIELDS = ("step", "owner", "deadline", "status")


def level_text(level: SkillLevel) -> str:
    return f"{int(level)} — {level.label}"


class AuditEditor(QWidget):
    """Edits one audit; `show_audit(id)` loads another. Emits `changed` after every save."""

    changed = Signal()

    def __init__(self, session: UnlockedSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.audit: SkillAudit | None = None
        self._referential_checked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setToolTip(self.tr("Ctrl+Tab / Ctrl+Maj+Tab : onglet suivant / précédent"))
        self.tabs.setUsesScrollButtons(True)
        layout.addWidget(self.tabs)

        self.experiences = ItemList(
            self.tr("Parcours professionnel"),
            [
                self.tr("Employeur"),
                self.tr("Fonction"),
                self.tr("Secteur"),
                self.tr("Entrée"),
                self.tr("Sortie"),
                self.tr("Tâches"),
            ],
            self.tr("Ajouter un &emploi…"),
        )
        self.education = ItemList(
            self.tr("Formation et certificats"),
            [
                self.tr("Intitulé"),
                self.tr("Type"),
                self.tr("Établissement"),
                self.tr("Obtenu le"),
                self.tr("Remarque"),
            ],
            self.tr("Ajouter une &formation…"),
        )
        career = QSplitter(Qt.Orientation.Vertical)
        career.addWidget(self.experiences)
        career.addWidget(self.education)
        self.tabs.addTab(career, self.tr("Parcours"))

        self.skills = ItemList(
            self.tr("Compétences (savoir-faire, savoirs, savoir-être)"),
            [
                self.tr("Compétence"),
                self.tr("Niveau"),
                self.tr("Source"),
                self.tr("Transférable"),
                self.tr("Origine"),
                self.tr("Preuve"),
            ],
            self.tr("Ajouter une &compétence…"),
        )
        self.tabs.addTab(self.skills, self.tr("Compétences"))

        self.profile = ProfileTab(session)
        # Interests and constraints sit side by side; on a 1280 px laptop they scroll
        # instead of widening the whole window.
        profile_scroll = QScrollArea()
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setFrameShape(QFrame.Shape.NoFrame)
        profile_scroll.setWidget(self.profile)
        self.tabs.addTab(profile_scroll, self.tr("Intérêts, contraintes"))

        self.plan = ItemList(
            self.tr("Plan d'action"),
            [self.tr("Étape"), self.tr("Responsable"), self.tr("Échéance"), self.tr("Statut")],
            self.tr("Ajouter une é&tape…"),
        )
        self.tabs.addTab(self.plan, self.tr("Plan d'action"))

        self.synthesis = SynthesisTab(session)
        self.tabs.addTab(self.synthesis, self.tr("Synthèse"))

        self.targets = TargetsTab(session)
        self.tabs.addTab(self.targets, self.tr("Métiers cibles"))

        self.preview = PreviewTab(session)
        self.tabs.addTab(self.preview, self.tr("Aperçu / Imprimer"))

        self.experiences.add_requested.connect(lambda: self.edit_experience(None))
        self.experiences.edit_requested.connect(self.edit_experience)
        self.experiences.remove_requested.connect(
            lambda i: self._remove(lambda s: s.skill_audits.experiences.remove(i))
        )
        self.education.add_requested.connect(lambda: self.edit_education(None))
        self.education.edit_requested.connect(self.edit_education)
        self.education.remove_requested.connect(
            lambda i: self._remove(lambda s: s.skill_audits.education.remove(i))
        )
        self.skills.add_requested.connect(lambda: self.edit_skill(None))
        self.skills.edit_requested.connect(self.edit_skill)
        self.skills.remove_requested.connect(
            lambda i: self._remove(lambda s: s.skill_audits.skills.remove(i))
        )
        self.plan.add_requested.connect(lambda: self.edit_plan_step(None))
        self.plan.edit_requested.connect(self.edit_plan_step)
        self.plan.remove_requested.connect(
            lambda i: self._remove(lambda s: s.skill_audits.plan.remove(i))
        )
        for tab in (self.profile, self.synthesis, self.targets):
            tab.changed.connect(self.reload)
        self.tabs.currentChanged.connect(self._tab_shown)

    # --- loading -------------------------------------------------------------------------------
    def show_audit(self, audit_id: str | None) -> None:
        """Show an audit (None: nothing to edit)."""
        self.synthesis.commit_pending()
        store = self.session.store
        if audit_id and not self._referential_checked:
            # A fresh vault has no referential: the shipped starter set is loaded once, so the
            # skill picker and the ranking have something to offer.
            ensure_referential(store.db)
            self._referential_checked = True
        self.audit = store.skill_audits.get(audit_id) if audit_id else None
        self.setEnabled(self.audit is not None)
        self.targets.clear_ranking()
        self.preview.clear()
        self._fill()
        self._tab_shown(self.tabs.currentIndex())

    def reload(self) -> None:
        """Read the audit again after a change and tell the page."""
        if self.audit is None:
            return
        self.audit = self.session.store.skill_audits.get(self.audit.id)
        self._fill()
        self.preview.mark_stale()
        self.session.notify_changed(self.audit.worker_id)
        self.changed.emit()

    def _fill(self) -> None:
        audit = self.audit
        if audit is None:
            for items in (self.experiences, self.education, self.skills, self.plan):
                items.set_rows([])
            self.profile.show_audit(None)
            self.synthesis.show_audit(None)
            self.targets.show_audit(None)
            self.preview.show_audit(None)
            return
        self.experiences.set_rows(
            [
                (
                    e.id,
                    [
                        e.employer,
                        e.role,
                        e.sector,
                        day(e.start_date),
                        day(e.end_date) or self.tr("en cours"),
                        e.tasks.replace("\n", " "),
                    ],
                )
                for e in audit.experiences
            ]
        )
        self.education.set_rows(
            [
                (e.id, [e.title, e.kind.label, e.institution, day(e.obtained_on), e.note])
                for e in audit.education
            ]
        )
        self.skills.set_rows(
            [
                (
                    s.id,
                    [
                        s.label,
                        level_text(s.level),
                        s.source.label,
                        self.tr("oui") if s.transferable else "",
                        self.tr("référentiel") if s.skill_uri else self.tr("texte libre"),
                        s.evidence.replace("\n", " "),
                    ],
                )
                for s in audit.skills
            ]
        )
        self.plan.set_rows(
            [(p.id, [p.step, p.owner.label, day(p.deadline), p.status.label]) for p in audit.plan]
        )
        self.profile.show_audit(audit)
        self.synthesis.show_audit(audit)
        self.targets.show_audit(audit)
        self.preview.show_audit(audit)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.preview.render_if_stale()
        elif self.tabs.widget(index) is self.targets:
            self.targets.rank_if_stale()

    def commit_pending(self) -> list[str]:
        return self.synthesis.commit_pending()

    # --- items ---------------------------------------------------------------------------------
    def _remove(self, action: Any) -> None:
        if self.audit is None:
            return
        try:
            action(self.session.store)
        except ReconvError as exc:
            show_error(self, exc)
            return
        self.reload()

    def _dialog(self, form: str, title: str, fields: tuple[str, ...], save: Any) -> ItemDialog:
        return ItemDialog(form, title, fields, save, self)

    def _item_dialog(
        self,
        item_id: str | None,
        form: str,
        title: str,
        fields: tuple[str, ...],
        collection: str,
        add: str,
    ) -> ItemDialog | None:
        """Dialog editing one item of `collection` (same name on the audit and its repository),
        or adding one through `store.skill_audits.<add>` when `item_id` is None."""
        store = self.session.store
        if self.audit is None:
            return None
        audit_id = self.audit.id
        items = getattr(store.skill_audits, collection)
        add_item = getattr(store.skill_audits, add)

        def save(values: dict[str, Any]) -> Any:
            if item_id:
                return items.edit(item_id, values)
            return add_item(audit_id, **values)

        return self._dialog(form, title, fields, save)

    def _current(self, collection: str, item_id: str) -> Any:
        return next(i for i in getattr(self.audit, collection) if i.id == item_id)

    def edit_experience(self, item_id: str | None) -> ItemDialog | None:
        dialog = self._item_dialog(
            item_id,
            "audits/audit_experience",
            self.tr("Emploi occupé"),
            EXPERIENCE_FIELDS,
            "experiences",
            "add_experience",
        )
        if dialog is None:
            return None
        if item_id:
            current = self._current("experiences", item_id)
            dialog.set_values({f: getattr(current, f) for f in EXPERIENCE_FIELDS})
        self._open(dialog, "employer")
        return dialog

    def edit_education(self, item_id: str | None) -> ItemDialog | None:
        dialog = self._item_dialog(
            item_id,
            "audits/audit_education",
            self.tr("Formation ou certificat"),
            EDUCATION_FIELDS,
            "education",
            "add_education",
        )
        if dialog is None:
            return None
        fill_combo(dialog.form.kind, list(EducationKind))
        if item_id:
            current = self._current("education", item_id)
            dialog.set_values({f: getattr(current, f) for f in EDUCATION_FIELDS})
        self._open(dialog, "title")
        return dialog

    def edit_skill(self, item_id: str | None) -> ItemDialog | None:
        store = self.session.store
        if self.audit is None:
            return None
        audit_id = self.audit.id
        picker: SkillPicker | None = None

        def save(values: dict[str, Any]) -> Any:
            assert picker is not None
            values["skill_uri"] = picker.skill_uri
            if picker.skill_uri and picker.skill_type:
                values["skill_type"] = picker.skill_type
            if item_id:
                return store.skill_audits.skills.edit(item_id, values)
            return store.skill_audits.add_skill(audit_id, **values)

        dialog = self._dialog("audits/audit_skill", self.tr("Compétence"), SKILL_FIELDS, save)
        for level in SkillLevel:
            dialog.form.level.addItem(level_text(level), int(level))
        fill_combo(dialog.form.source, list(SkillSource))
        picker = SkillPicker(self.session, dialog.form.label)
        picker.chosen.connect(
            lambda _u, _l: dialog.form.transferable.setChecked(picker.reuse_level == "transversal")
        )
        dialog.picker = picker  # type: ignore[attr-defined]
        dialog.set_values({"level": int(SkillLevel.AUTONOMOUS)})
        if item_id:
            current = next(s for s in self.audit.skills if s.id == item_id)
            dialog.set_values(
                {
                    "label": current.label,
                    "level": int(current.level),
                    "source": current.source.value,
                    "evidence": current.evidence,
                    "transferable": current.transferable,
                }
            )
            picker.skill_uri, picker.skill_type = current.skill_uri, current.skill_type
        self._open(dialog, "label")
        return dialog

    def edit_plan_step(self, item_id: str | None) -> ItemDialog | None:
        dialog = self._item_dialog(
            item_id,
            "audits/audit_plan_step",
            self.tr("Étape du plan d'action"),
            PLAN_FIELDS,
            "plan",
            "add_plan_step",
        )
        if dialog is None:
            return None
        fill_combo(dialog.form.owner, list(PlanOwner))
        fill_combo(dialog.form.status, list(PlanStatus))
        if item_id:
            current = self._current("plan", item_id)
            dialog.set_values(
                {
                    "step": current.step,
                    "owner": current.owner.value,
                    "deadline": current.deadline,
                    "status": current.status.value,
                }
            )
        self._open(dialog, "step")
        return dialog

    def _open(self, dialog: ItemDialog, first: str) -> None:
        dialog.widget(first).setFocus()
        # Tests and keyboard users drive the dialog while it is open; it saves on accept.
        dialog.finished.connect(lambda code: self.reload() if code else None)
        dialog.setModal(True)
        dialog.open()
