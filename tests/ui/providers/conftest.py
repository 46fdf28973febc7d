"""Provider tests: the window of tests/ui/conftest.py (with the history of
tests/ui/history/conftest.py) over the local router and Hub (tests/support/fake_router.py),
its client on the router, as the application's is by default."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hfi_desktop.inference import HfInference
from hfi_desktop.ui.providers import ProviderPicker
from hfi_desktop.ui.providers.delegate import Roles
from hfi_desktop.ui.providers.served import forget_defaults
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router
from tests.support.fixtures import no_internet as no_internet
from tests.support.fixtures import router_client as router_client
from tests.ui.history.conftest import history as history
from tests.ui.history.conftest import services as services
from tests.ui.history.conftest import settings as settings

FLUX = "bfl/flux-dev"
TEXT_TO_IMAGE = "text-to-image"


@pytest.fixture(autouse=True)
def _offline(no_internet: list[str]) -> Iterator[None]:
    """Only loopback is reachable; each test finds the served defaults anew."""
    forget_defaults()
    yield
    forget_defaults()


@pytest.fixture
def client(router_client: Callable[..., HfInference]) -> HfInference:
    """Overrides tests/ui/conftest.py's: a client on the local router (and its Hub)."""
    return router_client(timeout=(2.0, 10.0))


@pytest.fixture
def flux(fake_router: FakeRouter) -> FakeRouter:
    """A text-to-image model fal-ai and replicate serve (replicate in staging), a liked one
    together serves, and one nobody serves."""
    fake_router.add_hub_model(FLUX, pipeline_tag=TEXT_TO_IMAGE, downloads=9_000, likes=80)
    fake_router.add_hub_model("acme/flux-unserved", pipeline_tag=TEXT_TO_IMAGE,
                              downloads=90_000, likes=1)
    fake_router.add_hub_model("acme/sdxl", pipeline_tag=TEXT_TO_IMAGE, downloads=50, likes=300)
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", TEXT_TO_IMAGE)
    fake_router.map_model(FLUX, "replicate", "bfl/flux-dev", TEXT_TO_IMAGE, "staging")
    fake_router.map_model("acme/sdxl", "together", "acme/sdxl", TEXT_TO_IMAGE)
    return fake_router


def titles(picker: ProviderPicker) -> list[str]:
    return [row.title for row in picker.rows()]


async def click_choice(picker: ProviderPicker, choice: str) -> None:
    """Open the picker with a click and click the row of ``choice``, as a user would (in a
    coroutine on the test's loop)."""
    combo = picker.combo
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    assert view.isVisible(), "the picker did not open"
    # A list ignores a release until a timer of the double-click interval, started by the
    # opening click, has fired (the opening click's own release): a user's second click
    # always comes later. Qt fires timers in the order they fall due, coarse ones within 5%:
    # this sleep's, started later and longer by more than that, falls due after it.
    await asyncio.sleep(QApplication.doubleClickInterval() * 1.2 / 1000 + 0.05)
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Roles.CHOICE) == choice and index.data(Roles.KIND) == "choice":
            view.scrollTo(index)
            rect = view.visualRect(index)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(rect.center()))
            return
    raise AssertionError(f"no row {choice!r} in the picker: {titles(picker)}")
