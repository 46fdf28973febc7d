"""The task runners, by the Hub's pipeline tag."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hfi_desktop.engine.tasks import audio, seq2seq, vision

if TYPE_CHECKING:
    from hfi_desktop.engine.tasks.base import TaskRunner

RUNNERS: dict[str, TaskRunner] = {**seq2seq.RUNNERS, **vision.RUNNERS, **audio.RUNNERS}
