"""Every task page fits the default window (1280x800) and a small one (1024x640): no form
scrolled sideways, no page squeezed below its minimum, no button cut off — with its example
filled in and run, as a user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.ui.form_area import FormScrollArea
from hfi_desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from hfi_desktop.ui.task_page import TaskPage
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until

from .pages import fill_first_example, run_page

SIZES = (QSize(*DEFAULT_SIZE), QSize(1024, 640))


async def _resize(window: MainWindow, size: QSize) -> None:
    window.resize(size)
    await wait_until(lambda: window.size() == size
                     and window.stack.currentWidget().size() == window.stack.size())
    for _ in range(3):  # the layouts' posted requests, and those they post in turn
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _shown_width(widget: QWidget, top: QWidget) -> int:
    """How much of ``widget``'s width is in view (sideways): clipped by each parent up to
    ``top`` (a button scrolled out of view up or down still counts)."""
    left, right = 0, widget.width()
    child: QWidget = widget
    while child is not top:
        parent = child.parentWidget()
        assert parent is not None
        left, right = max(left + child.x(), 0), min(right + child.x(), parent.width())
        child = parent
    return max(right - left, 0)


def _shows_icon_only(button: QToolButton) -> bool:
    style = button.toolButtonStyle()
    if style == Qt.ToolButtonStyle.ToolButtonFollowStyle:
        style = Qt.ToolButtonStyle(button.style().styleHint(QStyle.StyleHint.SH_ToolButtonStyle))
    return style == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull()


def _clipped_buttons(page: TaskPage) -> list[str]:
    clipped = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton | QToolButton) or not button.isVisibleTo(page):
            continue
        if isinstance(button, QToolButton) and _shows_icon_only(button):
            continue  # its text is a name for screen readers and the tooltip (⊗ "Clear …")
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text:
            continue
        needed = button.fontMetrics().horizontalAdvance(text)
        if needed > min(button.width(), _shown_width(button, page)):
            clipped.append(f"{text!r}: {needed} px of text, {button.width()} px wide, "
                           f"{_shown_width(button, page)} px shown")
    return clipped


@pytest.mark.parametrize("task_id", [s.id for s in CATALOG if s.page is PageKind.FORM])
def test_the_page_fits_without_sideways_scrolling_or_cut_buttons(
        window: MainWindow, fake_api: FakeInferenceAPI, run_async: RunAsync,
        task_id: str) -> None:
    page = window.show_task(task_id)
    form_area = page.findChild(FormScrollArea)
    assert form_area is not None

    async def main() -> None:
        await fill_first_example(page)
        await run_page(page, timeout=20)  # an error shows too: its layout is checked
        for size in SIZES:
            await _resize(window, size)
            _check_fits(page, form_area, size)

    run_async(main(), timeout=40)


def _check_fits(page: TaskPage, form_area: FormScrollArea, size: QSize) -> None:
    where = f"{page.spec.id} at {size.width()}x{size.height()}"
    hint = page.minimumSizeHint()
    assert hint.width() <= page.width() and hint.height() <= page.height(), (
        f"{where}: the page needs {hint.width()}x{hint.height()}, "
        f"it has {page.width()}x{page.height()}")
    bar = form_area.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible(), f"{where}: the form scrolls sideways"
    form = form_area.widget()
    assert form is not None and form.width() <= form_area.viewport().width(), where
    assert not _clipped_buttons(page), f"{where}: {_clipped_buttons(page)}"


def test_the_chat_page_fits_without_cut_buttons(window: MainWindow, run_async: RunAsync) -> None:
    chat = next(s.id for s in CATALOG if s.page is PageKind.CHAT)
    page = window.show_task(chat)

    async def main() -> None:
        for size in SIZES:
            await _resize(window, size)
            where = f"the chat at {size.width()}x{size.height()}"
            hint = page.minimumSizeHint()
            assert hint.width() <= page.width() and hint.height() <= page.height(), where
            assert not _clipped_buttons(page), f"{where}: {_clipped_buttons(page)}"

    run_async(main(), timeout=40)
