"""Decode images and segmentation masks into QImages (in worker threads).

Pillow decodes, with the app's one policy for untrusted images (hfi_desktop.image_decode:
errors naming the image, the decompression-bomb limit); the pixels are handed to a QImage
which is ``.copy()``'d so it owns its memory and may cross threads.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from PIL import Image
from PySide6.QtGui import QImage

from hfi_desktop.image_decode import ImageError, load_image
from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from ._png import SIGNATURE, is_truncated_png, repair_truncated_png
from .errors import PresentError
from .types import DecodedImage

MAX_SIDE = 4096  # larger images are scaled down for display (coordinates stay original)


def _open(data: bytes, what: str) -> Image.Image:
    try:
        return load_image(data, what)
    except ImageError as exc:
        raise PresentError(exc.args[0]) from None  # a Text: shown in the UI's language


def _to_qimage(image: Image.Image) -> QImage:
    """A QImage owning a copy of the Pillow image's pixels (RGB32 or ARGB32 premultiplied)."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if has_alpha:
        rgba = image.convert("RGBA")
        buffer = rgba.tobytes()
        view = QImage(
            buffer, rgba.width, rgba.height, 4 * rgba.width, QImage.Format.Format_RGBA8888
        )
        return view.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied).copy()
    rgb = image.convert("RGB")
    buffer = rgb.tobytes()
    view = QImage(buffer, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return view.convertToFormat(QImage.Format.Format_RGB32).copy()


def decode_image(data: bytes, *, what: str = "image", max_side: int = MAX_SIDE) -> DecodedImage:
    """Decode image bytes; images larger than ``max_side`` are scaled down for display."""
    image = _open(data, what)
    width, height = image.size
    fmt = image.format or "image"
    mime = Image.MIME.get(fmt, f"image/{fmt.lower()}")
    if max(width, height) > max_side:
        image = image.copy() if image.mode != "P" else image.convert("RGBA")
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return DecodedImage(
        image=_to_qimage(image),
        width=width,
        height=height,
        format=fmt,
        mime=mime,
        byte_size=len(data),
    )


def decode_base64(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PresentError.saying(QT_TRANSLATE_NOOP(
            "PresentError", "{what} is not valid base64 ({error})"), what=what, error=str(exc)
        ) from None


@dataclass(frozen=True)
class DecodedMask:
    image: QImage  # tinted, alpha = mask
    coverage: float  # fraction of the pixels set
    truncated: bool  # the PNG was cut short: the missing rows are empty


def decode_mask(
    encoded: str, *, colour: str, size: tuple[int, int] | None, what: str = "mask"
) -> DecodedMask:
    """A base64 PNG mask tinted with ``colour`` (alpha = mask), scaled to ``size`` (the
    displayed image's; None keeps the mask's own). A truncated PNG keeps the rows it has."""
    data = decode_base64(encoded, what)
    if not data.startswith(SIGNATURE):
        raise PresentError.saying(QT_TRANSLATE_NOOP(
            "PresentError", "{what} is not a PNG image (it starts with {start})"),
            what=what, start=repr(data[:8]))
    truncated = is_truncated_png(data)
    repaired = repair_truncated_png(data) if truncated else None
    mask = _open(repaired or data, what).convert("L")
    if size is None:
        size = mask.size
    elif mask.size != size:
        mask = mask.resize(size, Image.Resampling.NEAREST)
    histogram = mask.histogram()
    total = size[0] * size[1]
    coverage = sum(histogram[128:]) / total if total else 0.0
    tinted = Image.new("RGBA", size, colour)
    tinted.putalpha(mask)
    buffer = tinted.tobytes()
    view = QImage(buffer, size[0], size[1], 4 * size[0], QImage.Format.Format_RGBA8888)
    image = view.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied).copy()
    return DecodedMask(image, coverage, truncated and repaired is not None)
