"""Where a batch's inputs come from: a folder of files, a CSV/JSONL table, the lines of a text.

All blocking (reading files, hashing): call them through the runner's ``offload`` / the bridge.
The content is untrusted: sizes and counts are capped and every refusal names the file, row
or line (:class:`SourceError`, user-facing text).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hfi_desktop.catalog import FileValue, InputField, InputKind, TaskSpec
from hfi_desktop.inference import sniff_mime
from hfi_desktop.sizes import counted, human_size

from .model import BatchInput, FileRef

if TYPE_CHECKING:
    from collections.abc import Mapping


#: At most this many inputs in one batch (rows, lines, files).
MAX_INPUTS = 10_000
#: A CSV/JSONL/text source larger than this is refused.
MAX_TABLE_BYTES = 64 * 1024 * 1024
#: One cell, one line or one JSON value longer than this is refused.
MAX_VALUE_CHARS = 1_000_000
#: One input file larger than this is skipped, with the reason.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Rows shown in a table's preview.
PREVIEW_ROWS = 20
#: The label a row shows: its first words, at most this many characters.
LABEL_CHARS = 60

#: The mime type prefixes a folder's files need for each file input kind.
_KIND_MIMES: dict[InputKind, tuple[str, ...]] = {
    InputKind.IMAGE: ("image/",),
    InputKind.AUDIO: ("audio/", "video/"),
    InputKind.FILE: ("",),
}
_TEXT_KINDS = (InputKind.TEXT, InputKind.LONG_TEXT)


class SourceError(Exception):
    """The source cannot be used; the text says what and where (file, row, line)."""


@dataclass(frozen=True)
class FolderInputs:
    """A folder's files as inputs (one per file, sorted by name), and those left out with why."""

    inputs: list[BatchInput]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


@dataclass(frozen=True)
class TablePreview:
    """A CSV/JSONL table before its columns are mapped: its columns, its first rows, its size."""

    path: str
    columns: list[str]
    rows: list[dict[str, str]]  # the first PREVIEW_ROWS rows, as text
    total_rows: int


def file_fields(spec: TaskSpec) -> list[InputField]:
    """The task's inputs a folder's files can fill (images, audio, files)."""
    return [f for f in spec.inputs if f.kind in _KIND_MIMES]


def text_fields(spec: TaskSpec) -> list[InputField]:
    """The task's inputs a line of text can fill."""
    return [f for f in spec.inputs if f.kind in _TEXT_KINDS]


def inputs_from_folder(folder: str | Path, spec: TaskSpec, field_key: str | None = None,
                       common: Mapping[str, object] | None = None) -> FolderInputs:
    """One input per file of ``folder`` (not recursive; hidden files left out) whose type fits
    the task's file field (``field_key``; default: its first file field), by reference: path,
    sha256, size. Files of another type, empty or too large are listed in ``skipped``.
    ``common``: the values of the other fields (the form's), the same in every input."""
    input_field = _field(spec, field_key, file_fields(spec), "file")
    root = Path(folder)
    try:
        entries = sorted((p for p in root.iterdir() if not p.name.startswith(".")),
                         key=lambda p: p.name.lower())
    except OSError as exc:
        raise SourceError(f"{root}: cannot be read ({exc.strerror or exc})") from None
    inputs: list[BatchInput] = []
    skipped: list[tuple[str, str]] = []
    wanted = _KIND_MIMES[input_field.kind]
    for path in entries:
        if not path.is_file():
            continue
        try:
            ref = _file_ref(path, wanted)
        except SourceError as exc:
            skipped.append((path.name, str(exc)))
            continue
        if len(inputs) == MAX_INPUTS:
            raise SourceError(f"{root}: more than {counted(MAX_INPUTS, 'file')} to use; "
                              "split the folder")
        inputs.append(BatchInput(path.name, path.name, {**(common or {}), input_field.key: ref}))
    if not inputs:
        kind = input_field.label.lower()
        raise SourceError(f"{root}: no file fits the {kind} input"
                          + (f" ({counted(len(skipped), 'file')} left out)" if skipped else ""))
    return FolderInputs(inputs, skipped)


def preview_table(path: str | Path) -> TablePreview:
    """Read a CSV (header row first) or JSONL (one object per line) file for its preview."""
    columns, rows = _read_table(Path(path))
    shown = [{c: _cell_text(row.get(c)) for c in columns} for row in rows[:PREVIEW_ROWS]]
    return TablePreview(str(path), columns, shown, len(rows))


def inputs_from_table(path: str | Path, spec: TaskSpec, mapping: Mapping[str, str],
                      common: Mapping[str, object] | None = None) -> list[BatchInput]:
    """One input per row: ``mapping`` is InputField key -> column name; ``common`` the values
    of fields without a column (the form's). A required field with neither, or a row with an
    empty required cell, is an error naming it."""
    source = Path(path)
    columns, rows = _read_table(source)
    fields = {f.key: f for f in spec.inputs}
    for key, column in mapping.items():
        if key not in fields:
            raise SourceError(f"{key}: not an input of {spec.title}")
        if column not in columns:
            raise SourceError(f"{source.name}: no column {column!r}")
    for input_field in spec.inputs:
        if input_field.required and input_field.key not in mapping \
                and input_field.key not in (common or {}) and input_field.kind not in _KIND_MIMES:
            raise SourceError(f"{input_field.label}: choose the column it is read from")
        if input_field.key in mapping and input_field.kind in _KIND_MIMES:
            raise SourceError(f"{input_field.label}: a file input is not read from a table; "
                              "use a folder of files")
    inputs = []
    for number, row in enumerate(rows, start=1):
        values: dict[str, object] = dict(common or {})
        for key, column in mapping.items():
            value = row.get(column)
            if value is None or value == "":
                if fields[key].required:
                    raise SourceError(f"{source.name}, row {number}: {column!r} is empty "
                                      f"({fields[key].label} is required)")
                continue
            values[key] = value
        label = next((_label(str(row.get(c))) for c in mapping.values()
                      if isinstance(row.get(c), str)), f"row {number}")
        inputs.append(BatchInput(f"row {number}", label, values))
    return inputs


def inputs_from_lines(text: str, field_key: str, common: Mapping[str, object] | None = None
                      ) -> list[BatchInput]:
    """One input per non-empty line of ``text``, in ``field_key`` (a text field); ``common``:
    the values of the other fields (the form's), the same in every input."""
    inputs: list[BatchInput] = []
    for number, line in enumerate(text.splitlines(), start=1):
        value = line.strip()
        if not value:
            continue
        if len(value) > MAX_VALUE_CHARS:
            raise SourceError(f"line {number}: longer than {MAX_VALUE_CHARS:,} characters")
        if len(inputs) == MAX_INPUTS:
            raise SourceError(f"more than {counted(MAX_INPUTS, 'line')} to use; split the text")
        inputs.append(BatchInput(f"line {number}", _label(value),
                                 {**(common or {}), field_key: value}))
    if not inputs:
        raise SourceError("no line to use: the text is empty")
    return inputs


def inputs_from_text_file(path: str | Path, field_key: str,
                          common: Mapping[str, object] | None = None) -> list[BatchInput]:
    """:func:`inputs_from_lines` over a UTF-8 text file."""
    source = Path(path)
    try:
        return inputs_from_lines(_read_text(source), field_key, common)
    except SourceError as exc:
        raise SourceError(f"{source.name}, {exc}") from None


def load_file(ref: FileRef) -> FileValue:
    """A file input's bytes, as its cell runs; refused if the file changed since the batch
    was planned (its sha256)."""
    try:
        data = Path(ref.path).read_bytes()
    except OSError as exc:
        raise SourceError(f"{ref.name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) != ref.size or hashlib.sha256(data).hexdigest() != ref.sha256:
        raise SourceError(f"{ref.name}: changed since the batch was planned (not sent)")
    return FileValue(ref.name, data, ref.mime, ref.path)


# -- reading ---------------------------------------------------------------------------------

def _field(spec: TaskSpec, key: str | None, candidates: list[InputField], what: str
           ) -> InputField:
    if key is None:
        if not candidates:
            raise SourceError(f"{spec.title} takes no {what} input")
        return candidates[0]
    for candidate in candidates:
        if candidate.key == key:
            return candidate
    raise SourceError(f"{key}: not a {what} input of {spec.title}")


def _file_ref(path: Path, wanted: tuple[str, ...]) -> FileRef:
    size = path.stat().st_size
    if size == 0:
        raise SourceError("empty")
    if size > MAX_FILE_BYTES:
        raise SourceError(f"{human_size(size)}; the limit is {human_size(MAX_FILE_BYTES)}")
    digest = hashlib.sha256()
    with path.open("rb") as file:
        head = file.read(4096)
        digest.update(head)
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    expected = wanted[0] if wanted[0] else ""
    mime = sniff_mime(head, expected) or mimetypes.guess_type(path.name)[0] \
        or "application/octet-stream"
    if not mime.startswith(wanted):
        raise SourceError(f"not of the input's type ({mime})")
    return FileRef(str(path.resolve()), path.name, mime, digest.hexdigest(), size)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise SourceError(f"{path.name}: {human_size(size)}; the limit is "
                              f"{human_size(MAX_TABLE_BYTES)}")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise SourceError(f"{path.name}, line {line}: not UTF-8 text") from None


def _read_table(path: Path) -> tuple[list[str], list[dict[str, object]]]:
    text = _read_text(path)
    if path.suffix.lower() == ".json" and text.lstrip().startswith("["):
        return _read_json_array(path.name, text)
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return _read_jsonl(path.name, text)
    return _read_csv(path.name, text)


def _read_csv(name: str, text: str) -> tuple[list[str], list[dict[str, object]]]:
    csv.field_size_limit(MAX_VALUE_CHARS)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[dict[str, object]] = []
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise SourceError(f"{name}: no header row (the first row names the columns)")
        columns = [h.strip() for h in header]
        duplicates = sorted({c for c in columns if columns.count(c) > 1})
        if duplicates:
            raise SourceError(f"{name}: the column {duplicates[0]!r} is named twice")
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            number = len(rows) + 1
            if len(cells) > len(columns):
                raise SourceError(f"{name}, row {number} (line {reader.line_num}): "
                                  f"{len(cells)} cells for {len(columns)} columns")
            _check_count(name, number)
            rows.append(dict(zip(columns, cells, strict=False)))
    except csv.Error as exc:
        raise SourceError(f"{name}, line {reader.line_num}: {exc}") from None
    return columns, rows


def _read_jsonl(name: str, text: str) -> tuple[list[str], list[dict[str, object]]]:
    columns: dict[str, None] = {}
    rows: list[dict[str, object]] = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_VALUE_CHARS:
            raise SourceError(f"{name}, line {line_number}: longer than "
                              f"{MAX_VALUE_CHARS:,} characters")
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise SourceError(f"{name}, line {line_number}: not JSON ({exc})") from None
        if not isinstance(row, dict):
            raise SourceError(f"{name}, line {line_number}: not a JSON object (one per line)")
        _check_count(name, len(rows) + 1)
        columns.update(dict.fromkeys(str(k) for k in row))
        rows.append({str(k): v for k, v in row.items()})
    if not rows:
        raise SourceError(f"{name}: no row (one JSON object per line)")
    return list(columns), rows


def _read_json_array(name: str, text: str) -> tuple[list[str], list[dict[str, object]]]:
    """A .json file holding an array of objects (one per row)."""
    try:
        items = json.loads(text)
    except ValueError as exc:
        raise SourceError(f"{name}: not JSON ({exc})") from None
    columns: dict[str, None] = {}
    rows: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise SourceError(f"{name}, row {number}: not a JSON object")
        _check_count(name, number)
        columns.update(dict.fromkeys(str(k) for k in item))
        rows.append({str(k): v for k, v in item.items()})
    if not rows:
        raise SourceError(f"{name}: no row (an empty array)")
    return list(columns), rows


def _check_count(name: str, number: int) -> None:
    if number > MAX_INPUTS:
        raise SourceError(f"{name}: more than {counted(MAX_INPUTS, 'row')}; split the file")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:199] + "…"


def _label(text: str) -> str:
    """A row's first words, at most LABEL_CHARS characters."""
    words = " ".join(text.split())
    if len(words) <= LABEL_CHARS:
        return words
    cut = words[:LABEL_CHARS - 1].rsplit(" ", 1)[0] or words[:LABEL_CHARS - 1]
    return cut + "…"
