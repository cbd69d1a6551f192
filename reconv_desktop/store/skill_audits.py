"""The skills-audit repository: audits per worker (one current), and every item inside them.

Items (experiences, education, skills, targets, plan steps) are rows of their own synced
tables, so two devices editing different items of the same audit merge without conflict.
Every write validates through `domain.audit`, the same rules the window and the CLI use.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from reconv_desktop.domain import skill_audit as a
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated
from reconv_desktop.store.records import SyncedRepository, as_date, to_db
from reconv_desktop.store.tables import SyncedTable, register

register(
    SyncedTable(
        "skill_audit",
        worker_column="worker_id",
        free_text_columns=frozenset(
            {"title", "counsellor", "synthesis", "interests", "constraints"}
        ),
    )
)
register(
    SyncedTable(
        "audit_experience",
        worker_column="worker_id",
        free_text_columns=frozenset({"employer", "role", "tasks"}),
    )
)
register(
    SyncedTable(
        "audit_education",
        worker_column="worker_id",
        free_text_columns=frozenset({"title", "institution", "note"}),
    )
)
register(
    SyncedTable(
        "audit_skill", worker_column="worker_id", free_text_columns=frozenset({"label", "evidence"})
    )
)
register(
    SyncedTable("audit_target", worker_column="worker_id", free_text_columns=frozenset({"note"}))
)
register(
    SyncedTable("audit_plan_step", worker_column="worker_id", free_text_columns=frozenset({"step"}))
)

DEFAULT_TITLE = QT_TRANSLATE_NOOP("audit", "Bilan de compétences")


@dataclass(frozen=True, slots=True)
class AuditSummary:
    """One line of a worker's list of audits."""

    id: str
    title: str
    started_on: date
    closed_on: date | None
    is_current: bool


def _experience(row: dict[str, Any]) -> a.WorkExperience:
    return a.WorkExperience(
        id=row["id"],
        employer=row["employer"],
        role=row["role"],
        sector=row["sector"],
        start_date=as_date(row["start_date"]),
        end_date=as_date(row["end_date"]),
        tasks=row["tasks"],
    )


def _education(row: dict[str, Any]) -> a.Education:
    return a.Education(
        id=row["id"],
        title=row["title"],
        kind=a.EducationKind(row["kind"]),
        institution=row["institution"],
        obtained_on=as_date(row["obtained_on"]),
        note=row["note"],
    )


def _skill(row: dict[str, Any]) -> a.AuditSkill:
    return a.AuditSkill(
        id=row["id"],
        label=row["label"],
        level=a.SkillLevel(row["level"]),
        source=a.SkillSource(row["source"]),
        evidence=row["evidence"],
        transferable=bool(row["transferable"]),
        skill_uri=row["skill_uri"],
        skill_type=row["skill_type"],
    )


def _gaps(raw: str) -> tuple[a.GapSkill, ...]:
    return tuple(a.GapSkill(**item) for item in json.loads(raw or "[]"))


def _target(row: dict[str, Any]) -> a.TargetOccupation:
    return a.TargetOccupation(
        id=row["id"],
        occupation_label=row["occupation_label"],
        occupation_uri=row["occupation_uri"],
        fit=row["fit"],
        matched=_gaps(row["matched"]),
        missing=_gaps(row["missing"]),
        note=row["note"],
        position=row["position"],
    )


def _plan_step(row: dict[str, Any]) -> a.ActionPlanStep:
    return a.ActionPlanStep(
        id=row["id"],
        step=row["step"],
        owner=a.PlanOwner(row["owner"]),
        deadline=as_date(row["deadline"]),
        status=a.PlanStatus(row["status"]),
        skill_uri=row["skill_uri"],
        position=row["position"],
    )


def _constraints(raw: str) -> a.Constraints:
    data = json.loads(raw or "{}")
    if "driving_licences" in data:
        data["driving_licences"] = tuple(data["driving_licences"])
    if "hours" in data:
        data["hours"] = a.WorkingHours(data["hours"])
    return a.Constraints(**data)


class _Items(SyncedRepository):
    """Rows of one item table of an audit: validated, positioned, read back as domain values."""

    def __init__(
        self,
        store: Any,
        table: str,
        clean: Callable[..., dict[str, Any]],
        build: Callable[[dict[str, Any]], Any],
        order: str,
    ) -> None:
        super().__init__(store)
        self.table = table
        self.clean = clean
        self.build = build
        self.order = order

    def of(self, audit_id: str) -> list[Any]:
        rows = self.store.query(
            f"SELECT * FROM {self.table} WHERE audit_id = ? AND deleted = 0 ORDER BY {self.order}",
            [audit_id],
        )
        return [self.build(r) for r in rows]

    def add(self, audit: dict[str, Any], values: dict[str, Any]) -> Any:
        values = {**values, "audit_id": audit["id"], "worker_id": audit["worker_id"]}
        with self.store.transaction():
            item_id = self._insert(values)
        return self.build(self._row(item_id))

    def edit(self, item_id: str, changes: dict[str, Any]) -> Any:
        current = self._row(item_id)
        merged = {k: current[k] for k in changes.keys() | _known_fields(self.clean, current)}
        merged.update(changes)
        cleaned = self.clean(merged)
        with self.store.transaction():
            self._update(item_id, {k: v for k, v in cleaned.items() if current.get(k) != to_db(v)})
        return self.build(self._row(item_id))

    def remove(self, item_id: str) -> None:
        with self.store.transaction():
            self._tombstone(item_id)


def _known_fields(clean: Callable[..., dict[str, Any]], row: dict[str, Any]) -> set[str]:
    """Columns of `row` that the cleaner reads, so cross-field rules see stored values too."""
    return {
        k
        for k in row
        if k not in {"seq", "id", "updated_at", "origin", "deleted", "audit_id", "worker_id"}
    }


class SkillAuditRepository(SyncedRepository):
    """Skills audits of the caseload: create, edit, read whole, choose the current one."""

    table = "skill_audit"

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self.experiences = _Items(
            store,
            "audit_experience",
            a.clean_experience,
            _experience,
            "coalesce(start_date, '9999') DESC, seq",
        )
        self.education = _Items(
            store,
            "audit_education",
            a.clean_education,
            _education,
            "coalesce(obtained_on, '9999') DESC, seq",
        )
        self.skills = _Items(
            store, "audit_skill", a.clean_skill, _skill, "level DESC, label COLLATE NOCASE, seq"
        )
        self.targets = _Items(store, "audit_target", a.clean_target, _target, "position, seq")
        self.plan = _Items(store, "audit_plan_step", a.clean_plan_step, _plan_step, "position, seq")

    # --- audits ---------------------------------------------------------------------------
    def create(
        self,
        worker_id: str,
        title: str | None = None,
        started_on: date | str | None = None,
        counsellor: str | None = None,
        make_current: bool = True,
    ) -> a.SkillAudit:
        """Start a new audit for a worker; by default it becomes their current one."""
        self.store.workers.get(worker_id)  # clear "not found" before anything is written
        values = a.clean_audit_fields(
            {
                "title": translated(DEFAULT_TITLE) if title is None else title,
                "started_on": started_on,
                "counsellor": counsellor
                if counsellor is not None
                else self.store.meta("owner_name") or "",
            }
        )
        with self.store.transaction():
            has_current = self._current_id(worker_id) is not None
            if make_current:
                self._clear_current(worker_id)
            values.update(
                worker_id=worker_id,
                is_current=make_current or not has_current,
                constraints=json.dumps({}),
                interests="[]",
            )
            audit_id = self._insert(values)
        return self.get(audit_id)

    def update(self, audit_id: str, **fields: Any) -> a.SkillAudit:
        """Edit the header (title, dates, counsellor, synthesis)."""
        current = self._row(audit_id)
        merged = {
            "title": current["title"],
            "started_on": current["started_on"],
            "closed_on": current["closed_on"],
            **fields,
        }
        cleaned = a.clean_audit_fields(merged)
        cleaned = {k: v for k, v in cleaned.items() if k in fields}
        with self.store.transaction():
            self._update(audit_id, cleaned)
        return self.get(audit_id)

    def set_synthesis(self, audit_id: str, text: str) -> a.SkillAudit:
        return self.update(audit_id, synthesis=text)

    def set_interests(
        self, audit_id: str, interests: Iterable[a.Interest | tuple[str, str] | str]
    ) -> a.SkillAudit:
        """Replace the list of interests (label, detail)."""
        cleaned = []
        for item in interests:
            if isinstance(item, a.Interest):
                item = (item.label, item.detail)
            label, detail = (item, "") if isinstance(item, str) else item
            cleaned.append(asdict(a.clean_interest(label, detail)))
        with self.store.transaction():
            self._update(audit_id, {"interests": json.dumps(cleaned, ensure_ascii=False)})
        return self.get(audit_id)

    def set_constraints(self, audit_id: str, **fields: Any) -> a.SkillAudit:
        """Replace the constraints (mobility, licences, health restrictions, hours)."""
        constraints = a.clean_constraints(fields)
        data = asdict(constraints)
        data["driving_licences"] = list(constraints.driving_licences)
        with self.store.transaction():
            self._update(audit_id, {"constraints": json.dumps(data, ensure_ascii=False)})
        return self.get(audit_id)

    def get(self, audit_id: str) -> a.SkillAudit:
        """The whole audit with all its items."""
        row = self._row(audit_id)
        return a.SkillAudit(
            id=row["id"],
            worker_id=row["worker_id"],
            title=row["title"],
            started_on=as_date(row["started_on"]) or date.today(),
            is_current=row["id"] == self._current_id(row["worker_id"]),
            counsellor=row["counsellor"],
            closed_on=as_date(row["closed_on"]),
            synthesis=row["synthesis"],
            interests=tuple(a.Interest(**i) for i in json.loads(row["interests"] or "[]")),
            constraints=_constraints(row["constraints"]),
            experiences=tuple(self.experiences.of(audit_id)),
            education=tuple(self.education.of(audit_id)),
            skills=tuple(self.skills.of(audit_id)),
            targets=tuple(self.targets.of(audit_id)),
            plan=tuple(self.plan.of(audit_id)),
        )

    def for_worker(self, worker_id: str) -> list[AuditSummary]:
        """The worker's audits, newest first."""
        current = self._current_id(worker_id)
        rows = self.store.query(
            "SELECT id, title, started_on, closed_on FROM skill_audit "
            "WHERE worker_id = ? AND deleted = 0 ORDER BY started_on DESC, seq DESC",
            [worker_id],
        )
        return [
            AuditSummary(
                r["id"],
                r["title"],
                as_date(r["started_on"]) or date.today(),
                as_date(r["closed_on"]),
                r["id"] == current,
            )
            for r in rows
        ]

    def worker_ids_with_audit(self) -> set[str]:
        """Ids of the workers who have at least one audit (to mark them in lists)."""
        return {
            r[0]
            for r in self.store.conn.execute(
                "SELECT DISTINCT worker_id FROM skill_audit WHERE deleted = 0"
            )
        }

    def current(self, worker_id: str) -> a.SkillAudit | None:
        audit_id = self._current_id(worker_id)
        return self.get(audit_id) if audit_id else None

    def set_current(self, audit_id: str) -> None:
        """Make this audit the worker's current one (and no other)."""
        row = self._row(audit_id)
        with self.store.transaction():
            self._clear_current(row["worker_id"], keep=audit_id)
            if not row["is_current"]:
                self._update(audit_id, {"is_current": True})

    def remove(self, audit_id: str) -> None:
        """Delete an audit and its items; the newest remaining one becomes current."""
        row = self._row(audit_id)
        with self.store.transaction():
            for items in (self.experiences, self.education, self.skills, self.targets, self.plan):
                for item in items.of(audit_id):
                    items._tombstone(item.id)
            self._tombstone(audit_id)
            if row["is_current"]:
                remaining = self.for_worker(row["worker_id"])
                if remaining:
                    self._update(remaining[0].id, {"is_current": True})

    def _current_id(self, worker_id: str) -> str | None:
        # Two devices may each have made a different audit current before a sync: the newest
        # start date wins everywhere, so every device shows the same one.
        row = self.store.conn.execute(
            "SELECT id FROM skill_audit WHERE worker_id = ? AND deleted = 0 "
            "ORDER BY is_current DESC, started_on DESC, updated_at DESC LIMIT 1",
            [worker_id],
        ).fetchone()
        return row[0] if row else None

    def _clear_current(self, worker_id: str, keep: str | None = None) -> None:
        for (audit_id,) in self.store.conn.execute(
            "SELECT id FROM skill_audit WHERE worker_id = ? AND deleted = 0 AND is_current = 1 "
            "AND id IS NOT ?",
            [worker_id, keep],
        ).fetchall():
            self._update(audit_id, {"is_current": False})

    # --- items ----------------------------------------------------------------------------
    def add_experience(self, audit_id: str, **fields: Any) -> a.WorkExperience:
        return self.experiences.add(self._row(audit_id), a.clean_experience(fields))

    def add_education(self, audit_id: str, **fields: Any) -> a.Education:
        return self.education.add(self._row(audit_id), a.clean_education(fields))

    def add_skill(self, audit_id: str, **fields: Any) -> a.AuditSkill:
        """Add a skill typed freely or, with `skill_uri`, from the referential (label, type and
        transferability then default to the referential's)."""
        uri = fields.get("skill_uri")
        if uri:
            ref = self.store.query_one(
                "SELECT label, skill_type, reuse_level FROM ref_skill WHERE uri = ?", [uri]
            )
            if ref is None and not fields.get("label"):
                raise ValidationError(
                    "skill_uri",
                    translate("audit", "Compétence inconnue du référentiel : « {uri} ».").format(
                        uri=uri
                    ),
                )
            if ref is not None:
                fields.setdefault("label", ref["label"])
                fields.setdefault("skill_type", ref["skill_type"])
                fields.setdefault("transferable", ref["reuse_level"] == "transversal")
        audit = self._row(audit_id)
        cleaned = a.clean_skill(fields)
        if uri and any(s.skill_uri == uri for s in self.skills.of(audit_id)):
            raise ValidationError(
                "skill_uri",
                translate("audit", "« {label} » figure déjà dans ce bilan.").format(
                    label=cleaned["label"]
                ),
            )
        return self.skills.add(audit, cleaned)

    def add_plan_step(self, audit_id: str, **fields: Any) -> a.ActionPlanStep:
        fields.setdefault("position", self._next_position(self.plan.table, audit_id))
        position = fields.pop("position")
        cleaned = a.clean_plan_step(fields)
        return self.plan.add(self._row(audit_id), {**cleaned, "position": position})

    def pick_target(
        self,
        audit_id: str,
        occupation_label: str,
        occupation_uri: str | None = None,
        fit: float = 0.0,
        matched: Iterable[a.GapSkill] = (),
        missing: Iterable[a.GapSkill] = (),
        note: str = "",
    ) -> a.TargetOccupation:
        """Keep an occupation as a target of the audit, with its fit and skill gaps."""
        cleaned = a.clean_target(
            {
                "occupation_label": occupation_label,
                "occupation_uri": occupation_uri,
                "fit": fit,
                "note": note,
            }
        )
        existing = self.targets.of(audit_id)
        if occupation_uri and any(t.occupation_uri == occupation_uri for t in existing):
            raise ValidationError(
                "occupation_uri",
                translate("audit", "« {occupation_label} » est déjà un métier visé.").format(
                    occupation_label=cleaned["occupation_label"]
                ),
            )
        cleaned.update(
            matched=json.dumps([asdict(g) for g in matched], ensure_ascii=False),
            missing=json.dumps([asdict(g) for g in missing], ensure_ascii=False),
            position=self._next_position(self.targets.table, audit_id),
        )
        return self.targets.add(self._row(audit_id), cleaned)

    def plan_from_target(
        self, target_id: str, essential_only: bool = True
    ) -> list[a.ActionPlanStep]:
        """Turn the target's missing skills into action-plan steps (none twice); return them."""
        row = self.targets._row(target_id)
        plan = tuple(self.plan.of(row["audit_id"]))
        added = []
        with self.store.transaction():
            for fields in a.plan_steps_for_gaps(_target(row), plan, essential_only):
                added.append(self.add_plan_step(row["audit_id"], **fields))
        return added

    def _next_position(self, table: str, audit_id: str) -> int:
        return self.store.conn.execute(
            f"SELECT coalesce(max(position), -1) + 1 FROM {table}"
            " WHERE audit_id = ? AND deleted = 0",
            [audit_id],
        ).fetchone()[0]

    def worker_of(self, audit_id: str) -> str:
        row = self.store.query_one("SELECT worker_id FROM skill_audit WHERE id = ?", [audit_id])
        if row is None:
            raise NotFoundError(translate("audit", "Bilan introuvable."), "not_found")
        return row["worker_id"]
