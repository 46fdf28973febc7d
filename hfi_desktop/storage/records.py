"""What one run was: the record that history keeps, exports save and comparisons hold.

JSON-safe throughout: input files and binary results are referenced by content hash
(:class:`FileRef`), their bytes live in the content store beside the database.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from hfi_desktop.redaction import redact, redact_data
from hfi_desktop.runs import RunState


@dataclass(frozen=True)
class FileRef:
    """A file's bytes in the content store (deduplicated by sha256)."""

    sha256: str
    name: str
    mime: str
    size: int
    stored: bool = True  # False: not kept (history of inputs off, or over the size cap)

    def to_json(self) -> dict[str, Any]:
        return {"$file": self.sha256, "name": self.name, "mime": self.mime, "size": self.size,
                "stored": self.stored}

    @staticmethod
    def from_json(value: dict[str, Any]) -> FileRef:
        return FileRef(str(value["$file"]), str(value["name"]), str(value["mime"]),
                       int(value["size"]), bool(value.get("stored", True)))

    @staticmethod
    def is_ref(value: object) -> bool:
        return isinstance(value, dict) and "$file" in value


@dataclass
class RunRecord:
    task_id: str
    model: str  # the model id or endpoint URL that was called
    form: dict[str, Any]  # input key -> value; files as FileRef.to_json()
    parameters: dict[str, Any]
    options: dict[str, Any]
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: float = field(default_factory=time.time)
    state: RunState = RunState.RUNNING
    elapsed_s: float | None = None
    http_status: int | None = None
    response_bytes: int | None = None
    result: Any = None  # JSON-safe; binary results as FileRef.to_json()
    error: dict[str, str] | None = None  # {"title", "message"}
    text: str = ""  # streamed text received so far (streams only)
    tokens: int | None = None  # streamed events received (streams only)

    @property
    def partial(self) -> bool:
        """A stream that did not finish (cancelled, failed, interrupted, still running): what
        it holds is what arrived before it stopped."""
        return self.state is not RunState.DONE and bool(self.text)

    def redacted(self) -> RunRecord:
        """This record without any copy of an access token (in inputs, result, error, text):
        what is written to the history."""
        return replace(self, model=redact(self.model), form=redact_data(self.form),
                       parameters=redact_data(self.parameters),
                       options=redact_data(self.options), result=redact_data(self.result),
                       error=redact_data(self.error), text=redact(self.text))

    def to_json(self) -> dict[str, Any]:
        value = asdict(self)
        value["state"] = self.state.value
        return value

    @staticmethod
    def from_json(value: dict[str, Any]) -> RunRecord:
        data = dict(value)
        data["state"] = RunState(data.get("state", RunState.DONE))
        return RunRecord(**data)
