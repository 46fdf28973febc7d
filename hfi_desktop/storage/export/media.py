"""Images for export (Pillow, no Qt): format conversion, detection boxes drawn onto the
input image, segmentation masks and their overlay; audio clips found in a result."""

from __future__ import annotations

import base64
import binascii
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from hfi_desktop.image_decode import ImageError, load_image
from hfi_desktop.present import best_first
from hfi_desktop.present._png import is_truncated_png, repair_truncated_png
from hfi_desktop.present.colors import assign_colours, instance_colours

from .source import Binary, ExportError

_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_MIMES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
MASK_OPACITY = 0.5


def open_image(data: bytes, what: str) -> Image.Image:
    """Decode fully (a truncated or hostile file fails here, with ``what`` named): the
    app's one policy for untrusted images (hfi_desktop.image_decode)."""
    try:
        return load_image(data, what)
    except ImageError as exc:
        raise ExportError(str(exc)) from None


def has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def encode(image: Image.Image, fmt: str) -> bytes:
    """``image`` as ``fmt`` ("png", "jpeg", "webp"); JPEG puts transparency on white."""
    out = io.BytesIO()
    if fmt == "jpeg":
        if has_alpha(image):
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            image = flat
        elif image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=95)
    elif fmt == "webp":
        image = image.convert("RGBA" if has_alpha(image) else "RGB")
        image.save(out, "WEBP", quality=92)
    elif fmt == "png":
        if image.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
            image = image.convert("RGBA" if has_alpha(image) else "RGB")
        image.save(out, "PNG")
    else:
        raise ValueError(f"not an image format: {fmt!r}")
    return out.getvalue()


def convert_image(binary: Binary, fmt: str) -> bytes:
    """The image in ``fmt``: the original bytes when it already is (no re-encoding)."""
    if binary.data is None:
        raise ExportError("the image's bytes were not kept")
    image = open_image(binary.data, "the image")
    if _MIMES.get(fmt) == binary.mime and image.format == _PIL_FORMATS[fmt]:
        return binary.data
    return encode(image, fmt)


# ---------------------------------------------------------------------- detection boxes
@dataclass(frozen=True)
class DetectedBox:
    label: str
    score: float | None
    xmin: float
    ymin: float
    xmax: float
    ymax: float


def detected_boxes(result: object) -> list[DetectedBox]:
    """The boxes of an object-detection result, best first (malformed items skipped)."""
    boxes: list[DetectedBox] = []
    for item in result if isinstance(result, list) else []:
        box = item.get("box") if isinstance(item, Mapping) else None
        if not isinstance(box, Mapping):
            continue
        corners = [box.get(key) for key in ("xmin", "ymin", "xmax", "ymax")]
        if not all(_finite(value) for value in corners):
            continue
        x0, y0, x1, y1 = (float(value) for value in corners)  # type: ignore[arg-type]
        score = item.get("score")
        boxes.append(DetectedBox(str(item.get("label", "")),
                                 _number(score),
                                 min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    boxes.sort(key=lambda b: -math.inf if b.score is None else b.score, reverse=True)
    return boxes


def draw_boxes(image_data: bytes, result: object) -> bytes:
    """The input image (its own size) with every box and its label drawn, as PNG."""
    image = open_image(image_data, "the input image").convert("RGB")
    boxes = detected_boxes(result)
    colours = assign_colours(box.label for box in boxes)
    draw = ImageDraw.Draw(image)
    side = max(image.size)
    width = max(2, round(side / 320))
    font = _font(max(12, round(side / 45)))
    for box in reversed(boxes):  # best drawn last, on top
        colour = colours[box.label]
        draw.rectangle((box.xmin, box.ymin, box.xmax, box.ymax), outline=colour, width=width)
        text = box.label if box.score is None else f"{box.label} {box.score:.1%}"
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
        pad = max(2, width)
        height = bottom - top + 2 * pad
        y = box.ymin - height if box.ymin - height >= 0 else box.ymin
        x = min(max(box.xmin, 0), max(image.width - (right - left) - 2 * pad, 0))
        draw.rectangle((x, y, x + right - left + 2 * pad, y + height), fill=colour)
        draw.text((x + pad - left, y + pad - top), text, fill="white", font=font)
    return encode(image, "png")


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (OSError, TypeError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and _finite(value) else None


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# ------------------------------------------------------------------- segmentation masks
@dataclass(frozen=True)
class SegmentMask:
    index: int  # in the result
    label: str
    score: float | None
    png: bytes  # the mask as a PNG file (the server's own bytes when they are a PNG)
    image: Image.Image  # mode "L"


def segment_masks(result: object) -> list[SegmentMask]:
    """The masks of a segmentation result, in result order. A truncated mask PNG (a cut
    recording) keeps the rows it has, the rest empty (as the viewer shows it), and is saved
    as a complete PNG."""
    masks: list[SegmentMask] = []
    for index, item in enumerate(result if isinstance(result, list) else []):
        if not isinstance(item, Mapping):
            continue
        label = str(item.get("label", ""))
        what = f"mask {index + 1} ({label!r})"
        data = binary_bytes(item.get("mask"), what)
        if data is None:
            continue
        repaired = repair_truncated_png(data) if is_truncated_png(data) else None
        image = open_image(repaired or data, what)
        png = repaired or (data if image.format == "PNG" else encode(image, "png"))
        score = item.get("score")
        masks.append(SegmentMask(index, label, _number(score), png, image.convert("L")))
    return masks


def overlay(image_data: bytes | None, masks: Sequence[SegmentMask]) -> bytes:
    """The masks tinted with their colours (each instance its own, as the viewer shows
    them) over the input image (or over black at the masks' size when the input image is
    not at hand), as PNG."""
    if image_data is not None:
        base = open_image(image_data, "the input image").convert("RGB")
    else:
        size = masks[0].image.size if masks else (1, 1)
        base = Image.new("RGB", size, "black")
    order = best_first([mask.score for mask in masks])
    colours = dict(zip(order, instance_colours([masks[i].label for i in order]), strict=True))
    for index, mask in enumerate(masks):
        alpha = mask.image
        if alpha.size != base.size:
            alpha = alpha.resize(base.size, Image.Resampling.NEAREST)
        alpha = alpha.point(lambda value: round(value * MASK_OPACITY))
        tint = Image.new("RGB", base.size, colours[index])
        base = Image.composite(tint, base, alpha)
    return encode(base, "png")


# --------------------------------------------------------------------------- audio clips
def audio_clips(result: object) -> list[tuple[int, str, Binary]]:
    """(index in the result, label, audio) for each clip: a Binary result, or
    audio-to-audio's ``[{label, blob (base64), content-type}]``."""
    if isinstance(result, Binary):
        return [(0, "audio", result)] if result.mime.startswith("audio/") else []
    clips: list[tuple[int, str, Binary]] = []
    for index, item in enumerate(result if isinstance(result, list) else []):
        if not isinstance(item, Mapping):
            continue
        label = str(item.get("label") or f"audio {index + 1}")
        blob = item.get("blob")
        if isinstance(blob, Binary):
            clips.append((index, label, blob))
            continue
        data = binary_bytes(blob, f"audio {index + 1} ({label!r})")
        if data is not None:
            mime = item.get("content-type")
            clips.append((index, label, Binary.of(data, mime if isinstance(mime, str) else "")))
    return clips


def binary_bytes(value: Any, what: str) -> bytes | None:
    """Bytes of a base64 string or a Binary (None when the bytes were not kept)."""
    if isinstance(value, Binary):
        return value.data
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value.strip() + "=" * (-len(value.strip()) % 4), validate=False)
    except (binascii.Error, ValueError) as exc:
        raise ExportError(f"{what} is not valid base64: {exc}") from None
