"""Every task page, filled with its shipped example and run against the local server."""

from __future__ import annotations

import pytest

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.viewers import TextViewer
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync

from .pages import fill_first_example, run_page


@pytest.mark.parametrize("task_id", [s.id for s in CATALOG if s.page is PageKind.FORM])
def test_every_page_runs_its_example_and_shows_the_result(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        task_id: str) -> None:
    page = window.show_task(task_id)
    assert window.stack.currentWidget() is page

    async def main() -> str:
        await fill_first_example(page)
        return await run_page(page)

    state = run_async(main(), timeout=20)
    panel = page.result_panel
    assert state == "done", panel.error_box.message.text()
    assert panel.state() == "result"
    assert panel.viewer is not None
    assert panel.json_view.text().strip()
    if page.spec.streaming:
        assert isinstance(panel.viewer, TextViewer)
        assert panel.viewer.text()
    assert page.status.label.text().startswith("Done · HTTP 200")
    assert fake_api.requests, "the page should have called the server"
