"""What the image, audio and file drop zones share: drag and drop, Browse…, paste of a copied
file, the empty/busy/preview pages, and the load-request protocol.

A drop zone does no I/O: it asks for loads with ``load_requested`` and is answered with
``set_loaded`` / ``set_error`` (see :mod:`hfi_desktop.ui.inputs.loading`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QMetaMethod, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.media import kinds
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._drop_parts import (
    BusyPage,
    DragState,
    DropFrame,
    EmptyPage,
    PreviewPage,
)
from hfi_desktop.ui.inputs._style import SPACING
from hfi_desktop.ui.inputs._widgets import IconKind
from hfi_desktop.ui.inputs.base import InputWidget
from hfi_desktop.ui.inputs.loading import Loader, LoadRequest, bind_loader

if TYPE_CHECKING:
    from collections.abc import Sequence

_last_folder = ""  # where Browse… opens next (shared by all zones, this run only)
#: The words of hfi_desktop.media.kinds (noun_for, short_names), translated where shown.
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("DropZone", "an image"),
    QT_TRANSLATE_NOOP("DropZone", "an audio file"),
    QT_TRANSLATE_NOOP("DropZone", "a file"),
    QT_TRANSLATE_NOOP("DropZone", "image"),
    QT_TRANSLATE_NOOP("DropZone", "audio file"),
    QT_TRANSLATE_NOOP("DropZone", "file"),
    QT_TRANSLATE_NOOP("DropZone", "any image"),
    QT_TRANSLATE_NOOP("DropZone", "any audio file"),
    QT_TRANSLATE_NOOP("DropZone", "any file"),
)


@dataclass(frozen=True)
class _Verdict:
    source: Any = None  # a path, or image data
    name: str = ""
    refusal: str = ""


class DropZone(InputWidget):
    """Base of :class:`ImageDropZone`, :class:`AudioDropZone` and :class:`FileDropZone`.

    Signals: ``changed()``, ``error_shown(str)``, ``load_requested(LoadRequest)``,
    ``busy_changed(bool)``. The value is the loaded result's :class:`FileValue` (or None).
    """

    load_requested = Signal(object)
    busy_changed = Signal(bool)

    #: Set by subclasses.
    icon_kind = IconKind.IMAGE
    dialog_caption = QT_TRANSLATE_NOOP("DropZone", "Choose a file")
    dialog_title = QT_TRANSLATE_NOOP("DropZone", "Files")
    result_type: type = object

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        loader: Loader | None = None,
        accepted_kinds: Sequence[str] = ("*/*",),
    ) -> None:
        super().__init__(parent)
        self._accepted = tuple(accepted_kinds)
        self._extensions = kinds.extensions_for(self._accepted)
        self._noun = kinds.noun_for(self._accepted)
        self._token = 0
        self._busy = False
        self._result: Any = None
        self._drag_state = DragState.IDLE
        self._drag_refusal = ""
        self._dialog: QFileDialog | None = None

        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._frame = DropFrame(self, self)
        self._stack = QStackedWidget(self._frame)
        self._empty_page = self._build_empty_page()
        self._busy_page = BusyPage(self._stack)
        self._busy_label = self._busy_page.label
        self._preview_page = self._build_preview()
        for page in (self._empty_page, self._busy_page, self._preview_page):
            self._stack.addWidget(page)

        self.browse_button = self._button(
            QCoreApplication.translate("DropZone", "Browse\u2026"),
            QCoreApplication.translate("DropZone", "Browse for {noun}").format(
                noun=self._noun_shown()),
            self.browse,
        )
        self.clear_button = self._button(
            QCoreApplication.translate("DropZone", "Clear"),
            QCoreApplication.translate("DropZone", "Clear the {noun}").format(
                noun=self._noun_bare()),
            self.clear,
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addStretch(1)
        buttons.addWidget(self.browse_button)
        for button in self._extra_buttons():
            buttons.addWidget(button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        frame_layout = QVBoxLayout(self._frame)
        frame_layout.setContentsMargins(16, 14, 16, 14)
        frame_layout.setSpacing(10)
        frame_layout.addWidget(self._stack, 1)
        frame_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._frame, 1)
        layout.addWidget(self.message_label)

        self._show_page()
        if loader is not None:
            bind_loader(self, loader)

    # --------------------------------------------------------------- for subclasses
    def _build_preview(self) -> PreviewPage:
        raise NotImplementedError

    def _extra_buttons(self) -> list[QPushButton]:
        return []

    def _show_result(self, result: Any) -> None:
        raise NotImplementedError

    def _clear_result(self) -> None:
        """Forget what the preview shows (stop playback…)."""

    def _accepts_image_data(self) -> bool:
        return False

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(self.has_value() or self._busy)

    # ---------------------------------------------------------------------- value
    def value(self) -> object:
        """The loaded file (:class:`FileValue`), or None."""
        return None if self._result is None else self._result.file

    def loaded(self) -> Any:
        """The whole loader result (LoadedImage / LoadedAudio), or None."""
        return self._result

    def has_value(self) -> bool:
        return self._result is not None

    def set_value(self, value: object) -> None:
        """None clears; a loader result is shown as is; a path, bytes or FileValue is loaded
        through the loader (``changed`` fires when it is done)."""
        if value is None:
            self.clear()
        elif isinstance(value, self.result_type):
            self._token += 1
            self.set_loaded(value, self._token)
        elif isinstance(value, str):
            self.begin_load(value, os.path.basename(value) or value)
        elif isinstance(value, bytes):
            self.begin_load(value, self._noun_bare())
        elif isinstance(value, FileValue):
            self.begin_load(value.path or value.data, value.name)
        else:
            raise TypeError(f"can't show a {type(value).__name__} in a drop zone")

    def clear(self) -> None:
        had_value = self.has_value()
        self._token += 1  # a load still running will be ignored
        self._result = None
        self._clear_result()
        self._set_busy(False)
        self.clear_message()
        self._show_page()
        if had_value:
            self.changed.emit()

    # -------------------------------------------------------------- load protocol
    def begin_load(self, source: Any, name: str) -> int:
        """Ask for ``source`` to be loaded; returns the request's token."""
        self._token += 1
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.load_requested)):
            self.show_error(
                QCoreApplication.translate(
                    "DropZone", "{name} can't be loaded: this input has no loader connected."
                ).format(name=name)
            )
            return self._token
        self.clear_message()
        self._busy_label.setText(
            QCoreApplication.translate("DropZone", "Loading {name}\u2026").format(name=name)
        )
        self._set_busy(True)
        self.load_requested.emit(LoadRequest(source, name, self._token))
        return self._token

    def set_loaded(self, result: Any, token: int | None = None) -> None:
        if token is not None and token != self._token:
            return  # an older request: superseded
        mime = result.file.mime
        if not kinds.matches(mime, self._accepted):
            self._set_busy(False)
            fmt = getattr(result, "format", "") or mime
            self.show_error(
                QCoreApplication.translate(
                    "DropZone", "{name} is a {format} file; this input takes {kinds}."
                ).format(name=result.file.name, format=fmt, kinds=self._kinds_shown())
            )
            return
        self._clear_result()
        self._result = result
        self._show_result(result)
        self._set_busy(False)
        self.clear_message()
        self.changed.emit()

    def set_error(self, message: str, token: int | None = None) -> None:
        if token is not None and token != self._token:
            return
        self._set_busy(False)
        self.show_error(message)

    def is_busy(self) -> bool:
        return self._busy

    def busy_text(self) -> str:
        return self._busy_label.text() if self._busy else ""

    # ------------------------------------------------------------------- browse
    def browse(self) -> None:
        """Open a file dialog (window-modal, without a nested event loop)."""
        if self._dialog is not None:
            self._dialog.raise_()
            return
        dialog = QFileDialog(
            self,
            QCoreApplication.translate("DropZone", self.dialog_caption),
            _last_folder,
            kinds.dialog_filter(
                self._accepted, QCoreApplication.translate("DropZone", self.dialog_title)
            ),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(self._on_file_chosen)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def file_dialog(self) -> QFileDialog | None:
        """The Browse… dialog while it is open."""
        return self._dialog

    def _on_file_chosen(self, path: str) -> None:
        global _last_folder
        if path:
            _last_folder = os.path.dirname(path)
            self.begin_load(path, os.path.basename(path))

    def _on_dialog_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    # -------------------------------------------------------------- drag and drop
    def drag_state(self) -> DragState:
        return self._drag_state

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        verdict = self._judge(event.mimeData())
        if verdict.refusal:
            self._drag_refusal = verdict.refusal
            self._set_drag_state(DragState.REFUSE)
            self.show_error(verdict.refusal)
            # Accepted so that dragLeave comes (to undo the red), but with no action: the
            # cursor says "no" and no drop happens.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            return
        self._set_drag_state(DragState.ACCEPT)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drag_state is DragState.REFUSE:
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        if self._drag_state is DragState.REFUSE and self.message() == self._drag_refusal:
            self.clear_message()
        self._drag_refusal = ""
        self._set_drag_state(DragState.IDLE)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        verdict = self._judge(event.mimeData())
        self._drag_refusal = ""
        self._set_drag_state(DragState.IDLE)
        if verdict.refusal:
            self.show_error(verdict.refusal)
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.begin_load(verdict.source, verdict.name)

    def _judge(self, mime: QMimeData) -> _Verdict:
        """Whether a drag fits, judged from its MIME data only (no file is touched)."""
        image_data = self._accepts_image_data() and mime.hasImage()
        if mime.hasUrls() and not (image_data and not any(u.isLocalFile() for u in mime.urls())):
            urls = mime.urls()
            if len(urls) != 1:
                return _Verdict(
                    refusal=QCoreApplication.translate(
                        "DropZone", "Drop one file at a time (you dragged {count})."
                    ).format(count=len(urls))
                )
            url = urls[0]
            if not url.isLocalFile():
                shown = url.fileName() or url.toDisplayString()
                return _Verdict(
                    refusal=QCoreApplication.translate(
                        "DropZone",
                        "{name} is a link, not a file on this computer. "
                        "Save it first, then drop the saved file.",
                    ).format(name=shown)
                )
            path = url.toLocalFile()
            name = os.path.basename(path.rstrip("/")) or path
            ext = os.path.splitext(name)[1].lower()
            if ext and not kinds.accepts_any(self._accepted) and ext not in self._extensions:
                refusal = QCoreApplication.translate(
                    "DropZone", "{name} is not {noun} ({ext} files can't be used here)."
                ).format(name=name, noun=self._noun_shown(), ext=ext)
                return _Verdict(refusal=f"{refusal} {self._kinds_hint()}")
            return _Verdict(source=path, name=name)
        if image_data:  # e.g. an image dragged out of a web browser: its pixels, not its link
            return _Verdict(source=mime.imageData(), name="dropped image.png")
        if mime.hasText():
            refusal = QCoreApplication.translate(
                "DropZone", "Only files can be dropped here (this is text)."
            )
        else:
            refusal = QCoreApplication.translate("DropZone", "Only files can be dropped here.")
        return _Verdict(refusal=f"{refusal} {self._kinds_hint()}")

    def _kinds_hint(self) -> str:
        return QCoreApplication.translate("DropZone", "Drop {kinds}.").format(
            kinds=self._kinds_shown()
        )

    def _kinds_shown(self) -> str:
        """The accepted kinds ("any image", "PNG, JPEG or WebP"), translated where they are
        words."""
        return QCoreApplication.translate("DropZone", kinds.short_names(self._accepted))

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.browse()
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Delete) and self.has_value():
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)

    def paste(self) -> None:
        """Load what the clipboard holds (subclasses take more than file URLs)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            verdict = self._judge(mime)
            if verdict.refusal:
                self.show_error(verdict.refusal)
            else:
                self.begin_load(verdict.source, verdict.name)
            return
        self.show_error(
            QCoreApplication.translate(
                "DropZone", "The clipboard holds no {noun} file to paste."
            ).format(noun=self._noun_bare())
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._frame.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._frame.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._frame.update()

    # ------------------------------------------------------------------- helpers
    def _noun_shown(self) -> str:
        """The accepted kind's noun ("an image"), in the user's language."""
        return QCoreApplication.translate("DropZone", self._noun)

    def _noun_bare(self) -> str:
        """The noun without its article ("an image" → "image"), in the user's language."""
        return QCoreApplication.translate("DropZone", self._noun.split(" ", 1)[1])

    def _button(self, text: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self._frame)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _set_busy(self, busy: bool) -> None:
        changed = busy != self._busy
        self._busy = busy
        self._show_page()
        if changed:
            self.busy_changed.emit(busy)

    def _set_drag_state(self, state: DragState) -> None:
        self._drag_state = state
        self._frame.update()

    def _show_page(self) -> None:
        page: QWidget
        if self._busy:
            page = self._busy_page
        elif self._result is not None:
            page = self._preview_page
        else:
            page = self._empty_page
        self._stack.setCurrentWidget(page)
        self._update_buttons()
        self._frame.update()

    def _build_empty_page(self) -> EmptyPage:
        title = QCoreApplication.translate("DropZone", "Drop {noun} here").format(
            noun=self._noun_shown()
        )
        page = EmptyPage(self.icon_kind, title, self._empty_hint_text(), self._stack)
        self.empty_hint = page.hint
        return page

    def _empty_hint_text(self) -> str:
        return QCoreApplication.translate("DropZone", "or use Browse\u2026")
