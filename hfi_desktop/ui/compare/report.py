"""The comparison's "Save report…": a file dialog (HTML or Markdown, by its filter), then the
report built and written in a worker (comparing, drawing the plots and writing files take a
while), and a message saying where it went or why it could not be written."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.storage.reports import (
    HTML,
    MARKDOWN,
    ReportFileError,
    comparison_report,
    write_report,
)
from hfi_desktop.ui.export.dialogs import choose_save_path
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import Level

if TYPE_CHECKING:
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.storage.reports import ReportFormat

    from .view import ComparisonView

log = logging.getLogger(__name__)

REPORT_DIALOG_NAME = "reportFileDialog"


async def choose_report_file(view: ComparisonView, start: Path
                             ) -> tuple[Path, ReportFormat] | None:
    """The path and format the user chose (the format by the dialog's filter), or None."""
    filters = [(QCoreApplication.translate("CompareReport", "HTML report (*.html)"), HTML.suffix),
               (QCoreApplication.translate("CompareReport", "Markdown report (*.md)"),
                MARKDOWN.suffix)]
    chosen = await choose_save_path(
        view, QCoreApplication.translate("CompareReport", "Save report"), start.parent,
        start.name, filters, REPORT_DIALOG_NAME)
    return (chosen[0], (HTML, MARKDOWN)[chosen[1]]) if chosen is not None else None


async def save_report(view: ComparisonView, bridge: Bridge) -> Path | None:
    """Ask where, then write the comparison's report there; None if cancelled or failed
    (the window's message says why)."""
    start = view.path.with_suffix("") if view.path is not None \
        else Path.home() / f"{view.spec.id}-report"
    chosen = await choose_report_file(view, start)
    if chosen is None:
        return None
    return await save_report_to(view, bridge, *chosen)


async def save_report_to(view: ComparisonView, bridge: Bridge, path: Path, fmt: ReportFormat
                         ) -> Path | None:
    """Write the comparison's report to ``path`` (its suffix added if missing)."""
    document = view.document()
    prepared = view.prepared_results()
    names = view.short_names()
    task = catalog_text(view.spec.title)
    fields = {field.key: catalog_text(field.label) for field in view.spec.inputs}

    def write() -> Path:
        report = comparison_report(document, prepared, task=task, names=names,
                                   field_names=fields)
        return write_report(path, report, fmt)

    try:
        written = await bridge.run(write)
    except ReportFileError as error:
        view.message.show_message(str(error), Level.ERROR)
        return None
    except Exception as error:  # a result the report cannot show: say so, keep the window
        log.warning("the comparison's report failed", exc_info=True)
        view.message.show_message(QCoreApplication.translate(
            "CompareReport", "The report could not be made: {why}").format(why=error),
            Level.ERROR)
        return None
    view.message.show_message(QCoreApplication.translate(
        "CompareReport", "Report saved as {name}").format(name=written.name), Level.OK)
    return written
