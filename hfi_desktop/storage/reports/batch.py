"""A report from a batch (its journal: the plan and the outcomes so far): one row per input,
a cell per target, compared with a reference target as the compare window compares (words,
labels, boxes), each cell's time, tokens and cost, the agreement between targets per row
and as a matrix.

Reads the batch's input files and binary results (blocking): call it in a worker. Pictures
are thumbnails (a batch of 200 images stays a file one can mail); boxes are drawn over the
input only for batches of at most ``DRAW_BOXES_UP_TO`` rows.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

from hfi_desktop.batch.agreement import row_agreement
from hfi_desktop.batch.journal import blob_refs
from hfi_desktop.batch.model import FileRef
from hfi_desktop.batch.short_form import prepare_cell
from hfi_desktop.batch.summary import summarize
from hfi_desktop.catalog.model import FileValue
from hfi_desktop.report import (
    IMAGE_MIMES,
    Attachment,
    Cell,
    Fragment,
    InputField,
    Report,
    ReportInput,
    ResultRow,
    Section,
    Target,
    thumbnail,
)

from .comparison import parameters_of
from .contents import RAW_CHARS, Column, Contents, contents_of

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.batch.journal import BatchJournal
    from hfi_desktop.batch.model import BatchInput, CellOutcome
    from hfi_desktop.catalog import TaskSpec

DRAW_BOXES_UP_TO = 50
MAX_INPUT_BYTES = 64 * 1024 * 1024  # an input file bigger than this is named, not shown


def batch_report(journal: BatchJournal, spec: TaskSpec, *, task: str, names: Sequence[str],
                 reference: int | None = 0, field_names: Mapping[str, str] | None = None,
                 title: str | None = None) -> Report:
    """The report of the batch ``journal`` holds (finished cells; the others "not run");
    ``spec``: its task's, ``names``: the targets' short names (in notes), ``reference``: the
    target the others are compared with (None: no comparison)."""
    plan = journal.plan
    labels = dict(field_names or {})
    draw_boxes = len(plan.inputs) <= DRAW_BOXES_UP_TO
    inputs = []
    rows = []
    agreements = {}
    for row in plan.inputs:
        fields = tuple(_field(labels.get(key, key), value) for key, value in row.values.items()
                       if value not in (None, "", [], {}))
        inputs.append(ReportInput(row.key, row.label, fields))
        outcomes = [journal.outcomes.get((row.key, index)) for index in range(len(plan.targets))]
        prepared = [prepare_cell(spec, plan, row, o) if o is not None else None
                    for o in outcomes]
        agreements[row.key] = row_agreement(prepared)
        image = _input_image(row) if draw_boxes else None
        columns = [Column(p, None, name) for p, name in zip(prepared, names, strict=True)]
        contents = contents_of(columns, reference, input_image=image)
        cells = tuple(_cell(journal, outcome, content)
                      for outcome, content in zip(outcomes, contents, strict=True))
        rows.append(ResultRow(row.key, cells, reference))
    summary = summarize(plan, journal.outcomes, agreements)
    targets = tuple(Target(t.model, t.provider) for t in plan.targets)
    return Report(
        title=title or f"{task}: {len(plan.inputs)} inputs, {len(targets)} models",
        task=task,
        created_at=time.time(),
        inputs=tuple(inputs),
        targets=targets,
        rows=tuple(rows),
        parameters=parameters_of(plan.parameters, {k: bool(v) for k, v in plan.options.items()}),
        sections=(_agreement_section(names, summary.agreement, summary.compared),)
        if len(targets) > 1 else (),
        source="Batch",
        compared=reference is not None,
    )


def _agreement_section(names: Sequence[str], agreement: Sequence[Sequence[float | None]],
                       compared: Sequence[Sequence[int]]) -> Section:
    rows = tuple(
        (name, *("" if i == j else "—" if share is None else f"{share:.0%} of {compared[i][j]}"
                 for j, share in enumerate(agreement[i])))
        for i, name in enumerate(names))
    return Section("Agreement between models", ("", *names), rows,
                   text="The share of inputs where two models agree (same top label, same "
                        "answer, boxes matched), of the inputs both answered.",
                   numeric=frozenset(range(1, len(names) + 1)))


def _cell(journal: BatchJournal, outcome: CellOutcome | None, content: Contents) -> Cell:
    if outcome is None:
        return Cell(status="not run")
    if outcome.status != "done":
        return Cell(status="failed", error=outcome.error or "failed",
                    latency_s=outcome.latency_s, tokens=outcome.tokens,
                    cost_usd=outcome.cost_usd)
    text = content.text
    images = content.images + tuple(_blobs(journal, outcome))
    if not (text or content.lines or images):  # a result the viewers do not read: its JSON
        text = (Fragment(json.dumps(outcome.result, ensure_ascii=False)[:RAW_CHARS]),)
    return Cell(text=text, lines=content.lines, images=images, note=content.note,
                score=content.score, latency_s=outcome.latency_s, tokens=outcome.tokens,
                cost_usd=outcome.cost_usd)


def _blobs(journal: BatchJournal, outcome: CellOutcome) -> list[Attachment]:
    out = []
    for number, ref in enumerate(blob_refs(outcome.result), 1):
        try:
            blob = journal.blob(ref)
        except OSError:
            continue
        picture = Attachment(f"{outcome.input_key}-{outcome.target_index + 1}-{number}",
                             blob.type, bytes(blob.data), "result")
        out.append(thumbnail(picture) if picture.is_image else picture)
    return out


def _input_image(row: BatchInput) -> Attachment | None:
    for value in row.values.values():
        field = _field("", value)
        if field.image is not None:
            return _full_image(value) or field.image
    return None


def _full_image(value: object) -> Attachment | None:
    data = _file_bytes(value)
    mime = value.mime if isinstance(value, FileRef | FileValue) else ""
    return Attachment("input", mime, data, "input") if data and mime in IMAGE_MIMES else None


def _field(name: str, value: object) -> InputField:
    if isinstance(value, FileRef | FileValue):
        data = _file_bytes(value)
        if data is not None and value.mime in IMAGE_MIMES:
            return InputField(name, value.name,
                              thumbnail(Attachment(value.name, value.mime, data, value.name)))
        return InputField(name, value.name)
    return InputField(name, value if isinstance(value, str)
                      else json.dumps(value, ensure_ascii=False, default=str))


def _file_bytes(value: object) -> bytes | None:
    if isinstance(value, FileValue):
        return value.data
    if isinstance(value, FileRef):
        if value.size > MAX_INPUT_BYTES:
            return None
        try:
            with open(value.path, "rb") as file:
                return file.read(MAX_INPUT_BYTES + 1)
        except OSError:
            return None
    return None
