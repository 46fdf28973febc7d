"""One run of a task as the application holds it in memory, from Run to its outcome.

Pages emit these; history records them, exports save them, comparisons hold one per model.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest, TaskSpec
    from hfi_desktop.inference import ResponseInfo


class RunState(StrEnum):
    RUNNING = "running"  # in flight (a record left in this state by a crash is INTERRUPTED)
    DONE = "done"
    ERROR = "error"
    CANCELLED = "cancelled"  # stopped by the user; streamed text so far is kept (partial)
    INTERRUPTED = "interrupted"  # the application stopped mid-run; text so far is kept


@dataclass
class Run:
    """A run in flight (``state`` RUNNING) or finished. ``result`` is the client's value
    (Blobs for binary results); ``prepared`` what its viewer shows; ``text`` the streamed text."""

    spec: TaskSpec
    request: CallRequest
    model: str
    form: dict[str, Any]  # the page's input values (FileValues for files)
    parameters: dict[str, Any]
    options: dict[str, Any]
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: float = field(default_factory=time.time)
    state: RunState = RunState.RUNNING
    elapsed_s: float | None = None
    response: ResponseInfo | None = None
    result: Any = None
    prepared: Any = None
    error: BaseException | None = None
    #: (title, message) as the user was shown it, when the run did not end DONE: set once
    #: when it ends (ui/run_driver.py); the history and saved comparisons keep these words.
    error_text: tuple[str, str] | None = None
    text: str = ""
    events: list[Any] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.state is not RunState.RUNNING

    @property
    def has_output(self) -> bool:
        """Finished with something to show and save: a result, or streamed text (a stopped
        stream's is partial)."""
        return self.finished and (self.result is not None or bool(self.text))
