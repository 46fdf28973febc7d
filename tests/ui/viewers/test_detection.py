"""Detection: boxes drawn over the image; a row of the list emphasises its box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.viewers import DetectionViewer
from tests.ui.viewers.conftest import ShowSample, shown


def show(show_sample: ShowSample) -> DetectionViewer:
    return shown(show_sample, "object-detection", DetectionViewer)


def test_one_box_and_row_per_detection(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    items = viewer.box_items()
    assert len(items) == 6
    assert viewer.list_widget().count() == 6
    assert viewer.list_widget().item(0).text() == "cat  99.9%"
    first = items[0].rect()
    assert (first.left(), first.top(), first.right(), first.bottom()) == (246, 232, 478, 402)
    assert all(item.scene() is viewer.view().scene() for item in items)
    assert items[0].tag.text == "cat 99.9%"


def test_boxes_scale_with_the_widget(show_sample: ShowSample, qtbot: QtBot) -> None:
    viewer = show(show_sample)
    view = viewer.view()
    assert view.fitting
    small = view.zoom
    viewer.resize(1400, 900)
    qtbot.waitUntil(lambda: view.zoom > small)
    box = viewer.box_items()[0]
    on_screen = view.mapFromScene(box.sceneBoundingRect()).boundingRect()
    assert on_screen.width() > 232 * small


def test_tags_stay_inside_the_image(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    bounds = viewer.view().image_rect()
    for item in viewer.box_items():
        tag = item.tag.scenePos()
        assert bounds.left() <= tag.x() < bounds.right()
        assert bounds.top() <= tag.y() < bounds.bottom()


def test_selecting_a_row_emphasises_its_box(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    viewer.list_widget().setCurrentRow(2)
    assert viewer.emphasised() == 2
    items = viewer.box_items()
    assert items[2].pen().widthF() > items[0].pen().widthF()
    assert items[0].opacity() < 1 and items[2].opacity() == 1


def test_hovering_a_row_emphasises_its_box_then_the_selection_again(
    show_sample: ShowSample, qtbot: QtBot
) -> None:
    viewer = show(show_sample)
    rows = viewer.list_widget()
    rows.setCurrentRow(0)
    point = rows.visualItemRect(rows.item(4)).center()
    qtbot.mouseMove(rows.viewport(), point)
    qtbot.waitUntil(lambda: viewer.emphasised() == 4)
    rows.hovered.emit(None)  # the mouse leaves the list
    assert viewer.emphasised() == 0


def test_hovering_a_box_emphasises_it(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    viewer.box_items()[3]._on_hover(3)
    assert viewer.emphasised() == 3
    viewer.box_items()[3]._on_hover(None)
    assert viewer.emphasised() is None


def test_wheel_zoom_keeps_boxes_on_their_objects(show_sample: ShowSample, qtbot: QtBot) -> None:
    viewer = show(show_sample)
    view = viewer.view()
    before = view.zoom
    view.zoom_by(2)
    assert view.zoom == before * 2 and not view.fitting
    box = viewer.box_items()[0]
    assert box.sceneBoundingRect().contains(box.rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_clear_removes_everything(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    viewer.clear()
    assert viewer.box_items() == [] and viewer.list_widget().count() == 0
    assert not viewer.view().has_image()
