"""The Local servers tab: profiles of the servers people run on their computer (name, kind,
URL; saved with OK/Apply), and "Find local servers", which asks the usual ports of 127.0.0.1
(and a URL the user adds) in a worker and lists what answers, each added with one click."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.credentials.trust import check_url
from hfi_desktop.local.discovery import (
    DEFAULT_PORTS,
    DEFAULT_TIMEOUT_S,
    Finding,
    Status,
    default_urls,
    discover,
)
from hfi_desktop.local.profiles import (
    KIND_LABELS,
    PROFILE_KINDS,
    ServerProfile,
    free_name,
    server_root,
)
from hfi_desktop.local.sources import SourceKind
from hfi_desktop.storage.settings import MAX_ENGINE_BUDGET_MB
from hfi_desktop.ui.i18n import shown, translate
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.settings.row_tables import (
    cell_text,
    remove_selected_rows,
    row_table,
    show_row_problem,
    table_box_layout,
)
from hfi_desktop.ui.settings.tabs import SettingsTab, note

if TYPE_CHECKING:
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.storage.settings import SettingsValues

NAME, KIND, URL = range(3)
FOUND_SERVER, FOUND_MODELS, FOUND_ADD = range(3)
#: Models shown per found server before "and n more".
SHOWN_MODELS = 3
Resize = QHeaderView.ResizeMode


class LocalServersTab(SettingsTab):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._tasks = OwnedTasks("settings find local servers")
        self.findings: list[Finding] = []
        #: What Find asks besides the URL typed (tests put their fake servers' here).
        self.probe_urls: list[str] = default_urls()
        self.probe_timeout_s = DEFAULT_TIMEOUT_S

        # Columns: NAME, KIND, URL.
        self.table = row_table(self, Resize.Interactive, Resize.Interactive, Resize.Stretch)
        self.table.setObjectName("localServersTable")
        self.table.setHorizontalHeaderLabels([translate("LocalServersTab", "Name"),
                                              translate("LocalServersTab", "Kind"),
                                              translate("LocalServersTab", "URL")])
        self.table.setColumnWidth(NAME, 120)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(translate("LocalServersTab", "Local servers"))
        self.add_button = QPushButton(translate("LocalServersTab", "Add"), self)
        self.remove_button = QPushButton(translate("LocalServersTab", "Remove"), self)
        self.message = InlineMessage(self)
        self.message.setObjectName("localServersMessage")

        self.find_button = QPushButton(translate("LocalServersTab", "Find local servers"), self)
        self.find_button.setObjectName("findLocalServers")
        ports = ", ".join(str(port) for port in DEFAULT_PORTS)
        self.find_button.setToolTip(translate(
            "LocalServersTab", "Ask the usual ports of this computer ({ports}) what they "
            "serve").format(ports=ports))
        self.extra_url = QLineEdit(self)
        self.extra_url.setObjectName("findExtraUrl")
        self.extra_url.setAccessibleName(translate("LocalServersTab", "Also look at this URL"))
        self.extra_url.setPlaceholderText(
            translate("LocalServersTab", "also look at… (e.g. http://192.168.1.20:11434)"))
        # Columns: FOUND_SERVER, FOUND_MODELS, FOUND_ADD.
        self.found = row_table(self, Resize.ResizeToContents, Resize.Stretch,
                               Resize.ResizeToContents)
        self.found.setObjectName("foundServers")
        self.found.setHorizontalHeaderLabels([translate("LocalServersTab", "Server"),
                                              translate("LocalServersTab", "Models"), ""])
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.found.setAccessibleName(translate("LocalServersTab", "Servers found"))
        self.find_message = InlineMessage(self)
        self.find_message.setObjectName("findMessage")

        profiles = QGroupBox(translate("LocalServersTab", "Local servers"), self)
        column = table_box_layout(profiles, self.table, (self.add_button, self.remove_button),
                                  self.message)
        column.addWidget(note(translate(
                "LocalServersTab", "Each server is a provider in the pages' provider picker "
                              "(local:<name>). OpenAI-compatible: Ollama, llama.cpp, LM Studio, "
                              "vLLM, transformers serve (chat). HF-style: TGI, TEI. Your access "
                              "token is never sent to them."), profiles))
        finder = QGroupBox(translate("LocalServersTab", "Find local servers"), self)
        fcolumn = QVBoxLayout(finder)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addWidget(self.extra_url, 1)
        fcolumn.addLayout(row)
        fcolumn.addWidget(self.found, 1)
        fcolumn.addWidget(self.find_message)
        self.memory_budget = QSpinBox(self)
        self.memory_budget.setObjectName("engineMemoryBudget")
        self.memory_budget.setAccessibleName(translate(
                "LocalServersTab", "Local engine memory budget (MB)"))
        self.memory_budget.setRange(0, MAX_ENGINE_BUDGET_MB)
        self.memory_budget.setSingleStep(256)
        self.memory_budget.setSuffix(" MB")
        self.memory_budget.setSpecialValueText(translate(
                "LocalServersTab", "Automatic (half of this computer's memory)"))
        engine = QGroupBox(translate("LocalServersTab", "Local engine"), self)
        erow = QHBoxLayout(engine)
        label = QLabel(translate("LocalServersTab", "Memory budget for loaded models:"), engine)
        label.setBuddy(self.memory_budget)
        erow.addWidget(label)
        erow.addWidget(self.memory_budget)
        erow.addStretch(1)
        engine.setToolTip(translate(
                "LocalServersTab", "Past it, the least recently used models are unloaded; a model "
                          "bigger than the budget is refused. Used from the engine's next "
                          "start."))
        layout = QVBoxLayout(self)
        layout.addWidget(engine)
        layout.addWidget(profiles, 1)
        layout.addWidget(finder, 1)

        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button.clicked.connect(self.remove_selected)
        self.find_button.clicked.connect(self.find_servers)
        self.extra_url.returnPressed.connect(self.find_servers)
        self.table.itemChanged.connect(self._on_edited)
        self.memory_budget.valueChanged.connect(self.edited)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

    # -- profiles --------------------------------------------------------------------------

    def add_row(self, profile: ServerProfile | None, *, edit: bool = True) -> int:
        blank = profile is None
        if profile is None:
            name = free_name("server", (p.name for p in self.profiles()))
            profile = ServerProfile(name, SourceKind.OPENAI, "http://127.0.0.1:")
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(profile.name))
        self.table.setItem(row, URL, QTableWidgetItem(profile.url))
        kind = QComboBox(self.table)
        kind.setAccessibleName(translate("LocalServersTab", "Kind"))
        for value in PROFILE_KINDS:
            kind.addItem(KIND_LABELS[value], value.value)
        kind.setCurrentIndex(max(0, kind.findData(profile.kind.value)))
        kind.currentIndexChanged.connect(self._on_edited)
        self.table.setCellWidget(row, KIND, kind)
        # A cell widget is not among the contents a column is sized to: make room for it.
        self.table.setColumnWidth(KIND, max(self.table.columnWidth(KIND),
                                            kind.sizeHint().width()))
        self.table.blockSignals(False)
        self.message.clear_message()
        if blank and edit:
            self.table.setCurrentCell(row, URL)
            item = self.table.item(row, URL)
            if item is not None:
                self.table.editItem(item)
        if edit:
            self.edited.emit()
        return row

    def remove_selected(self) -> None:
        if remove_selected_rows(self.table, self.message):
            self.edited.emit()
        self._show_findings()

    def profiles(self) -> list[ServerProfile]:
        return [self._profile(row) for row in range(self.table.rowCount())]

    def _profile(self, row: int) -> ServerProfile:
        combo = self.table.cellWidget(row, KIND)
        data = combo.currentData() if isinstance(combo, QComboBox) else None
        kind = SourceKind(data) if data in (SourceKind.OPENAI, SourceKind.HF) else SourceKind.OPENAI
        return ServerProfile(cell_text(self.table, row, NAME), kind,
                             cell_text(self.table, row, URL))

    def _on_edited(self, *_args: Any) -> None:
        self.message.clear_message()
        self.edited.emit()
        self._show_findings()

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    # -- finding ---------------------------------------------------------------------------

    def urls_to_probe(self) -> list[str] | None:
        """The usual ports, plus the URL typed (None: it is not one; said inline)."""
        extra = self.extra_url.text().strip().rstrip("/")
        if not extra or extra in self.probe_urls:
            return list(self.probe_urls)
        problem = check_url(extra)
        if problem:
            self.find_message.show_message(
                translate("LocalServersTab", "Also look at: {problem}").format(
                    problem=shown(problem)),
                Level.ERROR)
            return None
        return [*self.probe_urls, extra]

    def find_servers(self) -> None:
        urls = self.urls_to_probe()
        if urls is None:
            return
        self._tasks.start(self._find(urls))

    async def _find(self, urls: list[str]) -> None:
        self.find_button.setEnabled(False)
        self.find_message.show_message(translate("LocalServersTab", "Looking…"), Level.INFO)
        try:
            timeout_s = self.probe_timeout_s
            self.findings = await self._bridge.run(lambda: discover(urls, timeout_s=timeout_s))
        finally:
            self.find_button.setEnabled(True)
        self._show_findings()

    def _show_findings(self) -> None:
        listed = [f for f in self.findings if f.status is not Status.NOTHING]
        self.found.setRowCount(0)
        saved = {server_root(p.url) for p in self.profiles()}
        for finding in listed:
            row = self.found.rowCount()
            self.found.insertRow(row)
            self.found.setItem(row, FOUND_SERVER, QTableWidgetItem(_server_text(finding)))
            models = QTableWidgetItem(_models_text(finding))
            models.setToolTip("\n".join(finding.source.models) if finding.source else
                              shown(finding.message))
            self.found.setItem(row, FOUND_MODELS, models)
            if finding.source is not None:
                added = finding.base_url in saved
                button = QPushButton(translate("LocalServersTab", "Added") if added
                                     else translate("LocalServersTab", "Add"), self.found)
                button.setObjectName("addFound")
                button.setEnabled(not added)
                button.setAccessibleName(translate("LocalServersTab", "Add {server}").format(
                    server=finding.source.title))
                button.clicked.connect(lambda _=False, f=finding: self.add_found(f))
                self.found.setCellWidget(row, FOUND_ADD, button)
        if not self.findings:
            return
        found = sum(1 for f in listed if f.source is not None)
        if found:
            text = (translate("LocalServersTab", "Found {count} server: Add, then OK or Apply.")
                    if found == 1 else
                    translate("LocalServersTab", "Found {count} servers: Add, then OK or Apply."))
            self.find_message.show_message(text.format(count=found), Level.OK)
        else:
            looked = ", ".join(f.base_url.split("://", 1)[-1] for f in self.findings)
            self.find_message.show_message(
                translate("LocalServersTab", "No server answered ({looked}).").format(
                    looked=looked), Level.INFO)

    def add_found(self, finding: Finding) -> None:
        """A found server as a new profile (a free name after what it is)."""
        if finding.source is None:
            return
        name = free_name(finding.name, (p.name for p in self.profiles()))
        self.add_row(ServerProfile(name, finding.source.kind, finding.base_url), edit=False)
        self.edited.emit()
        self._show_findings()

    # -- SettingsTab -----------------------------------------------------------------------

    def load(self, values: SettingsValues) -> None:
        self.table.setRowCount(0)
        for profile in values.local_servers:
            self.add_row(profile, edit=False)
        self.memory_budget.blockSignals(True)
        self.memory_budget.setValue(values.engine_memory_budget_mb)
        self.memory_budget.blockSignals(False)
        self.message.clear_message()
        self._sync_buttons()
        self._show_findings()

    def collect(self, values: SettingsValues) -> SettingsValues:
        return dataclasses.replace(values, local_servers=tuple(self.profiles()),
                                   engine_memory_budget_mb=self.memory_budget.value())

    def show_problems(self, problems: dict[str, str]) -> bool:
        row = show_row_problem(problems, "local_servers", self.message)
        if row is None:
            return False
        self.table.setCurrentCell(row, NAME)
        return True

    # -- tasks -----------------------------------------------------------------------------

    def cancel_tasks(self) -> None:
        self._tasks.cancel()


def _server_text(finding: Finding) -> str:
    if finding.source is None:
        return finding.base_url.split("://", 1)[-1]
    health = "" if finding.source.healthy else translate("LocalServersTab", " — not ready")
    return f"{finding.source.title}{health}"


def _models_text(finding: Finding) -> str:
    if finding.source is None:
        return f"\u26a0 {shown(finding.reason or finding.message)}"
    models = finding.source.models
    if not models:
        return translate("LocalServersTab", "no models listed")
    more = len(models) - SHOWN_MODELS
    return ", ".join(models[:SHOWN_MODELS]) + (
        translate("LocalServersTab", " and {count} more").format(count=more) if more > 0 else "")
