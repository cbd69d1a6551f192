"""Actions (trainings, immersions, applications, interviews) and outcomes of a worker."""

from __future__ import annotations

from datetime import date
from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.enums import ActionKind, ActionStatus, ContractType, OutcomeKind
from reconv_desktop.domain.models import Action, Outcome
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository, as_date, required_date


def _action_from_row(row: dict[str, Any]) -> Action:
    return Action(
        id=row["id"],
        worker_id=row["worker_id"],
        kind=ActionKind(row["kind"]),
        title=row["title"],
        organisation=row["organisation"],
        start_date=as_date(row["start_date"]),
        end_date=as_date(row["end_date"]),
        due_date=as_date(row["due_date"]),
        status=ActionStatus(row["status"]),
        result=row["result"],
    )


def _outcome_from_row(row: dict[str, Any]) -> Outcome:
    return Outcome(
        id=row["id"],
        worker_id=row["worker_id"],
        kind=OutcomeKind(row["kind"]),
        outcome_date=required_date(row["outcome_date"]),
        contract_type=row["contract_type"],
        employer=row["employer"],
        comment=row["comment"],
    )


class ActionRepository(SyncedRepository):
    table = "action"

    def add(
        self,
        worker_id: str,
        kind: str,
        title: str,
        *,
        organisation: str = "",
        start_date: Any = None,
        end_date: Any = None,
        due_date: Any = None,
        status: str = ActionStatus.PLANNED,
        result: str = "",
    ) -> Action:
        title = v.bounded_text(title, "title", translate("store", "Intitulé"), 200)
        if not title:
            raise ValidationError(
                "title", translate("store", "L'intitulé de l'action est obligatoire.")
            )
        values: dict[str, Any] = {
            "worker_id": worker_id,
            "kind": ActionKind(
                v.choice(kind, "kind", translate("store", "Type d'action"), ActionKind)
            ),
            "title": title,
            "organisation": v.bounded_text(
                organisation, "organisation", translate("store", "Organisme"), 200
            ),
            "start_date": v.parse_date(
                start_date, "start_date", translate("store", "Date de début")
            ),
            "end_date": v.parse_date(end_date, "end_date", translate("store", "Date de fin")),
            "due_date": v.parse_date(due_date, "due_date", translate("store", "Échéance")),
            "status": ActionStatus(
                v.choice(status, "status", translate("store", "Statut"), ActionStatus)
            ),
            "result": v.bounded_text(result, "result", translate("store", "Résultat"), 2000),
        }
        if (
            values["start_date"]
            and values["end_date"]
            and values["end_date"] < values["start_date"]
        ):
            raise ValidationError(
                "end_date", translate("store", "La date de fin précède la date de début.")
            )
        with self.store.transaction():
            action_id = self._insert(values)
        return _action_from_row(self._row(action_id))

    def set_status(self, action_id: str, status: str, result: str | None = None) -> Action:
        changes: dict[str, Any] = {
            "status": ActionStatus(
                v.choice(status, "status", translate("store", "Statut"), ActionStatus)
            )
        }
        if result is not None:
            changes["result"] = v.bounded_text(
                result, "result", translate("store", "Résultat"), 2000
            )
        with self.store.transaction():
            self._update(action_id, changes)
        return _action_from_row(self._row(action_id))

    def for_worker(self, worker_id: str) -> list[Action]:
        rows = self.store.query(
            "SELECT * FROM action WHERE worker_id = ? AND deleted = 0 "
            "ORDER BY coalesce(start_date, due_date) DESC",
            [worker_id],
        )
        return [_action_from_row(r) for r in rows]

    def overdue(self, today: date) -> list[tuple[Action, str]]:
        # Walks the action_open_due partial index (m0008) in date order and stops at 500;
        # left alone, the planner sorts every open action first.
        rows = self.store.query(
            """SELECT a.*, w.family_name || ' ' || w.given_name AS worker_name
               FROM action a INDEXED BY action_open_due
               CROSS JOIN worker w ON w.id = a.worker_id AND w.deleted = 0
               WHERE a.deleted = 0 AND a.status IN ('prevue', 'en_cours') AND a.due_date < ?
               ORDER BY a.due_date LIMIT 500""",
            [today.isoformat()],
        )
        return [(_action_from_row(r), r["worker_name"]) for r in rows]


class OutcomeRepository(SyncedRepository):
    table = "outcome"

    def record(
        self,
        worker_id: str,
        kind: str,
        outcome_date: Any,
        *,
        contract_type: str = "",
        employer: str = "",
        comment: str = "",
    ) -> Outcome:
        when = v.parse_date(outcome_date, "outcome_date", translate("store", "Date de sortie"))
        if when is None:
            raise ValidationError(
                "outcome_date", translate("store", "La date de la sortie est obligatoire.")
            )
        kind_value = OutcomeKind(
            v.choice(kind, "kind", translate("store", "Type de sortie"), OutcomeKind)
        )
        if contract_type:
            contract_type = v.choice(
                contract_type, "contract_type", translate("store", "Type de contrat"), ContractType
            )
        with self.store.transaction():
            outcome_id = self._insert(
                {
                    "worker_id": worker_id,
                    "kind": kind_value,
                    "outcome_date": when,
                    "contract_type": contract_type,
                    "employer": v.bounded_text(
                        employer, "employer", translate("store", "Employeur"), 200
                    ),
                    "comment": v.bounded_text(
                        comment, "comment", translate("store", "Commentaire"), 2000
                    ),
                }
            )
        return _outcome_from_row(self._row(outcome_id))

    def for_worker(self, worker_id: str) -> list[Outcome]:
        rows = self.store.query(
            "SELECT * FROM outcome WHERE worker_id = ? AND deleted = 0 ORDER BY outcome_date DESC",
            [worker_id],
        )
        return [_outcome_from_row(r) for r in rows]
