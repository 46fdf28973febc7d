"""The batch window: opened from a page, run over the lines of a text x several models
against a scripted local server, the table fills in live, failures show their error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.ui.batch.results_model import ROW_FAILED_ROLE
from hfi_desktop.ui.batch.session import State
from hfi_desktop.ui.batch.task_chooser import TaskChooser
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu
from tests.support.batch_server import BatchScript
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync, wait_until

from .helpers import (
    click,
    open_batch,
    run_batch,
    set_models,
    type_lines,
    wait_state,
)

MODELS = ["org/a", "org/b"]


def test_a_batch_fills_the_table_and_failures_show_their_error(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    script = BatchScript(seed=3, latency=(0.001, 0.005), faults=True, retry_after="0")
    script.install(fake_api, MODELS)
    lines = [f"sentence number {i}" for i in range(30)]
    view = open_batch(window, tmp_path / "batches")
    type_lines(view, lines)
    set_models(view, MODELS)

    async def run() -> None:
        click(view.run_button)
        await wait_state(view, State.FINISHED)
        await wait_until(lambda: len(view.model.outcomes()) == 60)

    run_async(run(), timeout=60)
    model = view.model
    assert model.rowCount() == 30
    assert [model.index(r, 0).data() for r in range(3)] == lines[:3]
    failed_rows = [r for r in range(30) if model.index(r, 0).data(ROW_FAILED_ROLE)]
    expected = {r for r, text in enumerate(lines)
                for m in MODELS if script.fault(m, text) == "500"}
    assert set(failed_rows) == expected and expected
    row = failed_rows[0]
    target = next(i for i, m in enumerate(MODELS) if script.fault(m, lines[row]) == "500")
    cell = model.index(row, model.column_of(target, "result"))
    assert "scripted failure" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    ok = model.index(0, model.column_of(0, "result")).data()
    assert ok.split()[0] in ("POSITIVE", "NEGATIVE", "NEUTRAL") or row == 0
    assert "0 remaining" in view.progress.label.text()
    summary = view.summary.per_target
    assert summary.rowCount() == 2
    for target, model_id in enumerate(MODELS):
        failures = sum(script.fault(model_id, text) == "500" for text in lines)
        assert summary.item(target, 2).text() == str(failures)
    assert view.summary.matrix.item(0, 1).text().endswith("%")


def test_tools_batch_asks_for_the_task_and_takes_its_page_form(
        window: MainWindow, run_async: RunAsync, tmp_path: Path) -> None:
    page = window.show_task("question-answering")
    page.set_form("org/qa", {"inputs.context": "The sky is blue."}, {})
    window.batches.folder = tmp_path / "batches"

    async def run() -> None:
        window.batches.batch_action.trigger()
        await wait_until(lambda: window.findChild(TaskChooser) is not None)
        chooser = window.findChild(TaskChooser)
        assert chooser.combo.currentData() == "question-answering", "the page on show"
        QTest.keyClick(chooser.combo, Qt.Key.Key_Down)
        QTest.keyClick(chooser.combo, Qt.Key.Key_Up)
        QTest.keyClick(chooser, Qt.Key.Key_Return)
        await wait_until(lambda: window.batches.windows)

    run_async(run())
    (view,) = window.batches.windows
    assert view.spec.id == "question-answering"
    assert view.targets.targets()[0].model == "org/qa"
    assert "The sky is blue." in view.form_label.text(), "the page's inputs the lines leave"
    assert view.sources.line_field.count() == 2, "lines go to the question or the context"
    assert view.windowTitle() == "Batch — Question answering"


def test_tools_batch_is_in_the_menus(window: MainWindow) -> None:
    tools = [a.objectName() for a in menu(window, "&Tools").actions()]
    files = [a.objectName() for a in menu(window, "&File").actions()]
    assert "actionBatch" in tools
    assert files.index("actionOpenBatch") < files.index("actionQuit")


def test_the_page_inputs_the_lines_leave_go_with_every_line(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    fake_api.program("/models/org/qa", respond_json(
        {"answer": "blue", "score": 0.9, "start": 11, "end": 15}))
    page = window.show_task("question-answering")
    page.set_form("org/qa", {"inputs.context": "The sky is blue."}, {})
    view = open_batch(window, tmp_path / "batches", task_id="question-answering")
    assert view.sources.line_field.currentData() == "inputs.question"
    type_lines(view, ["What colour is the sky?", "What is blue?"])

    run_batch(view, run_async)
    sent = [r.json()["inputs"] for r in fake_api.requests_to("/models/org/qa")]
    assert sorted(s["question"] for s in sent) == ["What colour is the sky?", "What is blue?"]
    assert {s["context"] for s in sent} == {"The sky is blue."}
    model = view.model
    assert model.index(0, model.column_of(0, "result")).data() == "blue"


def test_a_second_batch_gets_its_own_file_and_table(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    BatchScript(seed=8, latency=(0.001, 0.002), faults=False).install(fake_api, ["org/a"])
    view = open_batch(window, tmp_path / "batches")
    type_lines(view, ["first", "second", "third"])
    set_models(view, ["org/a"])
    run_batch(view, run_async)
    first = view.journal_path()
    view.sources.lines.selectAll()
    QTest.keyClicks(view.sources.lines, "only one")
    run_batch(view, run_async)
    assert view.journal_path() != first and first is not None and first.exists()
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "only one"
    assert view.journal_path().name in view.windowTitle()


def test_a_batch_file_that_cannot_be_written_is_said(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the batches folder should be", encoding="utf-8")
    view = open_batch(window, blocker / "batches")
    type_lines(view, ["one"])

    async def run() -> None:
        click(view.run_button)
        await wait_until(lambda: view.message.message())

    run_async(run())
    assert "not-a-folder" in view.message.message()
    assert view.run_button.isEnabled() and view.session.journal is None
