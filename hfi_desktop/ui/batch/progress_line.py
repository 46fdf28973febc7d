"""The batch's progress: a bar over every cell and a line of counts (done, failed,
remaining), the time left, and why calls wait (429, a model loading) or that it is paused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

if TYPE_CHECKING:
    from hfi_desktop.batch.model import BatchProgress


def duration_text(seconds: float) -> str:
    """"45 s", "3 min 05 s", "1 h 02 min"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return QCoreApplication.translate("BatchProgress", "{s} s").format(s=whole)
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return QCoreApplication.translate("BatchProgress", "{m} min {s:02d} s").format(
            m=minutes, s=secs)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("BatchProgress", "{h} h {m:02d} min").format(
        h=hours, m=minutes)


def progress_text(progress: BatchProgress) -> str:
    parts = [QCoreApplication.translate(
        "BatchProgress", "{done} done · {failed} failed · {remaining} remaining").format(
        done=progress.done, failed=progress.failed, remaining=progress.remaining)]
    if progress.paused:
        parts.append(QCoreApplication.translate("BatchProgress", "paused"))
    elif progress.remaining and progress.eta_s is not None:
        parts.append(QCoreApplication.translate("BatchProgress", "about {time} left").format(
            time=duration_text(progress.eta_s)))
    if progress.waiting:
        parts.append(progress.waiting)
    return " · ".join(parts)


class ProgressLine(QWidget):
    """The bar (finished cells over all) and the counts beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("batchProgressBar")
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p%")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label = QLabel(self)
        self.label.setObjectName("batchProgressText")
        # Its text changes every tick: it must not lay the window out again each time.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)

    def show_progress(self, progress: BatchProgress) -> None:
        if self.bar.maximum() != max(progress.total, 1):
            self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done + progress.failed)
        text = progress_text(progress)
        self.label.setText(text)
        self.label.setToolTip(text)
