"""The Store facade: it belongs to the thread that opened it, and two connections of one vault
share one clock."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from reconv_desktop.domain.clock import parse_hlc
from reconv_desktop.store.store import Store
from reconv_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _in_thread(fn):
    """Run `fn()` in another thread; return what it raised (or None)."""
    raised: list[BaseException | None] = [None]

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            raised[0] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return raised[0]


def test_transaction_from_another_thread_is_refused_and_says_why(store: Store):
    def write() -> None:
        with store.transaction():
            store.workers.add(family_name="Wójcik", given_name="Łukasz")

    raised = _in_thread(write)
    assert isinstance(raised, RuntimeError)
    assert "thread" in str(raised) and "own" in str(raised)
    assert store.workers.caseload() == []  # nothing was written
    with store.transaction():  # the owner thread still writes
        store.workers.add(family_name="Wójcik", given_name="Łukasz")
    assert [r.family_name for r in store.workers.caseload()] == ["Wójcik"]


def test_a_connection_refuses_any_use_from_another_thread(store: Store):
    raised = _in_thread(lambda: store.query("SELECT count(*) FROM worker"))
    assert isinstance(raised, sqlcipher3.ProgrammingError)


def test_a_store_opened_in_a_thread_is_used_and_closed_there(vault: Vault):
    def work() -> None:
        opened = vault.unlock(PASSPHRASE)
        try:
            with opened.transaction():
                opened.workers.add(family_name="Yılmaz", given_name="Ayşe")
        finally:
            opened.close()

    assert _in_thread(work) is None
    with vault.unlock(PASSPHRASE) as again:
        assert [r.given_name for r in again.workers.caseload()] == ["Ayşe"]


def test_two_connections_never_stamp_behind_each_other(vault: Vault):
    first, second = vault.unlock(PASSPHRASE), vault.unlock(PASSPHRASE)
    try:
        # The first connection's clock runs far ahead (e.g. it imported a bundle stamped by
        # a device whose clock is fast): the second must stamp after it, not before.
        ahead = "2099-01-01T00:00:00.000Z/000007"
        first.clock.observe(ahead)
        with first.transaction():
            first.workers.add(family_name="Nguyễn", given_name="Thị Hoa")
        with second.transaction():
            worker = second.workers.add(family_name="王", given_name="芳")
        assert parse_hlc(worker.updated_at) > parse_hlc(ahead)
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("nested", [False, True])
def test_nested_transactions_still_join_in_the_owner_thread(store: Store, nested: bool):
    with store.transaction():
        store.workers.add(family_name="Dupont", given_name="Marie")
        if nested:
            with store.transaction():
                store.workers.add(family_name="Wójcik", given_name="Łukasz")
    assert len(store.workers.caseload()) == (2 if nested else 1)
