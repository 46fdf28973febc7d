"""Keeping the chat page's chat in the history: one record per chat
(storage/chat_records.py), written when a reply starts, its text at most once a second while
it streams (and never later than a second after new text came), when it ends, and again once
its cost is known. Like the task pages' RunRecorder, the page keeps working whatever the
history does: a failing write is logged by the service."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hfi_desktop.runs import RunState
from hfi_desktop.storage.chat_records import chat_record
from hfi_desktop.storage.history.service import HistorySettings
from hfi_desktop.ui.history.run_recorder import safe_model
from hfi_desktop.ui.history.write_throttle import WriteThrottle

if TYPE_CHECKING:
    from collections.abc import Mapping

    from hfi_desktop.chat import ChatThread
    from hfi_desktop.storage.history.service import HistoryService
    from hfi_desktop.storage.records import RunRecord

    from .reply import ReplyJob, ReplyRunner


def record_of_job(job: ReplyJob, state: RunState | None = None) -> RunRecord:
    """The record of the job's chat as it is now."""
    reply = job.reply
    stats = reply.stats
    return chat_record(
        job.thread, model=safe_model(job.model), parameters=job.parameters,
        settings=job.settings, state=state or reply.state, text=reply.text,
        tokens=stats.completion_tokens if stats is not None else None,
        elapsed_s=stats.elapsed_s if stats is not None else None, response=job.response)


class ChatRecorder(QObject):
    """Records ``runner``'s replies (and ``save``d changes) in ``history``."""

    def __init__(self, runner: ReplyRunner, history: HistoryService, *,
                 interval_s: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else runner)
        self.setObjectName("recorder:chat")
        self.history = history
        self._job: ReplyJob | None = None
        self._settings = HistorySettings()
        self._written = ""
        self._throttle = WriteThrottle(self._write_text, interval_s, self)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.priced.connect(self._on_priced)

    def save(self, thread: ChatThread, *, model: str, parameters: Mapping[str, Any],
             settings: Mapping[str, Any]) -> None:
        """Write the chat as it is (a branch made, a failed turn taken out)."""
        options = self.history.settings()
        if not options.enabled or not len(thread):
            return
        last = thread.last()
        state = last.state if last is not None and last.is_reply else RunState.DONE
        self.history.finish(chat_record(
            thread, model=safe_model(model), parameters=parameters, settings=settings,
            state=state, text=last.text if last is not None and last.is_reply else ""),
            options)

    def _on_started(self, job: ReplyJob) -> None:
        self._throttle.restart()
        self._settings = self.history.settings()
        if not self._settings.enabled:
            self._job = None
            return
        self._job = job
        self._written = ""
        self.history.start(record_of_job(job, RunState.RUNNING), self._settings)

    def _on_progress(self, job: ReplyJob) -> None:
        if job is self._job:
            self._throttle.poke()

    def _write_text(self) -> bool:
        job = self._job
        if job is None or job.reply.state is not RunState.RUNNING \
                or job.reply.text == self._written:
            return False
        self._written = job.reply.text
        self.history.update_text(job.thread.id, job.reply.text)
        return True

    def _on_finished(self, job: ReplyJob) -> None:
        if job is not self._job:
            return
        self._throttle.stop()
        self._job = None
        self.history.finish(record_of_job(job), self._settings)

    def _on_priced(self, job: ReplyJob) -> None:
        if self._settings.enabled and self._job is None:
            self.history.finish(record_of_job(job), self._settings)
