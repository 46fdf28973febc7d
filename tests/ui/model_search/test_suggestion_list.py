"""The model field's suggestion list keeps out of the way: Esc closes it (and does nothing
else while it is open), a click elsewhere closes it and still does what it was aimed at (Run
runs on the first click, in a page and in a comparison), and Enter stays in the field.

Keys and clicks go through the window (tests/support/as_user.py), as a user's do: an open
list that grabbed them would get them first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.task_page import TaskPage
from tests.support.as_user import act, click, press_key, type_text
from tests.support.fake_api import FakeInferenceAPI, Hang
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.compare.helpers import open_comparison, settle
from tests.ui.pages import fill_first_example

from .conftest import DEFAULT, TAG, values

MODEL_PATH = f"/models/{DEFAULT}"


async def type_until_listed(field: ModelField, text: str, expected: str) -> None:
    """Click into the field, type ``text``; the list is open and shows ``expected``."""
    await act(click, field.lineEdit())
    assert field.lineEdit().hasFocus()
    await act(type_text, field, text)
    await wait_until(lambda: expected in values(field) and field.popup().isVisible(),
                     timeout=5)
    assert field.lineEdit().text() == text
    list_view = field.popup()
    top_left = list_view.mapToGlobal(QPoint(0, 0))
    under = field.lineEdit().mapToGlobal(QPoint(0, field.lineEdit().height()))
    assert list_view.isVisible() and list_view.height() > 20
    assert abs(top_left.y() - under.y()) < 12, "the list opens right under the field"


def searches(api: FakeInferenceAPI) -> list[str]:
    return [r.query.get("search", [""])[0] for r in api.requests_to("/api/models")]


def requests(api: FakeInferenceAPI) -> int:
    return len(api.requests_to(MODEL_PATH))


async def page_ready(window: MainWindow) -> TaskPage:
    page = window.show_task(TAG)
    await fill_first_example(page)
    return page


def test_esc_closes_the_list_and_only_the_list(window: MainWindow, hub_models: FakeInferenceAPI,
                                               run_async: RunAsync) -> None:
    hub_models.program(MODEL_PATH, Hang(max_s=20))

    async def main() -> None:
        page = await page_ready(window)
        await act(click, page.run_button)
        await wait_until(lambda: page.runs.is_running() and requests(hub_models) == 1)
        field = page.model_field
        await type_until_listed(field, "distil", "distilbert-sst2")
        await act(type_text, field, "b")  # a search for "distilb" is on its way
        assert field.popup().isVisible()
        await act(press_key, page, Qt.Key.Key_Escape)
        assert not field.popup().isVisible(), "one Esc closes the list"
        searcher = field.searcher
        assert searcher is not None
        await wait_until(lambda: "distilb" in searches(hub_models) and not searcher.is_busy())
        assert not field.popup().isVisible(), "the search answered later left it closed"
        assert page.runs.is_running(), "that Esc closed the list, it did not cancel the run"
        assert field.lineEdit().text() == "distilb"
        # The list is closed: Esc cancels the run, as designed.
        await act(press_key, page, Qt.Key.Key_Escape)
        await wait_until(lambda: not page.runs.is_running())
        assert page.last_run is not None and page.last_run.state.value == "cancelled"

    run_async(main(), timeout=20)


def test_a_click_elsewhere_closes_the_list_and_gets_through(
        window: MainWindow, hub_models: FakeInferenceAPI, run_async: RunAsync) -> None:
    async def main() -> None:
        page = await page_ready(window)
        field = page.model_field
        await type_until_listed(field, "distilbert-sst2", "distilbert-sst2")
        assert requests(hub_models) == 0
        hub_models.program("/models/distilbert-sst2", Hang(max_s=0.1))
        await act(click, page.run_button)
        assert not field.popup().isVisible()
        await wait_until(lambda: hub_models.requests_to("/models/distilbert-sst2"), timeout=5)
        await wait_until(lambda: not page.runs.is_running(), timeout=10)

    run_async(main(), timeout=20)


def test_the_first_click_on_run_all_runs_every_column(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    task = "text-generation"
    fake_api.add_hub_model("acme/gpt-small", pipeline_tag=task, downloads=12_000)
    fake_api.add_hub_model("acme/gpt-large", pipeline_tag=task, downloads=9_000)
    for model in ("acme/gpt-small", "acme/gpt-large"):
        fake_api.program(f"/models/{model}", Hang(max_s=0.1))

    async def main() -> None:
        view = await open_comparison(window, task, ["acme/gpt-small", ""])
        view.show()
        view.activateWindow()
        await wait_until(lambda: view.isActiveWindow() or QApplication.platformName()
                         == "offscreen")
        field = view.columns[1].model_field
        await type_until_listed(field, "acme/gpt-large", "acme/gpt-large")
        await act(click, view.run_button)
        assert not field.popup().isVisible()
        await wait_until(lambda: fake_api.requests_to("/models/acme/gpt-large")
                         and fake_api.requests_to("/models/acme/gpt-small"), timeout=5)
        await settle(view)

    run_async(main(), timeout=20)


def test_ctrl_enter_runs_with_the_row_picked_in_the_list(
        window: MainWindow, hub_models: FakeInferenceAPI, run_async: RunAsync) -> None:
    hub_models.program("/models/acme/roberta-sentiment", Hang(max_s=0.1))

    async def main() -> None:
        page = await page_ready(window)
        field = page.model_field
        await type_until_listed(field, "roberta", "acme/roberta-sentiment")
        await act(press_key, page, Qt.Key.Key_Down)
        assert field.popup().current_value() == "acme/roberta-sentiment"
        await act(press_key, page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not field.popup().isVisible()
        assert field.model_id() == "acme/roberta-sentiment"
        await wait_until(lambda: hub_models.requests_to("/models/acme/roberta-sentiment"))
        await wait_until(lambda: not page.runs.is_running(), timeout=10)

    run_async(main(), timeout=20)


def test_the_boxs_arrow_opens_and_closes_the_list(
        window: MainWindow, hub_models: FakeInferenceAPI, run_async: RunAsync) -> None:
    async def main() -> None:
        page = await page_ready(window)
        combo = page.model_field.combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        arrow = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxArrow, combo)
        await act(click, combo, arrow.center())
        await wait_until(lambda: "distilbert-sst2" in values(page.model_field))
        assert page.model_field.popup().isVisible() and DEFAULT in values(page.model_field)
        await act(click, combo, arrow.center())
        assert not page.model_field.popup().isVisible()
        await act(click, page.model_field.lineEdit())  # placing the cursor: stays closed
        assert not page.model_field.popup().isVisible()

    run_async(main())
