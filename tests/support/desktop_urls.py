"""Catching the URLs the app asks the desktop to open (a browser, a file manager), so that
tests see them and nothing is opened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@contextmanager
def caught_urls(*schemes: str) -> Iterator[list[str]]:
    """``with caught_urls("http") as urls:`` — the URLs of those schemes opened meanwhile."""
    catcher = _UrlCatcher()
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]
    try:
        yield catcher.urls
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
