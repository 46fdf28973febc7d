"""Text to the clipboard: the one way the app copies, so that no copy holds a token."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from hfi_desktop.redaction import redact


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard, any access token in it redacted."""
    QGuiApplication.clipboard().setText(redact(text))
