"""Passphrase rules and a simple strength estimate shown while the counsellor types."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated

MIN_PASSPHRASE_LENGTH = 10
MAX_PASSPHRASE_LENGTH = 1024
COMMON = {"motdepasse", "password", "azerty", "qwerty", "123456", "reconv", "soleil"}


STRENGTH_LABELS = (
    QT_TRANSLATE_NOOP("passphrase", "très faible"),
    QT_TRANSLATE_NOOP("passphrase", "faible"),
    QT_TRANSLATE_NOOP("passphrase", "correcte"),
    QT_TRANSLATE_NOOP("passphrase", "forte"),
    QT_TRANSLATE_NOOP("passphrase", "très forte"),
)


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (very strong)
    bits: float
    label: str


def estimate_strength(passphrase: str) -> Strength:
    """Rough entropy from length and character classes; words like 'azerty' cost a lot."""
    pools = [
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
    ]
    pool = sum(size for chars, size in pools if any(c in chars for c in passphrase))
    if any(not c.isascii() or c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    bits = len(passphrase) * math.log2(pool) if pool else 0.0
    lowered = passphrase.lower()
    if any(word in lowered for word in COMMON) or len(set(passphrase)) <= 3:
        bits /= 2
    score = 0 if bits < 35 else 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 80 else 4
    return Strength(score, bits, translated(STRENGTH_LABELS[score]))


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Minimum rules for a new passphrase; French message on the first rule broken."""
    if confirmation is not None and passphrase != confirmation:
        raise ValidationError(
            "passphrase",
            translate("passphrase", "Les deux phrases de passe ne sont pas identiques."),
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase",
            translate(
                "passphrase", "La phrase de passe doit compter au moins {n} caractères."
            ).format(n=MIN_PASSPHRASE_LENGTH),
        )
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase", translate("passphrase", "La phrase de passe est trop longue.")
        )
    if estimate_strength(passphrase).score == 0:
        raise ValidationError(
            "passphrase",
            translate(
                "passphrase",
                "Phrase de passe trop faible : ajoutez des mots, des chiffres ou des signes.",
            ),
        )
