"""Training catalogue commands: import (coordination), list and search (both sides), and the
trainings that cover a worker's skill gaps (`reconv audit trainings`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.domain.training import Training
from reconv_desktop.errors import NotFoundError
from reconv_desktop.i18n import translate


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The sub-command action of an existing group (`coord`, `audit`), to add one verb."""
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "catalogue", help=translate("cli", "catalogue de formations (envoyé par la coordination)")
    )
    csub = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    p = csub.add_parser(
        "list", help=translate("cli", "lister ou chercher les formations du catalogue")
    )
    p.add_argument(
        "--search", default="", help=translate("cli", "mots cherchés (sans accents ni majuscules)")
    )
    p.add_argument("--occupation", help=translate("cli", "URI du métier visé"))
    p.add_argument("--skill", help=translate("cli", "URI d'une compétence couverte"))
    p.add_argument(
        "--upcoming", action="store_true", help=translate("cli", "seulement les formations à venir")
    )
    p.set_defaults(func=cmd_catalogue_list)

    # `coord` and `audit` groups are built by their own modules (registered before this one).
    coord = _subcommands(sub.choices["coord"])
    p = coord.add_parser("catalogue", help=translate("cli", "tenir le catalogue de formations"))
    ksub = p.add_subparsers(dest="coord_catalogue_command", metavar="ACTION", required=True)
    p = ksub.add_parser("import", help=translate("cli", "importer un catalogue CSV (tout ou rien)"))
    p.add_argument(
        "file",
        help=translate("cli", "fichier CSV à colonnes nommées (intitule, organisme, debut…)"),
    )
    p.set_defaults(func=cmd_coord_catalogue_import)

    audit = _subcommands(sub.choices["audit"])
    p = audit.add_parser(
        "trainings",
        help=translate("cli", "formations du catalogue couvrant les compétences à acquérir"),
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
        parts.append(
            translate("cli", "vise : {occupation}").format(occupation=t.target_occupation_label)
        )
    return " — ".join(parts)


def cmd_catalogue_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    found = store.trainings.search(
        args.search, occupation=args.occupation, skill=args.skill, upcoming=args.upcoming
    )
    if not found:
        print(translate("cli", "Aucune formation."), file=sys.stderr)
        return 1
    for t in found:
        print(f"{t.id}\t{_line(t)}")
    print(translate("cli", "({n} formation(s))").format(n=len(found)), file=sys.stderr)
    return 0


def cmd_coord_catalogue_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.store.training_import import import_catalogue
    from reconv_desktop.sync.coordination import require_coordination

    store = ctx.open_store()
    require_coordination(store)
    result = import_catalogue(store, Path(args.file))
    print(
        translate(
            "cli", "Catalogue importé : {added} formation(s) ajoutée(s), {updated} mise(s) à jour."
        ).format(added=result.added, updated=result.updated)
    )
    return 0


def cmd_audit_trainings(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.referential.targets import ensure_referential
    from reconv_desktop.referential.training_match import trainings_for_audit

    store = ctx.open_store()
    worker = store.workers.get(args.worker_id)
    audit = store.skill_audits.current(args.worker_id)
    if audit is None:
        raise NotFoundError(
            translate("cli", "Aucun bilan de compétences pour {display_name}.").format(
                display_name=worker.display_name
            ),
            "no_audit",
        )
    ensure_referential(store.db)
    results = trainings_for_audit(store, audit)
    if not results:
        print(
            translate(
                "cli", "Aucun métier visé : ajoutez au bilan des compétences du référentiel."
            ),
            file=sys.stderr,
        )
        return 1
    for target in results:
        gaps = ", ".join(g.label for g in target.missing if g.essential) or translate(
            "cli", "aucun essentiel"
        )
        print(
            translate("cli", "Métier visé : {label} (à acquérir : {gaps})").format(
                label=target.label, gaps=gaps
            )
        )
        if not target.suggestions:
            print(
                "  " + translate("cli", "aucune formation du catalogue ne couvre ces compétences")
            )
        for s in target.suggestions:
            covered = ", ".join(g.label for g in s.covered) or "—"
            if s.aims_at_target:
                covers = translate("cli", "couvre : {skills} ; vise ce métier")
            else:
                covers = translate("cli", "couvre : {skills}")
            print(f"  {_line(s.training)}\n    {covers.format(skills=covered)}")
    return 0
