"""The access token is never written anywhere by the application.

A whole session in a throw-away profile (HOME, XDG dirs, HF home, data dir, temp dir,
QSettings), wired as hfi_desktop/app.py wires it: the token is typed into Settings ▸ Account
(kept in a keyring, as on a desktop), the fake server is trusted with it, pages run several
tasks — one whose server echoes the Authorization header back in its error, a stream, a
stream whose error event echoes it — results are saved, the settings dialog is opened,
screenshots taken, logs written to a file. Then every file under the profile is searched for
the token in every encoding (tests/support/token_copies.py): none may hold it.

Also: with no working keyring the token goes to a 0600 file (the one place it may be), and
the dialog says so.
"""

from __future__ import annotations

import logging
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import CATALOG
from hfi_desktop.credentials.secrets import TokenSource, install_log_redaction
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import NamedEndpoint, Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.settings import LiveSettings, SettingsDialog, install_settings
from tests.credentials.keyrings import BrokenKeyring, MemoryKeyring, UseKeyring
from tests.credentials.keyrings import use_keyring as use_keyring
from tests.support.fake_api import Exchange, FakeInferenceAPI
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api
from tests.support.qt_async import RunAsync, wait_until
from tests.support.qt_async import qasync_loop as qasync_loop
from tests.support.qt_async import run_async as run_async
from tests.support.token_copies import needles
from tests.ui.pages import fill_first_example, run_page

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


class EchoAuthorization:
    """A 400 whose error message repeats the Authorization header it got."""

    def serve(self, ex: Exchange) -> None:
        header = ex.request.header("authorization")
        ex.send_json(400, {"error": f"Invalid request: got Authorization: {header}"})


class EchoAuthorizationInStream:
    """A stream whose first event is an error repeating the Authorization header."""

    def serve(self, ex: Exchange) -> None:
        header = ex.request.header("authorization")
        ex.start_body(200, "text/event-stream", framing="chunked")
        ex.write_part(f'data: {{"error": "rejected {header}", "error_type": "auth"}}\n\n'
                      .encode())
        ex.end_body()


def files_holding(root: Path, token: str) -> list[str]:
    wanted = needles(token)
    holding = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(needle in data for needle in wanted):
                holding.append(str(path.relative_to(root)))
    return holding


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            profile_dir: Path) -> Iterator[Path]:
    """Everything the app may write goes under ``tmp_path/profile``."""
    root = tmp_path / "profile"
    for name in ("home", "config", "data", "cache", "state", "hf_home", "tmp", "qsettings",
                 "app_data"):
        (root / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(root / "state"))
    monkeypatch.setenv("HF_HOME", str(root / "hf_home"))
    monkeypatch.setenv("HFI_DESKTOP_DATA_DIR", str(root / "app_data"))
    monkeypatch.delenv("HF_TOKEN_PATH", raising=False)
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    # The app's per-process temp folder, made anew under this profile's temp dir.
    import hfi_desktop.temp_files as temp_files

    monkeypatch.setattr(temp_files, "_folder", None)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(root / "qsettings"))
    try:
        yield root
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(profile_dir / "qsettings"))


@pytest.fixture
def log_file(profile: Path) -> Iterator[Path]:
    """The app's logging, to a file in the profile, redacted as app.main() does it."""
    path = profile / "state" / "hfi_desktop.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    install_log_redaction()
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


class Session:
    def __init__(self, qtbot: QtBot, fake_api: FakeInferenceAPI, bridge: Bridge) -> None:
        settings = Settings()  # the default QSettings: in the profile
        with settings.batch():
            settings.set(keys.BASE_URL, fake_api.url)
            settings.set(keys.HUB_URL, fake_api.url)
        self.live = LiveSettings(settings)
        services = self.live.services(bridge)
        self.history: Any = None
        try:
            from hfi_desktop.storage.history.service import HistoryService
        except ImportError:  # pragma: no cover - history arrives with its own work
            pass
        else:
            self.history = services.history = HistoryService.open(settings=settings)
        self.window = MainWindow(CATALOG, services)
        qtbot.addWidget(self.window)
        self.hooks = install_settings(self.window, self.live, bridge)
        self.window.resize(1300, 850)
        self.window.show()

    def dialog(self) -> SettingsDialog:
        return self.hooks.open_dialog()

    def close(self) -> None:
        for page in self.window.pages.values():
            page.cancel()
        self.hooks.close()
        self.window.close()
        if self.history is not None:
            self.history.close()
        self.live.close()


@pytest.fixture
def bridge(qasync_loop: object) -> Iterator[Bridge]:
    made = Bridge()
    yield made
    made.shutdown()


def test_the_token_is_written_nowhere(qtbot: QtBot, profile: Path, log_file: Path,
                                      fake_api: FakeInferenceAPI, bridge: Bridge,
                                      use_keyring: UseKeyring, run_async: RunAsync) -> None:
    token = "hf_LEAKCHECK_" + secrets.token_hex(12)
    ring = use_keyring(MemoryKeyring())
    session = Session(qtbot, fake_api, bridge)
    live = session.live

    async def scenario() -> dict[str, str]:
        # Settings ▸ Account ▸ Replace…: type the token, save it (in the keyring).
        dialog = session.dialog()
        account = dialog.account
        account.begin_replace()
        qtbot.keyClicks(account.editor, token)
        account.save_button.click()
        await wait_until(lambda: live.token.source is TokenSource.APP_KEYRING)
        # Settings ▸ Endpoints: the fake server, trusted with the token.
        dialog.tabs.setCurrentWidget(dialog.endpoints)
        dialog.endpoints.load(dataclass_replace(
            dialog.values(), endpoints=(NamedEndpoint("local", fake_api.url, True),)))
        assert dialog.apply()
        await wait_until(lambda: not account.busy(), timeout=10)
        dialog.grab().save(str(profile / "home" / "settings.png"))
        dialog.accept()

        states: dict[str, str] = {}
        for task_id in ("text-classification", "fill-mask", "image-classification",
                        "text-to-image", "text-generation-stream"):
            page = session.window.show_task(task_id)
            await fill_first_example(page)
            states[task_id] = await run_page(page)
        # A server that echoes the Authorization header in its error…
        fake_api.program(SST2_PATH, EchoAuthorization(), times=1)
        page = session.window.show_task("text-classification")
        states["echo error"] = await run_page(page)
        shown = page.result_panel.error_box.message.text()
        assert token not in shown and "hf_***" in shown
        # … and in a stream's error event.
        stream_page = session.window.show_task("text-generation-stream")
        fake_api.program(f"/models/{stream_page.model_field.effective_model()}",
                         EchoAuthorizationInStream(), times=1)
        states["echo stream"] = await run_page(stream_page)
        assert token not in stream_page.result_panel.error_box.message.text()
        session.window.grab().save(str(profile / "home" / "window.png"))
        await save_results(session, profile)
        if session.history is not None:
            await session.history.flush()
        return states

    states = run_async(scenario(), timeout=60)
    assert states == {"text-classification": "done", "fill-mask": "done",
                      "image-classification": "done", "text-to-image": "done",
                      "text-generation-stream": "done", "echo error": "error",
                      "echo stream": "error"}
    # The token did go to the (trusted) server: what it echoed was the real thing.
    assert fake_api.requests_to(SST2_PATH)[-1].header("authorization") == f"Bearer {token}"
    assert ring.get_password("hfi_desktop", "hf_token") == token
    logging.getLogger("hfi_desktop.test").info("session over; token %s", token)  # redacted
    session.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = sorted(str(p.relative_to(profile)) for p in profile.rglob("*") if p.is_file())
    assert "state/hfi_desktop.log" in written
    assert any(name.startswith("qsettings/") for name in written)
    assert any(name.endswith(".png") for name in written)
    assert log_file.read_text().count("hf_***") >= 1  # the echoed errors were logged…
    assert files_holding(profile, token) == []  # … without the token, and nothing else has it


def dataclass_replace(values: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(values, **changes)


async def save_results(session: Session, profile: Path) -> None:
    """Save every page's last run (and the error runs) as the export feature does."""
    try:
        from hfi_desktop.storage.export.save import save_all
    except ImportError:  # pragma: no cover - export arrives with its own work
        return
    runs = [page.last_run for page in session.window.pages.values() if page.last_run]
    folder = profile / "home" / "exports"
    folder.mkdir()
    await session.window.pages["text-classification"]._services.bridge.run(
        lambda: save_all(runs, folder))
    assert any(folder.rglob("*.json"))


def test_no_keyring_the_token_goes_to_a_0600_file_and_the_dialog_says_so(
        qtbot: QtBot, profile: Path, fake_api: FakeInferenceAPI, bridge: Bridge,
        use_keyring: UseKeyring, run_async: RunAsync) -> None:
    token = "hf_LEAKCHECK_" + secrets.token_hex(12)
    use_keyring(BrokenKeyring())
    session = Session(qtbot, fake_api, bridge)

    async def scenario() -> SettingsDialog:
        dialog = session.dialog()
        dialog.account.begin_replace()
        qtbot.keyClicks(dialog.account.editor, token)
        dialog.account.save_button.click()
        await wait_until(lambda: session.live.token.source is TokenSource.APP_FILE)
        await wait_until(lambda: not dialog.account.busy(), timeout=10)
        return dialog

    dialog = run_async(scenario())
    path = profile / "config" / "hfi_desktop" / "token"
    assert path.read_text() == token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "No system keyring works here" in dialog.account.storage_note.message()
    assert str(path) in dialog.account.storage_note.message()
    assert dialog.account.source_label.text() == (
        "From the app's token file (readable only by you)")
    session.close()
    assert files_holding(profile, token) == ["config/hfi_desktop/token"]  # there only
