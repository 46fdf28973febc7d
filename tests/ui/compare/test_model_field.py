"""A comparison column's model field is the page's ModelField: Hub search for the task,
recent models, named endpoints with their trust marks; it keeps the column's checks (an
inline message as typed, Enter runs the column) and reads no model card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.runs import RunState
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.compare.column import HUB_LINK_MIN_WIDTH
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import trust_mark
from hfi_desktop.ui.services import Services
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until

from .helpers import open_comparison, program, settle

TASK = "text-generation"


def generated(text: str) -> list[dict[str, str]]:
    return [{"generated_text": text}]


def values(field: ModelField) -> list[str]:
    return [row.value for row in field.suggestions()]


def test_columns_search_the_hub_for_the_tasks_models(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    fake_api.add_hub_model("acme/gpt-small", pipeline_tag=TASK, downloads=12_000,
                           widget_data=[{"text": "Once", "example_title": "Story"}])
    fake_api.add_hub_model("acme/gpt-sentiment", pipeline_tag="text-classification")
    view = run_async(open_comparison(window, TASK, ["", ""]))
    field = view.columns[1].model_field
    assert isinstance(field, ModelField) and field.search is not None
    assert field.search.pipeline_tag == TASK

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "acme/gpt")
        await wait_until(lambda: "acme/gpt-small" in values(field), timeout=5)

    run_async(main())
    assert "acme/gpt-sentiment" not in values(field)  # another task's model
    assert fake_api.requests_to("/api/models")[0].query["pipeline_tag"] == [TASK]
    field.set_model("acme/gpt-small")
    assert view.columns[1].model_text() == "acme/gpt-small"
    assert not fake_api.requests_to("/api/models/acme/gpt-small"), "no card is read"


def test_named_endpoints_show_their_trust_marks(
        window: MainWindow, services: Services, run_async: RunAsync) -> None:
    services.settings.set_endpoints([NamedEndpoint("my tgi", "https://tgi.example/gen",
                                                   trusted=True),
                                     NamedEndpoint("lab box", "http://10.0.0.7:8080")])
    view = run_async(open_comparison(window, TASK, ["", ""]))
    column = view.columns[0]
    field = column.model_field
    field.show_suggestions(everything=True)
    rows = [r for r in field.suggestions() if r.section.value == "Endpoints"]
    assert [(r.title, r.badge) for r in rows] == [("my tgi", trust_mark(True)),
                                                    ("lab box", trust_mark(False))]
    field.popup().hide()
    column.set_model("http://10.0.0.7:8080")
    assert column.check_model() and not column.model_message.message()
    assert field.hint.isVisible() and "“lab box”" in field.hint.text()
    assert "not sent" in field.hint.text()


def test_the_column_still_checks_what_is_typed_and_enter_runs_it(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    program(fake_api, {"m/one": generated("one"), "m/two": generated("two")})
    view = run_async(open_comparison(window, TASK, ["m/one", ""]))
    column = view.columns[1]
    line = column.model_field.lineEdit()
    QTest.keyClicks(line, "not a model!")
    assert "not a model id" in column.model_message.message()
    line.clear()
    assert not column.model_message.message()
    QTest.keyClicks(line, "m/two")
    column.model_field.popup().hide()

    async def main() -> None:
        QTest.keyClick(line, Qt.Key.Key_Return)
        await wait_until(lambda: column.state is RunState.DONE, timeout=5)
        await settle(view)

    run_async(main())
    assert view.columns[0].state is None, "Enter runs its own column only"
    assert len(fake_api.requests_to("/models/m/two")) == 1
    # The model run is now a recent one, offered in every column.
    other = view.columns[0].model_field
    other.show_suggestions(everything=True)
    assert "m/two" in values(other)
    other.popup().hide()


def test_the_hub_link_shows_in_wide_columns_only(window: MainWindow,
                                                 run_async: RunAsync) -> None:
    view = run_async(open_comparison(window, TASK, ["", "", ""]))
    view.resize(1200, 700)
    QTest.qWait(50)
    column = view.columns[0]
    assert column.width() < HUB_LINK_MIN_WIDTH
    assert not column.model_field.hub_button.isVisible()
    view.remove_column(view.columns[2])
    view.resize(1400, 700)
    QTest.qWait(50)
    assert column.width() >= HUB_LINK_MIN_WIDTH
    assert column.model_field.hub_button.isVisible()
