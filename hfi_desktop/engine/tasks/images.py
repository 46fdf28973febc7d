"""Images in requests (raw body or base64 in JSON) and masks in answers (base64 PNG)."""
from __future__ import annotations

import base64
import binascii
import io
from typing import TYPE_CHECKING, Any

from hfi_desktop.engine.tasks.base import RunnerInputError
from hfi_desktop.image_decode import ImageError, load_image

if TYPE_CHECKING:
    from PIL import Image


def decode_base64(text: str, name: str) -> bytes:
    """``text`` as base64 (a ``data:...;base64,`` prefix allowed)."""
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise RunnerInputError(f"{name} is not base64-encoded data") from None


def request_bytes(inputs: Any, name: str, key: str) -> bytes:
    """The file a request carries: the raw body, base64 text, or ``{key: base64}``."""
    if isinstance(inputs, dict) and key in inputs:
        inputs = inputs[key]
        name = f"{name}.{key}"
    if isinstance(inputs, bytes | bytearray):
        return bytes(inputs)
    if isinstance(inputs, str):
        return decode_base64(inputs, name)
    raise RunnerInputError(
        f"{name} must be the {key} file as the request body or base64 text, "
        f"not {type(inputs).__name__}"
    )


def image_input(inputs: Any) -> Image.Image:
    """The request's image, decoded as RGB (a damaged, fake or too large one refused)."""
    data = request_bytes(inputs, "inputs", "image")
    try:
        image = load_image(data, "the input image")
    except ImageError as exc:
        raise RunnerInputError(str(exc)) from None
    return image.convert("RGB")


def mask_png_base64(mask: Image.Image) -> str:
    """A black-and-white mask as hf-inference sends it: base64 of a grayscale PNG."""
    buffer = io.BytesIO()
    mask.convert("L").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")
