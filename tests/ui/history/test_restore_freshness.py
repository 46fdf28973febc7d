"""A past run opened from the history is the result of the form it restores: not out of
date; changing the form marks it, as it does a live run's."""

from __future__ import annotations

from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.main_window import MainWindow
from tests.support.paths import example
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.inputs.conftest import drag_and_drop, file_mime
from tests.ui.pages import fill_first_example, run_page


def test_a_past_run_is_current_until_its_form_changes(
        window: MainWindow, history: HistoryService, run_async: RunAsync) -> None:
    page = window.show_task("image-classification")
    zone = page.inputs["data"]
    dock = window.history_dock

    async def main() -> None:
        await fill_first_example(page)
        assert await run_page(page) == "done"
        drag_and_drop(zone, file_mime(example("cats.png")))
        await wait_until(page.result_outdated)
        assert page.run_button.text() == "Run again"

        dock.show()  # the cheetah's run, opened again: its form and its result
        await wait_until(lambda: dock.panel.model.rowCount() == 1)
        dock.panel.select_row(0)
        task = dock.panel.open_selected()
        assert task is not None
        await task
        await wait_until(lambda: getattr(zone.value(), "name", "") == "cheetah.png"
                         and not page.is_loading())
        await wait_until(lambda: not page.result_outdated())
        assert page.run_button.text() == "Run"
        assert not page.result_panel.outdated_note.isVisibleTo(page)

        drag_and_drop(zone, file_mime(example("cats.png")))
        await wait_until(page.result_outdated)
        assert page.result_panel.outdated_note.isVisibleTo(page)

    run_async(main(), timeout=30)
