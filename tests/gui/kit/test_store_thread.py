"""StoreThread: one OS thread owns its connection, from the lazy open to the close."""

from __future__ import annotations

import threading

from reconv_desktop.gui.kit.operations import QueryOp
from reconv_desktop.gui.kit.store_thread import StoreThread
from reconv_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_every_op_runs_in_the_thread_that_opened_the_store(qtbot, vault: Vault):
    key = vault.key_from_passphrase(PASSPHRASE)
    opened_in: list[int] = []

    def open_store():
        opened_in.append(threading.get_ident())
        return vault.open_with_key(key, log_unlock=False)

    thread = StoreThread(open_store)
    seen: list[tuple[int, int]] = []

    def adding(given: str):
        def op(store, _progress):
            with store.transaction():  # refused outside the owner thread
                store.workers.add(family_name="Wójcik", given_name=given)
            return threading.get_ident(), store.owner_thread

        return op

    for given in ("Łukasz", "Ayşe", "Thị Hoa", "芳", "Marie"):
        thread.start(QueryOp(None, thread.bind(adding(given)), seen.append))
    qtbot.waitUntil(lambda: len(seen) == 5 and not thread.busy, timeout=10_000)
    assert len(opened_in) == 1  # opened once, lazily
    assert {ident for pair in seen for ident in pair} == {opened_in[0]}
    assert opened_in[0] != threading.get_ident()

    closed = []
    thread.close(lambda: closed.append(True))
    qtbot.waitUntil(lambda: closed == [True], timeout=10_000)
    with vault.unlock(PASSPHRASE) as check:
        assert len(check.workers.caseload()) == 5


def test_close_now_when_idle_needs_no_event_loop(vault: Vault):
    key = vault.key_from_passphrase(PASSPHRASE)
    thread = StoreThread(lambda: vault.open_with_key(key, log_unlock=False))
    assert not thread.busy
    thread.close_now()  # never opened: nothing to close, returns at once
