"""`reconv`: the headless face of Reconv Desktop, over the same core as the window.

Each command group lives in `reconv_desktop.commands.<group>` and registers its sub-commands.
User errors (ReconvError) print one French line on stderr and exit 1; anything unexpected is
logged (without personal data) and reported in one line, exit 70, never as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from reconv_desktop import __version__
from reconv_desktop.commands import COMMAND_GROUPS
from reconv_desktop.commands.context import CommandContext
from reconv_desktop.errors import ReconvError
from reconv_desktop.logs import configure_logging

EXIT_USER_ERROR = 1
EXIT_INTERNAL = 70
log = logging.getLogger("reconv.cli")
CORRUPT_VAULT_MESSAGE = (
    "La base du coffre est abîmée ({detail}). Restaurez une sauvegarde : voyez-les avec "
    "« reconv backup list », puis « reconv backup restore NOM »."
)
BUSY_VAULT_MESSAGE = "Le coffre est occupé par une autre opération ; réessayez dans un instant."


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
        return BUSY_VAULT_MESSAGE
    return CORRUPT_VAULT_MESSAGE.format(detail=text)


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


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse with French help and usage errors on one line."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"reconv : erreur d'utilisation : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="reconv",
        description="Reconv Desktop en ligne de commande (coffre chiffré, dossiers, synchro).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reconv {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--data-dir", help="dossier du coffre (sinon RECONV_DATA_DIR ou le dossier par défaut)"
    )
    parser.add_argument("--passphrase-file", help="lire la phrase de passe dans ce fichier")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser
    )
    sub.required = True
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CommandContext.from_args(args)
    configure_logging(ctx.paths.log_dir)
    _route_sqlcipher_log(ctx.paths.log_dir)
    try:
        return int(args.func(ctx, args) or 0)
    except ReconvError as exc:
        print(f"reconv : {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("reconv : interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        message = database_error_message(exc)
        if message is not None and not os.environ.get("RECONV_DEBUG"):
            log.error("database error in command %s: %s", args.command, exc)
            print(f"reconv : {message}", file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("unexpected error in command %s", args.command)
        if os.environ.get("RECONV_DEBUG"):
            raise
        print(
            "reconv : erreur interne inattendue ; le détail technique est dans le journal "
            f"({ctx.paths.log_dir}).",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
