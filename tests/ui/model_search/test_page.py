"""On a task's page: the model field searches this task's models, lists the named endpoints of
the settings, offers the chosen model's card examples beside the task's, and an endpoint
chosen in the field is where the run goes."""

from __future__ import annotations

from PySide6.QtTest import QTest

from hfi_desktop.catalog import FileValue
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.support.fake_api import FakeInferenceAPI
from tests.support.paths import example_bytes
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.pages import run_page

from .conftest import TAG, values


def test_page_field_searches_the_tasks_models(window: MainWindow, hub_models: FakeInferenceAPI,
                                              services: Services, run_async: RunAsync) -> None:
    services.settings.set_endpoints([NamedEndpoint("fake sst2", f"{hub_models.url}/models/x",
                                                   trusted=True)])
    page = window.show_task(TAG)
    field = page.model_field
    assert field.search is not None and field.search.pipeline_tag == TAG

    async def main() -> None:
        QTest.keyClicks(field.lineEdit(), "distil")
        await wait_until(lambda: "distilbert-sst2" in values(field))

    run_async(main())
    assert "acme/distilgpt" not in values(field)  # a text-generation model
    assert hub_models.requests_to("/api/models")[0].query["pipeline_tag"] == [TAG]
    field.show_suggestions(everything=True)
    assert values(field)[0] == f"{hub_models.url}/models/x"


def test_card_examples_are_offered_beside_the_tasks(
    window: MainWindow, hub_models: FakeInferenceAPI, run_async: RunAsync
) -> None:
    page = window.show_task(TAG)
    assert not page.model_examples.isVisible()

    async def main() -> None:
        page.model_field.set_model("distilbert-sst2")
        await wait_until(lambda: page.model_examples.isVisible())

    run_async(main())
    assert [b.text() for b in page.model_examples.buttons()] == ["Love", "Boring"]
    page.model_examples.buttons()[1].click()
    assert page.inputs["inputs"].value() == "So boring."
    page.model_field.set_model("")  # back to the default model: its own examples only
    run_async(wait_until(lambda: not page.model_examples.isVisible()))
    assert page.model_examples.examples() == []


def test_card_image_is_downloaded_then_filled(window: MainWindow, fake_api: FakeInferenceAPI,
                                             run_async: RunAsync) -> None:
    fake_api.add_hub_model("acme/vit", pipeline_tag="image-classification", widget_data=[
        {"src": f"{fake_api.url}/examples/cats.png", "example_title": "Cats"}])
    page = window.show_task("image-classification")

    async def main() -> None:
        page.model_field.set_model("acme/vit")
        await wait_until(lambda: page.model_examples.buttons())
        page.model_examples.buttons()[0].click()
        await wait_until(lambda: isinstance(page.inputs["data"].value(), FileValue), timeout=10)

    run_async(main())
    value = page.inputs["data"].value()
    assert isinstance(value, FileValue) and value.data == example_bytes("cats.png")
    assert value.path is not None and value.path.endswith(".png")
    assert fake_api.requests_to("/examples/cats.png")


def test_card_download_failure_shows_inline(window: MainWindow, fake_api: FakeInferenceAPI,
                                            run_async: RunAsync) -> None:
    fake_api.add_hub_model("acme/vit", pipeline_tag="image-classification", widget_data=[
        {"src": f"{fake_api.url}/examples/missing.png", "example_title": "Gone"}])
    page = window.show_task("image-classification")

    async def main() -> None:
        page.model_field.set_model("acme/vit")
        await wait_until(lambda: page.model_examples.buttons())
        page.model_examples.buttons()[0].click()
        await wait_until(lambda: "Could not download" in page.model_examples.message.message())

    run_async(main())
    assert page.inputs["data"].value() is None


def test_a_named_endpoint_is_where_the_run_goes(
    window: MainWindow, fake_api: FakeInferenceAPI, services: Services, run_async: RunAsync
) -> None:
    url = f"{fake_api.url}/models/distilbert-base-uncased-finetuned-sst-2-english"
    services.settings.set_endpoints([NamedEndpoint("my sst2", url, trusted=True)])
    page = window.show_task(TAG)
    page.fill_example(page.spec.examples[0])

    async def main() -> str:
        page.model_field.show_suggestions(everything=True)
        assert values(page.model_field)[0] == url
        page.model_field.set_model(url)
        return await run_page(page)

    assert run_async(main()) == "done"
    assert page.last_run is not None and page.last_run.result[0]["label"] == "POSITIVE"
    assert fake_api.requests_to("/models/distilbert-base-uncased-finetuned-sst-2-english")
    assert page.model_field.hint.text().startswith("Endpoint “my sst2”")
