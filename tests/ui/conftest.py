"""Application tests: a real main window over the fake Inference API, on a qasync loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import CATALOG, TaskSpec
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.storage.settings import Language, Settings
from hfi_desktop.ui.i18n import install_translations
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.support.fake_api import FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.fixtures import refused_url as refused_url
from tests.support.qt_async import AsyncRunner
from tests.support.qt_async import qasync_loop as qasync_loop
from tests.support.qt_async import run_async as run_async


@pytest.fixture
def in_chinese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The app's and Qt's Chinese translators installed (as at a start in zh_CN)."""
    installed = install_translations(qapp, Language.SIMPLIFIED_CHINESE)
    assert len(installed) == 2, "the app's and Qt's zh_CN translations"
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def bridge(qasync_loop: AsyncRunner) -> Iterator[Bridge]:
    made = Bridge()
    yield made
    made.shutdown()


@pytest.fixture
def client(fake_api: FakeInferenceAPI) -> Iterator[HfInference]:
    made = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 10.0))
    yield made
    made.close()


@pytest.fixture
def services(client: HfInference, bridge: Bridge,
             tmp_path_factory: pytest.TempPathFactory) -> Services:
    # not in tmp_path: tests that save results there find only theirs (a run that succeeds
    # writes to the settings)
    folder = tmp_path_factory.mktemp("profile")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    return Services.create(client, bridge=bridge, recent_models=RecentModels(settings),
                           settings=Settings(settings))


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, services: Services) -> Iterator[MakeWindow]:
    fixture_services = services
    """make_window(tasks=CATALOG, services=None): a main window over ``services`` (None:
    the fixture's), shown; its pages' runs cancelled at teardown."""
    made: list[MainWindow] = []

    def make(tasks: Sequence[TaskSpec] = CATALOG, services: Services | None = None
             ) -> MainWindow:
        window = MainWindow(tasks, services or fixture_services)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        for page in window.pages.values():
            page.cancel()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
