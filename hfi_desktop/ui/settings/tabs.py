"""The settings dialog's form tabs: Defaults, History, Appearance (Connection and Endpoints
have modules of their own).

Every tab edits part of a :class:`SettingsValues`: ``load(values)``, ``collect(values) ->
values`` (its fields replaced), ``show_problems(problems) -> bool`` (inline, under the field;
True when one of them is here), and ``edited`` when the user changes something.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.inference.urls import PROVIDERS_PAGE
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import Language, SettingsValues, Theme
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
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


#: The default provider policies as the Defaults tab offers them (translated when shown).
POLICY_LABELS = {"auto": QT_TRANSLATE_NOOP("DefaultsTab", "Auto (fastest)"),
                 "cheapest": QT_TRANSLATE_NOOP("DefaultsTab", "Cheapest"),
                 "preferred": QT_TRANSLATE_NOOP("DefaultsTab",
                                                "Preferred (your order on huggingface.co)")}


class DefaultsTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.wait_for_model = QCheckBox(
            translate("DefaultsTab", "Wait for the model to load"), self)
        self.wait_for_model.setToolTip(
            translate("DefaultsTab", "Hold requests until a model that is not loaded yet is"))
        self.use_cache = QCheckBox(translate("DefaultsTab", "Use the server's cache"), self)
        self.retry_on_error = QCheckBox(
            translate("DefaultsTab", "Retry once when the model is loading"), self)
        self.max_input = QDoubleSpinBox(self)
        self.max_input.setObjectName("maxInputMb")
        self.max_input.setRange(keys.MIN_INPUT_MB, keys.MAX_INPUT_MB_LIMIT)
        self.max_input.setDecimals(0)
        self.max_input.setSuffix(" MB")
        self.max_input.setToolTip(
            translate("DefaultsTab", "Larger image, audio or other files are refused when loaded"))

        self.provider_policy = QComboBox(self)
        self.provider_policy.setObjectName("providerPolicy")
        self.provider_policy.setAccessibleName(translate("DefaultsTab", "Default provider"))
        for policy, label in POLICY_LABELS.items():
            self.provider_policy.addItem(translate("DefaultsTab", label), policy)

        providers, pform = group(translate("DefaultsTab", "Inference Providers"), self)
        pform.addRow(translate("DefaultsTab", "Default provider:"), self.provider_policy)
        pform.addRow(note(translate(
            "DefaultsTab",
            "The provider a page starts with; the provider picker beside a page's model "
            "changes it for that task. Auto takes the fastest provider that serves the model, "
            "Cheapest the one with the lowest price, Preferred the first in your order at "
            "{page}. For tasks other than chat, the first live provider the Hub "
            "maps is used.").format(page=PROVIDERS_PAGE), self))
        options, form = group(translate("DefaultsTab", "Call options of new pages"), self)
        form.addRow(self.wait_for_model)
        form.addRow(self.use_cache)
        form.addRow(self.retry_on_error)
        form.addRow(note(
            translate("DefaultsTab", "Each page can change them for its own runs."), self))
        inputs, iform = group(translate("DefaultsTab", "Inputs"), self)
        iform.addRow(translate("DefaultsTab", "Largest input file:"), self.max_input)
        layout = QVBoxLayout(self)
        layout.addWidget(providers)
        layout.addWidget(options)
        layout.addWidget(inputs)
        layout.addStretch(1)
        for box in (self.wait_for_model, self.use_cache, self.retry_on_error):
            box.toggled.connect(self.edited)
        self.max_input.valueChanged.connect(self.edited)
        self.provider_policy.currentIndexChanged.connect(self.edited)

    def load(self, values: SettingsValues) -> None:
        self.wait_for_model.setChecked(values.wait_for_model)
        self.use_cache.setChecked(values.use_cache)
        self.retry_on_error.setChecked(values.retry_on_error)
        self.max_input.setValue(values.max_input_mb)
        self.provider_policy.setCurrentIndex(
            max(0, self.provider_policy.findData(values.provider_policy)))

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(
            values, wait_for_model=self.wait_for_model.isChecked(),
            use_cache=self.use_cache.isChecked(), retry_on_error=self.retry_on_error.isChecked(),
            max_input_mb=self.max_input.value(),
            provider_policy=str(self.provider_policy.currentData()))


class HistoryTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.enabled = QCheckBox(translate("HistoryTab", "Keep a history of runs"), self)
        self.keep_inputs = QCheckBox(translate("HistoryTab", "Keep the input files with each run"),
                                     self)
        self.max_store = QSpinBox(self)
        self.max_store.setObjectName("historyMaxMb")
        self.max_store.setRange(1, keys.MAX_STORE_MB_LIMIT)
        self.max_store.setSingleStep(100)
        self.max_store.setSuffix(" MB")
        self.max_store.setToolTip(
            translate("HistoryTab", "When the history grows past this, the oldest runs go first"))

        box, form = group(translate("HistoryTab", "History"), self)
        form.addRow(self.enabled)
        form.addRow(self.keep_inputs)
        form.addRow(translate("HistoryTab", "Size limit:"), self.max_store)
        form.addRow(note(translate("HistoryTab", "Your access token is never kept in the history."),
                         self))
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
        Theme.SYSTEM: QT_TRANSLATE_NOOP("AppearanceTab", "System"),
        Theme.LIGHT: QT_TRANSLATE_NOOP("AppearanceTab", "Light"),
        Theme.DARK: QT_TRANSLATE_NOOP("AppearanceTab", "Dark")}
    #: The languages, each under its own name (found whatever language the UI speaks).
    LANGUAGES: ClassVar[dict[Language, str]] = {
        Language.SYSTEM: QT_TRANSLATE_NOOP("AppearanceTab", "System"),
        Language.ENGLISH: "English", Language.SIMPLIFIED_CHINESE: "简体中文"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        box = QGroupBox(translate("AppearanceTab", "Theme"), self)
        column = QVBoxLayout(box)
        self.buttons: dict[Theme, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for theme, label in self.LABELS.items():
            button = QRadioButton(translate("AppearanceTab", label), box)
            button.setObjectName(f"theme:{theme.value}")
            self.buttons[theme] = button
            self._group.addButton(button)
            column.addWidget(button)
            button.toggled.connect(self._on_toggled)
        column.addWidget(note(translate("AppearanceTab",
                                 "System follows the desktop's look; Light and Dark use the "
                                 "same look everywhere."), box))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for language, name in self.LANGUAGES.items():
            # "English" and "简体中文" are no source strings: translate() leaves them be
            self.language.addItem(translate("AppearanceTab", name), language)
        self.language.currentIndexChanged.connect(self.edited)
        languages, lform = group(translate("AppearanceTab", "Language"), self)
        lform.addRow(translate("AppearanceTab", "Language:"), self.language)
        self.language_note = note(translate(
            "AppearanceTab", "The new language is used the next time the app starts."), self)
        lform.addRow(self.language_note)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(languages)
        layout.addStretch(1)

    def _on_toggled(self, on: bool) -> None:
        if on:
            self.edited.emit()

    def load(self, values: SettingsValues) -> None:
        self.buttons[values.theme].setChecked(True)
        self.language.setCurrentIndex(max(0, self.language.findData(values.language)))

    def collect(self, values: SettingsValues) -> SettingsValues:
        chosen = next((t for t, b in self.buttons.items() if b.isChecked()), Theme.SYSTEM)
        return dataclasses.replace(values, theme=chosen,
                                   language=Language(self.language.currentData()))
