"""The batch's summary beside its table: per model the mean latency, the failures and the
cost so far; and how often each pair of models agreed."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.compare.stats import money

if TYPE_CHECKING:
    from hfi_desktop.batch.summary import BatchSummary

#: At most this often while a batch runs (ms): figures people read, not watch.
SHOW_MS = 500


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return table


def _put(table: QTableWidget, row: int, column: int, text: str, *, right: bool = True,
         tip: str = "") -> None:
    """Set a cell's text (its item made once, changed in place after)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
    if item.text() != text:
        item.setText(text)
    if item.toolTip() != tip:
        item.setToolTip(tip)


class SummaryPanel(QWidget):
    """Two small tables: per target, and the agreement matrix. Shown at most every
    ``SHOW_MS`` while a batch runs (:meth:`show_summary`; :meth:`flush` at its end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchSummary")
        self.per_target = _table(self, "batchSummaryTargets")
        self.per_target.setColumnCount(4)
        self.per_target.setHorizontalHeaderLabels([
            QCoreApplication.translate("BatchSummary", "Model"),
            QCoreApplication.translate("BatchSummary", "Mean s"),
            QCoreApplication.translate("BatchSummary", "Failed"),
            QCoreApplication.translate("BatchSummary", "Cost")])
        self.per_target.verticalHeader().setVisible(False)
        self.matrix = _table(self, "batchAgreement")
        self.matrix_label = QLabel(QCoreApplication.translate(
            "BatchSummary", "Agreement (share of inputs both answered alike)"), self)
        self.matrix_label.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        heading = QCoreApplication.translate("BatchSummary", "Summary")
        layout.addWidget(QLabel(f"<b>{html.escape(heading)}</b>", self))
        layout.addWidget(self.per_target, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.matrix_label)
        layout.addWidget(self.matrix, 1)
        self._latest: BatchSummary | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.flush)

    def show_summary(self, summary: BatchSummary) -> None:
        """Show ``summary`` within ``SHOW_MS`` (the newest one given by then)."""
        self._latest = summary
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Show the newest summary now."""
        self._timer.stop()
        if self._latest is not None:
            self._show(self._latest)

    def _show(self, summary: BatchSummary) -> None:
        targets = summary.targets
        resize = self.per_target.rowCount() != len(targets)
        self.per_target.setRowCount(len(targets))
        for row, each in enumerate(targets):
            _put(self.per_target, row, 0, f"{row + 1} · {each.label}", right=False,
                 tip=each.label)
            _put(self.per_target, row, 1,
                 f"{each.mean_latency_s:.2f}" if each.mean_latency_s is not None else "—")
            _put(self.per_target, row, 2, str(each.failed))
            _put(self.per_target, row, 3,
                 money(each.cost_usd) if each.cost_usd is not None else "—")
        costs = [each.cost_usd for each in targets if each.cost_usd is not None]
        self.totals.setText(QCoreApplication.translate(
            "BatchSummary", "{done} done, {failed} failed · cost {cost}").format(
            done=sum(each.done for each in targets), failed=sum(each.failed for each in targets),
            cost=money(sum(costs)) if costs else "—"))
        count = len(targets)
        names = [str(i + 1) for i in range(count)]
        self.matrix.setRowCount(count)
        self.matrix.setColumnCount(count)
        self.matrix.setHorizontalHeaderLabels(names)
        self.matrix.setVerticalHeaderLabels(names)
        for i in range(count):
            for j in range(count):
                share = summary.agreement[i][j]
                _put(self.matrix, i, j, "—" if share is None or i == j else f"{share:.0%}",
                     tip=QCoreApplication.translate("BatchSummary", "{n} inputs compared").format(
                         n=summary.compared[i][j]) if i != j else "")
        if resize:  # sized once per batch: sizing to contents each time lays out again
            for table in (self.per_target, self.matrix):
                table.resizeColumnsToContents()
            self.per_target.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch)
        has_pairs = count > 1
        self.matrix.setVisible(has_pairs)
        self.matrix_label.setVisible(has_pairs)
