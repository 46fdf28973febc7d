"""A run on a provider that does not serve the model: the error names those that do, and a
click switches the picker to one and runs again; no enabled provider: a link to the Hub's
settings."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.inference.urls import PROVIDERS_PAGE
from hfi_desktop.storage.settings import Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.providers import SEED, page
from tests.support.fake_router import FakeRouter, not_supported_by_enabled_providers
from tests.support.qt_async import RunAsync, wait_until

from .conftest import FLUX, TEXT_TO_IMAGE, click_choice
from .test_picker import choose_model, run_page_finished, settled


def test_a_404_names_the_providers_and_switches_on_one_click(
        window: MainWindow, flux: FakeRouter, settings: Settings, run_async: RunAsync) -> None:
    page_ = window.show_task(TEXT_TO_IMAGE)
    note = page_.providers.note
    box = page_.result_panel.error_box

    async def main() -> None:
        choose_model(page_.model_field, FLUX)
        await settled(page_.provider_picker, FLUX, page_.model_field)
        await click_choice(page_.provider_picker, SEED)  # the 2023 call: hf-inference
        assert note.isVisible() and note.text().startswith(
            f"hf-inference does not serve {FLUX} for text-to-image; fal-ai, replicate serve")
        page_.inputs["inputs"].set_value("a cat")
        QTest.mouseClick(page_.run_button, Qt.MouseButton.LeftButton)
        assert await run_page_finished(page_) == "error"
        assert [b.text() for b in box.action_buttons()] == ["Run with fal-ai",
                                                            "Run with replicate"]
        QTest.mouseClick(box.action_buttons()[0], Qt.MouseButton.LeftButton)
        assert await run_page_finished(page_) == "done"

    run_async(main(), timeout=40)
    assert flux.requests_to(f"/hf-inference/models/{FLUX}")  # the 404
    sent = flux.requests_to("/fal-ai/fal-ai/flux/dev")
    assert len(sent) == 1 and json.loads(sent[0].body)["prompt"] == "a cat"
    assert page_.provider_picker.choice() == "fal-ai"
    assert settings.provider_choice(TEXT_TO_IMAGE) == "fal-ai"  # a click is a choice
    assert page_.result_panel.state() == "result" and not note.isVisible()


def test_the_404_message_names_the_serving_providers(window: MainWindow, flux: FakeRouter,
                                                     run_async: RunAsync) -> None:
    page_ = window.show_task(TEXT_TO_IMAGE)

    async def main() -> None:
        choose_model(page_.model_field, FLUX)
        await settled(page_.provider_picker, FLUX, page_.model_field)
        await click_choice(page_.provider_picker, SEED)
        page_.inputs["inputs"].set_value("a cat")
        QTest.mouseClick(page_.run_button, Qt.MouseButton.LeftButton)
        assert await run_page_finished(page_) == "error"

    run_async(main(), timeout=30)
    box = page_.result_panel.error_box
    assert box.title.text() == "Model not found"
    assert "The model is served by fal-ai, replicate" in box.message.text()
    assert box.action_row.isVisible()


def test_no_enabled_provider_offers_the_settings_page(window: MainWindow, flux: FakeRouter,
                                                      run_async: RunAsync,
                                                      monkeypatch: object) -> None:
    opened: list[str] = []
    monkeypatch.setattr(page, "_open", opened.append)  # type: ignore[attr-defined]
    flux.program("/fal-ai/fal-ai/flux/dev", not_supported_by_enabled_providers(FLUX), times=1)
    page_ = window.show_task(TEXT_TO_IMAGE)
    box = page_.result_panel.error_box

    async def main() -> None:
        choose_model(page_.model_field, FLUX)
        await settled(page_.provider_picker, FLUX, page_.model_field)
        assert page_.provider_picker.provider() == "auto"
        page_.inputs["inputs"].set_value("a cat")
        QTest.mouseClick(page_.run_button, Qt.MouseButton.LeftButton)
        assert await run_page_finished(page_) == "error"
        await wait_until(lambda: box.action_buttons())

    run_async(main(), timeout=30)
    assert box.title.text() == "No provider you enabled serves this model"
    assert PROVIDERS_PAGE in box.message.text()
    [button] = box.action_buttons()
    assert button.text().startswith("Choose your providers") and button.toolTip() == PROVIDERS_PAGE
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [PROVIDERS_PAGE]
