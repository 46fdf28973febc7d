"""The Endpoints tab: named endpoints (name, URL, trusted with the token) and the servers
(origins: scheme, host, port) the user allowed to receive the token when asked, each of
which can be taken back (Remove, then OK/Apply)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.credentials.trust import is_hf_host, normalize_origin
from hfi_desktop.storage.settings import NamedEndpoint, SettingsValues
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.inputs.message import InlineMessage
from hfi_desktop.ui.settings.row_tables import (
    cell_text,
    remove_selected_rows,
    row_table,
    show_row_problem,
    table_box_layout,
)
from hfi_desktop.ui.settings.tabs import SettingsTab, note

NAME, URL, TRUSTED = range(3)
Resize = QHeaderView.ResizeMode


class EndpointsTab(SettingsTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Columns: NAME, URL, TRUSTED.
        self.table = row_table(self, Resize.Interactive, Resize.Stretch, Resize.ResizeToContents)
        self.table.setObjectName("endpointsTable")
        self.table.setHorizontalHeaderLabels([translate("EndpointsTab", "Name"),
                                              translate("EndpointsTab", "URL"),
                                              translate("EndpointsTab", "Trusted")])
        header_item = self.table.horizontalHeaderItem(TRUSTED)
        if header_item is not None:
            header_item.setToolTip(
                translate("EndpointsTab", "Send your access token to this endpoint's host"))
        self.table.setColumnWidth(NAME, 140)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(translate("EndpointsTab", "Add"), self)
        self.remove_button = QPushButton(translate("EndpointsTab", "Remove"), self)
        self.message = InlineMessage(self)

        self.origins = QListWidget(self)
        self.origins.setObjectName("trustedOrigins")
        self.origins.setMaximumHeight(90)
        self.origins.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.origins.setAccessibleName(translate(
                "EndpointsTab", "Servers allowed to receive your token"))
        self.remove_origin_button = QPushButton(translate("EndpointsTab", "Remove"), self)
        self.remove_origin_button.setToolTip(translate(
                "EndpointsTab", "Take your yes back: the app asks again"))

        endpoints = QGroupBox(translate("EndpointsTab", "Named endpoints"), self)
        column = table_box_layout(endpoints, self.table, (self.add_button, self.remove_button),
                                  self.message)
        column.addWidget(note(translate(
                "EndpointsTab", "Trusted: your access token is sent to the endpoint's server. "
                              "Pick an endpoint in a page's model field to call it."),
                              endpoints))
        origins = QGroupBox(translate(
                "EndpointsTab", "Servers you allowed to receive your token"), self)
        ocolumn = QVBoxLayout(origins)
        row = QHBoxLayout()
        row.addWidget(self.origins, 1)
        row.addWidget(self.remove_origin_button, 0, Qt.AlignmentFlag.AlignTop)
        ocolumn.addLayout(row)
        ocolumn.addWidget(note(translate(
                "EndpointsTab", "Each is one server: scheme, host and port. Another port or "
                               "scheme of the same host is asked about again. Plain http is "
                               "allowed only on this machine."), origins))
        layout = QVBoxLayout(self)
        layout.addWidget(endpoints, 1)
        layout.addWidget(origins)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_origin_button.clicked.connect(self._remove_origins)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.origins.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

    # -- rows ------------------------------------------------------------------------------

    def add_row(self, endpoint: NamedEndpoint | None = None, *, edit: bool = True) -> int:
        blank = endpoint is None
        endpoint = endpoint or NamedEndpoint(self._free_name(), "https://")
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(endpoint.name))
        self.table.setItem(row, URL, QTableWidgetItem(endpoint.url))
        trusted = QTableWidgetItem()
        trusted.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsSelectable)
        trusted.setCheckState(Qt.CheckState.Checked if endpoint.trusted
                              else Qt.CheckState.Unchecked)
        self._describe_trust(trusted, endpoint)
        self.table.setItem(row, TRUSTED, trusted)
        self.table.blockSignals(False)
        if blank and edit:
            self.table.setCurrentCell(row, URL)
            url_item = self.table.item(row, URL)
            if url_item is not None:
                self.table.editItem(url_item)
            self.edited.emit()
        return row

    def remove_selected(self) -> None:
        if remove_selected_rows(self.table, self.message):
            self.edited.emit()

    def _remove_origins(self) -> None:
        for item in self.origins.selectedItems():
            self.origins.takeItem(self.origins.row(item))
        self.edited.emit()

    def _free_name(self) -> str:
        names = {e.name.casefold() for e in self.endpoints()}
        number = 1
        while f"endpoint {number}" in names:
            number += 1
        return f"endpoint {number}"

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
        self.remove_origin_button.setEnabled(bool(self.origins.selectedItems()))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        self.message.clear_message()
        trusted = self.table.item(item.row(), TRUSTED)
        if trusted is not None:
            endpoint = self._endpoint(item.row())
            self.table.blockSignals(True)
            self._describe_trust(trusted, endpoint)
            self.table.blockSignals(False)
        self.edited.emit()

    @staticmethod
    def _describe_trust(item: QTableWidgetItem, endpoint: NamedEndpoint) -> None:
        item.setText(translate("EndpointsTab", "Yes") if endpoint.trusted
                     else translate("EndpointsTab", "No"))
        if is_hf_host(endpoint.url):
            item.setToolTip(translate(
                    "EndpointsTab", "A Hugging Face host: it gets your token over HTTPS anyway"))
        elif endpoint.trusted:
            origin = normalize_origin(endpoint.url)
            item.setToolTip(
                translate("EndpointsTab", "Your token is sent to {origin}").format(origin=origin)
                if origin else translate("EndpointsTab", "Your token is sent to this server"))
        else:
            item.setToolTip(translate(
                    "EndpointsTab", "Not trusted: the app asks before sending your token here"))

    def _endpoint(self, row: int) -> NamedEndpoint:
        trusted = self.table.item(row, TRUSTED)
        return NamedEndpoint(cell_text(self.table, row, NAME), cell_text(self.table, row, URL),
                             trusted is not None
                             and trusted.checkState() == Qt.CheckState.Checked)

    def endpoints(self) -> list[NamedEndpoint]:
        return [self._endpoint(row) for row in range(self.table.rowCount())]

    # -- SettingsTab -----------------------------------------------------------------------

    def load(self, values: SettingsValues) -> None:
        self.table.setRowCount(0)
        for endpoint in values.endpoints:
            self.add_row(endpoint, edit=False)
        self.origins.clear()
        self.origins.addItems(list(values.trusted_origins))
        self.message.clear_message()
        self._sync_buttons()

    def collect(self, values: SettingsValues) -> SettingsValues:
        origins = tuple(self.origins.item(i).text() for i in range(self.origins.count()))
        return dataclasses.replace(values, endpoints=tuple(self.endpoints()),
                                   trusted_origins=origins)

    def show_problems(self, problems: dict[str, str]) -> bool:
        row = show_row_problem(problems, "endpoints", self.message)
        if row is None:
            return False
        self.table.setCurrentCell(row, URL if self._endpoint(row).name else NAME)
        return True
