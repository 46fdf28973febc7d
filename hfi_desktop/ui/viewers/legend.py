"""A legend: a colour mark, a label and a count per entry, wrapping like text."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from hfi_desktop.ui.i18n import shown, translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.present import LegendEntry

MARK = "\N{BLACK SQUARE}"
GAP = "&nbsp;&nbsp;&nbsp; "  # between entries; the plain space lets lines break there


def with_meaning(label: str, meaning: str) -> str:
    """``PER (person)``; the label alone when its meaning is not known."""
    return translate("Legend", "{label} ({meaning})").format(
        label=label, meaning=shown(meaning)) if meaning else label


def entry_text(entry: LegendEntry) -> str:
    """``PER (person) x 2`` (with a multiplication sign), or without the count for one."""
    count = f" \N{MULTIPLICATION SIGN} {entry.count}" if entry.count != 1 else ""
    return f"{with_meaning(entry.label, entry.meaning)}{count}"


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._entries: tuple[LegendEntry, ...] = ()

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        self._entries = tuple(entries)
        parts = [
            f'<span style="color:{e.colour}; font-size:large">{MARK}</span>'
            f"&nbsp;{html.escape(entry_text(e))}"
            for e in self._entries
        ]
        self.setText(GAP.join(parts))
        self.setVisible(bool(self._entries))

    def entries(self) -> list[LegendEntry]:
        return list(self._entries)

    def texts(self) -> list[str]:
        return [entry_text(entry) for entry in self._entries]
