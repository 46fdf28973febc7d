"""``RunRecorder``: follows the runs of a task page (or of anything that emits the same
signals: a comparison's column) and records them in the history.

On ``run_started`` the run is recorded as RUNNING (its inputs, parameters, options, model);
while a stream runs, its text is written at most once per second, and never later than a
second after new text arrived (a timer catches the text of a last batch); on
``run_completed`` the outcome (result, error, timing, the whole text) is written. The page
keeps working whatever the history does: a failing write is logged by the service.

What is recorded is what the page holds: the record never contains the access token (Run
has none; a user:password in an endpoint URL is removed).
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QObject, SignalInstance

from hfi_desktop.runs import Run, RunState
from hfi_desktop.storage.history.service import HistoryService, HistorySettings
from hfi_desktop.storage.records import RunRecord
from hfi_desktop.ui.history.write_throttle import WriteThrottle


class RunSource(Protocol):
    """What a recorder follows (a TaskPage, a comparison's ModelColumn): one run at a time,
    each signal carrying the Run. ``run_started`` when it is sent, ``stream_progress`` after
    each streamed batch, ``run_completed`` once it has ended (any state)."""

    @property
    def run_started(self) -> SignalInstance: ...
    @property
    def stream_progress(self) -> SignalInstance: ...
    @property
    def run_completed(self) -> SignalInstance: ...


class RunRecorder(QObject):
    """Records ``source``'s runs in ``history``. A child of ``source`` when it is a QObject
    (it goes with it), else of ``parent``."""

    def __init__(self, source: RunSource, history: HistoryService, *,
                 interval_s: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None
                         else source if isinstance(source, QObject) else None)
        spec = getattr(source, "spec", None)
        self.setObjectName(f"recorder:{spec.id}" if spec is not None else "recorder")
        self.history = history
        self._run: Run | None = None
        self._settings = HistorySettings()
        self._written = ""
        self._throttle = WriteThrottle(self._write_text, interval_s, self)
        source.run_started.connect(self._on_started)
        source.stream_progress.connect(self._on_progress)
        source.run_completed.connect(self._on_completed)

    @property
    def recording(self) -> bool:
        return self._run is not None

    def _on_started(self, run: Run) -> None:
        self._throttle.restart()
        self._settings = self.history.settings()
        if not self._settings.enabled:
            self._run = None
            return
        self._run = run
        self._written = ""
        self.history.start(record_of(run), self._settings)

    def _on_progress(self, run: Run) -> None:
        if run is self._run:
            self._throttle.poke()

    def _write_text(self) -> bool:
        run = self._run
        if run is None or run.finished or run.text == self._written:
            return False
        self._written = run.text
        self.history.update_text(run.id, run.text, len(run.events))
        return True

    def _on_completed(self, run: Run) -> None:
        if run is not self._run:
            return
        self._throttle.stop()
        self._run = None
        self.history.finish(record_of(run), self._settings)


def record_of(run: Run) -> RunRecord:
    """What to record of ``run`` (on the GUI thread: cheap copies; files and Blobs are
    stored by the history's worker)."""
    streaming = run.spec.streaming
    response = run.response
    result: Any = run.result
    if streaming and run.state is not RunState.DONE:
        result = None  # what arrived is in ``text``
    return RunRecord(
        task_id=run.spec.id,
        model=safe_model(run.model),
        form=dict(run.form),
        parameters=dict(run.parameters),
        options=dict(run.options),
        id=run.id,
        started_at=run.started_at,
        state=run.state,
        elapsed_s=run.elapsed_s,
        http_status=response.status if response is not None else None,
        response_bytes=response.bytes if response is not None else None,
        result=list(result) if isinstance(result, list) else result,
        error=error_of(run),
        text=run.text if streaming else "",
        tokens=len(run.events) if streaming else None,
    )


def error_of(run: Run) -> dict[str, str] | None:
    """The error as the page showed it (``run.error_text``: the same title and message)."""
    if run.error_text is None or run.state is RunState.DONE:
        return None
    title, message = run.error_text
    return {"title": title, "message": message}


def safe_model(model: str) -> str:
    """The model id, or the endpoint URL without any user:password in it."""
    if "@" not in model or "://" not in model:
        return model
    parts = urlsplit(model)
    if parts.username is None and parts.password is None:
        return model
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
