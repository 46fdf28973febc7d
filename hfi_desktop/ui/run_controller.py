"""A run's lifecycle, outside the widgets: one RunController per thing that makes runs (a
task page, a comparison's column; later the chat and batch views).

It owns the CallControl and the asyncio task of the run in flight, cancels it, lets a newer
run supersede it, fills the status line, and emits the run's signals. The call itself and
what the result panel shows are ui/run_driver.py's (:func:`execute_run`); the error as the
user saw it is set there once (``run.error_text``). Every Run the UI makes is built by
:func:`make_run`.

Everything here runs on the GUI thread (the asyncio loop is qasync's): the call and the
preparing of its result happen in the bridge's workers, awaited.

Order of events for one run: ``start(run)`` → (a run in flight is cancelled and awaited: it
completes, as cancelled, before the new one begins) → ``run_started(run)`` → any number of
``stream_progress(run)`` → the status line shows the outcome → ``run_completed(run)``.
``is_running()`` is already False while ``run_completed`` is delivered, so that a slot may
start the next run.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CallRequest, FormError, TaskSpec, build_request
from hfi_desktop.inference import CallControl
from hfi_desktop.runs import Run, RunState
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import form_error_text, translate
from hfi_desktop.ui.options_form import options_from_values
from hfi_desktop.ui.providers.choices import run_provider
from hfi_desktop.ui.run_driver import NO_HOOKS, RunHooks, execute_run
from hfi_desktop.ui.run_status import RunStatus, format_response

if TYPE_CHECKING:
    from hfi_desktop.ui.page_api import PageForm
    from hfi_desktop.ui.services import Services
    from hfi_desktop.ui.viewers import ResultPanel

_PREFIX = {RunState.DONE: QT_TRANSLATE_NOOP("RunController", "Done"),
           RunState.CANCELLED: QT_TRANSLATE_NOOP("RunController", "Cancelled")}
RUNNING = QT_TRANSLATE_NOOP("RunController", "Running")
#: To a question before the run is sent.
WAITING_FOR_ANSWER = QT_TRANSLATE_NOOP("RunController", "Waiting for your answer")


def make_run(spec: TaskSpec, request: CallRequest | None, form: PageForm,
             **outcome: Any) -> Run:
    """A Run of ``form`` (its values copied: editing the form later does not change the
    run). ``request`` None: a past run whose request is not rebuilt (an empty one stands
    in). ``outcome``: the fields of a past run shown again (state, result, text…)."""
    request = request if request is not None else CallRequest(spec.id, spec.method, {})
    return Run(spec, request, form.model, dict(form.values), dict(form.parameters),
               dict(form.options), **outcome)


def request_for(spec: TaskSpec, form: PageForm) -> CallRequest:
    """The request ``form`` makes (a page's form now, or the form a run was made of);
    raises FormError naming a bad field. No I/O: files are the bytes already loaded. The
    options carry the ``provider`` when the call goes to one (TaskPage.form)."""
    provider = form.options.get("provider")
    return build_request(spec, form.values, form.parameters, model=form.model,
                         options=options_from_values(form.options),
                         provider=provider if isinstance(provider, str) else None)


class RunController(QObject):
    """Makes one run at a time in ``panel``, its progress and outcome in ``status``.

    ``run`` is the latest run started (None before any); ``task`` its asyncio task (a strong
    reference while it runs). Signals carry the Run (what a RunRecorder follows).
    """

    run_started = Signal(object)
    stream_progress = Signal(object)
    run_completed = Signal(object)

    def __init__(self, services: Services, panel: ResultPanel, status: RunStatus,
                 parent: QObject | None = None, *, name: str = "run",
                 hooks: RunHooks = NO_HOOKS) -> None:
        super().__init__(parent)
        self._services = services
        self._panel = panel
        self._status = status
        self._hooks = hooks  # what the owner shows itself (a form error at its field)
        self._run: Run | None = None
        self._control: CallControl | None = None  # the latest run's
        self._task: asyncio.Task[None] | None = None
        #: Tasks whose run has not reached its outcome (left before run_completed).
        self._flight: set[asyncio.Task[None]] = set()
        self._name = name  # in the tasks' names (logs, crash reports)

    # -- queries ----------------------------------------------------------------------------

    @property
    def run(self) -> Run | None:
        return self._run

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def is_running(self) -> bool:
        return any(not task.done() for task in self._flight)

    # -- commands ---------------------------------------------------------------------------

    def start(self, run: Run) -> asyncio.Task[None]:
        """Make ``run``. A run in flight is cancelled first and awaited (its outcome is
        shown and completed before this one begins, so it never lands over it); with none,
        ``run_started`` is emitted before this returns."""
        previous = {task for task in self._flight if not task.done()}
        control = CallControl(
            on_loading=self._services.bridge.loading_callback(self._status.loading))
        self._run, self._control = run, control
        own: list[asyncio.Task[None]] = []  # the task, for its own coroutine
        task = create_task(self._make(run, control, previous, own),
                           name=f"{self._name} {run.model}")
        own.append(task)
        self._task = task
        self._flight.add(task)
        task.add_done_callback(self._flight.discard)
        if not previous:
            self._begin(run)
        return task

    def cancel(self) -> None:
        """Cancel the run in flight (its call stops; it completes as cancelled)."""
        if self._control is not None and self.is_running():
            self._control.cancel()
            self._status.set_text(translate("RunController", "Cancelling"))

    # -- the run ----------------------------------------------------------------------------

    def _begin(self, run: Run) -> None:
        # The clock starts when the request is sent.
        self._status.hold(translate("RunController", RUNNING))
        self.run_started.emit(run)

    async def _make(self, run: Run, control: CallControl,
                    previous: set[asyncio.Task[None]], own: list[asyncio.Task[None]]
                    ) -> None:
        if previous:
            # Cancelled here, not in start(): by now each has begun its call (tasks start
            # in order), so each completes, as cancelled, before this run begins.
            for task in previous:
                task.cancel()
            await asyncio.wait(previous)
            self._begin(run)
        try:
            await execute_run(run, control, self._services, self._panel,
                              on_progress=self.stream_progress.emit,
                              on_asking=lambda: self._status.hold(
                                  translate("RunController", WAITING_FOR_ANSWER)),
                              on_sending=lambda: self._status.start(
                                  translate("RunController", RUNNING)), hooks=self._hooks)
        finally:
            self._flight.difference_update(own)  # not running any more: a slot may start
            self.show_outcome(run)
        self.run_completed.emit(run)

    def show_outcome(self, run: Run) -> None:
        """The status line and the panel's details for a finished run (also a saved one
        shown again): how it ended, HTTP status, time, size."""
        url = run.response.url if run.response is not None else ""
        asked = run.request.kwargs.get("provider")
        provider = run_provider(asked if isinstance(asked, str) else None, run.model, url)
        self._panel.set_details(run.response, run.model, provider)
        if isinstance(run.error, FormError):  # the client refused a field: nothing was sent
            self._status.finish(translate("RunController", "Not sent: {error}").format(
                error=form_error_text(run.error)))
            return
        prefix = translate("RunController",
                           _PREFIX.get(run.state, QT_TRANSLATE_NOOP("RunController", "Failed")))
        self._status.finish(f"{prefix} · {format_response(run.response, run.elapsed_s or 0.0)}")
