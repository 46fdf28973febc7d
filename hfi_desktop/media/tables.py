"""Tables as the forms hold them, ``{column name: [cell, …]}``: CSV files and pasted TSV."""

from __future__ import annotations

import codecs
import csv
import io
import re
from typing import TYPE_CHECKING

from hfi_desktop.inference.sniff import is_text, looks_like
from hfi_desktop.media.errors import MediaError
from hfi_desktop.media.sources import read_source
from hfi_desktop.sizes import counted

if TYPE_CHECKING:
    from collections.abc import Sequence

DEFAULT_MAX_CSV_BYTES = 50 * 1024 * 1024
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 100
_DELIMITERS = ",;\t|"  # in order of preference when two fit equally well
_LINE_BREAK = re.compile(r"\r\n?|\n")


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
    delimiter, skip_space = sniff_delimiter(text)
    reader = csv.reader(
        io.StringIO(text, newline=""), csv.excel, delimiter=delimiter, skipinitialspace=skip_space
    )
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


def sniff_delimiter(text: str) -> tuple[str, bool]:
    """The delimiter among ``, ; tab |`` a CSV text uses, and whether one space follows it.

    Counts each candidate outside double quotes in the first records of the text (linear
    time: ``csv.Sniffer``'s regular expressions are quadratic in a line's length and hold
    the GIL, so a crafted 64 KiB line froze the whole app). The winner occurs in the header
    and the same number of times in the most records; a table of one column (or too little
    text to tell) gets commas.
    """
    records = _delimiter_counts(text[:_SNIFF_CHARS], complete=len(text) <= _SNIFF_CHARS)
    if not records:
        return ",", False
    header = records[0]
    candidates = [
        (sum(1 for record in records if record[delimiter] == header[delimiter]), -index, delimiter)
        for index, delimiter in enumerate(_DELIMITERS)
        if header[delimiter]
    ]
    if not candidates:
        return ",", False
    best = max(candidates)[2]
    followed = sum(record[best + " "] for record in records)
    total = sum(record[best] for record in records)
    return best, total > 0 and followed == total


def _delimiter_counts(sample: str, *, complete: bool) -> list[dict[str, int]]:
    """Per non-blank record of ``sample``: how often each delimiter (and each delimiter
    followed by a space) occurs outside double quotes. Split on quotes, the text outside
    quotes is at the even positions (a doubled quote inside a cell leaves an empty one);
    line breaks end a record only there."""
    records: list[dict[str, int]] = []
    current: dict[str, int] = dict.fromkeys([*_DELIMITERS, *(d + " " for d in _DELIMITERS)], 0)
    blank = True
    for position, part in enumerate(sample.split('"')):
        if position % 2:
            blank = False
            continue
        for line_index, line in enumerate(_LINE_BREAK.split(part)):
            if line_index:  # a line break outside quotes: the record ends
                if not blank:
                    records.append(current)
                current = dict.fromkeys(current, 0)
                blank = True
                if len(records) >= _SNIFF_RECORDS:
                    return records
            if line:
                blank = False
                for key in current:
                    current[key] += line.count(key)
    if complete and not blank:
        records.append(current)  # else the sample cut the last record short
    return records


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
