"""Tables as the forms hold them, ``{column name: [cell, …]}``: CSV files and pasted TSV."""

from __future__ import annotations

import codecs
import csv
import io
from typing import TYPE_CHECKING

from hfi_desktop.inference.sniff import is_text, looks_like
from hfi_desktop.media.errors import MediaError
from hfi_desktop.media.sources import read_source
from hfi_desktop.sizes import counted

if TYPE_CHECKING:
    from collections.abc import Sequence

DEFAULT_MAX_CSV_BYTES = 50 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"


def load_csv(
    source: str | bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_CSV_BYTES
) -> dict[str, list[str]]:
    """Read a CSV file (delimiter sniffed; first row = header) into columns.

    Raises :class:`MediaError` naming the file and row for: missing/empty/too big files,
    binary content, a header with an empty or repeated name, rows whose cell count differs
    from the header's. Blank lines are skipped. Runs in a worker thread.
    """
    src = read_source(source, name=name, max_bytes=max_bytes, fallback_name="table.csv")
    if not is_text(src.data):
        raise MediaError(
            f"{src.name} is not a CSV file: it looks like {looks_like(src.data)}. "
            "Export the table as CSV and import that."
        )
    text = _decode(src.data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:_SNIFF_BYTES], delimiters=_DELIMITERS
        )
    except csv.Error:
        dialect = csv.excel  # one column, or too little text to tell: commas
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if row:  # csv yields [] for a blank line
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise MediaError(f"{src.name}, row {reader.line_num}: {exc}.") from None
    if not rows:
        raise MediaError(f"{src.name} has no rows: it holds only blank lines.")
    return rows_to_columns(rows, src.name)


def rows_to_columns(rows: Sequence[tuple[int, list[str]]], name: str) -> dict[str, list[str]]:
    """(row number, cells) pairs, the first being the header → columns; checked."""
    header_row, header = rows[0]
    header = [cell.strip() for cell in header]
    problem = header_problem(header)
    if problem:
        raise MediaError(f"{name}, row {header_row} (the header): {problem}.")
    columns: dict[str, list[str]] = {column: [] for column in header}
    for number, row in rows[1:]:
        if len(row) != len(header):
            raise MediaError(
                f"{name}, row {number} has {_cells(len(row))} but the header has "
                f"{_cells(len(header))}. Every row needs one cell per column."
            )
        for column, cell in zip(header, row, strict=True):
            columns[column].append(cell)
    return columns


def header_problem(header: Sequence[str]) -> str | None:
    """Why these column names can't be used (empty, repeated), or None."""
    if not header:
        return "there are no columns"
    seen: dict[str, int] = {}
    for index, column in enumerate(header, start=1):
        if not column.strip():
            return f"column {index} has no name"
        if column in seen:
            return f"the column name “{column}” is used twice (columns {seen[column]} and {index})"
        seen[column] = index
    return None


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of tab-separated text as spreadsheets copy it (quoted cells may hold newlines)."""
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"')
    return [row for row in reader]


def _cells(n: int) -> str:
    return counted(n, "cell")


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheets' "CSV" on Windows
