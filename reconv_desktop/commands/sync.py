"""Sync commands: identity cards, enrolment, bundles, conflicts, coordination, monthly report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.errors import ReconvError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help="identité de l'appareil (carte publique, clé age)")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    p = isub.add_parser("export", help="écrire la carte publique (JSON) à donner à l'autre partie")
    p.add_argument("--out", required=True)
    p.add_argument("--name", help="nom affiché sur la carte")
    p.add_argument("--role", choices=("counsellor", "coordination"))
    p.set_defaults(func=cmd_identity_export)
    p = isub.add_parser("export-secret", help="écrire l'identité age SECRÈTE (pour `age -d -i`)")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_identity_export_secret)
    p = isub.add_parser("show", help="afficher l'identité et l'empreinte de cet appareil")
    p.set_defaults(func=cmd_identity_show)

    p = sub.add_parser("coordination", help="côté accompagnement : enrôler la coordination")
    csub = p.add_subparsers(dest="coordination_command", metavar="ACTION", required=True)
    p = csub.add_parser("enrol", help="enregistrer la carte de la coordination")
    p.add_argument("card")
    p.add_argument("--yes", action="store_true", help="ne pas demander de confirmer l'empreinte")
    p.set_defaults(func=cmd_coordination_enrol)

    p = sub.add_parser("coord", help="côté coordination : accompagnateurs, rapports, envois")
    ksub = p.add_subparsers(dest="coord_command", metavar="ACTION", required=True)
    ksub.add_parser("init", help="faire de ce coffre un coffre de coordination").set_defaults(
        func=cmd_coord_init
    )
    p = ksub.add_parser("add-counsellor", help="enregistrer la carte d'un·e accompagnateur·rice")
    p.add_argument("card")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_coord_add)
    ksub.add_parser("counsellors", help="lister les accompagnateurs enregistrés").set_defaults(
        func=cmd_coord_counsellors
    )
    p = ksub.add_parser("report", help="indicateurs consolidés du mois (PDF et CSV)")
    p.add_argument("--period", help="AAAA-MM (défaut : le mois dernier)")
    p.add_argument("--out", help="fichier PDF")
    p.add_argument("--csv", help="fichier CSV")
    p.set_defaults(func=cmd_coord_report)
    p = ksub.add_parser("send", help="envoyer référentiel, transferts et accusés de réception")
    p.add_argument("--to", required=True, help="carte, identifiant d'appareil ou nom")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--reference",
        nargs="?",
        const="builtin",
        help="« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl",
    )
    p.add_argument("--receipts", action="store_true", help="accuser réception des lots reçus")
    p.add_argument(
        "--referential", action="store_true", help="joindre le référentiel compétences/métiers"
    )
    p.add_argument(
        "--transfer",
        action="append",
        default=[],
        metavar="WORKER_ID",
        help="transférer une personne (et son dossier) à ce destinataire",
    )
    p.set_defaults(func=cmd_coord_send)

    p = sub.add_parser("bundle", help="lots de synchronisation : exporter, inspecter, importer")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="écrire le lot du mois pour la coordination")
    p.add_argument("--period", help="AAAA-MM (défaut : le mois dernier)")
    p.add_argument(
        "--scope", choices=("indicators", "pseudonymous", "full"), default="pseudonymous"
    )
    p.add_argument("--out", help="fichier du lot (.reconv)")
    p.add_argument("--yes", action="store_true", help="écrire sans demander de confirmation")
    p.add_argument("--dry-run", action="store_true", help="montrer ce qui partirait, sans écrire")
    p.set_defaults(func=cmd_bundle_export)
    p = bsub.add_parser("import", help="vérifier puis importer un lot")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_bundle_import)
    p = bsub.add_parser("inspect", help="vérifier et résumer un lot sans rien modifier")
    p.add_argument("file")
    p.set_defaults(func=cmd_bundle_inspect)
    bsub.add_parser("history", help="lots envoyés et reçus").set_defaults(func=cmd_bundle_history)

    p = sub.add_parser("conflicts", help="conflits de synchronisation à examiner")
    fsub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = fsub.add_parser("list", help="lister les conflits (avec les différences)")
    p.add_argument("--all", action="store_true", help="y compris les conflits résolus")
    p.set_defaults(func=cmd_conflicts_list)
    p = fsub.add_parser("resolve", help="garder la version actuelle ou --swap pour l'autre")
    p.add_argument("id", type=int)
    p.add_argument("--swap", action="store_true", help="remplacer par l'autre version")
    p.set_defaults(func=cmd_conflicts_resolve)

    p = sub.add_parser("report", help="rapports imprimables")
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    p = rsub.add_parser("monthly", help="rapport mensuel d'activité (mêmes chiffres que le lot)")
    p.add_argument("--period", help="AAAA-MM (défaut : le mois dernier)")
    p.add_argument("--out", required=True, help="fichier PDF")
    p.add_argument("--csv", help="fichier CSV")
    p.set_defaults(func=cmd_report_monthly)


def _confirm(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ReconvError("Confirmation nécessaire : relancez avec --yes.", "confirmation_needed")
    return input(f"{question} [o/N] ").strip().lower() in ("o", "oui", "y", "yes")


# --- identity and enrolment ----------------------------------------------------------------
def cmd_identity_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.identity import export_card

    card = export_card(ctx.open_store(), Path(args.out), args.name, args.role)
    print(f"Carte écrite : {args.out}")
    print(f"Empreinte à lire à voix haute : {card.fingerprint}")
    return 0


def cmd_identity_export_secret(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.identity import export_secret

    export_secret(ctx.open_store(), Path(args.out))
    print(
        f"Identité age SECRÈTE écrite dans {args.out} (à garder pour soi ; "
        f"usage : age -d -i {args.out} LOT.reconv)."
    )
    return 0


def cmd_identity_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.identity import device_identity

    card = device_identity(ctx.open_store()).card
    for key, value in (
        ("device_id", card.device_id),
        ("name", card.name),
        ("role", card.role),
        ("age", card.age_recipient),
        ("fingerprint", card.fingerprint),
    ):
        print(f"{key}: {value}")
    return 0


def _enrol(ctx: CommandContext, path: str, yes: bool, role: str) -> int:
    from reconv_desktop.sync.coordination import add_counsellor
    from reconv_desktop.sync.identity import enrol_peer, read_card

    card = read_card(Path(path))
    store = ctx.open_store()
    print(f"Carte de « {card.name} » ({card.role}), appareil {card.device_id}")
    print(f"Empreinte : {card.fingerprint}")
    if not _confirm("Cette empreinte est-elle celle que la personne vous a lue ?", yes):
        print("Enrôlement annulé.")
        return 1
    if role == "coordination":
        enrol_peer(store, card, "coordination")
    else:
        add_counsellor(store, card)
    print(f"« {card.name} » est enregistré·e.")
    return 0


def cmd_coordination_enrol(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _enrol(ctx, args.card, args.yes, "coordination")


def cmd_coord_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _enrol(ctx, args.card, args.yes, "counsellor")


def cmd_coord_init(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.coordination import init_coordination

    init_coordination(ctx.open_store())
    print("Ce coffre est maintenant un coffre de coordination.")
    return 0


def cmd_coord_counsellors(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.coordination import counsellors, require_coordination

    store = ctx.open_store()
    require_coordination(store)
    for c in counsellors(store):
        print(
            f"{c.card.device_id}\t{c.card.name}\t{c.card.fingerprint}\t{c.bundles} lot(s)\t"
            f"{c.last_received_at or '-'}\t{c.last_period or '-'}"
        )
    return 0


# --- bundles -------------------------------------------------------------------------------
def _print_plan(plan) -> None:
    from reconv_desktop.sync.export import SCOPE_LABELS

    print(f"Lot {plan.kind} — portée : {SCOPE_LABELS.get(plan.scope, plan.scope)}")
    print(
        f"Période : {plan.period}"
        + (
            f" (et {', '.join(p for p in plan.periods if p != plan.period)} non encore accusés)"
            if len(plan.periods) > 1
            else ""
        )
    )
    print("Destinataires : " + ", ".join(f"{r.name} ({r.fingerprint})" for r in plan.recipients))
    print("Ce qui quitte cet ordinateur :")
    for name, preview in sorted(plan.previews.items()):
        print(f"  {name} : {preview.rows} ligne(s) ; champs : {', '.join(preview.fields)}")
        if preview.removed:
            print(f"    retirés : {', '.join(preview.removed)}")
    print(f"Total : {plan.total_rows} ligne(s).")


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{label} ({done}/{total})\033[K", end="", file=sys.stderr, flush=True)


def cmd_bundle_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.export import plan_export, write_bundle

    store = ctx.open_store()
    plan = plan_export(store, args.period, args.scope)
    _print_plan(plan)
    if args.dry_run:
        print("Essai à blanc : rien n'a été écrit.")
        return 0
    if not args.out:
        raise ReconvError("Indiquez le fichier du lot avec --out.", "no_output")
    if not _confirm("Écrire ce lot ?", args.yes):
        print("Export annulé : rien n'a été écrit.")
        return 1
    result = write_bundle(store, plan, Path(args.out), _progress)
    print(f"Lot n° {result.sequence} écrit : {result.path} ({result.file_bytes} octets).")
    return 0


def _print_report(report) -> None:
    print(
        f"Lot {report.kind} n° {report.sequence} de « {report.sender_name} » "
        f"(portée {report.scope or '-'}, période {report.period or '-'}, créé le "
        f"{report.created_at}, {report.file_bytes} octets) — signature et contenu vérifiés."
    )
    print("table\tnouvelles\tmodifiées\tsupprimées\tinchangées\tconflits\trefusées")
    for table, c in report.summary.items():
        print(
            f"{table}\t{c['new']}\t{c['updated']}\t{c['deleted']}\t{c['unchanged']}\t"
            f"{c['conflicting']}\t{c['refused']}"
        )
    if report.referential:
        print(report.referential)
    if report.ignored_tables:
        print("Tables ignorées (format plus récent) : " + ", ".join(report.ignored_tables))


def cmd_bundle_inspect(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.importing import inspect_bundle

    report = inspect_bundle(ctx.open_store(), Path(args.file), _progress)
    _print_report(report)
    if report.already_imported:
        print("Ce lot a déjà été importé : l'importer à nouveau ne changerait rien.")
    print("Inspection seulement : rien n'a été modifié.")
    return 0


def cmd_bundle_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.importing import import_bundle

    def confirm(report) -> bool:
        _print_report(report)
        return _confirm("Appliquer ces changements ?", args.yes)

    report = import_bundle(
        ctx.open_store(), Path(args.file), _progress, None if args.yes else confirm
    )
    if report.already_imported:
        print("Lot déjà importé : rien n'a changé.")
        return 0
    if not report.applied:
        print("Import annulé : rien n'a été modifié.")
        return 1
    if args.yes:
        _print_report(report)
    print(
        f"Lot importé : {report.changes} changement(s), {report.conflicts} conflit(s)"
        + (f", {report.acknowledged} envoi(s) accusé(s)" if report.acknowledged else "")
        + "."
    )
    return 0


def cmd_bundle_history(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.importing import history

    for h in history(ctx.open_store()):
        counts = h["summary"].get("rows", h["summary"])
        text = ", ".join(
            f"{t}: {c}"
            if isinstance(c, int)
            else f"{t}: +{c['new']} ~{c['updated']} -{c['deleted']} ={c['unchanged']} "
            f"!{c['conflicting']} x{c['refused']}"
            for t, c in counts.items()
        )
        ack = f" accusé le {h['acknowledged_at']}" if h["acknowledged_at"] else ""
        direction = "envoyé" if h["direction"] == "sent" else "reçu"
        print(
            f"{h['at']}\t{direction}\t{h['peer_name']}\t{h['kind']}/{h['scope']}\t"
            f"{h['period']}\tn° {h['sequence']}{ack}\t{text}"
        )
    return 0


# --- conflicts -----------------------------------------------------------------------------
def cmd_conflicts_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.conflicts import KIND_LABELS, list_conflicts

    found = list_conflicts(ctx.open_store(), include_resolved=args.all)
    if not found:
        print("Aucun conflit à examiner.")
    for c in found:
        state = f" — résolu ({c.resolution})" if c.resolved_at else ""
        print(f"n° {c.id}\t{c.table}\t{c.row_id}\t{KIND_LABELS.get(c.kind, c.kind)}{state}")
        for column, current, other in c.differences():
            print(f"    {column} : actuel « {current} » / autre « {other} »")
    return 0


def cmd_conflicts_resolve(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.conflicts import resolve_conflict

    resolve_conflict(ctx.open_store(), args.id, swap=args.swap)
    print(
        f"Conflit n° {args.id} résolu : "
        + (
            "l'autre version est maintenant la version actuelle."
            if args.swap
            else "version actuelle conservée."
        )
    )
    return 0


# --- reports -------------------------------------------------------------------------------
def cmd_coord_report(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.reports.indicators_pdf import write_consolidated_csv, write_consolidated_pdf
    from reconv_desktop.sync.coordination import consolidated_figures
    from reconv_desktop.sync.indicators import parse_period

    if not args.out and not args.csv:
        raise ReconvError("Indiquez --out (PDF) et/ou --csv.", "no_output")
    store = ctx.open_store()
    period = parse_period(args.period)
    data = consolidated_figures(store, period)
    if args.out:
        write_consolidated_pdf(data, period, Path(args.out), store.meta("owner_name") or "")
        print(f"Rapport PDF écrit : {args.out}")
    if args.csv:
        write_consolidated_csv(data, Path(args.csv))
        print(f"Rapport CSV écrit : {args.csv}")
    return 0


def cmd_report_monthly(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.reports.indicators_pdf import write_monthly_csv, write_monthly_pdf
    from reconv_desktop.sync.indicators import monthly_figures, parse_period

    store = ctx.open_store()
    period = parse_period(args.period)
    figures = monthly_figures(store, period)
    write_monthly_pdf(figures, period, Path(args.out), store.meta("owner_name") or "")
    print(f"Rapport mensuel écrit : {args.out} ({len(figures)} chiffres)")
    if args.csv:
        write_monthly_csv(figures, Path(args.csv), store.meta("owner_name") or "")
        print(f"CSV écrit : {args.csv}")
    return 0


def cmd_coord_send(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.coordination import plan_send
    from reconv_desktop.sync.export import write_bundle
    from reconv_desktop.sync.identity import find_peer

    store = ctx.open_store()
    to = find_peer(store, args.to)
    plan = plan_send(
        store,
        to,
        reference=args.reference,
        receipts=args.receipts,
        transfers=args.transfer,
        referential=args.referential,
    )
    _print_plan(plan)
    result = write_bundle(store, plan, Path(args.out), _progress)
    print(
        f"Lot n° {result.sequence} écrit pour « {to.name} » : {result.path} "
        f"({result.file_bytes} octets)."
    )
    return 0
