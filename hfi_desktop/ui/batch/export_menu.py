"""The batch window's Export menu: CSV, JSONL (one line per input x model, every field) and
a results folder (binary results with Save all's manifest), written in a worker from the
batch file. A report entry is added by the reports' feature (:meth:`ExportMenu.menu`, with
the batch file from ``journal_path``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.inputs.message import Level

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtGui import QAction

    from hfi_desktop.bridge import Bridge

    #: Writes a batch file's results to a path (blocking; in a worker).
    Writer = Callable[[BatchJournal, Path], Path]


class ExportMenu:
    """A "Export ▾" button and its menu; entries enabled once a batch file exists."""

    def __init__(self, parent: QWidget, bridge: Bridge,
                 journal_path: Callable[[], Path | None],
                 writers: Sequence[tuple[str, str, str, Writer]], *,
                 report: Callable[[str, Level], None]) -> None:
        """``writers``: (key, menu title, file suffix or "" for a folder, writer)."""
        self._parent = parent
        self._bridge = bridge
        self._journal_path = journal_path
        self._report = report
        self._tasks = OwnedTasks("batch export")
        self.button = QToolButton(parent)
        self.button.setObjectName("batchExport")
        self.button.setText(QCoreApplication.translate("BatchExport", "Export"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for key, title, suffix, writer in writers:
            action = self.menu.addAction(title)
            action.setObjectName(f"batchExport:{key}")
            action.triggered.connect(
                lambda _=False, s=suffix, w=writer: self._tasks.start(self._export(s, w)))
            self.actions[key] = action

    def set_available(self, on: bool) -> None:
        self.button.setEnabled(on)

    async def _ask(self, suffix: str) -> Path | None:
        source = self._journal_path()
        start = str((source.with_suffix(suffix) if suffix else source.with_suffix(""))
                    if source is not None else Path.home())
        dialog = QFileDialog(self._parent, QCoreApplication.translate("BatchExport",
                                                                      "Export the batch"), start)
        dialog.setObjectName("batchExportDialog")
        if suffix:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(suffix.lstrip("."))
        else:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        chosen = await await_path(dialog)
        return chosen.path if chosen is not None else None

    async def _export(self, suffix: str,
                      writer: Writer) -> None:
        source = self._journal_path()
        if source is None:
            return
        target = await self._ask(suffix)
        if target is None:
            return
        await self.export_to(target, writer)

    async def export_to(self, target: Path,
                        writer: Writer) -> Path | None:
        """Write the batch file's results to ``target`` with ``writer`` (in a worker)."""
        source = self._journal_path()
        if source is None:
            return None
        try:
            written = await self._bridge.run(lambda: writer(BatchJournal.open(source), target))
        except (BatchFileError, OSError) as error:
            self._report(QCoreApplication.translate(
                "BatchExport", "Not exported: {why}").format(why=error), Level.ERROR)
            return None
        self._report(QCoreApplication.translate("BatchExport", "Exported to {path}").format(
            path=written), Level.OK)
        return written


def export_writers() -> list[tuple[str, str, str, Writer]]:
    """The Export menu's entries: CSV, JSONL, a results folder."""
    return []
