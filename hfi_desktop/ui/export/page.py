"""Save as… / Save all… / drag-out on a task page, for its last run.

Buttons in ``page.result_actions``, Ctrl+S on the page; enabled once the page has a finished
run with a result (a stopped stream with text counts: its text is saved as partial). When a
run completes, its drag file is written in a worker.

The page is seen as a ``PageApi`` (ui/page_api.py). A past run shown from the history
(``page.record_shown``) is saved as its history record
(status, size, error as recorded; files read from the history's content store), once the
record has been read; until then, as the run the page rebuilt from it. A result out of date
(``page.result_outdated()``) is saved all the same, and the save says it is from the earlier
inputs (the dialog's title, the status line, the drag handle's tooltip).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QPushButton

from hfi_desktop.bridge import create_task
from hfi_desktop.storage.export.drag import drag_file
from hfi_desktop.storage.export.save import Exportable, ExportError, FileLoader
from hfi_desktop.storage.history.service import HistoryService, HistoryUnavailableError
from hfi_desktop.ui.result_freshness import OUTDATED_SAVE_NOTE
from hfi_desktop.ui.shortcuts import TASK_PAGE, declare

from .drag import DragHandle
from .saver import ResultSaver

if TYPE_CHECKING:
    from pathlib import Path

    from hfi_desktop.runs import Run
    from hfi_desktop.storage.records import RunRecord
    from hfi_desktop.ui.page_api import PageApi
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)
SAVE_KEYS = "Ctrl+S"
SAVE_AS = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Save the result to a file")), SAVE_KEYS,
                  where=TASK_PAGE)


def savable(run: Run | None) -> bool:
    """A finished run with something to save (a result, or streamed text)."""
    return run is not None and run.has_output


class PageExport(QObject):
    """The export actions of one task page (``page.export``)."""

    def __init__(self, page: PageApi, services: Services) -> None:
        host = page.as_widget()
        super().__init__(host)
        self._page = page
        self._bridge = services.bridge
        self._history: HistoryService | None = services.history
        self._files: FileLoader | None = (services.history.files.get
                                          if services.history is not None else None)
        self._shown: Run | None = None  # the run the page rebuilt from a history record
        self._record: RunRecord | None = None  # that record, once read
        self.saver = ResultSaver(host, services.bridge, self.item, files=self._files,
                                 report=page.show_status, note=self.note)
        self.save_button = QPushButton(QCoreApplication.translate("PageExport", "Save as…"), host)
        self.save_button.setObjectName("exportSaveAs")
        self.save_button.setToolTip(
            QCoreApplication.translate("PageExport", "Save the result to a file ({keys})")
            .format(keys=SAVE_KEYS))
        self.save_all_button = QPushButton(
            QCoreApplication.translate("PageExport", "Save all…"), host)
        self.save_all_button.setObjectName("exportSaveAll")
        self.save_all_button.setToolTip(QCoreApplication.translate(
            "PageExport",
            "Save the result in every format that fits, with a manifest, into a folder"))
        self.drag_handle = DragHandle(host)
        for widget in (self.drag_handle, self.save_button, self.save_all_button):
            page.result_actions.addWidget(widget)
        (self.shortcut,) = SAVE_AS.install(
            host, self.saver.save_as, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.clicked.connect(self.saver.save_as)
        self.save_all_button.clicked.connect(self.saver.save_all)
        page.run_started.connect(self._run_started)
        page.run_completed.connect(self._run_completed)
        page.record_shown.connect(self._record_shown)
        page.result_outdated_changed.connect(
            lambda _outdated: self.drag_handle.set_note(self.note()))
        self.drag_handle.dropped.connect(self._dropped)
        self._update()

    def note(self) -> str:
        """What saving the result on show says about it: out of date, or nothing."""
        return OUTDATED_SAVE_NOTE if self._page.result_outdated() else ""

    def _dropped(self, path: Path) -> None:
        note = self.note()
        if note:  # a save reports itself; a drag out of date says so too
            self._page.show_status(
                QCoreApplication.translate("PageExport", "Dragged out “{name}” — {note}")
                .format(name=path.name, note=note))

    def run(self) -> Run | None:
        """The page's last run, when it is savable."""
        run = self._page.last_run
        return run if savable(run) else None

    def item(self) -> Exportable | None:
        """What Save as… saves: the page's last run, or the history record it shows."""
        run = self.run()
        if run is None:
            return None
        record = self._record
        if run is self._shown and record is not None and record.id == run.id:
            return record
        return run

    def _update(self) -> None:
        enabled = self.run() is not None
        for widget in (self.save_button, self.save_all_button):
            widget.setEnabled(enabled)
        self.shortcut.setEnabled(enabled)

    def _run_started(self, _run: Run) -> None:
        self._shown = self._record = None
        self.drag_handle.set_file(None)
        self._update()

    def _run_completed(self, run: Run) -> None:
        self._update()
        if savable(run):
            create_task(self._prepare_drag(run, run), name=f"drag file {run.spec.id}")

    def _record_shown(self, run: Run) -> None:
        self._shown, self._record = run, None
        self.drag_handle.set_file(None)
        self._update()
        if savable(run):
            create_task(self._read_record(run), name=f"shown record {run.spec.id}")

    async def _read_record(self, run: Run) -> None:
        """Read the shown run's record (what Save as… saves from now on), then its drag
        file; without it (no history, record deleted), the rebuilt run is saved."""
        record = None
        if self._history is not None:
            try:
                record = await self._history.get(run.id)
            except (HistoryUnavailableError, sqlite3.Error) as error:  # the run will do
                log.info("history record %s not read: %s", run.id, error)
        if not shiboken6.isValid(self) or self._shown is not run:
            return  # another run or record since
        self._record = record
        await self._prepare_drag(run, record if record is not None else run)

    async def _prepare_drag(self, run: Run, item: Exportable) -> None:
        files = self._files
        # Only needed for a drag: written once other calls are through (a stream's JSON
        # export is 40 ms of Python, which running streams' GUI updates would wait behind).
        await self._bridge.quiet()
        if self._page.last_run is not run or not shiboken6.isValid(self.drag_handle):
            return  # another run since
        try:
            path = await self._bridge.run(lambda: drag_file(item, files=files))
        except (ExportError, OSError) as error:
            log.info("no drag file for %s: %s", run.spec.id, error)
            return
        if self._page.last_run is run and shiboken6.isValid(self.drag_handle):
            self.drag_handle.set_file(path)


def install_export(page: PageApi, services: Services) -> PageExport:
    """Add Save as…, Save all… and the drag handle to ``page``."""
    return PageExport(page, services)
