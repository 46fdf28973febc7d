"""The settings dialog's form tabs: Connection, Defaults, History, Appearance.

Every tab edits part of a :class:`SettingsValues`: ``load(values)``, ``collect(values) ->
values`` (its fields replaced), ``show_problems(problems) -> bool`` (inline, under the field;
True when one of them is here), and ``edited`` when the user changes something.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.credentials.trust import is_hf_host, normalize_host
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import SettingsValues, Theme
from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.inputs.message import InlineMessage, Level


class SettingsTab(QWidget):
    edited = Signal()

    def load(self, values: SettingsValues) -> None:
        raise NotImplementedError

    def collect(self, values: SettingsValues) -> SettingsValues:
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> bool:
        return False


def note(text: str, parent: QWidget) -> InlineMessage:
    """A muted explanation (follows the palette; hidden while empty)."""
    label = InlineMessage(parent)
    label.setObjectName("settingsNote")
    label.show_message(text, Level.INFO)
    return label


def with_message(field: QWidget, message: InlineMessage, parent: QWidget) -> QWidget:
    """``field`` with its inline message under it, as one form field."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    box.setFocusProxy(field)  # its row's label (and mnemonic) leads to the field
    return box


def group(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return box, form


def _seconds(parent: QWidget, tip: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(keys.MIN_TIMEOUT_S, keys.MAX_TIMEOUT_S)
    spin.setDecimals(1)
    spin.setSuffix(" s")
    spin.setToolTip(tip)
    return spin


class ConnectionTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_url = QLineEdit(self)
        self.base_url.setObjectName("baseUrl")
        self.base_url.setPlaceholderText(_default_text(keys.default_base_url(),
                                                       "HF_INFERENCE_ENDPOINT"))
        add_clear_button(self.base_url, "Clear (use the default server)")
        self.base_url_message = InlineMessage(self)
        self.hub_url = QLineEdit(self)
        self.hub_url.setObjectName("hubUrl")
        self.hub_url.setPlaceholderText(_default_text(keys.default_hub_url(), "HF_ENDPOINT"))
        add_clear_button(self.hub_url, "Clear (use the default Hub)")
        self.hub_url_message = InlineMessage(self)
        self.connect_timeout = _seconds(self, "How long to wait for a connection to the server")
        self.read_timeout = _seconds(
            self, "How long to wait for an answer (a model that loads can take minutes)")

        servers, form = group("Servers", self)
        form.addRow("Inference API:", with_message(self.base_url, self.base_url_message, self))
        form.addRow("Hub:", with_message(self.hub_url, self.hub_url_message, self))
        form.addRow(note("Leave empty for the default shown. Your access token goes only to "
                         "huggingface.co and to hosts you trust (see Endpoints); the app asks "
                         "before sending it anywhere else.", self))
        timeouts, tform = group("Timeouts", self)
        tform.addRow("Connect:", self.connect_timeout)
        tform.addRow("Answer:", self.read_timeout)
        layout = QVBoxLayout(self)
        layout.addWidget(servers)
        layout.addWidget(timeouts)
        layout.addWidget(note("HTTPS certificates are always checked; a server whose "
                              "certificate can't be verified is not contacted.", self))
        layout.addStretch(1)

        for edit in (self.base_url, self.hub_url):
            edit.textEdited.connect(self._on_url_edited)
        for spin in (self.connect_timeout, self.read_timeout):
            spin.valueChanged.connect(self.edited)

    def load(self, values: SettingsValues) -> None:
        self.base_url.setText(values.base_url)
        self.hub_url.setText(values.hub_url)
        self.connect_timeout.setValue(values.connect_timeout_s)
        self.read_timeout.setValue(values.read_timeout_s)
        self._hint_hosts()

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(
            values, base_url=self.base_url.text().strip(), hub_url=self.hub_url.text().strip(),
            connect_timeout_s=self.connect_timeout.value(),
            read_timeout_s=self.read_timeout.value())

    def show_problems(self, problems: dict[str, str]) -> bool:
        for name, message in (("base_url", self.base_url_message),
                              ("hub_url", self.hub_url_message)):
            if name in problems:
                message.show_message(problems[name], Level.ERROR)
        return bool({"base_url", "hub_url"} & problems.keys())

    def _on_url_edited(self) -> None:
        self.base_url_message.clear_message()
        self.hub_url_message.clear_message()
        problems = self.collect(SettingsValues()).problems()
        self.show_problems(problems)
        if not problems:
            self._hint_hosts()
        self.edited.emit()

    def _hint_hosts(self) -> None:
        for edit, message in ((self.base_url, self.base_url_message),
                              (self.hub_url, self.hub_url_message)):
            text = edit.text().strip()
            host = normalize_host(text) if text else None
            if host and not is_hf_host(text):
                message.show_message(f"{host} is not a Hugging Face host: the app will ask "
                                     "before sending your token there.", Level.INFO)


def _default_text(url: str, variable: str) -> str:
    import os

    origin = f"from {variable}" if os.environ.get(variable) else "default"
    return f"{url} ({origin})"


class DefaultsTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wait_for_model = QCheckBox("Wait for the model to load", self)
        self.wait_for_model.setToolTip("Hold requests until a model that is not loaded yet is")
        self.use_cache = QCheckBox("Use the server's cache", self)
        self.retry_on_error = QCheckBox("Retry once when the model is loading", self)
        self.max_input = QDoubleSpinBox(self)
        self.max_input.setObjectName("maxInputMb")
        self.max_input.setRange(keys.MIN_INPUT_MB, keys.MAX_INPUT_MB_LIMIT)
        self.max_input.setDecimals(0)
        self.max_input.setSuffix(" MB")
        self.max_input.setToolTip("Larger image, audio or other files are refused when loaded")

        options, form = group("Call options of new pages", self)
        form.addRow(self.wait_for_model)
        form.addRow(self.use_cache)
        form.addRow(self.retry_on_error)
        form.addRow(note("Each page can change them for its own runs.", self))
        inputs, iform = group("Inputs", self)
        iform.addRow("Largest input file:", self.max_input)
        layout = QVBoxLayout(self)
        layout.addWidget(options)
        layout.addWidget(inputs)
        layout.addStretch(1)
        for box in (self.wait_for_model, self.use_cache, self.retry_on_error):
            box.toggled.connect(self.edited)
        self.max_input.valueChanged.connect(self.edited)

    def load(self, values: SettingsValues) -> None:
        self.wait_for_model.setChecked(values.wait_for_model)
        self.use_cache.setChecked(values.use_cache)
        self.retry_on_error.setChecked(values.retry_on_error)
        self.max_input.setValue(values.max_input_mb)

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(
            values, wait_for_model=self.wait_for_model.isChecked(),
            use_cache=self.use_cache.isChecked(), retry_on_error=self.retry_on_error.isChecked(),
            max_input_mb=self.max_input.value())


class HistoryTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox("Keep a history of runs", self)
        self.keep_inputs = QCheckBox("Keep the input files with each run", self)
        self.max_store = QSpinBox(self)
        self.max_store.setObjectName("historyMaxMb")
        self.max_store.setRange(1, keys.MAX_STORE_MB_LIMIT)
        self.max_store.setSingleStep(100)
        self.max_store.setSuffix(" MB")
        self.max_store.setToolTip("When the history grows past this, the oldest runs go first")

        box, form = group("History", self)
        form.addRow(self.enabled)
        form.addRow(self.keep_inputs)
        form.addRow("Size limit:", self.max_store)
        form.addRow(note("Your access token is never kept in the history.", self))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._sync_enabled)
        self.enabled.toggled.connect(self.edited)
        self.keep_inputs.toggled.connect(self.edited)
        self.max_store.valueChanged.connect(self.edited)

    def _sync_enabled(self, on: bool) -> None:
        self.keep_inputs.setEnabled(on)
        self.max_store.setEnabled(on)

    def load(self, values: SettingsValues) -> None:
        self.enabled.setChecked(values.history_enabled)
        self.keep_inputs.setChecked(values.history_keep_inputs)
        self.max_store.setValue(values.history_max_store_mb)
        self._sync_enabled(values.history_enabled)

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(
            values, history_enabled=self.enabled.isChecked(),
            history_keep_inputs=self.keep_inputs.isChecked(),
            history_max_store_mb=self.max_store.value())


class AppearanceTab(SettingsTab):
    LABELS: ClassVar[dict[Theme, str]] = {
        Theme.SYSTEM: "System", Theme.LIGHT: "Light", Theme.DARK: "Dark"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox("Theme", self)
        column = QVBoxLayout(box)
        self.buttons: dict[Theme, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for theme, label in self.LABELS.items():
            button = QRadioButton(label, box)
            button.setObjectName(f"theme:{theme.value}")
            self.buttons[theme] = button
            self._group.addButton(button)
            column.addWidget(button)
            button.toggled.connect(self._on_toggled)
        column.addWidget(note("System follows the desktop's look; Light and Dark use the "
                              "same look everywhere.", box))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)

    def _on_toggled(self, on: bool) -> None:
        if on:
            self.edited.emit()

    def load(self, values: SettingsValues) -> None:
        self.buttons[values.theme].setChecked(True)

    def collect(self, values: SettingsValues) -> SettingsValues:
        chosen = next((t for t, b in self.buttons.items() if b.isChecked()), Theme.SYSTEM)
        return dataclasses.replace(values, theme=chosen)
