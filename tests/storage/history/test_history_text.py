"""What the history derives from a run: JSON-safe values, the panel's snippet, search text."""

from __future__ import annotations

import json
import math

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import Blob
from hfi_desktop.storage.history.content_store import file_ref
from hfi_desktop.storage.history.text import (
    result_snippet,
    search_text,
    snippet,
    storable,
    to_json_text,
)
from hfi_desktop.storage.records import FileRef, files_in


def hashed(data: bytes, name: str, mime: str) -> FileRef:
    return file_ref(data, name, mime)


def test_storable_turns_files_into_refs_and_drops_what_json_cannot_hold() -> None:
    value = {"data": FileValue("a.png", b"png", "image/png"), "n": math.nan, 3: (1, 2),
             "blob": Blob(b"wav", "audio/wav"), "raw": b"xy", "other": object}
    out = storable(value, hashed)
    assert out["data"]["name"] == "a.png" and out["data"]["size"] == 3
    assert out["blob"]["name"] == "result.wav" and out["blob"]["mime"] == "audio/wav"
    assert out["raw"]["mime"] == "application/octet-stream"
    assert out["n"] is None and out["3"] == [1, 2] and isinstance(out["other"], str)
    assert {ref.name for ref in files_in(out)} == {"a.png", "result.wav", "data.bin"}


def test_snippets_say_what_went_in_and_what_came_out() -> None:
    labels = [{"label": "NEG", "score": 0.1}, {"label": "POS", "score": 0.9}]
    assert snippet({"inputs": "I like  you\n"}, labels, None) == "I like you → POS (0.90)"
    assert snippet({"inputs": "x"}, None, {"title": "Model not found", "message": "m"}) \
        == "x → Model not found"
    assert snippet({"inputs": "Tell"}, None, {"title": "Cancelled", "message": ""},
                   text="Once upon") == "Tell → Once upon"
    long_input = "word " * 100
    assert snippet({"inputs": long_input}, {"generated_text": "the end"}, None) \
        .endswith("… → the end")
    assert result_snippet([0.5, 0.25]) == "0.5, 0.25"
    assert result_snippet([[0.1] * 4] * 2) == "2 vectors of 4 numbers"
    assert result_snippet([[0.1, 0.2]]) == "1 vector of 2 numbers"  # not "1 x 2 numbers"
    assert result_snippet([[[0.1] * 768] * 7]) == "7 vectors of 768 numbers"
    assert result_snippet({"$file": "ab" * 32, "name": "r.png", "mime": "image/png",
                           "size": 2048, "stored": True}) == "image/png · 2 KB"
    assert result_snippet({"sequence": "s", "labels": ["a", "b"], "scores": [0.2, 0.8]}) \
        == "b (0.80)"
    assert snippet({"inputs.image": {"$file": "ab" * 32, "name": "doc.png", "mime": "x",
                                     "size": 1}, "inputs.question": "Total?"},
                   {"answer": "$42"}, None) == "doc.png → $42"
    assert snippet({"inputs.data": {"a": ["1", "2"], "b": ["3", "4"]}}, [1, 2], None) \
        == "table of 2 rows, 2 columns (a, b) → 1, 2"
    assert snippet({"inputs.data": {"a": ["1"]}}, [1], None) == "table of 1 row, 1 column (a) → 1"


def test_search_text_is_lower_case_words_without_data() -> None:
    text = search_text("gpt2", {"inputs": "Hello WORLD", "n": 3},
                       [{"label": "Cat", "mask": "A" * 5000, "blob": "B" * 10}])
    assert text.split("\n") == ["gpt2", "hello world", "cat"]
    assert len(search_text("x" * 50_000 + " y")) == 20_000


def test_long_lists_are_written_an_item_at_a_time_to_the_same_json() -> None:
    events = [{"token": {"id": i, "text": f" t{i}", "special": False}, "details": None}
              for i in range(1_000)]
    for value in (events, events[:3], {"events": events}, "é", None):
        assert to_json_text(value) == json.dumps(value, ensure_ascii=False,
                                                 separators=(",", ":"))


def test_a_file_reference_shows_its_key_in_the_json_text() -> None:
    from hfi_desktop.storage.history.text import FILE_KEY

    ref = file_ref(b"png", "a.png", "image/png").to_json()
    assert FILE_KEY in to_json_text({"inputs": [ref]})
    assert FILE_KEY not in to_json_text({"text": 'a "$file": in a string', "$files": 1})


def test_a_schema_1_value_reads_only_whole_references_as_files() -> None:
    from hfi_desktop.storage.history.text import from_schema_1
    from hfi_desktop.storage.records import map_files

    ref = file_ref(b"png", "a.png", "image/png", stored=True).to_json()
    text = json.dumps([ref, {"$file": "zzz"}, {"$map": {"a": 1}}, {"plain": 1}])
    decoded = map_files(from_schema_1(text), lambda saved: FileRef.from_json(saved))
    assert decoded == [FileRef.from_json(ref), {"$file": "zzz"}, {"$map": {"a": 1}},
                       {"plain": 1}]
    assert from_schema_1('{"plain": [1, 2]}') == {"plain": [1, 2]}
