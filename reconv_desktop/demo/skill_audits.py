"""Fictitious but plausible skills audits for demo workers, drawn from the loaded referential.

Each audit starts from a former job (an occupation of the referential), gives the worker its
skills at believable levels, ranks target occupations and turns the gaps into a plan, so the
window, the CLI and the printed assessment can be shown on real-looking data.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from reconv_desktop.domain.skill_audit import PlanOwner, PlanStatus, SkillSource
from reconv_desktop.referential.targets import ensure_referential, pick_ranked_target, rank_targets
from reconv_desktop.store.store import Store

Progress = Callable[[int, int, str], None]

EMPLOYERS = (
    ("Métallerie Exemple SPRL", "Métallurgie"),
    ("Intérim Fictif SA", "Travail intérimaire"),
    ("Entrepôts Démo", "Logistique"),
    ("Brasserie Imaginaire", "Agroalimentaire"),
    ("Garage du Modèle", "Automobile"),
    ("Maison de repos Les Tilleuls (fictive)", "Soins"),
)
EDUCATION = (
    ("CESS technique de qualification — électromécanique", "diplome", "Athénée Fictif"),
    ("Certificat de qualification 6e professionnelle — soudure", "diplome", "Institut Exemple"),
    ("VCA de base (sécurité)", "certificat", "Centre de formation Exemple"),
    ("Brevet de secourisme en entreprise", "certificat", "Croix fictive"),
    ("Module bureautique (traitement de texte, tableur)", "formation", "Forem (exemple)"),
    ("Permis cariste interne", "certificat", "Entreprise Démo SPRL"),
)
INTERESTS = (
    ("Travail manuel", "aime réparer, bricoler, voir le résultat concret"),
    ("Contact humain", "apprécie aider et conseiller"),
    ("Travail en extérieur", ""),
    ("Technique et machines", "suit l'actualité des énergies renouvelables"),
    ("Organisation", "aime que les choses soient rangées et planifiées"),
    ("Transmission", "a formé des intérimaires et des apprentis"),
)
EVIDENCE = (
    "Observé lors de la mise en situation en atelier.",
    "Attestation de l'ancien employeur.",
    "Décrit précisément les gestes et les contrôles.",
    "Certificat fourni (copie au dossier).",
    "Confirmé par l'ancien chef d'équipe.",
    "",
)
GENERIC_STEPS = (
    ("Mettre à jour le CV et le faire relire", PlanOwner.WORKER),
    (
        "Vérifier le financement de la formation (chèques, fonds de reclassement)",
        PlanOwner.COUNSELLOR,
    ),
    ("Organiser une immersion de deux jours en entreprise", PlanOwner.PARTNER),
    ("S'inscrire aux séances collectives de recherche d'emploi", PlanOwner.WORKER),
)


def fill_demo_audits(
    store: Store,
    workers: int = 20,
    *,
    seed: int = 0,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Give a current audit to the first `workers` workers that have none; return how many."""
    ensure_referential(store.db)
    rng = random.Random(seed)
    today = today or date.today()
    # Demo cells are industrial layoffs: former jobs are trades, machine and warehouse work
    # (ISCO 7, 8, 43, 31) when the referential says so, else any occupation with skills.
    origins = [
        r[0]
        for r in store.conn.execute(
            "SELECT o.uri FROM ref_occupation o WHERE EXISTS (SELECT 1 FROM ref_occupation_skill os"
            " WHERE os.occupation_uri = o.uri AND os.relation = 'essential') ORDER BY"
            " (substr(o.isco_group, 1, 1) IN ('7', '8') OR substr(o.isco_group, 1, 2) IN"
            " ('43', '31')) DESC, o.uri"
        )
    ]
    industrial = store.conn.execute(
        "SELECT count(*) FROM ref_occupation WHERE substr(isco_group, 1, 1) IN ('7', '8')"
        " OR substr(isco_group, 1, 2) IN ('43', '31')"
    ).fetchone()[0]
    origins = origins[:industrial] or origins
    transversal = [
        r[0]
        for r in store.conn.execute(
            "SELECT uri FROM ref_skill WHERE reuse_level = 'transversal' ORDER BY uri"
        )
    ]
    if not origins:
        return 0
    candidates = [
        r[0]
        for r in store.conn.execute(
            "SELECT w.id FROM worker w WHERE w.deleted = 0 AND NOT EXISTS (SELECT 1"
            " FROM skill_audit a WHERE a.worker_id = w.id AND a.deleted = 0)"
            " ORDER BY w.seq LIMIT ?",
            [workers],
        )
    ]
    with store.transaction():
        for n, worker_id in enumerate(candidates):
            _one_audit(store, rng, worker_id, rng.choice(origins), transversal, today)
            if progress:
                progress(n + 1, len(candidates), "Bilans de démonstration")
    return len(candidates)


def _one_audit(
    store: Store,
    rng: random.Random,
    worker_id: str,
    origin: str,
    transversal: list[str],
    today: date,
) -> None:
    worker = store.workers.get(worker_id)
    cell = store.cells.get(worker.cell_id) if worker.cell_id else None
    started = max(worker.enrolled_on or today, today - timedelta(days=200))
    audit = store.skill_audits.create(
        worker_id, title="Bilan de compétences — cellule de reconversion", started_on=started
    )
    occupation = store.query_one("SELECT label FROM ref_occupation WHERE uri = ?", [origin])
    assert occupation is not None  # `origin` was read from ref_occupation
    job = occupation["label"]
    years = rng.randint(4, 22)
    left = cell.layoff_date if cell and cell.layoff_date else today - timedelta(days=90)
    store.skill_audits.add_experience(
        audit.id,
        employer=cell.company if cell and cell.company else "Entreprise Fictive",
        role=job,
        sector=cell.sector if cell else "",
        start_date=left - timedelta(days=365 * years),
        end_date=left,
        tasks=_tasks(store, origin),
    )
    earlier_end = left - timedelta(days=365 * years + rng.randint(20, 200))
    for employer, sector in rng.sample(EMPLOYERS, rng.randint(1, 2)):
        start = earlier_end - timedelta(days=rng.randint(300, 1500))
        store.skill_audits.add_experience(
            audit.id,
            employer=employer,
            role=rng.choice(
                (
                    "Ouvrier·ère polyvalent·e",
                    "Opérateur·rice intérimaire",
                    "Manutentionnaire",
                    "Aide-magasinier·ère",
                )
            ),
            sector=sector,
            start_date=start,
            end_date=earlier_end,
            tasks="Missions successives ; polyvalence sur plusieurs postes.",
        )
        earlier_end = start - timedelta(days=rng.randint(10, 300))
    for title, kind, school in rng.sample(EDUCATION, rng.randint(1, 3)):
        store.skill_audits.add_education(
            audit.id,
            title=title,
            kind=kind,
            institution=school,
            obtained_on=date(rng.randint(1990, 2022), 6, 30),
        )
    skills = store.conn.execute(
        "SELECT skill_uri, relation FROM ref_occupation_skill WHERE occupation_uri = ?"
        " ORDER BY skill_uri",
        [origin],
    ).fetchall()
    chosen = {uri: rel for uri, rel in skills if rel == "essential" or rng.random() < 0.5}
    chosen.update((u, "transversal") for u in rng.sample(transversal, min(4, len(transversal))))
    for uri, relation in sorted(chosen.items()):
        level = rng.choice((3, 4, 4)) if relation == "essential" else rng.choice((1, 2, 3))
        source = rng.choice(list(SkillSource))
        evidence = rng.choice(EVIDENCE[:-1] if source == SkillSource.ATTESTED else EVIDENCE)
        store.skill_audits.add_skill(
            audit.id, skill_uri=uri, level=level, source=source, evidence=evidence
        )
    store.skill_audits.set_interests(audit.id, rng.sample(INTERESTS, 3))
    store.skill_audits.set_constraints(
        audit.id,
        max_commute_minutes=rng.choice((30, 45, 60)),
        public_transport_only=rng.random() < 0.3,
        driving_licences=rng.choice(([], ["B"], ["B", "C", "CE"], ["B"])),
        has_vehicle=rng.random() < 0.6,
        health_restrictions=rng.choice(("", "", "Éviter le port de charges lourdes.")),
        hours=rng.choice(("tous", "pas_de_nuit", "journee")),
    )
    full = store.skill_audits.get(audit.id)
    ranked = [r for r in rank_targets(store.db, full, limit=6) if r.fit.uri != origin]
    for r in ranked[:3]:
        pick_ranked_target(store.skill_audits, audit.id, r)
    for target in store.skill_audits.get(audit.id).targets[:2]:
        for step in store.skill_audits.plan_from_target(target.id):
            store.skill_audits.plan.edit(
                step.id, {"deadline": started + timedelta(days=rng.randint(30, 150))}
            )
    for text, owner in rng.sample(GENERIC_STEPS, 2):
        store.skill_audits.add_plan_step(
            audit.id,
            step=text,
            owner=owner,
            deadline=started + timedelta(days=rng.randint(7, 60)),
            status=rng.choice((PlanStatus.DONE, PlanStatus.ONGOING, PlanStatus.TODO)),
        )
    store.skill_audits.set_synthesis(
        audit.id, _synthesis(worker.given_name, job, years, ranked[:3])
    )


def _tasks(store: Store, origin: str) -> str:
    labels = [
        r[0]
        for r in store.conn.execute(
            "SELECT s.label FROM ref_occupation_skill os JOIN ref_skill s ON s.uri = os.skill_uri"
            " WHERE os.occupation_uri = ? AND os.relation = 'essential' ORDER BY s.label LIMIT 5",
            [origin],
        )
    ]
    return "; ".join(labels).capitalize() + "."


def _synthesis(name: str, job: str, years: int, ranked: list) -> str:
    targets = ", ".join(r.fit.label for r in ranked) or "à préciser"
    return (
        f"{name} a exercé le métier de {job} pendant {years} ans et en maîtrise les gestes "
        "essentiels en autonomie. Le bilan met en évidence une bonne capacité d'adaptation, le "
        "respect des règles de sécurité et le goût du travail bien fait.\n\n"
        f"Pistes retenues ensemble : {targets}. Les écarts relevés portent sur quelques "
        "compétences techniques accessibles par une formation courte ou une immersion.\n\n"
        "Prochaine étape : valider une piste par une immersion, puis engager la formation "
        "correspondante avec le soutien de la cellule."
    )
