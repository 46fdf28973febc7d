"""Image segmentation: coloured, semi-transparent masks over the input image (each mask
its own colour: instances of one label are told apart); a legend whose check boxes show
and hide each mask (every row in view, up to LEGEND_ROWS); an opacity slider."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsPixmapItem,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.present import Mask, Prepared, SegmentationPrepared

from .bars import format_score
from .base import ResultViewer
from .image_view import ImageView
from .widgets import (
    Caption,
    clear_layout,
    count_text,
    image_beside_panel,
    insert_before_stretch,
    scroll_column,
    swatch_icon,
)

DEFAULT_OPACITY = 55  # percent
LEGEND_ROWS = 12  # the legend grows to show this many rows; more scroll


class SegmentationViewer(ResultViewer):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = ImageView(self)
        self._masks: list[QGraphicsPixmapItem] = []
        self._checks: list[QCheckBox] = []
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self._summary = Caption("", side)
        side_layout.addWidget(self._summary)
        self._legend_area, self._legend = scroll_column(side)
        self._legend.setContentsMargins(0, 4, 0, 4)
        self._legend.setSpacing(4)
        side_layout.addWidget(self._legend_area, 1)
        self._opacity = QSlider(Qt.Orientation.Horizontal, side)
        self._opacity.setRange(10, 100)
        self._opacity.setValue(DEFAULT_OPACITY)
        self._opacity.setToolTip(QCoreApplication.translate("SegmentationViewer", "Mask opacity"))
        self._opacity.setAccessibleName(
            QCoreApplication.translate("SegmentationViewer", "Mask opacity"))
        self._opacity.valueChanged.connect(self._apply_opacity)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(
            QLabel(QCoreApplication.translate("SegmentationViewer", "Opacity"), side))
        opacity_row.addWidget(self._opacity, 1)
        side_layout.addLayout(opacity_row)
        image_beside_panel(self, self._view, side)

    # ---------------------------------------------------------------- queries
    def view(self) -> ImageView:
        return self._view

    def mask_items(self) -> list[QGraphicsPixmapItem]:
        """One pixmap item per mask, in legend order."""
        return list(self._masks)

    def check_boxes(self) -> list[QCheckBox]:
        return list(self._checks)

    def opacity_slider(self) -> QSlider:
        return self._opacity

    # ---------------------------------------------------------------- results
    def clear(self) -> None:
        self._view.set_image(None)
        self._masks = []
        self._checks = []
        clear_layout(self._legend, keep_last=1)
        self._legend_area.setMinimumHeight(0)
        self._summary.setText("")

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, SegmentationPrepared)
        self.clear()
        self._view.set_image(result.image)
        # Larger masks below smaller ones, so no mask hides another entirely.
        order = sorted(range(len(result.masks)), key=lambda i: -result.masks[i].coverage)
        for index, mask in enumerate(result.masks):
            item = QGraphicsPixmapItem(QPixmap.fromImage(mask.image))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            if result.image is not None and result.image.scale:
                item.setScale(1 / result.image.scale)
            item.setZValue(order.index(index))
            item.setToolTip(_describe(mask))
            self._view.scene().addItem(item)
            self._masks.append(item)
            check = QCheckBox(_describe(mask), self)
            check.setIcon(swatch_icon(mask.colour, 14))
            check.setChecked(True)
            check.setToolTip(_describe(mask, long=True))
            check.toggled.connect(item.setVisible)
            self._checks.append(check)
            insert_before_stretch(self._legend, check)
        if result.image is None and result.masks:
            self._view.scene().setSceneRect(self._masks[0].boundingRect())
            self._view.fit()
        self._fit_legend()
        summary = count_text(
            len(result.masks), QCoreApplication.translate("SegmentationViewer", "1 segment"),
            QCoreApplication.translate("SegmentationViewer", "{count} segments"))
        if any(mask.truncated for mask in result.masks):
            summary += " · " + QCoreApplication.translate(
                "SegmentationViewer", "some masks were cut short: their missing rows are empty")
        self._summary.setText(summary)
        self._apply_opacity(self._opacity.value())

    def _fit_legend(self) -> None:
        """The legend's area at least as tall as its rows (up to LEGEND_ROWS of them)."""
        shown = self._checks[:LEGEND_ROWS]
        margins = self._legend.contentsMargins()
        height = (sum(check.sizeHint().height() for check in shown)
                  + self._legend.spacing() * max(len(shown) - 1, 0)
                  + margins.top() + margins.bottom())
        self._legend_area.setMinimumHeight(height)

    def _apply_opacity(self, value: int) -> None:
        for item in self._masks:
            item.setOpacity(value / 100)


def _describe(mask: Mask, *, long: bool = False) -> str:
    score = f"  {format_score(mask.score)}" if mask.score is not None else ""
    text = f"{mask.name}{score}"
    if long:
        text += "\n" + QCoreApplication.translate(
            "SegmentationViewer", "covers {share} of the image").format(
                share=f"{mask.coverage:.1%}")
        if mask.truncated:
            text += "\n" + QCoreApplication.translate(
                "SegmentationViewer", "the mask PNG was cut short: its missing rows are empty")
    return text
