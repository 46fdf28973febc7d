from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from hfi_desktop.media import MediaError, load_csv, parse_tsv
from hfi_desktop.media.tables import header_problem, sniff_delimiter


def _csv(text: str | bytes, name: str = "t.csv") -> dict[str, list[str]]:
    data = text.encode() if isinstance(text, str) else text
    return load_csv(data, name=name)


def _refusal(text: str | bytes) -> str:
    with pytest.raises(MediaError) as info:
        _csv(text)
    return str(info.value)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed(delimiter: str) -> None:
    text = f"name{delimiter}stars\ntransformers{delimiter}36542\ndatasets{delimiter}4512\n"
    assert _csv(text) == {"name": ["transformers", "datasets"], "stars": ["36542", "4512"]}


def test_quotes_bom_blank_lines_and_stripped_header() -> None:
    text = codecs.BOM_UTF8 + b' city , note\n\n"Paris","a, b"\n"Oslo","line1\nline2"\n\n'
    assert _csv(text) == {"city": ["Paris", "Oslo"], "note": ["a, b", "line1\nline2"]}


def test_single_column() -> None:
    assert _csv("word\napple\npear\n") == {"word": ["apple", "pear"]}


def test_header_only() -> None:
    assert _csv("a,b\n") == {"a": [], "b": []}


def test_windows_encoding_fallback() -> None:
    assert _csv("name\ncaf\u00e9\n".encode("cp1252")) == {"name": ["caf\u00e9"]}


def test_utf16() -> None:
    data = codecs.BOM_UTF16_LE + "a,b\n1,2\n".encode("utf-16-le")
    assert _csv(data) == {"a": ["1"], "b": ["2"]}


def test_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("x,y\n1,2\n", encoding="utf-8")
    assert load_csv(str(path)) == {"x": ["1"], "y": ["2"]}


def test_ragged_row_names_the_row() -> None:
    assert _refusal("a,b,c\n1,2,3\n\n4,5\n") == (
        "t.csv, row 4 has 2 cells but the header has 3 cells. Every row needs one cell per column."
    )


def test_duplicate_header() -> None:
    assert _refusal("id,name,id\n1,2,3\n") == (
        "t.csv, row 1 (the header): the column name \u201cid\u201d is used twice (columns 1 and 3)."
    )


def test_empty_header() -> None:
    assert _refusal("\n\nid,,name\n1,2,3\n") == ("t.csv, row 3 (the header): column 2 has no name.")


def test_empty_file() -> None:
    assert _refusal(b"") == "t.csv is empty (0 bytes)."


def test_only_blank_lines() -> None:
    assert _refusal("\n\r\n\n") == "t.csv has no rows: it holds only blank lines."


def test_binary_file(cats: Path) -> None:
    assert _refusal(cats.read_bytes()) == (
        "t.csv is not a CSV file: it looks like a PNG image. Export the table as CSV and import "
        "that."
    )


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match=r"nope\.csv was not found"):
        load_csv(str(tmp_path / "nope.csv"))


def test_header_problem() -> None:
    assert header_problem(["a", "b"]) is None
    assert header_problem([]) == "there are no columns"
    assert header_problem(["a", " "]) == "column 2 has no name"


def test_parse_tsv_as_spreadsheets_copy() -> None:
    text = 'name\tnote\r\nParis\t"two\nlines"\r\nOslo\t\r\n'
    assert parse_tsv(text) == [["name", "note"], ["Paris", "two\nlines"], ["Oslo", ""]]
    assert parse_tsv("") == []
    assert parse_tsv("\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name,stars\ntransformers,36542\n", (",", False)),
        ("name;price\nfoo;1,5\nbar;2,5\n", (";", False)),  # decimal commas in the cells
        ("a\tb,c\n1\t2,3\n4\t5\n", ("\t", False)),
        ("a|b\n1|2\n", ("|", False)),
        ('city;note\n"Paris";"a; b; c"\n"Oslo";"x;\ny"\n', (";", False)),  # inside quotes
        ('q,"say ""a;b"""\n1,2\n', (",", False)),  # doubled quotes inside a quoted cell
        ("a, b, c\n1, 2, 3\n", (",", True)),  # a space after every delimiter
        ("a,b;c\n1,2;3\n", (",", False)),  # both fit: the first in the preference order
        ("word\napple\npear\n", (",", False)),  # one column
        ("", (",", False)),
    ],
)
def test_sniff_delimiter(text: str, expected: tuple[str, bool]) -> None:
    assert sniff_delimiter(text) == expected


def test_the_delimiter_in_most_rows_wins_and_a_ragged_row_is_named() -> None:
    assert sniff_delimiter("a;b,c\n1;2\n3;4\n5;6,7\n") == (";", False)
    assert _refusal("a;b\n1;2\n3;4;5\n") == (
        "t.csv, row 3 has 3 cells but the header has 2 cells. Every row needs one cell per column."
    )


def test_a_long_line_is_sniffed_in_linear_time() -> None:
    """csv.Sniffer took seconds on 64 KiB of ``,""a`` inside one quoted cell."""
    cell = ',"a' * 40_000
    text = 'id,text\n1,"' + cell.replace('"', '""') + '"\n'
    started = time.perf_counter()
    assert _csv(text) == {"id": ["1"], "text": [cell]}
    assert time.perf_counter() - started < 2
