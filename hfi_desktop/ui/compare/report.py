"""The comparison's "Save report…" (the shared flow: hfi_desktop/ui/export/report_flow.py):
the results and the differences marked as in the window, the task's field names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.ui.export.report_flow import REPORT_DIALOG_NAME, field_names, save_report
from hfi_desktop.ui.export.report_flow import save_report_to as write_built
from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.report import Report
    from hfi_desktop.storage.reports import ReportFormat

    from .view import ComparisonView

__all__ = ["REPORT_DIALOG_NAME", "save_comparison_report", "save_report_to"]


def _builder(view: ComparisonView) -> Callable[[], Report]:
    """The comparison as it is now (taken on the GUI thread), made a report in a worker."""
    document = view.document()
    prepared = view.prepared_results()
    names = view.short_names()
    task = catalog_text(view.spec.title)
    fields = field_names(view.spec)
    from hfi_desktop.storage.reports import comparison_report  # loaded when first saved

    return lambda: comparison_report(document, prepared, task=task, names=names,
                                     field_names=fields)


async def save_comparison_report(view: ComparisonView, bridge: Bridge) -> None:
    """Ask where, then write the comparison's report there."""
    start = view.path.with_suffix("") if view.path is not None \
        else Path.home() / f"{view.spec.id}-report"
    await save_report(view, bridge, view.message, start,
                      lambda: _builder(view))


async def save_report_to(view: ComparisonView, bridge: Bridge, path: Path, fmt: ReportFormat
                         ) -> Path | None:
    """Write the comparison's report to ``path`` (its suffix added if missing)."""
    return await write_built(bridge, view.message, _builder(view), path, fmt)
