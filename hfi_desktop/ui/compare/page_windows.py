"""What the windows opened from a task page (a comparison, the arena) share: the page on
show when a Tools menu item asks for one, and bringing a window forward."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.ui.page_api import PageApi

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget


def current_page(current: Callable[[], QWidget | None], report: Callable[[str], None],
                 why: str) -> PageApi | None:
    """The task page on show; None (and ``why`` reported) when none is (the welcome, the
    chat page)."""
    page = current()
    if isinstance(page, PageApi):
        return page
    report(why)
    return None


def bring_forward(window: QWidget) -> None:
    """Show ``window``, raised and active."""
    window.show()
    window.raise_()
    window.activateWindow()
