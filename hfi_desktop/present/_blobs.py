"""Binary results: Blob (``data`` + ``type``), FileValue (``data`` + ``mime``) or bytes."""

from __future__ import annotations

from hfi_desktop.translatable import QT_TRANSLATE_NOOP

from ._shape import describe
from .errors import PresentError
from .result_type import sniff_mime


def as_blob(value: object) -> tuple[bytes, str] | None:
    """(bytes, MIME type) of a binary result, or None when it is not binary."""
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return data, sniff_mime(data) or "application/octet-stream"
    found = getattr(value, "data", None)
    if not isinstance(found, bytes | bytearray | memoryview):
        return None
    data = bytes(found)
    mime = getattr(value, "type", None) or getattr(value, "mime", None)
    if not isinstance(mime, str) or not mime or mime == "application/octet-stream":
        mime = sniff_mime(data) or "application/octet-stream"
    return data, mime.split(";")[0].strip().lower()


def require_blob(value: object, expected: str) -> tuple[bytes, str]:
    """Like :func:`as_blob`, but a non-binary result is a PresentError naming ``expected``."""
    blob = as_blob(value)
    if blob is None:
        raise PresentError.saying(QT_TRANSLATE_NOOP(
            "PresentError", "unexpected result: expected {expected} (Blob), got {value}"),
            expected=expected, value=describe(value))
    return blob
