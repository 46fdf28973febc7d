"""A batch as the window runs it: the batch file (B's journal) and the runner on the GUI
thread's asyncio loop, its blocking steps through the bridge; outcomes gathered per tick
(:class:`OutcomeFeed`); pause, resume, cancel, and resuming a batch file's unfinished cells."""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.batch.model import BatchProgress
from hfi_desktop.batch.runner import BatchRunner
from hfi_desktop.bridge import create_task
from hfi_desktop.hub import is_url
from hfi_desktop.present.error_messages import error_text
from hfi_desktop.ui.compare.stats import answered_by, listed_price

from .outcome_feed import TICK_MS, OutcomeFeed

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from hfi_desktop.batch.model import BatchPlan, BatchTarget, CellOutcome
    from hfi_desktop.inference import HfInference
    from hfi_desktop.present.run_stats import Price
    from hfi_desktop.ui.services import Services

log = logging.getLogger(__name__)


class State(enum.StrEnum):
    IDLE = "idle"  # nothing run yet
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"  # cancelled, or a batch file opened with cells left: can resume
    FINISHED = "finished"  # every cell has its outcome


class BatchSession(QObject):
    """One batch file and its runs. ``outcomes(list)``: finished cells (gathered per tick;
    the cells a file already had, at once, when it is opened); ``progress(BatchProgress)``;
    ``state_changed(State)``; ``failed(str)``: the batch could not go on (the file)."""

    outcomes = Signal(list)
    progress = Signal(object)
    state_changed = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None, *,
                 client_for: Callable[[BatchTarget], HfInference] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._client_for = client_for or (lambda _target: services.client())
        self.journal: BatchJournal | None = None
        self.state = State.IDLE
        self._runner: BatchRunner | None = None
        self._task: asyncio.Task[None] | None = None
        self._feed = OutcomeFeed(self)
        self._feed.delivered.connect(self._deliver)
        # The runner reports its progress after every cell: shown once per tick, as the
        # outcomes are (a pause or a wait at once).
        self._latest: BatchProgress | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(TICK_MS)
        self._progress_timer.timeout.connect(self._emit_progress)

    # ------------------------------------------------------------------ opening
    async def create(self, plan: BatchPlan, path: Path) -> BatchJournal:
        """A new batch file at ``path`` (its folder made); raises BatchFileError."""
        def make() -> BatchJournal:
            path.parent.mkdir(parents=True, exist_ok=True)
            return BatchJournal.create(path, plan)

        self.journal = await self._services.bridge.run(make)
        self._set_state(State.IDLE)
        return self.journal

    async def open(self, path: Path) -> BatchJournal:
        """An existing batch file (to look at or resume); raises BatchFileError. Its finished
        cells are delivered at once."""
        journal = await self._services.bridge.run(lambda: BatchJournal.open(path))
        self.journal = journal
        self.outcomes.emit(list(journal.outcomes.values()))
        self.progress.emit(self._counts(journal))
        self._set_state(State.FINISHED if self._left(journal) == 0 else State.STOPPED)
        return journal

    # ------------------------------------------------------------------ running
    def run(self) -> asyncio.Task[None] | None:
        """Run the batch file's unfinished cells (all of a new one)."""
        journal = self.journal
        if journal is None or self.state in (State.RUNNING, State.PAUSED):
            return None
        self._runner = BatchRunner(journal.plan, journal, client_for=self._client_for,
                                   offload=self._services.bridge.run, price_of=self._price)
        self._latest = None
        self._set_state(State.RUNNING)
        self._task = create_task(self._run(self._runner), name="batch run")
        return self._task

    async def _run(self, runner: BatchRunner) -> None:
        try:
            await runner.run(self._feed.push, self._progress_now)
        except asyncio.CancelledError:
            raise
        except BatchFileError as error:
            self._end(str(error))
        except Exception as error:  # the batch stops; the file keeps every finished cell
            log.exception("batch run failed")
            self._end(str(error_text(error)[1]) or str(error))
        else:
            self._end(None)

    def _end(self, problem: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._feed.flush()
        runner, self._runner = self._runner, None
        if runner is not None:
            self._latest = runner.progress()
            self._emit_progress()
        journal = self.journal
        done = journal is not None and self._left(journal) == 0
        self._set_state(State.FINISHED if done else State.STOPPED)
        if problem is not None:
            self.failed.emit(problem)

    def pause(self) -> None:
        if self._runner is not None and self.state is State.RUNNING:
            self._runner.pause()
            self._set_state(State.PAUSED)
            self._progress_now(self._runner.progress())

    def resume(self) -> None:
        """Go on: a paused run starts new calls again; a stopped batch runs its cells left."""
        if self._runner is not None and self.state is State.PAUSED:
            self._runner.resume()
            self._set_state(State.RUNNING)
            self._progress_now(self._runner.progress())
        elif self.state is State.STOPPED:
            self.run()

    def cancel(self) -> None:
        """Stop: calls in flight are dropped (not recorded); Resume runs them again."""
        if self._runner is not None:
            self._runner.cancel()

    def is_active(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED)

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    # ------------------------------------------------------------------ helpers
    def _price(self, target: BatchTarget, provider: str | None) -> Price | None:
        """The answering provider's listed prices (blocking: the runner offloads it); the
        provider asked for when the answer does not say (a policy: unknown, no price)."""
        answered = provider or answered_by(target.provider, target.model, "")
        if not answered or is_url(target.model):
            return None
        return listed_price(self._client_for(target), target.model, answered)

    def _deliver(self, outcomes: list[CellOutcome]) -> None:
        self.outcomes.emit(outcomes)

    def _progress_now(self, progress: BatchProgress) -> None:
        shown = self._latest
        self._latest = progress
        if shown is None or (progress.paused, progress.waiting) != (shown.paused, shown.waiting):
            self._emit_progress()
        elif not self._progress_timer.isActive():
            self._progress_timer.start()

    def _emit_progress(self) -> None:
        self._progress_timer.stop()
        if self._latest is not None:
            self.progress.emit(self._latest)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    @staticmethod
    def _left(journal: BatchJournal) -> int:
        return journal.plan.cells() - len(journal.outcomes)

    @staticmethod
    def _counts(journal: BatchJournal) -> BatchProgress:
        failed = sum(o.status == "failed" for o in journal.outcomes.values())
        return BatchProgress(done=len(journal.outcomes) - failed, failed=failed,
                             remaining=BatchSession._left(journal), eta_s=None)
