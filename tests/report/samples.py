"""Reports to test the writers with: pictures, marked differences, figures, and results
that try to be HTML or Markdown (servers' replies and files are untrusted)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from hfi_desktop.report import (
    Attachment,
    Cell,
    Fragment,
    InputField,
    Line,
    Report,
    ReportInput,
    ResultRow,
    Section,
    Target,
)

SCRIPT = "<script>document.title='PWNED'</script>"
IMG_ONERROR = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">"
MARKDOWN_TRAP = "# not a heading\n| not | a row |\n[link](http://evil.example/) *x* `code`"


def png(width: int = 96, height: int = 64, colour: tuple[int, int, int] = (70, 130, 180)
        ) -> bytes:
    image = Image.new("RGB", (width, height), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.2, height * 0.15, width * 0.8, height * 0.85), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def hostile_report() -> Report:
    """Two inputs, three targets, every kind of cell; untrusted text everywhere."""
    photo = Attachment("cat photo.png", "image/png", png(), "a cat")
    inputs = (
        ReportInput("r1", "Row 1", (InputField("Text", f"Say hi {SCRIPT}"),)),
        ReportInput("r2", "Row 2 " + IMG_ONERROR,
                    (InputField("Image", "cat photo.png", photo),
                     InputField("Question", MARKDOWN_TRAP))),
    )
    targets = (Target("org/alpha-7b", "together"), Target("org/beta <b>bold</b>"),
               Target("org/gamma", "nebius"))
    row1 = ResultRow("r1", (
        Cell(text=(Fragment("Hello there, friend."),), note="reference", latency_s=0.42,
             tokens=18, cost_usd=0.00012, score=0.91),
        Cell(text=(Fragment("Hello "), Fragment("dear", "changed", "was: there,"),
                   Fragment(" friend"), Fragment(" " + SCRIPT, "added"),
                   Fragment(".", None)),
             note="Against alpha-7b: 60% same words · 1 changed · 1 added", latency_s=0.81,
             tokens=25, cost_usd=0.00020, score=0.55),
        Cell(status="failed", error="The server failed: HTTP 500 " + IMG_ONERROR,
             latency_s=1.5),
    ), reference=0)
    row2 = ResultRow("r2", (
        Cell(lines=(Line("cat", 0.93), Line("dog", 0.05), Line("fox", None, "", "missing")),
             latency_s=0.5, score=0.93),
        Cell(lines=(Line("cat", 0.71, "at 10,10 to 80,60"),
                    Line(IMG_ONERROR, 0.2, "", "only_here"),
                    Line("dog", 0.4, "", "missed", "in alpha-7b, not found by this model")),
             images=(Attachment("boxes-2", "image/png", png(colour=(200, 90, 60)), "boxes"),
                     Attachment("evil.svg", "image/svg+xml", b"<svg onload='x'/>", "svg")),
             latency_s=0.9, score=0.71),
        Cell(status="not run"),
    ), reference=0)
    leaderboard = Section("Leaderboard", ("Rank", "Model", "Rating", "Votes"),
                          (("1", "org/alpha-7b", "1032", "40"),
                           ("2", SCRIPT, "968", "40")),
                          text="Bradley-Terry ratings " + IMG_ONERROR,
                          numeric=frozenset({0, 2, 3}))
    return Report(title="Greeting models " + SCRIPT, task="Text generation",
                  created_at=1_796_000_000.0, inputs=inputs, targets=targets,
                  rows=(row1, row2),
                  parameters=(("max_new_tokens", "64"), ("stop", IMG_ONERROR)),
                  sections=(leaderboard,), source="Comparison", compared=True)
