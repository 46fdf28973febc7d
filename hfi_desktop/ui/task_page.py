"""One task's page: model, generated form, parameters, options, Run/Cancel, the result.

Data flows one way: the form's values → catalog.build_request → bridge (worker thread) →
client → result → present.prepare (worker thread) → the result panel's viewer. A
RunController (ui/run_controller.py) owns the run's lifecycle; the features installed here
(export, Copy as code, history restore, comparisons) see the page as a ``PageApi``
(ui/page_api.py), not as this class.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CallRequest, FormError, TaskSpec
from hfi_desktop.catalog.model import Example, InputKind, OutputKind
from hfi_desktop.resources import resource_path
from hfi_desktop.runs import Run, RunState
from hfi_desktop.ui.accessible import name_after_labels
from hfi_desktop.ui.code_snippets import install_copy_as_code
from hfi_desktop.ui.collapsible import CollapsibleSection
from hfi_desktop.ui.export import install_export
from hfi_desktop.ui.form_area import FormScrollArea
from hfi_desktop.ui.history.restore import restore_record
from hfi_desktop.ui.i18n import catalog_text, form_error_text, translate
from hfi_desktop.ui.input_summary import input_summary
from hfi_desktop.ui.inputs import InputWidget, input_for
from hfi_desktop.ui.inputs._style import css, muted_text
from hfi_desktop.ui.inputs.flow_layout import FlowLayout
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.model_field import ModelField
from hfi_desktop.ui.model_search import ModelExamplesRow, ModelSearchContext
from hfi_desktop.ui.options_form import OptionsForm
from hfi_desktop.ui.page_api import PageForm
from hfi_desktop.ui.parameters import ParametersForm
from hfi_desktop.ui.providers import PageProviders, ProviderContext, choice_of
from hfi_desktop.ui.result_freshness import OUTDATED_TEXT, OUTDATED_TITLE, ResultFreshness
from hfi_desktop.ui.run_controller import RunController, make_run, request_for
from hfi_desktop.ui.run_driver import RunHooks
from hfi_desktop.ui.run_status import RunStatus
from hfi_desktop.ui.shortcuts import TASK_PAGE, declare
from hfi_desktop.ui.task_icons import TaskIconLabel
from hfi_desktop.ui.viewers import ResultPanel

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Mapping, Sequence

    from hfi_desktop.storage.records import RunRecord
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)

RUN = declare("Run the model", "Ctrl+Return", "Ctrl+Enter", where=TASK_PAGE)
CANCEL = declare("Cancel the call in flight", Qt.Key.Key_Escape, where=TASK_PAGE)

FILE_KINDS = (InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE)
SPLIT_UNIT = 1000  # the splitter's sizes are weights until it is laid out
EXAMPLE_CHIP_STYLE = (
    "QPushButton#exampleChip { border: 1px solid palette(mid); border-radius: 11px;"
    " padding: 3px 12px; background: palette(base); }"
    "QPushButton#exampleChip:hover { border-color: palette(highlight); }"
)


class TaskPage(QWidget):
    """A task's page (a ``PageApi``). Signals, for the features that follow runs (history,
    export, compare): ``run_started(Run)``; ``stream_progress(Run)`` after each batch of
    streamed text; ``run_completed(Run)`` with the finished run; ``run_finished(state)``
    with "done", "error" or "cancelled"; ``task_offered(task_id, Run)`` when the user takes
    the offer of another task's page (the run's model answers like that task's)."""

    run_started = Signal(object)
    stream_progress = Signal(object)
    run_completed = Signal(object)
    run_finished = Signal(str)
    #: A past run (history) is on show; ``last_run`` is it (not emitted for new runs).
    record_shown = Signal(object)
    #: An input, the model, a parameter or an option changed.
    form_changed = Signal()
    #: (bool) The result on show started or stopped matching the form (result_freshness).
    result_outdated_changed = Signal(bool)
    task_offered = Signal(str, object)

    def __init__(self, spec: TaskSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._services = services
        self._last_run: Run | None = None
        self.setObjectName(f"page:{spec.id}")

        self.model_field = ModelField(spec.default_model, self,
                                      search=ModelSearchContext.for_task(services, spec))
        self.model_field.set_recent(services.recent_models.get(spec.id))
        # The chosen model's own examples (its card's), beside the task's.
        self.model_examples = ModelExamplesRow(self.fill_example, self.model_field.search, self)
        self.model_field.examples_found.connect(self.set_model_examples)
        self.model_message = InlineMessage(self)
        # The provider picker beside the field, the note when the model will not run.
        self.providers = PageProviders(spec, ProviderContext.for_services(services),
                                       self.model_field, self)
        self.provider_picker = self.providers.picker
        self.inputs: dict[str, InputWidget] = {}
        self.parameters = ParametersForm(spec.parameters, self)
        self.options = OptionsForm(parent=self)
        self.run_button = QPushButton(translate("TaskPage", "Run"), self)
        self.cancel_button = QPushButton(translate("TaskPage", "Cancel"), self)
        self.status = RunStatus(self)
        self.result_panel = ResultPanel(self)
        self.result_panel.set_empty_text(QCoreApplication.translate(
            "TaskPage", "Fill in the form or click an example, then press Run ({keys}): the "
            "result shows here.").format(keys=RUN.text().split(", ")[0]))
        # Actions on the result (Save as…, Copy as code, Compare…) are added here by the
        # features that own them; notices about the page (legacy), under its title.
        self.result_actions = FlowLayout(spacing=6, align_right=True)
        self.notices = QVBoxLayout()
        self.runs = RunController(services, self.result_panel, self.status, self,
                                  name=f"run {spec.id}",
                                  hooks=RunHooks(form_error=self.show_form_error,
                                                 open_task=self.task_offered.emit))
        self._build()
        self.freshness = ResultFreshness(self)  # marks a result the form no longer matches
        self.freshness.outdated_changed.connect(self._show_outdated)
        self.export = install_export(self, services)  # Save as… (Ctrl+S), Save all…, drag-out
        self.copy_as_code = install_copy_as_code(self, services)  # Python, JavaScript, curl

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        spec = self.spec
        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(12, 12, 12, 12)
        form_layout.setSpacing(10)
        form_layout.addLayout(self._header())
        form_layout.addLayout(self.notices)
        form_layout.addWidget(self._model_row())
        if spec.examples:
            form_layout.addLayout(self._examples_row())
        form_layout.addWidget(self.model_examples)
        for field in spec.inputs:
            widget = input_for(field, form, loaders=self._services.loaders)
            self.inputs[field.key] = widget
            widget.changed.connect(self.form_changed)
            label = catalog_text(field.label)
            if not field.required:
                label = translate("TaskPage", "{label} (optional)").format(label=label)
            form_layout.addWidget(self._labelled(label, widget))
        params = CollapsibleSection(
            translate("TaskPage", "Parameters ({count})").format(count=len(spec.parameters)),
            self.parameters, parent=form)
        params.setVisible(bool(spec.parameters))
        form_layout.addWidget(params)
        form_layout.addWidget(CollapsibleSection(translate("TaskPage", "Options"), self.options,
                                                 parent=form))
        form_layout.addStretch(1)
        name_after_labels(form)  # not the labels' rich text: the model field is "Model"

        scroll = FormScrollArea(form, self)

        self.run_button.setDefault(True)
        self.run_button.setToolTip(translate("TaskPage", "Run the model (Ctrl+Enter)"))
        self.run_button.setIcon(QIcon.fromTheme("media-playback-start"))
        self.cancel_button.setToolTip(translate("TaskPage", "Cancel the call in flight (Esc)"))
        self.cancel_button.setEnabled(False)
        run_row = QHBoxLayout()
        run_row.setContentsMargins(12, 6, 12, 10)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.status, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(run_row)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.result_actions.setContentsMargins(8, 6, 8, 0)
        right_layout.addLayout(self.result_actions)
        right_layout.addWidget(self.result_panel, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The form 4/9, the result 5/9, from the start and as the window grows; neither
        # below its minimum (the form's: its widest row, wrapped).
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([4 * SPLIT_UNIT, 5 * SPLIT_UNIT])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.runs.run_started.connect(lambda _run: self._set_running(True))
        self.runs.run_started.connect(self.run_started)
        self.runs.stream_progress.connect(self.stream_progress)
        self.runs.run_completed.connect(self._completed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        RUN.install(self, self.run, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        CANCEL.install(self, self.cancel, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model_field.model_changed.connect(lambda _text: self.model_message.clear_message())
        self.model_field.model_changed.connect(lambda _text: self.form_changed.emit())
        self.parameters.changed.connect(self.form_changed)
        self.options.changed.connect(self.form_changed)

    def _header(self) -> QHBoxLayout:
        icon = TaskIconLabel(self.spec.icon, 32, self)
        title = QLabel(f"<b style='font-size:15pt'>{catalog_text(self.spec.title)}</b>", self)
        summary = QLabel(catalog_text(self.spec.summary), self)
        summary.setWordWrap(True)
        self.input_summary = QLabel(input_summary(self.spec), self)
        self.input_summary.setObjectName("inputSummary")
        self.input_summary.setWordWrap(True)
        self.input_summary.setStyleSheet(f"color: {css(muted_text(self.palette()))};")
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(title)
        texts.addWidget(summary)
        texts.addWidget(self.input_summary)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        return row

    def _labelled(self, text: str, widget: QWidget, extra: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(f"<b>{text}</b>", box)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        if extra is not None:
            layout.addWidget(extra)
        return box

    def _model_row(self) -> QWidget:
        """"Model" over its field, with "Provider" and its picker beside it on the right
        (the field keeps the row's whole width); the field's messages under it."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(6)
        for text, widget in ((translate("TaskPage", "Model"), self.model_field),
                             (translate("TaskPage", "Provider"), self.provider_picker)):
            label = QLabel(f"<b>{text}</b>", box)
            label.setBuddy(widget)
            header.addWidget(label, 0, Qt.AlignmentFlag.AlignBottom)
            if widget is self.model_field:
                header.addStretch(1)
        header.addWidget(self.provider_picker, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)
        layout.addWidget(self.model_field)
        layout.addWidget(self.model_message)
        layout.addWidget(self.providers.note)
        return box

    def _examples_row(self) -> QHBoxLayout:
        """"Examples:" and a chip per example, the chips wrapping onto more lines."""
        chips = QWidget(self)
        flow = FlowLayout(chips, spacing=6)
        for example in self.spec.examples:
            button = QPushButton(catalog_text(example.title), chips)
            button.setObjectName("exampleChip")
            button.setStyleSheet(EXAMPLE_CHIP_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(translate("TaskPage", "Fill the form with this example"))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, e=example: self.fill_example(e))
            flow.addWidget(button)
        row = QHBoxLayout()
        row.setSpacing(6)
        label = QLabel(translate("TaskPage", "Examples:"), self)
        label.setMinimumHeight(flow.sizeHint().height())  # centred on the first line's chips
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(chips, 1)
        return row

    # -- form --------------------------------------------------------------------------------

    def fill_example(self, example: Example) -> None:
        """Fill the form (the model too, when the example names one); file inputs load the
        shipped file through their (worker) loader."""
        kinds = {field.key: field.kind for field in self.spec.inputs}
        values = {key: str(resource_path(str(value)))
                  if value is not None and kinds.get(key) in FILE_KINDS else value
                  for key, value in example.values.items()}
        self.set_form(example.model or None, values, example.parameters)

    def set_form(self, model: str | None, values: Mapping[str, Any],
                 parameters: Mapping[str, Any], options: Mapping[str, Any] | None = None,
                 *, errors: Mapping[str, str] | None = None) -> None:
        """Fill the form (an example, a past run). ``model`` None: left as it is (the
        task's default shows as an empty field); every input gets its value (missing or
        None: cleared; one it does not take: cleared, logged); ``options`` None: left as
        they are; ``errors``: a message shown under an input, left empty."""
        if model is not None:
            self.model_field.set_model("" if model == self.model_field.default_model else model)
        self.parameters.set_values(dict(parameters))
        if options is not None:
            self.options.set_values(dict(options))
            provider = options.get("provider")
            if isinstance(provider, str):  # absent: the 2023 call, or a run from before
                self.provider_picker.set_choice(choice_of(provider))
        errors = errors or {}
        for field in self.spec.inputs:
            widget = self.inputs[field.key]
            value = values.get(field.key)
            widget.clear_message()
            if value is None or field.key in errors:
                widget.clear()
                if field.key in errors:
                    widget.show_error(errors[field.key])
                continue
            try:
                widget.set_value(value)
            except (TypeError, ValueError) as error:
                log.info("%r can't be put into %s: %s", value, field.key, error)
                widget.clear()

    def form(self) -> PageForm:
        """The form as it is now (the model: the task's default when the field is empty;
        the options: the boxes, and the ``provider`` when the call goes to one)."""
        provider = self.providers.provider()
        options: dict[str, Any] = dict(self.options.values())
        if provider is not None:
            options["provider"] = provider
        return PageForm(self.model_field.effective_model(), self.values(),
                        self.parameters.values(), options)

    def set_model_examples(self, examples: Sequence[Example]) -> None:
        """Offer the chosen model's card examples (file values may be URLs: downloaded when
        used); none: the row hides."""
        self.model_examples.set_examples(examples)

    def values(self) -> dict[str, object]:
        return {key: widget.value() for key, widget in self.inputs.items()}

    def is_running(self) -> bool:
        return self.runs.is_running()

    def is_loading(self) -> bool:
        """Whether an input is still loading a file."""
        return any(_busy(widget) for widget in self.inputs.values())

    @property
    def last_run(self) -> Run | None:
        """The run on show: the latest run made, or the past run shown since."""
        return self._last_run

    def show_past_run(self, run: Run) -> None:
        """``run``, rebuilt from the history, is on show (Save as… saves it)."""
        self._last_run = run
        self.record_shown.emit(run)

    def result_outdated(self) -> bool:
        return self.freshness.is_outdated()

    def show_status(self, text: str) -> None:
        self.status.finish(text)

    def as_widget(self) -> QWidget:
        return self

    def show_record(self, record: RunRecord, *, run: bool = False) -> asyncio.Task[bool]:
        """Show a past run (history): its form, and its result; ``run``: run it again."""
        return create_task(restore_record(self, self._services, record, run=run),
                           name=f"show record {self.spec.id}")

    # -- running -----------------------------------------------------------------------------

    def run(self) -> None:
        if self.is_running():
            return
        request = self._build_request()
        if request is None:
            return
        self._services.recent_models.add(self.spec.id, self.model_field.model_id())
        self.model_field.set_recent(self._services.recent_models.get(self.spec.id))
        run = make_run(self.spec, request, self.form())
        self._last_run = run
        self.runs.start(run)

    def current_request(self) -> CallRequest:
        """The request the form describes now; raises FormError naming a bad field."""
        return request_for(self.spec, self.form())

    def cancel(self) -> None:
        self.runs.cancel()

    def _build_request(self) -> CallRequest | None:
        for widget in self.inputs.values():
            widget.clear_message()
        self.model_message.clear_message()
        try:
            return self.current_request()
        except FormError as error:
            self.show_form_error(error)
            return None

    def show_form_error(self, error: FormError) -> None:
        """Show ``error`` at its field (focused), and in the status line: not sent."""
        widget = self.inputs.get(error.field)
        if widget is not None:
            widget.show_error(form_error_text(error))
            widget.setFocus()
        elif error.field == "model":
            self.model_message.show_message(form_error_text(error), Level.ERROR)
            self.model_field.setFocus()
        else:
            field = self.parameters.fields.get(error.field.removeprefix("parameters."))
            if field is not None:
                field.setFocus()
        self.status.finish(translate("TaskPage", "Not sent: {error}").format(
            error=form_error_text(error)))

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _show_outdated(self, outdated: bool) -> None:
        self.run_button.setText(translate("TaskPage", "Run again") if outdated
                                else translate("TaskPage", "Run"))
        self.result_panel.set_outdated(outdated, translate("ResultFreshness", OUTDATED_TITLE),
                                       translate("ResultFreshness", OUTDATED_TEXT))
        self.result_outdated_changed.emit(outdated)

    def _completed(self, run: Run) -> None:
        self._set_running(False)
        if run.state is RunState.DONE and self.spec.output is OutputKind.CONVERSATION:
            self._continue_conversation(run.result)
        elif run.state is RunState.ERROR:  # a provider that serves the model, one click away
            self.providers.offer_switch(run, self.result_panel, self.run)
        self.run_completed.emit(run)
        self.run_finished.emit(run.state.value)

    def _continue_conversation(self, result: Any) -> None:
        widget = self.inputs.get("inputs")
        conversation = result.get("conversation") if isinstance(result, dict) else None
        if widget is not None and isinstance(conversation, dict):
            widget.set_value({"text": "", **conversation})


def _busy(widget: object) -> bool:
    is_busy = getattr(widget, "is_busy", None)
    return bool(is_busy()) if callable(is_busy) else False
