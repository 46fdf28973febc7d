"""``HistoryPanel``: the runs of the history in a table, with filters and actions.

Filters: task, model (a part of the id), status, and free text (debounced as you type).
Actions on the selected run: Open (its task page shows it), Re-run, Save… (the export's
hook: :attr:`HistoryPanel.save_handler`), Delete; and Clear all…, which asks first (a
window-modal box opened with ``open()``, never a nested ``exec()``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog import CATALOG
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.store import HistoryFilter, RunSummary
from hfi_desktop.storage.records import RunRecord
from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.shortcuts import HISTORY, declare

from .model import (
    COLUMNS,
    DURATION,
    MODEL,
    SNIPPET,
    STATE_TEXT,
    STATUS,
    TASK,
    TIME,
    HistoryTableModel,
    state_text,
)

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QShowEvent

    from hfi_desktop.storage.history.service import HistoryService

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
REFRESH_MS = 150
NO_RUNS_TEXT = str(QT_TRANSLATE_NOOP(
    "HistoryPanel", "No runs yet.\nEvery run you make on a task page appears here."))
NO_MATCH_TEXT = str(QT_TRANSLATE_NOOP("HistoryPanel", "No runs match the filter."))
DELETE_RUNS = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Delete the selected runs")),
                      Qt.Key.Key_Delete, where=HISTORY)
OPEN_RUN = declare(str(QT_TRANSLATE_NOOP("Shortcut", "Open the selected run on its page")),
                   Qt.Key.Key_Return, Qt.Key.Key_Enter,
                   where=HISTORY)

SaveHandler = Callable[[RunRecord], None]
T = TypeVar("T")


class HistoryPanel(QWidget):
    """The history's table. ``open_requested(RunRecord)`` / ``rerun_requested(RunRecord)``
    ask the window to show or run a past run again; :attr:`save_handler` saves one."""

    open_requested = Signal(object)
    rerun_requested = Signal(object)

    def __init__(self, history: HistoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.history = history
        self.model = HistoryTableModel(history, self)
        #: Saves a run (the export feature sets it); None disables Save….
        self.save_handler: SaveHandler | None = None
        self._loaded_once = False
        self._stale = False
        self._confirm: QMessageBox | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

        self.task_combo = QComboBox(self)
        self.task_combo.setAccessibleName(QCoreApplication.translate("HistoryPanel", "Task"))
        self.task_combo.addItem(QCoreApplication.translate("HistoryPanel", "All tasks"), None)
        for spec in sorted(CATALOG, key=lambda s: s.title.lower()):
            self.task_combo.addItem(catalog_text(spec.title), spec.id)
        self.model_edit = QLineEdit(self)
        self.model_edit.setPlaceholderText(QCoreApplication.translate("HistoryPanel",
                                                                      "Model contains…"))
        self.model_edit.setAccessibleName(QCoreApplication.translate("HistoryPanel",
                                                                     "Model contains"))
        add_clear_button(self.model_edit,
                         QCoreApplication.translate("HistoryPanel", "Clear the model filter"))
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(QCoreApplication.translate("HistoryPanel", "Status"))
        self.state_combo.addItem(QCoreApplication.translate("HistoryPanel", "Any status"), None)
        for state in STATE_TEXT:
            self.state_combo.addItem(state_text(state), state.value)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("HistoryPanel", "Search inputs and results…"))
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Search inputs and results"))
        add_clear_button(self.search_edit, QCoreApplication.translate("HistoryPanel",
                                                                      "Clear the search"))
        self.count_label = QLabel("", self)

        self.table = QTableView(self)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryPanel", "Runs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, chars in ((TIME, 17), (TASK, 28), (MODEL, 32), (STATUS, 19), (DURATION, 9)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 16)
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel(QCoreApplication.translate("HistoryPanel", NO_RUNS_TEXT), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.open_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Open"), self)
        self.open_button.setToolTip(
            QCoreApplication.translate("HistoryPanel", "Show this run on its task page (Enter)"))
        self.rerun_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Re-run"), self)
        self.rerun_button.setToolTip(QCoreApplication.translate(
            "HistoryPanel", "Fill its task page with this run's inputs and run it"))
        self.save_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Save…"), self)
        self.save_button.setToolTip(
            QCoreApplication.translate("HistoryPanel", "Save this run's result to a file"))
        self.delete_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Delete"), self)
        self.delete_button.setToolTip(QCoreApplication.translate(
            "HistoryPanel", "Delete the selected runs from the history (Delete)"))
        self.clear_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Clear all…"),
                                        self)
        self.clear_button.setToolTip(
            QCoreApplication.translate("HistoryPanel", "Delete every run and every stored file"))
        self._build()
        self._connect()
        self._update_actions()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.task_combo)
        filters.addWidget(self.model_edit, 2)
        filters.addWidget(self.state_combo)
        filters.addWidget(self.search_edit, 3)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.open_button, self.rerun_button, self.save_button,
                       self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.model_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.task_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.rerun_button.clicked.connect(self.rerun_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        DELETE_RUNS.install(self.table, self.delete_selected, context=context)
        OPEN_RUN.install(self.table, self.open_selected, context=context)
        self.history.changed.connect(self._on_history_changed)

    # -- filtering ----------------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        state = self.state_combo.currentData()
        return HistoryFilter(
            task=self.task_combo.currentData(),
            model=self.model_edit.text().strip() or None,
            state=RunState(state) if state else None,
            text=self.search_edit.text().strip() or None,
        )

    def apply_filter(self) -> asyncio.Task[None] | None:
        """Query with the filter bar's values now (typing waits DEBOUNCE_MS first)."""
        self._debounce.stop()
        self._loaded_once = True
        self._stale = False
        return self.model.set_filter(self.current_filter())

    def set_filter(self, where: HistoryFilter) -> asyncio.Task[None] | None:
        """Put ``where`` in the filter bar and apply it."""
        for combo, value in ((self.task_combo, where.task),
                             (self.state_combo, where.state.value if where.state else None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        for edit, text in ((self.model_edit, where.model), (self.search_edit, where.text)):
            edit.blockSignals(True)
            edit.setText(text or "")
            edit.blockSignals(False)
        return self.apply_filter()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self.apply_filter()
        elif self._stale:
            self._refresh()

    def _on_history_changed(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _refresh(self) -> None:
        self._stale = False
        self._selected_before = [s.id for s in self.selected_summaries()]
        self.model.refresh()

    def _on_loaded(self) -> None:
        total = self.model.total
        self.count_label.setText(
            (QCoreApplication.translate("HistoryPanel", "{count} run") if total == 1 else
             QCoreApplication.translate("HistoryPanel", "{count} runs")).format(count=f"{total:,}"))
        if total == 0:
            self.empty_label.setText(QCoreApplication.translate(
                "HistoryPanel",
                NO_RUNS_TEXT if self.model.filter.is_empty() else NO_MATCH_TEXT))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)
        self._reselect(getattr(self, "_selected_before", []))
        self._selected_before = []
        self.clear_button.setEnabled(total > 0 or not self.model.filter.is_empty())

    def _on_failed(self, message: str) -> None:
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
        self.count_label.setText("")

    def _reselect(self, run_ids: list[str]) -> None:
        selection = self.table.selectionModel()
        for run_id in run_ids:
            row = self.model.row_of(run_id)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)

    # -- actions ------------------------------------------------------------------------------

    def selected_summaries(self) -> list[RunSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.summary(row) for row in rows if row < self.model.rowCount()]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_actions(self) -> None:
        count = len(self.selected_summaries())
        self.open_button.setEnabled(count == 1)
        self.rerun_button.setEnabled(count == 1)
        self.save_button.setEnabled(count == 1 and self.save_handler is not None)
        self.delete_button.setEnabled(count > 0)

    def set_save_handler(self, handler: SaveHandler | None) -> None:
        self.save_handler = handler
        self._update_actions()

    def open_selected(self) -> asyncio.Task[RunRecord | None] | None:
        return self._with_record(self.open_requested.emit)

    def rerun_selected(self) -> asyncio.Task[RunRecord | None] | None:
        return self._with_record(self.rerun_requested.emit)

    def save_selected(self) -> asyncio.Task[RunRecord | None] | None:
        handler = self.save_handler
        return None if handler is None else self._with_record(handler)

    def _with_record(self, then: Callable[[RunRecord], object]
                     ) -> asyncio.Task[RunRecord | None] | None:
        selected = self.selected_summaries()
        if len(selected) != 1:
            return None

        async def fetch() -> RunRecord | None:
            record = await self.history.get(selected[0].id)
            if record is None:  # deleted meanwhile
                self.model.refresh()
                return None
            then(record)
            return record

        return self._spawn(fetch(), "history record")

    def delete_selected(self) -> asyncio.Task[int] | None:
        ids = [summary.id for summary in self.selected_summaries()]
        if not ids:
            return None
        return self._spawn(self.history.delete(ids), "history delete")

    def clear_all(self) -> QMessageBox:
        """Ask, then delete every run (the box is returned: tests answer it)."""
        if self._confirm is not None:
            self._confirm.raise_()
            return self._confirm
        title = QCoreApplication.translate("HistoryPanel", "Clear the history")
        text = QCoreApplication.translate(
            "HistoryPanel", "Delete every run in the history, and the input files and results "
            "kept with them?\nThis can't be undone.")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("clearHistoryBox")
        confirm = box.addButton(QCoreApplication.translate("HistoryPanel", "Clear all"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def finished(_result: int) -> None:
            self._confirm = None
            if box.clickedButton() is confirm:
                self._spawn(self.history.clear(), "history clear")
            box.deleteLater()

        box.finished.connect(finished)
        self._confirm = box
        box.open()
        return box

    def _spawn(self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        task = create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


__all__ = ["COLUMNS", "HistoryPanel"]
