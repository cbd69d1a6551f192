"""A writer process for the kill tests: works on a vault and says what it committed.

Usage: writer.py DATA_DIR MODE COUNTER PASSPHRASE [DEST]
MODE: `caseload` (add and edit workers and notes, import a referential, change the
passphrase), `backup` (back up to DEST in a loop), `export` (write bundles to DEST in a loop).
After each commit it prints `COMMITTED <what> <id> [...]` and flushes, so the test knows
exactly what must survive a SIGKILL. Before a passphrase change it prints `PENDING pass <new>`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reconv_desktop.paths import app_paths
from reconv_desktop.vault import crypto
from reconv_desktop.vault.instance_lock import lock_vault
from reconv_desktop.vault.vault import Vault

ESCO = Path(__file__).resolve().parents[1] / "data" / "esco" / "fr"


def letters(n: int) -> str:
    """A counter as letters: names may not contain digits."""
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if not n:
            return out.capitalize()


def say(*parts: object) -> None:
    print(*parts, flush=True)


def caseload(vault: Vault, store, counter: int, passphrase: str) -> None:
    from reconv_desktop.referential.esco_import import import_esco

    worker_ids: list[str] = []
    while True:
        counter += 1
        worker = store.workers.add(family_name=f"Wójcik-{letters(counter)}", given_name="Łukasz")
        worker_ids.append(worker.id)
        say("COMMITTED worker", worker.id)
        note = store.notes.add(worker.id, f"Note {counter} : Nguyễn Thị Hoa, rendez-vous")
        say("COMMITTED note", note.id)
        target = worker_ids[counter % len(worker_ids)]
        store.workers.update(target, city=f"Ville-{counter}")
        say("COMMITTED edit", target, counter)
        if counter % 7 == 0:
            import_esco(store.db, ESCO, "fr")
            say("COMMITTED import", counter)
        if counter % 5 == 0:
            new = f"Phrase-{counter}-Łódź-sûre"
            say("PENDING pass", new)
            vault.change_passphrase(passphrase, new, kdf=crypto.FAST_ARGON2)
            passphrase = new
            say("COMMITTED pass", new)


def backups_loop(store, dest: Path) -> None:
    from reconv_desktop.backup.backups import create_backup

    while True:
        info = create_backup(store, dest=dest)
        say("COMMITTED backup", info.name)
        store.workers.add(family_name="Yılmaz", given_name="Ayşe")


def export_loop(store, dest: Path, counter: int) -> None:
    from reconv_desktop.sync.export import export_bundle

    while True:
        counter += 1
        store.workers.add(family_name=f"Yılmaz-{letters(counter)}", given_name="Ayşe")
        target = dest / f"lot-{counter:06d}.reconv"
        export_bundle(store, None, "pseudonymous", target)
        say("COMMITTED export", target.name)


def main() -> None:
    data_dir, mode, counter, passphrase = sys.argv[1:5]
    dest = Path(sys.argv[5]) if len(sys.argv) > 5 else None
    paths = app_paths(data_dir)
    lock = lock_vault(paths.lock_file)
    vault = Vault(paths)
    store = vault.unlock(passphrase)
    say("READY", "recovered" if lock.recovered else "clean")
    if mode == "caseload":
        caseload(vault, store, int(counter), passphrase)
    elif mode == "backup":
        backups_loop(store, dest)
    else:
        export_loop(store, dest, int(counter))


if __name__ == "__main__":
    main()
