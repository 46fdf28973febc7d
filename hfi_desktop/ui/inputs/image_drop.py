"""ImageDropZone: an image input — drop, Browse…, paste; shows a thumbnail and the size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from hfi_desktop.media import LoadedImage
from hfi_desktop.media.images import describe
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._drop_parts import PreviewPage
from hfi_desktop.ui.inputs._widgets import IconKind
from hfi_desktop.ui.inputs.drop_zone import DropZone

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.ui.inputs.loading import ImageLoader

PREVIEW_SIZE = QSize(240, 180)


class ImageDropZone(DropZone):
    """An image input.

    ``ImageDropZone(parent=None, *, loader=None, accepted_kinds=("image/*",))``; ``loader``
    is an async ``(source, name) -> LoadedImage`` (see ``loading.image_loader``). The source
    handed to it is a path, PNG bytes from the clipboard, or a QImage (clipboard/drag image
    data, encoded to PNG in the worker). ``value()`` is the image's FileValue or None.
    """

    icon_kind = IconKind.IMAGE
    dialog_caption = QT_TRANSLATE_NOOP("DropZone", "Choose an image")
    dialog_title = QT_TRANSLATE_NOOP("DropZone", "Images")
    result_type = LoadedImage

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        loader: ImageLoader | None = None,
        accepted_kinds: Sequence[str] = ("image/*",),
    ) -> None:
        super().__init__(parent, loader=loader, accepted_kinds=accepted_kinds)
        self.setAccessibleName(QCoreApplication.translate("ImageDropZone", "Image input"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ImageDropZone",
                "Drop an image file here, or press Enter to browse, or Ctrl+V to paste.",
            )
        )

    def loaded(self) -> LoadedImage | None:
        result = super().loaded()
        return result if isinstance(result, LoadedImage) else None

    def preview_pixmap(self) -> QPixmap:
        """The thumbnail shown (a null pixmap when empty)."""
        return self._thumb.pixmap()

    def details_text(self) -> str:
        """Name and details as shown ("cats.png — 640 x 420 px · PNG · 510.4 KB")."""
        return self._preview_page.text()

    # ---------------------------------------------------------------- DropZone
    def _build_preview(self) -> PreviewPage:
        self._thumb = QLabel()
        self._thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._thumb.setMinimumSize(64, 64)
        self._thumb.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._thumb.setAccessibleName(QCoreApplication.translate("ImageDropZone", "Image preview"))
        self._source_pixmap = QPixmap()
        page = PreviewPage(self, leading=self._thumb)
        page.installEventFilter(self)  # to fit the thumbnail to the width
        return page

    def _extra_buttons(self) -> list[QPushButton]:
        self.paste_button = self._button(
            QCoreApplication.translate("ImageDropZone", "Paste"),
            QCoreApplication.translate(
                "ImageDropZone", "Paste an image from the clipboard (Ctrl+V)"
            ),
            self.paste,
        )
        return [self.paste_button]

    def _empty_hint_text(self) -> str:
        return QCoreApplication.translate("ImageDropZone", "or use Browse\u2026 or Paste (Ctrl+V)")

    def _accepts_image_data(self) -> bool:
        return True

    def _show_result(self, result: LoadedImage) -> None:
        # The QPixmap is made here, on the GUI thread, from the worker's QImage.
        self._source_pixmap = QPixmap.fromImage(result.thumbnail)
        self._fit_thumbnail()
        self._preview_page.show_file(result.file.name, shown(describe(result)))
        self._thumb.setAccessibleDescription(f"{result.file.name}, {shown(describe(result))}")

    def _fit_thumbnail(self) -> None:
        """Show the thumbnail at most PREVIEW_SIZE, and at most half the zone's width."""
        source = self._source_pixmap
        if source.isNull():
            return
        ratio = self.devicePixelRatioF()
        width = min(PREVIEW_SIZE.width(), max(64, self._preview_page.width() // 2))
        target = QSize(width, PREVIEW_SIZE.height()) * ratio
        pixmap = source
        if source.width() > target.width() or source.height() > target.height():
            pixmap = source.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        self._thumb.setPixmap(pixmap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        page = getattr(self, "_preview_page", None)  # events come during construction too
        if watched is page and event.type() == QEvent.Type.Resize:
            self._fit_thumbnail()
        return super().eventFilter(watched, event)

    def _clear_result(self) -> None:
        self._source_pixmap = QPixmap()
        self._thumb.clear()
        self._preview_page.show_file("", "")

    # ------------------------------------------------------------------- paste
    def paste(self) -> None:
        """Paste an image: a copied file, or image data (PNG bytes or a QImage)."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is None:
            self.show_error(
                QCoreApplication.translate(
                    "ImageDropZone", "The clipboard is empty: copy an image first."
                )
            )
            return
        if mime.hasUrls():
            super().paste()
            return
        if mime.hasImage():
            # Another app's PNG arrives already encoded: pass the bytes on untouched. Our own
            # clipboard holds a QImage: hand it to the worker, which encodes it to PNG.
            if not clipboard.ownsClipboard() and mime.hasFormat("image/png"):
                data = mime.data("image/png").data()
                self.begin_load(bytes(data), "pasted image.png")
                return
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.begin_load(QImage(image), "pasted image.png")
                return
        if mime.hasText():
            text = QCoreApplication.translate(
                "ImageDropZone", "The clipboard holds text: copy an image (or an image file) first."
            )
        else:
            text = QCoreApplication.translate(
                "ImageDropZone",
                "The clipboard holds no image: copy an image (or an image file) first.",
            )
        self.show_error(text)
