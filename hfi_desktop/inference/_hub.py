"""Look-ups on the Hub: a task's default model, a model's own pipeline tag."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import quote

from ._errors import InferenceInputError, InferenceOutputError

if TYPE_CHECKING:
    from ._control import CallControl
    from ._transport import Transport

PIPELINE_TAG_TTL_S = 600.0


class HubLookups:
    def __init__(self, transport: Transport, hub_url: str) -> None:
        self._transport = transport
        self._hub_url = hub_url.rstrip("/")
        self._lock = threading.Lock()
        self._tasks: dict[str, object] | None = None
        self._pipeline_tags: dict[str, tuple[float, str | None]] = {}

    def default_model(self, task: str, control: CallControl) -> str:
        """The first model the Hub lists for ``task`` (``{hub}/api/tasks``, fetched once)."""
        with self._lock:
            tasks = self._tasks
        if tasks is None:
            reply = self._transport.fetch("GET", f"{self._hub_url}/api/tasks", control)
            payload = reply.expect_json()
            if not isinstance(payload, dict):
                raise InferenceOutputError("the Hub's task list is not a JSON object")
            with self._lock:
                self._tasks = tasks = payload
        entry = tasks.get(task)
        models = entry.get("models") if isinstance(entry, dict) else None
        if (
            isinstance(models, list)
            and models
            and isinstance(models[0], dict)
            and isinstance(models[0].get("id"), str)
        ):
            return str(models[0]["id"])
        raise InferenceInputError("model", f"required: the Hub lists no default model for {task}")

    def pipeline_tag(self, model: str, control: CallControl) -> str | None:
        """The model's own task (cached for ten minutes)."""
        now = time.monotonic()
        with self._lock:
            cached = self._pipeline_tags.get(model)
        if cached is not None and now - cached[0] < PIPELINE_TAG_TTL_S:
            return cached[1]
        url = f"{self._hub_url}/api/models/{quote(model, safe='/')}?expand[]=pipeline_tag"
        payload = self._transport.fetch("GET", url, control).expect_json()
        tag = payload.get("pipeline_tag") if isinstance(payload, dict) else None
        tag = tag if isinstance(tag, str) else None
        with self._lock:
            self._pipeline_tags[model] = (now, tag)
        return tag
