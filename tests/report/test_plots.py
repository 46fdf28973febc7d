"""The plots: PNGs drawn with matplotlib figures (no pyplot), in threads at once; a spread
where there are many values; names with $ drawn as they are."""

from __future__ import annotations

import io
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from hfi_desktop.report import (
    Attachment,
    BoxDrawing,
    Cell,
    Line,
    Report,
    ReportInput,
    ResultRow,
    Target,
    annotated_image,
    report_plots,
)
from hfi_desktop.report.figures import target_figures
from hfi_desktop.report.plots import latency_plot

from .samples import png


def batch_report(rows: int = 30) -> Report:
    targets = (Target("org/fast"), Target("org/slow $x$ model", "together"), Target("org/x"))
    inputs = tuple(ReportInput(f"r{i}", f"row {i}") for i in range(rows))
    cells = [
        ResultRow(f"r{i}", (
            Cell(latency_s=0.2 + (i % 7) * 0.01, score=0.9 - (i % 5) * 0.05),
            Cell(latency_s=1.0 + (i % 11) * 0.1, score=0.5 + (i % 3) * 0.1),
            Cell(status="failed", error="boom")))
        for i in range(rows)]
    return Report("batch", "Text classification", 0.0, inputs, targets, tuple(cells))


def size(attachment: Attachment) -> tuple[int, int]:
    with Image.open(io.BytesIO(attachment.data)) as image:
        return image.size


def test_a_batch_gets_latency_and_score_spreads() -> None:
    plots = report_plots(batch_report())
    assert [p.name for p in plots] == ["latency.png", "scores.png"]
    for plot in plots:
        assert plot.mime == "image/png" and plot.data.startswith(b"\x89PNG")
        width, height = size(plot)
        assert 500 < width < 900 and 150 < height < 500
    assert "org/slow $x$ model · together mean 1.46" in plots[0].alt
    assert "Score distribution per model" in plots[1].alt


def test_one_input_gets_bars_and_its_scores_by_label() -> None:
    row = ResultRow("i", (
        Cell(lines=(Line("cat", 0.9), Line("dog", 0.1)), latency_s=0.4, score=0.9),
        Cell(lines=(Line("cat", 0.6), Line("dog", None, mark="missing"), Line("fox", 0.3)),
             latency_s=0.7, score=0.6)))
    report = Report("one", "Image classification", 0.0, (ReportInput("i", "Input"),),
                    (Target("a"), Target("b")), (row,))
    plots = report_plots(report)
    assert [p.name for p in plots] == ["latency.png", "scores.png", "labels.png"]
    assert plots[1].alt.startswith("Top score per model")


def test_no_figures_no_plots() -> None:
    report = Report("none", "t", 0.0, (), (Target("a"),), (ResultRow("x", (Cell(),)),))
    assert report_plots(report) == ()
    assert latency_plot(target_figures(report)) is None


def test_plots_are_drawn_in_threads_at_once_without_pyplot() -> None:
    code = (
        "import sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from tests.report.test_plots import batch_report\n"
        "from hfi_desktop.report import report_plots\n"
        "with ThreadPoolExecutor(4) as pool:\n"
        "    results = list(pool.map(lambda n: report_plots(batch_report(n)), [3, 10, 20, 40]))\n"
        "assert all(len(r) == 2 for r in results)\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]


def test_boxes_are_drawn_over_the_image() -> None:
    image = Attachment("in.png", "image/png", png(200, 120), "input")
    boxes = [BoxDrawing("cat", 10, 10, 90, 90, "#3b6fb6"),
             BoxDrawing("dog $1", 100, 20, 190, 110, "#d64545", "dashed"),
             BoxDrawing("fox", 50, 50, 150, 100, "#8a8a8a", "dotted")]
    drawn = annotated_image(image, boxes, "boxes-1")
    assert drawn is not None and drawn.name == "boxes-1" and drawn.mime == "image/jpeg"
    width, height = size(drawn)
    assert abs(width / height - 200 / 120) < 0.05
    with Image.open(io.BytesIO(drawn.data)) as picture:
        colours = {c for _n, c in picture.convert("RGB").getcolors(maxcolors=1_000_000) or []}
    assert any(abs(r - 0xD6) < 20 and abs(g - 0x45) < 20 and abs(b - 0x45) < 20
               for r, g, b in colours), "the dashed box's red is there"


def test_an_image_that_cannot_be_read_gets_no_drawing() -> None:
    broken = Attachment("in.png", "image/png", b"\x89PNG not really", "input")
    assert annotated_image(broken, [BoxDrawing("a", 0, 0, 1, 1, "#000000")], "b") is None


def test_plots_of_several_reports_at_once_in_this_process() -> None:
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda n: report_plots(batch_report(n)), [3, 8, 16]))
    assert [len(r) for r in results] == [2, 2, 2]
