"""A past run shown on its page from the history (History ▸ Open) is what the page's
Save as… / Save all… save: its record, with the files of the history's content store."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

from hfi_desktop.runs import Run
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.records import FileRef, RunRecord
from hfi_desktop.ui.export import PageExport
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_api import FakeInferenceAPI, respond_error
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import fill_first_example, run_page

from .conftest import stored


def _export(page: TaskPage) -> PageExport:
    assert isinstance(page.export, PageExport)
    return page.export


async def _open(window: MainWindow, page: TaskPage, record_id: str) -> None:
    """History ▸ Open on the row of ``record_id``, until the page shows it."""
    shown: list[Run] = []
    page.record_shown.connect(shown.append)
    dock = window.history_dock
    dock.show()
    panel = dock.panel
    panel.model.refresh()
    await wait_until(lambda: panel.model.row_of(record_id) is not None)
    row = panel.model.row_of(record_id)
    assert row is not None
    panel.select_row(row)
    task = panel.open_selected()
    assert task is not None
    await task
    await wait_until(lambda: bool(shown), timeout=10)
    page.record_shown.disconnect(shown.append)


def test_a_shown_record_is_saved_with_its_stored_files(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync, tmp_path: Path) -> None:
    page = window.show_task("text-to-image")
    export = _export(page)
    shown: list[Run] = []
    page.record_shown.connect(shown.append)

    first_id = ""

    async def first_run() -> None:
        nonlocal first_id
        await fill_first_example(page)
        assert await run_page(page) == "done"
        assert page.last_run is not None
        first_id = page.last_run.id

    run_async(first_run(), timeout=20)
    image = page.last_run.result  # type: ignore[union-attr]
    fake_api.program(f"/models/{page.model_field.effective_model()}",
                     respond_error(500, "boom"), times=1)
    assert run_async(run_page(page)) == "error"
    assert not export.save_button.isEnabled(), "the page shows an error: nothing to save"

    run_async(_open(window, page, first_id), timeout=20)
    assert len(shown) == 1 and page.last_run is shown[0] and shown[0].id == first_id
    assert export.save_button.isEnabled() and export.save_all_button.isEnabled()
    assert export.shortcut.isEnabled() and export.saver.can_save()
    run_async(wait_until(lambda: isinstance(export.item(), RunRecord)))
    record = export.item()
    assert isinstance(record, RunRecord) and record.id == first_id
    ref = FileRef.from_json(stored(history, first_id).result)
    assert history.files.get(ref) == image.data

    written = run_async(export.saver.save_to(tmp_path / "again.png", "png"), timeout=20)
    assert written == [tmp_path / "again.png"]
    with Image.open(tmp_path / "again.png") as saved:
        assert saved.format == "PNG" and saved.size[0] > 0
    manifest_path = run_async(export.saver.save_all_to(tmp_path / "all"), timeout=20)
    assert manifest_path is not None
    folder = manifest_path.parent
    assert json.loads(manifest_path.read_text())["runs"][0]["run"] == first_id
    assert (folder / "text-to-image.jpg").read_bytes() == image.data  # from the store
    saved_json = json.loads((folder / "text-to-image.json").read_text())
    assert saved_json["timing"]["http_status"] == 200, "as recorded"
    assert saved_json["timing"]["response_bytes"] == len(image.data)
    run_async(wait_until(lambda: export.drag_handle.isEnabled()))

    # A new run: Save as… saves it again, not the record.
    assert run_async(run_page(page)) == "done"
    assert isinstance(export.item(), Run) and export.item() is page.last_run


def test_a_shown_error_record_has_nothing_to_save(
        window: MainWindow, history: HistoryService, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    fake_api.program("/models/distilbert-base-uncased-finetuned-sst-2-english",
                     respond_error(500, "boom"), times=1)
    page = window.show_task("text-classification")
    page.inputs["inputs"].set_value("hello")
    assert run_async(run_page(page)) == "error"
    failed = page.last_run
    assert failed is not None
    page.inputs["inputs"].set_value("I like you")
    assert run_async(run_page(page)) == "done"
    export = _export(page)
    assert export.save_button.isEnabled()

    run_async(_open(window, page, failed.id), timeout=20)
    assert page.last_run is not None and page.last_run.id == failed.id
    assert not export.save_button.isEnabled() and export.item() is None


def test_a_shown_record_is_read_on_the_loop_whoever_processes_qt_events(
        window: MainWindow, history: HistoryService, qapp: QApplication,
        run_async: RunAsync) -> None:
    """The record's read is answered while the test's loop is stopped, and Qt events are
    processed then (as pytest-qt's hooks and ``qtbot.wait*`` do): the page's task reading it
    goes on when the loop runs again, it does not fail with "no running event loop"."""
    page = window.show_task("text-classification")
    export = _export(page)
    page.inputs["inputs"].set_value("I like you")
    assert run_async(run_page(page)) == "done"
    assert page.last_run is not None
    first_id = page.last_run.id
    assert run_async(run_page(page)) == "done"

    gate = threading.Event()
    page.record_shown.connect(lambda _run: history.submit(lambda _store: gate.wait(10)))
    run_async(_open(window, page, first_id), timeout=20)
    assert not isinstance(export.item(), RunRecord), "the read waits behind the gate"
    gate.set()
    history.submit(lambda _store: None).result(5)  # the read is answered meanwhile
    for _ in range(20):
        qapp.processEvents()
    run_async(wait_until(lambda: isinstance(export.item(), RunRecord)))
    run_async(wait_until(lambda: export.drag_handle.isEnabled()))
