"""Skills audits in the vault: one current audit per worker, items edited, targets and plan."""

from __future__ import annotations

import pytest

from reconv_desktop.domain.skill_audit import GapSkill, PlanStatus, SkillLevel
from reconv_desktop.errors import NotFoundError, ValidationError
from reconv_desktop.referential.model import (
    OccupationRecord,
    ReferentialSource,
    Relation,
    RelationRecord,
    SkillRecord,
)
from reconv_desktop.referential.targets import (
    ensure_referential,
    pick_ranked_target,
    rank_targets,
)
from reconv_desktop.referential.writer import referential_replacement
from reconv_desktop.store.migrations import latest_version
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES


@pytest.fixture
def worker_id(store: Store) -> str:
    return store.workers.add(family_name="Wójcik", given_name="Łukasz").id


def test_audit_tables_are_synced_and_drop_free_text(store: Store) -> None:
    for name in (
        "skill_audit",
        "audit_experience",
        "audit_education",
        "audit_skill",
        "audit_target",
        "audit_plan_step",
    ):
        table = SYNCED_TABLES[name]
        assert table.worker_column == "worker_id"
        columns = {c.name for c in store.db[name].columns}
        assert {"id", "updated_at", "origin", "deleted", "worker_id"} <= columns
        assert table.free_text_columns <= columns
    assert {"synthesis", "constraints"} <= SYNCED_TABLES["skill_audit"].free_text_columns
    assert store.schema_version() == latest_version()


def test_exactly_one_current_audit_per_worker(store: Store, worker_id: str) -> None:
    first = store.skill_audits.create(worker_id, title="Bilan initial", started_on="2025-01-10")
    second = store.skill_audits.create(worker_id, title="Bilan de suivi", started_on="2025-09-01")
    listed = store.skill_audits.for_worker(worker_id)
    assert [(s.title, s.is_current) for s in listed] == [
        ("Bilan de suivi", True),
        ("Bilan initial", False),
    ]
    store.skill_audits.set_current(first.id)
    assert store.skill_audits.current(worker_id).title == "Bilan initial"
    assert [s.is_current for s in store.skill_audits.for_worker(worker_id)] == [False, True]
    store.skill_audits.remove(first.id)
    assert store.skill_audits.current(worker_id).id == second.id
    assert second.counsellor == "Conseillère Test"  # from the vault owner


def test_items_are_added_edited_and_removed(store: Store, worker_id: str) -> None:
    audit = store.skill_audits.create(worker_id)
    job = store.skill_audits.add_experience(
        audit.id,
        employer="Aciéries Fictives du Nord",
        role="Soudeur",
        start_date="01/03/2008",
        end_date="30/06/2024",
        tasks="Soudure TIG et MIG",
    )
    store.skill_audits.add_education(
        audit.id, title="CESS technique", institution="Athénée Fictif", obtained_on="2007-06-30"
    )
    skill = store.skill_audits.add_skill(audit.id, label="Lire un plan", level="Autonome")
    store.skill_audits.experiences.edit(job.id, {"end_date": None})
    store.skill_audits.skills.edit(
        skill.id, {"level": 4, "evidence": "Observé en atelier", "source": "observee"}
    )
    with pytest.raises(ValidationError, match="précède la date d'entrée"):
        store.skill_audits.experiences.edit(job.id, {"end_date": "2001-01-01"})
    store.skill_audits.set_interests(audit.id, [("Travail manuel", "aime réparer"), "Extérieur"])
    store.skill_audits.set_constraints(
        audit.id,
        driving_licences=["B"],
        max_commute_minutes=30,
        health_restrictions="Pas de port de charges lourdes",
    )
    store.skill_audits.set_synthesis(audit.id, "Ouvrier qualifié, très autonome.")
    full = store.skill_audits.get(audit.id)
    assert full.experiences[0].end_date is None
    assert full.skills[0].level is SkillLevel.EXPERT and full.skills[0].evidence
    assert [i.label for i in full.interests] == ["Travail manuel", "Extérieur"]
    assert full.constraints.driving_licences == ("B",)
    assert full.synthesis.startswith("Ouvrier qualifié")
    store.skill_audits.skills.remove(skill.id)
    assert store.skill_audits.get(audit.id).skills == ()
    with pytest.raises(NotFoundError):
        store.skill_audits.skills.edit(skill.id, {"level": 1})


def test_referential_skill_copies_label_and_only_once(store: Store, worker_id: str) -> None:
    assert ensure_referential(store.db) is True
    assert ensure_referential(store.db) is False
    audit = store.skill_audits.create(worker_id)
    uri = "urn:reconv:skill:travailler-en-equipe"
    added = store.skill_audits.add_skill(audit.id, skill_uri=uri, level=3)
    assert added.label == "travailler en équipe" and added.transferable is True
    with pytest.raises(ValidationError, match="figure déjà dans ce bilan"):
        store.skill_audits.add_skill(audit.id, skill_uri=uri, level=2)
    with pytest.raises(ValidationError, match="Compétence inconnue du référentiel"):
        store.skill_audits.add_skill(audit.id, skill_uri="urn:nope", level=2)


def _hand_made_referential(store: Store) -> None:
    """Three occupations whose right order for a welder is known by hand:
    welder (3 of 3 essential) > boilermaker (2 of 3 essential + 1 optional) > forklift (none)."""
    skills = {
        "souder": "souder à l'arc",
        "plan": "lire un plan",
        "epi": "porter les EPI",
        "tole": "former la tôle",
        "chariot": "conduire un chariot élévateur",
        "stock": "gérer un stock",
    }
    jobs = {
        "soudeur": ("soudeur/soudeuse", ["souder", "plan", "epi"], []),
        "chaudronnier": ("chaudronnier/chaudronnière", ["souder", "plan", "tole"], ["epi"]),
        "cariste": ("cariste", ["chariot", "stock"], ["epi"]),
    }
    with referential_replacement(store.db, ReferentialSource.STARTER, "fr") as writer:
        writer.add_skills(SkillRecord(f"urn:t:s:{k}", label) for k, label in skills.items())
        writer.add_occupations(OccupationRecord(f"urn:t:o:{k}", v[0]) for k, v in jobs.items())
        writer.add_relations(
            RelationRecord(f"urn:t:o:{job}", f"urn:t:s:{s}", rel)
            for job, (_, essential, optional) in jobs.items()
            for rel, slugs in ((Relation.ESSENTIAL, essential), (Relation.OPTIONAL, optional))
            for s in slugs
        )


def test_targets_from_ranking_feed_the_action_plan(store: Store, worker_id: str) -> None:
    _hand_made_referential(store)
    assert ensure_referential(store.db) is False  # a referential is there: starter not loaded
    audit = store.skill_audits.create(worker_id)
    for slug in ("souder", "plan", "epi"):
        store.skill_audits.add_skill(audit.id, skill_uri=f"urn:t:s:{slug}", level=3)
    ranked = rank_targets(store.db, store.skill_audits.get(audit.id), limit=5)
    assert [r.fit.label for r in ranked] == [
        "soudeur/soudeuse",
        "chaudronnier/chaudronnière",
        "cariste",
    ]
    assert [r.percent for r in ranked] == [100, 71, 20]  # 5/7 and 1/5 of the weights
    explained = ranked[1].explanation()
    assert "Compétences essentielles couvertes : 2 sur 3" in explained
    assert "À acquérir (essentiel) : former la tôle" in explained
    target = pick_ranked_target(store.skill_audits, audit.id, ranked[1])
    assert target.fit == ranked[1].fit.score
    with pytest.raises(ValidationError, match="déjà un métier visé"):
        pick_ranked_target(store.skill_audits, audit.id, ranked[1])
    cariste = pick_ranked_target(store.skill_audits, audit.id, ranked[2])
    steps = store.skill_audits.plan_from_target(target.id) + store.skill_audits.plan_from_target(
        cariste.id
    )
    assert [s.step for s in steps] == [
        "Acquérir « former la tôle » (visé : chaudronnier/chaudronnière)",
        "Acquérir « conduire un chariot élévateur » (visé : cariste)",
        "Acquérir « gérer un stock » (visé : cariste)",
    ]
    assert all(s.status is PlanStatus.TODO for s in steps)
    assert store.skill_audits.plan_from_target(target.id) == []  # no step twice
    store.skill_audits.plan.edit(steps[0].id, {"status": "fait", "deadline": "15/12/2025"})
    plan = store.skill_audits.get(audit.id).plan
    assert plan[0].status is PlanStatus.DONE and [s.position for s in plan] == [0, 1, 2]


def test_lower_levels_lower_the_fit(store: Store, worker_id: str) -> None:
    _hand_made_referential(store)
    audit = store.skill_audits.create(worker_id)
    for slug in ("souder", "plan", "epi"):
        store.skill_audits.add_skill(audit.id, skill_uri=f"urn:t:s:{slug}", level=1)
    store.skill_audits.add_skill(audit.id, label="Pêche à la ligne", level=4)  # not in referential
    ranked = rank_targets(store.db, store.skill_audits.get(audit.id))
    assert ranked[0].fit.label == "soudeur/soudeuse" and ranked[0].percent == 50


def test_free_target_without_referential(store: Store, worker_id: str) -> None:
    audit = store.skill_audits.create(worker_id)
    target = store.skill_audits.pick_target(
        audit.id, "Menuisier·ère indépendant·e", fit=0.4, missing=[GapSkill("gestion d'entreprise")]
    )
    assert store.skill_audits.get(audit.id).targets[0].missing[0].label == "gestion d'entreprise"
    assert target.occupation_uri is None


def test_unknown_worker_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.skill_audits.create("00000000-0000-4000-8000-000000000000")
