"""Enter in a page's model field, its suggestion list open, with a row selected in the
History: the field takes the Enter (the typed model is kept, the list closes); the History's
Enter-opens-the-row does not fire, the page stays, nothing the user typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.main_window import MainWindow
from tests.support.as_user import act, click, press_key, type_text
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import fill_first_example

from .conftest import add_records
from .test_panel import many

TAG = "text-classification"


def test_enter_in_the_model_field_stays_there(window: MainWindow, history: HistoryService,
                                              fake_api: FakeInferenceAPI,
                                              run_async: RunAsync) -> None:
    fake_api.add_hub_model("acme/distil-tiny", pipeline_tag=TAG, downloads=1_234)
    add_records(history, many(3))  # the newest, run00002, is a text-generation run
    page = window.show_task(TAG)
    chosen: list[str] = []
    page.model_field.model_chosen.connect(chosen.append)

    async def main() -> None:
        await fill_first_example(page)
        await act(press_key, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        panel = window.history_dock.panel
        await wait_until(lambda: panel.model.rowCount() == 3)
        table = panel.table
        await act(click, table.viewport(), table.visualRect(table.model().index(0, 1)).center())
        assert table.hasFocus() and table.selectionModel().selectedRows()

        field = page.model_field
        await act(click, field.lineEdit())
        await act(type_text, field, "acme/distil")
        await wait_until(lambda: field.popup().isVisible()
                         and "acme/distil-tiny" in [r.value for r in field.suggestions()])
        await act(press_key, window, Qt.Key.Key_Return)
        assert not field.popup().isVisible()
        assert window.stack.currentWidget() is page, "the History row was not opened"
        assert field.lineEdit().hasFocus()
        assert field.model_id() == "acme/distil" and chosen == ["acme/distil"]
        assert page.inputs["inputs"].value() == page.spec.examples[0].values["inputs"]

    run_async(main())
