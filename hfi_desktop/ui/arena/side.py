"""One side of an arena round: "A" or "B", its run's status and its result, in the viewers
every page and comparison column uses (a ResultPanel, run by a RunController, as a
comparison's ModelColumn is). The model stays hidden until the vote: the header says only
"A", and the panel's JSON and Details tabs (which name the model and its provider) are
disabled until :meth:`ArenaSide.reveal`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hfi_desktop.runs import RunState
from hfi_desktop.ui.run_controller import RunController
from hfi_desktop.ui.run_status import RunStatus
from hfi_desktop.ui.viewers import ResultPanel

if TYPE_CHECKING:
    import asyncio

    from hfi_desktop.arena import Target
    from hfi_desktop.runs import Run
    from hfi_desktop.ui.services import Services

#: The panel's tabs that name the model (JSON: a chat answer's "model"; Details).
_NAMING_TABS = (1, 2)


class ArenaSide(QFrame):
    """A side of the arena: its letter, then (after the vote) the target and its latency."""

    finished = Signal(object)  # ArenaSide, after its run ends (any state)

    def __init__(self, letter: str, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"arenaSide{letter}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.letter = letter
        self.title = QLabel(self)
        self.title.setObjectName("arenaSideTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = RunStatus(self)
        self.status.label.setWordWrap(True)
        self.panel = ResultPanel(self)
        self.runs = RunController(services, self.panel, self.status, self,
                                  name=f"arena {letter}")
        self.runs.run_completed.connect(self._completed)
        # The status line's outcome (HTTP status, time, size) kept until the reveal: the
        # size of an answer can tell a model (a chat reply carries the model's name).
        self._outcome = ""
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.setSpacing(12)
        header.addWidget(self.title)
        header.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.panel, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hide_name()

    def hide_name(self) -> None:
        """Only the letter; the tabs that would name the model disabled."""
        self.title.setText(self.letter)
        self.title.setToolTip(QCoreApplication.translate(
            "ArenaSide", "The model is named after your vote"))
        self.panel.tabs.setCurrentIndex(0)
        for index in _NAMING_TABS:
            self.panel.tabs.setTabEnabled(index, False)

    def _completed(self, _run: Run) -> None:
        if not self.panel.tabs.isTabEnabled(_NAMING_TABS[0]):  # still blind
            self._outcome = self.status.label.text()
            self.status.finish(QCoreApplication.translate(
                "ArenaSide", "Finished (its figures after your vote)"))
        self.finished.emit(self)

    def reveal(self, target: Target) -> None:
        """Name the target, with its latency, and enable the JSON and Details tabs."""
        if self._outcome:
            self.status.finish(self._outcome)
            self._outcome = ""
        latency = self.latency_s()
        shown = (QCoreApplication.translate("ArenaSide", "{letter}: {target} · {seconds:.2f} s")
                 .format(letter=self.letter, target=target.label(), seconds=latency)
                 if latency is not None else
                 QCoreApplication.translate("ArenaSide", "{letter}: {target} · no answer")
                 .format(letter=self.letter, target=target.label()))
        self.title.setText(shown)
        self.title.setToolTip(target.label())
        for index in _NAMING_TABS:
            self.panel.tabs.setTabEnabled(index, True)

    def start(self, run: Run) -> asyncio.Task[None]:
        self.hide_name()
        self._outcome = ""
        return self.runs.start(run)

    def cancel(self) -> None:
        self.runs.cancel()

    def is_running(self) -> bool:
        return self.runs.is_running()

    @property
    def run(self) -> Run | None:
        return self.runs.run

    def latency_s(self) -> float | None:
        """The answer's time (None: no answer, or it failed)."""
        run = self.runs.run
        if run is None or run.state is not RunState.DONE:
            return None
        return run.elapsed_s
