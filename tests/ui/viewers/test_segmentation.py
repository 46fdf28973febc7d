"""Segmentation: a tinted mask per segment over the image; the legend toggles them."""

from __future__ import annotations

from hfi_desktop.ui.viewers import SegmentationViewer
from tests.ui.viewers.conftest import ShowSample, shown


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
    assert [c.text() for c in checks][:2] == ["cat  99.96%", "cat  99.9%"]
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
