"""What a task's page takes, in one line under its summary ("Input: Text (a text) · Candidate
labels (one or more labels)"), made from the catalog's input fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hfi_desktop.catalog import InputKind
from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec

_CONTEXT = "InputSummary"
#: What each kind of field takes, as the page's reader says it.
_KIND_WORDS: dict[InputKind, str] = {
    InputKind.TEXT: str(QT_TRANSLATE_NOOP("InputSummary", "a line of text")),
    InputKind.LONG_TEXT: str(QT_TRANSLATE_NOOP("InputSummary", "a text")),
    InputKind.IMAGE: str(QT_TRANSLATE_NOOP("InputSummary", "an image: a file, dropped or pasted")),
    InputKind.AUDIO: str(QT_TRANSLATE_NOOP("InputSummary", "a sound clip: a file or a recording")),
    InputKind.TABLE: str(QT_TRANSLATE_NOOP("InputSummary", "a table: typed, pasted or a CSV file")),
    InputKind.TEXT_LIST: str(QT_TRANSLATE_NOOP("InputSummary", "one or more entries")),
    InputKind.CONVERSATION: str(QT_TRANSLATE_NOOP("InputSummary", "a conversation")),
    InputKind.JSON: str(QT_TRANSLATE_NOOP("InputSummary", "JSON")),
    InputKind.CHOICE: str(QT_TRANSLATE_NOOP("InputSummary", "a choice")),
    InputKind.FILE: str(QT_TRANSLATE_NOOP("InputSummary", "any file")),
}


def input_summary(spec: TaskSpec) -> str:
    """``Input: Question (a line of text) · Context (a text)``; optional fields said so."""
    parts = []
    for field in spec.inputs:
        what = QCoreApplication.translate(_CONTEXT, _KIND_WORDS[field.kind])
        if not field.required:
            # The context spelled out: lupdate reads literals only.
            what = QCoreApplication.translate("InputSummary", "{what}, optional").format(
                what=what)
        parts.append(f"{catalog_text(field.label)} ({what})")
    return QCoreApplication.translate("InputSummary", "Input: {fields}").format(
        fields=" · ".join(parts))
