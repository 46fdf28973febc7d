"""Runs a batch: every input x every target, on an asyncio loop, unattended.

No threads of its own: each blocking step (reading a file input, the HTTP call, appending to
the batch file) goes through ``offload`` (the app's Bridge; tests: ``loop.run_in_executor``).
Calls to one host run at most ``plan.concurrency_per_host`` at once. A 429 waits for its
Retry-After (capped) and retries; a 503 "loading" waits for its estimated time and retries;
any other failure ends the cell failed with a user-facing, token-redacted error; the batch
never stops on a failed cell. Cells the journal has already finished are skipped (resume).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from hfi_desktop.inference import HfInference

    from .journal import BatchJournal
    from .model import BatchPlan, BatchProgress, BatchTarget, CellOutcome

T = TypeVar("T")
Offload = Callable[[Callable[[], T]], Awaitable[T]]


class BatchRunner:
    """One run of a plan into its journal. ``client_for`` gives each target's client (called
    once per target); ``sleep`` and ``clock`` are the loop's, replaceable in tests."""

    def __init__(
        self,
        plan: BatchPlan,
        journal: BatchJournal,
        *,
        client_for: Callable[[BatchTarget], HfInference],
        offload: Offload[object],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        raise NotImplementedError

    async def run(self, on_outcome: Callable[[CellOutcome], None],
                  on_progress: Callable[[BatchProgress], None] | None = None) -> None:
        """Run every unfinished cell; ``on_outcome`` gets each one as it is recorded (on the
        loop), ``on_progress`` each change (a wait starts, pause). Returns when all cells
        are finished or the batch is cancelled."""
        raise NotImplementedError

    def pause(self) -> None:
        """Start no new call (calls in flight finish and are recorded)."""
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        """Stop: calls in flight are aborted and not recorded (a resume runs them again)."""
        raise NotImplementedError

    def progress(self) -> BatchProgress:
        raise NotImplementedError
