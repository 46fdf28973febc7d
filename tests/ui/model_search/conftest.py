"""Model field tests: a field over the fake Hub (tests/support/fake_api.py), on a qasync loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hfi_desktop.bridge import Bridge
from hfi_desktop.catalog import task
from hfi_desktop.hub import HubClient
from hfi_desktop.storage.settings import NamedEndpoint
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import ModelSearchContext
from hfi_desktop.ui.model_search.suggestions import Role
from tests.support.fake_api import FakeInferenceAPI

TAG = "text-classification"
DEFAULT = task(TAG).default_model

MakeField = Callable[..., ModelField]


@pytest.fixture
def hub_models(fake_api: FakeInferenceAPI) -> FakeInferenceAPI:
    """A few text-classification models on the fake Hub."""
    fake_api.add_hub_model("distilbert-sst2", pipeline_tag=TAG, downloads=2_500_000, likes=340,
                           widget_data=[{"text": "I love this movie", "example_title": "Love"},
                                        {"text": "So boring.", "example_title": "Boring"}])
    fake_api.add_hub_model("acme/distil-tiny", pipeline_tag=TAG, downloads=1_234, likes=5)
    fake_api.add_hub_model("acme/roberta-sentiment", pipeline_tag=TAG, downloads=90_000,
                           likes=12)
    fake_api.add_hub_model("acme/distilgpt", pipeline_tag="text-generation", downloads=9_000)
    return fake_api


@pytest.fixture
def hub_client() -> Iterator[HubClient]:
    client = HubClient(timeout=(2.0, 5.0))
    yield client
    client.close()


@pytest.fixture
def make_field(qtbot: QtBot, bridge: Bridge, fake_api: FakeInferenceAPI,
               hub_client: HubClient) -> MakeField:
    def make(*, hub_url: str | None = None, task_id: str = TAG,
             endpoints: Sequence[NamedEndpoint] = (), delay_ms: int = 250) -> ModelField:
        spec = task(task_id)
        url = hub_url or fake_api.url
        context = ModelSearchContext(bridge=bridge, hub_url=lambda: url, spec=spec,
                                     hub=hub_client, endpoints=lambda: list(endpoints),
                                     delay_ms=delay_ms)
        field = ModelField(spec.default_model, search=context)
        qtbot.addWidget(field)
        field.resize(520, 60)
        field.show()
        return field
    return make


def values(field: ModelField) -> list[str]:
    return [row.value for row in field.suggestions()]


def click_row(field: ModelField, value: str) -> None:
    """Click the popup's row whose value is ``value`` (as a user would)."""
    popup = field.popup()
    model = popup.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.VALUE) == value:
            popup.scrollTo(index)
            rect = popup.visualRect(index)
            QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier,
                             QPoint(rect.center().x(), rect.bottom() - 4))
            return
    raise AssertionError(f"no row {value!r} in the popup: {values(field)}")
