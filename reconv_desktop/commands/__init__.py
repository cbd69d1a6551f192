"""Command groups of the `reconv` CLI; each module has `register(subparsers)`."""

from reconv_desktop.commands import audit, backup, caseload, catalogue, cv, rights, sync, vault

COMMAND_GROUPS = [vault, caseload, sync, audit, backup, rights, cv, catalogue]
