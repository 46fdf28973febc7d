"""The seed's call options as check boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from hfi_desktop.inference import Options
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Mapping

# (field, label, tooltip, checked by default); unchecked wait_for_model etc. send nothing.
_OPTIONS = (
    ("wait_for_model", QT_TRANSLATE_NOOP("OptionsForm", "Wait for the model to load"),
     QT_TRANSLATE_NOOP("OptionsForm", "If the model is not loaded yet, hold the request until "
                       "it is, instead of getting a 503."),
     False),
    ("use_cache", QT_TRANSLATE_NOOP("OptionsForm", "Use the server's cache"),
     QT_TRANSLATE_NOOP("OptionsForm", "Uncheck to force a new computation for an input the "
                       "server has seen before."), True),
    ("retry_on_error", QT_TRANSLATE_NOOP("OptionsForm", "Retry once when the model is loading"),
     QT_TRANSLATE_NOOP("OptionsForm", "On a 503 \"model is loading\", show the progress and "
                       "retry, waiting for the model."), True),
    ("dont_load_model", QT_TRANSLATE_NOOP("OptionsForm", "Don't load the model"),
     QT_TRANSLATE_NOOP("OptionsForm", "Only answer if the model is already loaded; never "
                       "start loading it."), False),
)


class OptionsForm(QWidget):
    changed = Signal()

    def __init__(self, defaults: Options | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for name, label, tip, checked in _OPTIONS:
            box = QCheckBox(translate("OptionsForm", label), self)
            box.setToolTip(translate("OptionsForm", tip))
            default = getattr(defaults, name, None) if defaults is not None else None
            box.setChecked(checked if default is None else bool(default))
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[name] = box

    def values(self) -> dict[str, bool]:
        """The check boxes as they are (for history and re-runs)."""
        return {name: box.isChecked() for name, box in self.boxes.items()}

    def set_values(self, values: dict[str, object]) -> None:
        for name, box in self.boxes.items():
            if isinstance(values.get(name), bool):
                box.setChecked(bool(values[name]))

    def options(self) -> Options:
        """Only what differs from the API's own defaults goes on the wire."""
        return options_from_values(self.values())


def options_from_values(values: Mapping[str, bool]) -> Options:
    """The Options that check boxes in these states send (``OptionsForm.values()``, e.g. a
    snapshot kept by a comparison); a missing box counts as in its default state."""
    defaults = {name: checked for name, _label, _tip, checked in _OPTIONS}

    def checked(name: str) -> bool:
        return bool(values.get(name, defaults[name]))

    return Options(
        wait_for_model=True if checked("wait_for_model") else None,
        use_cache=None if checked("use_cache") else False,
        retry_on_error=None if checked("retry_on_error") else False,
        dont_load_model=True if checked("dont_load_model") else None,
    )
