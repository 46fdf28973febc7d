"""Where you write to the model: the message (Enter sends, Shift+Enter starts a new line),
the images attached to it (dropped, pasted with Ctrl+V, or chosen with Attach…; loaded,
checked and converted in a worker), and Send, which becomes Stop while a reply streams.

The composer does no I/O: it asks its ``loader`` (an async ``(source, name) ->
LoadedImage``) for each image. What it holds is only cleared once the page has sent it; if
sending fails, the page puts it back (:meth:`restore`).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.media import LoadedImage, MediaError
from hfi_desktop.media.images import describe
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.i18n import catalog_text, said, shown
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.viewers import theme

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Sequence

    from hfi_desktop.catalog.model import FileValue, InputField
    from hfi_desktop.ui.inputs.loading import ImageLoader

log = logging.getLogger(__name__)

MAX_LINES = 10  # the message box grows with its text up to this many lines
CHIP_THUMB = QSize(48, 48)
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff"


class MessageEdit(QPlainTextEdit):
    """The message box: Enter sends, Shift+Enter adds a line; images dropped or pasted
    into it are attached rather than inserted."""

    send = Signal()
    images_given = Signal(object)  # QMimeData

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.send.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return _has_images(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if _has_images(source):
            self.images_given.emit(source)
        else:
            super().insertFromMimeData(source)


def _has_images(mime: QMimeData) -> bool:
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


class AttachmentChip(QFrame):
    """An attached image: its thumbnail, name and size, and a button to remove it."""

    removed = Signal(object)  # self

    def __init__(self, image: LoadedImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.setObjectName("chatAttachment")
        thumb = QLabel(self)
        thumb.setPixmap(QPixmap.fromImage(image.thumbnail).scaled(
            CHIP_THUMB, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        name = QLabel(image.file.name, self)
        name.setToolTip(f"{image.file.name} — {shown(describe(image))}")
        remove = QToolButton(self)
        remove.setText("\u00d7")  # a multiplication sign: "remove"
        remove.setAutoRaise(True)
        remove.setToolTip(QCoreApplication.translate("AttachmentChip", "Remove {name}").format(
                name=image.file.name))
        remove.setAccessibleName(remove.toolTip())
        remove.clicked.connect(lambda: self.removed.emit(self))
        self.remove_button = remove
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 2, 4)
        layout.setSpacing(6)
        layout.addWidget(thumb)
        layout.addWidget(name)
        layout.addWidget(remove)
        self.setAccessibleName(
            QCoreApplication.translate("AttachmentChip", "Attached image {name}").format(
                    name=image.file.name))
        self.setFrameShape(QFrame.Shape.StyledPanel)


class ChatComposer(QFrame):
    """The message and its images; ``send_requested`` / ``stop_requested`` when the user
    presses Enter / Send / Stop."""

    send_requested = Signal()
    stop_requested = Signal()

    def __init__(self, field: InputField, loader: ImageLoader | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatComposer")
        self._loader = loader
        self._streaming = False
        self._loads: set[asyncio.Task[None]] = set()
        self.chips: list[AttachmentChip] = []
        self.edit = MessageEdit(self)
        self.edit.setPlaceholderText(catalog_text(field.placeholder))
        self.edit.setAccessibleName(QCoreApplication.translate(
            "ChatComposer", "Your message"))  # the field's label, "Message", says less
        self.edit.setAccessibleDescription(catalog_text(field.help))
        self.edit.setToolTip(catalog_text(field.help))
        self.edit.setTabChangesFocus(True)
        self.edit.setFrameShape(QFrame.Shape.NoFrame)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.attach_button = QToolButton(self)
        self.attach_button.setText(QCoreApplication.translate("ChatComposer", "Attach image…"))
        self.attach_button.setToolTip(QCoreApplication.translate(
            "ChatComposer", "Attach an image for models that see them (or drop one here, or "
            "paste it with Ctrl+V)"))
        self.attach_button.setAccessibleName(QCoreApplication.translate("ChatComposer",
                                                                        "Attach image"))
        self.attach_button.setAutoRaise(True)
        self.send_button = QPushButton(QCoreApplication.translate("ChatComposer", "Send"), self)
        self.send_button.setObjectName("chatSend")
        self.send_button.setDefault(True)
        self.message = InlineMessage(self)
        self._chip_row = QHBoxLayout()
        self._chip_row.setSpacing(6)
        self._chip_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(self._chip_row)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.edit.send.connect(self._on_send_key)
        self.edit.images_given.connect(self.attach_mime)
        self.edit.textChanged.connect(self._fit_height)
        self.send_button.clicked.connect(self._on_button)
        self.attach_button.clicked.connect(self.browse)
        self._fit_height()
        self._update_button()

    # -- what it holds -------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def images(self) -> tuple[FileValue, ...]:
        return tuple(chip.image.file for chip in self.chips)

    def loaded_images(self) -> tuple[LoadedImage, ...]:
        return tuple(chip.image for chip in self.chips)

    def is_loading(self) -> bool:
        return any(not task.done() for task in self._loads)

    def is_empty(self) -> bool:
        return not self.text().strip() and not self.chips

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def clear(self) -> None:
        self.edit.clear()
        for chip in list(self.chips):
            self._remove(chip)
        self.message.clear_message()

    def restore(self, text: str, images: Sequence[LoadedImage]) -> None:
        """Put back a message that could not be sent (what was typed since is kept after
        it)."""
        typed = self.text()
        self.set_text(text + ("\n" + typed if typed.strip() else ""))
        for image in images:
            if image.file not in self.images():
                self._add(image)

    def set_streaming(self, streaming: bool) -> None:
        """While a reply streams, Send is Stop (you may write the next message meanwhile)."""
        self._streaming = streaming
        self._update_button()

    def set_hint(self, text: str) -> None:
        """What the next message will be (an answer to a tool call, say)."""
        self.edit.setPlaceholderText(text)

    # -- images ----------------------------------------------------------------------------
    def attach_mime(self, mime: QMimeData) -> None:
        """Attach the images of a drop or a paste (files, or image data)."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if paths:
            for path in paths:
                self.attach(path, os.path.basename(path))
        elif mime.hasImage():
            self.attach(mime.imageData(), "pasted image.png")

    def attach(self, source: object, name: str) -> None:
        """Load ``source`` (a path, bytes or a QImage) in a worker and attach it."""
        if self._loader is None:
            self.message.show_message(QCoreApplication.translate(
                "ChatComposer", "Images can't be loaded here."), Level.ERROR)
            return
        task = create_task(self._load(source, name), name=f"chat image {name}")
        self._loads.add(task)
        task.add_done_callback(self._loads.discard)
        self.message.show_message(QCoreApplication.translate(
            "ChatComposer", "Loading {name}…").format(name=name), Level.INFO)

    async def _load(self, source: object, name: str) -> None:
        assert self._loader is not None
        try:
            image = await self._loader(source, name)  # type: ignore[arg-type]
        except MediaError as error:
            if shiboken6.isValid(self):
                self.message.show_message(shown(said(error)), Level.ERROR)
            return
        except Exception as error:  # a bug, not the user's file: say so briefly
            log.exception("loading %s failed", name)
            if shiboken6.isValid(self):
                self.message.show_message(QCoreApplication.translate(
                    "ChatComposer", "{name} could not be loaded: {why}").format(
                    name=name, why=error), Level.ERROR)
            return
        if shiboken6.isValid(self):
            self.message.clear_message()
            self._add(image)

    def _add(self, image: LoadedImage) -> None:
        chip = AttachmentChip(image, self)
        chip.removed.connect(self._remove)
        self._chip_row.insertWidget(self._chip_row.count() - 1, chip)
        self.chips.append(chip)

    def _remove(self, chip: AttachmentChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            self._chip_row.removeWidget(chip)
            chip.hide()
            chip.deleteLater()

    def browse(self) -> None:
        dialog = QFileDialog(self, QCoreApplication.translate("ChatComposer", "Attach an image"),
                             "",
                             QCoreApplication.translate("ChatComposer",
                                     "Images ({patterns})").format(patterns=IMAGE_PATTERNS))
        dialog.setObjectName("chatAttachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        async def choose() -> None:
            chosen = await await_path(dialog)
            if chosen is not None and shiboken6.isValid(self):
                self.attach(str(chosen.path), chosen.path.name)

        create_task(choose(), name="chat attach dialog")

    # -- sending ---------------------------------------------------------------------------
    def _on_send_key(self) -> None:
        if not self._streaming:
            self.send_requested.emit()

    def _on_button(self) -> None:
        if self._streaming:
            self.stop_requested.emit()
        else:
            self.send_requested.emit()

    def _update_button(self) -> None:
        streaming = self._streaming
        self.send_button.setText(QCoreApplication.translate("ChatComposer",
                "Stop") if streaming else QCoreApplication.translate("ChatComposer", "Send"))
        self.send_button.setToolTip(
            QCoreApplication.translate("ChatComposer",
                                       "Stop the reply, keeping what came (Esc)") if streaming
            else QCoreApplication.translate("ChatComposer", "Send the message (Enter)"))
        self.send_button.setAccessibleName(
            QCoreApplication.translate("ChatComposer",
                    "Stop the reply") if streaming else QCoreApplication.translate("ChatComposer",
                                                                                   "Send"))

    def _fit_height(self) -> None:
        lines = max(1, min(MAX_LINES, self.edit.document().blockCount()))
        metrics = self.edit.fontMetrics()
        margins = self.edit.contentsMargins()
        frame = 2 * self.edit.document().documentMargin() + margins.top() + margins.bottom()
        self.edit.setFixedHeight(int(metrics.lineSpacing() * max(lines, 2) + frame + 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = theme.mix(palette.color(theme.ROLE.Base), palette.color(theme.ROLE.Text),
                           0.25 if self.edit.hasFocus() else 0.15)
        painter.setPen(border)
        painter.setBrush(palette.color(theme.ROLE.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14)
