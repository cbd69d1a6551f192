"""CV drafts of the caseload: created from the current audit, edited freely, versioned.

A draft copies what it needs from the audit at creation; editing a draft never writes to
the audit. Every save keeps a version (quick successive saves of the editor coalesce into
one), and `refresh_from_audit` shows per section what the audit would change before
applying anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_from_audit import (
    SectionChange,
    apply_sections,
    content_from_audit,
    diff_sections,
)
from reconv_desktop.domain.cv_photo import CvPhoto
from reconv_desktop.domain.cv_text import with_section_text
from reconv_desktop.domain.skill_audit import SkillAudit, TargetOccupation
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated
from reconv_desktop.store.cv_photos import get_photo
from reconv_desktop.store.records import SyncedRepository
from reconv_desktop.store.tables import SyncedTable, register

register(
    SyncedTable(
        "cv_draft",
        worker_column="worker_id",
        free_text_columns=frozenset({"title", "content"}),
    )
)
register(
    SyncedTable(
        "cv_draft_version",
        worker_column="worker_id",
        free_text_columns=frozenset({"title", "content"}),
    )
)

# Saves of the editor closer together than this amend the latest version instead of
# adding one: a history of every keystroke pause would bury the versions that matter.
COALESCE_SECONDS = 120
# Why a version was saved: stored in French (the history compares them), shown translated
# through `version_reason_label`.
REASON_CREATED = QT_TRANSLATE_NOOP("cv", "création depuis le bilan")
REASON_EDITED = QT_TRANSLATE_NOOP("cv", "modification")
REASON_REFRESHED = QT_TRANSLATE_NOOP("cv", "mise à jour depuis le bilan")
REASON_RESTORED = QT_TRANSLATE_NOOP("cv", "restauration de la version {number}")
_RESTORED = re.compile(r"^restauration de la version (\d+)$")


def version_reason_label(reason: str) -> str:
    """A stored version reason in the current language (unknown reasons as stored)."""
    for known in (REASON_CREATED, REASON_EDITED, REASON_REFRESHED):
        if reason == known:
            return translated(known)
    restored = _RESTORED.match(reason)
    if restored:
        return translated(REASON_RESTORED).format(number=restored[1])
    return reason


@dataclass(frozen=True, slots=True)
class RefreshPreview:
    """What `refresh_from_audit` found (and, when applied, changed)."""

    changes: list[SectionChange]
    applied: bool

    @property
    def is_empty(self) -> bool:
        return not self.changes


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class _Versions(SyncedRepository):
    table = "cv_draft_version"


class CvDraftRepository(SyncedRepository):
    """Create, read, edit, version and refresh CV drafts."""

    table = "cv_draft"

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self._versions = _Versions(store)

    # --- creation -------------------------------------------------------------------------
    def create(
        self,
        worker_id: str,
        title: str | None = None,
        target_uri: str | None = None,
        template: str = cv.CvTemplate.CLASSIC,
        shown: set[str] | None = None,
    ) -> cv.CvDraft:
        """A new draft from the worker's current audit, aimed at `target_uri` (default: the
        audit's first target); identity fields in `shown` are printed (default: safe set)."""
        worker = self.store.workers.get(worker_id)
        chosen_template = cv.clean_template(template)
        audit = self.store.skill_audits.current(worker_id)
        target, target_label = self._target(audit, target_uri)
        base = cv.CvContent(
            shown=frozenset(shown) if shown is not None else cv.IDENTITY_SHOWN_BY_DEFAULT
        )
        if audit is not None:
            content = content_from_audit(worker, audit, target, base)
        else:
            from reconv_desktop.domain.cv_from_audit import identity_from_worker

            content = cv.CvContent(
                identity=identity_from_worker(worker, target_label), shown=base.shown
            )
        if target is None and target_label:
            content = cv.set_identity(
                content, "headline", target_label[:1].upper() + target_label[1:]
            )
        values = {
            "worker_id": worker_id,
            "audit_id": audit.id if audit else None,
            "title": cv.clean_title(
                title
                or (
                    translate("cv", "CV — {target}").format(
                        target=target_label[:1].upper() + target_label[1:]
                    )
                    if target_label
                    else "CV"
                )
            ),
            "target_uri": target_uri or (target.occupation_uri if target else None),
            "target_label": target_label,
            "template": chosen_template,
            "content": cv.content_to_json(content),
            "created_on": date.today(),
        }
        with self.store.transaction():
            draft_id = self._insert(values)
            self._add_version(self._row(draft_id), REASON_CREATED)
        return self.get(draft_id)

    def _target(
        self, audit: SkillAudit | None, uri: str | None
    ) -> tuple[TargetOccupation | None, str]:
        targets = audit.targets if audit else ()
        if not uri:
            return (targets[0], targets[0].occupation_label) if targets else (None, "")
        for target in targets:
            if target.occupation_uri == uri:
                return target, target.occupation_label
        row = None
        if self.store.query_one(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ref_occupation'"
        ):
            row = self.store.query_one("SELECT label FROM ref_occupation WHERE uri = ?", [uri])
        if row is None:
            raise ValidationError(
                "target",
                translate("cv", "Métier inconnu du référentiel : « {uri} ».").format(uri=uri),
            )
        return None, row["label"]

    # --- reading --------------------------------------------------------------------------
    def get(self, draft_id: str) -> cv.CvDraft:
        row = self._row(draft_id)
        return cv.CvDraft(
            id=row["id"],
            worker_id=row["worker_id"],
            title=row["title"],
            template=cv.clean_template(row["template"] or cv.CvTemplate.CLASSIC),
            content=cv.content_from_json(row["content"]),
            created_on=row["created_on"],
            audit_id=row["audit_id"],
            target_uri=row["target_uri"],
            target_label=row["target_label"],
            updated_at=row["updated_at"],
        )

    def _row(self, record_id: str) -> dict[str, Any]:
        try:
            return super()._row(record_id)
        except NotFoundError:
            raise NotFoundError(
                translate("cv", "Projet de CV introuvable : « {record_id} ».").format(
                    record_id=record_id
                ),
                "not_found",
            ) from None

    def for_worker(self, worker_id: str) -> list[cv.CvDraft]:
        """The worker's drafts, most recently edited first."""
        self.store.workers.get(worker_id)
        rows = self.store.query(
            "SELECT id FROM cv_draft WHERE worker_id = ? AND deleted = 0 "
            "ORDER BY updated_at DESC, seq DESC",
            [worker_id],
        )
        return [self.get(r["id"]) for r in rows]

    # --- editing --------------------------------------------------------------------------
    def save(
        self,
        draft_id: str,
        content: cv.CvContent | None = None,
        title: str | None = None,
        template: str | None = None,
        reason: str = REASON_EDITED,
        now: datetime | None = None,
    ) -> cv.CvDraft:
        """Store an edit of the draft (never of the audit) and keep it as a version."""
        row = self._row(draft_id)
        changes: dict[str, Any] = {}
        if content is not None:
            changes["content"] = cv.content_to_json(content)
        if title is not None:
            changes["title"] = cv.clean_title(title)
        if template is not None:
            changes["template"] = cv.clean_template(template)
        changes = {k: v for k, v in changes.items() if row[k] != v}
        if not changes:
            return self.get(draft_id)
        with self.store.transaction():
            self._update(draft_id, changes)
            self._add_version(self._row(draft_id), reason, now or _now())
        return self.get(draft_id)

    def edit_section(self, draft_id: str, key: str, text: str) -> cv.CvDraft:
        """Replace one section by its edited text (see domain.cv_text for the format)."""
        draft = self.get(draft_id)
        return self.save(draft_id, with_section_text(draft.content, key, text))

    def set_photo_option(self, draft_id: str, on: bool) -> cv.CvDraft:
        """Print the worker's photo on this draft or not (off by default: anti-discrimination)."""
        draft = self.get(draft_id)
        return self.save(draft_id, replace(draft.content, photo=bool(on)))

    def printed_photo(self, draft: cv.CvDraft) -> CvPhoto | None:
        """The photo this draft prints: the worker's, only when the draft's option is on."""
        return get_photo(self.store, draft.worker_id) if draft.content.photo else None

    def remove(self, draft_id: str) -> None:
        """Delete a draft and its history."""
        self._row(draft_id)
        with self.store.transaction():
            for version in self.versions(draft_id):
                self._versions._tombstone(version.id)
            self._tombstone(draft_id)

    # --- versions -------------------------------------------------------------------------
    def _add_version(self, row: dict[str, Any], reason: str, now: datetime | None = None) -> None:
        now = now or _now()
        latest = self.store.query_one(
            "SELECT id, number, saved_at, reason, origin FROM cv_draft_version "
            "WHERE draft_id = ? AND deleted = 0 ORDER BY number DESC LIMIT 1",
            [row["id"]],
        )
        snapshot = {"title": row["title"], "template": row["template"], "content": row["content"]}
        if (
            latest is not None
            and reason == REASON_EDITED
            and latest["reason"] == REASON_EDITED
            and latest["origin"] == self.store.device_id
            and now - datetime.fromisoformat(latest["saved_at"])
            < timedelta(seconds=COALESCE_SECONDS)
        ):
            self._versions._update(latest["id"], {**snapshot, "saved_at": now.isoformat()})
            return
        self._versions._insert(
            {
                **snapshot,
                "draft_id": row["id"],
                "worker_id": row["worker_id"],
                "number": (latest["number"] + 1) if latest else 1,
                "saved_at": now.isoformat(),
                "reason": reason,
            }
        )

    def versions(self, draft_id: str) -> list[cv.CvVersion]:
        """The draft's saved versions, newest first."""
        rows = self.store.query(
            "SELECT id, number, saved_at, reason, title, template FROM cv_draft_version "
            "WHERE draft_id = ? AND deleted = 0 ORDER BY number DESC",
            [draft_id],
        )
        return [
            cv.CvVersion(
                r["id"],
                r["number"],
                r["saved_at"],
                r["reason"],
                r["title"],
                cv.clean_template(r["template"]),
            )
            for r in rows
        ]

    def version_content(self, draft_id: str, number: int) -> cv.CvContent:
        return cv.content_from_json(self._version_row(draft_id, number)["content"])

    def _version_row(self, draft_id: str, number: int) -> dict[str, Any]:
        row = self.store.query_one(
            "SELECT * FROM cv_draft_version WHERE draft_id = ? AND number = ? AND deleted = 0",
            [draft_id, number],
        )
        if row is None:
            raise NotFoundError(
                translate("cv", "Version {number} introuvable pour ce CV.").format(number=number),
                "not_found",
            )
        return row

    def restore(self, draft_id: str, number: int) -> cv.CvDraft:
        """Bring back an earlier version (itself kept as a new version: nothing is lost)."""
        old = self._version_row(draft_id, number)
        return self.save(
            draft_id,
            cv.content_from_json(old["content"]),
            title=old["title"],
            template=old["template"],
            reason=REASON_RESTORED.format(number=number),
        )

    # --- refresh from the audit -----------------------------------------------------------
    def refresh_from_audit(
        self, draft_id: str, apply: bool = False, sections: list[str] | None = None
    ) -> RefreshPreview:
        """What the worker's current audit would change, per section; applied only when
        `apply` is true (then only `sections`, if given)."""
        draft = self.get(draft_id)
        worker = self.store.workers.get(draft.worker_id)
        audit = self.store.skill_audits.current(draft.worker_id)
        if audit is None:
            raise NotFoundError(
                translate(
                    "cv", "Aucun bilan de compétences pour {display_name} : rien à reprendre."
                ).format(display_name=worker.display_name),
                "no_audit",
            )
        target = next(
            (t for t in audit.targets if draft.target_uri and t.occupation_uri == draft.target_uri),
            None,
        )
        fresh = content_from_audit(worker, audit, target, draft.content)
        changes = diff_sections(draft.content, fresh)
        if sections is not None:
            changes = [c for c in changes if c.key in sections]
        if apply and changes:
            updated = apply_sections(draft.content, fresh, [c.key for c in changes])
            self.save(draft_id, updated, reason=REASON_REFRESHED)
        return RefreshPreview(changes, apply and bool(changes))
