"""The vocabulary of a batch: its plan (inputs x targets, the form's parameters) and the
outcome of each cell (one input x one target). Plain frozen data, JSON-safe where it is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

#: At most this many targets (model column groups) in one batch.
MAX_TARGETS = 6

CellStatus = Literal["done", "failed"]


@dataclass(frozen=True)
class BatchTarget:
    """One model (or model + provider) column group."""

    model: str
    #: The provider picker's value for it (None: the app's default).
    provider: str | None = None

    def label(self) -> str:
        """"model", or "model · provider"."""
        return f"{self.model} · {self.provider}" if self.provider else self.model


@dataclass(frozen=True)
class FileRef:
    """A file input by reference: read (and its sha256 checked) only when its cell runs, so a
    batch of 200 images does not hold 200 images in memory, and the batch file names it by
    path, not bytes. ``path`` is absolute."""

    path: str
    name: str
    mime: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BatchInput:
    """One row: ``key`` is unique in the batch and stable across resume ("row 12", a file
    name); ``label`` is what the table shows (file name, first words); ``values`` the form's
    input values (InputField key → value: text, JSON-safe values, :class:`FileRef` for files;
    a catalog ``FileValue`` is accepted too and stored beside the batch file)."""

    key: str
    label: str
    values: Mapping[str, object]


@dataclass(frozen=True)
class BatchPlan:
    """What to run: every input x every target, with the same parameters and options."""

    task_id: str
    inputs: Sequence[BatchInput]
    targets: Sequence[BatchTarget]  # 1..MAX_TARGETS
    parameters: Mapping[str, object] = field(default_factory=dict)
    #: The call options by name (``Options`` fields: use_cache, wait_for_model, ...).
    options: Mapping[str, object] = field(default_factory=dict)
    concurrency_per_host: int = 4

    def cells(self) -> int:
        return len(self.inputs) * len(self.targets)


@dataclass(frozen=True)
class CellOutcome:
    """One input x one target, final. ``result``: JSON-safe, as the client returned it, with
    binary results (``Blob``) replaced by ``{"$blob": sha256, "type": mime, "size": n}``
    (read them with :meth:`BatchJournal.blob`). ``error``: user-facing, token-redacted."""

    input_key: str
    target_index: int
    status: CellStatus
    result: object | None
    error: str | None
    latency_s: float
    tokens: int | None = None
    cost_usd: float | None = None
    attempts: int = 1

    @property
    def cell(self) -> tuple[str, int]:
        return (self.input_key, self.target_index)


@dataclass(frozen=True)
class BatchProgress:
    """Counts over the whole plan (cells finished before a resume included). ``eta_s``: None
    until some cells have finished in this run. ``waiting``: why calls are held back right
    now ("rate limited (HTTP 429): waiting 12 s"), else None."""

    done: int
    failed: int
    remaining: int
    eta_s: float | None
    paused: bool = False
    waiting: str | None = None

    @property
    def total(self) -> int:
        return self.done + self.failed + self.remaining
