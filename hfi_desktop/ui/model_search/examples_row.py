"""The chosen model's own examples (its card's widget entries), offered beside the task's.

An example whose file inputs are URLs (the card's ``src``) is downloaded first, in a worker,
at most ``MAX_DOWNLOAD_BYTES``, into the app's temporary folder; then the form is filled as
with the task's examples. Progress and failures show inline, never in a dialog.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hfi_desktop.bridge import create_task
from hfi_desktop.catalog.model import Example
from hfi_desktop.catalog.validation import FILE_KINDS
from hfi_desktop.hub import MAX_DOWNLOAD_BYTES, HubClient, HubError, is_url
from hfi_desktop.temp_files import write_temp_file
from hfi_desktop.ui.inputs.flow_layout import FlowLayout
from hfi_desktop.ui.inputs.message import InlineMessage, Level

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .context import ModelSearchContext

log = logging.getLogger(__name__)

#: The look of the task page's example chips (hfi_desktop/ui/task_page.py).
CHIP_STYLE = (
    "QPushButton#exampleChip { border: 1px solid palette(mid); border-radius: 11px;"
    " padding: 3px 12px; background: palette(base); }"
    "QPushButton#exampleChip:hover { border-color: palette(highlight); }"
)

_downloaded: dict[str, str] = {}  # URL → local path, for this run of the app
_downloaded_lock = threading.Lock()


def download_example_file(hub: HubClient, url: str, max_bytes: int = MAX_DOWNLOAD_BYTES) -> str:
    """The local path of the file at ``url`` (downloaded once a session). Blocking."""
    with _downloaded_lock:
        known = _downloaded.get(url)
    if known is not None and Path(known).is_file():
        return known
    data = hub.download(url, max_bytes=max_bytes)
    name = PurePosixPath(unquote(urlsplit(url).path))
    path = write_temp_file(name.stem[:40] or "example", name.suffix[:9], data)
    with _downloaded_lock:
        _downloaded[url] = str(path)
    return str(path)


class ModelExamplesRow(QWidget):
    """"From the model card:" and one chip per example; hidden when there are none."""

    def __init__(self, fill: Callable[[Example], None], search: ModelSearchContext | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelExamples")
        self._fill = fill
        self._search = search
        self._examples: list[Example] = []
        self._buttons: list[QPushButton] = []
        self._task: asyncio.Task[None] | None = None
        self.message = InlineMessage(self)
        self._label = QLabel(
            QCoreApplication.translate("ModelExamplesRow", "From the model card:"), self)
        self._label.setToolTip(QCoreApplication.translate(
            "ModelExamplesRow", "Example inputs the chosen model's card declares"))
        self._chips = QWidget(self)
        self._flow = FlowLayout(self._chips, spacing=6)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self._label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._chips, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.hide()

    def examples(self) -> list[Example]:
        return list(self._examples)

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_examples(self, examples: Sequence[Example]) -> None:
        """Show ``examples`` (replacing the previous model's); none: the row hides."""
        self._cancel()
        for button in self._buttons:
            self._flow.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self._examples = list(examples)
        self.message.clear_message()
        for example in self._examples:
            button = QPushButton(example.title, self._chips)
            button.setObjectName("exampleChip")
            button.setStyleSheet(CHIP_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(QCoreApplication.translate(
                "ModelExamplesRow", "Fill the form with this example from the model's card"))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, e=example: self.use(e))
            self._flow.addWidget(button)
            self._buttons.append(button)
        if self._buttons:  # the label on the chips' middle line
            self._label.setMinimumHeight(self._buttons[0].sizeHint().height())
        self.setVisible(bool(self._examples))

    def use(self, example: Example) -> None:
        """Fill the form with ``example``, downloading its files first if they are URLs."""
        urls = {k: v for k, v in example.values.items() if isinstance(v, str) and is_url(v)
                and self._is_file_key(k)}
        if not urls:
            self._fill(example)
            return
        self._cancel()
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop runs the GUI (a bare test): cannot download
            self.message.show_message(QCoreApplication.translate(
                "ModelExamplesRow", "The example's files cannot be downloaded now"), Level.ERROR)
            return
        self._task = create_task(self._download_then_fill(example, urls),
                                 name="model card example")

    def _is_file_key(self, key: str) -> bool:
        if self._search is None:
            return False
        return any(f.key == key and f.kind in FILE_KINDS for f in self._search.spec.inputs)

    async def _download_then_fill(self, example: Example, urls: dict[str, str]) -> None:
        assert self._search is not None
        hub, bridge = self._search.hub, self._search.bridge
        values = dict(example.values)
        self.message.show_message(QCoreApplication.translate(
            "ModelExamplesRow", "Downloading the example “{title}”…").format(
                title=example.title), Level.INFO)
        for button in self._buttons:
            button.setEnabled(False)
        try:
            for key, url in urls.items():
                values[key] = await bridge.run(
                    lambda url=url: download_example_file(hub, url))  # type: ignore[misc]
        except asyncio.CancelledError:
            return
        except (HubError, OSError) as error:
            self.message.show_message(QCoreApplication.translate(
                "ModelExamplesRow", "Could not download the example: {error}").format(
                    error=error), Level.ERROR)
            return
        finally:
            for button in self._buttons:
                button.setEnabled(True)
        self.message.clear_message()
        self._fill(Example(example.title, values, example.parameters))

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
