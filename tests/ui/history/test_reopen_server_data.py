"""Opening a past run whose server reply held a "$file" key naming an earlier input's
sha256 shows the reply as it came (raw JSON), never the user's earlier input file."""

from __future__ import annotations

import json

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.records import FileRef, RunRecord
from hfi_desktop.ui.main_window import MainWindow
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import fill_first_example, run_page

from .conftest import stored


def test_a_reply_naming_an_earlier_input_reopens_as_the_reply(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("image-classification")
    run_async(fill_first_example(page))
    assert run_async(run_page(page)) == "done"
    assert page.last_run is not None
    photo = page.last_run.form["data"]
    assert isinstance(photo, FileValue)
    sha = FileRef.from_json(stored(history, page.last_run.id).form["data"]).sha256

    said = json.loads(json.dumps({"$file": sha, "name": photo.name, "mime": photo.mime,
                                  "size": len(photo.data), "stored": True}))
    history.finish(RunRecord("image-classification", "google/vit-base-patch16-224",
                             {"data": FileValue(photo.name, photo.data, photo.mime)}, {},
                             {}, id="forged", state=RunState.DONE, result=said)).result(10)
    page.result_panel.clear()
    record = stored(history, "forged")

    async def show() -> bool:
        shown = await page.show_record(record)
        await wait_until(lambda: not page.is_loading(), timeout=10)
        return shown

    assert run_async(show())

    assert page.result_panel.state() == "result"
    assert json.loads(page.result_panel.json_view.text()) == said
    assert page.last_run is not None and page.last_run.result == said
