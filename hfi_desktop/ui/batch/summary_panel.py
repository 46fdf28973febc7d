"""The batch's summary beside its table: per model the mean latency, the failures and the
cost so far; and how often each pair of models agreed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from hfi_desktop.batch.summary import BatchSummary


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, *, right: bool = True, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class SummaryPanel(QWidget):
    """Two small tables: per target, and the agreement matrix."""

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
        self.per_target.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.matrix = _table(self, "batchAgreement")
        self.matrix_label = QLabel(QCoreApplication.translate(
            "BatchSummary", "Agreement (share of inputs both answered alike)"), self)
        self.matrix_label.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{QCoreApplication.translate('BatchSummary', 'Summary')}</b>",
                                self))
        layout.addWidget(self.per_target, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.matrix_label)
        layout.addWidget(self.matrix, 1)

    def show_summary(self, summary: BatchSummary) -> None:
        targets = summary.targets
        self.per_target.setRowCount(len(targets))
        for row, each in enumerate(targets):
            self.per_target.setItem(row, 0, _item(f"{row + 1} · {each.label}", right=False,
                                                  tip=each.label))
            self.per_target.setItem(row, 1, _item(
                f"{each.mean_latency_s:.2f}" if each.mean_latency_s is not None else "—"))
            self.per_target.setItem(row, 2, _item(str(each.failed)))
            self.per_target.setItem(row, 3, _item(
                f"${each.cost_usd:.4f}" if each.cost_usd is not None else "—"))
        costs = [each.cost_usd for each in targets if each.cost_usd is not None]
        self.totals.setText(QCoreApplication.translate(
            "BatchSummary", "{done} done, {failed} failed · cost {cost}").format(
            done=sum(each.done for each in targets), failed=sum(each.failed for each in targets),
            cost=f"${sum(costs):.4f}" if costs else "—"))
        count = len(targets)
        names = [str(i + 1) for i in range(count)]
        self.matrix.setRowCount(count)
        self.matrix.setColumnCount(count)
        self.matrix.setHorizontalHeaderLabels(names)
        self.matrix.setVerticalHeaderLabels(names)
        for i in range(count):
            for j in range(count):
                share = summary.agreement[i][j]
                self.matrix.setItem(i, j, _item(
                    "—" if share is None or i == j else f"{share:.0%}",
                    tip=QCoreApplication.translate("BatchSummary", "{n} inputs compared").format(
                        n=summary.compared[i][j]) if i != j else ""))
        has_pairs = count > 1
        self.matrix.setVisible(has_pairs)
        self.matrix_label.setVisible(has_pairs)
