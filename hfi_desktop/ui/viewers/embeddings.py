"""Embeddings: shape, statistics, the first values and a heat strip of the first vector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hfi_desktop.present import EmbeddingsPrepared, Prepared
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from . import theme
from .base import ResultViewer
from .widgets import Caption, count_text, title_label

if TYPE_CHECKING:
    from collections.abc import Sequence

NEGATIVE = QColor("#2f6db5")
POSITIVE = QColor("#d0473f")


class HeatStrip(QWidget):
    """Values as thin vertical stripes: blue below zero, red above, fading to the
    background at zero (full colour from the 98th percentile of the magnitudes up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float]) -> None:
        self._values = tuple(values)
        self.update()

    def values(self) -> tuple[float, ...]:
        return self._values

    def sizeHint(self) -> QSize:
        return QSize(400, 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        background = palette.color(theme.ROLE.Base)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, background)
        if self._values:
            magnitudes = sorted(abs(v) for v in self._values)
            # The 98th percentile: one outlier must not wash out every other stripe.
            scale = magnitudes[int(0.98 * (len(magnitudes) - 1))] or magnitudes[-1] or 1.0
            step = rect.width() / len(self._values)
            for index, value in enumerate(self._values):
                colour = POSITIVE if value >= 0 else NEGATIVE
                fill = theme.mix(background, colour, min(abs(value) / scale, 1.0) ** 0.6)
                painter.fillRect(
                    QRectF(rect.left() + index * step, rect.top(), step + 0.6, rect.height()),
                    fill,
                )
        painter.setPen(theme.track(palette).darker(115))
        painter.drawRect(rect)


def _number(value: float) -> str:
    return f"{value:.4g}"


#: The statistics' names (stat() takes them in English); shown translated.
STATS = (QT_TRANSLATE_NOOP("EmbeddingsViewer", "Values"),
         QT_TRANSLATE_NOOP("EmbeddingsViewer", "Min"),
         QT_TRANSLATE_NOOP("EmbeddingsViewer", "Max"),
         QT_TRANSLATE_NOOP("EmbeddingsViewer", "Mean"),
         QT_TRANSLATE_NOOP("EmbeddingsViewer", "Std"),
         QT_TRANSLATE_NOOP("EmbeddingsViewer", "L2 norm (first vector)"))


class EmbeddingsViewer(ResultViewer):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shape = title_label("", self, scale=1.5)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(4)
        self._stats: dict[str, QLabel] = {}
        for index, name in enumerate(STATS):
            row, column = divmod(index, 3)
            caption = Caption(QCoreApplication.translate("EmbeddingsViewer", name), self)
            self._grid.addWidget(caption, row * 2, column)
            value = QLabel("", self)
            value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self._grid.addWidget(value, row * 2 + 1, column)
            self._stats[name] = value
        self._strip_caption = Caption("", self)
        self._strip = HeatStrip(self)
        self._first_caption = Caption("", self)
        self._first = QLabel("", self)
        self._first.setWordWrap(True)
        self._first.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(Caption(QCoreApplication.translate("EmbeddingsViewer", "Shape"), self))
        layout.addWidget(self._shape)
        layout.addLayout(self._grid)
        layout.addSpacing(8)
        layout.addWidget(self._strip_caption)
        layout.addWidget(self._strip)
        layout.addSpacing(8)
        layout.addWidget(self._first_caption)
        layout.addWidget(self._first)
        layout.addStretch(1)

    def shape_text(self) -> str:
        return self._shape.text()

    def stat(self, name: str) -> str:
        return self._stats[name].text()

    def strip(self) -> HeatStrip:
        return self._strip

    def clear(self) -> None:
        self._shape.setText("")
        for label in self._stats.values():
            label.setText("")
        self._strip.set_values(())
        self._strip_caption.setText("")
        self._first_caption.setText("")
        self._first.setText("")

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, EmbeddingsPrepared)
        self._shape.setText(result.shape_text)
        values = {
            "Values": f"{result.count:,}",
            "Min": _number(result.minimum),
            "Max": _number(result.maximum),
            "Mean": _number(result.mean),
            "Std": _number(result.std),
            "L2 norm (first vector)": _number(result.norm),
        }
        for name, text in values.items():
            self._stats[name].setText(text)
        self._strip.set_values(result.strip)
        length = result.dims[-1][1]
        counted = count_text(length, QCoreApplication.translate("EmbeddingsViewer", "1 value"),
                             QCoreApplication.translate("EmbeddingsViewer", "{count} values"))
        shown = (QCoreApplication.translate("EmbeddingsViewer", "first {shown} of {values}").format(
                     shown=f"{len(result.strip):,}", values=counted)
                 if len(result.strip) < length else counted)
        self._strip_caption.setText(QCoreApplication.translate(
            "EmbeddingsViewer", "First vector ({shown}): blue < 0 < red").format(shown=shown))
        self._first_caption.setText(count_text(
            len(result.first_values), QCoreApplication.translate("EmbeddingsViewer", "First value"),
            QCoreApplication.translate("EmbeddingsViewer", "First {count} values")))
        more = ", …" if len(result.first_values) < length else ""
        self._first.setText(", ".join(f"{v:.4f}" for v in result.first_values) + more)
