"""The application in a child process, for the crash tests (tests/crash/).

    python -m tests.crash.app_child <scenario>        (cwd: the repository root)

Builds the real pieces as hfi_desktop.app does — QApplication, the qasync loop, Services
with the Bridge, the history (HistoryService in HFI_DESKTOP_DATA_DIR) and the MainWindow
(offscreen) — with a client pointed at the fake Inference API the TEST process runs
(its URL in HFI_CRASH_API_URL). Then it awaits ``run(app)`` of the module
``tests.crash.scenario_<scenario>``, which prints marker lines on stdout (flushed) for the
test to wait for before it kills this process. A scenario that returns ends the process
with exit code 0.

Adding a scenario (the export's "kill in the middle of a save", say) is adding a module
``tests/crash/scenario_<name>.py`` with ``async def run(app: App) -> None``.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hfi_desktop.bridge import Bridge, install_excepthook
from hfi_desktop.catalog import CATALOG
from hfi_desktop.inference import HfInference
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services

API_URL_ENV = "HFI_CRASH_API_URL"


@dataclass
class App:
    window: MainWindow
    services: Services
    history: HistoryService
    data_dir: Path


def say(line: str) -> None:
    """A marker line for the test (stdout, flushed at once)."""
    print(line, flush=True)


def main(argv: list[str]) -> int:
    scenario = importlib.import_module(f"tests.crash.scenario_{argv[1]}")
    install_excepthook()
    app = QApplication([argv[0]])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    url = os.environ[API_URL_ENV]
    data_dir = paths.data_dir()
    settings = Settings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    history = HistoryService.open(settings=settings)
    client = HfInference(base_url=url, hub_url=url, timeout=(2.0, 30.0))
    services = Services.create(client, bridge=Bridge(), settings=settings, history=history,
                               recent_models=RecentModels(settings.qsettings))
    window = MainWindow(CATALOG, services)
    window.show()
    try:
        with loop:
            loop.run_until_complete(scenario.run(App(window, services, history, data_dir)))
    finally:
        services.bridge.shutdown()
        history.close()
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
