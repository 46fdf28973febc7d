"""The batch window's Export ▸ Report…: the report of the batch file as it is now (read
again from disk in a worker: the running batch keeps appending to it), each row compared
with the first model, through the shared flow (hfi_desktop/ui/export/report_flow.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.ui.compare.snapshot import short_name
from hfi_desktop.ui.export.report_flow import field_names, save_report
from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from PySide6.QtWidgets import QMenu, QWidget

    from hfi_desktop.batch.model import BatchTarget
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.report import Report
    from hfi_desktop.ui.inputs.message import InlineMessage

REPORT_ACTION_NAME = "batchExport:report"


class BatchReportEntry:
    """The "Report…" entry added to ``menu``; ``journal_path``: the batch file on show."""

    def __init__(self, menu: QMenu, parent: QWidget, bridge: Bridge, spec: TaskSpec,
                 journal_path: Callable[[], Path | None], message: InlineMessage) -> None:
        self._tasks = OwnedTasks("batch report")
        menu.addSeparator()
        self.action = menu.addAction(QCoreApplication.translate("BatchReport", "Report…"))
        self.action.setObjectName(REPORT_ACTION_NAME)
        self.action.setToolTip(QCoreApplication.translate(
            "BatchReport", "A report to share: HTML (one file) or Markdown"))

        def save() -> None:
            path = journal_path()
            if path is not None:
                self._tasks.start(save_report(parent, bridge, message,
                                              path.with_name(f"{path.stem}-report"),
                                              lambda: _builder(spec, path)))

        self.action.triggered.connect(save)

    def busy(self) -> bool:
        return self._tasks.busy()


def _builder(spec: TaskSpec, path: Path) -> Callable[[], Report]:
    task = catalog_text(spec.title)
    fields = field_names(spec)

    def build() -> Report:
        from hfi_desktop.storage.reports import batch_report  # loaded when first saved

        journal = BatchJournal.open(path)
        return batch_report(journal, spec, task=task, names=target_names(journal.plan.targets),
                            field_names=fields)

    return build


def target_names(targets: Sequence[BatchTarget]) -> list[str]:
    """The targets' names in the report's notes: the model's short name, with its provider
    where several targets have the same model."""
    names = [short_name(target.model) for target in targets]
    return [f"{name} · {target.provider or 'default'}" if names.count(name) > 1 else name
            for name, target in zip(names, targets, strict=True)]
