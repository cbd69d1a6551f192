"""Caseload commands: demo data, worker lists and search."""

from __future__ import annotations

import argparse
import sys

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.commands.groups import command_group
from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.domain.validation import choice
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate
from reconv_desktop.store.workers import CaseloadRow

WORKERS_HELP = QT_TRANSLATE_NOOP(
    "cli", "personnes accompagnées : dossiers, recherche, droits (accès, effacement, consentement)"
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo", help=translate("cli", "ajouter des personnes fictives (démonstration, tests)")
    )
    p.add_argument(
        "--workers", type=int, default=300, help=translate("cli", "nombre de personnes à ajouter")
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help=translate("cli", "graine (mêmes données pour la même graine)"),
    )
    p.add_argument("--notes", type=int, default=6, help=translate("cli", "notes par personne"))
    p.add_argument(
        "--appointments", type=int, default=3, help=translate("cli", "rendez-vous par personne")
    )
    p.set_defaults(func=cmd_demo)

    wsub = command_group(sub, "workers", WORKERS_HELP)
    p = wsub.add_parser("list", help=translate("cli", "lister (id, nom, prénom, cellule, statut)"))
    p.add_argument("--cell", help=translate("cli", "nom ou id de la cellule"))
    p.add_argument(
        "--status",
        help=translate("cli", "statut : {values}").format(
            values=", ".join(s.value for s in WorkerStatus)
        ),
    )
    p.set_defaults(func=cmd_workers_list)
    p = wsub.add_parser(
        "search", help=translate("cli", "rechercher dans les noms, notes et actions (sans accents)")
    )
    p.add_argument("text")
    p.set_defaults(func=cmd_workers_search)
    p = wsub.add_parser("add", help=translate("cli", "ajouter une personne"))
    p.add_argument("family_name")
    p.add_argument("given_name")
    p.add_argument("--cell", help=translate("cli", "nom ou id de la cellule"))
    p.add_argument("--birth-date")
    p.add_argument("--national-number", default="")
    p.add_argument("--email", default="")
    p.add_argument("--phone", default="")
    p.set_defaults(func=cmd_workers_add)


def _print_rows(rows: list[CaseloadRow]) -> None:
    out = sys.stdout
    for r in rows:
        out.write(f"{r.id}\t{r.family_name}\t{r.given_name}\t{r.cell_name}\t{r.status}\n")


def cmd_demo(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.demo.caseload import fill_demo

    if not 1 <= args.workers <= 200_000:
        raise ReconvError(
            translate("cli", "Nombre de personnes invalide (1 à 200 000)."), "invalid_count"
        )
    store = ctx.open_store()
    added = fill_demo(
        store,
        args.workers,
        seed=args.seed,
        notes_per_worker=args.notes,
        appointments_per_worker=args.appointments,
    )
    print(
        translate("cli", "{added} personnes fictives ajoutées ({count} au total).").format(
            added=added, count=store.workers.count()
        )
    )
    return 0


def _cell_id(ctx: CommandContext, cell: str | None) -> str | None:
    if not cell:
        return None
    found = ctx.open_store().cells.find_by_name(cell)
    if found is None:
        raise ReconvError(
            translate("cli", "Cellule inconnue : « {cell} ».").format(cell=cell), "unknown_cell"
        )
    return found.id


def cmd_workers_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    status = (
        choice(args.status, "status", translate("cli", "Statut"), WorkerStatus)
        if args.status
        else None
    )
    store = ctx.open_store()
    _print_rows(store.workers.caseload(cell_id=_cell_id(ctx, args.cell), status=status))
    return 0


def cmd_workers_search(ctx: CommandContext, args: argparse.Namespace) -> int:
    rows = ctx.open_store().search(args.text)
    _print_rows(rows)
    return 0


def cmd_workers_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    worker = store.workers.add(
        family_name=args.family_name,
        given_name=args.given_name,
        cell_id=_cell_id(ctx, args.cell),
        birth_date=args.birth_date,
        national_number=args.national_number,
        email=args.email,
        phone=args.phone,
    )
    print(worker.id)
    return 0
