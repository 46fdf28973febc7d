"""Every example chip on every page runs as shipped: a click on the chip, a click on Run,
against the local server; and a field the client refuses before sending is a form error,
not a failed stream."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.catalog.model import Example, InputKind
from hfi_desktop.ui.inputs.message import Level
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_api import FakeInferenceAPI, respond_error
from tests.support.qt_async import RunAsync, wait_until

FILE_KINDS = (InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE)
EXAMPLES = [(spec.id, example.title) for spec in CATALOG if spec.page is PageKind.FORM
            for example in spec.examples]


def chip(page: TaskPage, title: str) -> QPushButton:
    """The task's example chip named ``title`` (not a model card's: those are elsewhere)."""
    [found] = [button for button in page.findChildren(QPushButton, "exampleChip")
               if button.text() == title and not page.model_examples.isAncestorOf(button)]
    return found


def example_of(page: TaskPage, title: str) -> Example:
    [example] = [e for e in page.spec.examples if e.title == title]
    return example


def form_errors(page: TaskPage) -> list[str]:
    """The error messages shown under the model and the inputs."""
    labels = [page.model_message, *(w.message_label for w in page.inputs.values())]
    return [label.message() for label in labels
            if label.level is Level.ERROR and label.message()]


async def click_run_and_wait(qtbot: QtBot, page: TaskPage, timeout: float = 15.0) -> str:
    """Click Run; the state the run finished in."""
    states: list[str] = []
    page.run_finished.connect(states.append)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: states, timeout=timeout)
    page.run_finished.disconnect(states.append)
    return states[0]


@pytest.mark.parametrize(("task_id", "title"), EXAMPLES,
                         ids=[f"{task_id}:{title}" for task_id, title in EXAMPLES])
def test_every_example_chip_runs_as_shipped(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync, qtbot: QtBot,
        task_id: str, title: str) -> None:
    page = window.show_task(task_id)
    example = example_of(page, title)
    files = [f.key for f in page.spec.inputs
             if f.kind in FILE_KINDS and example.values.get(f.key) is not None]

    async def main() -> str:
        qtbot.mouseClick(chip(page, title), Qt.MouseButton.LeftButton)
        await wait_until(lambda: not page.is_loading() and all(
            page.inputs[key].value() is not None for key in files), timeout=10)
        return await click_run_and_wait(qtbot, page)

    state = run_async(main(), timeout=30)
    panel = page.result_panel
    assert form_errors(page) == []
    assert state == "done", (panel.error_box.title.text(), panel.error_box.message.text(),
                             page.status.label.text())
    assert panel.state() == "result" and panel.viewer is not None
    assert page.status.label.text().startswith("Done · HTTP 200")
    model = example.model or page.spec.default_model
    assert page.model_field.effective_model() == model
    assert [r.model for r in fake_api.requests if r.method == "POST"] == [model]
    assert not fake_api.requests_to("/api/tasks"), "the example relied on the Hub's default"
    if page.spec.streaming:
        assert isinstance(panel.viewer, TextViewer) and panel.viewer.text()


def test_a_model_the_client_refuses_is_a_form_error_not_a_failed_stream(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        qtbot: QtBot) -> None:
    """As on today's Hub, whose task list has no text2text-generation: no model and that
    task hint is refused before anything is sent; the viewer shows no stream that failed."""
    del fake_api.tasks["text2text-generation"]
    page = window.show_task("custom-streaming-request")
    hint = page.inputs["task_hint"]
    inputs = page.inputs["inputs"]

    async def main() -> str:
        qtbot.mouseClick(chip(page, "Repeat after me"), Qt.MouseButton.LeftButton)
        line = page.model_field.lineEdit()
        line.setFocus()
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Delete)  # the user empties the model field
        hint.combo.setFocus()
        qtbot.keyClicks(hint.combo, "text2text-generation")  # and picks the task hint instead
        return await click_run_and_wait(qtbot, page)

    assert run_async(main(), timeout=30) == "error"
    assert page.model_field.effective_model() == ""
    assert hint.value() == "text2text-generation"
    message = page.model_message.message()
    assert page.model_message.level is Level.ERROR and message.startswith("Model: ")
    assert "no default model for text2text-generation" in message
    assert page.status.label.text() == f"Not sent: {message}"
    panel = page.result_panel
    assert panel.state() == "empty", "a form error is no result and no failed run"
    viewer = panel.findChild(TextViewer)
    if viewer is not None:  # the stream's viewer, if it was made, shows no stream
        assert "tokens" not in viewer.status_text()
        assert viewer.banner_text() == ""
    assert not any(r.method == "POST" for r in fake_api.requests), "nothing was sent"
    assert inputs.value() == '"repeat \\"one two three four\\""', "the form is kept"


def test_a_stream_that_fails_before_any_token_keeps_no_partial_text(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        qtbot: QtBot) -> None:
    fake_api.program("/models/google/flan-t5-xxl", respond_error(500, "boom"), times=1)
    page = window.show_task("text-generation-stream")

    async def main() -> str:
        qtbot.mouseClick(chip(page, "Repeat after me"), Qt.MouseButton.LeftButton)
        return await click_run_and_wait(qtbot, page)

    assert run_async(main(), timeout=30) == "error"
    panel = page.result_panel
    assert panel.state() == "error" and panel.error_box.title.text() == "The server failed"
    assert panel.viewer is None, "no stream on show: nothing streamed"
    viewer = panel.findChild(TextViewer)
    assert viewer is None or (viewer.banner_text(), viewer.status_text()) == ("", "")
    assert form_errors(page) == []
