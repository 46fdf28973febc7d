"""The viewer contract: ``show_result(prepared)`` and ``clear()``."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from hfi_desktop.present import Prepared

P = TypeVar("P", bound=Prepared)


class ResultViewer(QWidget):
    """Shows one kind of prepared result. Subclasses implement both methods; they only
    build widgets from data that is already decoded (no I/O, no parsing)."""

    def show_result(self, prepared: Prepared) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def _expect(self, prepared: Prepared, cls: type[P]) -> P:
        """``prepared`` as ``cls``, or a TypeError naming both (a wiring mistake)."""
        if not isinstance(prepared, cls):
            raise TypeError(
                f"{type(self).__name__} shows {cls.__name__}, got {type(prepared).__name__}"
            )
        return prepared
