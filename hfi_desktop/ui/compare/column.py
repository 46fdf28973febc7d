"""One column of a comparison: a model and the provider its calls go to, its run's status
and figures (latency, tokens/s, usage, cost), and its own result panel. Its runs are made by
a RunController (ui/run_controller.py), as a page's are, and recorded in the history like a
page's (a RunRecorder follows its run_started / stream_progress / run_completed signals).

A column knows where its calls go (:meth:`ModelColumn.effective_model`,
:meth:`ModelColumn.provider`), not what they send: the comparison builds each run from them
and what every column gets (a task's form today; a conversation, later)."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import FormError, TaskSpec, normalize_model
from hfi_desktop.present.run_stats import RunStats, stream_rate, usage_of
from hfi_desktop.runs import Run, RunState
from hfi_desktop.storage.comparison_file import SavedColumn
from hfi_desktop.ui.history.run_recorder import RunRecorder
from hfi_desktop.ui.i18n import kept_error_title
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.providers import choice_of
from hfi_desktop.ui.run_controller import RunController
from hfi_desktop.ui.run_status import RunStatus
from hfi_desktop.ui.target_fields import target_fields
from hfi_desktop.ui.viewers import ResultPanel, StreamState

from .stats import StatsLine, answered_by, price_of

if TYPE_CHECKING:
    from hfi_desktop.present import Prepared
    from hfi_desktop.ui.code_snippets import CopyAsCode
    from hfi_desktop.ui.services import Services

#: At least this wide, and never narrower than its header's row needs (then the comparison
#: scrolls sideways).
MIN_WIDTH = 300
#: Narrower than this, the model field leaves out its "Open on the Hub" link.
HUB_LINK_MIN_WIDTH = 640
#: The model box's width in characters (the page's is wider; columns are narrow).
MODEL_CHARS = 12
#: The provider picker's width in characters (a longer name is elided; its list is wider).
PROVIDER_CHARS = 10


class ModelColumn(QFrame):
    """A model of the comparison and what it answered.

    The header: position, model (the page's ModelField: Hub search, recent models, named
    endpoints with their trust marks; checked as typed), its provider (the page's picker;
    the note when the model will not run there), ▶ run this one alone, ←/→ move, remove,
    "Reference" (what the others are compared with), the run's status (loading progress
    included), Copy as code (added by the comparison) and the stats line. The body: a
    ResultPanel. A new run supersedes a running one (cancelled, its outcome dropped).

    Like a TaskPage, it emits ``run_started(Run)``, ``stream_progress(Run)`` and
    ``run_completed(Run)`` (a superseded run completes as cancelled): with
    ``services.history`` set, a RunRecorder records every run.
    """

    run_requested = Signal(object)  # ModelColumn
    move_requested = Signal(object, int)  # ModelColumn, -1 (left) or +1 (right)
    remove_requested = Signal(object)
    reference_chosen = Signal(object)
    model_edited = Signal(object)
    started = Signal(object)
    finished = Signal(object)  # after a run ends (any state) or a saved outcome is restored
    stats_changed = Signal(object)  # ModelColumn: its figures changed (a price was found)
    run_started = Signal(object)  # Run (what a RunRecorder follows, as on a TaskPage)
    stream_progress = Signal(object)  # Run, after each streamed batch
    run_completed = Signal(object)  # Run, once it has ended (not for restored outcomes)

    def __init__(self, spec: TaskSpec, services: Services, model: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spec = spec
        self._services = services
        self.first_token_s: float | None = None  # a stream's time to its first batch
        self._is_reference = False
        self._restored: Run | None = None  # a saved outcome on show, until the next run
        self._pricing: asyncio.Task[None] | None = None
        self.tokens = 0  # streamed events of the latest run

        self.number = QLabel("1", self)
        self.number.setObjectName("columnNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(18)
        # Its own provider (the page's picker, its choices not remembered for the task);
        # the Hub link shows once the column is wide enough.
        self.model_field, self.providers = target_fields(
            spec, services, self, model, model_chars=MODEL_CHARS, provider_chars=PROVIDER_CHARS)
        self.provider_picker = self.providers.picker
        self.run_button = self._tool("\N{BLACK RIGHT-POINTING TRIANGLE}",
                                     QCoreApplication.translate("ModelColumn",
                                                                "Run this model again, alone"))
        self.left_button = self._tool("\N{LEFTWARDS ARROW}", QCoreApplication.translate(
                "ModelColumn", "Move left"))
        self.right_button = self._tool("\N{RIGHTWARDS ARROW}", QCoreApplication.translate(
                "ModelColumn", "Move right"))
        self.remove_button = self._tool("\N{MULTIPLICATION SIGN}",
                                        QCoreApplication.translate("ModelColumn",
                                                                   "Remove this model"))
        self.reference_button = QRadioButton(QCoreApplication.translate("ModelColumn",
                                                                        "Reference"), self)
        self.reference_button.setToolTip(
            QCoreApplication.translate("ModelColumn", "Compare the other models with this one"))
        self.model_message = InlineMessage(self)
        self.status = RunStatus(self)
        self.status.label.setWordWrap(True)
        self.stats = StatsLine(self)
        self.result_actions = QHBoxLayout()  # Copy as code (the comparison adds it)
        self.result_actions.setSpacing(2)
        self.copy_as_code: CopyAsCode | None = None
        self.note = QLabel("", self)  # how this result compares with the reference
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        self.panel = ResultPanel(self)
        self.runs = RunController(services, self.panel, self.status, self,
                                  name=f"compare {spec.id}")
        self.runs.run_started.connect(self._begin)
        self.runs.run_started.connect(self.run_started)
        self.runs.stream_progress.connect(self._progress)
        self.runs.stream_progress.connect(self.stream_progress)
        self.runs.run_completed.connect(self._completed)
        self._build()

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _build(self) -> None:
        # The field grows by its hint (an endpoint's trust mark): the row stays on its box.
        top_align = Qt.AlignmentFlag.AlignTop
        self.number.setMinimumHeight(self.model_field.combo.sizeHint().height())
        top = QHBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.number, 0, top_align)
        top.addWidget(self.model_field, 1, top_align)
        top.addWidget(self.provider_picker, 0, top_align)
        for button in (self.run_button, self.left_button, self.right_button,
                       self.remove_button):
            button.setMinimumHeight(self.model_field.combo.sizeHint().height())
            top.addWidget(button, 0, top_align)
        second = QHBoxLayout()
        second.addWidget(self.reference_button)
        second.addWidget(self.status, 1)
        second.addLayout(self.result_actions)
        header = QVBoxLayout()
        header.setContentsMargins(6, 6, 6, 2)
        header.setSpacing(3)
        header.addLayout(top)
        header.addWidget(self.model_message)
        header.addWidget(self.providers.note)
        header.addLayout(second)
        header.addWidget(self.stats)
        header.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.panel, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(max(MIN_WIDTH, layout.minimumSize().width()))

        self.run_button.clicked.connect(lambda: self.run_requested.emit(self))
        self.left_button.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.right_button.clicked.connect(lambda: self.move_requested.emit(self, +1))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.reference_button.toggled.connect(
            lambda on: self.reference_chosen.emit(self) if on else None)
        self.model_field.model_changed.connect(self._model_changed)
        # Enter runs the column. An editable combo box emits its line edit's returnPressed
        # twice per key press (the edit ignores the key, the box hands it back): one run.
        self._enter = QTimer(self)
        self._enter.setSingleShot(True)
        self._enter.setInterval(0)
        self._enter.timeout.connect(lambda: self.run_requested.emit(self))
        self.model_field.lineEdit().returnPressed.connect(self._enter.start)
        if self._services.history is not None:
            RunRecorder(self, self._services.history)  # a child: it goes with the column

    # ------------------------------------------------------------------ model
    def model_text(self) -> str:
        return self.model_field.model_id()

    def effective_model(self) -> str:
        """The model the calls go to (the field's default when it is empty: a model served
        today, where providers apply)."""
        return self.model_field.effective_model()

    def set_model(self, model: str) -> None:
        self.model_field.set_model(model)

    def provider(self) -> str | None:
        """The ``provider=`` of this column's calls (None: the 2023 call, or providers don't
        apply: an endpoint URL, a server of the user's own)."""
        return self.providers.provider()

    def set_provider(self, provider: str | None) -> None:
        """Send the calls to ``provider`` (a policy or a provider; None: the 2023 call)."""
        self.provider_picker.set_choice(choice_of(provider))

    def set_choice(self, choice: str) -> None:
        """Choose ``choice`` in the picker (a policy, a provider, or the 2023 call's)."""
        self.provider_picker.set_choice(choice)

    def update_recent(self) -> None:
        """Offer the task's recent models (after a run adds one)."""
        self.model_field.set_recent(self._services.recent_models.get(self.spec.id))

    def check_model(self) -> bool:
        """Whether the model field holds a model id or URL; if not, says why under it."""
        try:
            normalize_model(self.model_text())
        except FormError as error:
            self.show_model_error(error.message)
            return False
        self.model_message.clear_message()
        return True

    def show_model_error(self, message: str) -> None:
        self.model_message.show_message(message, Level.ERROR)

    def _model_changed(self, _text: str) -> None:
        self.check_model()
        self.model_edited.emit(self)

    # ---------------------------------------------------------------- position
    def set_position(self, index: int, count: int, *, removable: bool) -> None:
        self.number.setText(str(index + 1))
        self.left_button.setEnabled(index > 0)
        self.right_button.setEnabled(index < count - 1)
        self.remove_button.setEnabled(removable)

    def set_reference(self, on: bool) -> None:
        """Whether this is the reference column (framed in the highlight colour)."""
        self.reference_button.blockSignals(True)
        self.reference_button.setChecked(on)
        self.reference_button.blockSignals(False)
        if on != self._is_reference:
            self._is_reference = on
            self.update()

    @property
    def is_reference(self) -> bool:
        return self._is_reference

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._is_reference:
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.model_field.hub_button.setVisible(event.size().width() >= HUB_LINK_MIN_WIDTH)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # ---------------------------------------------------------------- queries
    def is_running(self) -> bool:
        return self.runs.is_running()

    @property
    def run(self) -> Run | None:
        """The latest run (or the restored one)."""
        return self._restored if self._restored is not None else self.runs.run

    @property
    def error_text(self) -> tuple[str, str] | None:
        """(title, message) of a failed run, as its panel showed it."""
        return self.run.error_text if self.run is not None else None

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The latest run's task (a strong reference while it runs)."""
        return self.runs.task

    @property
    def state(self) -> RunState | None:
        """The latest run's state (RUNNING while it runs); None before any run."""
        return self.run.state if self.run is not None else None

    @property
    def prepared(self) -> Prepared | None:
        """The finished run's prepared result (None while running, on failure)."""
        run = self.run
        if run is None or run.state is not RunState.DONE:
            return None
        prepared: Prepared | None = run.prepared
        return prepared

    @property
    def latency_s(self) -> float | None:
        return self.run.elapsed_s if self.run is not None else None

    @property
    def tokens_per_s(self) -> float | None:
        """A stream's tokens per second once it flows; None for other runs."""
        if self.run is None or not self.spec.streaming:
            return None
        elapsed = self.run.elapsed_s if self.run.finished else self.status.elapsed()
        return stream_rate(self.tokens, elapsed, self.first_token_s)

    @property
    def run_stats(self) -> RunStats | None:
        """The figures on show (the latest run's, or the restored one's)."""
        return self.stats.stats

    def pricing(self) -> bool:
        """Whether the answering provider's prices are being looked up."""
        return self._pricing is not None and not self._pricing.done()

    # ---------------------------------------------------------------- running
    def start(self, run: Run) -> asyncio.Task[None]:
        """Make ``run`` in this column; a run in progress is cancelled first and its
        outcome dropped (the newer request supersedes it)."""
        self._restored = None
        if self._pricing is not None:
            self._pricing.cancel()
        return self.runs.start(run)

    def cancel(self) -> None:
        self.runs.cancel()

    def _begin(self, run: Run) -> None:
        self.tokens = 0
        self.first_token_s = None
        self.set_note("")
        self._show(None, run.model)
        self.started.emit(self)

    def _completed(self, run: Run) -> None:
        self.tokens = len(run.events)
        stats = self._measure(run)
        self._show(stats, run.model)
        if run.state is RunState.ERROR:  # a provider that serves the model, one click away
            self.providers.offer_switch(run, self.panel, lambda: self.run_requested.emit(self))
        if stats is not None and stats.usage is not None and stats.provider \
                and run.state is RunState.DONE:
            self._price_later(run, stats)
        self.run_completed.emit(run)
        self.finished.emit(self)

    def _progress(self, run: Run) -> None:
        # Timed as the run's total is: from when the request was sent (the status's clock).
        if self.first_token_s is None:
            self.first_token_s = self.status.elapsed()
        self.tokens = len(run.events)
        self._show(RunStats(first_token_s=self.first_token_s, tokens=self.tokens,
                            tokens_per_s=self.tokens_per_s, total_s=self.status.elapsed()),
                   run.model)

    def _measure(self, run: Run) -> RunStats | None:
        """A finished run's figures; None for a failure with nothing to measure (its status
        line says how long it took)."""
        streaming = self.spec.streaming
        if run.state is not RunState.DONE and not (streaming and self.tokens):
            return None
        response = run.response
        return RunStats(
            total_s=run.elapsed_s,
            first_byte_s=response.first_byte_s if response is not None and not streaming
            else None,
            first_token_s=self.first_token_s if streaming else None,
            tokens=self.tokens if streaming else 0,
            tokens_per_s=stream_rate(self.tokens, run.elapsed_s, self.first_token_s)
            if streaming else None,
            usage=usage_of(run.result, run.events),
            provider=answered_by(run.request.kwargs.get("provider"), run.model,
                                 response.url if response is not None else ""))

    def _show(self, stats: RunStats | None, model: str) -> None:
        self.stats.show_stats(stats, streaming=self.spec.streaming, model=model)

    def _price_later(self, run: Run, stats: RunStats) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop runs the GUI (a bare column in a test)
            return
        self._pricing = create_task(self._price(run, stats), name=f"prices of {run.model}")

    async def _price(self, run: Run, stats: RunStats) -> None:
        price = await price_of(self._services, run.model, stats.provider)
        if price is None or not shiboken6.isValid(self) or self.run is not run:
            return
        self._show(dataclasses.replace(stats, price=price), run.model)
        self.stats_changed.emit(self)

    # -------------------------------------------------------------- save/restore
    def saved(self) -> SavedColumn:
        """What a saved comparison keeps of this column (a running one: its model and
        provider only)."""
        run = self.run
        if run is None or not run.finished:
            return SavedColumn(self.model_text(), provider=self.provider())
        asked = run.request.kwargs.get("provider")
        return SavedColumn(
            model=self.model_text(), state=run.state, result=run.result, text=run.text,
            tokens=self.tokens, elapsed_s=run.elapsed_s, started_at=run.started_at,
            response=run.response, error=self.error_text,
            provider=asked if isinstance(asked, str) else None, stats=self.run_stats)

    def restore(self, run: Run, saved: SavedColumn) -> None:
        """Show a saved outcome (``run`` rebuilt from it, ``run.prepared`` set when it
        could be prepared again) without calling the model; its saved figures (measured
        again, as far as they can be, from a file saved before there were any)."""
        self._restored = run
        self.tokens = saved.tokens
        panel = self.panel
        if saved.text and run.state is not RunState.DONE:  # a stream that stopped early
            panel.begin_stream()
            panel.append_text(saved.text, saved.tokens)
            stopped: StreamState = "cancelled" if run.state is RunState.CANCELLED else "error"
            title = kept_error_title(saved.error[0]) if saved.error else ""
            panel.end_stream(stopped, title)
            if run.state is not RunState.CANCELLED and saved.error:
                panel.show_error(title, saved.error[1], keep_result=True)
        elif run.state is RunState.DONE and run.prepared is not None:
            panel.show_result(run.prepared)
        else:
            title, message = saved.error or (QCoreApplication.translate(
                "ModelColumn", "Cannot show this result"), "")
            panel.show_error(kept_error_title(title), message)
        self.runs.show_outcome(run)
        self.first_token_s = saved.stats.first_token_s if saved.stats is not None else None
        self._show(saved.stats if saved.stats is not None else self._measure(run), run.model)
        self.finished.emit(self)
