"""Why a bundle is refused: one French message and one stable code per kind of problem."""

from __future__ import annotations

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate


class BundleError(ReconvError):
    """A bundle that cannot be read or trusted; nothing was changed."""

    def __init__(self, message: str, code: str) -> None:
        self.reason = message  # what is wrong, without the "refused, nothing changed" frame
        super().__init__(
            translate("sync", "Lot refusé : {reason} Rien n'a été modifié.").format(reason=message),
            code,
        )
