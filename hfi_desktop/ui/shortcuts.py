"""The keyboard shortcuts that are not a menu's: each is declared once, here or where it
is used, with what it does and where it works, and made only from its declaration, so
Help ▸ Keyboard shortcuts lists the very shortcuts the app has (see ui/help.py). The
descriptions and places are English; they are shown translated (context "Shortcuts":
i18n_build collects them from the declarations for lupdate).

    RUN = declare("Run the model", "Ctrl+Return", "Ctrl+Enter", where=TASK_PAGE)
    RUN.install(page, page.run, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

Keys = str | Qt.Key | QKeySequence.StandardKey
#: The translation context of the descriptions and places.
CONTEXT = "Shortcuts"

MAIN_WINDOW = "Main window"
TASK_PAGE = "Task page"
HISTORY = "History"
COMPARISON = "Comparison window"
ARENA = "Arena window"
_PLACES = (MAIN_WINDOW, TASK_PAGE, HISTORY, COMPARISON, ARENA)


@dataclass(frozen=True, eq=False)
class Shortcut:
    """A shortcut: ``description`` (what it does), ``keys`` (any of them), ``where`` it
    works (MAIN_WINDOW, TASK_PAGE, …)."""

    description: str
    keys: tuple[Keys, ...]
    where: str

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(keys) for keys in self.keys]

    def shown_description(self) -> str:
        """The description in the UI's language."""
        return translate(CONTEXT, self.description)

    def shown_where(self) -> str:
        return translate(CONTEXT, self.where)

    def text(self) -> str:
        """``Ctrl+Return, Ctrl+Enter`` (as this platform writes keys)."""
        return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                         for sequence in self.sequences())

    def install(self, parent: QWidget, slot: Callable[[], object], *,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
                ) -> list[QShortcut]:
        """One QShortcut per key on ``parent``, calling ``slot``; their What's This is
        the description."""
        made = []
        for sequence in self.sequences():
            shortcut = QShortcut(sequence, parent, slot, context=context)
            shortcut.setWhatsThis(self.shown_description())
            made.append(shortcut)
        return made


_DECLARED: list[Shortcut] = []


def declare(description: str, *keys: Keys, where: str) -> Shortcut:
    """A shortcut, listed by :func:`declared`; ``where``: one of MAIN_WINDOW, TASK_PAGE,
    HISTORY, COMPARISON, ARENA."""
    if where not in _PLACES:
        raise ValueError(f"unknown place for a shortcut: {where!r}")
    made = Shortcut(description, keys, where)
    _DECLARED.append(made)
    return made


def declared() -> list[Shortcut]:
    """Every declared shortcut, by where it works (main window, task page, history,
    comparison window), then in the order of declaration."""
    return sorted(_DECLARED, key=lambda shortcut: _PLACES.index(shortcut.where))
