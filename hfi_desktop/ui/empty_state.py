"""The main window's first page, before a task is chosen: a first example to run and where
the access token goes (a full first-run welcome comes with packaging)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.i18n import catalog_text, translate
from hfi_desktop.ui.inputs._style import css, muted_text

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec

TITLE = QT_TRANSLATE_NOOP("EmptyState", "Try a model on your own input")
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
        title = QLabel(f"<b style='font-size:16pt'>{translate('EmptyState', TITLE)}</b>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        task = catalog_text(example.title)
        self.example_button = QPushButton(
            translate("EmptyState", "Open {task} with an example").format(task=task), self)
        self.example_button.setObjectName("firstExample")
        self.example_button.setDefault(True)
        self.token_button = QPushButton(translate("EmptyState", "Add an access token…"), self)
        self.token_button.setObjectName("addToken")
        self.token_help_button = QPushButton(translate("EmptyState", "How do I get one?"), self)
        self.token_help_button.setObjectName("tokenHelp")

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        summary = catalog_text(example.summary)
        column.addWidget(self._step(
            translate("EmptyState", "1. Run a first example"),
            translate("EmptyState", "{task}: {summary} The example fills in the form; then "
                      "press Run.").format(task=task,
                                           summary=summary[:1].lower() + summary[1:]),
            self.example_button))
        column.addWidget(self._step(
            translate("EmptyState", "2. Add your Hugging Face access token"),
            translate("EmptyState", "Many models answer only with one, and it raises your "
                      "limits. It is free."),
            self.token_button, self.token_help_button))
        hint = QLabel(translate("EmptyState", "Or choose any task on the left ({keys} filters "
                                "them). Help ▸ Keyboard shortcuts lists every shortcut.")
                      .format(keys=filter_keys), self)
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
