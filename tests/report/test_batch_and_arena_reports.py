"""Reports from a batch's journal (a row per input, compared across targets, agreement)
and from a task's arena (leaderboard and ratings plot, a row per vote); the HTML of both
checked in headless Chromium."""

from __future__ import annotations

import random
import re
from pathlib import Path

from PIL import Image

from hfi_desktop.arena import Pair, Target, Verdict, Vote
from hfi_desktop.arena.summary import summarize
from hfi_desktop.batch.journal import BatchJournal
from hfi_desktop.batch.model import BatchInput, BatchPlan, BatchTarget, CellOutcome
from hfi_desktop.catalog import FileValue, task
from hfi_desktop.storage.arena_votes import ArenaVotes
from hfi_desktop.storage.reports import HTML, MARKDOWN, arena_report, batch_report, write_report
from tests.arena.simulate import simulate, targets

from .browser import dump_dom, screenshot
from .samples import SCRIPT, png

LABELS = ("positive", "negative", "neutral")


def classification_journal(path: Path, rows: int) -> BatchJournal:
    plan = BatchPlan("text-classification",
                     [BatchInput(f"line {i + 1}", f"review {i + 1}",
                                 {"inputs": f"review number {i + 1} {SCRIPT if i == 0 else ''}"})
                      for i in range(rows)],
                     [BatchTarget("org/alpha"), BatchTarget("org/beta", "together"),
                      BatchTarget("org/gamma")])
    journal = BatchJournal.create(path, plan)
    rng = random.Random(7)
    for row in plan.inputs:
        for index in range(3):
            if index == 2 and row.key == "line 2":
                journal.record(CellOutcome(row.key, index, "failed", None,
                                           f"The server failed: HTTP 500 {SCRIPT}", 0.3))
                continue
            top = LABELS[0] if index < 2 or rng.random() < 0.5 else LABELS[1]
            scores = sorted(((label, rng.random() * 0.3) for label in LABELS if label != top),
                            key=lambda pair: -pair[1])
            result = [{"label": top, "score": 0.6 + rng.random() * 0.4}] + [
                {"label": label, "score": score} for label, score in scores]
            journal.record(CellOutcome(row.key, index, "done", result, None,
                                       0.1 + index * 0.2 + rng.random() * 0.1, tokens=12,
                                       cost_usd=0.0001))
    journal.close()  # what it holds stays readable
    return journal


def test_a_batch_report_compares_each_row_and_sums_up(tmp_path: Path) -> None:
    journal = classification_journal(tmp_path / "batch.jsonl", 24)
    report = batch_report(journal, task("text-classification"), task="Text classification",
                          names=["alpha", "beta", "gamma"], field_names={"inputs": "Text"})
    assert report.source == "Batch" and len(report.rows) == 24 and len(report.inputs) == 24
    assert report.title == "Text classification: 24 inputs, 3 models"
    first = report.rows[0]
    assert first.reference == 0
    assert [line.label for line in first.cells[1].lines][:1] == ["positive"]
    failed = report.rows[1].cells[2]
    assert failed.status == "failed" and "HTTP 500" in failed.error
    assert all(cell.latency_s is not None for row in report.rows for cell in row.cells)
    (agreement,) = report.sections
    assert agreement.title == "Agreement between models"
    assert agreement.rows[0][1:3] == ("", "100% of 24")

    page = write_report(tmp_path / "batch", report, HTML)
    dom = dump_dom(page, tmp_path)
    results = dom.split('<table class="results">', 1)[1].split("</table>", 1)[0]
    assert results.count("<tr>") == 25 and results.count("<td") == 72
    assert "&lt;script&gt;" in dom and "<script" not in dom.split("<body", 1)[1]
    plots = re.findall(r'<img [^>]*src="data:image/png;base64,', dom)
    assert len(plots) == 2, "latency and score distributions"
    shot = screenshot(page, tmp_path, tmp_path / "batch.png", height=1400)
    with Image.open(shot) as picture:
        assert len(picture.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 300

    markdown = write_report(tmp_path / "batch", report, MARKDOWN)
    text = markdown.read_text(encoding="utf-8")
    assert text.count("\n| **review") == 24
    assert (tmp_path / "batch_files" / "latency.png").is_file()


def test_a_batch_of_images_embeds_thumbnails_and_draws_boxes(tmp_path: Path) -> None:
    photo = FileValue("big.png", png(1200, 800), "image/png")
    plan = BatchPlan("object-detection", [BatchInput("a", "big.png", {"data": photo})],
                     [BatchTarget("d/one"), BatchTarget("d/two")])
    journal = BatchJournal.create(tmp_path / "boxes.jsonl", plan)
    box = {"label": "ball", "score": 0.9,
           "box": {"xmin": 200, "ymin": 100, "xmax": 900, "ymax": 700}}
    journal.record(CellOutcome("a", 0, "done", [box], None, 0.2))
    journal.record(CellOutcome("a", 1, "done", [], None, 0.3))
    journal.close()
    report = batch_report(journal, task("object-detection"), task="Object detection",
                          names=["one", "two"])
    image = report.inputs[0].fields[0].image
    assert image is not None and image.mime == "image/jpeg"
    with Image.open(__import__("io").BytesIO(image.data)) as small:
        assert max(small.size) == 320, "a thumbnail"
    one, two = report.rows[0].cells
    assert [line.label for line in one.lines] == ["ball"] and one.images
    assert [(line.label, line.mark) for line in two.lines] == [("ball", "missed")]


def test_an_arena_report_has_the_leaderboard_its_plot_and_the_votes(tmp_path: Path) -> None:
    pool = targets(4)
    votes = simulate({t: s for t, s in zip(pool, (1.0, 0.3, 0.0, -0.8), strict=True)}, 60,
                     seed=3)
    summary = summarize("text-generation", votes, rounds=50)
    report = arena_report(summary, task="Text generation")
    assert report.source == "Arena" and len(report.rows) == 60
    assert [r.target.model for r in report.ratings] == [s.target.model
                                                        for s in summary.standings]
    (leaderboard,) = report.sections
    assert leaderboard.rows[0][0] == "1" and leaderboard.rows[0][1] == "org/model-0"
    vote = report.rows[0]
    present = [c for c in vote.cells if c.status != "absent"]
    assert len(present) == 2
    assert {c.text[0].text for c in present} <= {"won", "lost", "tie", "both bad"}

    page = write_report(tmp_path / "arena", report, HTML)
    dom = dump_dom(page, tmp_path)
    assert "ratings.png" not in dom  # embedded, not linked
    plots = re.findall(r'<img [^>]*alt="Rating with its 95% interval', dom)
    assert len(plots) == 1
    assert dom.count("<table") == 3  # models, votes, leaderboard (no parameters set)
    assert "<h2>Votes</h2>" in dom


def test_the_arena_report_shows_the_pictures_the_votes_store_kept(tmp_path: Path) -> None:
    store = ArenaVotes.open(tmp_path)
    try:
        picture = png(600, 400)
        store.add(Vote("image-classification", Pair(Target("org/one"), Target("org/two")),
                       Verdict.A, "cat.png", inputs={"image": FileValue("cat.png", picture,
                                                                        "image/png")}))
        summary = summarize("image-classification", store.votes("image-classification"),
                            rounds=10)
        report = arena_report(summary, task="Image classification", file=store.file)
    finally:
        store.close()
    (item,) = report.inputs
    images = [f.image for f in item.fields if f.image is not None]
    assert len(images) == 1 and images[0].mime == "image/jpeg"
    assert [f.text for f in item.fields][-1] == "org/one better than org/two"
