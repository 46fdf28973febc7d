"""The model field searches the Hub as the user types (debounced, in a worker, newest query
wins), lists hits with counts beside recent models, the default and named endpoints, degrades
quietly when the Hub is unreachable, links to the model's page, and finds the chosen model's
card examples."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from hfi_desktop.bridge import set_error_reporter
from hfi_desktop.catalog import Example
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import NOT_TRUSTED, trust_mark
from tests.support.as_user import act, click, press_key, type_text
from tests.support.desktop_urls import caught_urls
from tests.support.fake_api import Delayed, FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync, wait_until

from .conftest import DEFAULT, TAG, MakeField, click_row, values

ENDPOINTS = [NamedEndpoint("my-tgi", "https://tgi.example/generate", trusted=True),
             NamedEndpoint("lab box", "http://10.0.0.7:8080", trusted=False)]


def _searches(api: FakeInferenceAPI) -> list[str]:
    return [r.query.get("search", [""])[0] for r in api.requests_to("/api/models")]


def test_typing_searches_once_after_a_pause(make_field: MakeField, hub_models: FakeInferenceAPI,
                                            run_async: RunAsync) -> None:
    field = make_field()

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "disti")  # five keystrokes, no pause
        await wait_until(lambda: any(r.value == "distilbert-sst2" for r in field.suggestions()))
        await asyncio.sleep(0.4)  # nothing else is sent later

    run_async(main())
    assert _searches(hub_models) == ["disti"]
    (request,) = hub_models.requests_to("/api/models")
    assert request.query["pipeline_tag"] == [TAG] and request.query["sort"] == ["downloads"]
    assert field.searcher is not None and field.searcher.sent == ["disti"]
    hub = [row for row in field.suggestions() if row.section.value == "On the Hub"]
    assert [(r.value, r.detail) for r in hub] == [
        ("distilbert-sst2", "2.5M \u2193  \u2665 340"),
        ("acme/distil-tiny", "1.2k \u2193  \u2665 5"),
    ]
    assert field.popup().isVisible()


def test_choosing_a_hit_fills_the_field(make_field: MakeField, hub_models: FakeInferenceAPI,
                                        run_async: RunAsync) -> None:
    field = make_field()
    chosen: list[str] = []
    field.model_chosen.connect(chosen.append)

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "roberta")
        await wait_until(lambda: "acme/roberta-sentiment" in values(field))
        click_row(field, "acme/roberta-sentiment")
        await wait_until(lambda: chosen)

    run_async(main())
    assert field.model_id() == "acme/roberta-sentiment"
    assert chosen == ["acme/roberta-sentiment"]
    assert not field.popup().isVisible()


def test_a_newer_search_supersedes_a_running_one(
    make_field: MakeField, hub_models: FakeInferenceAPI, run_async: RunAsync
) -> None:
    late = respond_json([{"id": "late/answer", "downloads": 10**9, "likes": 1,
                          "pipeline_tag": TAG}])
    hub_models.program("/api/models", Delayed(0.8, late), times=1)
    field = make_field(delay_ms=50)

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "acme")
        await wait_until(lambda: len(hub_models.requests_to("/api/models")) == 1)
        QTest.keyClicks(field.lineEdit(), "/rob")
        await wait_until(lambda: "acme/roberta-sentiment" in values(field))
        await asyncio.sleep(1.0)  # the first answer arrives meanwhile: ignored

    run_async(main())
    assert _searches(hub_models) == ["acme", "acme/rob"]
    assert "late/answer" not in values(field)
    assert field.model_id() == "acme/rob"


def test_offline_hub_degrades_quietly(make_field: MakeField, refused_url: str,
                                      run_async: RunAsync) -> None:
    reported: list[BaseException] = []
    previous = set_error_reporter(reported.append)
    field = make_field(hub_url=refused_url, endpoints=ENDPOINTS)
    field.set_recent(["me/my-model"])
    try:
        async def main() -> None:
            QTest.keyClicks(field.lineEdit(), "bert")
            await wait_until(lambda: field.hint.isVisible())

        run_async(main())
    finally:
        set_error_reporter(previous)
    rows = field.suggestions()
    assert [r.value for r in rows] == [ENDPOINTS[0].url, ENDPOINTS[1].url, "me/my-model",
                                       DEFAULT, ""]
    assert rows[-1].title == "Hub unreachable: recent and default models only"
    assert "offline" in rows[-1].tooltip
    assert field.hint.text() == "Hub unreachable: showing recent and default models"
    assert field.popup().isVisible()
    assert reported == []
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)
               and w.isVisible()]
    assert dialogs == []
    assert field.model_id() == "bert"  # what was typed stays


def test_dropdown_lists_popular_models(make_field: MakeField, hub_models: FakeInferenceAPI,
                                       run_async: RunAsync) -> None:
    field = make_field(endpoints=ENDPOINTS[:1])
    field.set_recent(["me/my-model"])

    async def main() -> None:
        field.combo.showPopup()
        await wait_until(lambda: "acme/roberta-sentiment" in values(field))

    run_async(main())
    assert values(field) == [ENDPOINTS[0].url, "me/my-model", DEFAULT, "distilbert-sst2",
                             "acme/roberta-sentiment", "acme/distil-tiny"]
    assert _searches(hub_models) == [""]
    assert field.popup().isVisible()


def test_endpoints_with_their_trust_marks(make_field: MakeField, run_async: RunAsync) -> None:
    field = make_field(endpoints=ENDPOINTS)

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "lab")
        await wait_until(lambda: values(field)[:1] == [ENDPOINTS[1].url])
        click_row(field, ENDPOINTS[1].url)

    run_async(main())
    endpoint_rows = [r for r in field.suggestions() if r.section.value == "Endpoints"]
    assert [(r.title, r.badge) for r in endpoint_rows] == [("lab box", NOT_TRUSTED)]
    assert field.model_id() == "http://10.0.0.7:8080"
    assert field.endpoint() == ENDPOINTS[1]
    assert field.hint.text() == ("Endpoint “lab box” · \u26a0 not trusted: "
                                 "the token is not sent")
    assert not field.hub_button.isEnabled()  # an endpoint has no page on the Hub
    field.set_model(ENDPOINTS[0].url)
    assert field.hint.text().startswith(f"Endpoint “my-tgi” · {trust_mark(True)}")


def test_link_to_the_models_page(make_field: MakeField, fake_api: FakeInferenceAPI) -> None:
    field = make_field()
    assert field.hub_button.text() == "Open on the Hub \u2197"
    assert field.hub_page_url() == f"{fake_api.url}/{DEFAULT}"  # empty: the default model
    field.set_model("acme/roberta-sentiment")
    assert field.hub_page_url() == f"{fake_api.url}/acme/roberta-sentiment"
    with caught_urls("http") as urls:
        field.hub_button.click()
    assert urls == [f"{fake_api.url}/acme/roberta-sentiment"]
    field.set_model("https://my.endpoint.example/x")
    assert field.hub_page_url() is None and not field.hub_button.isEnabled()


def test_field_without_search_lists_recent_and_default(qtbot: object) -> None:
    field = ModelField("gpt2")
    qtbot.addWidget(field)  # type: ignore[attr-defined]
    field.set_recent(["a/b"])
    field.show_suggestions(everything=True)
    assert values(field) == ["a/b", "gpt2"]
    assert field.hub_page_url() == "https://huggingface.co/gpt2"
    assert field.effective_model() == "gpt2"
    field.set_model(" c/d ")
    assert (field.model_id(), field.effective_model()) == ("c/d", "c/d")


def test_card_examples_of_the_chosen_model(make_field: MakeField,
                                           hub_models: FakeInferenceAPI,
                                           run_async: RunAsync) -> None:
    field = make_field()
    found: list[list[Example]] = []
    field.examples_found.connect(found.append)

    async def main() -> None:
        field.set_model("distilbert-sst2")
        await wait_until(lambda: found)
        field.set_model("https://my.endpoint.example/x")
        await wait_until(lambda: len(found) == 2)

    run_async(main())
    assert found == [[Example("Love", {"inputs": "I love this movie"}),
                      Example("Boring", {"inputs": "So boring."})], []]
    assert hub_models.requests_to("/api/models/distilbert-sst2", "GET")


def test_enter_keeps_what_was_typed(make_field: MakeField, hub_models: FakeInferenceAPI,
                                    run_async: RunAsync) -> None:
    """Enter with no row picked: the typed id, not the first hit that starts like it."""
    field = make_field()
    chosen: list[str] = []
    field.model_chosen.connect(chosen.append)

    async def main() -> None:
        await act(click, field.lineEdit())
        await act(type_text, field, "acme/distil")
        await wait_until(lambda: "acme/distil-tiny" in values(field))
        assert field.popup().isVisible()
        await act(press_key, field, Qt.Key.Key_Return)
        await wait_until(lambda: chosen)

    run_async(main())
    assert chosen == ["acme/distil"] and field.model_id() == "acme/distil"


def test_arrow_keys_then_enter_pick_a_row(make_field: MakeField, hub_models: FakeInferenceAPI,
                                          run_async: RunAsync) -> None:
    field = make_field()

    async def main() -> None:
        await act(click, field.lineEdit())
        await act(type_text, field, "acme/distil")
        await wait_until(lambda: "acme/distil-tiny" in values(field))
        await act(press_key, field, Qt.Key.Key_Down)
        await act(press_key, field, Qt.Key.Key_Down)
        await act(press_key, field, Qt.Key.Key_Up)  # the arrows move in the list
        assert field.lineEdit().text() == "acme/distil", "only Enter takes the row"
        await act(press_key, field, Qt.Key.Key_Return)

    run_async(main())
    assert field.model_id() == values(field)[0] == "acme/distil-tiny"
    assert not field.popup().isVisible()
