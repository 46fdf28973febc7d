"""Saving and reopening a comparison: one ZIP with a manifest and the embedded files."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import Blob, ResponseInfo
from hfi_desktop.present.run_stats import Price, RunStats, Usage
from hfi_desktop.runs import RunState
from hfi_desktop.storage.comparison_file import (
    MANIFEST,
    ComparisonDocument,
    ComparisonFileError,
    FormSnapshot,
    SavedColumn,
    read_comparison,
    write_comparison,
)
from hfi_desktop.storage.records import RunRecord
from tests.support.paths import COMPARISON_BEFORE_PROVIDERS, example_bytes

CATS = example_bytes("cats.png")


def document() -> ComparisonDocument:
    image = FileValue("cats.png", CATS, "image/png", "/somewhere/cats.png")
    response = ResponseInfo("http://x/models/a", 200, "application/json", 123, 0.25)
    return ComparisonDocument(
        task_id="object-detection",
        form=FormSnapshot(values={"data": image, "note": {"$file": "not a ref", "x": (1, 2)}},
                          parameters={"threshold": 0.5},
                          options={"wait_for_model": False, "use_cache": True}),
        columns=[
            SavedColumn("owner/a", RunState.DONE, result=[{"label": "cat", "score": 0.9}],
                        elapsed_s=1.5, started_at=100.0, response=response),
            SavedColumn("https://example.com/endpoint", RunState.ERROR,
                        error=("Model not found", "Model x does not exist"), elapsed_s=0.1),
            SavedColumn("owner/image", RunState.DONE,
                        result=Blob(CATS, "image/png")),
            SavedColumn("owner/stream", RunState.CANCELLED, text="one two", tokens=2,
                        error=("Cancelled", "")),
            SavedColumn("owner/never-ran"),
        ],
        reference=2,
        show_differences=False,
    )


def test_round_trip(tmp_path: Path) -> None:
    path = write_comparison(tmp_path / "c.hficompare", document())
    back = read_comparison(path)
    original = document()
    assert back.task_id == "object-detection"
    assert back.reference == 2 and back.show_differences is False
    image = back.form.values["data"]
    assert isinstance(image, FileValue)
    assert (image.name, image.mime, image.data) == ("cats.png", "image/png", CATS)
    assert back.form.values["note"] == {"$file": "not a ref", "x": [1, 2]}
    assert back.form.parameters == {"threshold": 0.5}
    assert back.form.options == original.form.options
    first, failed, blob, stream, never = back.columns
    assert first.result == [{"label": "cat", "score": 0.9}]
    assert first.response == original.columns[0].response
    assert (first.state, first.elapsed_s, first.started_at) == (RunState.DONE, 1.5, 100.0)
    assert failed.error == ("Model not found", "Model x does not exist")
    assert failed.model == "https://example.com/endpoint"
    assert blob.result == Blob(CATS, "image/png")
    assert (stream.state, stream.text, stream.tokens) == (RunState.CANCELLED, "one two", 2)
    assert never.state is None and never.model == "owner/never-ran"


def test_a_file_is_stored_once_and_records_are_run_records(tmp_path: Path) -> None:
    path = write_comparison(tmp_path / "c.hficompare", document())
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(MANIFEST))
        assert archive.getinfo(names[1]).compress_type == zipfile.ZIP_STORED  # a PNG
    assert names[0] == MANIFEST
    assert len([n for n in names if n.startswith("files/")]) == 1  # the input = the Blob
    record = RunRecord.from_json(manifest["columns"][0]["record"])
    assert record.task_id == "object-detection" and record.model == "owner/a"
    assert record.form["data"]["$file"] == names[1].removeprefix("files/")
    assert record.http_status == 200 and record.response_bytes == 123
    assert manifest["columns"][4] == {"model": "owner/never-ran", "provider": None}


def test_each_columns_provider_and_stats_are_kept(tmp_path: Path) -> None:
    price = Price("together", 0.2, 0.6, "https://router.example/v1/models", 1_700_000_000.0)
    stats = RunStats(total_s=1.25, first_byte_s=0.4, usage=Usage(812, 46, 858),
                     provider="together", price=price)
    response = ResponseInfo("https://router.example/together/v1/completions", 200,
                            "application/json", 300, 1.2, "req-9", first_byte_s=0.4)
    saved = ComparisonDocument(
        task_id="text-generation",
        form=FormSnapshot({"inputs": "Once"}, {}, {}),
        columns=[SavedColumn("acme/llm", RunState.DONE, {"generated_text": "Echo: Once"},
                             elapsed_s=1.25, response=response, provider="together",
                             stats=stats),
                 SavedColumn("acme/llm", provider="novita"),
                 SavedColumn("acme/llm")])  # the 2023 call
    back = read_comparison(write_comparison(tmp_path / "p.hficompare", saved))
    first, second, third = back.columns
    assert (first.provider, second.provider, third.provider) == ("together", "novita", None)
    assert first.stats == stats and first.stats.cost_usd == pytest.approx(0.0001900)
    assert first.response is not None and first.response.first_byte_s == 0.4
    assert second.stats is None


def test_a_file_saved_before_providers_opens_with_the_2023_call() -> None:
    old = read_comparison(COMPARISON_BEFORE_PROVIDERS)
    assert [c.model for c in old.columns] == ["gpt2", "distilgpt2", "EleutherAI/gpt-neo-125m"]
    assert [c.provider for c in old.columns] == [None, None, None]
    assert [c.stats for c in old.columns] == [None, None, None]
    assert old.columns[0].response is not None
    assert old.columns[0].response.first_byte_s is None  # not measured then


def test_saving_again_replaces_the_file_atomically(tmp_path: Path) -> None:
    path = tmp_path / "c.hficompare"
    write_comparison(path, document())
    broken = document()
    broken.columns[0].result = object()  # cannot be saved
    with pytest.raises(ComparisonFileError, match="cannot be saved"):
        write_comparison(path, broken)
    assert read_comparison(path).columns[0].result == [{"label": "cat", "score": 0.9}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.hficompare"]


def test_a_folder_that_does_not_exist_is_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(ComparisonFileError, match=r"Cannot save c\.hficompare"):
        write_comparison(tmp_path / "missing" / "c.hficompare", document())


def zip_with(path: Path, manifest: object, files: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a zip"), "not a ZIP archive"),
        (lambda p: zip_with(p, {"format": "something else"}), "not a saved comparison"),
        (lambda p: zip_with(p, {"format": "hfi-comparison", "version": 99}), "newer version"),
        (lambda p: zip_with(p, {"format": "hfi-comparison", "version": 1}), "damaged"),
    ],
)
def test_what_is_not_a_comparison_is_refused_with_a_reason(
        tmp_path: Path, make: Callable[[Path], object], message: str) -> None:
    path = tmp_path / "bad.hficompare"
    make(path)
    with pytest.raises(ComparisonFileError, match=message):
        read_comparison(path)


def test_missing_and_tampered_files_are_reported(tmp_path: Path) -> None:
    path = write_comparison(tmp_path / "c.hficompare", document())
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        (name,) = [n for n in archive.namelist() if n.startswith("files/")]
    zip_with(tmp_path / "missing.hficompare", manifest)
    with pytest.raises(ComparisonFileError, match="missing"):
        read_comparison(tmp_path / "missing.hficompare")
    zip_with(tmp_path / "tampered.hficompare", manifest, {name: b"other bytes"})
    with pytest.raises(ComparisonFileError, match="does not match"):
        read_comparison(tmp_path / "tampered.hficompare")


def test_a_missing_file_is_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(ComparisonFileError, match="does not exist"):
        read_comparison(tmp_path / "nope.hficompare")


def test_no_copy_of_the_token_is_saved_in_a_comparison(tmp_path: Path) -> None:
    """Fault 11: a token echoed in a column's result, error or streamed text, in any
    encoding, is not written to the .hficompare file."""
    from hfi_desktop.redaction import register_secret
    from tests.support.token_copies import needles, planted

    token = "hf_COMPARECHECK_0123456789abcdef"
    register_secret(token)
    copies = [c.decode("latin-1") for c in planted(token).values()]
    saved = ComparisonDocument(
        task_id="text-classification",
        form=FormSnapshot(values={"inputs": f"my token {token}"}, parameters={}, options={}),
        columns=[SavedColumn("owner/a", RunState.DONE,
                             result=[{"label": copy, "score": 0.5} for copy in copies]),
                 SavedColumn("owner/b", RunState.ERROR, error=("Refused", " ".join(copies))),
                 SavedColumn("owner/c", RunState.CANCELLED, text=" ".join(copies), tokens=1)])
    path = write_comparison(tmp_path / "c.hficompare", saved)
    with zipfile.ZipFile(path) as archive:
        data = b"".join(archive.read(name) for name in archive.namelist())
    assert [n for n in needles(token) if n in data] == []
