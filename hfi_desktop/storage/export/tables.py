"""Tables and text for export: CSV per kind of result, plain text, Markdown, ``.npy``.

CSV cells that come from server data and would start a spreadsheet formula (``=``, ``+``,
``-``, ``@``, tab, CR) and are not numbers get a leading ``'`` (formula injection).
"""

from __future__ import annotations

import array
import csv
import io
import math
import sys
import time
from collections.abc import Mapping, Sequence
from typing import Any

from hfi_desktop.catalog.model import OutputKind

from .media import detected_boxes
from .source import ExportError, ExportSource

Row = Sequence[object]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_KEYS = ("generated_text", "summary_text", "translation_text", "text", "answer")


# --------------------------------------------------------------------------------- CSV
def csv_bytes(header: Row, rows: Sequence[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_cell(value) for value in header])
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else str(value)
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def result_csv(source: ExportSource) -> bytes:
    """The result as a table (one row per label, token, box, entity, vector…)."""
    kind, result = source.kind, source.result
    if kind is OutputKind.DETECTION:
        return csv_bytes(["label", "score", "xmin", "ymin", "xmax", "ymax"], [
            [b.label, b.score, b.xmin, b.ymin, b.xmax, b.ymax] for b in detected_boxes(result)])
    if kind is OutputKind.EMBEDDINGS:
        return _vectors_csv(result)
    if kind is OutputKind.SIMILARITY:
        sentences = source.context.sentences
        values = result if isinstance(result, list) else []
        return csv_bytes(["sentence", "score"], [
            [sentences[i] if i < len(sentences) else f"sentence {i + 1}", v]
            for i, v in enumerate(values)])
    if kind is OutputKind.NUMBERS:
        return _numbers_csv(source)
    if kind is OutputKind.TABLE_ANSWER:
        return _table_answer_csv(result)
    if kind is OutputKind.ZERO_SHOT:
        rows: list[Row] = []
        for item in _records(result):
            for label, score in zip(item.get("labels", []), item.get("scores", []),
                                    strict=False):
                rows.append([item.get("sequence", ""), label, score])
        return csv_bytes(["sequence", "label", "score"], rows)
    columns = {
        OutputKind.LABELS: ["label", "score"],
        OutputKind.FILL_MASK: ["token_str", "score", "token", "sequence"],
        OutputKind.ENTITIES: ["entity_group", "word", "score", "start", "end"],
        OutputKind.DOC_ANSWER: ["answer", "score", "start", "end"],
    }.get(kind)
    if columns is None:
        raise ExportError(f"no CSV for results of kind {kind.value!r}")
    return csv_bytes(columns, [[item.get(c) for c in columns] for item in _records(result)])


def _records(result: object) -> list[Mapping[str, Any]]:
    if isinstance(result, Mapping):
        return [result]
    if isinstance(result, list):
        return [item for item in result if isinstance(item, Mapping)]
    return []


def _numbers_csv(source: ExportSource) -> bytes:
    values = source.result if isinstance(source.result, list) else []
    table = source.context.table
    columns = list(table)
    value_column = "Prediction (predicted)" if "Prediction" in columns else "Prediction"
    rows = [[value, *(cells[i] if i < len(cells) else "" for cells in table.values())]
            for i, value in enumerate(values)]
    return csv_bytes([value_column, *columns], rows)


def _table_answer_csv(result: object) -> bytes:
    rows: list[Row] = []
    for item in _records(result):
        found_cells, found_coordinates = item.get("cells"), item.get("coordinates")
        cells = found_cells if isinstance(found_cells, list) else []
        coordinates = found_coordinates if isinstance(found_coordinates, list) else []
        answer, aggregator = item.get("answer", ""), item.get("aggregator", "")
        if not cells:
            rows.append([answer, aggregator, "", "", ""])
        for index, cell in enumerate(cells):
            where = coordinates[index] if index < len(coordinates) else None
            row, column = where if isinstance(where, list) and len(where) == 2 else ("", "")
            rows.append([answer, aggregator, cell, row, column])
    return csv_bytes(["answer", "aggregator", "cell", "row", "column"], rows)


def _vectors(value: object, index: tuple[int, ...] = ()) -> list[tuple[tuple[int, ...], list[Any]]]:
    """(index of the vector, its numbers) for every innermost list."""
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        found: list[tuple[tuple[int, ...], list[Any]]] = []
        for i, item in enumerate(value):
            found.extend(_vectors(item, (*index, i)))
        return found
    if isinstance(value, list):
        return [(index, value)]
    return [(index, [value])]


def _vectors_csv(result: object) -> bytes:
    vectors = _vectors(result)
    depth = max((len(index) for index, _ in vectors), default=0)
    width = max((len(values) for _, values in vectors), default=0)
    header = [f"index{level}" for level in range(depth)] + [str(i) for i in range(width)]
    rows = [[*index, *([""] * (depth - len(index))), *values] for index, values in vectors]
    return csv_bytes(header, rows)


# --------------------------------------------------------------------------------- .npy
def is_rectangular(value: object) -> bool:
    """Nested lists of numbers with the same length at every level (an n-d array)."""
    return _shape(value) is not None


def _shape(value: object) -> tuple[int, ...] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return ()
    if not isinstance(value, list) or not value:
        return None
    shapes = {_shape(item) for item in value}
    if len(shapes) != 1 or None in shapes:
        return None
    inner = shapes.pop()
    return None if inner is None else (len(value), *inner)


def npy_bytes(value: object) -> bytes:
    """A NumPy ``.npy`` (format 1.0) file of float32 numbers, written without NumPy."""
    shape = _shape(value)
    if shape is None:
        raise ExportError("the numbers are not a rectangular array (rows of unequal length)")
    flat = array.array("f", _flatten(value))
    if sys.byteorder == "big":
        flat.byteswap()
    dims = ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "")
    header = f"{{'descr': '<f4', 'fortran_order': False, 'shape': ({dims}), }}"
    padding = 64 - (10 + len(header) + 1) % 64
    header += " " * (padding % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode(
        "latin-1") + flat.tobytes()


def _flatten(value: object) -> list[float]:
    if isinstance(value, list):
        out: list[float] = []
        for item in value:
            out.extend(_flatten(item))
        return out
    return [float(value)]  # type: ignore[arg-type]


# --------------------------------------------------------------------------------- text
def result_text(source: ExportSource) -> str:
    """The result as plain text (the generated text, the answer, the conversation)."""
    if source.streaming:
        return source.text
    result = source.result
    if source.kind is OutputKind.CONVERSATION:
        return "\n\n".join(f"{who}: {said}" for who, said in conversation_turns(source))
    if isinstance(result, list) and source.kind is OutputKind.DOC_ANSWER:
        answers = _records(result)
        best = max(answers, key=lambda item: _score(item.get("score")), default=None)
        return _text_of(best)
    if isinstance(result, list):
        return "\n\n".join(text for text in map(_text_of, result) if text)
    return _text_of(result)


def _score(value: object) -> float:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else -1.0


def _text_of(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for key in _TEXT_KEYS:
            if isinstance(value.get(key), str):
                return str(value[key])
    return ""


def conversation_turns(source: ExportSource) -> list[tuple[str, str]]:
    """(speaker, text) for the whole conversation, this call's turns last."""
    context, result = source.context, source.result
    conversation = result.get("conversation") if isinstance(result, Mapping) else None
    if isinstance(conversation, Mapping):
        users = [str(s) for s in conversation.get("past_user_inputs", [])]
        models = [str(s) for s in conversation.get("generated_responses", [])]
    else:
        users = [*context.past_user_inputs, context.text]
        models = [*context.generated_responses, _text_of(result)]
    turns: list[tuple[str, str]] = []
    for index in range(max(len(users), len(models))):
        if index < len(users):
            turns.append(("You", users[index]))
        if index < len(models):
            turns.append(("Model", models[index]))
    return turns


def markdown(source: ExportSource) -> str:
    """The result as a small Markdown document: task, model, inputs, then the result."""
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(source.started_at))
    lines = [f"# {_md_line(source.task_title)}", "", f"- **Model:** `{_md_code(source.model)}`",
             f"- **Run:** {when}" + (f" · {source.elapsed_s:.2f} s"
                                     if source.elapsed_s is not None else "")]
    if source.partial:
        lines.append(f"- **State:** {source.state} — partial result (what arrived before it "
                     "stopped)")
    lines += ["", "## Input", ""]
    for key, value in source.inputs.items():
        lines.extend(_md_input(key, value))
    lines += ["## Result", ""]
    if source.kind is OutputKind.CONVERSATION and not source.streaming:
        for who, said in conversation_turns(source):
            lines += [f"**{who}:** {said}", ""]
    else:
        text = result_text(source)
        question = source.context.question
        if question and source.kind in (OutputKind.DOC_ANSWER, OutputKind.ANSWER_SPAN,
                                        OutputKind.TABLE_ANSWER):
            lines += [f"**Q:** {_md_line(question)}", "", f"**A:** {text}", ""]
        else:
            lines += [text, ""]
    return "\n".join(lines).rstrip() + "\n"


def _md_input(key: str, value: object) -> list[str]:
    if value is None or value == "" or value == [] or value == {}:
        return []
    if isinstance(value, Mapping) and "file" in value:
        return [f"- **{key}:** file `{_md_code(value.get('file'))}` ({value.get('mime')}, "
                f"{value.get('size')} bytes)", ""]
    if isinstance(value, str):
        quoted = "\n".join(f"> {line}" for line in value.splitlines() or [""])
        return [f"**{key}:**", "", quoted, ""]
    return [f"- **{key}:** `{_md_code(value)}`", ""]


def _md_line(text: str) -> str:
    return " ".join(text.split())


def _md_code(value: object) -> str:
    return str(value).replace("`", "'")
