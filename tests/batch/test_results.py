"""A batch's results read as the pages read them: short forms, agreement per row, the
summary, the export rows and the files Save writes (CSV, JSONL, the Save-all folder)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hfi_desktop.batch.agreement import row_agreement
from hfi_desktop.batch.export import export_rows, header
from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.batch.model import BatchInput, BatchPlan, BatchTarget, CellOutcome
from hfi_desktop.batch.short_form import prepare_cell, short_form
from hfi_desktop.batch.summary import summarize
from hfi_desktop.catalog import task
from hfi_desktop.inference import Blob
from hfi_desktop.storage.export.batch import batch_csv, plan_batch_file, plan_batch_folder

QA = task("question-answering")
DETECTION = task("object-detection")
CONTEXT = "Ada Lovelace wrote the first program in 1843 in London."


def _outcome(key: str, target: int, result: object, **extra: object) -> CellOutcome:
    return CellOutcome(key, target, "done", result, None, 0.5, **extra)  # type: ignore[arg-type]


def _qa_plan(targets: int = 3) -> BatchPlan:
    return BatchPlan("question-answering",
                     [BatchInput("row 1", "When?", {"inputs.question": "When?",
                                                    "inputs.context": CONTEXT})],
                     [BatchTarget(f"org/m{i}") for i in range(targets)])


def _answer(text: str) -> dict[str, object]:
    start = CONTEXT.index(text)
    return {"answer": text, "score": 0.8, "start": start, "end": start + len(text)}


def test_short_forms_per_kind_of_result() -> None:
    labels = _outcome("r", 0, [{"label": "NEG", "score": 0.2}, {"label": "POS", "score": 0.8}])
    prepared = prepare_cell(task("text-classification"), _qa_plan(), _qa_plan().inputs[0],
                            labels)
    short = short_form(labels, prepared)
    assert (short.text, short.key, short.score) == ("POS 0.80", "POS", 0.8)

    plan = _qa_plan()
    answer = _outcome("row 1", 0, _answer("1843"))
    short = short_form(answer, prepare_cell(QA, plan, plan.inputs[0], answer))
    assert (short.text, short.key) == ("1843", "1843")

    text = _outcome("r", 0, [{"generated_text": "word " * 40}])
    short = short_form(text, prepare_cell(task("text-generation"), plan, plan.inputs[0], text))
    assert short.text.endswith("…") and len(short.text) <= 60

    image = _outcome("r", 0, {"$blob": "ab" * 32, "type": "image/png", "size": 2048})
    short = short_form(image, None)
    assert (short.text, short.media) == ("image, image/png, 2 KB", "image")
    assert short.blob is not None and short.blob["$blob"] == "ab" * 32

    failed = CellOutcome("r", 0, "failed", None,
                         "Model not found: HTTP 404: org/x does not exist", 0.1)
    assert short_form(failed, None).text == "Model not found" and short_form(failed, None).failed


def test_agreement_on_answers_boxes_and_labels() -> None:
    plan = _qa_plan()
    row = plan.inputs[0]
    answers = [prepare_cell(QA, plan, row, _outcome("row 1", i, _answer(text)))
               for i, text in enumerate(["1843", "1843", "London"])]
    agreement = row_agreement(answers)
    assert agreement.basis == "answer"
    assert dict(agreement.pairs) == {(0, 1): True, (0, 2): False, (1, 2): False}
    assert agreement.text() == "1 of 3 pairs agree" and agreement.all_agree is False

    def boxes(*labels_at: tuple[str, int]) -> object:
        return [{"label": label, "score": 0.9,
                 "box": {"xmin": x, "ymin": 0, "xmax": x + 10, "ymax": 10}}
                for label, x in labels_at]

    detections = [prepare_cell(DETECTION, plan, row, _outcome("row 1", i, result))
                  for i, result in enumerate([boxes(("cat", 0), ("dog", 50)),
                                              boxes(("dog", 51), ("cat", 1)),
                                              boxes(("cat", 0))])]
    agreement = row_agreement(detections)
    assert agreement.basis == "boxes"
    assert dict(agreement.pairs) == {(0, 1): True, (0, 2): False, (1, 2): False}
    assert row_agreement([detections[0], None]).all_agree is None  # one result: nothing to say


def test_the_summary_counts_and_averages_per_target_with_an_agreement_matrix() -> None:
    plan = BatchPlan("question-answering",
                     [BatchInput(f"row {i}", "q", {"inputs.question": "When?",
                                                   "inputs.context": CONTEXT})
                      for i in (1, 2, 3)],
                     [BatchTarget("org/a"), BatchTarget("org/b")])
    outcomes = {
        ("row 1", 0): _outcome("row 1", 0, _answer("1843"), tokens=10, cost_usd=0.01),
        ("row 1", 1): _outcome("row 1", 1, _answer("1843")),
        ("row 2", 0): _outcome("row 2", 0, _answer("1843"), tokens=5, cost_usd=0.02),
        ("row 2", 1): _outcome("row 2", 1, _answer("London")),
        ("row 3", 0): CellOutcome("row 3", 0, "failed", None, "boom", 2.0),
    }
    agreements = {row.key: row_agreement([
        prepare_cell(QA, plan, row, outcomes[(row.key, i)]) if (row.key, i) in outcomes
        else None for i in range(2)]) for row in plan.inputs}
    summary = summarize(plan, outcomes, agreements)
    a, b = summary.targets
    assert (a.done, a.failed, a.remaining, a.tokens, a.mean_latency_s) == (2, 1, 0, 15, 0.5)
    assert a.cost_usd is not None and abs(a.cost_usd - 0.03) < 1e-9
    assert (b.done, b.failed, b.remaining, b.tokens, b.cost_usd) == (2, 0, 1, None, None)
    assert summary.agreement == [[1.0, 0.5], [0.5, 1.0]] and summary.compared[0][1] == 2


def test_export_rows_and_the_files_save_writes(tmp_path: Path) -> None:
    plan = BatchPlan("text-to-image",
                     [BatchInput("line 1", "a cat", {"inputs": "=cmd|' /C calc'!A0"}),
                      BatchInput("line 2", "a dog", {"inputs": "a dog"})],
                     [BatchTarget("org/a"), BatchTarget("org/b", "fal-ai")])
    with BatchJournal.create(tmp_path / "b.jsonl", plan) as journal:
        _save(journal, plan, tmp_path)


def _save(journal: BatchJournal, plan: BatchPlan, tmp_path: Path) -> None:
    journal.record(_outcome("line 1", 0, Blob(b"\x89PNG\r\n\x1a\nA", "image/png")))
    journal.record(CellOutcome("line 1", 1, "failed", None, "Too many requests", 1.0, attempts=6))
    journal.record(_outcome("line 2", 0, Blob(b"\x89PNG\r\n\x1a\nB", "image/png")))
    rows = export_rows(plan, journal.outcomes)
    assert len(rows) == 4 and [r["status"] for r in rows] == ["done", "failed", "done",
                                                              "pending"]
    assert rows[1]["provider"] == "fal-ai" and rows[1]["attempts"] == 6
    assert header(plan)[:3] == ["input_key", "input_label", "input.inputs"]

    table = list(csv.reader(io.StringIO(batch_csv(plan, journal.outcomes).decode())))
    assert table[0] == header(plan) and len(table) == 5
    assert table[1][2].startswith("'=")  # no spreadsheet formula from the inputs

    path = tmp_path / "out.jsonl"
    plan_batch_file(journal, path, "jsonl").write()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0]["result"]["type"] == "image/png" and lines[3]["status"] == "pending"

    folder = tmp_path / "saved"
    save = plan_batch_folder(journal, folder)
    assert save.conflicts == []
    written = save.write()
    manifest = json.loads((folder / "manifest.json").read_text())
    files = {f["path"]: f for f in manifest["files"]}
    assert {"results.csv", "results.jsonl", "manifest.json"} <= {w.relative for w in written}
    images = sorted(p for p in files if p.startswith("results/"))
    assert images == ["results/line 1--org--a.png", "results/line 2--org--a.png"]
    assert (folder / images[0]).read_bytes() == b"\x89PNG\r\n\x1a\nA"
    assert {r["state"] for r in manifest["runs"]} == {"done", "failed"}
