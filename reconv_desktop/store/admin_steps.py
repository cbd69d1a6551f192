"""Administrative checklist: templates (from coordination, or the shipped defaults) and steps."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reconv_desktop.domain.admin_steps import default_step_templates
from reconv_desktop.domain.models import AdminStep, AdminStepTemplate
from reconv_desktop.domain.validation import bounded_text, parse_date
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository, as_date


def _step_from_row(row: dict[str, Any]) -> AdminStep:
    return AdminStep(
        id=row["id"],
        worker_id=row["worker_id"],
        label=row["label"],
        template_code=row["template_code"],
        position=row["position"],
        done=bool(row["done"]),
        done_on=as_date(row["done_on"]),
        due_date=as_date(row["due_date"]),
        comment=row["comment"],
    )


class AdminStepTemplateRepository(SyncedRepository):
    table = "admin_step_template"

    def active(self) -> list[AdminStepTemplate]:
        rows = self.store.query(
            "SELECT * FROM admin_step_template WHERE deleted = 0 AND active = 1 ORDER BY position"
        )
        return [
            AdminStepTemplate(
                id=r["id"],
                code=r["code"],
                label=r["label"],
                country=r["country"],
                position=r["position"],
                due_days=r["due_days"],
                active=bool(r["active"]),
            )
            for r in rows
        ]

    def install_defaults(self) -> None:
        """Ship the default French/Belgian checklist into an empty vault."""
        with self.store.transaction():
            for t in default_step_templates():
                self._insert(
                    {
                        "code": t.code,
                        "label": t.label,
                        "country": t.country,
                        "position": t.position,
                        "due_days": t.due_days,
                        "active": 1,
                    }
                )

    def add(self, code: str, label: str, country: str = "*", due_days: int | None = None) -> str:
        label = bounded_text(label, "label", translate("store", "Libellé"), 200)
        if not label or not code.strip():
            raise ValidationError(
                "label", translate("store", "Le code et le libellé de l'étape sont obligatoires.")
            )
        position = self.store.conn.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM admin_step_template"
        ).fetchone()[0]
        with self.store.transaction():
            return self._insert(
                {
                    "code": code.strip(),
                    "label": label,
                    "country": country,
                    "position": position,
                    "due_days": due_days,
                    "active": 1,
                }
            )

    def deactivate(self, template_id: str) -> None:
        with self.store.transaction():
            self._update(template_id, {"active": 0})


class AdminStepRepository(SyncedRepository):
    table = "admin_step"

    def attach_defaults(self, worker_id: str, enrolled_on: date) -> None:
        """Copy the active templates onto a new worker, with due dates from enrolment."""
        for t in self.store.step_templates.active():
            due = enrolled_on + timedelta(days=t.due_days) if t.due_days is not None else None
            self._insert(
                {
                    "worker_id": worker_id,
                    "template_code": t.code,
                    "label": t.label,
                    "position": t.position,
                    "due_date": due,
                }
            )

    def for_worker(self, worker_id: str) -> list[AdminStep]:
        rows = self.store.query(
            "SELECT * FROM admin_step WHERE worker_id = ? AND deleted = 0 ORDER BY position",
            [worker_id],
        )
        return [_step_from_row(r) for r in rows]

    def set_done(
        self, step_id: str, done: bool, on: date | str | None = None, comment: str | None = None
    ) -> AdminStep:
        changes: dict[str, Any] = {
            "done": done,
            "done_on": (parse_date(on, "done_on") or date.today()) if done else None,
        }
        if comment is not None:
            changes["comment"] = bounded_text(
                comment, "comment", translate("store", "Commentaire"), 2000
            )
        with self.store.transaction():
            self._update(step_id, changes)
        return _step_from_row(self._row(step_id))

    def overdue(self, today: date) -> list[tuple[AdminStep, str]]:
        """Open steps past their due date, with the worker's display name."""
        rows = self.store.query(
            """SELECT s.*, w.family_name || ' ' || w.given_name AS worker_name
               FROM admin_step s JOIN worker w ON w.id = s.worker_id AND w.deleted = 0
               WHERE s.deleted = 0 AND s.done = 0 AND s.due_date < ?
               ORDER BY s.due_date LIMIT 500""",
            [today.isoformat()],
        )
        return [(_step_from_row(r), r["worker_name"]) for r in rows]
