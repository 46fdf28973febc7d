"""A model of another task on a page: the error names the task it answers like, offers its
page (model and inputs carried over), and keeps the raw detail behind "Details"; raw server
warnings go to the Details tab, not under the result. Driven as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QTextEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.task_page import TaskPage
from hfi_desktop.ui.viewers import SegmentationViewer
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync, wait_until
from tests.support.tapes import tape

SEGMENTER = "acme/segformer-cats"  # answers like facebook/detr-resnet-50-panoptic (2023)
WARNING = "Setting `pad_token_id` to `eos_token_id`"


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def example_chip(page: TaskPage, title: str) -> QPushButton:
    [chip] = [b for b in page.findChildren(QPushButton, "exampleChip") if b.text() == title]
    return chip


async def run_by_click(qtbot: QtBot, page: TaskPage) -> str:
    states: list[str] = []
    page.run_finished.connect(states.append)
    click(qtbot, page.run_button)
    await wait_until(lambda: states, timeout=15)
    page.run_finished.disconnect(states.append)
    return states[0]


def visible_texts(root: object, window: MainWindow) -> list[str]:
    """The texts a user sees under ``root``: shown labels and text views."""
    assert hasattr(root, "findChildren")
    labels = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(window)]
    edits = [w.toPlainText() for w in root.findChildren(QTextEdit) if w.isVisibleTo(window)]
    return labels + edits


def test_a_segmentation_model_on_the_detection_page_is_offered_its_page(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        qtbot: QtBot) -> None:
    fake_api.program(f"/models/{SEGMENTER}", respond_json(tape("53221439").response_json()))
    page = window.show_task("object-detection")

    async def fill_and_run() -> str:
        click(qtbot, example_chip(page, "Cats"))
        line = page.model_field.lineEdit()
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(line, SEGMENTER)
        await wait_until(lambda: page.inputs["data"].value() is not None, timeout=10)
        return await run_by_click(qtbot, page)

    assert run_async(fill_and_run(), timeout=30) == "error"
    assert [r.model for r in fake_api.requests if r.method == "POST"] == [SEGMENTER]
    box = page.result_panel.error_box
    assert box.title.text() == "This model answers like an Image segmentation model"
    assert "Image segmentation page" in box.message.text()
    shown = " ".join(visible_texts(page.result_panel, window))
    assert "unexpected shape" not in shown and "iVBOR" not in shown, "raw detail in view"

    click(qtbot, box.details.toggle)  # the user opens "Details"
    assert box.detail.isVisible()
    assert "unexpected shape" in box.detail.text() and "'mask'" in box.detail.text()

    assert box.action_buttons()[0].text() == "Open on the Image segmentation page"

    async def take_the_offer_and_run() -> tuple[TaskPage, str]:
        # (the app's loop runs: the carried image loads in it)
        click(qtbot, box.action_buttons()[0])
        target = window.stack.currentWidget()
        assert isinstance(target, TaskPage) and target.spec.id == "image-segmentation"
        assert target.model_field.effective_model() == SEGMENTER
        await wait_until(lambda: target.inputs["data"].value() is not None, timeout=10)
        return target, await run_by_click(qtbot, target)

    target, state = run_async(take_the_offer_and_run(), timeout=30)
    assert state == "done"
    assert window.sidebar.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == \
        "Image segmentation"
    image = target.inputs["data"]
    assert getattr(image.value(), "name", None) == "cats.png"
    assert isinstance(target.result_panel.viewer, SegmentationViewer)
    assert page.model_field.effective_model() == SEGMENTER, "the first page keeps its form"


def test_server_warnings_are_in_details_not_under_the_result(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        qtbot: QtBot) -> None:
    page = window.show_task("conversational")  # the recorded answer carries a warning

    async def fill_and_run() -> str:
        click(qtbot, example_chip(page, "Movie talk"))
        return await run_by_click(qtbot, page)

    assert run_async(fill_and_run(), timeout=30) == "done"
    panel = page.result_panel
    result_tab = panel.tabs.widget(0)
    shown = visible_texts(result_tab, window)
    assert "It's the best movie ever." in shown
    assert not any(WARNING in text for text in shown)

    bar = panel.tabs.findChild(QTabBar)
    assert bar is not None
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert panel.tabs.currentWidget() is panel.details
    assert any(WARNING in text for text in visible_texts(panel.details, window))
    assert panel.details.values()["Server warnings"].startswith(WARNING)
