"""CV drafts on the command line: create from the audit, list, export, refresh, history,
settings (photo option) and the worker's photo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.domain.cv import CvTemplate
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate

FORMATS = ("pdf", "docx", "json")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cv", help=translate("cli", "projets de CV construits à partir du bilan"))
    csub = p.add_subparsers(dest="cv_command", metavar="ACTION")
    csub.required = True
    p = csub.add_parser(
        "create", help=translate("cli", "nouveau CV depuis le bilan courant (affiche son id)")
    )
    p.add_argument("worker_id")
    p.add_argument(
        "--template",
        default=CvTemplate.CLASSIC.value,
        help=translate("cli", "modèle : {templates}").format(
            templates=", ".join(t.value for t in CvTemplate)
        ),
    )
    p.add_argument("--title", help=translate("cli", "titre du projet de CV"))
    p.add_argument(
        "--target", help=translate("cli", "URI du métier visé (par défaut : le premier du bilan)")
    )
    p.set_defaults(func=cmd_create)
    p = csub.add_parser("list", help=translate("cli", "projets de CV d'une personne"))
    p.add_argument("worker_id")
    p.set_defaults(func=cmd_list)
    p = csub.add_parser(
        "export", help=translate("cli", "exporter un CV en PDF, Word ou JSON Resume")
    )
    p.add_argument("draft_id")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", required=True, help=translate("cli", "fichier à écrire"))
    p.set_defaults(func=cmd_export)
    p = csub.add_parser(
        "refresh",
        help=translate("cli", "ce que le bilan changerait au CV (--apply pour appliquer)"),
    )
    p.add_argument("draft_id")
    p.add_argument(
        "--apply", action="store_true", help=translate("cli", "appliquer les changements montrés")
    )
    p.set_defaults(func=cmd_refresh)
    p = csub.add_parser("history", help=translate("cli", "versions enregistrées d'un CV"))
    p.add_argument("draft_id")
    p.set_defaults(func=cmd_history)
    p = csub.add_parser(
        "restore", help=translate("cli", "revenir à une version antérieure d'un CV")
    )
    p.add_argument("draft_id")
    p.add_argument("version", type=int)
    p.set_defaults(func=cmd_restore)
    p = csub.add_parser("set", help=translate("cli", "réglages d'un CV (photo imprimée ou non)"))
    p.add_argument("draft_id")
    p.add_argument(
        "--photo",
        choices=("on", "off"),
        required=True,
        help=translate("cli", "imprimer la photo de la personne sur ce CV (off par défaut)"),
    )
    p.set_defaults(func=cmd_set)
    p = csub.add_parser(
        "photo", help=translate("cli", "photo d'une personne pour ses CV (JPEG ou PNG)")
    )
    p.add_argument("worker_id")
    action = p.add_mutually_exclusive_group()
    action.add_argument(
        "--set", metavar="FICHIER", help=translate("cli", "enregistrer cette photo (JPEG ou PNG)")
    )
    action.add_argument("--remove", action="store_true", help=translate("cli", "retirer la photo"))
    p.set_defaults(func=cmd_photo)


def cmd_create(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    draft = store.cv_drafts.create(
        args.worker_id, title=args.title, target_uri=args.target, template=args.template
    )
    print(draft.id)
    print(
        translate("cli", "CV créé : « {title} » (modèle {template}).").format(
            title=draft.title, template=draft.template.value
        ),
        file=sys.stderr,
    )
    return 0


def cmd_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    drafts = store.cv_drafts.for_worker(args.worker_id)
    if not drafts:
        print(translate("cli", "Aucun projet de CV pour cette personne."), file=sys.stderr)
        return 0
    for d in drafts:
        print(f"{d.id}\t{d.title}\t{d.template.value}\t{d.target_label or '—'}")
    return 0


def cmd_export(ctx: CommandContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ReconvError(
            translate("cli", "Dossier introuvable : « {parent} ».").format(parent=out.parent),
            "no_dir",
        )
    store = ctx.open_store()
    if args.format == "pdf":
        from reconv_desktop.reports.cv_pdf import write_cv_pdf

        rendered = write_cv_pdf(store, args.draft_id, out)
        for warning in rendered.warnings:
            print(
                translate("cli", "Attention : {warning}").format(warning=warning), file=sys.stderr
            )
        print(
            (
                translate("cli", "CV exporté : {out} ({pages} pages).")
                if rendered.pages > 1
                else translate("cli", "CV exporté : {out} ({pages} page).")
            ).format(out=out, pages=rendered.pages)
        )
    elif args.format == "docx":
        from reconv_desktop.reports.cv_docx import write_cv_docx

        write_cv_docx(store, args.draft_id, out)
        print(translate("cli", "CV exporté (Word) : {out}.").format(out=out))
    else:
        from reconv_desktop.reports.cv_jsonresume import write_cv_json

        write_cv_json(store, args.draft_id, out)
        print(translate("cli", "CV exporté (JSON Resume) : {out}.").format(out=out))
    return 0


def cmd_refresh(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    preview = store.cv_drafts.refresh_from_audit(args.draft_id, apply=args.apply)
    if preview.is_empty:
        print(translate("cli", "Le CV est à jour : le bilan ne changerait rien."))
        return 0
    for change in preview.changes:
        print(f"== {change.title}")
        for line in change.diff_lines:
            print(f"  {line}")
    if preview.applied:
        print(
            translate("cli", "{n} rubrique(s) mise(s) à jour depuis le bilan.").format(
                n=len(preview.changes)
            )
        )
    else:
        print(
            translate("cli", "Rien n'a été modifié : relancez avec --apply pour appliquer."),
            file=sys.stderr,
        )
    return 0


def cmd_history(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    store.cv_drafts.get(args.draft_id)
    for v in store.cv_drafts.versions(args.draft_id):
        print(f"{v.number}\t{v.saved_at.replace('T', ' ')}\t{v.reason}\t{v.title}")
    return 0


def cmd_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    draft = store.cv_drafts.restore(args.draft_id, args.version)
    number = store.cv_drafts.versions(draft.id)[0].number
    print(
        translate(
            "cli", "Version {version} restaurée (enregistrée comme version {number})."
        ).format(version=args.version, number=number)
    )
    return 0


def cmd_set(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    draft = store.cv_drafts.set_photo_option(args.draft_id, args.photo == "on")
    if not draft.content.photo:
        print(translate("cli", "Photo non imprimée sur ce CV."))
        return 0
    print(translate("cli", "Photo imprimée sur ce CV."))
    if store.cv_drafts.printed_photo(draft) is None:
        print(
            translate(
                "cli",
                "Attention : aucune photo enregistrée pour cette personne (reconv cv "
                "photo {worker_id} --set FICHIER).",
            ).format(worker_id=draft.worker_id),
            file=sys.stderr,
        )
    return 0


def cmd_photo(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.store import cv_photos

    store = ctx.open_store()
    if args.set:
        photo = cv_photos.set_photo(store, args.worker_id, cv_photos.read_photo_file(args.set))
        kind = "JPEG" if photo.media_type == "image/jpeg" else "PNG"
        print(
            translate(
                "cli",
                "Photo enregistrée ({kind}, {width} × {height} pixels). Elle n'est "
                "imprimée que sur les CV où l'option photo est activée.",
            ).format(kind=kind, width=photo.width, height=photo.height)
        )
    elif args.remove:
        removed = cv_photos.remove_photo(store, args.worker_id)
        print(
            translate("cli", "Photo retirée.")
            if removed
            else translate("cli", "Aucune photo à retirer.")
        )
    else:
        store.workers.get(args.worker_id)
        kept = cv_photos.get_photo(store, args.worker_id)
        print(
            translate("cli", "Photo : {width} × {height} pixels.").format(
                width=kept.width, height=kept.height
            )
            if kept
            else translate("cli", "Aucune photo.")
        )
    return 0
