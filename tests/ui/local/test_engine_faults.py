"""Faults of the REAL local engine as the application shows them: the LocalSourcesService
starts its default command (``python -m hfi_desktop.engine``) over a Hub cache of tiny models
built offline (HF_HOME, HF_HUB_OFFLINE=1: the child inherits the environment), and a
text-classification page runs on "Local engine" as a user does (picker, Run).

A model not in the cache, a corrupt model folder, a model too big for the memory budget set in
Settings, the engine killed mid-request (and restarted from the page), and a second
application's engine on a port of its own."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.settings.local_servers import LocalServersTab
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.support.local_engine import restart_from_the_error
from tests.support.qt_async import RunAsync, wait_until
from tests.support.tiny_models import add_folder
from tests.ui.conftest import MakeWindow
from tests.ui.history.conftest import history as history
from tests.ui.history.conftest import services as services
from tests.ui.history.conftest import settings as settings
from tests.ui.pages import run_page
from tests.ui.providers.conftest import _offline as _offline
from tests.ui.providers.conftest import click_choice
from tests.ui.providers.conftest import client as client
from tests.ui.providers.test_picker import choose_model

TASK = "text-classification"
CLASSIFIER = "tiny/bert-classifier"
CORRUPT = "tiny/corrupt-classifier"
SHOTS = Path("/work/shots")
#: Runs of the real engine: its start imports torch, a model's first load takes seconds.
RUN_TIMEOUT_S = 120.0


@pytest.fixture(scope="module")
def hf_home(engine_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's tiny models (built once, in a child process: no torch here)
    with a corrupt copy of the classifier."""
    root = tmp_path_factory.mktemp("hf_home")
    shutil.copytree(engine_cache / "hub", root / "hub")
    [snapshot] = (root / "hub" / "models--tiny--bert-classifier" / "snapshots").iterdir()
    corrupt = add_folder(root, CORRUPT, snapshot)
    (corrupt / "model.safetensors").write_bytes(b"not a safetensors file")
    return root


@pytest.fixture
def offline_cache(hf_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The engine the app starts inherits this environment: the test cache, offline."""
    for name in [name for name in os.environ if name.startswith("HF_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HF_HOME", str(hf_home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    root = Path(__file__).resolve().parents[3]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(root), *filter(None, [os.environ.get("PYTHONPATH")])]))
    return hf_home


@pytest.fixture
def local(offline_cache: Path, services: Services) -> Iterator[LocalSourcesService]:
    """The application's service with its default command (the real engine), its memory
    budget read from the settings as the application's is."""
    made = LocalSourcesService(memory_budget_mb=services.settings.engine_memory_budget_mb)
    services.local = made
    yield made
    made.shutdown()


@pytest.fixture
def local_window(make_window: MakeWindow, local: LocalSourcesService) -> MainWindow:
    return make_window()


def shoot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


async def local_page(window: MainWindow, model: str) -> TaskPage:
    page = window.show_task(TASK)
    choose_model(page.model_field, model)
    await click_choice(page.provider_picker, "local")
    page.inputs["inputs"].set_value("I like this")
    return page


def failed_run(window: MainWindow, model: str, run_async: RunAsync) -> tuple[TaskPage, str]:
    """Run ``model`` on the engine from its page, which fails: (the page, its message)."""
    async def main() -> TaskPage:
        page = await local_page(window, model)
        assert await run_page(page, timeout=RUN_TIMEOUT_S) == "error"
        return page

    page = run_async(main(), timeout=RUN_TIMEOUT_S + 30)
    box = page.result_panel.error_box
    return page, f"{box.title.text()}: {box.message.text()}"


def test_a_model_not_in_the_cache_offline_says_so_and_what_to_do(
        local_window: MainWindow, fake_router: object, run_async: RunAsync) -> None:
    page, message = failed_run(local_window, "nobody/not-downloaded", run_async)
    shoot(page, "i14-w2-fault-not-downloaded.png")
    assert "nobody/not-downloaded" in message, message
    assert "offline" in message and "download it" in message, message


def test_a_corrupt_model_folder_shows_why_it_did_not_load(
        local_window: MainWindow, fake_router: object, run_async: RunAsync) -> None:
    page, message = failed_run(local_window, CORRUPT, run_async)
    shoot(page, "i14-w2-fault-corrupt.png")
    assert CORRUPT in message and "failed to load" in message, message
    assert "SafetensorError" in message, message  # the reason itself
    assert "download the model again" in message, message


def set_budget_in_settings(window: MainWindow, services: Services, mb: int) -> None:
    """Settings ▸ Local servers ▸ Local engine: type the budget, as a user does, and apply."""
    tab = LocalServersTab(services.bridge)
    tab.load(services.settings.values())
    field = tab.memory_budget
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, str(mb))
    QTest.keyClick(field, Qt.Key.Key_Tab)
    services.settings.apply(tab.collect(services.settings.values()))
    tab.deleteLater()


def test_the_memory_budget_setting_reaches_the_engine_and_a_model_too_big_names_it(
        local_window: MainWindow, local: LocalSourcesService, services: Services,
        fake_router: object, run_async: RunAsync) -> None:
    assert "--memory-budget-mb" not in local.engine.command()  # the engine's default
    set_budget_in_settings(local_window, services, 64)  # every model needs more (64 MB + weights)
    assert services.settings.engine_memory_budget_mb() == 64
    command = local.engine.command()
    assert command[command.index("--memory-budget-mb") + 1] == "64"

    page, message = failed_run(local_window, CLASSIFIER, run_async)
    shoot(page, "i14-w2-fault-budget.png")
    assert "memory budget of 64 MB" in message, message
    assert "Settings" in message, message  # where to raise it


def test_the_engine_killed_mid_request_is_said_and_restart_works(
        local_window: MainWindow, local: LocalSourcesService, fake_router: object,
        run_async: RunAsync) -> None:
    async def main() -> TaskPage:
        page = await local_page(local_window, CLASSIFIER)
        assert await run_page(page, timeout=RUN_TIMEOUT_S) == "done"
        first = local.engine.pid()
        states: list[str] = []
        page.run_finished.connect(states.append)
        page.run()  # in flight: its answer will never come
        os.kill(first, signal.SIGKILL)
        await wait_until(lambda: states, timeout=RUN_TIMEOUT_S)
        assert states == ["error"]
        box = page.result_panel.error_box
        said = f"{box.title.text()}: {box.message.text()}"
        assert said.startswith("The local engine stopped: ") and "it was killed" in said, said
        shoot(page, "i14-w2-fault-killed.png")
        await restart_from_the_error(page, local, RUN_TIMEOUT_S)
        assert local.engine.pid() not in (0, first)
        assert await run_page(page, timeout=RUN_TIMEOUT_S) == "done"
        return page

    page = run_async(main(), timeout=4 * RUN_TIMEOUT_S)
    assert "POSITIVE" in page.result_panel.json_view.text()


def test_a_second_application_starts_its_own_engine_on_its_own_port(
        local: LocalSourcesService, services: Services, run_async: RunAsync) -> None:
    second = LocalSourcesService(memory_budget_mb=services.settings.engine_memory_budget_mb)
    try:
        async def main() -> tuple[tuple[str, str], tuple[str, str]]:
            return await local.engine.ready(), await second.engine.ready()

        (url_a, token_a), (url_b, token_b) = run_async(main(), timeout=2 * RUN_TIMEOUT_S)
        assert url_a != url_b and token_a != token_b
        assert local.engine.pid() != second.engine.pid()
        for url, token in ((url_a, token_a), (url_b, token_b)):
            reply = requests.get(f"{url}/health", timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})
            assert reply.json()["status"] == "ok"
        # Each answers with its own token only.
        refused = requests.get(f"{url_b}/health", timeout=30,
                               headers={"Authorization": f"Bearer {token_a}"})
        assert refused.status_code == 401
    finally:
        second.shutdown()
