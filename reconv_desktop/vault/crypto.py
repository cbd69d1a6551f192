"""Key wrapping for the vault header: Argon2id or HKDF key-encryption keys, AES-256-GCM.

The SQLCipher raw key is random; only wrapped copies of it are ever written to disk.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

RAW_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# About 0.3 s on the 2-core CI machine, ~0.5 s on an older laptop; 256 MiB makes GPU
# guessing expensive.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 256 * 1024
ARGON2_PARALLELISM = 2

RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 4  # 32 characters x 5 bits = 160 bits


@dataclass(frozen=True, slots=True)
class Argon2Params:
    time_cost: int = ARGON2_TIME_COST
    memory_cost_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


# For tests and throwaway demo vaults only: the parameters are stored in the header anyway.
FAST_ARGON2 = Argon2Params(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


def new_raw_key() -> bytes:
    return secrets.token_bytes(RAW_KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def passphrase_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Key-encryption key from a passphrase (Argon2id; the slow step of unlocking)."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def recovery_kek(recovery_secret: bytes, salt: bytes) -> bytes:
    """Key-encryption key from a recovery key; it has 160 bits already, so HKDF is enough."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"reconv-vault-recovery-v1"
    ).derive(recovery_secret)


def wrap(kek: bytes, secret: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, secret, aad)


def unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes | None:
    """The secret, or None when the key is wrong or anything bound in `aad` was changed."""
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None


def header_mac(raw_key: bytes, canonical: bytes) -> str:
    """HMAC binding the whole header to the key, so a swapped slot is noticed after unlock."""
    mac_key = hashlib.sha256(b"reconv-header-mac" + raw_key).digest()
    return hmac.new(mac_key, canonical, hashlib.sha256).hexdigest()


def new_recovery_key() -> tuple[str, bytes]:
    """(text to show, secret bytes): groups of 4 characters a person can copy by hand."""
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_SIZE)
    )
    return format_recovery_key(chars), chars.encode("ascii")


def format_recovery_key(chars: str) -> str:
    size = RECOVERY_GROUP_SIZE
    return "-".join(chars[i : i + size] for i in range(0, len(chars), size))


def parse_recovery_key(text: str) -> bytes | None:
    """Secret bytes of a typed recovery key, forgiving case, spaces, dashes, O/0 and I/L/1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_SIZE:
        return None
    if any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        return None
    return cleaned.encode("ascii")
