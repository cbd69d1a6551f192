"""The one family of errors a user can cause: each carries a message and a stable code.

Messages are written in French (the source language) and given translated, through
`reconv_desktop.i18n.translate`; a constant marked with `QT_TRANSLATE_NOOP` is translated here.
"""

from __future__ import annotations

from reconv_desktop.i18n import translated


class ReconvError(Exception):
    """An error the user can understand and act on (bad input, wrong passphrase, bad file)."""

    def __init__(self, message: str, code: str = "error") -> None:
        message = translated(message)
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message


class ValidationError(ReconvError):
    """A form or command-line value that does not pass the domain rules."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, code=f"invalid_{field}")
        self.field = field


class VaultError(ReconvError):
    """Anything that prevents creating, unlocking or rewrapping a vault."""


class NotFoundError(ReconvError):
    """A record asked for by id that the vault does not hold."""
