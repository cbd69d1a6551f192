"""Vault commands: init, info, unlock, passwd, key export-raw."""

from __future__ import annotations

import argparse

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.i18n import translate
from reconv_desktop.vault.remembered_key import keyring_status


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init", help=translate("cli", "créer un coffre chiffré et afficher la clé de secours")
    )
    p.add_argument(
        "--name",
        default="",
        help=translate("cli", "nom du ou de la titulaire (carte d'identité de l'appareil)"),
    )
    p.add_argument(
        "--role",
        choices=("counsellor", "coordination"),
        default="counsellor",
        help=argparse.SUPPRESS,
    )
    p.add_argument(
        "--remember",
        action="store_true",
        help=translate("cli", "se souvenir de la clé sur cet ordinateur"),
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "info", help=translate("cli", "chemin, version du schéma, SQLCipher, nombre de lignes")
    )
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "unlock",
        help=translate(
            "cli", "vérifier la phrase de passe ; avec --recovery-key, en définir une nouvelle"
        ),
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=translate(
            "cli",
            "utiliser la clé de secours (RECONV_RECOVERY_KEY ou invite), "
            "puis choisir une nouvelle phrase de passe",
        ),
    )
    p.add_argument(
        "--new-passphrase-file",
        help=translate("cli", "lire la nouvelle phrase de passe dans ce fichier"),
    )
    p.add_argument(
        "--remember",
        action="store_true",
        help=translate("cli", "se souvenir de la clé sur cet ordinateur"),
    )
    p.add_argument(
        "--forget",
        action="store_true",
        help=translate("cli", "oublier la clé mémorisée sur cet ordinateur"),
    )
    p.set_defaults(func=cmd_unlock)

    p = sub.add_parser(
        "passwd", help=translate("cli", "changer la phrase de passe (la base n'est pas réécrite)")
    )
    p.add_argument(
        "--new-passphrase-file",
        help=translate("cli", "lire la nouvelle phrase de passe dans ce fichier"),
    )
    p.set_defaults(func=cmd_passwd)

    key = sub.add_parser("key", help=translate("cli", "clé brute de la base"))
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION")
    key_sub.required = True
    p = key_sub.add_parser(
        "export-raw",
        help=translate("cli", "afficher la clé brute SQLCipher (64 caractères hexadécimaux)"),
    )
    p.set_defaults(func=cmd_key_export_raw)


def cmd_init(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.vault.vault import Vault

    given = ctx.given_passphrase()
    if given is not None:
        passphrase, confirmation = given, given
    else:
        passphrase, confirmation = ctx.new_passphrase()
    created = Vault.create(
        ctx.paths, passphrase, confirmation=confirmation, owner_name=args.name, role=args.role
    )
    print(translate("cli", "Coffre créé dans : {data_dir}").format(data_dir=ctx.paths.data_dir))
    print(
        translate(
            "cli", "Clé de secours (à imprimer ou recopier, et à garder à part de l'ordinateur) :"
        )
    )
    print(f"  {created.recovery_key}")
    print(translate("cli", "Elle ne sera plus jamais affichée."))
    if args.remember:
        _remember(ctx, created.vault.key_from_passphrase(passphrase))
    return 0


def _remember(ctx: CommandContext, raw_key: bytes) -> None:
    status = keyring_status()
    if not status.available:
        print(translate("cli", "Mémorisation impossible : {reason}").format(reason=status.reason))
    elif ctx.vault.remember(raw_key):
        print(translate("cli", "Clé mémorisée sur cet ordinateur (trousseau du système)."))
    else:
        print(translate("cli", "Le trousseau du système a refusé d'enregistrer la clé."))


def cmd_info(ctx: CommandContext, args: argparse.Namespace) -> int:
    store = ctx.open_store()
    print(f"database: {ctx.paths.database}")
    print(f"header: {ctx.paths.header}")
    print(f"vault_id: {store.vault_id}")
    print(f"device_id: {store.device_id}")
    print(f"role: {store.meta('role') or 'counsellor'}")
    print(f"schema: {store.schema_version()}")
    print(f"sqlcipher: {store.sqlcipher_version()}")
    for table, count in store.table_counts().items():
        print(f"rows.{table}: {count}")
    return 0


def cmd_unlock(ctx: CommandContext, args: argparse.Namespace) -> int:
    vault = ctx.vault
    if args.forget:
        vault.forget()
        print(translate("cli", "Clé oubliée sur cet ordinateur."))
        return 0
    if args.recovery_key:
        recovery = ctx.recovery_key()
        raw_key = vault.key_from_recovery(recovery)
        new, confirmation = ctx.new_passphrase(args.new_passphrase_file)
        vault.reset_passphrase_with_recovery(recovery, new, confirmation)
        print(
            translate(
                "cli",
                "Coffre déverrouillé avec la clé de secours ; "
                "nouvelle phrase de passe enregistrée.",
            )
        )
    else:
        raw_key = vault.key_from_passphrase(ctx.passphrase())
        vault.open_with_key(raw_key).close()
        print(translate("cli", "Coffre déverrouillé : phrase de passe correcte."))
    if args.remember:
        _remember(ctx, raw_key)
    return 0


def cmd_passwd(ctx: CommandContext, args: argparse.Namespace) -> int:
    old = ctx.passphrase(translate("cli", "Phrase de passe actuelle"))
    new, confirmation = ctx.new_passphrase(args.new_passphrase_file)
    ctx.vault.change_passphrase(old, new, confirmation)
    print(
        translate(
            "cli",
            "Phrase de passe changée (clé de la base inchangée, la clé de secours reste valable).",
        )
    )
    return 0


def cmd_key_export_raw(ctx: CommandContext, args: argparse.Namespace) -> int:
    given = ctx.given_passphrase()
    vault = ctx.vault
    raw_key = vault.key_from_passphrase(given if given is not None else ctx.passphrase())
    print(raw_key.hex())
    return 0
