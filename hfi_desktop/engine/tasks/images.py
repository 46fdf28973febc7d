"""Images in requests (raw body or base64 in JSON) and masks in answers (base64 PNG)."""
from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

from hfi_desktop.engine.tasks.base import RunnerInputError
from hfi_desktop.engine.tasks.payload import request_bytes
from hfi_desktop.image_decode import ImageError, load_image

if TYPE_CHECKING:
    from PIL import Image


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
