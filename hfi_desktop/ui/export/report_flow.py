"""Saving a report, the same from a comparison, a batch or the arena: a file dialog (HTML or
Markdown, by its filter), then the report built and written in a worker (reading results,
drawing the plots and writing files take a while), and a message saying where it went or
why it could not be made."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import Level

from .dialogs import choose_save_path

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.report import Report
    from hfi_desktop.storage.reports import ReportFormat
    from hfi_desktop.ui.inputs.message import InlineMessage

log = logging.getLogger(__name__)

REPORT_DIALOG_NAME = "reportFileDialog"


def field_names(spec: TaskSpec) -> dict[str, str]:
    """The task's input fields by key, as the page names them (the report's input labels)."""
    return {field.key: catalog_text(field.label) for field in spec.inputs}


async def choose_report_file(parent: QWidget, start: Path
                             ) -> tuple[Path, ReportFormat] | None:
    """The path and format the user chose (the format by the dialog's filter), or None."""
    from hfi_desktop.storage.reports import HTML, MARKDOWN  # reports load when first saved

    filters = [(QCoreApplication.translate("ReportFlow", "HTML report (*.html)"), HTML.suffix),
               (QCoreApplication.translate("ReportFlow", "Markdown report (*.md)"),
                MARKDOWN.suffix)]
    chosen = await choose_save_path(
        parent, QCoreApplication.translate("ReportFlow", "Save report"), start.parent,
        start.name, filters, REPORT_DIALOG_NAME)
    return (chosen[0], (HTML, MARKDOWN)[chosen[1]]) if chosen is not None else None


async def save_report(parent: QWidget, bridge: Bridge, message: InlineMessage, start: Path,
                      take: Callable[[], Callable[[], Report]]) -> None:
    """Ask where (``start``: the name offered, without suffix), then write the report there:
    ``take()``, on the GUI thread once the file is chosen, takes what is on show and gives
    the function that makes the report in a worker (``message`` says where it went)."""
    chosen = await choose_report_file(parent, start)
    if chosen is not None and isValid(parent):
        await save_report_to(bridge, message, take(), *chosen)


async def save_report_to(bridge: Bridge, message: InlineMessage, build: Callable[[], Report],
                         path: Path, fmt: ReportFormat) -> Path | None:
    """Write the report ``build`` makes (called in a worker: it may read files and draw)
    to ``path`` (its suffix added if missing); ``message`` says where it went or why not."""
    from hfi_desktop.storage.reports import ReportFileError, write_report

    try:
        written = await bridge.run(lambda: write_report(path, build(), fmt))
    except ReportFileError as error:
        _say(message, str(error), Level.ERROR)
        return None
    except Exception as error:  # results the report cannot show: say so, keep the window
        log.warning("a report failed", exc_info=True)
        _say(message, QCoreApplication.translate(
            "ReportFlow", "The report could not be made: {why}").format(why=error), Level.ERROR)
        return None
    _say(message, QCoreApplication.translate(
        "ReportFlow", "Report saved as {name}").format(name=written.name), Level.OK)
    return written


def _say(message: InlineMessage, text: str, level: Level) -> None:
    if isValid(message):  # (its window may have been closed meanwhile)
        message.show_message(text, level)
