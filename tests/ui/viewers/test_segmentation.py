"""Segmentation: a tinted mask per segment over the image; the legend toggles them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.viewers import SegmentationViewer
from tests.ui.viewers.conftest import ShowSample, prepared_sample, shown


def show(show_sample: ShowSample) -> SegmentationViewer:
    return shown(show_sample, "image-segmentation", SegmentationViewer)


def test_mask_items_over_the_image(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    masks = viewer.mask_items()
    assert len(masks) == 7
    assert all(item.isVisible() for item in masks)
    assert all(item.pixmap().size().toTuple() == (640, 420) for item in masks)
    assert all(0 < item.opacity() < 1 for item in masks)
    # The big background segment lies under the cats.
    legend = [check.text() for check in viewer.check_boxes()]
    background = legend.index("LABEL_199  98.7%")
    assert masks[background].zValue() == min(item.zValue() for item in masks)


def test_legend_check_box_hides_and_shows_its_mask(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    checks = viewer.check_boxes()
    assert [c.text() for c in checks][:2] == ["cat 1  99.96%", "cat 2  99.9%"]
    checks[1].setChecked(False)
    assert not viewer.mask_items()[1].isVisible()
    assert viewer.mask_items()[0].isVisible()
    checks[1].setChecked(True)
    assert viewer.mask_items()[1].isVisible()


def test_opacity_slider(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    viewer.opacity_slider().setValue(90)
    assert all(abs(item.opacity() - 0.9) < 1e-6 for item in viewer.mask_items())


def test_truncated_masks_are_mentioned(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    assert "cut short" in viewer._summary.text()


def test_each_instance_has_its_own_colour_and_legend_row(show_sample: ShowSample) -> None:
    viewer = show(show_sample)
    legend = [check.text().split("  ")[0] for check in viewer.check_boxes()]
    assert legend == ["cat 1", "cat 2", "cat 3", "cat 4", "cat 5", "cat 6", "LABEL_199"]
    # The masks' pixels: a different colour for each cat.
    tints = set()
    for item in viewer.mask_items():
        image = item.pixmap().toImage()
        pixels = (image.pixelColor(x, y) for x in range(0, image.width(), 8)
                  for y in range(0, image.height(), 8))
        tints.add(next(p.name() for p in pixels if p.alpha() == 255))
    assert len(tints) == 7


def test_a_narrow_viewer_shows_every_legend_row(qtbot: QtBot) -> None:
    """Under the image (a narrow result panel or comparison column), the legend grows to
    show all 7 rows instead of 5 and a scroll bar."""
    viewer = SegmentationViewer()
    qtbot.addWidget(viewer)
    viewer.resize(540, 640)
    viewer.show_result(prepared_sample("image-segmentation"))
    viewer.show()
    qtbot.waitExposed(viewer)
    checks = viewer.check_boxes()
    assert len(checks) == 7

    def all_in_view() -> bool:
        return all(check.visibleRegion().boundingRect().height() == check.height()
                   for check in checks)

    qtbot.waitUntil(all_in_view, timeout=5000)
    # A click on the last row reaches it: it is really there.
    last = checks[-1]
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton, pos=QPoint(6, last.height() // 2))
    assert not last.isChecked()
    assert not viewer.mask_items()[-1].isVisible()
