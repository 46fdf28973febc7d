"""Tools ▸ Download a model…: a Hub model into the local Hub cache, for the local engine.

The download runs in a worker (hfi_desktop/local/download.py); its progress (bytes done of
the total, speed, time left) comes back through the bridge. Cancel stops it at the next
chunk and leaves nothing counted as a model. With HF_HUB_OFFLINE set the dialog says
downloads are off. The user's token goes along only where the client would send it (a
Hugging Face host, or a mirror the user trusts).
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.bridge import create_task
from hfi_desktop.hub import is_hub_id
from hfi_desktop.local.download import (
    OFFLINE_MESSAGE,
    DownloadCancelled,
    DownloadError,
    Progress,
    download_model,
    offline,
    progress_text,
)
from hfi_desktop.local.hub_cache import cache_folder
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.inputs.message import InlineMessage, Level

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.inference import HfInference

    from .sources_service import LocalSourcesService

_STEPS = 1000  # the bar's range (a model's bytes overflow a QProgressBar's int)


class DownloadDialog(QDialog):
    """``downloaded(model_id)`` after a model is in the cache."""

    downloaded = Signal(str)

    def __init__(self, bridge: Bridge, client: Callable[[], HfInference],
                 local: LocalSourcesService, model_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadModel")
        self.setWindowTitle(QCoreApplication.translate("DownloadDialog", "Download a model"))
        self._bridge, self._client, self._local = bridge, client, local
        self._cancel = threading.Event()
        self._task: asyncio.Task[None] | None = None
        self.model_edit = QLineEdit(model_id, self)
        self.model_edit.setPlaceholderText(QCoreApplication.translate(
            "DownloadDialog", "owner/name, e.g. distilbert/distilbert-base-uncased"))
        self.model_edit.setAccessibleName(
            QCoreApplication.translate("DownloadDialog", "Model to download"))
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(
            QCoreApplication.translate("DownloadDialog", "Download progress"))
        self.status = QLabel(self)
        self.status.setObjectName("downloadStatus")
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.download_button = QPushButton(
            QCoreApplication.translate("DownloadDialog", "Download"), self)
        self.download_button.setDefault(True)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("DownloadDialog", "Cancel download"), self)
        self.close_button = QPushButton(QCoreApplication.translate("DownloadDialog", "Close"), self)
        for button, role in ((self.download_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.close_button, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            QCoreApplication.translate("DownloadDialog", "Model id on the Hub:"), self))
        layout.addWidget(self.model_edit)
        layout.addWidget(self.source)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.download_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.model_edit.returnPressed.connect(self.start)
        self._describe_source()
        self._set_busy(False)
        if offline():
            self.message.show_message(shown(OFFLINE_MESSAGE), Level.ERROR)
            self.download_button.setEnabled(False)

    def _endpoint(self) -> str:
        return self._client().hub_url.rstrip("/")

    def _token(self) -> str | None:
        """The user's token, if the client would send it to the Hub in effect."""
        token = self._local.hub_token()
        return token if token and self._client().sends_token_to(self._endpoint()) else None

    def _describe_source(self) -> None:
        endpoint = self._endpoint()
        host = endpoint.split("://", 1)[-1]
        if self._token() is not None:
            text = QCoreApplication.translate(
                "DownloadDialog", "From {host}, with your access token.\nInto {folder}")
        elif self._local.hub_token():
            text = QCoreApplication.translate(
                "DownloadDialog", "From {host}, without your access token ({host} is not "
                "trusted): public models only.\nInto {folder}")
        else:
            text = QCoreApplication.translate(
                "DownloadDialog", "From {host}, with no access token: public models only.\n"
                "Into {folder}")
        self.source.setText(text.format(host=host, folder=cache_folder()))

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _set_busy(self, busy: bool) -> None:
        self.download_button.setEnabled(not busy and not offline())
        self.model_edit.setReadOnly(busy)
        self.cancel_button.setEnabled(busy)

    # -- the download ------------------------------------------------------------------------

    def start(self) -> None:
        model = self.model_edit.text().strip()
        if self.is_busy():
            return
        if offline():
            self.message.show_message(shown(OFFLINE_MESSAGE), Level.ERROR)
            return
        if not is_hub_id(model):
            self.message.show_message(QCoreApplication.translate(
                "DownloadDialog", "Type a model id from the Hub: owner/name."), Level.ERROR)
            return
        self._cancel = threading.Event()
        self.bar.setValue(0)
        self.status.setText(
            QCoreApplication.translate("DownloadDialog", "Listing the model's files…"))
        self.message.clear_message()
        self._set_busy(True)
        self._task = create_task(self._download(model), name=f"download {model}")

    async def _download(self, model: str) -> None:
        endpoint, token, cancel = self._endpoint(), self._token(), self._cancel
        report = self._bridge.gui_callback(self._show_progress)
        folder = cache_folder()

        def work() -> Path:
            return download_model(model, endpoint=endpoint, token=token, cache_dir=folder,
                                  report=report, cancel=cancel)

        try:
            await self._bridge.run(work)
        except DownloadCancelled:
            self._finish(QCoreApplication.translate(
                "DownloadDialog", "Cancelled: {model} was not kept.").format(model=model),
                Level.INFO)
            return
        except DownloadError as error:
            self._finish(shown(error.text), Level.ERROR)
            return
        except asyncio.CancelledError:
            cancel.set()
            raise
        self.bar.setValue(_STEPS)
        self._local.cache.refresh(self._bridge)
        self._finish(QCoreApplication.translate(
            "DownloadDialog", "{model} is in your Hub cache: choose “Local engine” as the "
            "provider to run it on this computer.").format(model=model), Level.OK)
        self.downloaded.emit(model)

    def _show_progress(self, progress: Progress) -> None:
        if self._cancel.is_set() or not self.is_busy():
            return
        if progress.total:
            self.bar.setValue(round(_STEPS * progress.done / progress.total))
        self.status.setText(shown(progress_text(progress)))
        self.status.setToolTip(progress.file)

    def _finish(self, text: str, level: Level) -> None:
        self._task = None
        self._set_busy(False)
        if level is not Level.OK:
            self.status.clear()
            self.bar.setValue(0)
        self.message.show_message(text, level)

    def cancel(self) -> None:
        """Stop the download at its next chunk (its partial files are removed)."""
        if self.is_busy():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("DownloadDialog", "Cancelling…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()  # closing it stops the download (the worker cleans up)
        super().closeEvent(event)



def open_download(bridge: Bridge, client: Callable[[], HfInference], local: LocalSourcesService,
                  parent: QWidget, model_id: str = "") -> DownloadDialog:
    """Show the window's download dialog (one per window: raised again if open), with
    ``model_id`` filled in when no download runs."""
    dialog = parent.findChild(DownloadDialog, "downloadModel")
    if dialog is None:
        dialog = DownloadDialog(bridge, client, local, model_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    elif model_id and not dialog.is_busy():
        dialog.model_edit.setText(model_id)
        dialog.message.clear_message()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
