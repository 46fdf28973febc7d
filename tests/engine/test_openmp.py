"""The engine's OpenMP threads sleep while they wait (see engine.__main__.wait_politely)."""

from __future__ import annotations

from hfi_desktop.engine.__main__ import wait_politely


def test_waiting_threads_sleep_by_default() -> None:
    environ: dict[str, str] = {}
    wait_politely(environ)
    assert environ == {"OMP_WAIT_POLICY": "PASSIVE"}


def test_the_users_own_choice_is_kept() -> None:
    environ = {"OMP_WAIT_POLICY": "ACTIVE"}
    wait_politely(environ)
    assert environ == {"OMP_WAIT_POLICY": "ACTIVE"}
