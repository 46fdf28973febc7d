"""The main window's first page, before a task is chosen: a first example to run and where
the access token goes (a full first-run welcome comes with packaging)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hfi_desktop.ui.inputs._style import css, muted_text

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec

TITLE = "Try a model on your own input"
WIDTH = 520


class EmptyState(QWidget):
    """Emits ``example_requested`` (open the first example, ready to run),
    ``token_requested`` (the token's settings) and ``token_help_requested`` (how to get
    one)."""

    example_requested = Signal()
    token_requested = Signal()
    token_help_requested = Signal()

    def __init__(self, example: TaskSpec, filter_keys: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(f"<b style='font-size:16pt'>{TITLE}</b>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.example_button = QPushButton(f"Open {example.title} with an example", self)
        self.example_button.setObjectName("firstExample")
        self.example_button.setDefault(True)
        self.token_button = QPushButton("Add an access token…", self)
        self.token_button.setObjectName("addToken")
        self.token_help_button = QPushButton("How do I get one?", self)
        self.token_help_button.setObjectName("tokenHelp")

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(self._step(
            "1. Run a first example",
            f"{example.title}: {example.summary[:1].lower()}{example.summary[1:]} The "
            "example fills in the form; then press Run.",
            self.example_button))
        column.addWidget(self._step(
            "2. Add your Hugging Face access token",
            "Many models answer only with one, and it raises your limits. It is free.",
            self.token_button, self.token_help_button))
        hint = QLabel(f"Or choose any task on the left ({filter_keys} filters them). "
                      "Help ▸ Keyboard shortcuts lists every shortcut.", self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        hint.setStyleSheet(f"color: {css(muted_text(self.palette()))};")
        column.addWidget(hint)
        holder = QWidget(self)
        holder.setFixedWidth(WIDTH)  # wrapped text gets the height it needs at this width
        holder.setLayout(column)
        centred = QHBoxLayout()  # not an alignment flag: that breaks wrapped text's height
        centred.addStretch(1)
        centred.addWidget(holder)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

        self.example_button.clicked.connect(self.example_requested)
        self.token_button.clicked.connect(self.token_requested)
        self.token_help_button.clicked.connect(self.token_help_requested)

    def _step(self, heading: str, text: str, *buttons: QPushButton) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        label = QLabel(f"<b>{heading}</b><br>{text}", frame)
        label.setWordWrap(True)
        layout.addWidget(label)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return frame
