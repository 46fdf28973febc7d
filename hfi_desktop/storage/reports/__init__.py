"""Reports on disk: built from what the app has (a comparison; a batch and the arena once
they exist) and written as HTML or Markdown (:mod:`.writer`). Call everything here in a
worker: it compares results, draws plots and writes files."""

from .comparison import comparison_report
from .writer import FORMATS, HTML, MARKDOWN, ReportFileError, ReportFormat, write_report

__all__ = [
    "FORMATS",
    "HTML",
    "MARKDOWN",
    "ReportFileError",
    "ReportFormat",
    "comparison_report",
    "write_report",
]
