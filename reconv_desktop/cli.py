"""`reconv`: the headless face of Reconv Desktop, over the same core as the window.

Each command group lives in `reconv_desktop.commands.<group>` and registers its sub-commands.
User errors (ReconvError) print one line on stderr and exit 1; anything unexpected is
logged (without personal data) and reported in one line, exit 70, never as a traceback.
The language (French by default) comes from `--lang`, RECONV_LANG or the Settings, in that
order, and is chosen before the parser is built, so help and errors speak it too.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Sequence

from reconv_desktop import __version__
from reconv_desktop.commands import COMMAND_GROUPS
from reconv_desktop.commands.context import CommandContext
from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    resolve_language,
    set_language,
    translate,
    translated,
)
from reconv_desktop.logs import configure_logging

EXIT_USER_ERROR = 1
EXIT_INTERNAL = 70
log = logging.getLogger("reconv.cli")
CORRUPT_VAULT_MESSAGE = QT_TRANSLATE_NOOP(
    "cli",
    "La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec "
    "« reconv backup list », puis « reconv backup restore NOM ».",
)
BUSY_VAULT_MESSAGE = QT_TRANSLATE_NOOP(
    "cli", "Le coffre est occupé par une autre opération ; réessayez dans un instant."
)


def database_error_message(exc: BaseException) -> str | None:
    """One French line for a database error that escaped the commands, None if not one.

    A damaged page surfaces as a bare DatabaseError in the middle of any query; the
    counsellor's way out is a backup, so the message says which commands to run.
    """
    import sqlite3

    import sqlcipher3

    if not isinstance(exc, sqlcipher3.DatabaseError | sqlite3.DatabaseError):
        return None
    if isinstance(
        exc,
        sqlcipher3.IntegrityError
        | sqlcipher3.ProgrammingError
        | sqlite3.IntegrityError
        | sqlite3.ProgrammingError,
    ):
        return None  # our own bug, not the file's: keep it an internal error
    text = str(exc)
    if "locked" in text or "busy" in text:
        return translated(BUSY_VAULT_MESSAGE)
    return translated(CORRUPT_VAULT_MESSAGE).format(detail=text)


def _route_sqlcipher_log(log_dir: os.PathLike[str] | str) -> None:
    """Send SQLCipher's own diagnostics to the log folder, not in front of the user's message."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            target = os.path.join(os.fspath(log_dir), "sqlcipher.log").replace("'", "''")
            conn.execute(f"PRAGMA cipher_log = '{target}'")
        finally:
            conn.close()
    except Exception:  # diagnostics only: never block a command for them
        log.debug("SQLCipher log not redirected", exc_info=True)


# argparse's own error messages (English, from the standard library) and how we say them.
ARGPARSE_ERRORS = (
    (
        r"the following arguments are required: (?P<names>.+)",
        QT_TRANSLATE_NOOP("cli", "arguments obligatoires manquants : {names}"),
    ),
    (
        r"unrecognized arguments: (?P<names>.+)",
        QT_TRANSLATE_NOOP("cli", "arguments non reconnus : {names}"),
    ),
    (
        r"argument (?P<name>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
        QT_TRANSLATE_NOOP("cli", "argument {name} : choix invalide : {value} (choix : {choices})"),
    ),
    (
        r"argument (?P<name>.+?): expected one argument",
        QT_TRANSLATE_NOOP("cli", "argument {name} : une valeur est attendue"),
    ),
    (
        r"argument (?P<name>.+?): expected at least one argument",
        QT_TRANSLATE_NOOP("cli", "argument {name} : au moins une valeur est attendue"),
    ),
    (
        r"argument (?P<name>.+?): expected (?P<n>\d+) arguments?",
        QT_TRANSLATE_NOOP("cli", "argument {name} : {n} valeur(s) attendue(s)"),
    ),
    (
        r"argument (?P<name>.+?): invalid \S+ value: (?P<value>.+)",
        QT_TRANSLATE_NOOP("cli", "argument {name} : valeur invalide : {value}"),
    ),
    (
        r"argument (?P<name>.+?): not allowed with argument (?P<other>.+)",
        QT_TRANSLATE_NOOP("cli", "argument {name} : incompatible avec l'argument {other}"),
    ),
    (
        r"argument (?P<name>.+?): ignored explicit argument (?P<value>.+)",
        QT_TRANSLATE_NOOP("cli", "argument {name} : valeur inattendue : {value}"),
    ),
    (
        r"ambiguous option: (?P<name>\S+) could match (?P<choices>.+)",
        QT_TRANSLATE_NOOP("cli", "option ambiguë : {name} peut désigner {choices}"),
    ),
    (
        r"one of the arguments (?P<names>.+) is required",
        QT_TRANSLATE_NOOP("cli", "l'un des arguments {names} est obligatoire"),
    ),
)
# Global options that take a value (read before the command to choose the language).
_VALUED_OPTIONS = frozenset({"--data-dir", "--passphrase-file", "--lang"})


def usage_error_message(message: str) -> str:
    """argparse's English error in the current language (unknown ones as argparse says them)."""
    for pattern, text in ARGPARSE_ERRORS:
        found = re.fullmatch(pattern, message)
        if found:
            return translated(text).format(**found.groupdict())
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the usage prefix in the current language."""

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = translate("cli", "utilisation : ")
        super().add_usage(usage, actions, groups, prefix)


class ReconvArgumentParser(argparse.ArgumentParser):
    """argparse speaking the current language, usage errors on one line."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate("cli", "arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=translate("cli", "afficher cette aide et quitter")
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        line = translate("cli", "reconv : erreur d'utilisation : {message}").format(
            message=usage_error_message(message)
        )
        self.exit(2, line + "\n")


def global_option(argv: Sequence[str], name: str) -> str | None:
    """The value of a global option given before the command (`--lang en`, `--lang=en`)."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if not token.startswith("-") or token == "--":
            return None
        option, equals, value = token.partition("=")
        if option == name:
            if equals:
                return value
            return argv[index + 1] if index + 1 < len(argv) else None
        index += 2 if option in _VALUED_OPTIONS and not equals else 1
    return None


def choose_language(argv: Sequence[str]) -> str:
    """Pick and set the language of this run: --lang, RECONV_LANG, the Settings, French."""

    def settings_language() -> str:
        from reconv_desktop.paths import app_paths
        from reconv_desktop.settings import load_settings

        return load_settings(app_paths(global_option(argv, "--data-dir"))).language

    language = resolve_language(global_option(argv, "--lang"), os.environ, settings_language)
    set_language(language)
    return language


def build_parser() -> argparse.ArgumentParser:
    parser = ReconvArgumentParser(
        prog="reconv",
        description=translate(
            "cli", "Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reconv {__version__}",
        help=translate("cli", "afficher la version et quitter"),
    )
    parser.add_argument(
        "--data-dir",
        help=translate("cli", "dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)"),
    )
    parser.add_argument(
        "--passphrase-file", help=translate("cli", "lire la phrase de passe dans ce fichier")
    )
    parser.add_argument(
        "--lang",
        dest="ui_language",
        choices=LANGUAGES,
        help=translate("cli", "langue des messages (sinon RECONV_LANG, les paramètres, fr)"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar=translate("cli", "COMMANDE"), parser_class=ReconvArgumentParser
    )
    sub.required = True
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    choose_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    ctx = CommandContext.from_args(args)
    configure_logging(ctx.paths.log_dir)
    _route_sqlcipher_log(ctx.paths.log_dir)
    try:
        return int(args.func(ctx, args) or 0)
    except ReconvError as exc:
        print(translate("cli", "reconv : {message}").format(message=exc.message), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(translate("cli", "reconv : interrompu."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        message = database_error_message(exc)
        if message is not None and not os.environ.get("RECONV_DEBUG"):
            log.error("database error in command %s: %s", args.command, exc)
            print(translate("cli", "reconv : {message}").format(message=message), file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("unexpected error in command %s", args.command)
        if os.environ.get("RECONV_DEBUG"):
            raise
        print(
            translate(
                "cli",
                "reconv : erreur interne inattendue ; le détail technique est dans le "
                "journal ({log_dir}).",
            ).format(log_dir=ctx.paths.log_dir),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
