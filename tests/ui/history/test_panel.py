"""The history panel: its model, filters, and Open / Re-run / Save / Delete / Clear all."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.catalog.model import FileValue
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryFilter
from hfi_desktop.storage.records import RunRecord
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.history import HistoryPanel
from hfi_desktop.ui.history.dock import RecordSaver
from hfi_desktop.ui.history.model import PAGE_SIZE, SNIPPET, STATUS, SUMMARY_ROLE
from hfi_desktop.ui.history.panel import NO_MATCH_TEXT, NO_RUNS_TEXT
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers import TextViewer
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import fill_first_example, run_page

from .conftest import add_records, stored

T0 = 1_700_000_000.0
TASKS = ("text-classification", "summarization", "text-generation")


def many(count: int) -> list[RunRecord]:
    states = (RunState.DONE, RunState.DONE, RunState.ERROR, RunState.CANCELLED)
    return [
        RunRecord(TASKS[n % 3], f"owner/model-{n % 5}", {"inputs": f"words of run {n}"}, {},
                  {}, id=f"run{n:05d}", started_at=T0 + n, state=states[n % 4],
                  elapsed_s=0.1 * (n % 7),
                  result={"summary_text": f"summary {n}"} if n % 4 != 2 else None,
                  error={"title": "The server failed", "message": "boom"} if n % 4 == 2
                  else None)
        for n in range(count)
    ]


@pytest.fixture
def panel(qtbot: QtBot, history: HistoryService) -> HistoryPanel:
    made = HistoryPanel(history)
    qtbot.addWidget(made)
    made.resize(1100, 400)
    return made


async def wait_for_task(task: asyncio.Task[None] | None) -> None:
    assert task is not None, "the loop runs: the load starts at once"
    await task


async def show(page: TaskPage, record: RunRecord) -> bool:
    return await page.show_record(record)


async def shown(panel: HistoryPanel) -> None:
    panel.show()
    await wait_until(lambda: not panel.model.is_busy() and panel.count_label.text())


def test_the_model_passes_the_model_tester_and_pages_lazily(
        panel: HistoryPanel, history: HistoryService, qtmodeltester: ModelTester,
        run_async: RunAsync) -> None:
    add_records(history, many(PAGE_SIZE * 2 + 50))

    async def main() -> None:
        await shown(panel)
        assert panel.model.rowCount() == PAGE_SIZE
        assert panel.model.total == PAGE_SIZE * 2 + 50
        qtmodeltester.check(panel.model)  # watches the inserts that follow too
        while panel.model.canFetchMore():
            panel.model.fetchMore()
            await wait_until(lambda: not panel.model.is_busy())
        await wait_for_task(panel.apply_filter())

    run_async(main())
    assert panel.model.rowCount() >= PAGE_SIZE  # (the tester itself may fetch more)
    first = panel.model.index(0, 0).data(SUMMARY_ROLE)
    assert first.id == f"run{PAGE_SIZE * 2 + 49:05d}", "newest first"
    assert panel.count_label.text() == "450 runs"


def test_fetching_more_continues_where_the_rows_end(panel: HistoryPanel,
                                                   history: HistoryService,
                                                   run_async: RunAsync) -> None:
    add_records(history, many(PAGE_SIZE + 30))

    async def main() -> None:
        await shown(panel)
        panel.table.scrollToBottom()
        await wait_until(lambda: panel.model.rowCount() == PAGE_SIZE + 30)

    run_async(main())
    ids = [panel.model.summary(row).id for row in range(panel.model.rowCount())]
    assert ids == [f"run{n:05d}" for n in reversed(range(PAGE_SIZE + 30))]
    assert not panel.model.canFetchMore()


def test_an_empty_history_says_so(panel: HistoryPanel, run_async: RunAsync) -> None:
    run_async(shown(panel))
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == NO_RUNS_TEXT
    assert not panel.clear_button.isEnabled()
    assert not panel.open_button.isEnabled() and not panel.delete_button.isEnabled()


def test_the_filter_bar(panel: HistoryPanel, history: HistoryService, qtbot: QtBot,
                        run_async: RunAsync) -> None:
    add_records(history, many(40))

    def ids() -> set[str]:
        return {panel.model.summary(row).id for row in range(panel.model.rowCount())}

    async def main() -> None:
        await shown(panel)
        assert len(ids()) == 40
        panel.task_combo.setCurrentIndex(panel.task_combo.findData("summarization"))
        await wait_until(lambda: len(ids()) == 13)
        panel.state_combo.setCurrentIndex(panel.state_combo.findData("error"))
        await wait_until(lambda: ids() == {f"run{n:05d}" for n in range(40)
                                           if n % 3 == 1 and n % 4 == 2})
        panel.state_combo.setCurrentIndex(0)
        panel.task_combo.setCurrentIndex(0)
        await wait_until(lambda: len(ids()) == 40)
        qtbot.keyClicks(panel.search_edit, "summary 17")  # debounced
        await wait_until(lambda: ids() == {"run00017"}, timeout=3)
        panel.search_edit.clear()
        qtbot.keyClicks(panel.model_edit, "MODEL-3")
        await wait_until(lambda: ids() == {f"run{n:05d}" for n in range(40) if n % 5 == 3})
        await wait_for_task(panel.set_filter(HistoryFilter(text="nothing like this")))
        assert panel.empty_label.text() == NO_MATCH_TEXT
        assert panel.stack.currentWidget() is panel.empty_label

    run_async(main())


def test_rows_show_status_partial_duration_and_snippet(panel: HistoryPanel,
                                                       history: HistoryService,
                                                       run_async: RunAsync) -> None:
    add_records(history, [
        RunRecord("text-generation-stream", "google/flan-t5-xxl", {"inputs": "Tell a story"},
                  {}, {}, id="s1", started_at=T0, state=RunState.INTERRUPTED,
                  text="Once upon a time", tokens=4),
        RunRecord("text-classification", "m", {"inputs": "bad"}, {}, {}, id="e1",
                  started_at=T0 + 1, state=RunState.ERROR, elapsed_s=2.5,
                  error={"title": "Model not found", "message": "no"}),
    ])
    run_async(shown(panel))
    model = panel.model
    assert model.index(0, STATUS).data() == "Error"
    assert "Model not found" in model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, SNIPPET).data() == "bad → Model not found"
    assert model.index(0, 4).data() == "2.5 s"
    assert model.index(1, STATUS).data() == "Interrupted · partial"
    assert model.index(1, SNIPPET).data() == "Tell a story → Once upon a time"
    assert model.index(1, 1).data() == "Text generation (stream)" or model.index(1, 1).data()


def test_open_restores_the_form_and_shows_the_result(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "done"
    run = page.last_run
    assert run is not None
    labels = run.result
    page.inputs["data"].clear()
    page.result_panel.clear()
    window.show_task("text-classification")

    dock = window.history_dock
    async def main() -> None:
        dock.show()
        await wait_until(lambda: dock.panel.model.rowCount() == 1)
        dock.panel.select_row(0)
        task = dock.panel.open_selected()
        assert task is not None
        await task
        await wait_until(lambda: page.inputs["data"].value() is not None
                         and page.result_panel.viewer is not None, timeout=5)

    run_async(main())
    assert window.stack.currentWidget() is page
    restored = page.inputs["data"].value()
    assert isinstance(restored, FileValue) and restored.data == run.form["data"].data
    assert page.result_panel.state() == "result"
    assert json.loads(page.result_panel.json_view.text()) == labels
    assert page.status.label.text().startswith("From the history · Done")
    assert page.last_run is not None and page.last_run.id == run.id


def test_open_a_cancelled_stream_shows_its_text_as_partial(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    add_records(history, [RunRecord(
        "text-generation-stream", "google/flan-t5-xxl", {"inputs": "Tell a story"}, {},
        {"use_cache": False}, id="s1", started_at=T0, state=RunState.CANCELLED,
        text="Once upon a time", tokens=4,
        error={"title": "Cancelled", "message": "The call was cancelled."})])
    page = window.page("text-generation-stream")
    run_async(show(page, stored(history, "s1")))
    viewer = page.result_panel.viewer
    assert isinstance(viewer, TextViewer)
    assert viewer.text() == "Once upon a time"
    assert "partial text kept" in viewer.banner_text()
    assert page.inputs["inputs"].value() == "Tell a story"
    assert page.options.values()["use_cache"] is False

    add_records(history, [RunRecord(
        "text-generation-stream", "google/flan-t5-xxl", {"inputs": "Another"}, {}, {},
        id="s2", started_at=T0 + 1, state=RunState.INTERRUPTED, text="It was a dark")])
    run_async(show(page, stored(history, "s2")))
    assert viewer.text() == "It was a dark"
    assert "stopped before the end" in viewer.banner_text()


def test_rerun_fills_the_page_and_runs_it_again(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("I like you. I love you.")
    assert run_async(run_page(page)) == "done"
    page.inputs["inputs"].set_value("")

    dock = window.history_dock
    async def main() -> None:
        dock.show()
        await wait_until(lambda: dock.panel.model.rowCount() == 1)
        dock.panel.select_row(0)
        finished: list[str] = []
        page.run_finished.connect(finished.append)
        dock.panel.rerun_selected()
        await wait_until(lambda: finished, timeout=10)
        await wait_until(lambda: dock.panel.model.rowCount() == 2, timeout=5)

    run_async(main())
    assert page.inputs["inputs"].value() == "I like you. I love you."
    newest = dock.panel.model.summary(0)
    assert newest.state is RunState.DONE and newest.snippet.startswith("I like you.")


def test_delete_and_clear_all_which_asks_first(panel: HistoryPanel, history: HistoryService,
                                              run_async: RunAsync, qtbot: QtBot) -> None:
    add_records(history, many(5))

    async def main() -> None:
        await shown(panel)
        panel.select_row(0)
        assert panel.delete_button.isEnabled()
        await panel.delete_selected()  # type: ignore[misc]
        await wait_until(lambda: panel.model.total == 4)
        assert panel.model.row_of("run00004") is None

        box = panel.clear_all()
        assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
        box.button(QMessageBox.StandardButton.Cancel).click()
        await wait_until(lambda: panel._confirm is None)
        assert history.submit(lambda store: store.count()).result(5) == 4

        box = panel.clear_all()
        [confirm] = [b for b in box.buttons()
                     if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole]
        confirm.click()
        await wait_until(lambda: panel.model.total == 0 and not panel.model.is_busy())

    run_async(main())
    assert history.submit(lambda store: store.count()).result(5) == 0
    assert panel.empty_label.text() == NO_RUNS_TEXT


def test_view_history_toggles_the_dock_and_save_uses_the_export(
        window: MainWindow, history: HistoryService, run_async: RunAsync,
        tmp_path: Path) -> None:
    view = next(a.menu() for a in window.menuBar().actions()
                if a.text().replace("&", "") == "View")
    assert isinstance(view, QMenu)
    action = next(a for a in view.actions() if a.text().replace("&", "") == "History")
    assert action.shortcut().toString() == "Ctrl+H"
    dock = window.history_dock
    assert not dock.isVisible()
    action.trigger()
    assert dock.isVisible()

    add_records(history, many(1))
    record = stored(history, "run00000")
    save = dock.panel.save_handler
    assert isinstance(save, RecordSaver)
    target = tmp_path / "saved.json"
    written = run_async(save.saver.save_to(target, "json", item=record))
    assert written and target.is_file()
    assert "summary 0" in target.read_text()
    action.trigger()
    assert not dock.isVisible()


def test_open_restores_model_parameters_and_options(window: MainWindow,
                                                    history: HistoryService,
                                                    run_async: RunAsync) -> None:
    add_records(history, [RunRecord(
        "text-generation", "someone/their-model", {"inputs": "The answer is"},
        {"max_new_tokens": 20, "temperature": 0.5, "stop_sequences": ["\n"]},
        {"use_cache": False, "wait_for_model": True, "retry_on_error": True,
         "dont_load_model": False},
        id="g1", started_at=T0, state=RunState.DONE, elapsed_s=1.5, http_status=200,
        response_bytes=40, result={"generated_text": "The answer is 42"})])
    page = window.page("text-generation")
    run_async(show(page, stored(history, "g1")))
    assert page.model_field.model_id() == "someone/their-model"
    values = page.parameters.values()
    assert values["max_new_tokens"] == 20 and values["temperature"] == 0.5
    assert values["stop_sequences"] == ["\n"]
    assert page.options.values()["use_cache"] is False
    assert page.options.values()["wait_for_model"] is True
    viewer = page.result_panel.viewer
    assert isinstance(viewer, TextViewer) and viewer.text() == "The answer is 42"
    assert page.result_panel.details.values()["Status"] == "200 OK"


def test_open_without_the_kept_input_file_says_so(
        window: MainWindow, history: HistoryService, settings: Settings,
        run_async: RunAsync) -> None:
    settings.set("history/keep_inputs", False)
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "done"
    assert page.last_run is not None
    record = stored(history, page.last_run.id)
    run_async(show(page, record))
    zone = page.inputs["data"]
    assert zone.value() is None
    assert "was not kept in the history" in zone.message()
    assert page.result_panel.state() == "result", "labels need no input image"


@pytest.mark.parametrize("task_id", [s.id for s in CATALOG if s.page is PageKind.FORM])
def test_every_task_shows_a_recorded_run_as_it_showed_it_live(
        window: MainWindow, history: HistoryService, run_async: RunAsync,
        task_id: str) -> None:
    page = window.show_task(task_id)

    async def live() -> str:
        await fill_first_example(page)
        return await run_page(page, timeout=20)

    assert run_async(live(), timeout=25) == "done"
    assert page.last_run is not None
    viewer = type(page.result_panel.viewer)
    raw = page.result_panel.json_view.text()
    values = dict(page.last_run.form)  # the inputs the run was made with
    record = stored(history, page.last_run.id)
    for widget in page.inputs.values():
        widget.clear()
    page.result_panel.clear()

    async def again() -> None:
        await page.show_record(record)
        await wait_until(lambda: not any(getattr(w, "is_busy", lambda: False)()
                                         for w in page.inputs.values()))

    run_async(again())
    assert page.result_panel.state() == "result"
    assert type(page.result_panel.viewer) is viewer
    assert page.result_panel.json_view.text() == raw
    restored = page.values()
    for key, value in values.items():
        if isinstance(value, FileValue):
            got = restored[key]
            assert isinstance(got, FileValue) and got.data == value.data, key
        else:
            assert restored[key] == value, key
