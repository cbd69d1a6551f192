"""Why a bundle is refused: one French message and one stable code per kind of problem."""

from __future__ import annotations

from reconv_desktop.errors import ReconvError


class BundleError(ReconvError):
    """A bundle that cannot be read or trusted; nothing was changed."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(f"Lot refusé : {message} Rien n'a été modifié.", code)
