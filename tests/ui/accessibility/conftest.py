"""The main window as the app builds it (live settings, File ▸ Settings…, a history in a
temporary folder), over the fake server, trusted with the token so runs ask nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import CATALOG
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings, install_settings
from tests.ui.history.conftest import history as history
from tests.ui.settings.conftest import hooks
from tests.ui.settings.conftest import live as live
from tests.ui.settings.conftest import make_live as make_live
from tests.ui.settings.conftest import own_profile as own_profile
from tests.ui.settings.conftest import settings as settings


@pytest.fixture
def app_window(qtbot: QtBot, live: LiveSettings, bridge: Bridge, history: HistoryService
               ) -> Iterator[MainWindow]:
    live.trust.allow(live.settings.get(keys.BASE_URL))
    services = live.services(bridge)
    services.history = history
    window = MainWindow(CATALOG, services)
    qtbot.addWidget(window)
    install_settings(window, live, bridge)
    window.resize(1280, 800)
    window.show()
    yield window
    window.compare.close_all()
    for page in window.pages.values():
        page.cancel()
    hooks(window).close()
