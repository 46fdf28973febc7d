"""Models that run: the field's Hub search lists the models a provider serves first, with
their providers; a model no provider serves is said so before Run, with models that run; the
default model is the Hub's most liked served one (a built-in one when the Hub cannot say,
the 2023 one where providers don't apply)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import CATALOG, task
from hfi_desktop.catalog.served import SERVED_DEFAULTS
from hfi_desktop.inference import HfInference
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.storage.settings import BASE_URL, Settings
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.model_search.suggestions import Section
from hfi_desktop.ui.services import Services
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync, wait_until

from .conftest import FLUX, TEXT_TO_IMAGE
from .test_picker import choose_model, run_page_finished, settled


def test_the_search_lists_served_models_first_with_their_providers(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    flux.map_model(FLUX, "together", "bfl-flux", TEXT_TO_IMAGE)
    page = window.show_task(TEXT_TO_IMAGE)
    field = page.model_field

    async def main() -> None:
        field.lineEdit().setFocus()
        QTest.keyClicks(field.lineEdit(), "flux")
        await wait_until(lambda: {"acme/flux-unserved", FLUX} <= {
            r.value for r in field.suggestions()}, timeout=10)

    run_async(main())
    hub_rows = [r for r in field.suggestions() if r.section in (Section.SERVED, Section.HUB)
                and r.value]
    assert [(r.value, r.section, r.providers) for r in hub_rows] == [
        (FLUX, Section.SERVED, ("fal-ai", "together")),  # replicate is in staging
        ("acme/flux-unserved", Section.HUB, ()),  # more downloads, but served by nobody
    ]
    assert field.popup().isVisible()
    searched = [r.query for r in flux.requests_to("/api/models")
                if r.query.get("search") == ["flux"]]
    assert any(q.get("inference_provider") == ["all"] for q in searched)


def test_a_model_no_provider_serves_is_said_with_models_that_run(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    page = window.show_task(TEXT_TO_IMAGE)
    note = page.providers.note

    async def main() -> None:
        choose_model(page.model_field, "acme/flux-unserved")
        await settled(page.provider_picker, "acme/flux-unserved", page.model_field)
        await wait_until(lambda: note.buttons(), timeout=10)

    run_async(main())
    assert note.isVisible()
    assert note.text() == ("No Inference Provider serves acme/flux-unserved for text-to-image:"
                           " it will not run.")
    assert [b.text() for b in note.buttons()] == ["acme/sdxl", FLUX]  # most liked first
    rows = {row.title: row for row in page.provider_picker.rows()}
    assert "No provider serves it for text-to-image" in rows

    async def pick() -> None:
        QTest.mouseClick(note.buttons()[1], Qt.MouseButton.LeftButton)
        await settled(page.provider_picker, FLUX, page.model_field)

    run_async(pick())
    assert page.model_field.model_id() == FLUX and not note.isVisible()


def test_the_default_model_is_the_hubs_most_liked_served_one(
        window: MainWindow, flux: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> str:
        page = window.show_task(TEXT_TO_IMAGE)
        await wait_until(lambda: page.model_field.default_model == "acme/sdxl", timeout=10)
        assert page.model_field.lineEdit().placeholderText() == "acme/sdxl"
        await settled(page.provider_picker, "acme/sdxl")
        page.inputs["inputs"].set_value("a cat")
        QTest.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        return await run_page_finished(page)

    assert run_async(main(), timeout=30) == "done"
    [sent] = flux.requests_to("/together/v1/images/generations")  # Auto: its only provider
    assert json.loads(sent.body)["model"] == "acme/sdxl"


def test_without_served_models_on_the_hub_the_builtin_default_stays(
        window: MainWindow, fake_router: FakeRouter, run_async: RunAsync) -> None:
    async def main() -> str:
        page = window.show_task("translation")
        await wait_until(lambda: fake_router.requests_to("/api/models"), timeout=10)
        await wait_until(lambda: not page.provider_picker.is_looking_up(), timeout=10)
        return page.model_field.default_model

    assert run_async(main()) == SERVED_DEFAULTS["translation"]


@pytest.fixture
def window_over(qtbot: QtBot, bridge: Bridge, settings: Settings
                ) -> Callable[[Callable[[], HfInference]], MainWindow]:
    """A window whose client is ``current()`` (as the application's follows the settings)."""
    def make(current: Callable[[], HfInference]) -> MainWindow:
        services = Services.create(current, bridge=bridge, settings=settings,
                                   recent_models=RecentModels(settings.qsettings))
        window = MainWindow(CATALOG, services)
        qtbot.addWidget(window)
        return window
    return make


def test_on_a_server_of_ones_own_the_2023_default_and_call_stay(
        window_over: Callable[..., MainWindow], fake_router: FakeRouter,
        router_client: Callable[..., HfInference], run_async: RunAsync) -> None:
    own = router_client(base_url=f"{fake_router.url}/my-server")
    window = window_over(lambda: own)

    async def main() -> None:
        page = window.show_task(TEXT_TO_IMAGE)
        picker = page.provider_picker
        assert page.model_field.default_model == task(TEXT_TO_IMAGE).default_model
        assert not picker.combo.isEnabled() and picker.provider() is None
        assert "server of your own" in picker.combo.toolTip()

    run_async(main())
    assert not fake_router.requests_to("/api/models")  # no served look-ups


def test_a_server_of_ones_own_set_later_turns_providers_off(
        window_over: Callable[..., MainWindow], settings: Settings, fake_router: FakeRouter,
        router_client: Callable[..., HfInference], run_async: RunAsync) -> None:
    current = [router_client()]
    window = window_over(lambda: current[0])

    async def main() -> None:
        page = window.show_task(TEXT_TO_IMAGE)
        picker = page.provider_picker
        assert picker.combo.isEnabled() and picker.provider() == "auto"
        # Settings ▸ Connection: the application rebuilds its client, then the pages hear.
        current[0] = router_client(base_url=f"{fake_router.url}/my-server")
        settings.set(BASE_URL, f"{fake_router.url}/my-server")
        assert not picker.combo.isEnabled() and picker.provider() is None
        assert page.model_field.default_model == task(TEXT_TO_IMAGE).default_model

    run_async(main())
