"""The file an image or audio request carries: the raw body, or base64 text in its JSON."""
from __future__ import annotations

import base64
import binascii
from typing import Any

from hfi_desktop.engine.tasks.base import RunnerInputError


def decode_base64(text: str, name: str) -> bytes:
    """``text`` as base64 (a ``data:...;base64,`` prefix allowed)."""
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise RunnerInputError(f"{name!r} is not base64-encoded data") from None


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
        f"{name!r} must be the {key} file as the request body or base64 text, "
        f"not {type(inputs).__name__}"
    )
