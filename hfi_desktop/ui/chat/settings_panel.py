"""The chat's side panel: the system prompt, the parameters (generated from the catalog's
declarations, as on every page), the response format (text, a JSON object, or JSON that
follows a schema you write) and the tools, JSON checked as you type with the line and column
of any mistake."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.catalog import FormError, response_format
from hfi_desktop.catalog.chat import check_setting
from hfi_desktop.catalog.validation import parse_json
from hfi_desktop.ui.collapsible import CollapsibleSection
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.parameters import ParametersForm
from hfi_desktop.ui.viewers.widgets import Caption

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from hfi_desktop.catalog import TaskSpec

CHECK_DELAY_MS = 150
PANEL_WIDTH = 340
MODES = ((str(QT_TRANSLATE_NOOP("ChatSettingsPanel", "Text")), "text"), (str(QT_TRANSLATE_NOOP(
        "ChatSettingsPanel", "JSON object")), "json_object"),
         (str(QT_TRANSLATE_NOOP("ChatSettingsPanel", "JSON schema")), "json_schema"))


class JsonEditor(QWidget):
    """JSON text, checked a moment after each change by ``check(text)`` (a problem, or
    None): the line under it says what is wrong, or that it is fine."""

    def __init__(self, name: str, check: Callable[[str], str | None], *,
                 placeholder: str = "", ok_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._ok_text = ok_text or QCoreApplication.translate("JsonEditor", "Valid JSON")
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        self.status = InlineMessage(self)
        self.status.setAccessibleName(QCoreApplication.translate("JsonEditor",
                                                                 "{name} check").format(name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.edit.textChanged.connect(self._timer.start)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.check_now()

    def check_now(self) -> None:
        self._timer.stop()
        if not self.text().strip():
            self.status.clear_message()
            return
        problem = self._check(self.text())
        if problem:
            self.status.show_message(problem, Level.ERROR)
        else:
            self.status.show_message(self._ok_text, Level.OK)


class ChatSettingsPanel(QScrollArea):
    """``system()``, ``parameters()`` and ``values()`` (response_format, tools) as they are."""

    changed = Signal()

    def __init__(self, spec: TaskSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatSettings")
        self.setAccessibleName(QCoreApplication.translate("ChatSettingsPanel", "Chat settings"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(260)
        self._spec = spec
        fields = {f.key: f for f in spec.inputs}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)

        self.system_edit = QPlainTextEdit(body)
        self.system_edit.setAccessibleName(QCoreApplication.translate("ChatSettingsPanel",
                                                                      "System prompt"))
        self.system_edit.setPlaceholderText(QCoreApplication.translate(
            "ChatSettingsPanel", "How the model should behave, e.g. “You are a concise "
            "assistant. Answer in English.”"))
        self.system_edit.setTabChangesFocus(True)
        self.system_edit.setFixedHeight(96)
        system_label = QLabel("<b>{}</b>".format(QCoreApplication.translate("ChatSettingsPanel",
                                                                            "System prompt")), body)
        system_label.setBuddy(self.system_edit)
        layout.addWidget(system_label)
        layout.addWidget(self.system_edit)

        self.parameters = ParametersForm(spec.parameters, body)
        self.parameters_section = CollapsibleSection(
            QCoreApplication.translate("ChatSettingsPanel", "Parameters ({count})").format(
                    count=len(spec.parameters)),
            self.parameters, expanded=True, parent=body)
        layout.addWidget(self.parameters_section)

        format_field = fields["response_format"]
        format_box = QWidget(body)
        format_layout = QVBoxLayout(format_box)
        format_layout.setContentsMargins(0, 0, 0, 0)
        self.format_mode = QComboBox(format_box)
        self.format_mode.setAccessibleName(QCoreApplication.translate("ChatSettingsPanel",
                                                                      "Response format"))
        for label, mode in MODES:
            self.format_mode.addItem(QCoreApplication.translate("ChatSettingsPanel", label), mode)
        self.schema = JsonEditor(QCoreApplication.translate("ChatSettingsPanel", "JSON schema"),
                                 self._schema_problem,
                                 placeholder=format_field.placeholder,
                                 ok_text=QCoreApplication.translate(
                                     "ChatSettingsPanel", "Valid JSON schema"), parent=format_box)
        format_layout.addWidget(Caption(catalog_text(format_field.help), format_box))
        format_layout.addWidget(self.format_mode)
        format_layout.addWidget(self.schema)
        self.format_section = CollapsibleSection(QCoreApplication.translate(
            "ChatSettingsPanel", "Response format"), format_box,
                                                 parent=body)
        layout.addWidget(self.format_section)

        tools_field = fields["tools"]
        tools_box = QWidget(body)
        tools_layout = QVBoxLayout(tools_box)
        tools_layout.setContentsMargins(0, 0, 0, 0)
        self.tools = JsonEditor(QCoreApplication.translate("ChatSettingsPanel", "Tools"),
                                self._tools_problem,
                                placeholder=tools_field.placeholder,
                                ok_text=QCoreApplication.translate("ChatSettingsPanel",
                                                                   "Valid tools"), parent=tools_box)
        tools_layout.addWidget(Caption(catalog_text(tools_field.help), tools_box))
        tools_layout.addWidget(self.tools)
        self.tools_section = CollapsibleSection(QCoreApplication.translate(
            "ChatSettingsPanel", "Tools"), tools_box, parent=body)
        layout.addWidget(self.tools_section)
        layout.addStretch(1)
        self.setWidget(body)

        self.format_mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    # -- values --------------------------------------------------------------------------------
    def system(self) -> str:
        return self.system_edit.toPlainText()

    def mode(self) -> str:
        return str(self.format_mode.currentData())

    def values(self) -> dict[str, Any]:
        """response_format and tools as the call takes them (JSON text where it does not
        parse: the call's check then names the mistake). FormError for a schema that is
        not a JSON object."""
        values: dict[str, Any] = {"response_format": None, "tools": None}
        mode = self.mode()
        if mode == "json_schema":
            try:
                values["response_format"] = response_format(mode, parse_json(self.schema.text()))
            except ValueError as error:
                if isinstance(error, FormError):
                    raise
                raise FormError("response_format", QCoreApplication.translate(
                    "ChatSettingsPanel", "JSON schema: {why}").format(
                    why=error)) from None
        else:
            values["response_format"] = response_format(mode)
        if self.tools.text().strip():
            values["tools"] = self.tools.text()
        return values

    def set_values(self, system: str, parameters: Mapping[str, Any],
                   values: Mapping[str, Any]) -> None:
        """Show saved settings (a chat reopened from the history)."""
        self.system_edit.setPlainText(system)
        self.parameters.set_values(dict(parameters))
        rf = values.get("response_format")
        mode = rf.get("type") if isinstance(rf, dict) else "text"
        index = self.format_mode.findData(mode)
        self.format_mode.setCurrentIndex(max(index, 0))
        schema = rf.get("json_schema") if isinstance(rf, dict) else None
        self.schema.set_text(json.dumps(schema, indent=2) if schema else "")
        tools = values.get("tools")
        self.tools.set_text(json.dumps(tools, indent=2) if tools else "")

    def show_error(self, error: FormError) -> None:
        """Point at the setting ``error`` names (its section opened, the field focused)."""
        if error.field == "response_format":
            self.format_section.set_expanded(True)
            self.schema.status.show_message(error.message, Level.ERROR)
            self.schema.edit.setFocus()
        elif error.field == "tools":
            self.tools_section.set_expanded(True)
            self.tools.status.show_message(error.message, Level.ERROR)
            self.tools.edit.setFocus()
        elif error.field.startswith("parameters."):
            self.parameters_section.set_expanded(True)
            field = self.parameters.fields.get(error.field.removeprefix("parameters."))
            if field is not None:
                field.setFocus()

    # -- checks ----------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        self.schema.setVisible(self.mode() == "json_schema")
        self.changed.emit()

    def _schema_problem(self, text: str) -> str | None:
        try:
            check_setting(self._spec, "response_format",
                          response_format("json_schema", parse_json(text)))
        except ValueError as error:
            return str(error).removeprefix("Response format: ")
        return None

    def _tools_problem(self, text: str) -> str | None:
        try:
            check_setting(self._spec, "tools", text)
        except FormError as error:
            return error.message.removeprefix("Tools: ")
        return None
