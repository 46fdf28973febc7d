"""The pieces a drop zone is made of: its painted frame and its empty, busy and preview pages."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.inputs._style import RADIUS, error_color, mix, muted_text
from hfi_desktop.ui.inputs._widgets import ElidedLabel, IconKind, KindIcon, MutedLabel


class DragState(StrEnum):
    IDLE = "idle"
    ACCEPT = "accept"  # a fitting file is being dragged over
    REFUSE = "refuse"  # something that doesn't fit is being dragged over


class _FrameOwner(Protocol):
    def drag_state(self) -> DragState: ...

    def has_value(self) -> bool: ...

    def hasFocus(self) -> bool: ...


class DropFrame(QWidget):
    """The zone's body: a rounded outline, dashed while empty, coloured by the drag state
    (highlight: fits, red: doesn't), the highlight colour when the zone has focus."""

    def __init__(self, owner: _FrameOwner, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = owner
        self.setObjectName("dropFrame")

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        state = self._owner.drag_state()
        dashed, width = True, 1.5
        if state is DragState.REFUSE:
            border = error_color(palette)
            fill, width = mix(base, border, 0.10), 2.0
        elif state is DragState.ACCEPT:
            border, fill, width = highlight, mix(base, highlight, 0.12), 2.0
        else:
            border = mix(muted_text(palette), window, 0.25)
            fill = mix(window, base, 0.6)
            if self._owner.has_value():
                dashed = False
                border = mix(border, window, 0.4)
            if self._owner.hasFocus():
                border, width = highlight, 2.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(border, width)
        if dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([4.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(fill)
        inset = width / 2 + 0.5
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.end()


class EmptyPage(QWidget):
    """An icon, "Drop an image here" and a hint line (``hint``)."""

    def __init__(self, icon: IconKind, title: str, hint: str, parent: QWidget) -> None:
        super().__init__(parent)
        kind_icon = KindIcon(icon, self)
        heading = QLabel(title, self)
        heading.setObjectName("dropTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(font.Weight.DemiBold)
        heading.setFont(font)
        self.hint = MutedLabel(hint, self)
        self.hint.setObjectName("dropHint")
        self.hint.setWordWrap(True)
        for label in (heading, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addStretch(1)
        layout.addWidget(kind_icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setAccessibleName(title)


class BusyPage(QWidget):
    """ "Loading cats.png…" over an indeterminate progress bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # indeterminate
        bar.setTextVisible(False)
        bar.setFixedHeight(6)
        bar.setMaximumWidth(220)
        bar.setAccessibleName(QCoreApplication.translate("DropZone", "Loading"))
        bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class PreviewPage(QWidget):
    """A leading widget (thumbnail, icon) beside the file's name and a details line."""

    def __init__(self, parent: QWidget, leading: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ElidedLabel("", self)
        font = self.name.font()
        font.setWeight(font.Weight.DemiBold)
        self.name.setFont(font)
        self.details = MutedLabel("", self)
        self.details.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addStretch(1)
        text.addWidget(self.name)
        text.addWidget(self.details)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        if leading is not None:
            leading.setParent(self)
            layout.addWidget(leading, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(text, 1)

    def show_file(self, name: str, details: str) -> None:
        self.name.set_full_text(name)
        self.details.setText(details)
        self.setAccessibleDescription(f"{name}, {details}" if name else "")

    def text(self) -> str:
        """ "name — details" as shown ("" when empty)."""
        name = self.name.full_text()
        return f"{name} \u2014 {self.details.text()}" if name else ""
