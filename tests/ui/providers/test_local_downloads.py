"""Models from the local Hub cache in the model field, and downloading one, as a user does
it: with "Local engine" chosen, a model not in the cache is said so before Run, with
"Download…"; the dialog shows bytes, speed and time left while a fake Hub on 127.0.0.1 (the
client's Hub URL: HF_ENDPOINT's place) serves a tiny model slowly; Cancel keeps nothing;
afterwards the model is listed first in the field's suggestions, with its size. With
HF_HUB_OFFLINE set, Tools ▸ Download a model… says downloads are off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from huggingface_hub import constants
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hfi_desktop.inference import HfInference
from hfi_desktop.local.hub_cache import cached_models
from hfi_desktop.ui.inputs.message import Level
from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.local.download_dialog import DownloadDialog
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.model_search import Section
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_hub_files import FakeHubFiles, served_classifier
from tests.support.local_engine import engine_log as engine_log
from tests.support.local_engine import local as local
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.conftest import MakeWindow

from .conftest import click_choice
from .test_picker import choose_model

MODEL = "tiny/bert-classifier"
TASK = "text-classification"
SHOTS = Path("/work/shots")


@pytest.fixture(scope="session")
def tiny_classifier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny text classifier's files, with a card naming its task (built once)."""
    return served_classifier(tmp_path_factory.getbasetemp())


@pytest.fixture
def hub(tiny_classifier: Path) -> Iterator[FakeHubFiles]:
    with FakeHubFiles({MODEL: tiny_classifier}, slow=True, piece=8192) as fake:
        yield fake
    assert not fake.errors


@pytest.fixture
def hf_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "hf_home"
    monkeypatch.setenv("HF_HOME", str(home))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    return home


@pytest.fixture
def hub_window(make_window: MakeWindow, services: Services, local: LocalSourcesService,
               hub: FakeHubFiles, hf_home: Path,
               router_client: Callable[..., HfInference]) -> MainWindow:
    client = router_client(hub_url=hub.url, timeout=(2.0, 10.0))
    services.client = lambda: client  # the Hub in effect: the fake (a mirror's place)
    services.local = local
    return make_window()


def shoot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


async def on_local_engine(window: MainWindow, local: LocalSourcesService) -> TaskPage:
    page = window.show_task(TASK)
    await wait_until(lambda: not page.provider_picker.is_looking_up(), timeout=10)
    await click_choice(page.provider_picker, "local")
    await wait_until(lambda: local.cache.models() is not None, timeout=20)
    return page


def dialog_of(window: MainWindow) -> DownloadDialog:
    dialog = window.findChild(DownloadDialog, "downloadModel")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_model_not_in_the_cache_is_downloaded_then_listed_with_its_size(
        hub_window: MainWindow, local: LocalSourcesService, hub: FakeHubFiles,
        hf_home: Path, run_async: RunAsync) -> None:
    async def scenario() -> None:
        page = await on_local_engine(hub_window, local)
        choose_model(page.model_field, MODEL)
        note = page.providers.note
        await wait_until(lambda: "not in your Hub cache" in note.text(), timeout=10)
        [download] = note.buttons()
        assert download.text() == "Download…"
        QTest.mouseClick(download, Qt.MouseButton.LeftButton)
        dialog = dialog_of(hub_window)
        assert dialog.model_edit.text() == MODEL
        QTest.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: " of " in dialog.status.text() and dialog.bar.value() > 0,
                         timeout=30)
        assert dialog.cancel_button.isEnabled() and not dialog.download_button.isEnabled()
        shoot(dialog, "i14-w2-dl-dialog-progress.png")
        hub.release.set()
        await wait_until(lambda: dialog.message.level is Level.OK, timeout=60)
        assert "is in your Hub cache" in dialog.message.message()
        await wait_until(lambda: local.cache.find(MODEL) is not None, timeout=20)
        dialog.close()
        await wait_until(lambda: "not in your Hub cache" not in note.text(), timeout=10)
        line = page.model_field.lineEdit()
        line.setFocus()
        line.selectAll()
        QTest.keyClicks(line, "tiny")
        await wait_until(lambda: page.model_field.popup().isVisible(), timeout=10)
        first = page.model_field.suggestions()[0]
        size = cached_models(hf_home / "hub")[0].size
        assert (first.section, first.value, first.detail) == (Section.CACHED, MODEL, size)
        shoot(page.model_field.popup(), "i14-w2-dl-suggestions.png")
        QTest.keyClick(line, Qt.Key.Key_Escape)

    run_async(scenario(), timeout=120)
    [model] = cached_models(hf_home / "hub")
    assert model.size_bytes == hub.total(MODEL)


def test_cancel_in_the_dialog_keeps_nothing(
        hub_window: MainWindow, local: LocalSourcesService, hub: FakeHubFiles,
        hf_home: Path, run_async: RunAsync) -> None:
    async def scenario() -> None:
        hub_window.download_action.trigger()
        dialog = dialog_of(hub_window)
        dialog.model_edit.setFocus()
        QTest.keyClicks(dialog.model_edit, MODEL)
        QTest.keyClick(dialog.model_edit, Qt.Key.Key_Return)
        await wait_until(lambda: dialog.bar.value() > 0, timeout=30)
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Cancelling…"
        hub.release.set()
        await wait_until(lambda: not dialog.is_busy(), timeout=30)
        assert dialog.message.message().endswith(f"Cancelled: {MODEL} was not kept.")
        assert dialog.download_button.isEnabled()
        dialog.close()

    run_async(scenario(), timeout=90)
    assert cached_models(hf_home / "hub") == []
    assert not list((hf_home / "hub").glob("models--*/blobs/*.incomplete"))


def test_downloads_are_off_while_offline(hub_window: MainWindow, hub: FakeHubFiles,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    asked = len(hub.seen)
    hub_window.download_action.trigger()
    dialog = dialog_of(hub_window)
    assert "Downloads are off while offline (HF_HUB_OFFLINE is set)" in dialog.message.message()
    assert not dialog.download_button.isEnabled()
    shoot(dialog, "i14-w2-dl-offline.png")
    QTest.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert len(hub.seen) == asked
