"""What both writers say the same way: the heading line, the models' figures table, the
legend of the marks, a cell's figures line, and file names for pictures."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from .figures import count, dollars, seconds, target_figures

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Attachment, Cell, Fragment, Line, Report

FIGURE_COLUMNS = ("Model", "Provider", "Done", "Failed", "Mean latency", "Median latency",
                  "Tokens", "Cost")
FIGURE_NUMERIC = frozenset(range(2, 8))
LEGEND = (
    ("added", "added words"),
    ("changed", "changed words"),
    ("removed", "removed words"),
    ("missing", "— label not returned"),
    ("only_here", "only this model"),
    ("other_label", "labelled differently"),
    ("missed", "not found by this model"),
)
MARK_NOTES = {"only_here": "only this model", "missed": "not found by this model"}
#: Up to this many inputs get a section of their own; more are shown in the results table's
#: first column (a batch of 200 rows would otherwise list its inputs twice).
INPUTS_LISTED = 3
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
               "image/webp": ".webp"}
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def byline(report: Report) -> str:
    """``Comparison · Object detection · 2026-12-07 22:31 CET · 3 models · 1 input``."""
    when = datetime.fromtimestamp(report.created_at).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    models = len(report.targets)
    inputs = len(report.inputs)
    parts = [report.source, report.task, when,
             f"{models} model{'s' * (models != 1)}", f"{inputs} input{'s' * (inputs != 1)}"]
    return " · ".join(part for part in parts if part)


def inputs_listed(report: Report) -> bool:
    return len(report.inputs) <= INPUTS_LISTED


def legend_of(report: Report) -> list[tuple[str, str]]:
    """The LEGEND entries of the marks the report's results have."""
    used = {f.mark for row in report.rows for cell in row.cells for f in cell.text}
    used |= {line.mark for row in report.rows for cell in row.cells for line in cell.lines}
    return [(kind, text) for kind, text in LEGEND if kind in used]


def figure_rows(report: Report) -> list[tuple[str, ...]]:
    """The models' table: one row per target (FIGURE_COLUMNS)."""
    return [(f.target.model, f.target.provider or "default", str(f.done), str(f.failed),
             seconds(f.mean_latency_s), seconds(f.median_latency_s), count(f.tokens),
             dollars(f.cost_usd)) for f in target_figures(report)]


def cell_figures(cell: Cell) -> str:
    """``0.84 s · 120 tokens · $0.0001`` (what the cell has)."""
    parts = []
    if cell.latency_s is not None:
        parts.append(seconds(cell.latency_s))
    if cell.tokens is not None:
        parts.append(f"{cell.tokens:,} tokens")
    if cell.cost_usd is not None:
        parts.append(dollars(cell.cost_usd))
    return " · ".join(parts)


class CellWriter(Protocol):
    """How a writer shows each part of a cell."""

    def error(self, text: str) -> str: ...
    def text(self, fragments: Sequence[Fragment]) -> str: ...
    def lines(self, lines: Sequence[Line]) -> list[str]: ...
    def image(self, image: Attachment) -> str: ...
    def note(self, text: str) -> str: ...
    def figures(self, text: str) -> str: ...


def cell_parts(cell: Cell, writer: CellWriter) -> list[str]:
    """A cell's parts in the order both writers show them: what went wrong, the text, the
    lines, the pictures, the note, the figures."""
    parts = [writer.error(cell.error or "failed")] if cell.status == "failed" else []
    if cell.text:
        parts.append(writer.text(cell.text))
    if cell.lines:
        parts.extend(writer.lines(cell.lines))
    parts.extend(writer.image(image) for image in cell.images)
    if cell.note:
        parts.append(writer.note(cell.note))
    figures = cell_figures(cell)
    if figures:
        parts.append(writer.figures(figures))
    return parts


def line_note(mark: str | None, note: str) -> str:
    """What a marked line says beside it: its own note, else the mark's meaning."""
    return note or MARK_NOTES.get(mark or "", "")


class FileNames:
    """Unique, safe file names for a report's pictures (``latency.png``, ``input-1.jpg``,
    ``latency-2.png`` for a second one)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name(self, attachment: Attachment) -> str:
        stem = _UNSAFE_NAME.sub("-", attachment.name.rsplit(".", 1)[0]).strip("-.")[:60] \
            or "picture"
        suffix = _EXTENSIONS.get(attachment.mime, ".bin")
        candidate, number = f"{stem}{suffix}", 1
        while candidate.lower() in self._taken:
            number += 1
            candidate = f"{stem}-{number}{suffix}"
        self._taken.add(candidate.lower())
        return candidate
