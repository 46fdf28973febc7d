"""The application's main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

WINDOW_TITLE = "Hugging Face Inference"
DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Top-level window: a central area (filled in later) and a status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(*DEFAULT_SIZE)

        placeholder = QLabel("Choose a task to get started.", self)
        placeholder.setObjectName("centralPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)

        self.statusBar().showMessage("Ready")
