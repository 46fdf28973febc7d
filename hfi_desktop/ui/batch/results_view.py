"""The results table as the user sees it: sortable (figures as numbers), a filter box over
the inputs and the short results, and "Failed only"."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .results_model import (
    FILTER_ROLE,
    FIRST_TARGET_COLUMN,
    ROW_FAILED_ROLE,
    SORT_ROLE,
    BatchResultsModel,
)

THUMBNAIL_PX = 40
RESULT_COLUMN_PX = 200
AGREEMENT_COLUMN_PX = 130
FIGURE_COLUMN_PX = 64


class ResultsFilter(QSortFilterProxyModel):
    """Rows whose input or results contain the filter text (any case); "failed only": rows
    where a target failed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._failed_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_failed_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._failed_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._failed_only and not model.data(index, ROW_FAILED_ROLE):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class ResultsView(QWidget):
    """The filter row above the table."""

    def __init__(self, model: BatchResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("batchFilter")
        self.filter_box.setPlaceholderText(QCoreApplication.translate(
            "BatchResultsView", "Filter the inputs and results…"))
        self.filter_box.setClearButtonEnabled(True)
        self.failed_only = QCheckBox(QCoreApplication.translate("BatchResultsView",
                                                                "Failed only"), self)
        self.failed_only.setObjectName("batchFailedOnly")
        self.table = QTableView(self)
        self.table.setObjectName("batchResults")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the inputs' order at first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(THUMBNAIL_PX, THUMBNAIL_PX))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()  # the inputs are named in the first column
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setHighlightSections(False)
        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.failed_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.failed_only.toggled.connect(self.proxy.set_failed_only)
        model.modelReset.connect(self._size_columns)
        model.dataChanged.connect(self._thumbnails_shown)
        model.dataChanged.connect(lambda *_args: self._show_reported())
        self.model.use_palette(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.use_palette(self.palette())

    def _thumbnails_shown(self, _first: QModelIndex, _last: QModelIndex,
                          roles: list[int]) -> None:
        """Rows as high as thumbnails once there are some (text rows stay compact)."""
        header = self.table.verticalHeader()
        if (Qt.ItemDataRole.DecorationRole in roles or self.model.has_pictures()) \
                and header.defaultSectionSize() != THUMBNAIL_PX + 4:
            header.setDefaultSectionSize(THUMBNAIL_PX + 4)

    def _show_reported(self) -> None:
        """Tokens and cost columns only once some model reports them (not for labels)."""
        for column in range(FIRST_TARGET_COLUMN, self.model.columnCount()):
            place = self.model.target_of(column)
            hidden = place is not None and not self.model.reported(place[1])
            if self.table.isColumnHidden(column) != hidden:
                self.table.setColumnHidden(column, hidden)

    def _size_columns(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.resizeSection(0, RESULT_COLUMN_PX)
        for column in range(1, self.model.columnCount()):
            place = self.model.target_of(column)
            wide = place is not None and place[1] == "result"
            header.resizeSection(column, RESULT_COLUMN_PX if wide else
                                 AGREEMENT_COLUMN_PX if place is None else FIGURE_COLUMN_PX)
        self._show_reported()
