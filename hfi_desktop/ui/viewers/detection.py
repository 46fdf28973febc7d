"""Object detection: the input image with boxes and tags, and the list of detections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hfi_desktop.present import Box, DetectionPrepared, Prepared

from .bars import format_score
from .base import ResultViewer
from .image_view import ImageView
from .overlays import BoxItem
from .widgets import Caption, count_text, image_beside_panel, swatch_icon

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtGui import QMouseEvent

    from .marks import Mark


class HoverList(QListWidget):
    """A list that says which row the mouse is over (None when it is over none)."""

    hovered = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        self.hovered.emit(self.row(item) if item is not None else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(None)
        super().leaveEvent(event)


class DetectionViewer(ResultViewer):
    """Boxes over the image (scaled with the view) beside a list, best score first.
    Hovering or selecting a row emphasises its box; hovering a box does the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[BoxItem] = []
        self._ghosts: list[BoxItem] = []  # comparison: boxes another result has, not this one
        self._summary_text = ""
        self._hovered: int | None = None
        self._view = ImageView(self)
        self._view.zoom_changed.connect(self._place_tags)
        self._summary = Caption("", self)
        self._list = HoverList(self)
        self._list.setAccessibleName(
            QCoreApplication.translate("DetectionViewer", "Detected objects"))
        self._list.hovered.connect(self.emphasise)
        self._list.currentRowChanged.connect(lambda _row: self.emphasise(None))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._summary)
        side_layout.addWidget(self._list, 1)
        image_beside_panel(self, self._view, side)

    # ---------------------------------------------------------------- queries
    def view(self) -> ImageView:
        return self._view

    def box_items(self) -> list[BoxItem]:
        return list(self._items)

    def ghost_items(self) -> list[BoxItem]:
        """Boxes shown by :meth:`set_marks` that this result does not have."""
        return list(self._ghosts)

    def summary_text(self) -> str:
        return self._summary.text()

    def list_widget(self) -> HoverList:
        return self._list

    def emphasised(self) -> int | None:
        """The index of the emphasised box (hovered, else selected), or None."""
        if self._hovered is not None:
            return self._hovered
        row = self._list.currentRow()
        return row if 0 <= row < len(self._items) else None

    # ---------------------------------------------------------------- results
    def clear(self) -> None:
        self._items = []
        self._ghosts = []
        self._hovered = None
        self._view.set_image(None)
        self._list.clear()
        self._summary.setText("")

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, DetectionPrepared)
        self.clear()
        self._view.set_image(result.image)
        for index, box in enumerate(result.boxes):
            item = BoxItem(box, index, self._on_box_hover)
            self._view.scene().addItem(item)
            self._items.append(item)
            text = f"{box.label}  {format_score(box.score)}"
            row = QListWidgetItem(swatch_icon(box.colour), text)
            where = QCoreApplication.translate(
                "DetectionViewer", "x {xmin} to {xmax}, y {ymin} to {ymax}")
            row.setToolTip(f"{box.label} · {format_score(box.score)}\n" + where.format(
                    xmin=f"{box.xmin:g}", xmax=f"{box.xmax:g}", ymin=f"{box.ymin:g}",
                    ymax=f"{box.ymax:g}"))
            self._list.addItem(row)
        counts = ", ".join(f"{e.label} \N{MULTIPLICATION SIGN} {e.count}" for e in result.legend)
        self._summary.setText(count_text(
            len(result.boxes), QCoreApplication.translate("DetectionViewer", "1 object"),
            QCoreApplication.translate("DetectionViewer", "{count} objects"))
                              + (f": {counts}" if counts else ""))
        if result.image is None:
            self._summary.setText(self._summary.text() + QCoreApplication.translate(
                "DetectionViewer", " (no input image to draw on)"))
        self._summary_text = self._summary.text()
        self._place_tags(self._view.zoom)

    # ------------------------------------------------------------ comparison
    def set_marks(self, marks: Mapping[int, Mark], ghosts: Sequence[tuple[Box, Mark]] = ()
                  ) -> None:
        """Comparison marks on the boxes (by index; the others are left plain) and ghost
        boxes: what another result found and this one did not. Replaces earlier marks;
        ``set_marks({})`` removes them all."""
        for ghost in self._ghosts:
            self._view.scene().removeItem(ghost)
        self._ghosts = []
        for item in self._items:
            mark = marks.get(item.index)
            item.set_mark(mark)
            row = self._list.item(item.index)
            if row is not None:
                text = f"{item.box.label}  {format_score(item.box.score)}"
                row.setText(f"{text}  · {mark.note}" if mark is not None and mark.note else text)
        for box, mark in ghosts:
            ghost = BoxItem(box, -1, lambda _index: None)
            ghost.set_mark(mark)
            ghost.setZValue(0.5)
            self._view.scene().addItem(ghost)
            self._ghosts.append(ghost)
        extra = sum(mark.style == "extra" for mark in marks.values())
        notes = [QCoreApplication.translate("DetectionViewer", "{count} only here").format(
                     count=extra) if extra else "",
                 QCoreApplication.translate("DetectionViewer", "{count} missed (dotted)").format(
                     count=len(self._ghosts)) if self._ghosts else ""]
        self._summary.setText(" · ".join([self._summary_text, *filter(None, notes)]))
        self._place_tags(self._view.zoom)

    # ------------------------------------------------------------- emphasis
    def emphasise(self, index: int | None) -> None:
        """Emphasise box ``index`` (hover); None: back to the selected row's box."""
        self._hovered = index
        chosen = self.emphasised()
        for item in self._items:
            item.set_emphasis(None if chosen is None else item.index == chosen)

    def _on_box_hover(self, index: int | None) -> None:
        self.emphasise(index)

    def _place_tags(self, zoom: float) -> None:
        bounds = self._view.image_rect()
        for item in [*self._items, *self._ghosts]:
            item.place_tag(zoom, bounds)
