"""Server faults, cancellation and a loading model, as the user sees them on a page."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import task
from hfi_desktop.inference import HfInference
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_api import (
    FakeInferenceAPI,
    Hang,
    Loading,
    Reply,
    Respond,
    Stream,
    respond_error,
    respond_json,
    respond_text,
)
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, token_frames

from .pages import fill_first_example, run_page

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"
FLAN_PATH = "/models/google/flan-t5-xxl"
HTML_500 = "<html><head><title>502 Bad Gateway</title></head><body><h1>oops</h1></body></html>"

FAULTS: dict[str, tuple[Callable[[], Reply], str, str]] = {
    "401": (lambda: respond_error(401, "Invalid credentials in Authorization header"),
            "Access denied", "access token"),
    "403": (lambda: respond_error(403, "Forbidden"), "Access denied", "permission"),
    "404": (lambda: respond_error(404, "Model x does not exist"), "Model not found",
            "does not exist"),
    "429": (lambda: Respond(429, b'{"error":"Rate limit reached"}', "application/json",
                            {"Retry-After": "30"}), "Too many requests", "30 s"),
    "500 html": (lambda: respond_text(HTML_500, status=500), "The server failed",
                 "502 Bad Gateway"),
    "malformed json": (lambda: Respond(200, b'[{"label": "POS', "application/json"),
                       "Unexpected answer from the server", "malformed JSON"),
    "wrong content type": (lambda: respond_text("<html>hello</html>"),
                           "Unexpected answer from the server", "text/html"),
    "wrong shape": (lambda: respond_json({"labels": ["a"]}),
                    "Unexpected answer from the server", "expected"),
}


def text_page(window: MainWindow) -> TaskPage:
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you. I love you.")
    return page


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_server_fault_is_a_readable_error_and_the_form_stays(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        fault: str) -> None:
    reply, title, detail = FAULTS[fault]
    fake_api.program(SST2_PATH, reply(), times=1)
    page = text_page(window)

    assert run_async(run_page(page)) == "error"
    panel = page.result_panel
    assert panel.state() == "error"
    assert panel.error_box.title.text() == title
    box = panel.error_box  # the raw detail of an answer of the wrong shape is in Details
    assert detail in box.message.text() + box.detail.text()
    assert "<html" not in panel.error_box.message.text()
    assert page.inputs["inputs"].value() == "I like you. I love you."
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.status.label.text().startswith("Failed")

    assert run_async(run_page(page)) == "done", "the page is usable again"
    assert panel.state() == "result"


def test_connection_refused(qtbot: QtBot, services: Services, refused_url: str,
                            run_async: RunAsync) -> None:
    client = HfInference(base_url=refused_url, hub_url=refused_url)
    services.client = lambda: client
    page = TaskPage(task("text-classification"), services)
    qtbot.addWidget(page)
    page.inputs["inputs"].set_value("hello")
    assert run_async(run_page(page)) == "error"
    assert page.result_panel.error_box.title.text() == "Cannot reach the server"
    assert "refused" in page.result_panel.error_box.message.text()
    client.close()


def test_a_silent_server_times_out(qtbot: QtBot, services: Services,
                                   fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    client = HfInference(base_url=fake_api.url, hub_url=fake_api.url, timeout=(2.0, 0.5))
    services.client = lambda: client
    fake_api.program(SST2_PATH, Hang(max_s=5))
    page = TaskPage(task("text-classification"), services)
    qtbot.addWidget(page)
    page.inputs["inputs"].set_value("hello")
    assert run_async(run_page(page)) == "error"
    assert page.result_panel.error_box.title.text() == "No answer in time"
    client.close()


def test_cancel_mid_stream_keeps_the_partial_text(window: MainWindow,
                                                  fake_api: FakeInferenceAPI,
                                                  run_async: RunAsync) -> None:
    fake_api.program(FLAN_PATH, Stream(token_frames(numbered_tokens(400)), delay_s=0.075))  # 30 s
    page = window.show_task("text-generation-stream")

    async def main() -> str:
        await fill_first_example(page)
        states: list[str] = []
        page.run_finished.connect(states.append)
        page.run()

        def tokens() -> int:
            viewer = page.result_panel.viewer
            return viewer.token_count if isinstance(viewer, TextViewer) else 0

        await wait_until(lambda: tokens() >= 10, timeout=10)
        assert page.cancel_button.isEnabled()
        page.cancel_button.click()
        await wait_until(lambda: states, timeout=5)  # well under the read timeout (10 s)
        return states[0]

    assert run_async(main()) == "cancelled"
    viewer = page.result_panel.viewer
    assert isinstance(viewer, TextViewer)
    assert viewer.text().startswith("".join(numbered_tokens(10))), viewer.text()[:200]
    assert viewer.token_count < 400
    assert "ancel" in viewer.banner_text()
    assert page.status.label.text().startswith("Cancelled")


def test_escape_cancels_and_ctrl_enter_runs(window: MainWindow, fake_api: FakeInferenceAPI,
                                            qtbot: QtBot, run_async: RunAsync) -> None:
    fake_api.program(SST2_PATH, Hang(max_s=30))
    page = text_page(window)
    states: list[str] = []
    page.run_finished.connect(states.append)

    async def main() -> None:
        page.inputs["inputs"].setFocus()
        qtbot.keyClick(page.inputs["inputs"], Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
        await wait_until(page.is_running, timeout=10)
        await asyncio.sleep(0.2)
        qtbot.keyClick(page.inputs["inputs"], Qt.Key.Key_Escape)
        await wait_until(lambda: states, timeout=5)  # well under the read timeout (10 s)

    run_async(main())
    assert states == ["cancelled"]


def test_a_loading_model_shows_progress_then_the_result(window: MainWindow,
                                                        fake_api: FakeInferenceAPI,
                                                        run_async: RunAsync) -> None:
    # held long enough that the progress is still shown half a second later on a loaded machine
    fake_api.program(SST2_PATH, Loading(times=1, estimated_time=20.0, hold_s=3.0))
    page = text_page(window)
    seen: list[tuple[bool, int]] = []

    async def main() -> str:
        states: list[str] = []
        page.run_finished.connect(states.append)
        page.run()
        await wait_until(lambda: page.status.progress.isVisible(), timeout=5)
        await asyncio.sleep(0.5)
        seen.append((page.status.progress.isVisible(), page.status.progress.value()))
        assert "loading" in page.status.label.text().lower()
        assert page.cancel_button.isEnabled()
        await wait_until(lambda: states, timeout=10)
        return states[0]

    assert run_async(main()) == "done"
    visible, value = seen[0]
    assert visible and 0 < value < 1000  # counting toward the 20 s estimate
    assert not page.status.progress.isVisible()
    assert page.result_panel.state() == "result"
    waits = [r for r in fake_api.requests if r.path == SST2_PATH]
    assert len(waits) == 2 and waits[1].wants_model_wait


def test_cancel_while_the_model_loads(window: MainWindow, fake_api: FakeInferenceAPI,
                                      run_async: RunAsync) -> None:
    fake_api.program(SST2_PATH, Loading(times=1, estimated_time=20.0, hold_s=30.0))
    page = text_page(window)

    async def main() -> str:
        states: list[str] = []
        page.run_finished.connect(states.append)
        page.run()
        await wait_until(lambda: page.status.progress.isVisible(), timeout=5)
        page.cancel()
        await wait_until(lambda: states, timeout=5)  # well under the read timeout (10 s)
        return states[0]

    assert run_async(main()) == "cancelled"


def test_a_form_error_names_the_field_and_sends_nothing(window: MainWindow,
                                                        fake_api: FakeInferenceAPI,
                                                        run_async: RunAsync) -> None:
    page = window.show_task("question-answering")
    page.inputs["inputs.question"].set_value("What is the capital?")
    page.run()
    context = page.inputs["inputs.context"]
    assert context.message(), "the empty context should be flagged inline"
    assert not page.is_running()
    assert page.status.label.text().startswith("Not sent")
    assert fake_api.requests == []


def test_a_bad_model_id_is_refused_inline(window: MainWindow, fake_api: FakeInferenceAPI) -> None:
    page = text_page(window)
    page.model_field.set_model("not a model id!")
    page.run()
    assert page.model_message.message()
    assert fake_api.requests == []
