"""The batch window: many inputs x 1 to 6 models, unattended.

The form's parameters and options (and its inputs that the source does not fill) come from
the task's page, through its form (``FormSource``: PageApi, or the chat page's); the inputs
from a folder, a table or lines of text (:class:`SourcePanel`); the models from
:class:`TargetsPanel`. "Run batch" writes a new batch file (the data folder's
``batches/``) and runs it (:class:`BatchSession`); the table fills in as cells finish, the
progress line and the summary follow. A batch file opened
again (File ▸ Open batch…, or the notice of an unfinished one) shows what it has and
resumes where it stopped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.batch.journal import BatchFileError
from hfi_desktop.batch.model import BatchPlan, BatchTarget
from hfi_desktop.batch.sources import SourceError
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.storage.comparison_file import FormSnapshot
from hfi_desktop.ui.compare.snapshot import snapshot_of, summary
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level

from .batch_files import new_batch_path
from .cell_reader import CellReader
from .export_menu import ExportMenu
from .progress_line import ProgressLine
from .report import BatchReportEntry
from .results_model import BatchResultsModel
from .results_view import ResultsView
from .session import BatchSession, State
from .source_panel import SourcePanel
from .summary_panel import SummaryPanel
from .targets_panel import TargetsPanel
from .thumbnails import load_thumbnails
from .unfinished_notice import UnfinishedNotice

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from hfi_desktop.batch.journal import BatchJournal
    from hfi_desktop.batch.model import BatchInput, BatchProgress, CellOutcome
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.page_api import FormSource
    from hfi_desktop.ui.services import Services

    from .cell_reader import ReadCells


class BatchWindow(QMainWindow):
    """See the module. ``closed(self)`` once it is closed (its run cancelled)."""

    closed = Signal(object)

    def __init__(self, spec: TaskSpec, services: Services, page: FormSource | None, *,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("batchWindow")
        self.resize(1280, 860)
        self.spec = spec
        self.page = page
        self._services = services
        self._folder = folder  # where new batch files go (None: the data folder's batches/)
        self._tasks = OwnedTasks("batch window")
        self.snapshot = snapshot_of(page) if page is not None else FormSnapshot({}, {}, {})
        self.session = BatchSession(services, self)
        self.model = BatchResultsModel(self)
        self._shown: BatchJournal | None = None  # the batch file the table shows
        self.reader = CellReader(services.bridge, self)

        self.form_label = QLabel(self)
        self.form_label.setWordWrap(True)
        self.form_label.setTextFormat(Qt.TextFormat.PlainText)
        self.take_form_button = QPushButton(QCoreApplication.translate(
            "BatchWindow", "Use the page's form"), self)
        self.take_form_button.setToolTip(QCoreApplication.translate(
            "BatchWindow", "Take the parameters, options and fixed inputs the task's page "
            "holds now"))
        self.take_form_button.setEnabled(page is not None)
        self.sources = SourcePanel(spec, services.bridge, self)
        self.targets = TargetsPanel(spec, services, self)
        if page is not None:
            form = page.form()
            provider = form.options.get("provider")
            self.targets.rows[0].set_target(
                BatchTarget(form.model, provider if isinstance(provider, str) else None))
        self.run_button = QPushButton(QCoreApplication.translate("BatchWindow", "Run batch"),
                                      self)
        self.run_button.setObjectName("batchRun")
        self.run_button.setDefault(True)
        self.pause_button = QPushButton(QCoreApplication.translate("BatchWindow", "Pause"), self)
        self.pause_button.setObjectName("batchPause")
        self.resume_button = QPushButton(QCoreApplication.translate("BatchWindow", "Resume"),
                                         self)
        self.resume_button.setObjectName("batchResume")
        self.cancel_button = QPushButton(QCoreApplication.translate("BatchWindow", "Cancel"),
                                         self)
        self.cancel_button.setObjectName("batchCancel")
        self.export = ExportMenu(self, services.bridge, lambda: self.session.journal,
                                 self.model.shorts, report=self._report)
        self.progress = ProgressLine(self)
        self.message = InlineMessage(self)
        self.message.setObjectName("batchMessage")
        self.report_entry = BatchReportEntry(self.export.menu, self, services.bridge, spec,
                                             self.journal_path, self.message)
        self.results = ResultsView(self.model, self)
        self.notice = UnfinishedNotice(self)
        self.summary = SummaryPanel(self)
        self._build()
        self._connect()
        self.set_snapshot(self.snapshot)
        self._update_buttons()
        self._update_title()

    # ------------------------------------------------------------------- layout
    def _build(self) -> None:
        heading = QCoreApplication.translate("BatchWindow", "Batch")
        title = QLabel(f"<b style='font-size:14pt'>{html.escape(heading)}</b> &nbsp; "
                       f"{html.escape(catalog_text(self.spec.title))}", self)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label, 1)
        form_row.addWidget(self.take_form_button, 0, Qt.AlignmentFlag.AlignTop)
        source_box = QGroupBox(QCoreApplication.translate("BatchWindow", "Inputs"), self)
        QVBoxLayout(source_box).addWidget(self.sources)
        targets_box = QGroupBox(QCoreApplication.translate("BatchWindow", "Models"), self)
        QVBoxLayout(targets_box).addWidget(self.targets)
        setup = QWidget(self)
        setup_row = QHBoxLayout(setup)
        setup_row.setContentsMargins(0, 0, 0, 0)
        setup_row.addWidget(source_box, 1)
        setup_row.addWidget(targets_box, 1)
        actions = QHBoxLayout()
        for button in (self.run_button, self.pause_button, self.resume_button,
                       self.cancel_button):
            actions.addWidget(button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.export.button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.message)
        lower_layout.addWidget(_split(Qt.Orientation.Horizontal, [self.results, self.summary],
                                      [960, 300], self, stretch=0), 1)
        body_split = _split(Qt.Orientation.Vertical, [setup, lower], [300, 560], self, stretch=1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addLayout(form_row)
        layout.addWidget(body_split, 1)
        self.setCentralWidget(body)

    def _connect(self) -> None:
        self.take_form_button.clicked.connect(self.take_page_form)
        self.run_button.clicked.connect(lambda: self._tasks.start(self._start()))
        self.pause_button.clicked.connect(self.session.pause)
        self.resume_button.clicked.connect(self.session.resume)
        self.cancel_button.clicked.connect(self.session.cancel)
        self.session.outcomes.connect(self._read_outcomes)
        self.reader.read.connect(self._show_read)
        self.session.progress.connect(self._show_progress)
        self.session.state_changed.connect(lambda _state: self._update_buttons())
        self.session.state_changed.connect(lambda _state: self._flush_summary(
            reading=self.reader.busy()))
        self.session.failed.connect(lambda text: self.message.show_message(text, Level.ERROR))

    # --------------------------------------------------------------------- form
    def set_snapshot(self, snapshot: FormSnapshot) -> None:
        self.snapshot = snapshot
        text = summary(self.spec, snapshot)
        self.form_label.setText(QCoreApplication.translate(
            "BatchWindow", "Every input gets: {summary}").format(summary=text))
        self.form_label.setToolTip(text)

    def take_page_form(self) -> None:
        if self.page is not None:
            self.set_snapshot(snapshot_of(self.page))

    # ------------------------------------------------------------------ running
    async def start(self) -> BatchJournal | None:
        """Read the inputs, write a new batch file, run it. None if nothing was started
        (the message says why)."""
        if self.session.is_active():
            return None
        self.message.clear_message()
        self.run_button.setEnabled(False)
        try:
            common = {k: v for k, v in self.snapshot.values.items() if v not in (None, "", [])}
            inputs = await self.sources.read_inputs(common)
            if not inputs:
                raise SourceError(QCoreApplication.translate(
                    "BatchWindow", "The source has no inputs."))
            plan = self._plan(inputs)
            folder = self._folder
            path = await self._services.bridge.run(
                lambda: new_batch_path(self.spec.id, folder))
            journal = await self.session.create(plan, path)
        except SourceError:
            self._update_buttons()  # the source says why, under it
            return None
        except (BatchFileError, OSError) as error:  # the batches folder cannot be made
            self.message.show_message(str(error), Level.ERROR)
            self._update_buttons()
            return None
        self._show_plan(journal)
        for target in plan.targets:
            self._services.recent_models.add(self.spec.id, target.model)
        self.session.run()
        return journal

    async def _start(self) -> None:
        await self.start()

    def _plan(self, inputs: Sequence[BatchInput]) -> BatchPlan:
        return BatchPlan(task_id=self.spec.id, inputs=list(inputs),
                         targets=self.targets.targets(),
                         parameters=dict(self.snapshot.parameters),
                         options=dict(self.snapshot.options),
                         concurrency_per_host=self.targets.concurrency_per_host())

    def _show_plan(self, journal: BatchJournal) -> None:
        self._shown = journal
        plan = journal.plan
        self.model.set_plan(plan.inputs, plan.targets)
        self.reader.set_plan(self.spec, plan, lambda ref: journal.blob(ref).data)
        self._update_title()
        self._tasks.start(load_thumbnails(self._services.bridge, plan.inputs,
                                          self.model.set_thumbnails))

    async def open_file(self, path: Path) -> BatchJournal | None:
        """Show a batch file (its finished cells; Resume runs the rest). None if it cannot
        be read (the message says why)."""
        try:
            journal = await self.session.open(path)
        except BatchFileError as error:
            self.message.show_message(str(error), Level.ERROR)
            return None
        return journal

    def journal_path(self) -> Path | None:
        """The batch file on show (None before a batch): what a report is made from."""
        journal = self.session.journal
        return journal.path if journal is not None else None

    def is_running(self) -> bool:
        return self.session.is_active()

    # ------------------------------------------------------------------ showing
    def _read_outcomes(self, outcomes: list[CellOutcome]) -> None:
        journal = self.session.journal
        if journal is not None and journal is not self._shown:
            self._show_plan(journal)  # a file opened: its plan first
            self.targets.set_targets(journal.plan.targets)
        self.reader.add(outcomes)

    def _show_read(self, read: ReadCells) -> None:
        self.model.apply(read, {cell: QPixmap.fromImage(image)
                                for cell, image in read.pictures.items()})
        self.summary.show_summary(read.summary)
        self._flush_summary(reading=False)

    def _flush_summary(self, *, reading: bool) -> None:
        """The batch has stopped and its cells are read: its final figures at once."""
        if not self.session.is_active() and not reading:
            self.summary.flush()

    def is_reading(self) -> bool:
        """Whether finished cells are still being read for the table."""
        return self.reader.busy()

    def _show_progress(self, progress: BatchProgress) -> None:
        self.progress.show_progress(progress)

    def _update_buttons(self) -> None:
        state = self.session.state
        active = state in (State.RUNNING, State.PAUSED)
        self.run_button.setEnabled(not active)
        self.pause_button.setEnabled(state is State.RUNNING)
        self.resume_button.setEnabled(state in (State.PAUSED, State.STOPPED))
        self.cancel_button.setEnabled(active)
        self.sources.setEnabled(not active)
        self.targets.set_editable(not active)
        self.take_form_button.setEnabled(not active and self.page is not None)
        self.export.set_available(self.session.journal is not None)

    def _update_title(self) -> None:
        title = QCoreApplication.translate("BatchWindow", "Batch — {task}").format(
            task=catalog_text(self.spec.title))
        path = self.journal_path()
        self.setWindowTitle(f"{title} — {path.name}" if path is not None else title)

    def _report(self, text: str, level: Level = Level.OK) -> None:
        self.message.show_message(text, level)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.cancel()
        self.sources.close_tasks()
        super().closeEvent(event)
        self.closed.emit(self)


def _split(orientation: Qt.Orientation, widgets: Sequence[QWidget], sizes: list[int],
           parent: QWidget, *, stretch: int) -> QSplitter:
    """A splitter of ``widgets`` (``widgets[stretch]`` takes the room), none collapsible."""
    splitter = QSplitter(orientation, parent)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setStretchFactor(stretch, 1)
    splitter.setSizes(sizes)
    splitter.setChildrenCollapsible(False)
    return splitter
