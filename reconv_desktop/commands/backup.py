"""Backup commands: `reconv backup list|create|verify|restore [--dest DIR]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from reconv_desktop.backup import backups
from reconv_desktop.backup import restore as backup_restore
from reconv_desktop.commands.context import RECOVERY_KEY_ENV, CommandContext
from reconv_desktop.errors import ReconvError
from reconv_desktop.vault import header as hdr


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "backup", help="sauvegardes chiffrées : lister, créer, vérifier, restaurer"
    )
    bsub = group.add_subparsers(dest="backup_command", metavar="ACTION")
    bsub.required = True
    dest_help = "dossier des sauvegardes (sinon celui choisi dans les réglages, ou le défaut)"

    p = bsub.add_parser("list", help="sauvegardes de ce coffre, la plus récente d'abord")
    p.add_argument("--dest", help=dest_help)
    p.set_defaults(func=cmd_list)

    p = bsub.add_parser("create", help="créer et vérifier une sauvegarde maintenant")
    p.add_argument("--dest", help=dest_help)
    p.set_defaults(func=cmd_create)

    p = bsub.add_parser(
        "verify", help="vérifier une sauvegarde (ou toutes) et afficher son contenu"
    )
    p.add_argument("name", nargs="?", help="nom du dossier de sauvegarde (défaut : toutes)")
    p.add_argument("--dest", help=dest_help)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=f"ouvrir avec la clé de secours ({RECOVERY_KEY_ENV} ou invite)",
    )
    p.set_defaults(func=cmd_verify)

    p = bsub.add_parser("restore", help="remplacer le coffre par une sauvegarde vérifiée")
    p.add_argument("name", help="nom du dossier de sauvegarde (voir `reconv backup list`)")
    p.add_argument("--dest", help=dest_help)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=f"ouvrir avec la clé de secours ({RECOVERY_KEY_ENV} ou invite)",
    )
    p.add_argument("--yes", action="store_true", help="confirmer le remplacement du coffre")
    p.set_defaults(func=cmd_restore)


def _dest(ctx: CommandContext, args: argparse.Namespace) -> Path:
    return Path(args.dest) if args.dest else backups.backup_destination(ctx.paths)


def _vault_id(ctx: CommandContext) -> str | None:
    try:
        return hdr.read_header(ctx.paths.header).vault_id
    except ReconvError:
        return None  # damaged or missing header: show every backup found


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} Mo" if n >= 1_048_576 else f"{n / 1024:.0f} Ko"


def _when(info: backups.BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")


def cmd_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    dest = _dest(ctx, args)
    found = backups.list_backups(dest, _vault_id(ctx))
    if not found:
        print(f"Aucune sauvegarde dans « {dest} ».")
        return 0
    for info in found:
        print(
            f"{info.name}\t{_when(info)}\t{info.reason_label}\tschéma {info.schema}\t"
            f"{_size(info.db_bytes)}"
        )
    return 0


def cmd_create(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    info = backups.create_backup(store, dest=Path(args.dest) if args.dest else None)
    print(f"Sauvegarde créée et vérifiée : {info.path} ({_size(info.db_bytes)}).")
    return 0


def _key(ctx: CommandContext, args: argparse.Namespace, folder: Path) -> bytes:
    if args.recovery_key:
        return backup_restore.key_for_backup(folder, recovery_key=ctx.recovery_key())
    return backup_restore.key_for_backup(folder, passphrase=ctx.passphrase())


def _print_preview(preview: backup_restore.BackupPreview) -> None:
    info = preview.info
    print(
        f"{info.name} : intacte — {_when(info)}, {info.reason_label}, schéma {preview.schema}, "
        f"{preview.workers} personne(s)"
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
        print(f"Aucune sauvegarde dans « {dest} ».")
        return 0
    failures = 0
    key: bytes | None = None
    for info in targets:
        try:
            key = key or _key(ctx, args, info.path)
            _print_preview(backup_restore.preview_backup(info.path, key))
        except ReconvError as exc:
            failures += 1
            print(f"{info.name} : ÉCHEC — {exc.message}")
    if failures:
        raise ReconvError(
            f"{failures} sauvegarde(s) sur {len(targets)} en échec.", "backup_verify_failed"
        )
    return 0


def cmd_restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = backups.find_backup(_dest(ctx, args), args.name)
    key = _key(ctx, args, info.path)
    preview = backup_restore.preview_backup(info.path, key)
    _print_preview(preview)
    if not args.yes:
        raise ReconvError(
            "Restauration non confirmée : relancez avec --yes pour remplacer le coffre actuel "
            "(une copie de sécurité en sera gardée).",
            "restore_not_confirmed",
        )
    ctx.paths.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ctx.lock_instance()
    safety = backup_restore.restore_backup(ctx.paths, info.path, key)
    print("Coffre restauré depuis la sauvegarde du " + _when(info) + ".")
    if safety:
        print(f"Copie de sécurité de l'ancien coffre : {safety}")
    # Record the restore in the restored vault's own log.
    from reconv_desktop.rights.journal import JournalAction, record_event
    from reconv_desktop.vault.vault import Vault

    store = Vault(ctx.paths).open_with_key(key)
    try:
        record_event(store, JournalAction.RESTORE, "backup", detail=info.reason)
    finally:
        store.close()
    return 0
