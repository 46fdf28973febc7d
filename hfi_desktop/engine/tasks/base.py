"""What a task runner is: how the engine loads a model for a task and runs one request."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class RunnerInputError(ValueError):
    """The request's inputs or parameters do not fit the task: a 400 with this message."""


@dataclass(frozen=True)
class EngineRequest:
    inputs: Any  # JSON "inputs" (str, list, dict), or the raw body (bytes) for image/audio
    parameters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskRunner:
    task: str  # the Hub's pipeline tag, e.g. "image-classification"
    load: Callable[[Path, str], Any]  # (snapshot folder, device "cpu"/"cuda") -> loaded
    run: Callable[[Any, EngineRequest], Any]  # (loaded, request) -> JSON-able, hf-inference shape
    binary_inputs: bool = False  # the route accepts a raw image/audio body
