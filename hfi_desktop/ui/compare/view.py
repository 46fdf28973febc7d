"""A comparison: the same inputs sent to 2 to 6 models at once, one column per model (or
the same model on several providers), each column with its own provider.

The view holds the task's spec and a snapshot of the page's form (inputs, parameters,
options); "Run all" builds one request per column from it, with the column's model and
provider, and starts every column at once (each column's run goes through the bridge on its
own: concurrently, and a failure stays in its column). When columns finish, their results
are compared with the reference column's in a worker (``present.compare``) and the marks are
put on the viewers; the fastest and the cheapest column are marked in their stats lines.
"""

from __future__ import annotations

import asyncio
import dataclasses
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CallRequest, FormError, TaskSpec
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.catalog.served import provider_task
from hfi_desktop.hub import is_url
from hfi_desktop.present import Prepared, ResultContext
from hfi_desktop.present.compare import Comparison, compare_results
from hfi_desktop.present.error_messages import error_text
from hfi_desktop.runs import Run, RunState
from hfi_desktop.storage.comparison_file import (
    SUFFIX,
    ComparisonDocument,
    ComparisonFileError,
    FormSnapshot,
    SavedColumn,
    write_comparison,
)
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.export import ResultSaver
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.run_controller import make_run, request_for
from hfi_desktop.ui.run_driver import prepare_outcome
from hfi_desktop.ui.shortcuts import COMPARISON, declare
from hfi_desktop.ui.viewers import ImageView
from hfi_desktop.ui.viewers.marks import EXTRA_COLOUR, MISSED_COLOUR
from hfi_desktop.ui.viewers.text import DIFF_COLOURS
from hfi_desktop.ui.viewers.theme import tint

from .by_provider import FILL_TIP, NotAcrossProviders, badges, serving
from .column import ModelColumn
from .column_code import install_column_code
from .form_summary import FormSummary
from .marks import show_compared
from .report import save_comparison_report
from .snapshot import form_for, page_provider, short_name, snapshot_of
from .sync import ViewSync

if TYPE_CHECKING:
    from collections.abc import Coroutine, Sequence

    from hfi_desktop.ui.page_api import PageApi, PageForm
    from hfi_desktop.ui.services import Services

MIN_COLUMNS = 2
MAX_COLUMNS = 6
RUN_ALL = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Run every column")), "Ctrl+Return",
                  "Ctrl+Enter",
                  where=COMPARISON)
CANCEL_ALL = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Cancel every column's call")),
                     Qt.Key.Key_Escape,
                     where=COMPARISON)
SAVE_COMPARISON = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Save the comparison")),
                          QKeySequence.StandardKey.Save, where=COMPARISON)
IMAGE_KINDS = frozenset({OutputKind.DETECTION, OutputKind.SEGMENTATION, OutputKind.IMAGE,
                         OutputKind.DOC_ANSWER, OutputKind.RAW})
TEXT_KINDS = frozenset({OutputKind.TEXT, OutputKind.TEXT_STREAM})
NO_REFERENCE = str(QT_TRANSLATE_NOOP("ComparisonView",
                                     "The reference ({}) has no result to compare with."))
LABEL_KINDS = frozenset({OutputKind.LABELS, OutputKind.ZERO_SHOT, OutputKind.FILL_MASK,
                         OutputKind.SIMILARITY})


class ComparisonView(QMainWindow):
    """A window: the form's summary, Run all / Cancel all / + Add model, the comparison
    options, Save… / Save all…, and the columns side by side (resizable, scrolling
    sideways when they do not fit). A QMainWindow, so screen readers see a window with
    its title (a plain QWidget window is a mere "filler" to them)."""

    closed = Signal(object)  # ComparisonView

    def __init__(self, spec: TaskSpec, services: Services, snapshot: FormSnapshot,
                 models: Sequence[str] = ("", ""), *, page: PageApi | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("comparisonView")
        self.resize(1400, 860)
        self.spec = spec
        self.page = page
        self.snapshot = snapshot
        self.path: Path | None = None
        self.columns: list[ModelColumn] = []
        self._services = services
        self._reference: ModelColumn | None = None
        self._compare_task: asyncio.Task[None] | None = None
        self._no_reference_text = ""
        self._tasks: set[asyncio.Task[object]] = set()  # saves and dialogs in progress
        self._sync = ViewSync(self)

        self.form_summary = FormSummary(spec, has_page=page is not None, parent=self)
        self.form_label = self.form_summary.label
        self.take_form_button = self.form_summary.button
        self.add_button = QPushButton(QCoreApplication.translate("ComparisonView", "+ Add model"),
                                      self)
        self.same_model_button = QPushButton(QCoreApplication.translate(
            "ComparisonView", "Same model, other providers"), self)
        self.same_model_button.setToolTip(
            QCoreApplication.translate("CompareByProvider", FILL_TIP).format(MAX_COLUMNS))
        self.same_model_button.setVisible(provider_task(spec) is not None)
        self.run_button = QPushButton(QCoreApplication.translate("ComparisonView", "Run all"), self)
        self.run_button.setToolTip(
            QCoreApplication.translate("ComparisonView",
                                       "Send the same request to every model at once (Ctrl+Enter)"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("ComparisonView",
                                                                    "Cancel all"), self)
        self.diff_box = QCheckBox(QCoreApplication.translate("ComparisonView",
                                                             "Highlight differences"), self)
        self.diff_box.setChecked(True)
        self.diff_box.setToolTip(QCoreApplication.translate(
            "ComparisonView", "Compare every model with the reference column"))
        self.sync_box = QCheckBox(QCoreApplication.translate("ComparisonView",
                                                             "Same zoom and position"), self)
        self.sync_box.setChecked(True)
        self.sync_box.setVisible(spec.output in IMAGE_KINDS)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.save_button = QPushButton(QCoreApplication.translate("ComparisonView", "Save…"), self)
        self.save_button.setToolTip(
            QCoreApplication.translate("ComparisonView",
                    "Save the comparison as a {suffix} file (Ctrl+S)").format(suffix=SUFFIX))
        self.save_all_button = QPushButton(QCoreApplication.translate("ComparisonView",
                                                                      "Save all…"), self)
        self.save_all_button.setToolTip(QCoreApplication.translate(
            "ComparisonView", "Save every model's result into a folder"))
        self.report_button = QPushButton(QCoreApplication.translate("ComparisonView",
                                                                    "Save report…"), self)
        self.report_button.setToolTip(QCoreApplication.translate(
            "ComparisonView", "Save a report to share: HTML (one file) or Markdown"))
        self.message = InlineMessage(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        self.saver = ResultSaver(self, services.bridge, self._reference_run,
                                 items=self.finished_runs,
                                 report=lambda text: self.message.show_message(text))
        self._build()
        self.set_snapshot(snapshot)
        for model in list(models)[:MAX_COLUMNS] or ["", ""]:
            self.add_column(model)
        while len(self.columns) < MIN_COLUMNS:
            self.add_column("")
        self._update_title()

    def _build(self) -> None:
        heading = QCoreApplication.translate("ComparisonView", "Compare models")
        title = QLabel(f"<b style='font-size:14pt'>{html.escape(heading)}</b> &nbsp; "
                       f"{html.escape(catalog_text(self.spec.title))}", self)
        actions = QHBoxLayout()
        for widget in (self.run_button, self.cancel_button, self.add_button,
                       self.same_model_button):
            actions.addWidget(widget)
        actions.addSpacing(16)
        actions.addWidget(self.diff_box)
        actions.addWidget(self.sync_box)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.save_all_button)
        actions.addWidget(self.report_button)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.splitter)
        self.columns_area = scroll
        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.setSpacing(6)
        top.addWidget(title)
        top.addWidget(self.form_summary)
        top.addLayout(actions)
        top.addWidget(self.legend)  # a line of its own: the actions fit 1024 px
        top.addWidget(self.message)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setCentralWidget(body)

        self.take_form_button.clicked.connect(self.take_page_form)
        self.add_button.clicked.connect(lambda: self.add_column(""))
        self.same_model_button.clicked.connect(
            lambda: self._start(self.same_model_other_providers(), "same model"))
        self.run_button.clicked.connect(self.run_all)
        self.cancel_button.clicked.connect(self.cancel_all)
        self.diff_box.toggled.connect(lambda _on: self._compare_later())
        self.sync_box.toggled.connect(self._sync_toggled)
        self.save_button.clicked.connect(lambda: self._start(self._save_dialog(), "save"))
        self.save_all_button.clicked.connect(self.saver.save_all)
        self.report_button.clicked.connect(
            lambda: self._start(save_comparison_report(self, self._services.bridge), "report"))
        RUN_ALL.install(self, self.run_all)
        CANCEL_ALL.install(self, self.cancel_all)
        SAVE_COMPARISON.install(self, lambda: self._start(self._save_dialog(), "save"))

    # ------------------------------------------------------------------ form
    def set_snapshot(self, snapshot: FormSnapshot) -> None:
        self.snapshot = snapshot
        self.form_summary.show_snapshot(snapshot)

    def take_page_form(self) -> None:
        """The page's current form becomes the one every model gets (at the next run)."""
        if self.page is not None:
            self.set_snapshot(snapshot_of(self.page))
            self.message.show_message(
                QCoreApplication.translate(
                    "ComparisonView", "The page's form will be sent at the next run."), Level.INFO)

    # --------------------------------------------------------------- columns
    def add_column(self, model: str = "") -> ModelColumn | None:
        """A new column at the right (None at the maximum of six); its provider is the
        page's choice."""
        if len(self.columns) >= MAX_COLUMNS:
            return None
        column = ModelColumn(self.spec, self._services, model, self.splitter)
        if self.page is not None and not is_url(self.page.form().model):
            column.set_provider(page_provider(self.page))
        column.copy_as_code = install_column_code(
            column, self._services, lambda: self._column_request(column),
            lambda text: self.message.show_message(text, Level.INFO))
        column.run_requested.connect(self.run_column)
        column.move_requested.connect(self.move_column)
        column.remove_requested.connect(self.remove_column)
        column.reference_chosen.connect(self.set_reference)
        column.model_edited.connect(lambda _c: self._compare_later())
        column.started.connect(lambda _c: self._update_buttons())
        column.finished.connect(self._column_finished)
        column.stats_changed.connect(lambda _c: self._show_badges())
        self.splitter.addWidget(column)
        self.columns.append(column)
        if self._reference is None:
            self._reference = column
        self._layout_columns()
        return column

    def remove_column(self, column: ModelColumn) -> None:
        """Remove a column (never below two); its run is cancelled."""
        if column not in self.columns or len(self.columns) <= MIN_COLUMNS:
            return
        column.cancel()
        self.columns.remove(column)
        column.hide()
        column.setParent(self)  # out of the splitter; deleted once its run has ended
        task = column.task
        if task is not None and not task.done():
            task.add_done_callback(lambda _task: column.deleteLater())
        else:
            column.deleteLater()
        if self._reference is column:
            self._reference = self.columns[0]
        self._layout_columns()
        self._compare_later()

    def move_column(self, column: ModelColumn, delta: int) -> None:
        """Move a column ``delta`` places (-1 left, +1 right)."""
        index = self.columns.index(column)
        target = min(max(index + delta, 0), len(self.columns) - 1)
        if target == index:
            return
        self.columns.insert(target, self.columns.pop(index))
        self.splitter.insertWidget(target, column)
        self._layout_columns()
        self._compare_later()

    def set_reference(self, column: ModelColumn) -> None:
        """The column the others are compared with."""
        if column in self.columns:
            self._reference = column
            self._layout_columns()
            self._compare_later()

    @property
    def reference(self) -> ModelColumn | None:
        return self._reference

    def _layout_columns(self) -> None:
        count = len(self.columns)
        for index, column in enumerate(self.columns):
            column.set_position(index, count, removable=count > MIN_COLUMNS)
            column.set_reference(column is self._reference)
        self.add_button.setEnabled(count < MAX_COLUMNS)
        self.add_button.setToolTip(
            QCoreApplication.translate("ComparisonView",
                                       "Add a model to compare") if count < MAX_COLUMNS
            else QCoreApplication.translate("ComparisonView", "At most {count} models").format(
                    count=MAX_COLUMNS))
        self.splitter.setSizes([1000] * count)  # equal widths
        self._update_buttons()
        self._show_badges()

    def _show_badges(self) -> None:
        """Mark the fastest and the cheapest column."""
        for column, marks in zip(self.columns, badges(self.columns), strict=True):
            column.stats.set_badges(marks)

    async def same_model_other_providers(self) -> bool:
        """Fill the columns with the reference's model on each provider that serves it
        (live ones first, at most six); False, with a message saying why, if it cannot be."""
        reference = self._reference if self._reference in self.columns else self.columns[0]
        try:
            model, providers = await serving(self._services, self.spec, reference,
                                             MAX_COLUMNS)
        except NotAcrossProviders as why:
            if isValid(self):
                self.message.show_message(str(why), Level.INFO)
            return False
        if not isValid(self):
            return False
        while len(self.columns) < len(providers):
            self.add_column("")
        for column in list(self.columns[len(providers):]):
            self.remove_column(column)
        for column, provider in zip(self.columns, providers, strict=True):
            column.set_model(model)
            column.set_provider(provider)
        self.set_reference(self.columns[0])
        names = ", ".join(column.provider_picker.choice_title() for column in self.columns)
        self.message.show_message(QCoreApplication.translate(
            "ComparisonView",
            "{model} on {count} providers: {names}. Run all to compare them.").format(
            model=model, count=len(providers), names=names), Level.INFO)
        return True

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.cancel_button.setEnabled(running)

    # ---------------------------------------------------------------- running
    def is_running(self) -> bool:
        return any(column.is_running() for column in self.columns)

    def running_tasks(self) -> set[asyncio.Task[Any]]:
        """The runs, comparison and saves still in progress."""
        tasks: set[asyncio.Task[Any]] = {t for t in self._tasks if not t.done()}
        tasks |= {c.task for c in self.columns if c.task is not None and not c.task.done()}
        if self._compare_task is not None and not self._compare_task.done():
            tasks.add(self._compare_task)
        return tasks

    def run_all(self) -> list[asyncio.Task[None]]:
        """Send the form to every model at once; a model that is not valid is not sent
        (its column says why). A bad form sends nothing."""
        self.message.clear_message()
        requests = [(column, self._request(column)) for column in self.columns]
        if self.message.message():  # the form itself is wrong: the same for every model
            return []
        return [self._start_column(column, request) for column, request in requests
                if request is not None]

    def run_column(self, column: ModelColumn) -> asyncio.Task[None] | None:
        """Run one column again, alone (a run in progress there is superseded)."""
        self.message.clear_message()
        request = self._request(column)
        return self._start_column(column, request) if request is not None else None

    def cancel_all(self) -> None:
        for column in self.columns:
            column.cancel()

    def _column_request(self, column: ModelColumn) -> CallRequest:
        """The request ``column`` sends (raises FormError)."""
        return request_for(self.spec, _form(column, self.snapshot))

    def _request(self, column: ModelColumn) -> CallRequest | None:
        if not column.check_model():
            return None
        try:
            return self._column_request(column)
        except FormError as error:
            if error.field == "model":
                column.show_model_error(error.message)
            else:
                text = (QCoreApplication.translate(
                    "ComparisonView", "Not sent: {why} — fix it on the page, then “Use the "
                    "page's form”.") if self.page is not None
                    else QCoreApplication.translate("ComparisonView", "Not sent: {why}"))
                self.message.show_message(text.format(why=error.message), Level.ERROR)
            return None

    def _start_column(self, column: ModelColumn, request: CallRequest) -> asyncio.Task[None]:
        snapshot = self.snapshot
        if column.model_text():
            self._services.recent_models.add(self.spec.id, column.model_text())
            for each in self.columns:
                each.update_recent()
        task = column.start(make_run(self.spec, request, _form(column, snapshot)))
        task.add_done_callback(lambda _task: self._update_buttons() if isValid(self) else None)
        self._update_buttons()
        return task

    def _column_finished(self, _column: ModelColumn) -> None:
        self._update_buttons()
        self._show_badges()
        self._compare_later()

    # ------------------------------------------------------------- comparing
    def _compare_later(self) -> None:
        """Compare the finished results again (a comparison in progress is superseded)."""
        if self._compare_task is not None and not self._compare_task.done():
            self._compare_task.cancel()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs (a test between two runs): nothing ran either
            self._compare_task = None
            return
        self._compare_task = create_task(self._compare(), name="compare results")

    def comparing(self) -> bool:
        return self._compare_task is not None and not self._compare_task.done()

    async def _compare(self) -> None:
        columns = list(self.columns)
        prepared = [column.prepared for column in columns]
        reference = self._reference if self._reference in columns else columns[0]
        ref_index = columns.index(reference)
        on = self.diff_box.isChecked()
        comparisons: list[Comparison | None] = [None] * len(columns)
        if on and sum(p is not None for p in prepared) > 1:
            comparisons = await self._services.bridge.run(
                lambda: compare_results(prepared, ref_index))
        if columns != self.columns or any(c.prepared is not p
                                          for c, p in zip(columns, prepared, strict=True)):
            return  # changed meanwhile: a newer comparison is on its way
        names = column_names(columns)
        ref_result = prepared[ref_index]
        for column, result, comparison in zip(columns, prepared, comparisons, strict=True):
            if result is None:
                continue
            column.set_note(show_compared(column.panel.viewer, result, comparison,
                                          reference=ref_result, names=names,
                                          reference_index=ref_index))
        self._show_legend(on)
        no_reference = on and ref_result is None and any(p is not None for p in prepared) \
            and not reference.is_running()
        if no_reference:
            self.message.show_message(QCoreApplication.translate(
                "ComparisonView", NO_REFERENCE).format(ref_index + 1),
                                      Level.INFO)
        elif self.message.message() == self._no_reference_text:
            self.message.clear_message()
        self._no_reference_text = self.message.message() if no_reference else ""
        self._sync_views()

    def _show_legend(self, on: bool) -> None:
        kind = self.spec.output
        if not on:
            text = ""
        elif kind in TEXT_KINDS:
            palette = self.palette()
            words = (("insert", QCoreApplication.translate("ComparisonView", "added")),
                     ("replace", QCoreApplication.translate("ComparisonView", "changed")))
            text = " ".join(
                f"<span style='background:{tint(DIFF_COLOURS[op], palette, 0.3).name()}'>"
                f"&nbsp;{word}&nbsp;</span>" for op, word in words)
            removed = QCoreApplication.translate("ComparisonView", "removed")
            text += f" <s style='color:{DIFF_COLOURS['delete']}'>{removed}</s>"
            text += QCoreApplication.translate("ComparisonView",
                                               " · against the reference (framed)")
        elif kind in LABEL_KINDS:
            text = QCoreApplication.translate(
                "ComparisonView",
                "Rows in the reference's order (framed); — : not returned by that model")
        elif kind in (OutputKind.DETECTION, OutputKind.ENTITIES):
            only = (QCoreApplication.translate("ComparisonView", "dashed: only this model")
                    if kind is OutputKind.DETECTION
                    else QCoreApplication.translate("ComparisonView", "wavy: only this model"))
            missed = QCoreApplication.translate("ComparisonView", "dotted: not found by this model")
            text = (f"<span style='color:{EXTRA_COLOUR}'>{only}</span> · "
                    f"<span style='color:{MISSED_COLOUR}'>{missed}</span>")
        else:
            text = ""
        self.legend.setText(text)
        self.legend.setVisible(bool(text))

    # ---------------------------------------------------------------- images
    def image_views(self) -> list[ImageView]:
        views: list[ImageView] = []
        for column in self.columns:
            viewer = column.panel.viewer
            if viewer is not None:
                views.extend(v for v in viewer.findChildren(ImageView) if v.has_image())
        return views

    def _sync_views(self) -> None:
        self._sync.set_views(self.image_views())
        self._sync.enabled = self.sync_box.isChecked()

    def _sync_toggled(self, on: bool) -> None:
        self._sync.enabled = on
        views = self._sync.views()
        if on and views:
            self._sync.follow(views[0])

    # ------------------------------------------------------------ save/open
    def document(self) -> ComparisonDocument:
        """What Save writes: the form, each column's model and outcome, the reference."""
        reference = self.columns.index(self._reference) if self._reference in self.columns \
            else 0
        return ComparisonDocument(
            task_id=self.spec.id, form=self.snapshot,
            columns=[column.saved() for column in self.columns],
            reference=reference, show_differences=self.diff_box.isChecked())

    async def save_to(self, path: str | Path) -> Path | None:
        """Save the comparison (``.hficompare`` added if missing); None if it failed (the
        message says why)."""
        target = Path(path)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        document = self.document()
        try:
            written = await self._services.bridge.run(
                lambda: write_comparison(target, document))
        except ComparisonFileError as error:
            self.message.show_message(str(error), Level.ERROR)
            return None
        self.path = written
        self._update_title()
        self.message.show_message(QCoreApplication.translate(
            "ComparisonView", "Saved as {name}").format(name=written.name),
                                  Level.OK)
        return written

    async def restore(self, document: ComparisonDocument) -> None:
        """Show a saved comparison: its form, models and outcomes, without running."""
        self.set_snapshot(document.form)
        while len(self.columns) < min(len(document.columns), MAX_COLUMNS):
            self.add_column("")
        for column in list(self.columns[len(document.columns):]):
            self.remove_column(column)
        for column, saved in zip(self.columns, document.columns, strict=False):
            column.set_model(saved.model)
            column.set_provider(saved.provider)  # none saved (an older file): the 2023 call
        if 0 <= document.reference < len(self.columns):
            self._reference = self.columns[document.reference]
        self.diff_box.blockSignals(True)
        self.diff_box.setChecked(document.show_differences)
        self.diff_box.blockSignals(False)
        self._layout_columns()
        await asyncio.gather(*(self._restore_column(column, saved) for column, saved
                               in zip(self.columns, document.columns, strict=False)))
        self._compare_later()

    async def _restore_column(self, column: ModelColumn, saved: SavedColumn) -> None:
        if saved.state is None:
            return
        try:
            request = self._column_request(column)
        except FormError as error:
            column.show_model_error(error.message)
            return
        run = make_run(self.spec, request, _form(column, self.snapshot),
                       started_at=saved.started_at or 0.0, state=saved.state,
                       elapsed_s=saved.elapsed_s, response=saved.response,
                       result=saved.result, text=saved.text, error_text=saved.error)
        if self.spec.streaming and isinstance(saved.result, list):
            run.events = list(saved.result)
        if saved.state is RunState.DONE:
            kind = OutputKind.TEXT_STREAM if self.spec.streaming else self.spec.output
            try:
                run.prepared = await prepare_outcome(
                    self._services.bridge, kind, saved.result,
                    lambda: ResultContext.from_call(request.kwargs))
            except Exception as error:  # shown in the column, like a failed run
                saved = dataclasses.replace(saved, error=error_text(error))
                run.error_text = saved.error
        column.restore(run, saved)

    def _update_title(self) -> None:
        title = QCoreApplication.translate("ComparisonView", "Compare models — {task}").format(
                task=catalog_text(self.spec.title))
        self.setWindowTitle(f"{title} — {self.path.name}" if self.path is not None else title)

    def _start(self, coro: Coroutine[Any, Any, object], name: str) -> None:
        task = create_task(coro, name=f"comparison: {name}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _save_dialog(self) -> Path | None:
        start = str(self.path or Path.home() / f"{self.spec.id}{SUFFIX}")
        path = await ask_path(self, QCoreApplication.translate("ComparisonView",
                                                               "Save comparison"), start, save=True)
        return await self.save_to(path) if path is not None else None

    def _reference_run(self) -> Run | None:
        column = self._reference
        run = column.run if column is not None else None
        return run if run is not None and run.finished else None

    def finished_runs(self) -> list[Run]:
        """The columns' finished runs, left to right (what Save all saves)."""
        return [column.run for column in self.columns
                if column.run is not None and column.run.finished]

    def prepared_results(self) -> list[Prepared | None]:
        return [column.prepared for column in self.columns]

    def short_names(self) -> list[str]:
        """The columns' names in notes and marks (:func:`column_names`)."""
        return column_names(self.columns)

    # ------------------------------------------------------------------ close
    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_all()
        if self._compare_task is not None:
            self._compare_task.cancel()
        super().closeEvent(event)
        self.closed.emit(self)


def column_names(columns: Sequence[ModelColumn]) -> list[str]:
    """The columns' names in notes and marks: the model's short name, and its provider where
    several columns have the same model ("llm-7b on together")."""
    names = [short_name(column.effective_model()) for column in columns]
    return [QCoreApplication.translate("ComparisonView", "{model} on {provider}").format(
        model=name, provider=column.provider_picker.choice_title()) if names.count(name) > 1
        else name for name, column in zip(names, columns, strict=True)]


def _form(column: ModelColumn, snapshot: FormSnapshot) -> PageForm:
    """The comparison's form, sent to ``column``'s model through its provider."""
    return form_for(snapshot, column.effective_model(), column.provider())


async def ask_path(parent: QWidget, title: str, start: str, *, save: bool) -> Path | None:
    """A .hficompare file chosen in a file dialog opened with ``open()`` (never ``exec()``:
    other tasks keep running); None if cancelled."""
    dialog = QFileDialog(parent, title, start,
                         QCoreApplication.translate(
                             "ComparisonView", "Comparisons (*{suffix})").format(suffix=SUFFIX))
    dialog.setObjectName("comparisonFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                       else QFileDialog.FileMode.ExistingFile)
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    chosen = await await_path(dialog)
    return chosen.path if chosen is not None else None
