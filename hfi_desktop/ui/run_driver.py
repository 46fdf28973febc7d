"""Making one run and showing it in a ResultPanel: shared by the task page and the
comparison's columns.

The call (or the stream) runs in the bridge's workers, its result is prepared in a worker
(:func:`prepare_outcome`, also used to show past runs again), and the outcome lands in the
panel (result, streamed text, or an inline error: for an answer that looks like another
task's, an offer of that task's page, through ``RunHooks``); the Run is filled in as it goes
(result, prepared, text, events, error, error_text, state, elapsed_s, response). ``run.error_text``
is the title and message the panel showed, set here once: the history and saved comparisons
keep those words rather than deriving them again. What is around a run (CallControl, task,
cancel, status line, signals) is ui/run_controller.py's.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hfi_desktop.catalog import FormError, form_error_of, invoke
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import CallControl, InferenceCancelledError, InferenceInputError
from hfi_desktop.local.engine_start import EngineStartError
from hfi_desktop.present import Prepared, PresentError, ResultContext, prepare
from hfi_desktop.present.error_messages import ErrorView, error_message, error_view
from hfi_desktop.present.stream_text import text_chunks
from hfi_desktop.runs import Run, RunState
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import catalog_text, form_error_text, said, translate
from hfi_desktop.ui.local.failures import (
    engine_died,
    restart_actions,
    start_failure_title,
    stopped_message,
)
from hfi_desktop.ui.local.routing import Route, is_local_request, route

if TYPE_CHECKING:
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.ui.services import Services
    from hfi_desktop.ui.viewers import ResultPanel
    from hfi_desktop.ui.viewers.panel import ErrorAction

log = logging.getLogger(__name__)

Progress = Callable[[Run], None]
Stage = Callable[[], None]
#: The words of a run that was cancelled (a stream's banner says it too).
CANCELLED_TEXT = (QT_TRANSLATE_NOOP("RunDriver", "Cancelled"),
                  QT_TRANSLATE_NOOP("RunDriver", "The call was cancelled."))
NOT_SENT_TITLE = QT_TRANSLATE_NOOP("RunDriver", "Not sent")


def _cancelled_text() -> tuple[str, str]:
    title, text = CANCELLED_TEXT
    return translate("RunDriver", title), translate("RunDriver", text)


class RunNotSent(InferenceCancelledError):
    """Services.before_run said no: the call was not made."""


@dataclass(frozen=True)
class RunHooks:
    """Where outcomes go that are not the result panel's to show (a task page has them; a
    comparison's column has none, and its panel shows them). ``form_error``: a field the
    client refused before sending anything, shown at the field. ``open_task(task_id, run)``:
    the run's answer looks like that task's, whose page the error box offers."""

    form_error: Callable[[FormError], None] | None = None
    open_task: Callable[[str, Run], None] | None = None


NO_HOOKS = RunHooks()


async def execute_run(run: Run, control: CallControl, services: Services, panel: ResultPanel,
                      *, on_progress: Progress | None = None, on_asking: Stage | None = None,
                      on_sending: Stage | None = None, hooks: RunHooks = NO_HOOKS) -> RunState:
    """Make ``run``'s call and show its outcome in ``panel``; never raises for a failed or
    cancelled call (the state says how it ended). ``on_asking()`` when the call waits for
    the user's answer to a question (Services.before_run), ``on_sending()`` when it is sent
    (``run.elapsed_s`` counts from then), ``on_progress(run)`` after each batch of a stream
    (``run.text`` holds the text so far). A field the client refuses (nothing was sent)
    ends the run as an ERROR whose ``error`` is a FormError, and no response."""
    started: float | None = None
    state = RunState.DONE
    where: Route | None = None
    try:
        gate = services.before_run
        local = is_local_request(run.request)  # the user's token does not go there: no gate
        if (not local and gate is not None
                and not await gate(run, panel, on_asking or (lambda: None))):
            raise RunNotSent("You chose not to send your access token to this host; "
                             "nothing was sent.")
        where = await route(services, run.request)
        started = time.monotonic()
        if on_sending is not None:
            on_sending()
        if run.spec.streaming:
            state = await _stream(run, control, services, where, panel, on_progress, hooks)
        else:
            await _call(run, control, services.bridge, where, panel)
    except InferenceInputError as refused:  # before anything was sent: the form's error
        state = RunState.ERROR
        form_error = form_error_of(run.spec, refused)
        run.error = form_error
        run.error_text = (translate("RunDriver", NOT_SENT_TITLE), form_error_text(form_error))
        if hooks.form_error is None:
            panel.show_error(*run.error_text)
        else:
            panel.discard_stream()
            hooks.form_error(form_error)
    except (InferenceCancelledError, asyncio.CancelledError) as error:
        state = RunState.CANCELLED
        run.error = error
        run.error_text = ((translate("RunDriver", NOT_SENT_TITLE), str(error))
                          if isinstance(error, RunNotSent) else _cancelled_text())
        panel.show_error(*run.error_text)
    except EngineStartError as error:  # a local source is not there: nothing was sent
        state = RunState.ERROR
        run.error = error
        run.error_text = (start_failure_title(services), said(error))
        panel.show_error(*run.error_text, actions=restart_actions(services))
    except Exception as error:  # every failure is shown in the panel, never lost
        state = RunState.ERROR
        log.info("run of %s failed: %s", run.spec.id, error)
        if where is not None and where.to_engine and await engine_died(services, error):
            _show_stopped(run, error, services, panel)
        else:
            _show_failure(run, error, panel, hooks)
    finally:
        run.state = state
        run.elapsed_s = 0.0 if started is None else time.monotonic() - started
        # A refused field's run sent nothing: a response (the Hub's task list) is not its.
        run.response = None if isinstance(run.error, FormError) else control.response
    return state


async def _call(run: Run, control: CallControl, bridge: Bridge, where: Route,
                panel: ResultPanel) -> None:
    client, request = where.client, where.request
    run.result = await bridge.run(lambda: invoke(client, request, control), control=control)
    run.prepared = await prepare_outcome(bridge, run.spec.output, run.result,
                                         lambda: ResultContext.from_call(request.kwargs))
    panel.show_result(run.prepared)


async def _stream(run: Run, control: CallControl, services: Services, where: Route,
                  panel: ResultPanel, on_progress: Progress | None, hooks: RunHooks) -> RunState:
    """Show tokens as they come (in per-frame batches); keep the text on cancel/error."""
    client, request = where.client, where.request
    panel.begin_stream()
    try:
        async with services.bridge.stream(
                lambda: text_chunks(lambda: invoke(client, request, control)),
                control=control) as batches:
            async for batch in batches:
                count = len(run.events)
                for piece in batch:
                    run.events.extend(piece.events)
                chunk = "".join([piece.text for piece in batch])
                run.text += chunk
                panel.append_text(chunk, len(run.events) - count)
                if on_progress is not None:
                    on_progress(run)
    except (InferenceCancelledError, asyncio.CancelledError) as error:
        run.error = error
        run.error_text = _cancelled_text()
        panel.end_stream("cancelled")
        return RunState.CANCELLED
    except InferenceInputError:
        raise  # nothing was sent: execute_run shows the form's error
    except Exception as error:
        keep = bool(run.events)
        if where.to_engine and await engine_died(services, error):
            title = _show_stopped(run, error, services, panel, keep_result=keep)
        else:
            title = _show_failure(run, error, panel, hooks, keep_result=keep).title
        if keep:  # the text so far is kept, under the banner
            panel.end_stream("error", title)
        return RunState.ERROR
    panel.end_stream("done")
    run.result = run.events
    run.prepared = await prepare_outcome(services.bridge, OutputKind.TEXT_STREAM, run.result)
    panel.json_view.set_text(run.prepared.raw_json)
    return RunState.DONE


def _show_stopped(run: Run, error: Exception, services: Services, panel: ResultPanel, *,
                  keep_result: bool = False) -> str:
    """The local engine ended while ``run`` waited for it: say so, with a restart button."""
    title, message, actions = stopped_message(services)
    run.error = error
    run.error_text = (title, message)
    panel.show_error(title, message, keep_result=keep_result, details=error_message(error),
                     actions=actions)
    return title


def _show_failure(run: Run, error: Exception, panel: ResultPanel, hooks: RunHooks, *,
                  keep_result: bool = False) -> ErrorView:
    """Show ``error`` in ``panel`` (the raw detail folded away; another task's page offered
    when the answer looks like its and ``hooks`` can open it); the run keeps the words."""
    view = error_view(error, run.spec)
    run.error = error
    run.error_text = (view.title, view.message)
    actions: list[ErrorAction] = []
    if view.other_task is not None and hooks.open_task is not None:
        title = catalog_text(view.other_task.title)
        actions.append((translate("RunDriver", "Open on the {title} page").format(title=title),
                        translate("RunDriver", "Show this model and your inputs on the {title} "
                                  "page").format(title=title),
                        functools.partial(hooks.open_task, view.other_task.id, run)))
    panel.show_error(view.title, view.message, keep_result=keep_result,
                     details=view.details, actions=actions)
    return view


async def prepare_outcome(bridge: Bridge, kind: OutputKind, result: Any,
                          context: Callable[[], ResultContext] = ResultContext, *,
                          raw_fallback: bool = False) -> Prepared:
    """What ``result`` shows in its viewer, prepared in a worker: every result the UI shows
    (a run's, a past run's, a saved comparison's) goes through here, so every one takes the
    Python lane (``cpu=True``: preparing is Python flat out, and it takes turns with stream
    parsing rather than making the GUI thread wait for the GIL). ``context()`` is worked out
    in the worker too. ``raw_fallback``: a result its viewer cannot take is shown as raw
    JSON (a past run whose inputs were not kept)."""
    def work() -> Prepared:
        made = context()
        try:
            return prepare(kind, result, made)
        except PresentError:
            if not raw_fallback or kind is OutputKind.RAW:
                raise
            return prepare(OutputKind.RAW, result, made)

    return await bridge.run(work, cpu=True)
