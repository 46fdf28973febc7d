"""History tests: the window of tests/ui/conftest.py, with a history in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.bridge import Bridge
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.storage.records import RunRecord
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.services import Services
from tests.support.qt_async import AsyncRunner


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def history(qasync_loop: AsyncRunner, tmp_path: Path, settings: Settings
            ) -> Iterator[HistoryService]:
    made = HistoryService.open(tmp_path / "data", settings=settings)
    assert made.wait_open(5), made.error
    yield made
    made.close()


@pytest.fixture
def services(client: HfInference, bridge: Bridge, history: HistoryService,
             settings: Settings) -> Services:
    """Overrides tests/ui/conftest.py's: the same, with the history (so ``window`` has it)."""
    return Services.create(client, bridge=bridge, recent_models=RecentModels(settings.qsettings),
                           settings=settings, history=history)


def stored(history: HistoryService, run_id: str) -> RunRecord:
    """The record of ``run_id`` once every queued write is done (blocks briefly)."""
    found = history.submit(lambda store: store.get(run_id)).result(5)
    assert found is not None, f"run {run_id} is not in the history"
    return found


def add_records(history: HistoryService, records: list[RunRecord]) -> None:
    def write(store: HistoryStore) -> None:
        for record in records:
            store.finish(record)
    history.submit(write).result(30)
