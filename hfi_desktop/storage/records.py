"""What one run was: the record that history keeps, exports save and comparisons hold.

JSON-safe throughout: input files and binary results are referenced by content hash
(:class:`FileRef`), their bytes live in the content store beside the database.

References are in band, so data is escaped: a mapping that would read as a reference (a
``"$file"`` key) or as an escape (a ``"$map"`` key) is written as ``{"$map": mapping}``
(:func:`escaped`). A server's reply or a user's table is then never taken for a file.
Readers go through :func:`map_files` / :func:`files_in`, which undo the escape.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from hfi_desktop.redaction import redact, redact_data
from hfi_desktop.runs import RunState

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

FILE_KEY = "$file"
MAP_KEY = "$map"


@dataclass(frozen=True)
class FileRef:
    """A file's bytes in the content store (deduplicated by sha256)."""

    sha256: str
    name: str
    mime: str
    size: int
    stored: bool = True  # False: not kept (history of inputs off, over the cap, disk full)
    lost: str = ""  # why a file meant to be kept could not be ("" when stored or not wanted)

    def to_json(self) -> dict[str, Any]:
        value = {"$file": self.sha256, "name": self.name, "mime": self.mime,
                 "size": self.size, "stored": self.stored}
        if self.lost:
            value["lost"] = self.lost
        return value

    @staticmethod
    def from_json(value: dict[str, Any]) -> FileRef:
        return FileRef(str(value["$file"]), str(value["name"]), str(value["mime"]),
                       int(value["size"]), bool(value.get("stored", True)),
                       str(value.get("lost", "")))

    @staticmethod
    def is_ref(value: object) -> bool:
        return isinstance(value, dict) and FILE_KEY in value


def escaped(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` (data, its values already encoded) as a record holds it: wrapped as
    ``{"$map": mapping}`` when it would otherwise read as a reference or an escape."""
    return {MAP_KEY: mapping} if FILE_KEY in mapping or MAP_KEY in mapping else mapping


def unescaped(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """The data mapping an escape holds (``value`` itself when it is not an escape)."""
    if len(value) == 1 and isinstance(value.get(MAP_KEY), dict):
        return value[MAP_KEY]  # type: ignore[no-any-return]
    return value


def map_files(value: Any, on_file: Callable[[dict[str, Any]], Any]) -> Any:
    """``value`` (a record's encoded data) decoded: each file reference replaced by
    ``on_file(reference)``, escaped mappings as they were."""
    if isinstance(value, list):
        return [map_files(item, on_file) for item in value]
    if not isinstance(value, dict):
        return value
    if FileRef.is_ref(value):
        return on_file(value)
    return {key: map_files(item, on_file) for key, item in unescaped(value).items()}


def files_in(value: Any) -> Iterator[FileRef]:
    """Every file reference in a record's encoded data."""
    if isinstance(value, list):
        for item in value:
            yield from files_in(item)
    elif isinstance(value, dict):
        if FileRef.is_ref(value):
            yield FileRef.from_json(value)
            return
        for item in unescaped(value).values():
            yield from files_in(item)


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
