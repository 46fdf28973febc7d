"""The history in the window: the panel (a dock, View ▸ History), the recorder that follows
each task page's runs, and showing a past run on its page."""

from .dock import HistoryDock, install_history, open_record
from .model import HistoryTableModel
from .panel import HistoryPanel
from .run_recorder import RunRecorder, RunSource, record_of

__all__ = [
    "HistoryDock",
    "HistoryPanel",
    "HistoryTableModel",
    "RunRecorder",
    "RunSource",
    "install_history",
    "open_record",
    "record_of",
]
