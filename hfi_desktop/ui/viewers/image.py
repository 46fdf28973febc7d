"""Generated images (zoom and pan) and document / visual question answering (answer
beside the image)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from hfi_desktop.present import (
    DecodedImage,
    DocAnswerPrepared,
    ImagePrepared,
    Prepared,
)
from hfi_desktop.sizes import human_size
from hfi_desktop.ui.i18n import shown

from .bars import ScoreBars, format_score
from .base import ResultViewer
from .image_view import ImageView
from .widgets import MARGIN, AnswerHeader, Caption

ZOOM_STEP = 1.25


def describe_image(image: DecodedImage) -> str:
    """``512 x 512 px · PNG · 52.9 KB`` (with a multiplication sign)."""
    size = QCoreApplication.translate("ZoomableImage", "{width} \u00d7 {height} px"
                                      ).format(width=image.width, height=image.height)
    return f"{size} · {image.format} · {shown(human_size(image.byte_size))}"


class ZoomableImage(QWidget):
    """An ImageView with a toolbar: Fit, 100%, zoom out / in, the zoom level and the
    image's facts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self, upscale=False)
        self._info = Caption("", self)
        self._zoom_label = QLabel("", self)
        self._zoom_label.setMinimumWidth(48)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._info, 1)
        for text, tip, action in (
            (QCoreApplication.translate("ZoomableImage", "Fit"),
             QCoreApplication.translate("ZoomableImage", "Fit the image to the window"),
             self.view.fit),
            ("100%", QCoreApplication.translate("ZoomableImage", "Actual size"),
             self.view.actual_size),
            ("\N{MINUS SIGN}", QCoreApplication.translate("ZoomableImage", "Zoom out"),
             lambda: self.view.zoom_by(1 / ZOOM_STEP)),
            ("+", QCoreApplication.translate("ZoomableImage", "Zoom in"),
             lambda: self.view.zoom_by(ZOOM_STEP)),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(action)
            bar.addWidget(button)
        bar.addWidget(self._zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.zoom_changed.connect(lambda z: self._zoom_label.setText(f"{z:.0%}"))

    def set_image(self, image: DecodedImage | None) -> None:
        self.view.set_image(image)
        self._info.setText(describe_image(image) if image is not None else "")

    def info_text(self) -> str:
        return self._info.text()


class ImageViewer(ResultViewer):
    """IMAGE: the generated image, zoomable (wheel around the cursor) and pannable (drag)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = ZoomableImage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.image)

    def show_result(self, prepared: Prepared) -> None:
        self.image.set_image(self._expect(prepared, ImagePrepared).image)

    def clear(self) -> None:
        self.image.set_image(None)


class DocAnswerViewer(ResultViewer):
    """DOC_ANSWER: the question, the answer and its score, other answers as bars, beside
    the input image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = ImageView(self)
        self._header = AnswerHeader(self, scale=1.5)
        self._others_title = Caption(
            QCoreApplication.translate("DocAnswerViewer", "Other answers"), self)
        self._others = ScoreBars(self)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self._header)
        column.addSpacing(8)
        column.addWidget(self._others_title)
        column.addWidget(self._others)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(16)
        layout.addWidget(self._view, 1)
        layout.addLayout(column, 1)
        self.clear()

    def answer_text(self) -> str:
        return self._header.answer.text()

    def view(self) -> ImageView:
        return self._view

    def clear(self) -> None:
        self._view.set_image(None)
        self._view.hide()
        self._header.clear()
        self._others.set_scores(())
        self._others_title.hide()
        self._others.hide()

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, DocAnswerPrepared)
        self.clear()
        self._view.set_image(result.image)
        self._view.setVisible(result.image is not None)
        score = (QCoreApplication.translate("DocAnswerViewer", "Score {score}").format(
            score=format_score(result.score)) if result.score is not None else "")
        self._header.set_answer(result.question, result.answer, score)
        if result.alternatives:
            self._others.set_scores(result.alternatives, emphasise_first=False)
            self._others_title.show()
            self._others.show()
