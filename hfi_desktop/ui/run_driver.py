"""Making one run and showing it in a ResultPanel: shared by the task page and the
comparison's columns.

The call (or the stream) runs in the bridge's workers, its result is prepared in a worker,
and the outcome lands in the panel (result, streamed text, or an inline error); the Run is
filled in as it goes (result, prepared, text, events, error, state, elapsed_s, response).
What is around a run (buttons, status line, signals) stays with the caller.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from hfi_desktop.catalog import invoke
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import CallControl, InferenceCancelledError
from hfi_desktop.present import ResultContext, prepare
from hfi_desktop.present.error_messages import error_message, error_title
from hfi_desktop.present.stream_text import text_chunks
from hfi_desktop.runs import Run, RunState
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.viewers import ResultPanel

log = logging.getLogger(__name__)

Progress = Callable[[Run], None]


class RunNotSent(InferenceCancelledError):
    """Services.before_run said no: the call was not made."""


async def execute_run(run: Run, control: CallControl, services: Services, panel: ResultPanel,
                      *, on_progress: Progress | None = None) -> RunState:
    """Make ``run``'s call and show its outcome in ``panel``; never raises for a failed or
    cancelled call (the state says how it ended). ``on_progress(run)`` after each batch
    of a stream (``run.text`` holds the text so far)."""
    started = time.monotonic()
    state = RunState.DONE
    try:
        if services.before_run is not None and not await services.before_run(run, panel):
            raise RunNotSent("You chose not to send your access token to this host; "
                             "nothing was sent.")
        if run.spec.streaming:
            state = await _stream(run, control, services, panel, on_progress)
        else:
            await _call(run, control, services, panel)
    except (InferenceCancelledError, asyncio.CancelledError) as error:
        state = RunState.CANCELLED
        run.error = error
        if isinstance(error, RunNotSent):
            panel.show_error("Not sent", str(error))
        else:
            panel.show_error("Cancelled", "The call was cancelled.")
    except Exception as error:  # every failure is shown in the panel, never lost
        state = RunState.ERROR
        run.error = error
        log.info("run of %s failed: %s", run.spec.id, error)
        panel.show_error(error_title(error), error_message(error))
    finally:
        run.state = state
        run.elapsed_s = time.monotonic() - started
        run.response = control.response
    return state


async def _call(run: Run, control: CallControl, services: Services, panel: ResultPanel) -> None:
    client = services.client()
    request = run.request
    run.result = await services.bridge.run(lambda: invoke(client, request, control),
                                           control=control)
    kind, result = run.spec.output, run.result
    run.prepared = await services.bridge.run(
        lambda: prepare(kind, result, ResultContext.from_call(request.kwargs)), cpu=True)
    panel.show_result(run.prepared)


async def _stream(run: Run, control: CallControl, services: Services, panel: ResultPanel,
                  on_progress: Progress | None) -> RunState:
    """Show tokens as they come (in per-frame batches); keep the text on cancel/error."""
    client = services.client()
    request = run.request
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
        panel.end_stream("cancelled")
        return RunState.CANCELLED
    except Exception as error:
        run.error = error
        panel.end_stream("error", error_title(error))
        panel.show_error(error_title(error), error_message(error), keep_result=True)
        return RunState.ERROR
    panel.end_stream("done")
    events = run.events
    run.result = events
    run.prepared = await services.bridge.run(
        lambda: prepare(OutputKind.TEXT_STREAM, events, ResultContext()), cpu=True)
    panel.json_view.set_text(run.prepared.raw_json)
    return RunState.DONE
