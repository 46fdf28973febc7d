"""``ResponseDetails``: what the HTTP response looked like (status, time, size, model,
URL, content type, and the server's request id, to quote in a bug report), and the server's
warnings beside the result (``Setting `pad_token_id`…``: raw notes, kept out of the
result's way)."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from hfi_desktop.sizes import human_size
from hfi_desktop.ui.i18n import seconds_text, shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.inference import ResponseInfo

#: The rows' keys, in English (values() is keyed by them); shown translated.
FIELDS = (QT_TRANSLATE_NOOP("ResponseDetails", "Status"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Time"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Size"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Model"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Provider"),
          QT_TRANSLATE_NOOP("ResponseDetails", "URL"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Content type"),
          QT_TRANSLATE_NOOP("ResponseDetails", "Request id"))
WARNINGS = QT_TRANSLATE_NOOP("ResponseDetails", "Server warnings")
EMPTY = "—"


def status_text(status: int | None) -> str:
    if status is None:
        return EMPTY
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


class ResponseDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        for name in (*FIELDS, WARNINGS):
            value = QLabel(EMPTY, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            layout.addRow(QCoreApplication.translate("ResponseDetails", "{name}:").format(
                name=QCoreApplication.translate("ResponseDetails", name)), value)
            self._values[name] = value

    def set_details(
        self,
        *,
        status: int | None = None,
        elapsed_s: float | None = None,
        size_bytes: int | None = None,
        model: str = "",
        provider: str = "",
        url: str = "",
        content_type: str = "",
        request_id: str | None = None,
    ) -> None:
        texts = {
            "Status": status_text(status),
            "Time": seconds_text(elapsed_s, 2) if elapsed_s is not None else EMPTY,
            "Size": shown(human_size(size_bytes)) if size_bytes is not None else EMPTY,
            "Model": model or EMPTY,
            "Provider": provider or EMPTY,
            "URL": url or EMPTY,
            "Content type": content_type or EMPTY,
            "Request id": request_id or EMPTY,
        }
        for name, text in texts.items():
            self._values[name].setText(text)

    def set_response(self, info: ResponseInfo | None, model: str = "", provider: str = ""
                     ) -> None:
        """From the call's ``CallControl.response`` (None: only the model and the provider
        asked for are known)."""
        if info is None:
            self.set_details(model=model, provider=provider)
            return
        self.set_details(
            status=info.status,
            elapsed_s=info.elapsed_s,
            size_bytes=info.bytes,
            model=model,
            provider=provider,
            url=info.url,
            content_type=info.content_type,
            request_id=info.request_id,
        )

    def set_warnings(self, warnings: Sequence[str]) -> None:
        """The server's warnings about the result on show, one a line (none: "—"); the
        response's details (:meth:`set_details`) leave them as they are."""
        self._values[WARNINGS].setText("\n".join(warnings) or EMPTY)

    def values(self) -> dict[str, str]:
        return {name: label.text() for name, label in self._values.items()}

    def clear(self) -> None:
        self.set_details()
        self.set_warnings(())
