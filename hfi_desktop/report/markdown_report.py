"""The Markdown report: one ``.md`` file and its pictures as files in a folder beside it,
linked by relative paths.

Text from results, inputs and names is escaped for Markdown (:func:`escape_markdown`):
the punctuation Markdown reads inline gets a backslash (so does what would start a heading,
a list or a rule), ``<``, ``>`` and ``&`` become entities (a Markdown renderer passes HTML
through: ``<img onerror=…>`` in a result stays text), line breaks
become ``<br>`` (so a result cannot start a heading, a list or a table row of its own,
and a table cell stays one row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from .figures import score_text
from .layout import (
    FIGURE_COLUMNS,
    FIGURE_NUMERIC,
    FileNames,
    byline,
    cell_parts,
    figure_rows,
    inputs_listed,
    legend_of,
    line_note,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from .model import Attachment, Cell, Fragment, Line, Report, ReportInput, Section

_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()!|~$^])")
# what starts a heading, a list item or a rule: "# x", "- x", "+ x", "---", "1. x"
_BLOCK_START = re.compile(r"^(#|[+-](?=[\s-]|$)|\d+(?=[.)](?:\s|$)))")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_WRAP = {"added": ("<ins>", "</ins>"), "changed": ("<mark>", "</mark>"),
         "removed": ("<del>", "</del>")}


@dataclass(frozen=True)
class MarkdownReport:
    """The Markdown text, and the files it links to: name (inside ``folder``) -> bytes."""

    text: str
    folder: str
    files: Mapping[str, bytes]


def escape_markdown(text: str) -> str:
    """``text`` shown as it is by any Markdown renderer (see the module's docstring)."""
    text = "".join(_ENTITIES.get(char, char) for char in text)
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = _BLOCK_START.sub(lambda m: m[0] + "\\" if m[0][0].isdigit() else "\\" + m[0], text)
    return "<br>".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def render_markdown(report: Report, plots: Sequence[Attachment] = (), *,
                    folder: str) -> MarkdownReport:
    """The report as Markdown; its pictures are to be written into ``folder`` (a folder
    beside the ``.md`` file, named relative to it)."""
    writer = _Writer(folder)
    return MarkdownReport(writer.report(report, plots), folder, writer.files)


class _Writer:
    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.files: dict[str, bytes] = {}
        self._names = FileNames()

    def report(self, report: Report, plots: Sequence[Attachment]) -> str:
        out = [f"# {escape_markdown(report.title)}", "",
               f"*{escape_markdown(byline(report))}*", "", "## Models", "",
               _table(FIGURE_COLUMNS, figure_rows(report), FIGURE_NUMERIC), ""]
        for plot in plots:
            out += [self.image(plot), ""]
        for section in report.sections:
            out += self.section(section)
        if report.inputs and inputs_listed(report):
            out += ["## Inputs", ""]
            for item in report.inputs:
                out += [f"### {escape_markdown(item.label)}", ""]
                out += [line for field in self.fields(item) for line in (field, "")]
        out += ["## Parameters", ""]
        out += [_table(("Name", "Value"), report.parameters, frozenset())
                if report.parameters else "The models' defaults (none set).", ""]
        out += self.results(report)
        out += ["---", "", "*Made with HF Inference Desktop. Results are shown as the servers "
                "sent them.*", ""]
        return "\n".join(out)

    def results(self, report: Report) -> list[str]:
        out = [f"## {escape_markdown(report.results_title)}", ""]
        if report.compared:
            out += ["Against the reference: " + " · ".join(
                f"{_WRAP[kind][0]}{text}{_WRAP[kind][1]}" if kind in _WRAP
                else escape_markdown(text) for kind, text in legend_of(report)), ""]
        reference = next((r.reference for r in report.rows if r.reference is not None), None)
        heads = ["Input"] + [
            target.label() + (" (reference)" if index == reference else "")
            for index, target in enumerate(report.targets)]
        listed = inputs_listed(report)
        rows = []
        for row in report.rows:
            item = report.input(row.input_key)
            label = escape_markdown(item.label if item is not None else row.input_key)
            shown = [f"**{label}**"] + (self.fields(item) if item is not None and not listed
                                        else [])
            rows.append(["<br>".join(shown), *(self.cell(cell) for cell in row.cells)])
        out += [_row([escape_markdown(h) for h in heads]),
                _row(["---"] * len(heads)), *(_row(r) for r in rows), ""]
        return out

    def fields(self, item: ReportInput) -> list[str]:
        """``**name:** value`` per field of an input."""
        return [f"**{escape_markdown(field.name)}:** "
                + (self.image(field.image) if field.image is not None
                   else escape_markdown(field.text)) for field in item.fields]

    def cell(self, cell: Cell) -> str:
        if cell.status in ("not run", "absent"):
            return "*not run*" if cell.status == "not run" else "—"
        return "<br>".join(cell_parts(cell, self))

    # CellWriter
    def error(self, text: str) -> str:
        return f"**Failed:** {escape_markdown(text)}"

    def text(self, fragments: Sequence[Fragment]) -> str:
        return "".join(map(_fragment, fragments))

    def lines(self, lines: Sequence[Line]) -> list[str]:
        return [_line(line) for line in lines]

    def note(self, text: str) -> str:
        return f"*{escape_markdown(text)}*"

    def figures(self, text: str) -> str:
        return escape_markdown(text)

    def section(self, section: Section) -> list[str]:
        out = [f"## {escape_markdown(section.title)}", ""]
        if section.text:
            out += [escape_markdown(section.text), ""]
        return [*out, _table(section.columns, section.rows, section.numeric), ""]

    def image(self, image: Attachment) -> str:
        if not image.is_image:
            return escape_markdown(f"{image.name} ({image.mime}, {len(image.data):,} bytes; "
                                   "not shown)")
        name = self._names.name(image)
        self.files[name] = image.data
        return f"![{escape_markdown(image.alt)}]({quote(f'{self.folder}/{name}')})"


def _fragment(fragment: Fragment) -> str:
    text = escape_markdown(fragment.text)
    wrap = _WRAP.get(fragment.mark or "")
    return f"{wrap[0]}{text}{wrap[1]}" if wrap is not None and text.strip() else text


def _line(line: Line) -> str:
    text = f"{escape_markdown(line.label)} {score_text(line.score)}"
    if line.detail:
        text += f" ({escape_markdown(line.detail)})"
    why = line_note(line.mark, line.note)
    if line.mark in ("only_here", "other_label"):
        text = f"**{text}**"
    elif line.mark == "missed":
        text = f"~~{text}~~"
    return text + (f" *{escape_markdown(why)}*" if why else "")


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]], numeric: frozenset[int]
           ) -> str:
    align = ["---:" if i in numeric else "---" for i in range(len(columns))]
    lines = [_row([escape_markdown(c) for c in columns]), _row(align)]
    lines += [_row([escape_markdown(c) for c in row]) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
