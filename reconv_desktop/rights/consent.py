"""The person's consent: what they agreed to, when, and who recorded it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reconv_desktop.domain.enums import ConsentScope
from reconv_desktop.domain.workers import clean_worker_fields
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.rights.journal import JournalAction, record_event
from reconv_desktop.rights.linked import require_worker
from reconv_desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """What the person agreed to, when, and who recorded it."""

    worker_id: str
    scope: ConsentScope
    given_on: date | None
    recorded_by: str

    @property
    def summary(self) -> str:
        if self.scope == ConsentScope.NONE or not self.given_on:
            return translate("rights", "Aucun consentement enregistré.")
        if self.recorded_by:
            text = translate("rights", "{scope} — donné le {date}, recueilli par {by}.")
        else:
            text = translate("rights", "{scope} — donné le {date}.")
        return text.format(
            scope=self.scope.label, date=self.given_on.strftime("%d/%m/%Y"), by=self.recorded_by
        )


def consent_record(store: Store, worker_id: str) -> ConsentRecord:
    """The consent currently on file for one worker."""
    row = require_worker(store, worker_id)
    return ConsentRecord(
        worker_id,
        ConsentScope(row["consent_scope"]),
        date.fromisoformat(row["consent_date"]) if row["consent_date"] else None,
        row["consent_by"],
    )


def record_consent(
    store: Store, worker_id: str, scope: str, given_on: date | str | None, recorded_by: str
) -> ConsentRecord:
    """Record (or withdraw, with scope `aucun`) a consent; logged without its content."""
    fields = {"consent_scope": scope, "consent_date": given_on, "consent_by": recorded_by}
    cleaned = clean_worker_fields(fields, partial=True)
    if cleaned["consent_scope"] != ConsentScope.NONE and not cleaned["consent_date"]:
        raise ValidationError(
            "consent_date", translate("rights", "Indiquez la date du consentement.")
        )
    with store.transaction():
        store.workers.update(worker_id, **cleaned)
        record_event(
            store,
            JournalAction.CONSENT,
            "worker",
            worker_id,
            detail=f"scope={cleaned['consent_scope'].value}",
        )
    return consent_record(store, worker_id)
