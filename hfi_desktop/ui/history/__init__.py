"""The history in the window: the panel (a dock, View ▸ History), the recorder that follows
each task page's runs, showing a past run on its page, and the notices when the history
cannot keep a run or was repaired."""

from .dock import HistoryDock, install_history, open_record
from .model import HistoryTableModel
from .panel import HistoryPanel
from .run_recorder import RunRecorder, RunSource, record_of
from .storage_notice import StorageNotices, install_storage_notices

__all__ = [
    "HistoryDock",
    "HistoryPanel",
    "HistoryTableModel",
    "RunRecorder",
    "RunSource",
    "StorageNotices",
    "install_history",
    "install_storage_notices",
    "open_record",
    "record_of",
]
