"""``HistoryTableModel``: the runs of the history, newest first, fetched a page at a time.

The model never touches the database: it asks the history service (whose worker does) and
applies the answer when it comes back on the GUI thread. ``set_filter`` replaces the rows
(a newer filter supersedes a query still running: its late answer is dropped);
``canFetchMore``/``fetchMore`` add the next page when the view scrolls near the end, so ten
thousand runs open as fast as a hundred.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CATALOG
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.store import HistoryFilter, RunSummary
from hfi_desktop.ui.i18n import catalog_text, kept_error_title

if TYPE_CHECKING:
    from hfi_desktop.storage.history.service import HistoryService

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
RETRY_MS = 50  # a refresh asked for while the asyncio loop does not run is retried
COLUMNS = tuple(str(title) for title in (  # in English: translated where shown
    QT_TRANSLATE_NOOP("HistoryTableModel", "Time"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Task"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Model"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Duration"),
    QT_TRANSLATE_NOOP("HistoryTableModel", "Input → Result")))
TIME, TASK, MODEL, STATUS, DURATION, SNIPPET = range(len(COLUMNS))
#: The RunSummary of a row (any column).
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

TASK_TITLES = {spec.id: spec.title for spec in CATALOG}
STATE_TEXT = {  # in English: translated where shown (state_text)
    RunState.DONE: str(QT_TRANSLATE_NOOP("HistoryTableModel", "Done")),
    RunState.ERROR: str(QT_TRANSLATE_NOOP("HistoryTableModel", "Error")),
    RunState.CANCELLED: str(QT_TRANSLATE_NOOP("HistoryTableModel", "Cancelled")),
    RunState.INTERRUPTED: str(QT_TRANSLATE_NOOP("HistoryTableModel", "Interrupted")),
    RunState.RUNNING: str(QT_TRANSLATE_NOOP("HistoryTableModel", "Running")),
}
_STATE_COLOURS = {
    RunState.ERROR: QColor("#c62828"),
    RunState.CANCELLED: QColor("#a86a00"),
    RunState.INTERRUPTED: QColor("#a86a00"),
    RunState.RUNNING: QColor("#1565c0"),
}


def state_text(state: RunState) -> str:
    """The state's word, in the user's language."""
    return QCoreApplication.translate("HistoryTableModel", STATE_TEXT[state])


def status_text(summary: RunSummary) -> str:
    text = state_text(summary.state)
    return (QCoreApplication.translate("HistoryTableModel", "{state} · partial").format(state=text)
            if summary.partial and summary.state is not RunState.RUNNING else text)


def time_text(started_at: float, now: float | None = None) -> str:
    when = datetime.fromtimestamp(started_at)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    return when.strftime("%H:%M:%S") if when.date() == today else when.strftime("%Y-%m-%d %H:%M")


def duration_text(elapsed_s: float | None) -> str:
    if elapsed_s is None:
        return "—"
    if elapsed_s < 1:
        return QCoreApplication.translate("HistoryTableModel", "{ms} ms").format(
                ms=f"{elapsed_s * 1000:.0f}")
    if elapsed_s < 60:
        return QCoreApplication.translate("HistoryTableModel", "{s} s").format(s=f"{elapsed_s:.1f}")
    minutes, seconds = divmod(int(elapsed_s), 60)
    return QCoreApplication.translate("HistoryTableModel", "{min} min {s} s").format(
        min=minutes, s=f"{seconds:02d}")


def _loop_running() -> bool:
    """Whether the asyncio loop runs (a view may ask for more rows while it does not, at
    shutdown or from a model checker: nothing is fetched then)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class HistoryTableModel(QAbstractTableModel):
    """Rows of :class:`RunSummary`. ``loaded`` is emitted each time a filter's first page
    (or a refresh) is in; ``failed(message)`` when the history could not answer."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, history: HistoryService, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.history = history
        self.page_size = page_size
        self._rows: list[RunSummary] = []
        self._total = 0
        self._filter = HistoryFilter()
        self._generation = 0
        self._fetching = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._now = time.time()

    # -- queries ------------------------------------------------------------------------------

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many runs match the filter (rows not fetched yet included)."""
        return self._total

    def summary(self, row: int) -> RunSummary:
        return self._rows[row]

    def row_of(self, run_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == run_id:
                return row
        return None

    def is_busy(self) -> bool:
        return any(not task.done() for task in self._tasks)

    # -- loading ------------------------------------------------------------------------------

    def set_filter(self, where: HistoryFilter) -> asyncio.Task[None] | None:
        """Show the runs matching ``where`` (the first page; more as the view scrolls)."""
        self._filter = where
        return self.refresh(keep_loaded=False)

    def refresh(self, *, keep_loaded: bool = True) -> asyncio.Task[None] | None:
        """Query again (after runs were added or removed); ``keep_loaded`` fetches as many
        rows as are loaded now, so the view keeps its place. Returns the loading task (None
        when called while the asyncio loop is not running: it is done once it runs)."""
        self._generation += 1
        count = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        if not _loop_running():
            generation = self._generation
            QTimer.singleShot(RETRY_MS, lambda: generation == self._generation
                              and self.refresh(keep_loaded=keep_loaded))
            return None
        return self._spawn(self._reload(self._generation, self._filter, count), "history load")

    async def _reload(self, generation: int, where: HistoryFilter, count: int) -> None:
        try:
            total, rows = await self.history.page(where, count)
        except Exception as error:
            if generation == self._generation:
                self.failed.emit(str(error))
            return
        if generation != self._generation:
            return  # superseded by a newer filter
        self.beginResetModel()
        self._rows = rows
        self._total = max(total, len(rows))
        self._fetching = False
        self._now = time.time()
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._rows or not _loop_running():
            return
        self._fetching = True
        last = self._rows[-1]
        self._spawn(self._more(self._generation, self._filter, (last.started_at, last.seq)),
                    "history fetch more")

    async def _more(self, generation: int, where: HistoryFilter,
                    before: tuple[float, int]) -> None:
        try:
            rows = await self.history.query(where, self.page_size, before=before)
        except Exception as error:
            if generation == self._generation:
                self._fetching = False
                self.failed.emit(str(error))
            return
        if generation != self._generation:
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))

    def _spawn(self, coro: Any, name: str) -> asyncio.Task[None]:
        task = create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("HistoryTableModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return _STATE_COLOURS.get(summary.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SUMMARY_ROLE:
            return summary
        return None

    def _display(self, summary: RunSummary, column: int) -> str:
        if column == TIME:
            return time_text(summary.started_at, self._now)
        if column == TASK:
            return catalog_text(TASK_TITLES.get(summary.task_id, summary.task_id))
        if column == MODEL:
            return summary.model
        if column == STATUS:
            return status_text(summary)
        if column == DURATION:
            return duration_text(summary.elapsed_s)
        return summary.snippet

    def _tooltip(self, summary: RunSummary, column: int) -> str | None:
        if column == TIME:
            return datetime.fromtimestamp(summary.started_at).strftime("%Y-%m-%d %H:%M:%S")
        if column == TASK:
            return summary.task_id
        if column == STATUS:
            parts = [status_text(summary)]
            if summary.error_title:
                parts.append(kept_error_title(summary.error_title))
            if summary.http_status is not None:
                parts.append(f"HTTP {summary.http_status}")
            if summary.partial:
                parts.append(QCoreApplication.translate(
                    "HistoryTableModel", "the text received before it stopped is kept"))
            return " — ".join(parts)
        if column in (MODEL, SNIPPET):
            return summary.model if column == MODEL else summary.snippet
        return None
