"""Load an input image: read, check, identify from content, make a thumbnail (worker thread)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from typing import cast

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.image_decode import DECODE_ERRORS, TIMES, ImageError, decoding, open_image
from hfi_desktop.media.errors import CONTEXT, MediaError
from hfi_desktop.media.sources import read_source
from hfi_desktop.sizes import human_size
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

#: A QImage (from the clipboard) is encoded to PNG in the worker.
ImageSource = str | bytes | QImage

#: Above this many pixels the thumbnail is decoded by Qt at its final size (see _qt_thumbnail).
QT_THUMBNAIL_PIXELS = 16_000_000

_PASTED_NAME = "pasted image.png"
#: What the user can do about an image refused for each problem (hfi_desktop.image_decode).
_ADVICE = {
    "empty": "",
    "not an image": QT_TRANSLATE_NOOP("MediaError",
                                      "Use a PNG, JPEG, WebP, GIF, BMP or TIFF file."),
    "too large": QT_TRANSLATE_NOOP("MediaError", "Resize it and try again."),
    "damaged": QT_TRANSLATE_NOOP("MediaError", "Try saving it again or use another copy."),
}
_EXIF_ORIENTATION = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class LoadedImage:
    """A checked image: the bytes to send, its size as shown (EXIF orientation applied),
    Pillow's format name ("PNG") and a thumbnail QImage that owns its memory."""

    file: FileValue
    width: int
    height: int
    format: str
    thumbnail: QImage = field(compare=False, repr=False)

    @property
    def size_bytes(self) -> int:
        return len(self.file.data)


def load_image(
    source: ImageSource, *, name: str | None = None, max_bytes: int, thumb_size: int = 512
) -> LoadedImage:
    """Read and check an image; raise :class:`MediaError` saying why it can't be used.

    ``source`` is a path, the file's bytes, or a QImage (pasted; encoded to PNG here).
    Refuses: missing file, folder, 0 bytes, more than ``max_bytes``, content that is not an
    image, damaged/truncated images, and images above Pillow's ``MAX_IMAGE_PIXELS``
    (decompression bombs): :mod:`hfi_desktop.image_decode`'s policy, with what to do.
    Runs in a worker thread: it reads and decodes.
    """
    try:
        return _load(source, name, max_bytes, thumb_size)
    except ImageError as exc:
        advice = _ADVICE[exc.problem]
        if not advice:
            raise MediaError.saying(QT_TRANSLATE_NOOP("MediaError", "{problem}."),
                                    problem=exc.args[0]) from None
        raise MediaError.saying(QT_TRANSLATE_NOOP("MediaError", "{problem}. {advice}"),
                                problem=exc.args[0], advice=Text(CONTEXT, advice)) from None


def _load(source: ImageSource, name: str | None, max_bytes: int, thumb_size: int
          ) -> LoadedImage:
    if isinstance(source, QImage):
        shown = name or _PASTED_NAME
        source = _encode_png(source, shown)
        name = shown
    src = read_source(source, name=name, max_bytes=max_bytes, fallback_name=_PASTED_NAME)
    shown = src.name

    with open_image(src.data, shown) as probe:
        fmt = probe.format or "image"
        width, height = probe.size
        with decoding(shown, fmt):
            probe.verify()

    qt = None
    if width * height > QT_THUMBNAIL_PIXELS:
        qt = _qt_thumbnail(src.data, src.path, width, height, thumb_size)
    if qt is None:
        thumbnail, orientation = _pillow_thumbnail(src.data, shown, fmt, thumb_size)
        quarter_turn = orientation in (5, 6, 7, 8)
    else:
        thumbnail, quarter_turn = qt

    if quarter_turn:
        width, height = height, width
    mime = Image.MIME.get(fmt, f"image/x-{fmt.lower()}")
    return LoadedImage(
        file=FileValue(name=shown, data=src.data, mime=mime, path=src.path),
        width=width,
        height=height,
        format=fmt,
        thumbnail=thumbnail,
    )


#: What every vision chat model takes (PROVIDERS.md §3.1: image parts as data URLs).
CHAT_IMAGE_MIMES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


def load_chat_image(source: ImageSource, *, name: str | None = None, max_bytes: int,
                    thumb_size: int = 256) -> LoadedImage:
    """An image attached to a chat message: checked as :func:`load_image` does, and in a
    format chat models take (a BMP or TIFF is converted to PNG here, in the worker)."""
    loaded = load_image(source, name=name, max_bytes=max_bytes, thumb_size=thumb_size)
    if loaded.file.mime in CHAT_IMAGE_MIMES:
        return loaded
    shown = loaded.file.name
    buffer = io.BytesIO()
    with open_image(loaded.file.data, shown) as image, decoding(shown, loaded.format):
        _transposed(image, _orientation(image)).save(buffer, "PNG")
    stem = shown.rsplit(".", 1)[0] if "." in shown else shown
    return replace(loaded, file=FileValue(f"{stem}.png", buffer.getvalue(), "image/png"),
                   format="PNG")


def _qt_thumbnail(data: bytes, path: str | None, width: int, height: int, thumb_size: int
                  ) -> tuple[QImage, bool] | None:
    """Qt decodes straight to the thumbnail's size with the GIL released; Pillow would
    allocate, fill and free the whole image while holding it (an 8000 x 8000 PNG: 256 MB,
    and GUI pauses of 20-40 ms, bench/ui_responsiveness.py). Reads the file itself when
    there is one (copying 80 MB into a QByteArray holds the GIL too). Returns the thumbnail
    and whether the EXIF orientation turned it a quarter turn (Qt reads it from the header;
    Pillow's getexif() on a PNG may decode the whole image to find it). None: Qt can't."""
    buffer = QBuffer()
    if path is not None:
        reader = QImageReader(path)
    else:
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # EXIF orientation, as the Pillow path does
    scale = min(1.0, thumb_size / max(width, height))
    reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    image = reader.read()
    if image.isNull():
        return None  # the Pillow path says what is wrong with it
    rotate_90 = QImageIOHandler.Transformation.TransformationRotate90
    quarter_turn = bool(reader.transformation() & rotate_90)
    return image.convertToFormat(QImage.Format.Format_RGBA8888), quarter_turn


def _pillow_thumbnail(data: bytes, shown: str, fmt: str, thumb_size: int
                      ) -> tuple[QImage, int]:
    with open_image(data, shown) as image:  # verify() leaves the image unusable: reopen
        orientation = _orientation(image)
        with decoding(shown, fmt):
            # JPEG (and a few others) can decode at 1/2…1/8 scale: ask for about twice the
            # thumbnail, then load, which is also where truncated data is found.
            image.draft(None, (2 * thumb_size, 2 * thumb_size))
            image.load()
        return _make_thumbnail(image, thumb_size, orientation), orientation


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(_EXIF_ORIENTATION, 1)
    except DECODE_ERRORS:
        return 1  # damaged EXIF: show the pixels as stored
    return value if isinstance(value, int) else 1


def _transposed(image: Image.Image, orientation: int) -> Image.Image:
    method = _TRANSPOSE.get(orientation)
    return image.transpose(method) if method is not None else image


def _make_thumbnail(image: Image.Image, thumb_size: int, orientation: int) -> QImage:
    """An RGBA8888 QImage at most ``thumb_size`` wide and high that owns its pixels."""
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        image = _stretch_to_8bit(image)
    elif image.mode in ("1", "P", "PA"):
        image = image.convert("RGBA")  # Pillow resizes these with "nearest": jagged
    image.thumbnail((thumb_size, thumb_size), Image.Resampling.LANCZOS)
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    image = _transposed(image, orientation)
    data = image.tobytes("raw", "RGBA")
    width, height = image.size
    view = QImage(data, width, height, 4 * width, QImage.Format.Format_RGBA8888)
    return view.copy()  # `view` points into `data`; the copy owns its memory


def _stretch_to_8bit(image: Image.Image) -> Image.Image:
    """High bit-depth (depth maps, 16-bit scans): map min…max to 0…255 for the thumbnail."""
    image = image.convert("F")
    low, high = cast("tuple[float, float]", image.getextrema())
    scale = 255.0 / (high - low) if high != low else 0.0
    offset = -low * scale
    return image.point(lambda v: v * scale + offset).convert("L")


def _encode_png(image: QImage, name: str) -> bytes:
    if image.isNull():
        raise MediaError.saying(QT_TRANSLATE_NOOP(
            "MediaError", "{name}: the clipboard image is empty. Copy the image again."), name=name)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    buffer.close()
    if not ok:
        raise MediaError.saying(QT_TRANSLATE_NOOP(
            "MediaError", "{name}: the pasted image could not be converted to PNG."), name=name)
    return bytes(array.data())


def describe(image: LoadedImage) -> Text:
    """ "640 x 420 px · PNG · 510.4 KB" (with a multiplication sign; the size translated
    where shown)."""
    return Text.joined(" · ", f"{image.width} {TIMES} {image.height} px", image.format,
                       human_size(image.size_bytes))
