"""Reading finished cells for the table, in a worker: each result prepared as its page would
(batch/short_form.py), its short form, the agreement of the rows it touched, the summary.

Outcomes gathered per tick are read in one worker call; while one is read the next ones
gather, so the reads never overlap (the prepared results are kept between them) and the
GUI thread only gets what it shows."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hfi_desktop.batch.agreement import RowAgreement, row_agreement
from hfi_desktop.batch.short_form import ShortForm, prepare_cell, short_form
from hfi_desktop.batch.summary import BatchSummary, summarize
from hfi_desktop.bridge import OwnedTasks

from .thumbnails import thumbnail_of

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from PySide6.QtGui import QImage

    from hfi_desktop.batch.model import BatchPlan, CellOutcome
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.present import Prepared


@dataclass(frozen=True)
class ReadCells:
    """What one read found: the outcomes, their short forms (by cell), the agreement of
    each row they touched (by input key) and the summary over every cell so far."""

    outcomes: list[CellOutcome]
    shorts: dict[tuple[str, int], ShortForm]
    agreements: dict[str, RowAgreement]
    summary: BatchSummary
    pictures: dict[tuple[str, int], QImage]  # thumbnails of image results


class CellBook:
    """Worker side: the prepared results of every cell read so far (not thread-safe: one
    read at a time, which :class:`CellReader` ensures)."""

    def __init__(self, spec: TaskSpec, plan: BatchPlan,
                 blob: Callable[[Mapping[str, object]], bytes] | None = None) -> None:
        self._spec = spec
        self._plan = plan
        self._blob = blob  # reads a binary result kept beside the batch file
        self._rows = {row.key: row for row in plan.inputs}
        self._prepared: dict[tuple[str, int], Prepared | None] = {}
        self._outcomes: dict[tuple[str, int], CellOutcome] = {}
        self._agreements: dict[str, RowAgreement] = {}

    def read(self, outcomes: Sequence[CellOutcome]) -> ReadCells:
        shorts: dict[tuple[str, int], ShortForm] = {}
        pictures: dict[tuple[str, int], QImage] = {}
        touched: set[str] = set()
        for outcome in outcomes:
            row = self._rows.get(outcome.input_key)
            if row is None:
                continue
            prepared = prepare_cell(self._spec, self._plan, row, outcome)
            self._prepared[outcome.cell] = prepared
            self._outcomes[outcome.cell] = outcome
            short = shorts[outcome.cell] = short_form(outcome, prepared)
            touched.add(outcome.input_key)
            picture = self._picture(short)
            if picture is not None:
                pictures[outcome.cell] = picture
        targets = range(len(self._plan.targets))
        for key in touched:
            self._agreements[key] = row_agreement([self._prepared.get((key, i))
                                                   for i in targets])
        return ReadCells(list(outcomes), shorts,
                         {key: self._agreements[key] for key in touched},
                         summarize(self._plan, self._outcomes, self._agreements), pictures)

    def _picture(self, short: ShortForm) -> QImage | None:
        if self._blob is None or short.media != "image" or short.blob is None:
            return None
        try:
            data = self._blob(short.blob)
        except OSError:
            return None
        return thumbnail_of(data, short.text)


class CellReader(QObject):
    """GUI side: ``add(outcomes)``; ``read(ReadCells)`` once they are read. ``set_plan``
    starts over (a new batch, a batch file opened)."""

    read = Signal(object)

    def __init__(self, bridge: Bridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._book: CellBook | None = None
        self._pending: list[CellOutcome] = []
        self._tasks = OwnedTasks("batch cells")

    def set_plan(self, spec: TaskSpec, plan: BatchPlan,
                 blob: Callable[[Mapping[str, object]], bytes] | None = None) -> None:
        self._tasks.cancel()
        self._book = CellBook(spec, plan, blob)
        self._pending = []

    def add(self, outcomes: Sequence[CellOutcome]) -> None:
        self._pending.extend(outcomes)
        if not self._tasks.busy():
            self._tasks.start(self._drain())

    def busy(self) -> bool:
        return bool(self._pending) or self._tasks.busy()

    async def _drain(self) -> None:
        while self._pending and self._book is not None:
            book, batch, self._pending = self._book, self._pending, []
            found = await self._bridge.run(functools.partial(book.read, batch), cpu=True)
            if book is self._book:  # not a batch replaced meanwhile
                self.read.emit(found)
