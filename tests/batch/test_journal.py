"""The batch file: header with the plan (files by reference), one flushed line per outcome,
a torn last line ignored (and cut off before the next append), binary results beside it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from hfi_desktop.batch.journal import BatchFileError, BatchJournal
from hfi_desktop.batch.model import BatchInput, BatchPlan, BatchTarget, CellOutcome, FileRef
from hfi_desktop.catalog import FileValue
from hfi_desktop.inference import Blob
from hfi_desktop.redaction import register_secret

TOKEN = "hf_JournalSecretToken1234567890"


def _plan(values: dict[str, object] | None = None) -> BatchPlan:
    return BatchPlan("text-classification",
                     [BatchInput("line 1", "hello", values or {"inputs": "hello"}),
                      BatchInput("line 2", "world", {"inputs": "world"})],
                     [BatchTarget("org/a"), BatchTarget("org/b", "together")],
                     parameters={"top_k": 2}, options={"use_cache": False},
                     concurrency_per_host=3)


def _done(key: str, target: int, result: object = None) -> CellOutcome:
    return CellOutcome(key, target, "done", result if result is not None else
                       [{"label": "A", "score": 0.9}], None, 0.25, 12, 0.001, 1)


def test_a_batch_file_reopens_with_its_plan_and_outcomes(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    journal = BatchJournal.create(path, _plan())
    journal.record(_done("line 1", 0))
    journal.record(CellOutcome("line 2", 1, "failed", None, "Model not found", 0.1))
    journal.close()
    reopened = BatchJournal.open(path)
    assert reopened.plan == journal.plan
    assert reopened.plan.targets[1].label() == "org/b · together"
    assert reopened.outcomes == journal.outcomes
    assert set(reopened.outcomes) == {("line 1", 0), ("line 2", 1)}
    lines = path.read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["format"] == "hfi_desktop.batch"


def test_a_torn_last_line_is_ignored_and_cut_before_the_next_append(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    journal = BatchJournal.create(path, _plan())
    journal.record(_done("line 1", 0))
    journal.close()
    with path.open("a") as file:
        file.write('{"input":"line 1","target":1,"status":"do')  # killed mid-write
    size = path.stat().st_size
    reopened = BatchJournal.open(path)
    assert set(reopened.outcomes) == {("line 1", 0)}
    assert path.stat().st_size == size  # reading never changes the file
    reopened.record(_done("line 1", 1))
    reopened.close()
    assert set(BatchJournal.open(path).outcomes) == {("line 1", 0), ("line 1", 1)}


def test_a_damaged_line_in_the_middle_is_named(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    BatchJournal.create(path, _plan()).close()
    with path.open("a") as file:
        file.write("garbage\n")
        file.write(json.dumps({"input": "line 1", "target": 0, "status": "done"}) + "\n")
    with pytest.raises(BatchFileError, match="line 2: not a batch line"):
        BatchJournal.open(path)


@pytest.mark.parametrize("content, message", [
    (b"", "empty, not a batch file"),
    (b'{"format": "other"}\n', "not a batch file of this application"),
    (b'{"format": "hfi_desktop.batch", "version": 99}\n', "version 99 is not supported"),
])
def test_files_that_are_not_batches_are_refused(tmp_path: Path, content: bytes,
                                                message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    with pytest.raises(BatchFileError, match=message):
        BatchJournal.open(path)


def test_a_batch_is_never_written_over(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text("mine")
    with pytest.raises(BatchFileError, match="exists already"):
        BatchJournal.create(path, _plan())
    assert path.read_text() == "mine"


def test_files_are_kept_by_reference_and_binary_results_beside(tmp_path: Path) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nDISKBYTES")
    on_disk = FileValue("cat.png", image.read_bytes(), "image/png", str(image))
    pasted = FileValue("pasted.png", b"\x89PNG\r\n\x1a\nPASTEBYTES", "image/png")
    path = tmp_path / "b.jsonl"
    plan = BatchPlan("image-classification",
                     [BatchInput("cat.png", "cat.png", {"inputs": on_disk}),
                      BatchInput("pasted", "pasted", {"inputs": pasted})],
                     [BatchTarget("org/a")])
    journal = BatchJournal.create(path, plan)
    header = path.read_text().splitlines()[0]
    assert "DISKBYTES" not in header and "PASTEBYTES" not in header  # never the bytes
    ref = journal.plan.inputs[0].values["inputs"]
    assert ref == FileRef(str(image.resolve()), "cat.png", "image/png",
                          hashlib.sha256(on_disk.data).hexdigest(), len(on_disk.data))
    kept = journal.plan.inputs[1].values["inputs"]
    assert isinstance(kept, FileRef) and Path(kept.path).read_bytes() == pasted.data
    stored = journal.record(_done("cat.png", 0, {"image": Blob(b"PIXELS", "image/png")}))
    blob = stored.result["image"]  # type: ignore[index]
    assert blob["size"] == 6 and blob["type"] == "image/png"
    assert journal.blob(blob) == Blob(b"PIXELS", "image/png")
    journal.close()
    assert BatchJournal.open(path).plan.inputs == journal.plan.inputs


def test_errors_never_keep_a_token(tmp_path: Path) -> None:
    register_secret(TOKEN)
    path = tmp_path / "b.jsonl"
    journal = BatchJournal.create(path, _plan())
    journal.record(CellOutcome("line 1", 0, "failed", None, f"echoed Bearer {TOKEN}", 0.1))
    journal.close()
    assert TOKEN not in path.read_text()
