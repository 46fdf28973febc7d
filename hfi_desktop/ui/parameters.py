"""Widgets for a task's parameters, generated from the catalog's Parameter descriptions.

Every widget has a "default" state meaning "not set": nothing goes on the wire for it and the
model's own default applies. Spin boxes show it as the text "default" one step below the range.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hfi_desktop.catalog.model import Parameter, ParamType
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.accessible import add_clear_button, name_after_labels
from hfi_desktop.ui.i18n import catalog_text, translate
from hfi_desktop.ui.inputs import ChipsInput

if TYPE_CHECKING:
    from collections.abc import Sequence

#: A parameter not set (the model's default applies), as its field shows it.
UNSET_TEXT = QT_TRANSLATE_NOOP("ParametersForm", "default")
INT_LIMIT = 2**31 - 1
FLOAT_LIMIT = 1e9


def _unset_text() -> str:
    return translate("ParametersForm", UNSET_TEXT)


def parameter_label(param: Parameter) -> str:
    """The parameter's name as its row's label (English: the UI translates it)."""
    return param.name.replace("_", " ").capitalize()


def _describe(param: Parameter) -> str:
    parts = [catalog_text(param.help)] if param.help else []
    if param.minimum is not None or param.maximum is not None:
        low = "-inf" if param.minimum is None else f"{param.minimum:g}"
        high = "inf" if param.maximum is None else f"{param.maximum:g}"
        parts.append(translate("ParametersForm", "Range: {low} to {high}.").format(
            low=low, high=high))
    if param.default is not None:
        parts.append(translate("ParametersForm", "Model default: {default}.").format(
            default=param.default))
    return " ".join(parts)


class _IntField(QSpinBox):
    def __init__(self, param: Parameter, parent: QWidget | None) -> None:
        super().__init__(parent)
        low = int(param.minimum) if param.minimum is not None else -INT_LIMIT + 1
        self._unset = low - 1
        self.setRange(self._unset, int(param.maximum) if param.maximum is not None else INT_LIMIT)
        self.setSpecialValueText(_unset_text())
        self.setValue(self._unset)

    def param_value(self) -> int | None:
        return None if self.value() == self._unset else self.value()

    def set_param_value(self, value: object) -> None:
        self.setValue(self._unset if value is None else int(value))  # type: ignore[call-overload]


class _FloatField(QDoubleSpinBox):
    def __init__(self, param: Parameter, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._unset = -math.inf
        span = (param.maximum or 0) - (param.minimum or 0)
        self.setDecimals(3 if span <= 10 else 2)
        self.setSingleStep(0.05 if span <= 1 else 0.1 if span <= 10 else 1.0)
        low = param.minimum if param.minimum is not None else -FLOAT_LIMIT
        self._unset = low - self.singleStep()
        self.setRange(self._unset, param.maximum if param.maximum is not None else FLOAT_LIMIT)
        self.setSpecialValueText(_unset_text())
        self.setValue(self._unset)

    def param_value(self) -> float | None:
        return None if self.value() <= self._unset + 1e-9 else self.value()

    def textFromValue(self, value: float) -> str:
        """The unset value as "default": what screen readers read is this text (not the
        special value text the box shows)."""
        return _unset_text() if value <= self._unset + 1e-9 else super().textFromValue(value)

    def set_param_value(self, value: object) -> None:
        self.setValue(self._unset if value is None else float(value))  # type: ignore[arg-type]


class _ChoiceField(QComboBox):
    """Choices plus "default"; booleans are the choices true/false."""

    def __init__(self, choices: Sequence[object], default: object, parent: QWidget | None) -> None:
        super().__init__(parent)
        label = _unset_text() if default is None else f"{_unset_text()} ({_show(default)})"
        self.addItem(label, None)
        for choice in choices:
            self.addItem(_show(choice), choice)

    def param_value(self) -> object:
        return self.currentData()

    def set_param_value(self, value: object) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class _TextField(QLineEdit):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_unset_text())
        add_clear_button(self, translate("ParametersForm", "Clear (use the model's default)"))

    def param_value(self) -> str | None:
        return self.text() or None

    def set_param_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))


class _ListField(ChipsInput):
    def param_value(self) -> list[str] | None:
        value = self.value()
        return list(value) if value else None

    def set_param_value(self, value: object) -> None:
        self.set_value(list(value) if isinstance(value, list | tuple) else [])


def _show(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


ParamField = _IntField | _FloatField | _ChoiceField | _TextField | _ListField


def param_field(param: Parameter, parent: QWidget | None = None) -> ParamField:
    if param.type is ParamType.INT:
        return _IntField(param, parent)
    if param.type is ParamType.FLOAT:
        return _FloatField(param, parent)
    if param.type is ParamType.BOOL:
        return _ChoiceField((True, False), param.default, parent)
    if param.type is ParamType.CHOICE:
        return _ChoiceField(param.choices, param.default, parent)
    if param.type is ParamType.STRING_LIST:
        return _ListField(parent=parent)
    return _TextField(parent)


def _changed_signal(field: ParamField) -> SignalInstance:
    """The field's signal for "the value changed"."""
    if isinstance(field, _IntField | _FloatField):
        return field.valueChanged
    if isinstance(field, _ChoiceField):
        return field.currentIndexChanged
    if isinstance(field, _TextField):
        return field.textChanged
    return field.changed


class ParametersForm(QWidget):
    """One row per parameter; ``values()`` holds only the parameters the user set;
    ``changed`` when one of them changes."""

    changed = Signal()

    def __init__(self, parameters: Sequence[Parameter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, ParamField] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for param in parameters:
            field = param_field(param, self)
            tip = _describe(param)
            field.setToolTip(tip)
            field.setAccessibleDescription(tip)
            label = QLabel(catalog_text(parameter_label(param)), self)
            label.setToolTip(tip)
            label.setBuddy(field)
            layout.addRow(label, field)
            _changed_signal(field).connect(lambda *_: self.changed.emit())
            self.fields[param.name] = field
        if not parameters:
            layout.addRow(QLabel(translate("ParametersForm", "This task has no parameters."),
                                 self))
        name_after_labels(self)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, field in self.fields.items():
            value = field.param_value()
            if value is not None:
                out[name] = value
        return out

    def set_values(self, values: dict[str, object]) -> None:
        for name, field in self.fields.items():
            field.set_param_value(values.get(name))

    def reset(self) -> None:
        self.set_values({})
