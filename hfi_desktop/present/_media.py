"""Audio results, tables, embeddings and raw answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hfi_desktop.image_decode import RESULT_IMAGE
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from . import _shape as shape
from ._blobs import as_blob, require_blob
from .audio_clips import write_clip
from .embeddings import stats
from .errors import CONTEXT, PresentError, numbered
from .images import decode_base64, decode_image
from .types import (
    AudioPrepared,
    EmbeddingsPrepared,
    NumbersPrepared,
    RawPrepared,
    TableAnswerPrepared,
)

if TYPE_CHECKING:
    from .context import ResultContext

AUDIO_SOURCES = "[{label: string, blob: string (base64), content-type: string}]"
TABLE_ANSWER = "{answer: string, coordinates: [[row, column]], cells: [string], aggregator}"
NUMBERS = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "{shape} (one value per input row)"),
               shape="[number]")
FIRST_VALUES = 12


def audio(result: object, context: ResultContext, base: dict[str, Any]) -> AudioPrepared:
    data, mime = require_blob(result, Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "audio")))
    label = Text(CONTEXT, QT_TRANSLATE_NOOP("PresentError", "Generated audio"))
    return AudioPrepared(**base, clips=(write_clip(data, mime, label=label),))


def audio_sources(result: object, context: ResultContext, base: dict[str, Any]) -> AudioPrepared:
    clips = []
    for index, item in enumerate(shape.records(result, AUDIO_SOURCES)):
        label = shape.text(item, "label", AUDIO_SOURCES)
        encoded = shape.text(item, "blob", AUDIO_SOURCES)
        mime = item.get("content-type")
        data = decode_base64(encoded, Text(CONTEXT, QT_TRANSLATE_NOOP(
            "PresentError", "audio {index} ({label})"), index=index + 1, label=repr(label)))
        clips.append(write_clip(data, mime if isinstance(mime, str) else "", label=label))
    return AudioPrepared(**base, clips=tuple(clips))


def _table(context: ResultContext) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Columns and rows of the input table (short columns padded with empty cells)."""
    columns = tuple(context.table)
    height = max((len(cells) for cells in context.table.values()), default=0)
    rows = tuple(
        tuple(cells[r] if r < len(cells) else "" for cells in context.table.values())
        for r in range(height)
    )
    return columns, rows


def table_answer(
    result: object, context: ResultContext, base: dict[str, Any]
) -> TableAnswerPrepared:
    item = shape.first_record(result, TABLE_ANSWER)
    answer = shape.text(item, "answer", TABLE_ANSWER)
    coordinates = item.get("coordinates", [])
    cells = item.get("cells", [])
    if not isinstance(coordinates, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) for x in pair)
        for pair in coordinates
    ):
        shape.fail(TABLE_ANSWER, item)
    if not isinstance(cells, list):
        shape.fail(TABLE_ANSWER, item)
    columns, rows = _table(context)
    selected = frozenset((row, column) for row, column in coordinates)
    if rows:
        outside = [
            cell
            for cell in sorted(selected)
            if not (0 <= cell[0] < len(rows) and 0 <= cell[1] < len(columns))
        ]
        if outside:
            raise PresentError.saying(
                QT_TRANSLATE_NOOP("PresentError", "unexpected result: answer cell (row {row}, "
                                  "column {column}) is outside the input table ({rows}, "
                                  "{columns})"),
                row=outside[0][0] + 1, column=outside[0][1] + 1,
                rows=numbered(len(rows), QT_TRANSLATE_NOOP("PresentError", "{n} row"),
                             QT_TRANSLATE_NOOP("PresentError", "{n} rows")),
                columns=numbered(len(columns), QT_TRANSLATE_NOOP("PresentError", "{n} column"),
                                QT_TRANSLATE_NOOP("PresentError", "{n} columns")))
    aggregator = item.get("aggregator")
    return TableAnswerPrepared(
        **base,
        columns=columns,
        rows=rows,
        selected=selected if rows else frozenset(),
        answer=answer,
        aggregator=aggregator if isinstance(aggregator, str) else "NONE",
        cells=tuple(str(cell) for cell in cells),
        question=context.question,
    )


def _number_text(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.6g}"


def numbers(result: object, context: ResultContext, base: dict[str, Any]) -> NumbersPrepared:
    if not isinstance(result, list) or not all(shape.is_number(v) for v in result):
        shape.fail(NUMBERS, result)
    values: tuple[float, ...] = tuple(result)
    columns, rows = _table(context)
    if not rows:
        rows = tuple(() for _ in values)
    if len(rows) != len(values):
        raise PresentError.saying(
            QT_TRANSLATE_NOOP("PresentError", "unexpected result: {values} predicted values "
                              "for {rows} input rows"), values=len(values), rows=len(rows))
    value_column = "Prediction"
    if value_column in columns:
        value_column += " (predicted)"
    return NumbersPrepared(
        **base,
        columns=(value_column, *columns),
        rows=tuple((_number_text(v), *row) for row, v in zip(rows, values, strict=True)),
        selected=frozenset((r, 0) for r in range(len(rows))),
        values=values,
        value_column=value_column,
    )


def embeddings(result: object, context: ResultContext, base: dict[str, Any]) -> EmbeddingsPrepared:
    found = stats(result)
    return EmbeddingsPrepared(
        **base,
        dims=found.dims,
        count=found.count,
        minimum=found.minimum,
        maximum=found.maximum,
        mean=found.mean,
        std=found.std,
        norm=found.first_norm,
        first_values=found.first_vector[:FIRST_VALUES],
        strip=found.first_vector,
    )


def raw(result: object, context: ResultContext, base: dict[str, Any]) -> RawPrepared:
    blob = as_blob(result)
    if blob is None:
        return RawPrepared(**base, content_type="application/json")
    data, mime = blob
    if mime.startswith("image/"):
        return RawPrepared(**base, content_type=mime, image=decode_image(data, what=RESULT_IMAGE))
    if mime.startswith("audio/"):
        return RawPrepared(**base, content_type=mime, audio=write_clip(data, mime, label="result"))
    return RawPrepared(**base, content_type=mime)
