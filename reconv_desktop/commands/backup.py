"""Backup commands: `reconv backup list|create|verify|restore [--dest DIR]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.commands.context import RECOVERY_KEY_ENV, CommandContext
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate
from reconv_desktop.vault import header as hdr


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "backup",
        help=translate("cli", "sauvegardes chiffrées : lister, créer, vérifier, restaurer"),
    )
    bsub = group.add_subparsers(dest="backup_command", metavar="ACTION")
    bsub.required = True
    dest_help = translate(
        "cli", "dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)"
    )

    p = bsub.add_parser(
        "list", help=translate("cli", "sauvegardes de ce coffre, la plus récente d'abord")
    )
    p.add_argument("--dest", help=dest_help)
    p.set_defaults(func=cmd_list)

    p = bsub.add_parser(
        "create", help=translate("cli", "créer et vérifier une sauvegarde maintenant")
    )
    p.add_argument("--dest", help=dest_help)
    p.set_defaults(func=cmd_create)

    p = bsub.add_parser(
        "verify",
        help=translate("cli", "vérifier une sauvegarde (ou toutes) et afficher son contenu"),
    )
    p.add_argument(
        "name", nargs="?", help=translate("cli", "nom du dossier de sauvegarde (défaut : toutes)")
    )
    p.add_argument("--dest", help=dest_help)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate(
            "cli", "ouvrir avec la clé de secours ({recovery_key_env} ou invite)"
        ).format(recovery_key_env=RECOVERY_KEY_ENV),
    )
    p.set_defaults(func=cmd_verify)

    p = bsub.add_parser(
        "restore", help=translate("cli", "remplacer le coffre par une sauvegarde vérifiée")
    )
    p.add_argument(
        "name", help=translate("cli", "nom du dossier de sauvegarde (voir `reconv backup list`)")
    )
    p.add_argument("--dest", help=dest_help)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate(
            "cli", "ouvrir avec la clé de secours ({recovery_key_env} ou invite)"
        ).format(recovery_key_env=RECOVERY_KEY_ENV),
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("cli", "confirmer le remplacement du coffre")
    )
    p.set_defaults(func=cmd_restore)


def _dest(ctx: CommandContext, args: argparse.Namespace) -> Path:
    return Path(args.dest) if args.dest else backups.backup_destination(ctx.paths)


def _vault_id(ctx: CommandContext) -> str | None:
    try:
        return hdr.read_header(ctx.paths.header).vault_id
    except ReconvError:
        return None  # damaged or missing header: show every backup found


def _size(n: int) -> str:
    if n >= 1_048_576:
        return translate("cli", "{size:.1f} Mo").format(size=n / 1_048_576)
    return translate("cli", "{size:.0f} Ko").format(size=n / 1024)


def _when(info: backups.BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")


def cmd_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    dest = _dest(ctx, args)
    found = backups.list_backups(dest, _vault_id(ctx))
    if not found:
        print(translate("cli", "Aucune sauvegarde dans « {dest} ».").format(dest=dest))
        return 0
    for info in found:
        print(
            translate("cli", "{name}\t{date}\t{reason_label}\tschéma {schema}\t{size}").format(
                name=info.name,
                date=_when(info),
                reason_label=info.reason_label,
                schema=info.schema,
                size=_size(info.db_bytes),
            )
        )
    return 0


def cmd_create(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    info = backups.create_backup(store, dest=Path(args.dest) if args.dest else None)
    print(
        translate("cli", "Sauvegarde créée et vérifiée : {path} ({size}).").format(
            path=info.path, size=_size(info.db_bytes)
        )
    )
    return 0


def _key(ctx: CommandContext, args: argparse.Namespace, folder: Path) -> bytes:
    if args.recovery_key:
        return backup_restore.key_for_backup(folder, recovery_key=ctx.recovery_key())
    return backup_restore.key_for_backup(folder, passphrase=ctx.passphrase())


def _print_preview(preview: backup_restore.BackupPreview) -> None:
    info = preview.info
    print(
        translate(
            "cli",
            "{name} : intacte — {date}, {reason_label}, schéma {schema}, {workers} personne(s)",
        ).format(
            name=info.name,
            date=_when(info),
            reason_label=info.reason_label,
            schema=preview.schema,
            workers=preview.workers,
        )
    )
    for table, count in sorted(preview.counts.items()):
        print(f"  {table}: {count}")


def cmd_verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    dest = _dest(ctx, args)
    targets = (
        [backups.find_backup(dest, args.name)]
        if args.name
        else backups.list_backups(dest, _vault_id(ctx))
    )
    if not targets:
        print(translate("cli", "Aucune sauvegarde dans « {dest} ».").format(dest=dest))
        return 0
    failures = 0
    key: bytes | None = None
    for info in targets:
        try:
            key = key or _key(ctx, args, info.path)
            _print_preview(backup_restore.preview_backup(info.path, key))
        except ReconvError as exc:
            failures += 1
            print(
                translate("cli", "{name} : ÉCHEC — {message}").format(
                    name=info.name, message=exc.message
                )
            )
    if failures:
        raise ReconvError(
            translate("cli", "{failures} sauvegarde(s) sur {n} en échec.").format(
                failures=failures, n=len(targets)
            ),
            "backup_verify_failed",
        )
    return 0


def cmd_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = backups.find_backup(_dest(ctx, args), args.name)
    key = _key(ctx, args, info.path)
    preview = backup_restore.preview_backup(info.path, key)
    _print_preview(preview)
    if not args.yes:
        raise ReconvError(
            translate(
                "cli",
                "Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel "
                "(une copie de sécurité en sera gardée).",
            ),
            "restore_not_confirmed",
        )
    ctx.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ctx.lock_instance()
    safety = backup_restore.restore_backup(ctx.paths, info.path, key)
    print(
        translate("cli", "Coffre restauré depuis la sauvegarde du {date}.").format(date=_when(info))
    )
    if safety:
        print(
            translate("cli", "Copie de sécurité de l'ancien coffre : {safety}").format(
                safety=safety
            )
        )
    # Record the restore in the restored vault's own log.
    from reconv_desktop.rights.journal import JournalAction, record_event
    from reconv_desktop.vault.vault import Vault

    store = Vault(ctx.paths).open_with_key(key)
    try:
        record_event(store, JournalAction.RESTORE, "backup", detail=info.reason)
    finally:
        store.close()
    return 0
