"""A CSV/JSONL table's preview (its first rows) and the mapping of its columns onto the
form's fields: one combo box per field, each column guessed from the field's key or label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.batch.sources import TablePreview
    from hfi_desktop.catalog import InputField

PREVIEW_CELL_CHARS = 80


def guess_column(field: InputField, columns: Sequence[str]) -> str | None:
    """The column named like ``field`` (its key, the last part of a dotted key, its label),
    any case; else None."""
    names = {field.key.casefold(), field.key.rsplit(".", 1)[-1].casefold(),
             catalog_text(field.label).casefold(), field.label.casefold()}
    return next((column for column in columns if column.strip().casefold() in names), None)


class ColumnMapping(QWidget):
    """The preview table above, a "field: [column]" combo per field below; ``changed``
    when a choice changes."""

    changed = Signal()

    def __init__(self, fields: Sequence[InputField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("batchTablePreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setMaximumHeight(160)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for field in self._fields:
            combo = QComboBox(self)
            combo.setObjectName(f"batchColumnFor:{field.key}")
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.combos[field.key] = combo
            form.addRow(catalog_text(field.label) + ":", combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        self.show_table(None)

    def show_table(self, table: TablePreview | None) -> None:
        """Show ``table``'s first rows and offer its columns (None: nothing chosen yet)."""
        columns = table.columns if table is not None else []
        rows = table.rows if table is not None else []
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(columns)
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                text = row.get(column, "")
                shown = text if len(text) <= PREVIEW_CELL_CHARS else \
                    text[: PREVIEW_CELL_CHARS - 1] + "…"
                item = QTableWidgetItem(shown)
                item.setToolTip(text if shown != text else "")
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        none = QCoreApplication.translate("BatchColumnMapping", "(not from the table)")
        for field in self._fields:
            combo = self.combos[field.key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, None)
            for column in columns:
                combo.addItem(column, column)
            guessed = guess_column(field, columns)
            combo.setCurrentIndex(combo.findData(guessed) if guessed is not None else 0)
            combo.blockSignals(False)
        self.changed.emit()

    def mapping(self) -> dict[str, str]:
        """Field key → column, for the fields mapped to a column."""
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        return {key: column for key, column in chosen.items() if isinstance(column, str)}
