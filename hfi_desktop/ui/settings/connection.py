"""The Connection tab: the Inference Providers router, the Inference API (hf-inference below
the router), the Hub or a mirror of it, and the timeouts. A bad URL is refused inline, as it
is typed; a host that is not Hugging Face's is named with what it gets of the token. An
Inference API on the retired 2023 host is offered the switch to the router
(``switch_requested``: the dialog makes it at once)."""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QVBoxLayout, QWidget

from hfi_desktop.credentials.trust import is_hf_host, normalize_host
from hfi_desktop.inference.urls import RETIRED_HOST
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import SettingsValues, is_retired
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.i18n import shown, translate
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.notice import NoticeBar
from hfi_desktop.ui.settings.tabs import SettingsTab, group, note, with_message

if TYPE_CHECKING:
    from collections.abc import Collection

#: Said under an Inference API on the retired host (here and in the main window).
#: Shown with {host} filled in: see :func:`retired_text`.
RETIRED_TEXT = QT_TRANSLATE_NOOP(
    "ConnectionTab", "<b>{host} is retired</b>: it answers 410 Gone. The models it served are "
    "called through the router now, and Inference Providers serve many more.")
SWITCH_TEXT = QT_TRANSLATE_NOOP("ConnectionTab", "Switch to the router")
_URL_FIELDS = ("router_url", "base_url", "hub_url")


def _seconds(parent: QWidget, tip: str, most: float = keys.MAX_TIMEOUT_S) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(keys.MIN_TIMEOUT_S, most)
    spin.setDecimals(1)
    spin.setSuffix(" s")
    spin.setToolTip(tip)
    return spin


def retired_text() -> str:
    return translate("ConnectionTab", RETIRED_TEXT).format(host=RETIRED_HOST)


def _default_text(url: str, variable: str) -> str:
    origin = (translate("ConnectionTab", "from {variable}").format(variable=variable)
              if os.environ.get(variable) else translate("ConnectionTab", "default"))
    return f"{url} ({origin})"


class ConnectionTab(SettingsTab):
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.router_url = self._url_edit("routerUrl", translate("ConnectionTab", "Router URL"))
        self.router_url.setPlaceholderText(_default_text(keys.default_router_url(),
                                                         "HF_ROUTER_URL"))
        self.base_url = self._url_edit("baseUrl",
                                       translate("ConnectionTab", "Inference API URL"))
        self.hub_url = self._url_edit("hubUrl", translate("ConnectionTab", "Hub or mirror URL"))
        self.hub_url.setPlaceholderText(_default_text(keys.default_hub_url(), "HF_ENDPOINT"))
        self.messages = {name: InlineMessage(self) for name in _URL_FIELDS}
        self.router_url_message = self.messages["router_url"]
        self.base_url_message = self.messages["base_url"]
        self.hub_url_message = self.messages["hub_url"]
        self.retired = NoticeBar(retired_text(), self,
                                 name=translate("ConnectionTab", "Retired Inference API"),
                                 closable=False)
        self.switch_button = self.retired.add_action(
            translate("ConnectionTab", SWITCH_TEXT), self.switch_requested.emit,
            tip=translate("ConnectionTab", "Call hf-inference below the router (saved at once)"))
        self.retired.hide()
        self.connect_timeout = _seconds(
            self, translate("ConnectionTab", "How long to wait for a connection to the server"))
        self.read_timeout = _seconds(self, translate(
            "ConnectionTab", "How long to wait for an answer (a model that loads can take "
            "minutes)"))
        self.call_deadline = _seconds(self, translate(
            "ConnectionTab", "The longest one call may take in all, however its answer "
            "trickles in"), keys.MAX_DEADLINE_S)
        self.stream_idle = _seconds(self, translate(
            "ConnectionTab", "How long a stream may send nothing new (keep-alives do not "
            "count) before it is ended"), keys.MAX_DEADLINE_S)

        servers, form = group(translate("ConnectionTab", "Servers"), self)
        form.addRow(translate("ConnectionTab", "Router:"),
                    with_message(self.router_url, self.router_url_message, self))
        form.addRow(translate("ConnectionTab", "Inference API:"),
                    with_message(self.base_url, self.base_url_message, self))
        form.addRow(self.retired)
        form.addRow(translate("ConnectionTab", "Hub or mirror:"),
                    with_message(self.hub_url, self.hub_url_message, self))
        form.addRow(note(translate(
                "ConnectionTab", "Leave empty for the default shown. The router reaches every "
                         "Inference Provider; the Inference API is hf-inference below it. A "
                         "Hub mirror (like https://hf-mirror.com) serves model search and "
                         "look-ups. Your access token goes only to huggingface.co and to "
                         "hosts you trust (see Endpoints)."), self))
        timeouts, tform = group(translate("ConnectionTab", "Timeouts"), self)
        tform.addRow(translate("ConnectionTab", "Connect:"), self.connect_timeout)
        tform.addRow(translate("ConnectionTab", "Answer:"), self.read_timeout)
        tform.addRow(translate("ConnectionTab", "Whole call at most:"), self.call_deadline)
        tform.addRow(translate("ConnectionTab", "Silent stream at most:"), self.stream_idle)
        tform.addRow(note(translate(
                "ConnectionTab", "A call or a stream that goes past these ends with a timeout "
                          "error (never sooner than the timeouts above allow)."), self))
        layout = QVBoxLayout(self)
        layout.addWidget(servers)
        layout.addWidget(timeouts)
        layout.addWidget(note(translate(
                "ConnectionTab", "HTTPS certificates are always checked; a server whose "
                              "certificate can't be verified is not contacted."), self))
        layout.addStretch(1)

        for edit in (self.router_url, self.base_url, self.hub_url):
            edit.textEdited.connect(self._on_url_edited)
        for spin in (self.connect_timeout, self.read_timeout, self.call_deadline,
                     self.stream_idle):
            spin.valueChanged.connect(self.edited)

    def _url_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        add_clear_button(edit, translate("ConnectionTab", "Clear the {field} (use the default)")
                         .format(field=accessible))
        return edit

    def load(self, values: SettingsValues) -> None:
        self.router_url.setText(values.router_url)
        self.base_url.setText(values.base_url)
        self.hub_url.setText(values.hub_url)
        self.connect_timeout.setValue(values.connect_timeout_s)
        self.read_timeout.setValue(values.read_timeout_s)
        self.call_deadline.setValue(values.call_deadline_s)
        self.stream_idle.setValue(values.stream_idle_s)
        for message in self.messages.values():
            message.clear_message()
        self._follow_router()
        self._hint_hosts()

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(
            values, router_url=self.router_url.text().strip(),
            base_url=self.base_url.text().strip(), hub_url=self.hub_url.text().strip(),
            connect_timeout_s=self.connect_timeout.value(),
            read_timeout_s=self.read_timeout.value(),
            call_deadline_s=self.call_deadline.value(), stream_idle_s=self.stream_idle.value())

    def show_problems(self, problems: dict[str, str]) -> bool:
        mine = [name for name in _URL_FIELDS if name in problems]
        for name in mine:
            self.messages[name].show_message(shown(problems[name]), Level.ERROR)
        return bool(mine)

    def show_switched(self, saved: str, effective: str) -> None:
        """After the switch to the router: the field as saved, and what it is now."""
        self.base_url.setText(saved)
        self._follow_router()
        self.base_url_message.show_message(
            translate("ConnectionTab", "Switched: the Inference API is {url}.").format(
                url=effective), Level.OK)

    def effective_base_url(self) -> str:
        """The Inference API the fields give: the one typed, else the default shown."""
        router = self.router_url.text().strip() or None
        return self.base_url.text().strip() or keys.default_base_url(router)

    def _on_url_edited(self) -> None:
        for message in self.messages.values():
            message.clear_message()
        problems = self.collect(SettingsValues()).problems()
        self.show_problems(problems)
        self._follow_router()
        self._hint_hosts(skip=problems.keys())
        self.edited.emit()

    def _follow_router(self) -> None:
        """The Inference API's default follows the router; the retired host is offered the
        switch."""
        router = self.router_url.text().strip()
        valid = bool(router) and keys.check_base_url(router) is None
        self.base_url.setPlaceholderText(_default_text(
            keys.default_base_url(router if valid else None), "HF_INFERENCE_ENDPOINT"))
        self.retired.setVisible(is_retired(self.effective_base_url()))

    def _hint_hosts(self, skip: Collection[str] = ()) -> None:
        for name in _URL_FIELDS:
            text = getattr(self, name).text().strip()
            host = normalize_host(text) if text else None
            if name in skip or not host or is_hf_host(text):
                continue
            if name == "hub_url":
                hint = translate(
                    "ConnectionTab", "{host} is not a Hugging Face host: Hub look-ups and "
                    "searches go there without your token, unless you trust it (Endpoints)."
                ).format(host=host)
            else:
                hint = translate(
                    "ConnectionTab", "{host} is not a Hugging Face host: the app will ask "
                    "before sending your token there.").format(host=host)
            self.messages[name].show_message(hint, Level.INFO)
