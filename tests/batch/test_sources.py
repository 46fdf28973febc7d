"""Inputs from a folder, a CSV/JSONL table (preview, then a column mapping) and text lines;
bad sources refused with the file, row or line named."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from hfi_desktop.batch import sources
from hfi_desktop.batch.model import FileRef
from hfi_desktop.batch.sources import (
    SourceError,
    inputs_from_folder,
    inputs_from_lines,
    inputs_from_table,
    inputs_from_text_file,
    load_file,
    preview_table,
)
from hfi_desktop.catalog import task

QA = task("question-answering")
IMAGES = task("image-classification")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def test_a_folder_gives_one_input_per_file_of_the_fields_type(tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(_png())
    (tmp_path / "A.png").write_bytes(_png() + b"different")
    (tmp_path / "notes.txt").write_text("not an image")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / ".hidden.png").write_bytes(_png())
    (tmp_path / "sub").mkdir()
    found = inputs_from_folder(tmp_path, IMAGES)
    assert [i.key for i in found.inputs] == ["A.png", "b.png"]
    ref = found.inputs[0].values["data"]
    assert isinstance(ref, FileRef) and ref.mime == "image/png" and ref.path.endswith("A.png")
    assert dict(found.skipped) == {"empty.png": "empty",
                                   "notes.txt": "not of the input's type (text/plain)"}
    assert load_file(ref).data == (tmp_path / "A.png").read_bytes()


def test_a_file_changed_after_planning_is_not_sent(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(_png())
    ref = inputs_from_folder(tmp_path, IMAGES).inputs[0].values["data"]
    assert isinstance(ref, FileRef)
    (tmp_path / "a.png").write_bytes(_png() + b"edited")
    with pytest.raises(SourceError, match=r"a\.png: changed since the batch was planned"):
        load_file(ref)


def test_a_folder_without_a_fitting_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("text")
    with pytest.raises(SourceError, match=r"no file fits the image input \(1 file left out\)"):
        inputs_from_folder(tmp_path, IMAGES)
    with pytest.raises(SourceError, match="Question answering takes no file input"):
        inputs_from_folder(tmp_path, QA)


def test_the_forms_other_values_go_with_every_input(tmp_path: Path) -> None:
    (tmp_path / "scan.png").write_bytes(_png())
    docs = inputs_from_folder(tmp_path, task("document-question-answering"),
                              common={"inputs.question": "What is the total?"})
    assert docs.inputs[0].values["inputs.question"] == "What is the total?"
    assert isinstance(docs.inputs[0].values["inputs.image"], FileRef)
    lines = inputs_from_lines("Who wrote it?\nWhen?", "inputs.question",
                              common={"inputs.context": "Ada wrote it in 1843."})
    assert lines[1].values == {"inputs.context": "Ada wrote it in 1843.",
                               "inputs.question": "When?"}


def test_a_csv_is_previewed_then_mapped_onto_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "qa.csv"
    path.write_text("question,context,extra\n"
                    "Who?,Ada wrote it,x\n"
                    '"Where, exactly?","In Paris, near the river",y\n'
                    "\n")
    preview = preview_table(path)
    assert preview.columns == ["question", "context", "extra"]
    assert preview.total_rows == 2 and preview.rows[1]["question"] == "Where, exactly?"
    inputs = inputs_from_table(path, QA, {"inputs.question": "question",
                                          "inputs.context": "context"})
    assert [i.key for i in inputs] == ["row 1", "row 2"]
    assert inputs[1].values == {"inputs.question": "Where, exactly?",
                                "inputs.context": "In Paris, near the river"}
    assert inputs[0].label == "Who?"


def test_a_jsonl_table_keeps_its_json_values(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"q": "Who?", "c": "Ada", "n": 3}\n\n{"q": "Why?", "c": "Because"}\n')
    preview = preview_table(path)
    assert preview.columns == ["q", "c", "n"] and preview.rows[0]["n"] == "3"
    inputs = inputs_from_table(path, QA, {"inputs.question": "q", "inputs.context": "c"})
    assert [i.values["inputs.question"] for i in inputs] == ["Who?", "Why?"]
    array = tmp_path / "rows.json"
    array.write_text('[{"q": "Who?", "c": "Ada"},\n {"q": "Why?", "c": "Because"}]')
    assert preview_table(array).total_rows == 2
    array.write_text('[{"q": "Who?"}, 3]')
    with pytest.raises(SourceError, match=r"rows\.json, row 2: not a JSON object"):
        preview_table(array)


@pytest.mark.parametrize("name, content, mapping, message", [
    ("t.csv", "question,context\nWho?,\n", {"inputs.question": "question",
                                             "inputs.context": "context"},
     r"t.csv, row 1: 'context' is empty \(Context is required\)"),
    ("t.csv", "question,context\nWho?,Ada\n", {"inputs.question": "question"},
     "Context: choose the column it is read from"),
    ("t.csv", "question,context\nWho?,Ada\n", {"inputs.question": "nope",
                                                "inputs.context": "context"},
     "t.csv: no column 'nope'"),
    ("t.csv", "a,a\n1,2\n", {}, "t.csv: the column 'a' is named twice"),
    ("t.csv", "q,c\nWho?,Ada,extra,more\n", {}, r"t.csv, row 1 \(line 2\): 4 cells for 2"),
    ("t.jsonl", '{"q": 1}\nnot json\n', {}, "t.jsonl, line 2: not JSON"),
    ("t.jsonl", '[1, 2]\n', {}, "t.jsonl, line 1: not a JSON object"),
])
def test_bad_tables_are_refused_naming_the_row(tmp_path: Path, name: str, content: str,
                                               mapping: dict[str, str], message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(SourceError, match=message):
        inputs_from_table(path, QA, mapping)


def test_too_many_rows_and_unreadable_files_are_refused(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_INPUTS", 3)
    path = tmp_path / "big.csv"
    path.write_text("q\n" + "".join(f"row {i}\n" for i in range(5)))
    with pytest.raises(SourceError, match=r"big\.csv: more than 3 rows; split the file"):
        preview_table(path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"q\nok\ncaf\xe9\n")
    with pytest.raises(SourceError, match=r"latin\.csv, line 3: not UTF-8 text"):
        preview_table(latin)
    with pytest.raises(SourceError, match=r"missing\.csv: cannot be read"):
        preview_table(tmp_path / "missing.csv")
    monkeypatch.setattr(sources, "MAX_TABLE_BYTES", 10)
    with pytest.raises(SourceError, match=r"big.csv: .* the limit is 10 bytes"):
        preview_table(path)


def test_lines_of_a_text_give_one_input_per_non_empty_line(tmp_path: Path) -> None:
    inputs = inputs_from_lines("first line\n\n   \nsecond " + "word " * 30 + "\n", "inputs")
    assert [i.key for i in inputs] == ["line 1", "line 4"]
    assert inputs[0].values == {"inputs": "first line"}
    assert len(inputs[1].label) <= sources.LABEL_CHARS and inputs[1].label.endswith("…")
    with pytest.raises(SourceError, match="no line to use"):
        inputs_from_lines("\n \n", "inputs")
    path = tmp_path / "lines.txt"
    path.write_text("a\nb\n")
    assert [i.values["inputs"] for i in inputs_from_text_file(path, "inputs")] == ["a", "b"]
