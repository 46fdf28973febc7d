"""The batch file: append-only JSONL written as the batch goes, so a killed app loses no
finished cell and a batch resumes where it stopped.

Line 1 is the header: the plan (files by path + sha256 + size, never their bytes). Then one
line per cell outcome, flushed as it is written. A torn last line (the app killed while
writing it) is ignored, and cut off before the next append. Binary results (and file inputs
that only existed in memory) are stored beside it, content-addressed:
``<name>.jsonl`` + ``<name>.blobs/<sha256>``.

Blocking file I/O: call everything here through the runner's ``offload`` (a worker thread);
:meth:`BatchJournal.record` is thread-safe.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hfi_desktop.catalog import FileValue
from hfi_desktop.inference import Blob
from hfi_desktop.redaction import redact

from .model import BatchInput, BatchPlan, BatchTarget, CellOutcome, FileRef

if TYPE_CHECKING:
    from collections.abc import Mapping

FORMAT = "hfi_desktop.batch"
VERSION = 1
#: A header or outcome line longer than this is not read (the file is not ours, or damaged).
MAX_LINE_BYTES = 64 * 1024 * 1024
#: The key of a binary result's reference in an outcome's JSON.
BLOB_KEY = "$blob"
_FILE_KEY = "$file"


class BatchFileError(Exception):
    """The batch file cannot be used: its text says why and where (user-facing)."""


class BatchJournal:
    """One batch file, open for appending outcomes. ``plan``: what the batch runs;
    ``outcomes``: the cells finished so far, by (input key, target index)."""

    def __init__(self, path: Path, plan: BatchPlan, outcomes: dict[tuple[str, int], CellOutcome],
                 created_at: float) -> None:
        self.path = path
        self.plan = plan
        self.outcomes = outcomes
        self.created_at = created_at
        self._lock = threading.Lock()
        self._file: TextIO | None = None
        self._torn_after: int | None = None  # where a torn last line starts, to cut it

    # -- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], plan: BatchPlan) -> BatchJournal:
        """Start a new batch file at ``path`` (an existing file there is an error: a batch is
        never overwritten). File inputs held in memory are stored beside it."""
        target = Path(path)
        journal = cls(target, plan, {}, time.time())
        stored = BatchPlan(
            task_id=plan.task_id,
            inputs=[BatchInput(i.key, i.label, {k: journal._stored_value(v)
                                                for k, v in i.values.items()})
                    for i in plan.inputs],
            targets=list(plan.targets),
            parameters=dict(plan.parameters),
            options=dict(plan.options),
            concurrency_per_host=plan.concurrency_per_host,
        )
        journal.plan = stored
        header = {"format": FORMAT, "version": VERSION, "created_at": journal.created_at,
                  "plan": plan_to_json(stored)}
        try:
            with target.open("x", encoding="utf-8") as file:
                file.write(_line(header))
                file.flush()
        except FileExistsError:
            raise BatchFileError(f"{target}: a file of that name exists already") from None
        except OSError as exc:
            raise BatchFileError(f"{target}: cannot be written ({exc.strerror or exc})") from None
        return journal

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> BatchJournal:
        """Read a batch file to look at or resume it. A torn last line is left out (and cut
        off the file by the first :meth:`record`, so that the next outcome starts on a line of
        its own; reading alone never changes the file, which a runner may be writing)."""
        source = Path(path)
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise BatchFileError(f"{source}: cannot be read ({exc.strerror or exc})") from None
        # Every complete line ends with "\n"; what follows the last one is torn (or empty).
        *lines, torn = raw.split(b"\n")
        good_end = len(raw) - len(torn)
        entries: list[dict[str, Any]] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                if len(line) > MAX_LINE_BYTES:
                    raise ValueError("line too long")
                entry = json.loads(line)
                if not isinstance(entry, dict):
                    raise ValueError("not an object")
            except ValueError:
                raise BatchFileError(
                    f"{source}, line {number}: not a batch line (damaged file?)") from None
            entries.append(entry)
        if not entries:
            raise BatchFileError(f"{source}: empty, not a batch file")
        header = entries[0]
        if header.get("format") != FORMAT:
            raise BatchFileError(f"{source}: not a batch file of this application")
        if header.get("version") != VERSION:
            raise BatchFileError(
                f"{source}: batch file version {header.get('version')!r} is not supported")
        try:
            plan = plan_from_json(header["plan"])
            outcomes = {}
            for entry in entries[1:]:
                outcome = outcome_from_json(entry)
                outcomes[outcome.cell] = outcome
        except (KeyError, TypeError, ValueError) as exc:
            raise BatchFileError(f"{source}: damaged batch file ({exc})") from None
        journal = cls(source, plan, outcomes, float(header.get("created_at") or 0.0))
        journal._torn_after = good_end if good_end < len(raw) else None
        return journal

    # -- writing --------------------------------------------------------------------------

    @property
    def blobs_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".blobs")

    def record(self, outcome: CellOutcome) -> CellOutcome:
        """Append one outcome (binary results stored beside first) and flush; returns it as
        stored (JSON-safe result). Thread-safe. A cell recorded twice keeps the last."""
        stored = CellOutcome(
            outcome.input_key, outcome.target_index, outcome.status,
            self._stored_result(outcome.result),
            redact(outcome.error) if outcome.error is not None else None,
            round(outcome.latency_s, 4), outcome.tokens, outcome.cost_usd, outcome.attempts)
        text = _line(outcome_to_json(stored))
        with self._lock:
            if self._file is None:
                if self._torn_after is not None:  # cut the torn line: only a writer does
                    with self.path.open("r+b") as file:
                        file.truncate(self._torn_after)
                    self._torn_after = None
                self._file = self.path.open("a", encoding="utf-8")
            self._file.write(text)
            self._file.flush()
            self.outcomes[stored.cell] = stored
        return stored

    def __enter__(self) -> BatchJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (it is opened again by the next :meth:`record`)."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def store_blob(self, data: bytes) -> str:
        """Keep ``data`` beside the batch file; returns its sha256 (its name there)."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.blobs_dir / digest
        if not target.exists():
            self.blobs_dir.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f"{digest}.{os.getpid()}.{threading.get_ident()}.part")
            partial.write_bytes(data)
            partial.replace(target)
        return digest

    # -- reading --------------------------------------------------------------------------

    def blob(self, ref: Mapping[str, object]) -> Blob:
        """The binary result behind ``{"$blob": sha256, "type": mime}`` (blocking)."""
        digest = str(ref[BLOB_KEY])
        data = (self.blobs_dir / digest).read_bytes()
        return Blob(data, str(ref.get("type") or "application/octet-stream"))

    def _stored_value(self, value: object) -> object:
        if isinstance(value, FileValue):
            if value.path:
                return file_ref_of(value)
            digest = self.store_blob(value.data)
            return FileRef(str(self.blobs_dir / digest), value.name, value.mime, digest,
                           len(value.data))
        return value

    def _stored_result(self, value: object) -> object:
        if isinstance(value, Blob):
            return {BLOB_KEY: self.store_blob(value.data), "type": value.type,
                    "size": len(value.data)}
        if isinstance(value, bytes):
            return {BLOB_KEY: self.store_blob(value), "type": "application/octet-stream",
                    "size": len(value)}
        if isinstance(value, dict):
            return {str(k): self._stored_result(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._stored_result(v) for v in value]
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if value is None or isinstance(value, str | int | float | bool):
            return value
        return redact(str(value))


def blob_refs(value: object) -> list[Mapping[str, object]]:
    """The ``{"$blob": …}`` references in a stored result, in order."""
    if isinstance(value, dict):
        return [value] if BLOB_KEY in value else [b for v in value.values() for b in blob_refs(v)]
    if isinstance(value, list):
        return [b for v in value for b in blob_refs(v)]
    return []


def file_ref_of(value: FileValue) -> FileRef:
    """A file read into memory, by reference (its path must be set)."""
    assert value.path is not None
    return FileRef(str(Path(value.path).resolve()), value.name, value.mime,
                   hashlib.sha256(value.data).hexdigest(), len(value.data))


# -- JSON ------------------------------------------------------------------------------------

def _line(entry: Mapping[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def _value_to_json(value: object) -> object:
    if isinstance(value, FileRef):
        return {_FILE_KEY: asdict(value)}
    if isinstance(value, FileValue):
        raise TypeError("file inputs are stored by reference (FileRef)")
    return value


def _value_from_json(value: object) -> object:
    if isinstance(value, dict) and set(value) == {_FILE_KEY}:
        ref = value[_FILE_KEY]
        return FileRef(str(ref["path"]), str(ref["name"]), str(ref["mime"]),
                       str(ref["sha256"]), int(ref["size"]))
    return value


def plan_to_json(plan: BatchPlan) -> dict[str, object]:
    return {
        "task_id": plan.task_id,
        "inputs": [{"key": i.key, "label": i.label,
                    "values": {k: _value_to_json(v) for k, v in i.values.items()}}
                   for i in plan.inputs],
        "targets": [{"model": t.model, "provider": t.provider} for t in plan.targets],
        "parameters": dict(plan.parameters),
        "options": dict(plan.options),
        "concurrency_per_host": plan.concurrency_per_host,
    }


def plan_from_json(data: Mapping[str, Any]) -> BatchPlan:
    return BatchPlan(
        task_id=str(data["task_id"]),
        inputs=[BatchInput(str(i["key"]), str(i["label"]),
                           {str(k): _value_from_json(v) for k, v in i["values"].items()})
                for i in data["inputs"]],
        targets=[BatchTarget(str(t["model"]), t.get("provider")) for t in data["targets"]],
        parameters=dict(data.get("parameters") or {}),
        options=dict(data.get("options") or {}),
        concurrency_per_host=int(data.get("concurrency_per_host") or 4),
    )


def outcome_to_json(outcome: CellOutcome) -> dict[str, object]:
    return {"input": outcome.input_key, "target": outcome.target_index,
            "status": outcome.status, "result": outcome.result, "error": outcome.error,
            "latency_s": outcome.latency_s, "tokens": outcome.tokens,
            "cost_usd": outcome.cost_usd, "attempts": outcome.attempts}


def outcome_from_json(data: Mapping[str, Any]) -> CellOutcome:
    status = data["status"]
    if status not in ("done", "failed"):
        raise ValueError(f"unknown status {status!r}")
    return CellOutcome(
        input_key=str(data["input"]), target_index=int(data["target"]), status=status,
        result=data.get("result"), error=data.get("error"),
        latency_s=float(data.get("latency_s") or 0.0),
        tokens=None if data.get("tokens") is None else int(data["tokens"]),
        cost_usd=None if data.get("cost_usd") is None else float(data["cost_usd"]),
        attempts=int(data.get("attempts") or 1))
