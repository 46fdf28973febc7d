"""Reports on disk: built from what the app has (a comparison, a batch's journal, a task's
arena) and written as HTML or Markdown (:mod:`.writer`). Call everything here in a worker:
it compares results, reads files, draws plots and writes files."""

from .arena import arena_report
from .batch import batch_report
from .comparison import comparison_report
from .writer import FORMATS, HTML, MARKDOWN, ReportFileError, ReportFormat, write_report

__all__ = [
    "FORMATS",
    "HTML",
    "MARKDOWN",
    "ReportFileError",
    "ReportFormat",
    "arena_report",
    "batch_report",
    "comparison_report",
    "write_report",
]
