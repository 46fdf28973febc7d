"""A comparison as a report: its input, its columns as targets, results compared with the
reference column as the compare window marks them (words, labels, boxes), each column's
time, tokens and cost; a failed column with its error, a column never run as such."""

from __future__ import annotations

from hfi_desktop.catalog import FileValue
from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import Blob
from hfi_desktop.present import (
    Box,
    DetectionPrepared,
    ImagePrepared,
    LabelsPrepared,
    Score,
    ScoreGroup,
    TextPrepared,
)
from hfi_desktop.present.compare import word_diff
from hfi_desktop.present.run_stats import Price, RunStats, Usage
from hfi_desktop.runs import RunState
from hfi_desktop.storage.comparison_file import ComparisonDocument, FormSnapshot, SavedColumn
from hfi_desktop.storage.reports import comparison_report
from hfi_desktop.storage.reports.contents import diff_fragments

from .samples import png


def text(value: str) -> TextPrepared:
    return TextPrepared(kind=OutputKind.TEXT, raw_json="", text=value)


def done(model: str, **more: object) -> SavedColumn:
    return SavedColumn(model=model, state=RunState.DONE, elapsed_s=0.5, **more)  # type: ignore[arg-type]


def document(columns: list[SavedColumn], values: dict[str, object] | None = None,
             reference: int = 0) -> ComparisonDocument:
    form = FormSnapshot(values=values or {"inputs": "Say hi"},
                        parameters={"max_new_tokens": 20, "stop": None},
                        options={"use_cache": False})
    return ComparisonDocument("text-generation", form, columns, reference=reference)


def test_texts_are_compared_word_by_word_with_the_reference() -> None:
    stats = RunStats(total_s=0.8, usage=Usage(10, 20, 30),
                     price=Price("together", 1.0, 2.0, "router", 0.0))
    doc = document([done("a/ref"), done("b/other", stats=stats),
                    SavedColumn(model="c/failed", state=RunState.ERROR,
                                error=("The server failed", "HTTP 500"), text="partial"),
                    SavedColumn(model="d/never")])
    prepared = [text("The cat sat on the mat."), text("The dog sat on a mat."), None, None]
    report = comparison_report(doc, prepared, task="Text generation",
                               names=["ref", "other", "failed", "never"],
                               field_names={"inputs": "Text"})
    assert report.source == "Comparison" and report.compared
    assert report.title == "Text generation: 4 models compared"
    assert [t.model for t in report.targets] == ["a/ref", "b/other", "c/failed", "d/never"]
    assert report.inputs[0].fields[0].name == "Text"
    assert report.inputs[0].fields[0].text == "Say hi"
    assert report.parameters == (("max_new_tokens", "20"), ("use_cache", "no"))
    (row,) = report.rows
    assert row.reference == 0
    ref, other, failed, never = row.cells
    assert ref.note == "reference" and ref.latency_s == 0.5
    assert [(f.text, f.mark) for f in other.text if f.mark] == [("dog", "changed"),
                                                                ("a", "changed")]
    assert other.note.startswith("Against ref: ")
    assert other.latency_s == 0.8 and other.tokens == 30
    assert other.cost_usd is not None and abs(other.cost_usd - 50 / 1_000_000) < 1e-12
    assert failed.status == "failed" and failed.error == "The server failed: HTTP 500"
    assert [f.text for f in failed.text] == ["partial"]
    assert never.status == "not run"


def test_removed_words_are_put_back_struck_where_they_were() -> None:
    fragments = diff_fragments("The cat sat.", word_diff("The big cat sat.", "The cat sat."))
    assert [(f.text, f.mark) for f in fragments] == [
        ("The ", None), ("big", "removed"), (" ", None), ("cat sat.", None)]
    assert "".join(f.text for f in fragments if f.mark != "removed").replace("  ", " ") == \
        "The cat sat."


def labels(*pairs: tuple[str, float]) -> LabelsPrepared:
    return LabelsPrepared(kind=OutputKind.LABELS, raw_json="",
                          groups=(ScoreGroup("", tuple(Score(name, s) for name, s in pairs)),))


def test_labels_follow_the_reference_order_and_missing_ones_are_marked() -> None:
    doc = document([done("a"), done("b")])
    report = comparison_report(doc, [labels(("cat", 0.9), ("dog", 0.1)),
                                     labels(("dog", 0.7), ("fox", 0.2))],
                               task="Image classification", names=["a", "b"])
    first, second = report.rows[0].cells
    assert [(line.label, line.score, line.mark) for line in first.lines] == [
        ("cat", 0.9, None), ("dog", 0.1, None), ("fox", None, "missing")]
    assert [(line.label, line.score, line.mark) for line in second.lines] == [
        ("cat", None, "missing"), ("dog", 0.7, None), ("fox", 0.2, None)]
    assert first.score == 0.9 and second.score == 0.7
    assert second.note == "1 label not returned (—)"


def test_without_the_differences_shown_nothing_is_marked() -> None:
    doc = document([done("a"), done("b")])
    doc.show_differences = False
    report = comparison_report(doc, [text("one two"), text("one three")], task="t",
                               names=["a", "b"])
    assert not report.compared and report.rows[0].reference is None
    assert all(f.mark is None for cell in report.rows[0].cells for f in cell.text)


def box(label: str, x: float, score: float = 0.9) -> Box:
    return Box(label, score, x, 10, x + 100, 110, "#3b6fb6")


def detection(*boxes: Box) -> DetectionPrepared:
    return DetectionPrepared(kind=OutputKind.DETECTION, raw_json="", image=None, boxes=boxes,
                             legend=())


def test_boxes_are_matched_and_drawn_over_the_input_image() -> None:
    image = FileValue("cats.png", png(400, 200), "image/png")
    doc = document([done("a"), done("b")], values={"data": image})
    report = comparison_report(
        doc, [detection(box("cat", 10), box("cat", 250)),
              detection(box("cat", 12), box("dog", 150, 0.4))],
        task="Object detection", names=["a", "b"], field_names={"data": "Image"})
    field = report.inputs[0].fields[0]
    assert field.image is not None and field.image.data == image.data
    first, second = report.rows[0].cells
    assert [(line.label, line.mark, line.note) for line in first.lines] == [
        ("cat", None, ""), ("cat", None, "missed by b")]
    assert [(line.label, line.mark) for line in second.lines] == [
        ("cat", None), ("dog", "only_here"), ("cat", "missed")]
    assert second.note == "1 box only here · 1 box not found here"
    for cell in (first, second):
        (drawn,) = cell.images
        assert drawn.mime == "image/jpeg" and drawn.data != image.data


def test_a_generated_image_is_the_servers_bytes() -> None:
    picture = png(32, 32)
    doc = document([done("g/a", result=Blob(picture, "image/png"))])
    prepared = ImagePrepared(kind=OutputKind.IMAGE, raw_json="", image=None)  # type: ignore[arg-type]
    report = comparison_report(doc, [prepared], task="Text to image", names=["a"])
    (cell,) = report.rows[0].cells
    assert [i.data for i in cell.images] == [picture]
