""" "Remember on this computer": the raw vault key kept in the OS keyring, when one exists.

Backends are chosen by the `keyring` library at run time; the fail/null backends, or any
backend that errors, mean the option is off and the user is told why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

from reconv_desktop.i18n import translate

SERVICE = "reconv-desktop"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    backend: str
    reason: str = ""


def keyring_status() -> KeyringStatus:
    """Whether a usable OS keyring exists, with a French reason when it does not."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend plugin must never stop the app
        log.warning("keyring backend could not be loaded", exc_info=True)
        return KeyringStatus(
            False, "?", translate("vault", "Le trousseau du système n'a pas pu être chargé.")
        )
    name = type(backend).__module__ + "." + type(backend).__name__
    priority = getattr(backend, "priority", 0)
    if "fail" in name or "null" in name or priority <= 0:
        return KeyringStatus(
            False,
            name,
            translate(
                "vault",
                "Aucun trousseau sécurisé n'est disponible sur cet ordinateur "
                "(gestionnaire de mots de passe du système) : la phrase de passe sera demandée "
                "à chaque ouverture.",
            ),
        )
    return KeyringStatus(True, name)


def remember_key(vault_id: str, raw_key: bytes) -> bool:
    """Store the key; False (with a log line, no secret) when the keyring refuses."""
    if not keyring_status().available:
        return False
    try:
        keyring.set_password(SERVICE, vault_id, raw_key.hex())
    except (KeyringError, RuntimeError, OSError):
        log.warning("keyring refused to store the vault key", exc_info=True)
        return False
    return True


def remembered_key(vault_id: str) -> bytes | None:
    """The remembered key for this vault, or None."""
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except Exception:
        log.warning("keyring lookup failed", exc_info=True)
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget_key(vault_id: str) -> None:
    """Remove the remembered key, if any."""
    try:
        keyring.delete_password(SERVICE, vault_id)
    except Exception:
        log.info("no remembered key to forget")
