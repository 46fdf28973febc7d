"""Reports people can share: a self-contained HTML file and a Markdown one (no Qt).

A :class:`Report` (``model``) says what to show; ``report_plots`` draws its plots
(matplotlib, in a worker); ``render_html`` / ``render_markdown`` lay it out. Writing the
files is storage's (``storage.report_file``); building a report from a comparison, a batch
or the arena is the adapters' (``storage.reports``).
"""

from .figures import TargetFigures, target_figures
from .html_report import render_html
from .markdown_report import MarkdownReport, escape_markdown, render_markdown
from .model import (
    IMAGE_MIMES,
    Attachment,
    Cell,
    CellStatus,
    Fragment,
    InputField,
    Line,
    MarkKind,
    Rating,
    Report,
    ReportInput,
    ResultRow,
    Section,
    Target,
)
from .plots import BoxDrawing, annotated_image, report_plots, thumbnail

__all__ = [
    "IMAGE_MIMES",
    "Attachment",
    "BoxDrawing",
    "Cell",
    "CellStatus",
    "Fragment",
    "InputField",
    "Line",
    "MarkKind",
    "MarkdownReport",
    "Rating",
    "Report",
    "ReportInput",
    "ResultRow",
    "Section",
    "Target",
    "TargetFigures",
    "annotated_image",
    "escape_markdown",
    "render_html",
    "render_markdown",
    "report_plots",
    "target_figures",
    "thumbnail",
]
