"""Every task runner the engine has, by the Hub's pipeline tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import audio, seq2seq, text, vision

if TYPE_CHECKING:
    from .base import TaskRunner

RUNNERS: dict[str, TaskRunner] = {
    **text.RUNNERS, **seq2seq.RUNNERS, **vision.RUNNERS, **audio.RUNNERS,
}
