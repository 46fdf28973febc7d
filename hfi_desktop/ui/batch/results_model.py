"""The live results table's model: one row per input: its label, the agreement between the
targets, then per target a group of four columns (the result in short form, latency, tokens,
cost).

Outcomes come in batches (:meth:`BatchResultsModel.apply`, once per tick of the feed), and
each batch is one ``dataChanged`` over the rows it touched: 600 results arriving at once
cost the GUI thread a few repaints, not 600. Failed cells show their error (red, tooltip)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette, QPixmap

from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.compare.stats import money
from hfi_desktop.ui.viewers.theme import error_colours

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.batch.agreement import RowAgreement
    from hfi_desktop.batch.model import BatchInput, BatchTarget, CellOutcome
    from hfi_desktop.batch.short_form import ShortForm

    from .cell_reader import ReadCells

#: The columns of each target's group, in order.
FIELDS = ("result", "latency", "tokens", "cost")
FIELD_TITLES = {"result": QT_TRANSLATE_NOOP("BatchResults", "{n} · {model}"),
                "latency": QT_TRANSLATE_NOOP("BatchResults", "{n} · s"),
                "tokens": QT_TRANSLATE_NOOP("BatchResults", "{n} · tokens"),
                "cost": QT_TRANSLATE_NOOP("BatchResults", "{n} · cost")}
#: A row's value to sort by (numbers for figures, text for the rest).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on a row where any target failed ("Failed only").
ROW_FAILED_ROLE = Qt.ItemDataRole.UserRole + 2
#: The text a row is filtered by (its input and every short result).
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
MODEL_CHARS = 22
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: The roles answered; the views ask for a dozen per cell and repaint often (fast exit).
ANSWERED = frozenset({DISPLAY, DECORATION, TOOLTIP, ALIGNMENT, BACKGROUND, FOREGROUND,
                      int(SORT_ROLE), int(ROW_FAILED_ROLE), int(FILTER_ROLE)})
#: The row's agreement beside its input (seen without scrolling); then the targets' groups.
AGREEMENT_COLUMN = 1
FIRST_TARGET_COLUMN = 2

class BatchResultsModel(QAbstractTableModel):
    """The batch's results (see the module)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inputs: list[BatchInput] = []
        self._targets: list[BatchTarget] = []
        self._row_of: dict[str, int] = {}
        self._cells: list[list[CellOutcome | None]] = []
        self._shorts: list[list[ShortForm | None]] = []
        self._agreement: list[RowAgreement | None] = []
        self._thumbnails: dict[str, QPixmap] = {}
        self._pictures: dict[tuple[int, int], QPixmap] = {}  # (row, target): an image result
        self._columns = 0  # the views ask for it thousands of times
        self._reported: set[str] = set()  # "tokens", "cost": some cell has that figure
        self._failed_background = QColor()
        self._failed_text = QColor()
        self.use_palette(QPalette())

    # ----------------------------------------------------------------------- filling
    def set_plan(self, inputs: Sequence[BatchInput], targets: Sequence[BatchTarget]) -> None:
        """Empty rows for ``inputs`` x ``targets`` (what was there is dropped)."""
        self.beginResetModel()
        self._inputs = list(inputs)
        self._targets = list(targets)
        self._row_of = {item.key: row for row, item in enumerate(self._inputs)}
        self._cells = [[None] * len(self._targets) for _ in self._inputs]
        self._shorts = [[None] * len(self._targets) for _ in self._inputs]
        self._agreement = [None] * len(self._inputs)
        self._thumbnails = {}
        self._pictures = {}
        self._reported = set()
        self._columns = 2 + len(self._targets) * len(FIELDS)
        self.endResetModel()

    def apply(self, read: ReadCells,
              pictures: Mapping[tuple[str, int], QPixmap] | None = None) -> None:
        """Show cells read (a batch of them: one ``dataChanged`` per run of rows);
        ``pictures``: thumbnails of image results, by cell."""
        touched: set[int] = set()
        for (key, target), picture in (pictures or {}).items():
            row = self._row_of.get(key)
            if row is not None:
                self._pictures[(row, target)] = picture
        for outcome in read.outcomes:
            row = self._row_of.get(outcome.input_key)
            if row is None or not 0 <= outcome.target_index < len(self._targets):
                continue
            self._cells[row][outcome.target_index] = outcome
            self._shorts[row][outcome.target_index] = read.shorts.get(outcome.cell)
            if outcome.tokens is not None:
                self._reported.add("tokens")
            if outcome.cost_usd is not None:
                self._reported.add("cost")
            touched.add(row)
        for key, agreement in read.agreements.items():
            row = self._row_of.get(key)
            if row is not None:
                self._agreement[row] = agreement
                touched.add(row)
        last = self.columnCount() - 1
        for first, end in _runs(sorted(touched)):  # not the rows between them
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def set_thumbnails(self, thumbnails: Mapping[str, QPixmap]) -> None:
        """Pictures of the inputs (by input key), shown beside their labels."""
        self._thumbnails.update(thumbnails)
        rows = [self._row_of[key] for key in thumbnails if key in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0),
                                  [Qt.ItemDataRole.DecorationRole])

    def use_palette(self, palette: QPalette) -> None:
        """The failed cells' colours, for this palette (light or dark)."""
        background, border = error_colours(palette)
        self._failed_background = background
        self._failed_text = border.lighter(130) if background.lightnessF() < 0.5 else \
            border.darker(130)
        if self._inputs:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ----------------------------------------------------------------------- queries
    @property
    def targets(self) -> list[BatchTarget]:
        return list(self._targets)

    def outcome(self, row: int, target: int) -> CellOutcome | None:
        return self._cells[row][target]

    def outcomes(self) -> list[CellOutcome]:
        return [cell for row in self._cells for cell in row if cell is not None]

    def shorts(self) -> dict[tuple[str, int], ShortForm]:
        """The short forms of the cells on show (what exports add)."""
        return {(item.key, index): short for item, row in zip(self._inputs, self._shorts,
                                                                strict=True)
                for index, short in enumerate(row) if short is not None}

    def reported(self, field: str) -> bool:
        """Whether any cell has this figure ("tokens", "cost"; others: always)."""
        return field not in ("tokens", "cost") or field in self._reported

    def has_pictures(self) -> bool:
        """Whether a thumbnail is shown (of an input or an image result)."""
        return bool(self._thumbnails or self._pictures)

    def row_failed(self, row: int) -> bool:
        return any(cell is not None and cell.status == "failed" for cell in self._cells[row])

    @staticmethod
    def column_of(target: int, field: str) -> int:
        return FIRST_TARGET_COLUMN + target * len(FIELDS) + FIELDS.index(field)

    @staticmethod
    def target_of(column: int) -> tuple[int, str] | None:
        """(target, field) of a column of a target's group (None: input, agreement)."""
        if column < FIRST_TARGET_COLUMN:
            return None
        target, field = divmod(column - FIRST_TARGET_COLUMN, len(FIELDS))
        return target, FIELDS[field]

    @staticmethod
    def agreement_column() -> int:
        return AGREEMENT_COLUMN

    # ------------------------------------------------------------------- Qt's model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._inputs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if section == 0:
            title = QCoreApplication.translate("BatchResults", "Input")
            return title if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.agreement_column():
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("BatchResults", "Agreement")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "BatchResults", "Whether the models gave the same answer for this input "
                    "(same top label, same answer span, boxes matched)")
            return None
        target, field = divmod(section - FIRST_TARGET_COLUMN, len(FIELDS))
        label = self._targets[target].label()
        if role == Qt.ItemDataRole.DisplayRole:
            model = label if len(label) <= MODEL_CHARS else label[: MODEL_CHARS - 1] + "…"
            return QCoreApplication.translate("BatchResults", FIELD_TITLES[FIELDS[field]]).format(
                n=target + 1, model=model)
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == ROW_FAILED_ROLE:
            return self.row_failed(row)
        if role == FILTER_ROLE:
            return " ".join([self._inputs[row].label,
                             *(short.text for short in self._shorts[row] if short is not None)])
        if column == 0:
            return self._input_data(row, role)
        if column == self.agreement_column():
            return self._agreement_data(self._agreement[row], role)
        target, field = divmod(column - FIRST_TARGET_COLUMN, len(FIELDS))
        return self._cell_data(row, target, FIELDS[field], role)

    def _input_data(self, row: int, role: int) -> object:
        item = self._inputs[row]
        if role in (DISPLAY, SORT_ROLE):
            return item.label
        if role == TOOLTIP:
            return item.key if item.key != item.label else None
        if role == DECORATION:
            return self._thumbnails.get(item.key)
        return None

    def _agreement_data(self, agreement: RowAgreement | None, role: int) -> object:
        if agreement is None:
            return None
        if role == DISPLAY:
            return agreement.text() or None
        if role == TOOLTIP and agreement.basis is not None:
            return QCoreApplication.translate("BatchResults", "Compared: {basis}").format(
                basis=agreement.basis)
        if role == SORT_ROLE:
            share = agreement.share
            return share if share is not None else -1.0
        if role == FOREGROUND and agreement.all_agree is False:
            return self._failed_text
        return None

    def _cell_data(self, row: int, target: int, field: str, role: int) -> object:
        outcome = self._cells[row][target]
        if outcome is None:
            return None
        short = self._shorts[row][target]
        text = short.text if short is not None else ""
        failed = outcome.status == "failed"
        if role == BACKGROUND:
            return self._failed_background if failed else None
        if role == FOREGROUND:
            return self._failed_text if failed and field == "result" else None
        if role == TOOLTIP:
            if failed:
                return QCoreApplication.translate("BatchResults", "Failed: {error}").format(
                    error=outcome.error or "")
            return text if field == "result" else None
        if role == DECORATION:
            return self._pictures.get((row, target)) if field == "result" else None
        if role == ALIGNMENT:
            return RIGHT if field != "result" else None
        if role == SORT_ROLE:
            return _sort_value(outcome, field, short)
        if role != DISPLAY:
            return None
        if field == "result":
            return QCoreApplication.translate("BatchResults", "✕ {error}").format(
                error=outcome.error or text) if failed else text
        return _figure(outcome, field)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _figure(outcome: CellOutcome, field: str) -> str | None:
    if field == "latency":
        return f"{outcome.latency_s:.2f}"
    if field == "tokens":
        return str(outcome.tokens) if outcome.tokens is not None else None
    return money(outcome.cost_usd) if outcome.cost_usd is not None else None


def _sort_value(outcome: CellOutcome, field: str, short: ShortForm | None) -> object:
    if field == "latency":
        return outcome.latency_s
    if field == "tokens":
        return outcome.tokens if outcome.tokens is not None else -1
    if field == "cost":
        return outcome.cost_usd if outcome.cost_usd is not None else -1.0
    text = short.key or short.text if short is not None else ""
    return ("0 " if outcome.status == "done" else "1 ") + text.casefold()
