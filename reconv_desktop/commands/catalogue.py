"""Training catalogue commands: import (coordination), list and search (both sides), and the
trainings that cover a worker's skill gaps (`reconv audit trainings`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.domain.training import Training
from reconv_desktop.errors import NotFoundError


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The sub-command action of an existing group (`coord`, `audit`), to add one verb."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalogue", help="catalogue de formations (envoyé par la coordination)")
    csub = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="lister ou chercher les formations du catalogue")
    p.add_argument("--search", default="", help="mots cherchés (sans accents ni majuscules)")
    p.add_argument("--occupation", help="URI du métier visé")
    p.add_argument("--skill", help="URI d'une compétence couverte")
    p.add_argument("--upcoming", action="store_true", help="seulement les formations à venir")
    p.set_defaults(func=cmd_catalogue_list)

    # `coord` and `audit` groups are built by their own modules (registered before this one).
    coord = _subcommands(sub.choices["coord"])
    p = coord.add_parser("catalogue", help="tenir le catalogue de formations")
    ksub = p.add_subparsers(dest="coord_catalogue_command", metavar="ACTION", required=True)
    p = ksub.add_parser("import", help="importer un catalogue CSV (tout ou rien)")
    p.add_argument("file", help="fichier CSV à colonnes nommées (intitule, organisme, debut…)")
    p.set_defaults(func=cmd_coord_catalogue_import)

    audit = _subcommands(sub.choices["audit"])
    p = audit.add_parser(
        "trainings", help="formations du catalogue couvrant les compétences à acquérir"
    )
    p.add_argument("worker_id")
    p.set_defaults(func=cmd_audit_trainings)


def _line(t: Training) -> str:
    parts = [t.title]
    if t.organisation:
        parts.append(t.organisation)
    if t.place:
        parts.append(t.place)
    parts.append(t.dates_label())
    if t.hours is not None:
        parts.append(f"{t.hours} h")
    if t.target_occupation_label:
        parts.append(f"vise : {t.target_occupation_label}")
    return " — ".join(parts)


def cmd_catalogue_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    found = store.trainings.search(
        args.search, occupation=args.occupation, skill=args.skill, upcoming=args.upcoming
    )
    if not found:
        print("Aucune formation.", file=sys.stderr)
        return 1
    for t in found:
        print(f"{t.id}\t{_line(t)}")
    print(f"({len(found)} formation(s))", file=sys.stderr)
    return 0


def cmd_coord_catalogue_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.store.training_import import import_catalogue
    from reconv_desktop.sync.coordination import require_coordination

    store = ctx.open_store()
    require_coordination(store)
    result = import_catalogue(store, Path(args.file))
    print(
        f"Catalogue importé : {result.added} formation(s) ajoutée(s), "
        f"{result.updated} mise(s) à jour."
    )
    return 0


def cmd_audit_trainings(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.referential.targets import ensure_referential
    from reconv_desktop.referential.training_match import trainings_for_audit

    store = ctx.open_store()
    worker = store.workers.get(args.worker_id)
    audit = store.skill_audits.current(args.worker_id)
    if audit is None:
        raise NotFoundError(f"Aucun bilan de compétences pour {worker.display_name}.", "no_audit")
    ensure_referential(store.db)
    results = trainings_for_audit(store, audit)
    if not results:
        print(
            "Aucun métier visé : ajoutez au bilan des compétences du référentiel.", file=sys.stderr
        )
        return 1
    for target in results:
        gaps = ", ".join(g.label for g in target.missing if g.essential) or "aucun essentiel"
        print(f"Métier visé : {target.label} (à acquérir : {gaps})")
        if not target.suggestions:
            print("  aucune formation du catalogue ne couvre ces compétences")
        for s in target.suggestions:
            covered = ", ".join(g.label for g in s.covered) or "—"
            aims = " ; vise ce métier" if s.aims_at_target else ""
            print(f"  {_line(s.training)}\n    couvre : {covered}{aims}")
    return 0
