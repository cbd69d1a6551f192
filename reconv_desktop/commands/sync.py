"""Sync commands: identity cards, enrolment, bundles, conflicts, coordination, monthly report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "identity", help=translate("cli", "identité de l'appareil (carte publique, clé age)")
    )
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    p = isub.add_parser(
        "export", help=translate("cli", "écrire la carte publique (JSON) à donner à l'autre partie")
    )
    p.add_argument("--out", required=True)
    p.add_argument("--name", help=translate("cli", "nom affiché sur la carte"))
    p.add_argument("--role", choices=("counsellor", "coordination"))
    p.set_defaults(func=cmd_identity_export)
    p = isub.add_parser(
        "export-secret", help=translate("cli", "écrire l'identité age SECRÈTE (pour `age -d -i`)")
    )
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_identity_export_secret)
    p = isub.add_parser(
        "show", help=translate("cli", "afficher l'identité et l'empreinte de cet appareil")
    )
    p.set_defaults(func=cmd_identity_show)

    p = sub.add_parser(
        "coordination", help=translate("cli", "côté accompagnement : enrôler la coordination")
    )
    csub = p.add_subparsers(dest="coordination_command", metavar="ACTION", required=True)
    p = csub.add_parser("enrol", help=translate("cli", "enregistrer la carte de la coordination"))
    p.add_argument("card")
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "ne pas demander de confirmer l'empreinte"),
    )
    p.set_defaults(func=cmd_coordination_enrol)

    p = sub.add_parser(
        "coord", help=translate("cli", "côté coordination : accompagnateurs, rapports, envois")
    )
    ksub = p.add_subparsers(dest="coord_command", metavar="ACTION", required=True)
    ksub.add_parser(
        "init", help=translate("cli", "faire de ce coffre un coffre de coordination")
    ).set_defaults(func=cmd_coord_init)
    p = ksub.add_parser(
        "add-counsellor", help=translate("cli", "enregistrer la carte d'un·e accompagnateur·rice")
    )
    p.add_argument("card")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_coord_add)
    ksub.add_parser(
        "counsellors", help=translate("cli", "lister les accompagnateurs enregistrés")
    ).set_defaults(func=cmd_coord_counsellors)
    p = ksub.add_parser(
        "report", help=translate("cli", "indicateurs consolidés du mois (PDF et CSV)")
    )
    p.add_argument("--period", help=translate("cli", "AAAA-MM (défaut : le mois dernier)"))
    p.add_argument("--out", help=translate("cli", "fichier PDF"))
    p.add_argument("--csv", help=translate("cli", "fichier CSV"))
    p.set_defaults(func=cmd_coord_report)
    p = ksub.add_parser(
        "send", help=translate("cli", "envoyer référentiel, transferts et accusés de réception")
    )
    p.add_argument(
        "--to", required=True, help=translate("cli", "carte, identifiant d'appareil ou nom")
    )
    p.add_argument("--out", required=True)
    p.add_argument(
        "--reference",
        nargs="?",
        const="builtin",
        help=translate(
            "cli",
            "« builtin » (cellules, check-lists et catalogue du coffre) ou un dossier de .jsonl",
        ),
    )
    p.add_argument(
        "--receipts", action="store_true", help=translate("cli", "accuser réception des lots reçus")
    )
    p.add_argument(
        "--referential",
        action="store_true",
        help=translate("cli", "joindre le référentiel compétences/métiers"),
    )
    p.add_argument(
        "--transfer",
        action="append",
        default=[],
        metavar="WORKER_ID",
        help=translate("cli", "transférer une personne (et son dossier) à ce destinataire"),
    )
    p.set_defaults(func=cmd_coord_send)

    p = sub.add_parser(
        "bundle", help=translate("cli", "lots de synchronisation : exporter, inspecter, importer")
    )
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser(
        "export", help=translate("cli", "écrire le lot du mois pour la coordination")
    )
    p.add_argument("--period", help=translate("cli", "AAAA-MM (défaut : le mois dernier)"))
    p.add_argument(
        "--scope", choices=("indicators", "pseudonymous", "full"), default="pseudonymous"
    )
    p.add_argument("--out", help=translate("cli", "fichier du lot (.reconv)"))
    p.add_argument(
        "--yes", action="store_true", help=translate("cli", "écrire sans demander de confirmation")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "montrer ce qui partirait, sans écrire"),
    )
    p.set_defaults(func=cmd_bundle_export)
    p = bsub.add_parser("import", help=translate("cli", "vérifier puis importer un lot"))
    p.add_argument("file")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_bundle_import)
    p = bsub.add_parser(
        "inspect", help=translate("cli", "vérifier et résumer un lot sans rien modifier")
    )
    p.add_argument("file")
    p.set_defaults(func=cmd_bundle_inspect)
    bsub.add_parser("history", help=translate("cli", "lots envoyés et reçus")).set_defaults(
        func=cmd_bundle_history
    )

    p = sub.add_parser("conflicts", help=translate("cli", "conflits de synchronisation à examiner"))
    fsub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = fsub.add_parser("list", help=translate("cli", "lister les conflits (avec les différences)"))
    p.add_argument(
        "--all", action="store_true", help=translate("cli", "y compris les conflits résolus")
    )
    p.set_defaults(func=cmd_conflicts_list)
    p = fsub.add_parser(
        "resolve", help=translate("cli", "garder la version actuelle ou --swap pour l'autre")
    )
    p.add_argument("id", type=int)
    p.add_argument(
        "--swap", action="store_true", help=translate("cli", "remplacer par l'autre version")
    )
    p.set_defaults(func=cmd_conflicts_resolve)

    p = sub.add_parser("report", help=translate("cli", "rapports imprimables"))
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    p = rsub.add_parser(
        "monthly", help=translate("cli", "rapport mensuel d'activité (mêmes chiffres que le lot)")
    )
    p.add_argument("--period", help=translate("cli", "AAAA-MM (défaut : le mois dernier)"))
    p.add_argument("--out", required=True, help=translate("cli", "fichier PDF"))
    p.add_argument("--csv", help=translate("cli", "fichier CSV"))
    p.set_defaults(func=cmd_report_monthly)


def _confirm(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ReconvError(
            translate("cli", "Confirmation nécessaire : relancez avec --yes."),
            "confirmation_needed",
        )
    answer = input(translate("cli", "{question} [o/N] ").format(question=question))
    # Yes in French, English and Dutch, whatever the language of the question.
    return answer.strip().lower() in ("o", "oui", "y", "yes", "j", "ja")


# --- identity and enrolment ----------------------------------------------------------------
def cmd_identity_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.identity import export_card

    card = export_card(ctx.open_store(), Path(args.out), args.name, args.role)
    print(translate("cli", "Carte écrite : {out}").format(out=args.out))
    print(
        translate("cli", "Empreinte à lire à voix haute : {fingerprint}").format(
            fingerprint=card.fingerprint
        )
    )
    return 0


def cmd_identity_export_secret(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.identity import export_secret

    export_secret(ctx.open_store(), Path(args.out))
    print(
        translate(
            "cli",
            "Identité age SECRÈTE écrite dans {out} (à garder pour soi ; usage : "
            "age -d -i {out} LOT.reconv).",
        ).format(out=args.out)
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
    print(
        translate("cli", "Carte de « {name} » ({role}), appareil {device_id}").format(
            name=card.name, role=card.role, device_id=card.device_id
        )
    )
    print(translate("cli", "Empreinte : {fingerprint}").format(fingerprint=card.fingerprint))
    if not _confirm(
        translate("cli", "Cette empreinte est-elle celle que la personne vous a lue ?"), yes
    ):
        print(translate("cli", "Enrôlement annulé."))
        return 1
    if role == "coordination":
        enrol_peer(store, card, "coordination")
    else:
        add_counsellor(store, card)
    print(translate("cli", "« {name} » est enregistré·e.").format(name=card.name))
    return 0


def cmd_coordination_enrol(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _enrol(ctx, args.card, args.yes, "coordination")


def cmd_coord_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _enrol(ctx, args.card, args.yes, "counsellor")


def cmd_coord_init(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.coordination import init_coordination

    init_coordination(ctx.open_store())
    print(translate("cli", "Ce coffre est maintenant un coffre de coordination."))
    return 0


def cmd_coord_counsellors(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.coordination import counsellors, require_coordination

    store = ctx.open_store()
    require_coordination(store)
    for c in counsellors(store):
        print(
            translate(
                "cli", "{device_id}\t{name}\t{fingerprint}\t{bundles} lot(s)\t{received}\t{period}"
            ).format(
                device_id=c.card.device_id,
                name=c.card.name,
                fingerprint=c.card.fingerprint,
                bundles=c.bundles,
                received=c.last_received_at or "-",
                period=c.last_period or "-",
            )
        )
    return 0


# --- bundles -------------------------------------------------------------------------------
def _print_plan(plan) -> None:
    from reconv_desktop.sync.export import SCOPE_LABELS

    print(
        translate("cli", "Lot {kind} — portée : {scope}").format(
            kind=plan.kind, scope=SCOPE_LABELS.get(plan.scope, plan.scope)
        )
    )
    others = ", ".join(p for p in plan.periods if p != plan.period)
    if others:
        line = translate("cli", "Période : {period} (et {others} non encore accusés)")
    else:
        line = translate("cli", "Période : {period}")
    print(line.format(period=plan.period, others=others))
    recipients = ", ".join(f"{r.name} ({r.fingerprint})" for r in plan.recipients)
    print(translate("cli", "Destinataires : {recipients}").format(recipients=recipients))
    print(translate("cli", "Ce qui quitte cet ordinateur :"))
    for name, preview in sorted(plan.previews.items()):
        print(
            "  "
            + translate("cli", "{name} : {rows} ligne(s) ; champs : {fields}").format(
                name=name, rows=preview.rows, fields=", ".join(preview.fields)
            )
        )
        if preview.removed:
            removed = ", ".join(preview.removed)
            print("    " + translate("cli", "retirés : {fields}").format(fields=removed))
    print(translate("cli", "Total : {total_rows} ligne(s).").format(total_rows=plan.total_rows))


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{label} ({done}/{total})\033[K", end="", file=sys.stderr, flush=True)


def cmd_bundle_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.export import plan_export, write_bundle

    store = ctx.open_store()
    plan = plan_export(store, args.period, args.scope)
    _print_plan(plan)
    if args.dry_run:
        print(translate("cli", "Essai à blanc : rien n'a été écrit."))
        return 0
    if not args.out:
        raise ReconvError(translate("cli", "Indiquez le fichier du lot avec --out."), "no_output")
    if not _confirm(translate("cli", "Écrire ce lot ?"), args.yes):
        print(translate("cli", "Export annulé : rien n'a été écrit."))
        return 1
    result = write_bundle(store, plan, Path(args.out), _progress)
    print(
        translate("cli", "Lot n° {sequence} écrit : {path} ({file_bytes} octets).").format(
            sequence=result.sequence, path=result.path, file_bytes=result.file_bytes
        )
    )
    return 0


def _print_report(report) -> None:
    print(
        translate(
            "cli",
            "Lot {kind} n° {sequence} de « {sender_name} » (portée {scope}, "
            "période {period}, créé le {created_at}, {file_bytes} octets) — "
            "signature et contenu vérifiés.",
        ).format(
            kind=report.kind,
            sequence=report.sequence,
            sender_name=report.sender_name,
            scope=report.scope or "-",
            period=report.period or "-",
            created_at=report.created_at,
            file_bytes=report.file_bytes,
        )
    )
    print(
        translate("cli", "table\tnouvelles\tmodifiées\tsupprimées\tinchangées\tconflits\trefusées")
    )
    for table, c in report.summary.items():
        print(
            f"{table}\t{c['new']}\t{c['updated']}\t{c['deleted']}\t{c['unchanged']}\t"
            f"{c['conflicting']}\t{c['refused']}"
        )
    if report.referential:
        print(report.referential)
    if report.ignored_tables:
        print(
            translate("cli", "Tables ignorées (format plus récent) : {tables}").format(
                tables=", ".join(report.ignored_tables)
            )
        )


def cmd_bundle_inspect(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.importing import inspect_bundle

    report = inspect_bundle(ctx.open_store(), Path(args.file), _progress)
    _print_report(report)
    if report.already_imported:
        print(
            translate("cli", "Ce lot a déjà été importé : l'importer à nouveau ne changerait rien.")
        )
    print(translate("cli", "Inspection seulement : rien n'a été modifié."))
    return 0


def cmd_bundle_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.importing import import_bundle

    def confirm(report) -> bool:
        _print_report(report)
        return _confirm(translate("cli", "Appliquer ces changements ?"), args.yes)

    report = import_bundle(
        ctx.open_store(), Path(args.file), _progress, None if args.yes else confirm
    )
    if report.already_imported:
        print(translate("cli", "Lot déjà importé : rien n'a changé."))
        return 0
    if not report.applied:
        print(translate("cli", "Import annulé : rien n'a été modifié."))
        return 1
    if args.yes:
        _print_report(report)
    if report.acknowledged:
        line = translate(
            "cli",
            "Lot importé : {changes} changement(s), {conflicts} conflit(s), "
            "{acknowledged} envoi(s) accusé(s).",
        )
    else:
        line = translate("cli", "Lot importé : {changes} changement(s), {conflicts} conflit(s).")
    print(
        line.format(
            changes=report.changes, conflicts=report.conflicts, acknowledged=report.acknowledged
        )
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
        ack = (
            " " + translate("cli", "accusé le {date}").format(date=h["acknowledged_at"])
            if h["acknowledged_at"]
            else ""
        )
        direction = (
            translate("cli", "envoyé") if h["direction"] == "sent" else translate("cli", "reçu")
        )
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
        print(translate("cli", "Aucun conflit à examiner."))
    for c in found:
        state = (
            " — " + translate("cli", "résolu ({resolution})").format(resolution=c.resolution)
            if c.resolved_at
            else ""
        )
        print(f"n° {c.id}\t{c.table}\t{c.row_id}\t{KIND_LABELS.get(c.kind, c.kind)}{state}")
        for column, current, other in c.differences():
            print(
                "    "
                + translate("cli", "{column} : actuel « {current} » / autre « {other} »").format(
                    column=column, current=current, other=other
                )
            )
    return 0


def cmd_conflicts_resolve(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.sync.conflicts import resolve_conflict

    resolve_conflict(ctx.open_store(), args.id, swap=args.swap)
    if args.swap:
        line = translate(
            "cli", "Conflit n° {id} résolu : l'autre version est maintenant la version actuelle."
        )
    else:
        line = translate("cli", "Conflit n° {id} résolu : version actuelle conservée.")
    print(line.format(id=args.id))
    return 0


# --- reports -------------------------------------------------------------------------------
def cmd_coord_report(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.reports.indicators_pdf import write_consolidated_csv, write_consolidated_pdf
    from reconv_desktop.sync.coordination import consolidated_figures
    from reconv_desktop.sync.indicators import parse_period

    if not args.out and not args.csv:
        raise ReconvError(translate("cli", "Indiquez --out (PDF) et/ou --csv."), "no_output")
    store = ctx.open_store()
    period = parse_period(args.period)
    data = consolidated_figures(store, period)
    if args.out:
        write_consolidated_pdf(data, period, Path(args.out), store.meta("owner_name") or "")
        print(translate("cli", "Rapport PDF écrit : {out}").format(out=args.out))
    if args.csv:
        write_consolidated_csv(data, Path(args.csv))
        print(translate("cli", "Rapport CSV écrit : {csv}").format(csv=args.csv))
    return 0


def cmd_report_monthly(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.reports.indicators_pdf import write_monthly_csv, write_monthly_pdf
    from reconv_desktop.sync.indicators import monthly_figures, parse_period

    store = ctx.open_store()
    period = parse_period(args.period)
    figures = monthly_figures(store, period)
    write_monthly_pdf(figures, period, Path(args.out), store.meta("owner_name") or "")
    print(
        translate("cli", "Rapport mensuel écrit : {out} ({n} chiffres)").format(
            out=args.out, n=len(figures)
        )
    )
    if args.csv:
        write_monthly_csv(figures, Path(args.csv), store.meta("owner_name") or "")
        print(translate("cli", "CSV écrit : {csv}").format(csv=args.csv))
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
        translate(
            "cli", "Lot n° {sequence} écrit pour « {name} » : {path} ({file_bytes} octets)."
        ).format(
            sequence=result.sequence, name=to.name, path=result.path, file_bytes=result.file_bytes
        )
    )
    return 0
