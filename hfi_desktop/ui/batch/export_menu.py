"""The batch window's Export menu: CSV, JSONL (one line per input x model, every field) and
a results folder (both tables, the binary results, Save all's manifest), planned and written
in workers (storage/export/batch.py) from a snapshot of the batch file's cells. A report
entry is added by the reports' feature: :attr:`ExportMenu.menu`, with the batch file from
the window's ``journal_path()``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.storage.export.batch import plan_batch_file, plan_batch_folder
from hfi_desktop.storage.export.source import ExportError
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.export import ask_conflicts
from hfi_desktop.ui.inputs.message import Level

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from PySide6.QtGui import QAction

    from hfi_desktop.batch.short_form import ShortForm
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.storage.export.plan import SavePlan

EXPORT_DIALOG_NAME = "batchExportDialog"
#: (menu entry key, file suffix; "" for the results folder)
ENTRIES = (("csv", ".csv"), ("jsonl", ".jsonl"), ("folder", ""))


class ExportMenu:
    """An "Export" button and its menu; enabled once the window shows a batch file.
    ``journal``: that file as it is now; ``shorts``: the short forms on show."""

    def __init__(self, parent: QWidget, bridge: Bridge,
                 journal: Callable[[], BatchJournal | None],
                 shorts: Callable[[], Mapping[tuple[str, int], ShortForm]], *,
                 report: Callable[[str, Level], None]) -> None:
        self._parent = parent
        self._bridge = bridge
        self._journal = journal
        self._shorts = shorts
        self._report = report
        self._tasks = OwnedTasks("batch export")
        self.button = QToolButton(parent)
        self.button.setObjectName("batchExport")
        self.button.setText(QCoreApplication.translate("BatchExport", "Export"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        titles = {"csv": QCoreApplication.translate("BatchExport", "CSV…"),
                  "jsonl": QCoreApplication.translate("BatchExport", "JSONL…"),
                  "folder": QCoreApplication.translate("BatchExport", "Results folder…")}
        self.actions: dict[str, QAction] = {}
        for key, suffix in ENTRIES:
            action = self.menu.addAction(titles[key])
            action.setObjectName(f"batchExport:{key}")
            action.triggered.connect(
                lambda _=False, k=key, s=suffix: self._tasks.start(self._export(k, s)))
            self.actions[key] = action

    def set_available(self, on: bool) -> None:
        self.button.setEnabled(on)

    def busy(self) -> bool:
        return self._tasks.busy()

    async def _export(self, key: str, suffix: str) -> None:
        journal = self._journal()
        if journal is None:
            return
        start = journal.path.with_suffix(suffix) if suffix else \
            journal.path.with_name(journal.path.stem + "-results")
        dialog = QFileDialog(self._parent, QCoreApplication.translate(
            "BatchExport", "Export the batch"), str(start))
        dialog.setObjectName(EXPORT_DIALOG_NAME)
        if suffix:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(suffix.lstrip("."))
        else:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        chosen = await await_path(dialog)
        if chosen is not None:
            await self.export_to(key, chosen.path)

    async def export_to(self, key: str, target: Path) -> list[Path] | None:
        """Write ``key``'s export ("csv", "jsonl", "folder") at ``target``; the files
        written (None: nothing was; the window says why)."""
        journal = self._journal()
        if journal is None:
            return None
        # A snapshot: the running batch keeps appending to the live one.
        snapshot = BatchJournal(journal.path, journal.plan, dict(journal.outcomes),
                                journal.created_at)
        shorts = dict(self._shorts())

        def plan() -> SavePlan:
            if key == "folder":
                return plan_batch_folder(snapshot, target, shorts)
            return plan_batch_file(snapshot, target, key, shorts)

        try:
            made = await self._bridge.run(plan)
            conflicts = await self._bridge.run(lambda: made.conflicts)
            replace = False
            if conflicts:
                answer = await ask_conflicts(self._parent, conflicts)
                if answer is None:
                    self._report(QCoreApplication.translate(
                        "BatchExport", "Export cancelled: nothing was written."), Level.INFO)
                    return None
                replace = answer
            written = await self._bridge.run(lambda: made.write(replace=replace))
        except (ExportError, OSError) as error:
            why = getattr(error, "strerror", None) or str(error)
            self._report(QCoreApplication.translate("BatchExport", "Not exported: {why}").format(
                why=why), Level.ERROR)
            return None
        self._report(QCoreApplication.translate(
            "BatchExport", "Exported {count} files to {where}").format(
            count=len(written), where=made.root if key == "folder" else written[0].path),
            Level.OK)
        return [w.path for w in written]
