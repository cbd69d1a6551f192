"""Fictitious caseload for demos, tests and benchmarks; deterministic for a given seed.

Names come from many origins (Polish, Turkish, Vietnamese, Moroccan, Congolese, Italian,
Flemish, Portuguese...) and are combined at random: any resemblance to a real person is
chance. Rows are written in bulk in one transaction so 50,000 workers stay quick.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from reconv_desktop.domain.enums import (
    ActionKind,
    ActionStatus,
    AppointmentKind,
    AppointmentStatus,
    ConsentScope,
    OutcomeKind,
    WorkerStatus,
)
from reconv_desktop.domain.text import name_sort_key
from reconv_desktop.store.store import Store

Progress = Callable[[int, int, str], None]

# Always present in a demo, so that search and printing can be shown on them.
SHOWCASE = (("Wójcik", "Łukasz"), ("Yılmaz", "Ayşe"), ("Nguyễn", "Thị Hoa"))

FAMILY_NAMES = (
    "Wójcik",
    "Kowalski",
    "Nowak",
    "Yılmaz",
    "Demir",
    "Şahin",
    "Çelik",
    "Nguyễn",
    "Trần",
    "Phạm",
    "El Amrani",
    "Benali",
    "Bouzid",
    "Mbuyi",
    "Kabongo",
    "Lumumba",
    "Rossi",
    "Russo",
    "Esposito",
    "Janssens",
    "Peeters",
    "Maes",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Lefèvre",
    "Müller",
    "Schmitt",
    "Da Silva",
    "Ferreira",
    "Gonçalves",
    "García",
    "López",
    "Papadopoulos",
    "Ionescu",
    "Popescu",
    "Horváth",
    "Novák",
    "Dvořák",
    "O'Brien",
    "Haddad",
    "Diallo",
    "Traoré",
    "Öztürk",
    "Kaya",
    "Leroy",
    "Vandenberghe",
    "Claes",
    "Willems",
)
GIVEN_NAMES = (
    "Łukasz",
    "Agnieszka",
    "Ayşe",
    "Mehmet",
    "Thị Hoa",
    "Văn Minh",
    "Fatima",
    "Youssef",
    "Mamadou",
    "Aminata",
    "Giulia",
    "Marco",
    "Sofie",
    "Pieter",
    "Marie",
    "Jean",
    "Hélène",
    "François",
    "Zoë",
    "Joëlle",
    "Anaïs",
    "Björn",
    "Jürgen",
    "Inês",
    "João",
    "Ana",
    "José",
    "Dimitra",
    "Andrei",
    "Ioana",
    "Zoltán",
    "Jiří",
    "Siobhán",
    "Karim",
    "Nadia",
    "Chloé",
    "Kevin",
    "Sarah",
    "Rachid",
    "Élodie",
    "Grégory",
    "Stéphanie",
    "Noël",
    "Çağrı",
    "Emre",
)
COMPANIES = (
    ("Aciéries Fictives du Nord", "Sidérurgie"),
    ("Verreries Imaginaires", "Verre"),
    ("Logistique Exemple SA", "Logistique"),
    ("Textiles de Démonstration", "Textile"),
    ("Automobiles Fictia", "Automobile"),
    ("Papeteries Modèles", "Papier"),
)
NOTES = (
    "Premier entretien : situation familiale stable, souhaite rester dans la région.",
    "A apporté son C4 ; vérification faite avec l'organisme de paiement.",
    "Intéressé·e par une formation de cariste et de magasinier.",
    "Souhaite se réorienter vers l'aide-soignance ; immersion à prévoir.",
    "Difficultés avec l'informatique : proposer un module de bureautique.",
    "CV mis à jour, trois candidatures envoyées cette semaine.",
    "Contrainte de mobilité : pas de permis B, dépend des transports en commun.",
    "Projet de création d'activité en menuiserie, orienté vers une couveuse.",
    "Rendez-vous manqué, relance par téléphone.",
    "Bilan de compétences commencé : soudure, maintenance, lecture de plans.",
    "Droits CCT vérifiés, indemnité de reclassement confirmée.",
    "Formation en électricité du bâtiment acceptée, démarrage le mois prochain.",
)
ACTION_TITLES = {
    ActionKind.TRAINING: (
        "Cariste CACES 1-3-5",
        "Aide-soignant·e",
        "Électricité du bâtiment",
        "Bureautique de base",
        "Soudure TIG",
        "Néerlandais niveau A2",
    ),
    ActionKind.IMMERSION: ("Immersion entrepôt", "Stage en maison de repos", "Immersion atelier"),
    ActionKind.APPLICATION: (
        "Candidature opérateur de production",
        "Candidature chauffeur C",
        "Candidature technicien de maintenance",
    ),
    ActionKind.INTERVIEW: ("Entretien d'embauche agence d'intérim", "Entretien chez un grossiste"),
}
ORGANISATIONS = (
    "Centre de formation Exemple",
    "Agence Intérim Fictive",
    "Forem (exemple)",
    "Entreprise Démo SPRL",
    "Maison de repos Les Tilleuls (fictive)",
)


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _phone(rng: random.Random) -> str:
    pairs = " ".join(f"{rng.randint(10, 99)}" for _ in range(3))
    return f"+32 4{rng.randint(70, 99)} {pairs}"


def fill_demo(
    store: Store,
    workers: int,
    *,
    seed: int = 0,
    notes_per_worker: int = 6,
    appointments_per_worker: int = 3,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add `workers` fictitious workers (with cells, notes, appointments, steps, actions).

    Added to whatever the vault already holds; returns the number of workers added.
    """
    rng = random.Random(seed)
    # Ids come from their own generator, salted by what the vault already holds, so running
    # the same seed twice adds the same people again instead of colliding.
    id_rng = random.Random(f"{seed}/{store.device_id}/{store.workers.count()}")
    today = today or date.today()
    conn = store.conn
    device = store.device_id
    templates = store.step_templates.active()
    with store.transaction():
        cells = [c for c in store.cells.all() if c.name.startswith("Cellule ")]
        if not cells:
            cell_rng = random.Random(f"cells/{seed}")
            cells = [
                store.cells.add(
                    f"Cellule {company}",
                    company=company,
                    sector=sector,
                    layoff_date=today - timedelta(days=cell_rng.randint(60, 400)),
                    start_date=today - timedelta(days=cell_rng.randint(30, 60)),
                )
                for company, sector in COMPANIES[: max(2, min(len(COMPANIES), workers // 60 + 2))]
            ]
        batch: dict[str, list[tuple]] = {
            t: [] for t in ("worker", "note", "appointment", "admin_step", "action", "outcome")
        }

        def row(table: str, values: tuple) -> None:
            batch[table].append((_uid(id_rng), store.stamp(), device, *values))

        for i in range(workers):
            if i < len(SHOWCASE) and workers >= len(SHOWCASE):
                family, given = SHOWCASE[i]
            else:
                family, given = rng.choice(FAMILY_NAMES), rng.choice(GIVEN_NAMES)
            cell = rng.choice(cells)
            status = rng.choices(list(WorkerStatus), weights=(3, 4, 2, 4, 2, 1))[0]
            enrolled = today - timedelta(days=rng.randint(0, 330))
            last_contact = enrolled + timedelta(
                days=rng.randint(0, max(0, (today - enrolled).days))
            )
            birth = date(rng.randint(1962, 2002), rng.randint(1, 12), rng.randint(1, 28))
            worker_id = _uid(id_rng)
            batch["worker"].append(
                (
                    worker_id,
                    store.stamp(),
                    device,
                    cell.id,
                    family,
                    given,
                    name_sort_key(family, given),
                    str(status),
                    birth.isoformat(),
                    f"{given.split()[0].lower()}.{i}@exemple.invalid",
                    _phone(rng),
                    f"{rng.randint(1, 200)} rue de l'Exemple",
                    f"{rng.randint(1000, 9999)}",
                    "Fictiville",
                    enrolled.isoformat(),
                    str(ConsentScope.FOLLOW_UP),
                    enrolled.isoformat(),
                    "Conseiller·e démo",
                    last_contact.isoformat(),
                )
            )
            for n in range(notes_per_worker):
                written = datetime.combine(enrolled, datetime.min.time()) + timedelta(
                    days=rng.randint(0, max(1, (today - enrolled).days)), hours=9 + n % 8
                )
                row(
                    "note",
                    (
                        worker_id,
                        written.isoformat(timespec="minutes"),
                        "Conseiller·e démo",
                        rng.choice(NOTES),
                    ),
                )
            for a in range(appointments_per_worker):
                when = datetime.combine(today, datetime.min.time()) + timedelta(
                    days=rng.randint(-60, 21), hours=rng.choice((9, 10, 11, 14, 15, 16))
                )
                past = when.date() < today
                row(
                    "appointment",
                    (
                        worker_id,
                        cell.id,
                        when.isoformat(timespec="minutes"),
                        45,
                        str(rng.choice(list(AppointmentKind))),
                        str(AppointmentStatus.DONE if past else AppointmentStatus.PLANNED),
                        rng.choice(
                            ("Suivi", "Bilan", "CV", "Dossier chômage", "Préparation entretien")
                        )
                        if a >= 0
                        else "",
                        "Local syndical",
                    ),
                )
            for t in templates:
                due = enrolled + timedelta(days=t.due_days or 0)
                done = due < today and rng.random() < 0.8
                row(
                    "admin_step",
                    (
                        worker_id,
                        t.code,
                        t.label,
                        t.position,
                        int(done),
                        due.isoformat() if done else None,
                        due.isoformat(),
                    ),
                )
            for _ in range(rng.randint(0, 3)):
                kind = rng.choice(list(ActionKind))
                start = enrolled + timedelta(days=rng.randint(10, 120))
                row(
                    "action",
                    (
                        worker_id,
                        str(kind),
                        rng.choice(ACTION_TITLES[kind]),
                        rng.choice(ORGANISATIONS),
                        start.isoformat(),
                        (start + timedelta(days=rng.randint(1, 90))).isoformat(),
                        (start + timedelta(days=rng.randint(-5, 30))).isoformat(),
                        str(rng.choice(list(ActionStatus))),
                        "",
                    ),
                )
            if status in (WorkerStatus.EMPLOYED, WorkerStatus.LEFT):
                outcome = (
                    OutcomeKind.JOB
                    if status == WorkerStatus.EMPLOYED
                    else rng.choice(list(OutcomeKind))
                )
                row(
                    "outcome",
                    (
                        worker_id,
                        str(outcome),
                        last_contact.isoformat(),
                        "cdi" if outcome == OutcomeKind.JOB else "",
                        "",
                        "",
                    ),
                )
            if progress and (i % 500 == 0 or i == workers - 1):
                progress(i + 1, workers, "Création des personnes de démonstration")
        _write(conn, batch)
    return workers


_COLUMNS = {
    "worker": "cell_id, family_name, given_name, sort_key, status, birth_date, email, phone, "
    "address, postal_code, city, consent_date, consent_scope, enrolled_on, consent_by, "
    "last_contact",
    "note": "worker_id, written_at, author, body",
    "appointment": "worker_id, cell_id, starts_at, duration_min, kind, status, reason, place",
    "admin_step": "worker_id, template_code, label, position, done, done_on, due_date",
    "action": "worker_id, kind, title, organisation, start_date, end_date, due_date, status, "
    "result",
    "outcome": "worker_id, kind, outcome_date, contract_type, employer, comment",
}


def _write(conn, batch: dict[str, list[tuple]]) -> None:
    for table, rows in batch.items():
        if not rows:
            continue
        columns = f"id, updated_at, origin, {_COLUMNS[table]}"
        marks = ", ".join("?" for _ in columns.split(","))
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
