"""Fixtures for the sources on this computer: a LocalSourcesService whose engine is
tests/support/fake_engine.py (the engine's contract without torch), handed in as its
``engine_command`` (the application's default is ``python -m hfi_desktop.engine --port 0``).

Import them where needed: ``from tests.support.local_engine import local as local``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.ui.local import LocalSourcesService

FAKE_ENGINE = Path(__file__).resolve().parent / "fake_engine.py"


def engine_command(log: Path, *extra: str) -> list[str]:
    """The fake engine, logging each request (with its Authorization header) to ``log``."""
    return [sys.executable, str(FAKE_ENGINE), "--log", str(log), *extra]


def requests_seen(log: Path) -> list[dict[str, str]]:
    """What the fake engine logged: method, path, authorization of each request."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


@pytest.fixture
def engine_log(tmp_path: Path) -> Path:
    return tmp_path / "engine-requests.jsonl"


@pytest.fixture
def local(engine_log: Path) -> Iterator[LocalSourcesService]:
    made = LocalSourcesService(engine_command(engine_log))
    yield made
    made.shutdown()


async def restart_from_the_error(page: Any, local: LocalSourcesService, timeout: float) -> None:
    """Click "Restart the local engine" in ``page``'s error box; until the engine runs."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.support.qt_async import wait_until

    buttons = page.result_panel.error_box.action_buttons()
    restart = next(b for b in buttons if b.text() == "Restart the local engine")
    QTest.mouseClick(restart, Qt.MouseButton.LeftButton)
    await wait_until(local.engine.is_running, timeout=timeout)
