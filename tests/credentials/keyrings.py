"""Keyring backends for tests (tests/conftest.py makes "no backend" the default), and a
fixture that installs one for a test and puts the previous one back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from keyring import backend, get_keyring, set_keyring
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(backend.KeyringBackend):
    """A working keyring that keeps passwords in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class BrokenKeyring(backend.KeyringBackend):
    """A backend that is there but fails (a locked collection, a D-Bus error)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the collection is locked")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts and forgets, as keyring's null backend does."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


UseKeyring = Callable[[backend.KeyringBackend], backend.KeyringBackend]


@pytest.fixture
def use_keyring() -> Iterator[UseKeyring]:
    """``use_keyring(MemoryKeyring())`` installs it for this test."""
    previous = get_keyring()

    def install(made: backend.KeyringBackend) -> backend.KeyringBackend:
        set_keyring(made)
        return made

    yield install
    set_keyring(previous)


class RefusingKeyring(MemoryKeyring):
    """Reads what it holds, but refuses to change it (a read-only or policy-locked
    collection): set and delete raise."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the collection is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("the collection is read-only")
