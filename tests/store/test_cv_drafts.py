"""CV drafts in the vault: built from the audit, edited without touching it, versioned."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import section_text
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES


def make_audited_worker(store: Store, family: str = "Nguyễn", given: str = "Thị Hoa") -> str:
    """A worker with a small, fully known audit (shared by the report and GUI tests)."""
    cell = store.cells.add("Cellule Verreries Fictives", company="Verreries Fictives")
    worker = store.workers.add(
        family_name=family,
        given_name=given,
        cell_id=cell.id,
        email="hoa.nguyen@example.org",
        phone="0470 12 34 56",
        city="Liège",
        birth_date="1971-04-02",
    )
    audit = store.skill_audits.create(worker.id, started_on="2025-02-03")
    store.skill_audits.add_experience(
        audit.id,
        employer="Verreries Fictives",
        role="opératrice de four",
        start_date="2001-09-01",
        end_date="2024-12-31",
        tasks="Conduite du four; contrôle qualité; consignation",
    )
    store.skill_audits.add_education(
        audit.id, title="CESS technique", institution="Athénée Fictif", obtained_on="1990-06-30"
    )
    store.skill_audits.add_skill(audit.id, label="conduire un four verrier", level=4)
    store.skill_audits.add_skill(audit.id, label="travailler en équipe", level=3, transferable=True)
    store.skill_audits.set_interests(audit.id, [("Jardinage", "potager partagé")])
    store.skill_audits.set_constraints(
        audit.id, driving_licences=["B"], has_vehicle=True, health_restrictions="Lombalgie"
    )
    store.skill_audits.pick_target(audit.id, "conducteur de ligne de production", fit=0.7)
    return worker.id


def test_draft_maps_the_audit_field_by_field(store: Store) -> None:
    worker_id = make_audited_worker(store)
    draft = store.cv_drafts.create(worker_id)
    c = draft.content
    assert draft.title == "CV — Conducteur de ligne de production"
    assert draft.template == cv.CvTemplate.CLASSIC
    assert c.identity_lines() == {
        "name": "Thị Hoa Nguyễn",
        "headline": "Conducteur de ligne de production",
        "email": "hoa.nguyen@example.org",
        "phone": "0470 12 34 56",
        "city": "Liège",
    }  # (birth date and address are kept but not shown by default)
    assert c.identity["birth_date"] == "02/04/1971"
    assert c.experiences == (
        cv.CvExperience(
            "Opératrice de four",
            "Verreries Fictives",
            "2001-09",
            "2024-12",
            "- Conduite du four\n- Contrôle qualité\n- Consignation",
        ),
    )
    assert c.education == (cv.CvEducation("CESS technique", "Athénée Fictif", "1990"),)
    assert c.skills == (cv.CvSkill("Conduire un four verrier", 4),)
    assert c.qualities == ("Travailler en équipe",)
    assert c.licences == ("B",) and c.licence_note == "Véhicule personnel"
    assert c.interests == (cv.CvInterest("Jardinage", "potager partagé"),)
    assert "Opératrice de four avec 23 ans" in c.summary
    assert "Lombalgie" not in cv.content_to_json(c)  # health details never reach a CV
    assert c.photo is False


def test_several_drafts_per_worker_each_with_its_target(store: Store) -> None:
    worker_id = make_audited_worker(store)
    first = store.cv_drafts.create(worker_id, title="CV production", template="moderne")
    second = store.cv_drafts.create(worker_id, title="CV logistique")
    listed = store.cv_drafts.for_worker(worker_id)
    assert {d.id for d in listed} == {first.id, second.id}
    assert store.cv_drafts.get(first.id).template == cv.CvTemplate.MODERN
    with pytest.raises(ValidationError, match="Métier inconnu"):
        store.cv_drafts.create(worker_id, target_uri="http://example.org/nope")


def test_edits_never_touch_the_audit(store: Store) -> None:
    worker_id = make_audited_worker(store)
    before = store.skill_audits.current(worker_id)
    draft = store.cv_drafts.create(worker_id)
    store.cv_drafts.edit_section(draft.id, "skills", "Conduire un four — Expertise\nCariste")
    store.cv_drafts.edit_section(draft.id, "summary", "Opératrice polyvalente.")
    assert store.skill_audits.current(worker_id) == before
    assert store.cv_drafts.get(draft.id).content.summary == "Opératrice polyvalente."


def test_refresh_shows_the_diff_and_applies_only_on_confirmation(store: Store) -> None:
    worker_id = make_audited_worker(store)
    draft = store.cv_drafts.create(worker_id)
    store.cv_drafts.edit_section(draft.id, "summary", "Mon propre résumé, retravaillé.")
    audit = store.skill_audits.current(worker_id)
    store.skill_audits.add_skill(audit.id, label="lire un plan", level=3)
    store.workers.update(worker_id, phone="0499 99 99 99")

    preview = store.cv_drafts.refresh_from_audit(draft.id)
    by_key = {c.key: c for c in preview.changes}
    assert set(by_key) == {"identity", "skills", "summary"}
    assert "+ Lire un plan — Maîtrise" in by_key["skills"].diff_lines
    assert "- Téléphone : 0470 12 34 56" in by_key["identity"].diff_lines
    assert not preview.applied
    assert store.cv_drafts.get(draft.id).content.summary == "Mon propre résumé, retravaillé."

    applied = store.cv_drafts.refresh_from_audit(
        draft.id, apply=True, sections=["skills", "identity"]
    )
    assert applied.applied
    after = store.cv_drafts.get(draft.id).content
    assert "Lire un plan" in section_text(after, "skills")
    assert after.identity["phone"] == "0499 99 99 99"
    assert after.summary == "Mon propre résumé, retravaillé."  # not chosen: kept
    assert store.cv_drafts.versions(draft.id)[0].reason == "mise à jour depuis le bilan"


def test_versions_coalesce_quick_saves_and_restore_brings_back_a_state(store: Store) -> None:
    worker_id = make_audited_worker(store)
    draft = store.cv_drafts.create(worker_id)
    t0 = datetime(2026, 3, 2, 10, 0, 0)
    repo = store.cv_drafts
    original = draft.content
    repo.save(draft.id, replace(original, summary="Un"), now=t0)
    repo.save(draft.id, replace(original, summary="Deux"), now=t0 + timedelta(seconds=30))
    repo.save(draft.id, replace(original, summary="Trois"), now=t0 + timedelta(minutes=10))
    versions = repo.versions(draft.id)
    assert [v.number for v in versions] == [3, 2, 1]  # "Un" and "Deux" share one version
    assert repo.version_content(draft.id, 2).summary == "Deux"

    restored = repo.restore(draft.id, 1)
    assert restored.content == original
    assert repo.versions(draft.id)[0].reason == "restauration de la version 1"
    assert repo.version_content(draft.id, 3).summary == "Trois"  # nothing lost
    with pytest.raises(NotFoundError):
        repo.restore(draft.id, 42)


def test_cv_tables_are_synced_and_linked_to_the_worker(store: Store) -> None:
    for name in ("cv_draft", "cv_draft_version"):
        table = SYNCED_TABLES[name]
        assert table.worker_column == "worker_id"
        assert {"content", "title"} <= table.free_text_columns  # pseudonymous export drops them
    worker_id = make_audited_worker(store)
    draft = store.cv_drafts.create(worker_id)
    store.cv_drafts.remove(draft.id)
    assert store.cv_drafts.for_worker(worker_id) == []
    with pytest.raises(NotFoundError, match="Projet de CV introuvable"):
        store.cv_drafts.get(draft.id)
