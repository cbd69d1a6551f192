"""Command groups shared by several modules: `reconv workers` gathers the caseload's
list/search/add and the rights' export/erase/consent under one word."""

from __future__ import annotations

import argparse

from reconv_desktop.i18n import translated

_GROUPS_ATTRIBUTE = "_reconv_groups"


def command_group(
    sub: argparse._SubParsersAction, name: str, help_text: str
) -> argparse._SubParsersAction:
    """The actions of `reconv NAME ACTION`, created by the first module that asks."""
    groups: dict[str, argparse._SubParsersAction] = sub.__dict__.setdefault(_GROUPS_ATTRIBUTE, {})
    if name not in groups:
        parser = sub.add_parser(name, help=translated(help_text))
        actions = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION")
        actions.required = True
        groups[name] = actions
    return groups[name]
