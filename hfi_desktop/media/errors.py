"""The one error type of the media package, and how sizes are written in its messages."""

from __future__ import annotations


class MediaError(ValueError):
    """A file the app can't use, with a message that names it and says what to do.

    The message is shown as is, inline, next to the input that refused the file.
    """


def human_size(n_bytes: int) -> str:
    """``31.2 MB``, ``20 MB``, ``512 bytes`` (binary multiples, written the usual way)."""
    if n_bytes < 1024:
        return "1 byte" if n_bytes == 1 else f"{n_bytes} bytes"
    value = float(n_bytes)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"
