"""The main window's first page: the welcome (what the app does, the token, trying without
one, a first example) until a run has succeeded; then only the first example and where the
tasks are. Help ▸ Welcome shows the whole welcome again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from hfi_desktop.inference.urls import PROVIDERS_PERMISSION, TOKENS_PAGE
from hfi_desktop.local.engine_start import INSTALL_COMMAND
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs._style import css, muted_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hfi_desktop.catalog import TaskSpec

WIDTH = 560
translate = QCoreApplication.translate


class WelcomePage(QScrollArea):
    """Emits ``example_requested`` (open the first example, ready to run),
    ``token_requested`` (paste a token: Settings ▸ Account, checked with the Hub),
    ``token_help_requested`` (how to get one) and ``try_requested`` (run without a token:
    on this computer when ``local_engine``, else a public example)."""

    example_requested = Signal()
    token_requested = Signal()
    token_help_requested = Signal()
    try_requested = Signal()

    def __init__(self, example: TaskSpec, filter_keys: str, *, local_engine: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QFrame(self)
        body.setObjectName("welcomeBody")
        self.title = QLabel(body)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.intro = QLabel(translate(
            "WelcomePage",
            "Try the models of the Hugging Face Hub on your own text, images and sound: "
            "choose a task, type or drop an input, press Run.<br>"
            "Compare models side by side, keep every run in the history, and copy a run "
            "as code for your own programs.<br>"
            "Calls go to Inference Providers through Hugging Face, to your own endpoints, "
            "or to models running on this computer."), body)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("welcomeIntro")

        task = catalog_text(example.title)
        self.example_button = QPushButton(translate(
            "WelcomePage", "Open {task} with an example").format(task=task), body)
        self.example_button.setObjectName("firstExample")
        self.example_button.setDefault(True)
        self.token_button = QPushButton(translate("WelcomePage", "Add an access token…"), body)
        self.token_button.setObjectName("addToken")
        self.token_help_button = QPushButton(translate("WelcomePage", "How do I get one?"), body)
        self.token_help_button.setObjectName("tokenHelp")
        self.try_button = QPushButton(
            translate("WelcomePage", "Try it on this computer") if local_engine
            else translate("WelcomePage", "Try a public example"), body)
        self.try_button.setObjectName("tryWithoutToken")

        summary = catalog_text(example.summary)
        summary = summary[:1].lower() + summary[1:]
        self.example_card = self._card(
            body, translate("WelcomePage", "Run a first example"),
            translate("WelcomePage",
                      "{task}: {summary} The example fills in the form; then press Run."
                      ).format(task=task, summary=summary),
            self.example_button)
        self.token_card = self._card(
            body, translate("WelcomePage", "Add your Hugging Face token"),
            translate("WelcomePage",
                      "Many models answer only with one, and it raises your limits. It is "
                      "free: on <a href='{url}'>huggingface.co/settings/tokens</a> create a "
                      "fine-grained token with the permission <b>{permission}</b>, copy it "
                      "and paste it after “Add an access token…”: the app checks it with "
                      "the Hub.").format(url=TOKENS_PAGE, permission=PROVIDERS_PERMISSION),
            self.token_button, self.token_help_button)
        self.try_card = self._card(
            body, translate("WelcomePage", "Try without a token"),
            translate("WelcomePage",
                      "The local engine runs Hub models on this computer (downloaded once, "
                      "then offline): this opens {task} with its example, “On this "
                      "computer” chosen.").format(task=task) if local_engine
            else translate("WelcomePage",
                           "Public examples run without a token, within lower limits. To run "
                           "models on this computer, install the local extra: {command}"
                           ).format(command=f"<tt>{INSTALL_COMMAND}</tt>"),
            self.try_button)
        self.hint = QLabel(translate(
            "WelcomePage",
            "Or choose any task on the left ({keys} filters them). Help ▸ Keyboard "
            "shortcuts lists every shortcut.").format(keys=filter_keys), body)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setStyleSheet(f"color: {css(muted_text(self.palette()))};")

        column = QVBoxLayout()
        column.setSpacing(14)
        for widget in (self.title, self.intro, self.example_card, self.token_card,
                       self.try_card, self.hint):
            column.addWidget(widget)
        holder = QFrame(body)
        holder.setMaximumWidth(WIDTH)  # wrapped text gets the height it needs
        holder.setMinimumWidth(WIDTH * 2 // 3)
        holder.setLayout(column)
        centred = QHBoxLayout()  # not an alignment flag: that breaks wrapped text's height
        centred.addStretch(1)
        centred.addWidget(holder, 100)
        centred.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.setWidget(body)

        self.example_button.clicked.connect(self.example_requested)
        self.token_button.clicked.connect(self.token_requested)
        self.token_help_button.clicked.connect(self.token_help_requested)
        self.try_button.clicked.connect(self.try_requested)
        self.set_full(True)

    def set_full(self, full: bool) -> None:
        """The whole welcome (``full``), or, once a run has succeeded, the first example
        alone."""
        self.title.setText("<b style='font-size:16pt'>{}</b>".format(
            translate("WelcomePage", "Welcome to Hugging Face Inference") if full
            else translate("WelcomePage", "Try a model on your own input")))
        for widget in (self.intro, self.token_card, self.try_card):
            widget.setVisible(full)

    def is_full(self) -> bool:
        return self.token_card.isVisibleTo(self)

    def _card(self, parent: QWidget, heading: str, text: str, *buttons: QPushButton
              ) -> QFrame:
        frame = QFrame(parent)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        label = QLabel(f"<b>{heading}</b><br>{text}", frame)
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(label)
        row = QHBoxLayout()
        for button in buttons:
            button.setParent(frame)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return frame
