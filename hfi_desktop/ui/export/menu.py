"""File ▸ Save as… / Save all… in the main window, acting on the page on screen.

Ctrl+S belongs to the page's own shortcut; the menu item's is only active while the menu
has the focus, so the two never compete (an ambiguous shortcut fires neither), and the
menu shows the key as a shortcut, not as part of the item's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from .page import SAVE_KEYS
from .saver import ResultSaver

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QWidget


class PageExports(Protocol):
    """What a page's ``export`` attribute offers the menu (a task page's PageExport, the
    chat page's)."""

    @property
    def saver(self) -> ResultSaver: ...


def page_export(widget: QWidget | None) -> PageExports | None:
    export = getattr(widget, "export", None)
    return export if isinstance(getattr(export, "saver", None), ResultSaver) else None


def install_export_menu(menu: QMenu, current: Callable[[], QWidget | None]) -> list[QAction]:
    """Add Save as… and Save all… to ``menu``; ``current()`` is the page on screen."""
    save_as = menu.addAction(QCoreApplication.translate("ExportMenu", "Save as…"))
    save_as.setShortcut(QKeySequence(SAVE_KEYS))
    save_as.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    save_as.setObjectName("exportSaveAsAction")
    save_as.setStatusTip(
        QCoreApplication.translate("ExportMenu", "Save the current result to a file"))
    save_all = menu.addAction(QCoreApplication.translate("ExportMenu", "Save all…"))
    save_all.setObjectName("exportSaveAllAction")
    save_all.setShortcut(QKeySequence("Ctrl+Shift+S"))
    save_all.setStatusTip(
        QCoreApplication.translate("ExportMenu",
                                   "Save the current result in every format, into a folder"))

    def update() -> None:
        export = page_export(current())
        save_as.setEnabled(export is not None and export.saver.can_save())
        save_all.setEnabled(export is not None and export.saver.can_save_all())

    def trigger(action: str) -> None:
        export = page_export(current())
        if export is not None:
            getattr(export.saver, action)()

    save_as.triggered.connect(lambda: trigger("save_as"))
    save_all.triggered.connect(lambda: trigger("save_all"))
    menu.aboutToShow.connect(update)
    update()
    return [save_as, save_all]
