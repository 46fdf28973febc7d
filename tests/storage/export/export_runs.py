"""Real runs for the export tests: each task's first example, called on the fake server
through the real client (no UI), as a page would hold it afterwards (a finished Run)."""

from __future__ import annotations

import mimetypes
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hfi_desktop.catalog import build_request, invoke, task
from hfi_desktop.catalog.model import FileValue, InputKind
from hfi_desktop.inference import CallControl, HfInference
from hfi_desktop.present.stream_text import event_text
from hfi_desktop.resources import resource_path
from hfi_desktop.runs import Run, RunState

FILE_KINDS = (InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE)


def example_form(task_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first example's form values (files loaded as FileValues) and parameters."""
    spec = task(task_id)
    example = spec.examples[0]
    values: dict[str, Any] = {}
    for field in spec.inputs:
        value = example.values.get(field.key)
        if value is not None and field.kind in FILE_KINDS:
            path = resource_path(str(value))
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            value = FileValue(path.name, path.read_bytes(), mime, str(path))
        values[field.key] = value
    return values, dict(example.parameters)


def real_run(client: HfInference, task_id: str) -> Run:
    """Run ``task_id``'s first example against the client's server; a finished Run."""
    spec = task(task_id)
    values, parameters = example_form(task_id)
    model = spec.examples[0].model or spec.default_model
    request = build_request(spec, values, parameters, model=model, options=None)
    run = Run(spec, request, model, values, parameters, {"use_cache": True})
    control = CallControl()
    started = time.monotonic()
    result = invoke(client, request, control)
    if spec.streaming:
        run.events = list(result)
        run.text = "".join(map(event_text, run.events))
        run.result = run.events
    else:
        run.result = result
    run.state = RunState.DONE
    run.elapsed_s = time.monotonic() - started
    run.response = control.response
    return run


def answer(asked: list[list[Path]], replace: bool) -> Callable[[list[Path]], bool]:
    """An ``overwrite`` callback that records the conflicts it is shown and answers."""
    def overwrite(conflicts: list[Path]) -> bool:
        asked.append(conflicts)
        return replace

    return overwrite
