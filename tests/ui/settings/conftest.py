"""A main window wired as the app wires it (LiveSettings, the token gate, File ▸ Settings…),
over the fake server, in a profile of its own (config dir, HF home, settings file)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hfi_desktop.bridge import Bridge
from hfi_desktop.credentials.secrets import FoundToken, TokenSource
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import Settings, Theme
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings, SettingsHooks, install_settings
from hfi_desktop.ui.theme import apply_theme
from tests.credentials.keyrings import use_keyring as use_keyring
from tests.support.fake_api import FakeInferenceAPI

from ..conftest import MakeWindow

TOKEN = "hf_settings_ui_token_0123456789"


@pytest.fixture(autouse=True)
def own_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's config dir and HF home; the theme put back afterwards."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf_home"))
    monkeypatch.delenv("HF_TOKEN_PATH", raising=False)
    yield tmp_path
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(Theme.SYSTEM, app)


@pytest.fixture
def settings(tmp_path: Path, fake_api: FakeInferenceAPI) -> Settings:
    """Settings aimed at the fake server (inference and Hub)."""
    made = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    with made.batch():
        made.set(keys.BASE_URL, fake_api.url)
        made.set(keys.HUB_URL, fake_api.url)
        made.set(keys.CONNECT_TIMEOUT, 2.0)
        made.set(keys.READ_TIMEOUT, 10.0)
    return made


MakeLive = Callable[..., LiveSettings]


@pytest.fixture
def make_live(settings: Settings) -> Iterator[MakeLive]:
    made: list[LiveSettings] = []

    def make(token: str | None = TOKEN, source: TokenSource = TokenSource.ENV) -> LiveSettings:
        found = None if token is None else FoundToken(token, source if token else
                                                      TokenSource.NONE)
        live = LiveSettings(settings, token=found)
        made.append(live)
        return live

    yield make
    for live in made:
        live.close()


@pytest.fixture
def live(make_live: MakeLive) -> LiveSettings:
    """Settings in effect with a token (as if from HF_TOKEN)."""
    return make_live()


@pytest.fixture
def bridge(qasync_loop: object) -> Iterator[Bridge]:
    made = Bridge()
    yield made
    made.shutdown()


MakeAppWindow = Callable[[], MainWindow]


@pytest.fixture
def make_app_window(make_window: MakeWindow, live: LiveSettings, bridge: Bridge
                    ) -> Iterator[MakeAppWindow]:
    """The main window wired as at start-up (with the settings as they are then)."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = make_window(services=live.services(bridge))
        install_settings(window, live, bridge)
        window.resize(1300, 850)
        made.append(window)
        return window

    yield make
    for window in made:
        hooks(window).close()


@pytest.fixture
def app_window(make_app_window: MakeAppWindow) -> MainWindow:
    return make_app_window()


def hooks(window: MainWindow) -> SettingsHooks:
    found: SettingsHooks = window.settings_hooks  # type: ignore[attr-defined]
    return found
