"""``ResultPanel``: tabs Result / JSON / Details, with an empty state and an inline
error box (never a modal dialog): the error in plain words, maybe an action (open another
task's page), and the raw detail behind a "Details" disclosure."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.ui.collapsible import CollapsibleSection
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from . import theme
from .conversation import ConversationViewer
from .details import ResponseDetails
from .outdated import OutdatedNote, Veil
from .raw import RawJsonView
from .registry import viewer_class, viewer_for
from .text import StreamState, TextViewer
from .widgets import MARGIN, Box, Caption, title_label

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from hfi_desktop.inference import ResponseInfo
    from hfi_desktop.present import Prepared

    from .base import ResultViewer

EMPTY_TEXT = QT_TRANSLATE_NOOP("ResultPanel", "Run the model to see the result here")
#: A button under an error: (text, tooltip, what a click does).
ErrorAction = tuple[str, str, "Callable[[], None]"]


class ErrorBox(Box):
    """A red-tinted box: an icon, a bold title and the message (selectable, wrapped); an
    action button, and the raw detail behind a folded "Details" section, when given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(theme.error_colours, parent)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = title_label("", self, scale=1.1)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_row = QWidget(self)  # buttons that act on the error (show_error)
        self._actions_row = QHBoxLayout(self.action_row)
        self._actions_row.setContentsMargins(0, 4, 0, 0)
        self._action_buttons: list[QPushButton] = []
        self.action_row.hide()
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(QCoreApplication.translate("ErrorBox", "Error details"))
        self.details = CollapsibleSection(
            QCoreApplication.translate("ErrorBox", "Details"), self.detail, parent=self)
        self.details.hide()
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title)
        texts.addWidget(self.message)
        texts.addWidget(self.action_row)
        texts.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(12)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)

    def show_error(self, title: str, message: str, details: str = "",
                   actions: Sequence[ErrorAction] = ()) -> None:
        """Show an error; ``details`` folded away (none: no section); ``actions`` its
        buttons (none: no button row)."""
        self.title.setText(shown(title))
        self.message.setText(shown(message))
        self.message.setVisible(bool(message))
        self.detail.setText(shown(details))
        self.details.set_expanded(False)
        self.details.setVisible(bool(details))
        self.set_actions(actions)

    def action_buttons(self) -> list[QPushButton]:
        return list(self._action_buttons)

    def set_actions(self, actions: Sequence[ErrorAction]) -> None:
        """One button per (text, tooltip, what a click does) under the message, in place of
        the ones before; none: the row hides."""
        for button in self._action_buttons:
            self._actions_row.removeWidget(button)
            button.deleteLater()
        self._action_buttons = []
        for text, tip, act in actions:
            button = QPushButton(text, self.action_row)
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, act=act: act())
            self._actions_row.addWidget(button)
            self._action_buttons.append(button)
        if self._action_buttons:
            self._actions_row.addStretch(1)
        self.action_row.setVisible(bool(self._action_buttons))


class ResultPanel(QWidget):
    """Shows one call's outcome. The Result tab holds the viewer of the result's kind
    (kept while results of the same kind come, so a conversation continues), the empty
    state before any result, and the error box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        result_tab = QWidget(self.tabs)
        self._error_area = QWidget(result_tab)  # holds the margins, hidden with the box
        self.error_box = ErrorBox(self._error_area)
        self._error_area.hide()
        self._stack = QStackedWidget(result_tab)
        self._empty = Caption(QCoreApplication.translate("ResultPanel", EMPTY_TEXT), self._stack)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._blank = QWidget(self._stack)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._blank)
        result_layout = QVBoxLayout(result_tab)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.setSpacing(0)
        error_row = QVBoxLayout(self._error_area)
        error_row.setContentsMargins(MARGIN, MARGIN, MARGIN, 0)
        error_row.addWidget(self.error_box)
        result_layout.addWidget(self._error_area)
        result_layout.addWidget(self._stack, 1)
        self.json_view = RawJsonView(self.tabs, margin=MARGIN)
        self.details = ResponseDetails(self.tabs)
        self.tabs.addTab(result_tab, QCoreApplication.translate("ResultPanel", "Result"))
        self.tabs.addTab(self.json_view, QCoreApplication.translate("ResultPanel", "JSON"))
        self.tabs.addTab(self.details, QCoreApplication.translate("ResultPanel", "Details"))
        # A result made from other inputs than the form's: a note above every tab, the
        # result dimmed (set_outdated).
        self.outdated_note = OutdatedNote(self)
        self.outdated_note.hide()
        self._veil = Veil(self._stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note_row = QVBoxLayout()
        note_row.setContentsMargins(MARGIN, MARGIN, MARGIN, 0)
        note_row.addWidget(self.outdated_note)
        layout.addLayout(note_row)
        layout.addWidget(self.tabs)
        self._viewers: dict[type[ResultViewer], ResultViewer] = {}
        self._viewer: ResultViewer | None = None

    # ---------------------------------------------------------------- queries
    @property
    def viewer(self) -> ResultViewer | None:
        """The viewer on show (None in the empty state)."""
        return self._viewer if self._stack.currentWidget() is self._viewer else None

    def state(self) -> str:
        """ "empty", "result" or "error" (an error over a kept partial result: "error")."""
        if not self._error_area.isHidden():
            return "error"
        return "result" if self.viewer is not None else "empty"

    def empty_text(self) -> str:
        return self._empty.text()

    def set_empty_text(self, text: str) -> None:
        """What the panel says before a result (what to do to get one)."""
        self._empty.setText(text)

    # ---------------------------------------------------------------- results
    def show_result(self, prepared: Prepared) -> ResultViewer:
        viewer = self._viewer_of(prepared.kind)
        self._error_area.hide()
        viewer.show_result(prepared)
        self.json_view.set_text(prepared.raw_json)
        self.details.set_warnings(prepared.warnings)
        self.tabs.setCurrentIndex(0)
        return viewer

    def begin_stream(self) -> TextViewer:
        viewer = self._viewer_of(OutputKind.TEXT_STREAM)
        assert isinstance(viewer, TextViewer)
        self._error_area.hide()
        self.json_view.set_text("", QCoreApplication.translate(
            "ResultPanel", "The JSON is shown when the stream ends."))
        self.details.set_warnings(())
        self.tabs.setCurrentIndex(0)
        viewer.begin_stream()
        return viewer

    def append_text(self, chunk: str, tokens: int) -> None:
        if isinstance(self._viewer, TextViewer):
            self._viewer.append_text(chunk, tokens)

    def end_stream(self, state: StreamState, message: str = "") -> None:
        if isinstance(self._viewer, TextViewer):
            self._viewer.end_stream(state, message)

    def discard_stream(self) -> None:
        """A stream begun for a call that was never sent: the panel is empty again (no
        token count, no banner). Nothing happens when no stream is on show."""
        if isinstance(self._viewer, TextViewer) and self._viewer.streaming:
            self._put_away(self._viewer)
            self._viewer = None
            self._stack.setCurrentWidget(self._empty)
            self.json_view.clear()

    def show_error(self, title: str, message: str, *, keep_result: bool = False,
                   details: str = "", actions: Sequence[ErrorAction] = ()) -> None:
        """The error box (``details``: the raw detail, folded away; ``actions``: buttons);
        ``keep_result`` leaves the result on show under it (a stream's partial text),
        otherwise the result area is emptied."""
        self.error_box.show_error(title, message, details, actions)
        self._error_area.show()
        if not keep_result:
            self._put_away(self._viewer)
            self._stack.setCurrentWidget(self._blank)
            self.json_view.clear()
            self.details.set_warnings(())
        self.tabs.setCurrentIndex(0)

    def set_outdated(self, outdated: bool, title: str = "", message: str = "") -> None:
        """Mark the result on show as made from other inputs than the form's now (the note
        says ``title`` and ``message``; the result is dimmed, still readable), or not."""
        self.outdated_note.set_text(title, message)
        self.outdated_note.setVisible(outdated)
        self._veil.setVisible(outdated)

    def set_details(self, info: ResponseInfo | None, model: str = "", provider: str = "") -> None:
        self.details.set_response(info, model, provider)

    def clear(self) -> None:
        """Back to the empty state (forgets the conversation too)."""
        for viewer in self._viewers.values():
            viewer.clear()
        self._viewer = None
        self._error_area.hide()
        self._stack.setCurrentWidget(self._empty)
        self.json_view.clear()
        self.details.clear()

    def _put_away(self, viewer: ResultViewer | None) -> None:
        """Clear a viewer that leaves the screen (frees its images, stops its audio); a
        conversation keeps its thread to continue."""
        if viewer is not None and not isinstance(viewer, ConversationViewer):
            viewer.clear()

    def _viewer_of(self, kind: OutputKind) -> ResultViewer:
        viewer = self._viewers.get(viewer_class(kind))
        if self._viewer is not None and self._viewer is not viewer:
            self._put_away(self._viewer)
        if viewer is None:
            viewer = viewer_for(kind, self._stack)
            self._viewers[type(viewer)] = viewer
            self._stack.addWidget(viewer)
        self._viewer = viewer
        self._stack.setCurrentWidget(viewer)
        return viewer
