"""The task sidebar: pinned tasks first (the chat), then tasks grouped by modality, each with
its icon (in the theme's text colour), filterable by typing (a filter that matches nothing
says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from hfi_desktop.catalog.model import Group, TaskSpec
from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.i18n import catalog_text, translate
from hfi_desktop.ui.task_icons import PALETTE_EVENTS, task_icon

if TYPE_CHECKING:
    from collections.abc import Sequence

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
ICON_ROLE = Qt.ItemDataRole.UserRole + 3  # the task's icon file

ModelIndex = QModelIndex | QPersistentModelIndex


def build_task_model(tasks: Sequence[TaskSpec], parent: QWidget | None = None
                     ) -> QStandardItemModel:
    """A top-level row per pinned task, then group rows (in Group order) with one child row
    per task; the icons in the text colour of ``parent``'s palette (the application's)."""
    model = QStandardItemModel(parent)
    palette = parent.palette() if parent is not None else QApplication.palette()
    for spec in tasks:
        if spec.pinned:
            model.appendRow(_task_item(spec, palette))
    for group in Group:
        members = [spec for spec in tasks if spec.group is group and not spec.pinned]
        if not members:
            continue
        group_item = QStandardItem(catalog_text(group.value))
        group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group_item.font()
        font.setBold(True)
        group_item.setFont(font)
        for spec in members:
            group_item.appendRow(_task_item(spec, palette))
        model.appendRow(group_item)
    return model


def _task_item(spec: TaskSpec, palette: QPalette) -> QStandardItem:
    title, summary = catalog_text(spec.title), catalog_text(spec.summary)
    item = QStandardItem(task_icon(spec.icon, palette), title)
    item.setData(spec.id, TASK_ID_ROLE)
    item.setData(spec.icon, ICON_ROLE)
    # Found by its English words too (the Hub's and the documentation's names).
    words = {spec.title, title, spec.id, spec.summary, summary, spec.group.value,
             catalog_text(spec.group.value)}
    item.setData(" ".join(sorted(words)).lower(), SEARCH_TEXT_ROLE)
    item.setToolTip(summary)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class _TaskFilter(QSortFilterProxyModel):
    """Keeps tasks whose title, id or summary contain every typed word (and their groups)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = index.data(SEARCH_TEXT_ROLE)
        if haystack is None:  # a group row: shown when one of its tasks is (recursive filter)
            return not self._words
        return all(word in haystack for word in self._words)


class TaskSidebar(QWidget):
    """Emits ``task_selected(task_id)`` when the user picks a task."""

    task_selected = Signal(str)

    def __init__(self, tasks: Sequence[TaskSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("TaskSidebar", "Filter tasks…"))
        add_clear_button(self.filter_edit, translate("TaskSidebar", "Clear the filter"))
        self.filter_edit.setAccessibleName(translate("TaskSidebar", "Filter tasks"))
        self._source = build_task_model(tasks, self)
        self._proxy = _TaskFilter(self)
        self._proxy.setSourceModel(self._source)
        self.tree = QTreeView(self)
        self.tree.setModel(self._proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("TaskSidebar", "Tasks"))
        self.tree.expandAll()
        self.no_match = QLabel(self)
        self.no_match.setObjectName("noTaskMatches")
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(6, 12, 6, 6)
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match, 1)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.returnPressed.connect(self._select_first_visible)
        self.tree.selectionModel().currentChanged.connect(self._on_current)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:  # another theme: the icons in its text colour
            self._tint_icons()

    def _tint_icons(self) -> None:
        palette = self.palette()
        items = [self._source.item(row) for row in range(self._source.rowCount())]
        for item in items:
            items += [item.child(row) for row in range(item.rowCount())]
            name = item.data(ICON_ROLE)
            if name:
                item.setIcon(task_icon(name, palette))

    def focus_filter(self) -> None:
        """Ctrl+F: into the filter with its text selected, so typing replaces it."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter(self, text: str) -> None:
        self._proxy.set_query(text)
        self.tree.expandAll()
        nothing = self._proxy.rowCount() == 0
        self.no_match.setText(translate("TaskSidebar", "No task matches “{text}”.").format(
            text=text.strip()) if nothing else "")
        self.no_match.setVisible(nothing)
        self.tree.setVisible(not nothing)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        task_id = current.data(TASK_ID_ROLE)
        if task_id:
            self.task_selected.emit(task_id)

    def _select_first_visible(self) -> None:
        rows = self._visible_rows()
        if rows:
            self.tree.setCurrentIndex(rows[0])

    def _visible_rows(self) -> list[QModelIndex]:
        """The task rows shown, in order (pinned ones, then those of each group)."""
        rows = []
        for top_row in range(self._proxy.rowCount()):
            top = self._proxy.index(top_row, 0)
            if top.data(TASK_ID_ROLE):
                rows.append(top)
            rows.extend(self._proxy.index(row, 0, top) for row in range(self._proxy.rowCount(top)))
        return rows

    def visible_task_ids(self) -> list[str]:
        return [index.data(TASK_ID_ROLE) for index in self._visible_rows()]

    def select_task(self, task_id: str) -> None:
        matches = self._proxy.match(self._proxy.index(0, 0), TASK_ID_ROLE, task_id, 1,
                                    Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if matches:
            self.tree.setCurrentIndex(matches[0])
