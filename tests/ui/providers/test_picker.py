"""The provider picker beside the model field: its list for a model (policies, the providers
that serve it with status and price, the 2023 call), chosen by click and by keyboard,
remembered per task, and what a run with a provider sends, records and details."""

from __future__ import annotations

import asyncio
import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.catalog import CATALOG
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.providers import ProviderPicker
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.history.conftest import stored
from tests.ui.pages import run_page

from .conftest import FLUX, TEXT_TO_IMAGE, click_choice, titles

LLM = "acme/llm-7b"


def choose_model(field: ModelField, model: str) -> None:
    """Type ``model`` in the field and press Enter (the keys stay in the field while the
    suggestions show: the list takes none)."""
    line = field.lineEdit()
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, model)
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert field.model_id() == model


async def settled(picker: ProviderPicker, model: str, field: ModelField | None = None) -> None:
    """Until the picker lists ``model``'s providers (and the field's Hub search is over: its
    suggestions, if open, are put away with Escape, as a user would)."""
    await wait_until(lambda: picker.found() is not None and picker.found().model == model,
                     timeout=10)
    if field is not None:
        searcher = field.searcher
        await wait_until(lambda: searcher is None or not searcher.is_busy(), timeout=10)
        if field.popup().isVisible():
            QTest.keyClick(field.lineEdit(), Qt.Key.Key_Escape)


def test_the_list_has_policies_providers_with_status_and_price_and_the_2023_call(
        window: MainWindow, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.map_model(LLM, "together", "acme-llm", "text-generation")
    fake_router.map_model(LLM, "novita", "acme/llm", "text-generation", "staging")
    fake_router.map_model(LLM, "featherless-ai", "acme/llm-7b", "text-generation", "error")
    fake_router.map_model(LLM, "groq", "llm-7b", "conversational")  # another task
    fake_router.add_catalog_model(LLM, [
        {"provider": "together", "pricing": {"input": 0.2, "output": 0.6},
         "context_length": 131072, "first_token_latency_ms": 350, "throughput": 85.4}])

    async def main() -> TaskPage:
        page = window.show_task("text-generation")
        choose_model(page.model_field, LLM)
        await settled(page.provider_picker, LLM, page.model_field)
        return page

    page = run_async(main())
    picker = page.provider_picker
    assert picker.combo.accessibleName() == "Provider"
    assert titles(picker) == [
        "Automatic", "Auto", "Cheapest", "Preferred",
        "Providers of this model", "together", "novita", "featherless-ai",
        "Without Inference Providers", "hf-inference (2023 API)"]
    rows = {row.title: row for row in picker.rows()}
    assert rows["together"].status == "live"
    assert rows["together"].detail == ("$0.20 in · $0.60 out /1M · 131k context · "
                                      "0.35 s first token · 85 tok/s")
    assert rows["novita"].status == "staging" and "tests only" in rows["novita"].detail
    assert rows["featherless-ai"].status == "error"
    assert not rows["Cheapest"].enabled  # the router's price policy is for chat models
    assert picker.choice() == "auto" and picker.provider() == "auto"  # the default

    run_async(click_choice(picker, "together"))
    assert not picker.combo.view().isVisible()
    assert picker.provider() == "together" and picker.combo.currentText() == "together"

    picker.combo.setFocus()  # the keyboard: down to novita (staging: listed, selectable)
    QTest.keyClick(picker.combo, Qt.Key.Key_Down)
    assert picker.provider() == "novita"
    QTest.keyClick(picker.combo, Qt.Key.Key_Space)  # opens the list
    view = picker.combo.view()
    assert view.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)  # past the caption, onto the 2023 call
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert picker.choice() == "2023-api" and picker.provider() is None


def test_the_choice_is_remembered_per_task(window: MainWindow, services: Services,
                                           flux: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> TaskPage:
        page = window.show_task(TEXT_TO_IMAGE)
        choose_model(page.model_field, FLUX)
        await settled(page.provider_picker, FLUX, page.model_field)
        return page

    page = run_async(main())
    run_async(click_choice(page.provider_picker, "fal-ai"))
    assert window.show_task("translation").provider_picker.choice() == "auto"

    again = MainWindow(CATALOG, services)  # as after a restart: the settings are read back
    try:
        assert again.page(TEXT_TO_IMAGE).provider_picker.choice() == "fal-ai"
        assert again.page("translation").provider_picker.choice() == "auto"
    finally:
        again.deleteLater()


def test_a_run_with_a_chosen_provider_reaches_its_route_and_is_recorded(
        window: MainWindow, flux: FakeRouter, history: HistoryService,
        run_async: RunAsync) -> None:
    page = window.show_task(TEXT_TO_IMAGE)

    async def main() -> str:
        choose_model(page.model_field, FLUX)
        await settled(page.provider_picker, FLUX, page.model_field)
        await click_choice(page.provider_picker, "replicate")  # staging: still chosen if wanted
        page.inputs["inputs"].set_value("a red panda")
        QTest.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        return await run_page_finished(page)

    assert run_async(main(), timeout=30) == "done"
    sent = flux.requests_to("/replicate/v1/models/bfl/flux-dev/predictions")
    assert len(sent) == 1 and json.loads(sent[0].body)["input"]["prompt"] == "a red panda"
    run = page.last_run
    assert run is not None and run.request.kwargs["provider"] == "replicate"
    assert page.result_panel.details.values()["Provider"] == "replicate"
    assert stored(history, run.id).options["provider"] == "replicate"


async def run_page_finished(page: TaskPage) -> str:
    """The state of the run the Run button started (see tests/ui/pages.py)."""
    states: list[str] = []
    page.run_finished.connect(states.append)
    await wait_until(lambda: states, timeout=20)
    return states[0]


def test_a_url_in_the_model_field_disables_the_picker(window: MainWindow, flux: FakeRouter,
                                                      run_async: RunAsync) -> None:
    page = window.show_task(TEXT_TO_IMAGE)
    run_async(asyncio.sleep(0))
    choose_model(page.model_field, f"{flux.url}/my-endpoint")
    picker = page.provider_picker
    assert not picker.combo.isEnabled() and picker.provider() is None
    assert "don't apply to endpoints" in picker.combo.toolTip()
    page.inputs["inputs"].set_value("a cat")
    assert "provider" not in page.current_request().kwargs


def test_a_past_run_brings_its_provider_back(window: MainWindow, flux: FakeRouter,
                                             history: HistoryService,
                                             run_async: RunAsync) -> None:
    page = window.show_task(TEXT_TO_IMAGE)

    async def main() -> None:
        choose_model(page.model_field, FLUX)
        await settled(page.provider_picker, FLUX, page.model_field)
        await click_choice(page.provider_picker, "fal-ai")
        page.inputs["inputs"].set_value("a cat")
        assert await run_page(page, timeout=20) == "done"
        await click_choice(page.provider_picker, "auto")
        record = stored(history, page.last_run.id)  # type: ignore[union-attr]
        assert await page.show_record(record)

    run_async(main(), timeout=30)
    assert page.provider_picker.choice() == "fal-ai"
    assert page.result_panel.details.values()["Provider"] == "fal-ai"
