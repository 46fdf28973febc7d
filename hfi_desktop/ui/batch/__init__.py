"""Batch runs: many inputs (a folder, a table, lines of text) x 1 to 6 models, unattended;
a live results table, a summary, a batch file that resumes, exports."""

from .install import BATCH_BUTTON_NAME, BatchManager
from .window import BatchWindow

__all__ = ["BATCH_BUTTON_NAME", "BatchManager", "BatchWindow"]
