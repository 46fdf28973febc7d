"""A report from a comparison (the compare window, or its ``.hficompare`` file): its one
input, each column a target, their results side by side compared with the reference column
as the window shows them, and each column's time, tokens and cost."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

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
    Target,
)
from hfi_desktop.runs import RunState
from hfi_desktop.sizes import human_size

from .contents import Column, Contents, contents_of

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.present import Prepared
    from hfi_desktop.storage.comparison_file import ComparisonDocument, SavedColumn

INPUT_KEY = "input"


def comparison_report(document: ComparisonDocument, prepared: Sequence[Prepared | None], *,
                      task: str, names: Sequence[str],
                      field_names: Mapping[str, str] | None = None,
                      title: str | None = None) -> Report:
    """The report of ``document``; ``prepared``: each column's prepared result (None: none),
    ``task``: the task's title, ``names``: the columns' short names (in notes),
    ``field_names``: the form's field labels by key."""
    labels = dict(field_names or {})
    fields = tuple(_field(labels.get(key, key), value)
                   for key, value in document.form.values.items()
                   if value not in (None, "", [], {}))
    image = next((f.image for f in fields if f.image is not None), None)
    reference = document.reference if document.show_differences else None
    columns = [Column(p, c.result, name) for p, c, name
               in zip(prepared, document.columns, names, strict=True)]
    contents = contents_of(columns, reference, input_image=image)
    cells = tuple(_cell(saved, content) for saved, content
                  in zip(document.columns, contents, strict=True))
    models = len(document.columns)
    return Report(
        title=title or f"{task}: {models} models compared",
        task=task,
        created_at=time.time(),
        inputs=(ReportInput(INPUT_KEY, "Input", fields),),
        targets=tuple(Target(c.model, c.provider) for c in document.columns),
        rows=(ResultRow(INPUT_KEY, cells, reference),),
        parameters=parameters_of(document.form.parameters, document.form.options),
        source="Comparison",
        compared=reference is not None,
    )


def parameters_of(parameters: Mapping[str, object], options: Mapping[str, bool]
                  ) -> tuple[tuple[str, str], ...]:
    """The set parameters, then the options' boxes (``yes``/``no``), as shown."""
    shown = [(name, _value_text(value)) for name, value in parameters.items()
             if value not in (None, "", [], {})]
    shown += [(name, "yes" if on else "no") for name, on in options.items()]
    return tuple(shown)


def _value_text(value: object) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:
        return str(value)


def _field(name: str, value: object) -> InputField:
    if isinstance(value, FileValue):
        if value.mime in IMAGE_MIMES:
            return InputField(name, value.name, Attachment(value.name, value.mime, value.data,
                                                           value.name))
        return InputField(name, f"{value.name} ({value.mime}, {human_size(len(value.data))})")
    return InputField(name, _value_text(value))


def _cell(saved: SavedColumn, content: Contents) -> Cell:
    if saved.state is None:
        return Cell(status="not run")
    stats = saved.stats
    latency = stats.total_s if stats is not None and stats.total_s is not None \
        else saved.elapsed_s
    usage = stats.usage.total if stats is not None and stats.usage is not None else None
    tokens = usage if usage is not None else (saved.tokens or None)
    cost = stats.cost_usd if stats is not None else None
    if saved.state is RunState.DONE:
        return Cell(text=content.text, lines=content.lines, images=content.images,
                    note=content.note, score=content.score, latency_s=latency,
                    tokens=tokens, cost_usd=cost)
    title, message = saved.error or ("Failed", "")
    partial = (Fragment(saved.text),) if saved.text else ()
    return Cell(status="failed", error=f"{title}: {message}" if message else title,
                text=partial, latency_s=latency, tokens=tokens, cost_usd=cost)
