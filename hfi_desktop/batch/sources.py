"""Where a batch's inputs come from: a folder of files, a CSV/JSONL table, the lines of a text.

All blocking (reading files, hashing): call them through the runner's ``offload`` / the bridge.
The content is untrusted: sizes and counts are capped and every refusal names the file, row
or line (:class:`SourceError`, user-facing text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hfi_desktop.catalog import FileValue, InputField, InputKind, TaskSpec

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from .model import BatchInput, FileRef

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


def inputs_from_folder(folder: str | Path, spec: TaskSpec, field_key: str | None = None
                       ) -> FolderInputs:
    """One input per file of ``folder`` (not recursive) whose type fits the task's file
    field (``field_key``; default: the first file field), by reference: path, sha256, size."""
    raise NotImplementedError


def preview_table(path: str | Path) -> TablePreview:
    """Read a CSV (header row first) or JSONL (one object per line) file for its preview."""
    raise NotImplementedError


def inputs_from_table(path: str | Path, spec: TaskSpec, mapping: Mapping[str, str]
                      ) -> list[BatchInput]:
    """One input per row: ``mapping`` is InputField key → column name. A required field
    without a column, or a row with an empty required cell, is an error naming it."""
    raise NotImplementedError


def inputs_from_lines(text: str, field_key: str) -> list[BatchInput]:
    """One input per non-empty line of ``text``, in ``field_key`` (a text field)."""
    raise NotImplementedError


def inputs_from_text_file(path: str | Path, field_key: str) -> list[BatchInput]:
    """:func:`inputs_from_lines` over a UTF-8 text file."""
    raise NotImplementedError


def load_file(ref: FileRef) -> FileValue:
    """A file input's bytes, as its cell runs; refused if the file changed since the batch
    was planned (its sha256)."""
    raise NotImplementedError

