"""Workers' rights and accountability: `reconv workers export|erase|consent`,
`reconv retention preview|set|apply`, `reconv journal [--csv FILE]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from reconv_desktop.commands.caseload import WORKERS_HELP
from reconv_desktop.commands.context import CommandContext
from reconv_desktop.commands.groups import command_group
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    wsub = command_group(sub, "workers", WORKERS_HELP)
    p = wsub.add_parser(
        "export", help=translate("cli", "tout ce que le coffre contient sur une personne")
    )
    p.add_argument("worker_id")
    p.add_argument("--json", help=translate("cli", "fichier JSON (pour une machine)"))
    p.add_argument("--pdf", help=translate("cli", "document PDF (pour la personne)"))
    p.set_defaults(func=cmd_worker_export)
    p = wsub.add_parser(
        "erase", help=translate("cli", "effacer une personne partout (irréversible)")
    )
    p.add_argument("worker_id")
    p.add_argument("--yes", action="store_true", help=translate("cli", "confirmer l'effacement"))
    p.set_defaults(func=cmd_worker_erase)
    p = wsub.add_parser(
        "consent", help=translate("cli", "afficher, enregistrer ou imprimer le consentement")
    )
    p.add_argument("worker_id")
    p.add_argument(
        "--scope", help=translate("cli", "aucun, accompagnement, accompagnement_et_partage")
    )
    p.add_argument(
        "--date", help=translate("cli", "date du consentement (JJ/MM/AAAA ou AAAA-MM-JJ)")
    )
    p.add_argument("--by", default="", help=translate("cli", "recueilli par"))
    p.add_argument("--pdf", help=translate("cli", "imprimer le consentement dans ce fichier PDF"))
    p.set_defaults(func=cmd_worker_consent)

    retention = sub.add_parser(
        "retention", help=translate("cli", "durée de conservation après la fin des cellules")
    )
    rsub = retention.add_subparsers(dest="retention_command", metavar="ACTION")
    rsub.required = True
    rsub.add_parser(
        "preview", help=translate("cli", "qui serait concerné aujourd'hui")
    ).set_defaults(func=cmd_retention_preview)
    p = rsub.add_parser("set", help=translate("cli", "changer la règle"))
    p.add_argument(
        "--months", required=True, help=translate("cli", "mois après la fin de la cellule")
    )
    p.add_argument("--mode", choices=("anonymise", "delete"), default="anonymise")
    p.set_defaults(func=cmd_retention_set)
    p = rsub.add_parser("apply", help=translate("cli", "appliquer la règle (après l'aperçu)"))
    p.add_argument("--yes", action="store_true", help=translate("cli", "confirmer"))
    p.set_defaults(func=cmd_retention_apply)

    p = sub.add_parser(
        "journal", help=translate("cli", "journal des accès et opérations (append-only)")
    )
    p.add_argument("--csv", help=translate("cli", "exporter tout le journal dans ce fichier CSV"))
    p.add_argument(
        "--limit", type=int, default=50, help=translate("cli", "lignes affichées (défaut 50)")
    )
    p.set_defaults(func=cmd_journal)


def cmd_worker_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.rights.access import export_subject_access

    if not args.json and not args.pdf:
        raise ReconvError(
            translate("cli", "Indiquez --json FICHIER et/ou --pdf FICHIER."), "no_output"
        )
    data = export_subject_access(ctx.open_store(), args.worker_id, args.json, args.pdf)
    rows = sum(len(r) for r in data["tables"].values())
    print(
        translate(
            "cli", "Export du droit d'accès : {rows} enregistrement(s) dans {n} table(s)."
        ).format(rows=rows, n=len(data["tables"]))
    )
    for path in (args.json, args.pdf):
        if path:
            print(f"  {path}")
    return 0


def cmd_worker_erase(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.backup.backups import backup_before
    from reconv_desktop.rights.access import subject_access_data
    from reconv_desktop.rights.erasure import erase_worker

    store = ctx.open_store()
    data = subject_access_data(store, args.worker_id)
    rows = sum(len(r) for r in data["tables"].values())
    if not args.yes:
        raise ReconvError(
            translate(
                "cli",
                "Effacement non confirmé : {rows} enregistrement(s) seraient effacés. "
                "Relancez avec --yes.",
            ).format(rows=rows),
            "erase_not_confirmed",
        )
    del data
    backup_before(store, "erasure")
    report = erase_worker(store, args.worker_id)
    print(
        translate(
            "cli",
            "Personne effacée : {total} enregistrement(s) vidés et marqués "
            "supprimés (la suppression partira vers la coordination avec le "
            "prochain lot).",
        ).format(total=report.total)
    )
    print(
        translate(
            "cli", "Les sauvegardes plus anciennes la contiennent encore jusqu'à leur rotation."
        )
    )
    return 0


def cmd_worker_consent(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.rights.consent import consent_record, record_consent
    from reconv_desktop.rights.journal import JournalAction, record_event

    store = ctx.open_store()
    if args.scope:
        record = record_consent(store, args.worker_id, args.scope, args.date, args.by)
    else:
        record = consent_record(store, args.worker_id)
    print(record.summary)
    if args.pdf:
        from reconv_desktop.fileio import write_atomic
        from reconv_desktop.reports.subject_access import render_consent

        worker = store.workers.get(args.worker_id)
        write_atomic(Path(args.pdf), render_consent(record, worker.display_name))
        record_event(store, JournalAction.PRINT, "worker", args.worker_id, detail="consent pdf")
        print(translate("cli", "Consentement imprimé : {pdf}").format(pdf=args.pdf))
    return 0


def cmd_retention_preview(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.rights.retention import retention_preview, retention_rule

    store = ctx.open_store()
    print(
        translate("cli", "Règle : {description}").format(
            description=retention_rule(store).description
        )
    )
    found = retention_preview(store)
    print(translate("cli", "{n} personne(s) concernée(s) aujourd'hui.").format(n=len(found)))
    for c in found:
        print(
            translate(
                "cli",
                "{worker_id}\t{display_name}\t{cell_name}\tfin {end}\téchéance {due}",
            ).format(
                worker_id=c.worker_id,
                display_name=c.display_name,
                cell_name=c.cell_name,
                end=c.cell_end.isoformat(),
                due=c.due_on.isoformat(),
            )
        )
    return 0


def cmd_retention_set(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.rights.retention import set_retention_rule

    rule = set_retention_rule(ctx.open_store(), args.months, args.mode)
    print(
        translate("cli", "Règle enregistrée : {description}").format(description=rule.description)
    )
    return 0


def cmd_retention_apply(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.backup.backups import backup_before
    from reconv_desktop.rights.retention import apply_retention, retention_preview, retention_rule

    store = ctx.open_store()
    found = retention_preview(store)
    if not found:
        print(translate("cli", "Personne n'est concerné·e aujourd'hui : rien à faire."))
        return 0
    if not args.yes:
        raise ReconvError(
            translate(
                "cli",
                "{n} personne(s) seraient traitées ({description}) — voyez `reconv "
                "retention preview`, puis relancez avec --yes.",
            ).format(n=len(found), description=retention_rule(store).description),
            "retention_not_confirmed",
        )
    backup_before(store, "retention")
    done = apply_retention(store)
    print(
        translate("cli", "Durée de conservation appliquée à {n} personne(s).").format(n=len(done))
    )
    return 0


def cmd_journal(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.rights.journal import events, export_csv

    store = ctx.open_store()
    if args.csv:
        count = export_csv(store, Path(args.csv))
        print(
            translate("cli", "Journal exporté : {count} ligne(s) dans {csv}").format(
                count=count, csv=args.csv
            )
        )
        return 0
    for e in events(store, limit=max(1, args.limit)):
        target = f"\t{e.target_kind} {e.target_id}" if e.target_id else f"\t{e.target_kind}"
        print(f"{e.at}\t{e.actor}\t{e.label}{target}\t{e.detail}".rstrip())
    return 0
