"""Models on this computer in the provider picker: the "On this computer" section (the local
engine first), a run with "Local engine" chosen (the engine started on demand, its token
sent to it alone), the engine dying mid-request (said, with a restart that works), its extra
missing (how to install it), and the engine stopped when the application quits.

The engine here is tests/support/fake_engine.py (the engine's contract, no torch), handed to
the LocalSourcesService as its ``engine_command``; the application's default command is
``python -m hfi_desktop.engine --port 0``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from hfi_desktop.codegen import Flavour
from hfi_desktop.local.sources import LocalSource, SourceKind
from hfi_desktop.runs import RunState
from hfi_desktop.ui.compare import COMPARE_BUTTON_NAME, ComparisonView
from hfi_desktop.ui.local import EngineState, LocalSourcesService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.providers import SEED
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from tests.support.engine_cache import write_card
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import ROUTER_TOKEN
from tests.support.local_engine import engine_command, requests_seen
from tests.support.local_engine import engine_log as engine_log
from tests.support.local_engine import local as local
from tests.support.qt_async import RunAsync, wait_until
from tests.support.tiny_models import snapshot_folder
from tests.ui.conftest import MakeWindow
from tests.ui.pages import run_page

from .conftest import click_choice, titles
from .test_compare_providers import choose, click, providers, run_all
from .test_picker import choose_model

CLASSIFIER = "tiny/classifier"
TASK = "text-classification"
SHOTS = Path("/work/shots")


@pytest.fixture
def local_window(make_window: MakeWindow, services: Services,
                 local: LocalSourcesService) -> MainWindow:
    services.local = local
    return make_window()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def shoot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


async def local_page(window: MainWindow) -> TaskPage:
    page = window.show_task(TASK)
    choose_model(page.model_field, CLASSIFIER)
    await click_choice(page.provider_picker, "local")
    page.inputs["inputs"].set_value("I like this")
    return page


def test_the_picker_lists_the_engine_first_then_local_servers(
        local_window: MainWindow, local: LocalSourcesService, fake_router: FakeRouter,
        run_async: RunAsync) -> None:
    local.put(LocalSource("local:ollama", "Ollama (127.0.0.1:11434)", SourceKind.OPENAI,
                          "http://127.0.0.1:11434", models=("llama3.2:1b",)))
    local.put(LocalSource("local:tei", "TEI (127.0.0.1:8081)", SourceKind.HF,
                          "http://127.0.0.1:8081"))
    page = local_window.show_task(TASK)
    run_async(wait_until(lambda: not page.provider_picker.is_looking_up(), timeout=10))
    picker = page.provider_picker
    names = titles(picker)
    section = names.index("On this computer")
    assert names[section + 1:section + 4] == ["Local engine", "Ollama (127.0.0.1:11434)",
                                              "TEI (127.0.0.1:8081)"]
    rows = {row.title: row for row in picker.rows()}
    assert "starts on first run" in rows["Local engine"].detail
    assert rows["Local engine"].enabled and rows["TEI (127.0.0.1:8081)"].enabled
    assert not rows["Ollama (127.0.0.1:11434)"].enabled  # chat only, on a classification page
    assert rows["Ollama (127.0.0.1:11434)"].detail.startswith("Chat only")
    combo = picker.combo
    combo.showPopup()
    run_async(wait_until(lambda: combo.view().isVisible(), timeout=5))
    popup = combo.view().window()
    shoot(popup, "i14-c-picker-local.png")
    combo.hidePopup()


def test_local_engine_runs_the_page_and_only_it_gets_its_token(
        local_window: MainWindow, local: LocalSourcesService, engine_log: Path,
        services: Services,
        fake_router: FakeRouter, run_async: RunAsync) -> None:
    asked: list[str] = []

    async def gate(run: object, parent: object, asking: object) -> bool:
        asked.append("asked")  # the token question: never for a local source
        return True

    services.before_run = gate

    async def main() -> TaskPage:
        page = await local_page(local_window)
        assert local.engine.state is EngineState.STOPPED  # started by the run, on demand
        assert await run_page(page, timeout=30) == "done"
        return page

    page = run_async(main(), timeout=40)
    assert asked == []
    assert local.engine.is_running()
    assert page.provider_picker.choice() == "local"
    assert "POSITIVE" in page.result_panel.json_view.text()
    assert page.result_panel.details.values()["Provider"] == "Local engine"
    seen = requests_seen(engine_log)
    assert any(r["path"] == f"/models/{CLASSIFIER}" for r in seen), seen
    token = local.engine.token
    assert {r["authorization"] for r in seen} == {f"Bearer {token}"}  # never the user's
    assert all(ROUTER_TOKEN not in r["authorization"] for r in seen)
    assert all(token not in json.dumps(r.headers) for r in fake_router.requests)
    rows = {row.title: row for row in page.provider_picker.rows()}
    assert rows["Local engine"].status == "live"
    assert rows["Local engine"].detail.startswith("Running at 127.0.0.1:")
    combo = page.provider_picker.combo
    combo.showPopup()
    run_async(wait_until(lambda: combo.view().isVisible(), timeout=5))
    shoot(combo.view().window(), "i14-c-picker-engine-running.png")
    combo.hidePopup()
    assert services.settings.provider_choice(TASK) == "local"  # remembered for the task


def test_the_engine_dying_mid_request_is_said_and_restart_works(
        local_window: MainWindow, local: LocalSourcesService, fake_router: FakeRouter,
        run_async: RunAsync) -> None:
    async def main() -> TaskPage:
        page = await local_page(local_window)
        assert await run_page(page, timeout=30) == "done"
        first = local.engine.pid()
        choose_model(page.model_field, "crash/model")  # the engine exits (code 3) mid-call
        assert await run_page(page, timeout=30) == "error"
        box = page.result_panel.error_box
        assert box.title.text() == "The local engine stopped"
        assert "The local engine stopped (exit code 3)" in box.message.text()
        shoot(page, "i14-c-engine-stopped.png")
        restart = next(b for b in box.action_buttons() if b.text() == "Restart the local engine")
        QTest.mouseClick(restart, Qt.MouseButton.LeftButton)
        await wait_until(local.engine.is_running, timeout=20)
        assert local.engine.pid() != first
        choose_model(page.model_field, CLASSIFIER)
        assert await run_page(page, timeout=30) == "done"
        return page

    page = run_async(main(), timeout=90)
    assert "POSITIVE" in page.result_panel.json_view.text()


def test_a_missing_extra_says_how_to_install_it(
        make_window: MakeWindow, services: Services, fake_router: FakeRouter,
        run_async: RunAsync) -> None:
    looked_up: list[str] = []

    def find_spec(name: str) -> object | None:
        looked_up.append(name)
        return None if name in ("torch", "uvicorn") else object()

    local = services.local = LocalSourcesService(find_spec=find_spec)  # the real command
    try:
        window = make_window()

        async def main() -> TaskPage:
            page = await local_page(window)
            assert await run_page(page, timeout=30) == "error"
            return page

        page = run_async(main(), timeout=40)
        assert local.engine.state is EngineState.MISSING and local.engine.pid() == 0
        box = page.result_panel.error_box
        assert box.title.text() == "The local engine is not installed"
        message = box.message.text()
        assert "needs torch and uvicorn" in message
        assert 'pip install "hfi-desktop[local]"' in message
        assert set(looked_up) == {"torch", "transformers", "starlette", "uvicorn"}
        rows = {row.title: row for row in page.provider_picker.rows()}
        assert rows["Local engine"].status == "error"
        assert "pip install" in rows["Local engine"].detail
        shoot(page, "i14-c-missing-extra.png")
    finally:
        local.shutdown()


def test_a_bad_first_line_is_a_clear_start_failure(
        make_window: MakeWindow, services: Services, engine_log: Path,
        fake_router: FakeRouter, run_async: RunAsync) -> None:
    local = services.local = LocalSourcesService(engine_command(engine_log, "--bad-line"))
    try:
        window = make_window()

        async def main() -> TaskPage:
            page = await local_page(window)
            assert await run_page(page, timeout=30) == "error"
            return page

        page = run_async(main(), timeout=40)
        box = page.result_panel.error_box
        assert box.title.text() == "The local engine did not start"
        message = box.message.text()
        assert "could not start" in message and "not its address" in message
        assert local.engine.state is EngineState.FAILED and local.engine.pid() == 0
    finally:
        local.shutdown()


def test_the_engine_stops_when_the_application_quits(
        local: LocalSourcesService, run_async: RunAsync) -> None:
    url, token = run_async(local.engine.ready(), timeout=30)
    assert url.startswith("http://127.0.0.1:") and token
    pid = local.engine.pid()
    assert pid and alive(pid)
    local.shutdown()  # what app.main does once its loop has ended
    assert not alive(pid)
    assert local.engine.state is EngineState.STOPPED and local.engine.pid() == 0


def test_the_tools_menu_starts_and_stops_the_engine(
        local_window: MainWindow, local: LocalSourcesService, run_async: RunAsync) -> None:
    start, stop = local_window.local_engine_actions
    assert start.isEnabled() and not stop.isEnabled()
    start.trigger()
    run_async(wait_until(local.engine.is_running, timeout=20))
    assert stop.isEnabled() and not start.isEnabled()
    pid = local.engine.pid()
    stop.trigger()
    assert not alive(pid) and start.isEnabled()


def test_copy_as_code_shows_the_engine_url_and_never_a_token(
        local_window: MainWindow, local: LocalSourcesService, fake_router: FakeRouter,
        run_async: RunAsync) -> None:
    async def main() -> TaskPage:
        page = await local_page(local_window)
        copier = page.copy_as_code
        copier.actions[Flavour.CURL].trigger()  # the engine is not running: said, not copied
        assert copier._task is not None
        await wait_until(copier._task.done)
        assert "start the local engine first" in page.status.label.text()
        await local.engine.ready()
        for flavour in (Flavour.CURL, Flavour.PYTHON):
            copier.actions[flavour].trigger()
            await wait_until(copier._task.done)
        return page

    page = run_async(main(), timeout=40)
    dialog = page.copy_as_code.dialog
    assert dialog is not None, page.status.label.text()
    text = dialog.text()
    assert local.engine.url in text, text
    assert local.engine.token not in text and ROUTER_TOKEN not in text


def test_a_comparison_runs_the_local_engine_beside_a_provider(
        local_window: MainWindow, local: LocalSourcesService, engine_log: Path,
        fake_router: FakeRouter, run_async: RunAsync) -> None:
    """One column on the local engine (the page's choice), one on hf-inference (its 2023
    call, the only provider of the model): each call goes to its own server, with its own
    token, and each column says where it ran."""
    fake_router.add_hub_model(CLASSIFIER, pipeline_tag=TASK)
    fake_router.map_model(CLASSIFIER, "hf-inference", CLASSIFIER, TASK)
    # In the profile's Hub cache, as the engine would need it (the fake engine does not).
    write_card(snapshot_folder(Path(os.environ["HF_HOME"]), CLASSIFIER), TASK)

    async def main() -> ComparisonView:
        page = await local_page(local_window)
        button = page.findChild(QPushButton, COMPARE_BUTTON_NAME)
        assert button is not None
        click(button)
        (view,) = local_window.compare.views
        assert providers(view) == ["local", "local"], "the page's choice, in every column"
        await choose(view.columns[1], CLASSIFIER, SEED)
        rows = [row.title for row in view.columns[1].provider_picker.rows()]
        assert "Only hf-inference serves it for text-classification: its 2023 call, below" \
            in rows
        await run_all(view)
        return view

    view = run_async(main(), timeout=60)
    assert view.columns[0].providers.note.text() == "", "in the cache: no download note"
    assert providers(view) == ["local", None]  # None: the 2023 call
    assert [c.state for c in view.columns] == [RunState.DONE] * 2
    assert [c.panel.details.values()["Provider"] for c in view.columns] == [
        "Local engine", "hf-inference (2023 API)"]
    assert all("POSITIVE" in c.panel.json_view.text() for c in view.columns)
    seen = requests_seen(engine_log)
    assert [r["path"] for r in seen if r["path"].startswith("/models/")] == [
        f"/models/{CLASSIFIER}"]
    (sent,) = fake_router.requests_to(f"/hf-inference/models/{CLASSIFIER}")
    assert sent.header("authorization") == f"Bearer {ROUTER_TOKEN}"
    assert {r["authorization"] for r in seen} == {f"Bearer {local.engine.token}"}
    shoot(view, "i14-compare-local-and-provider.png")
