"""Help ▸ Where your data lives: the history database, the files kept with it, the
settings, the temporary folder — the paths the app really uses, each with Open folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from hfi_desktop import temp_files
from hfi_desktop.storage import paths
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.help.base import HelpDialog
from hfi_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from hfi_desktop.ui.services import Services

NOT_YET = QT_TRANSLATE_NOOP("DataDialog",
                            "Not created yet: it appears once the app first writes there.")


@dataclass(frozen=True)
class Place:
    """Where some of the user's data is: ``path`` (a file or a folder) in ``folder``."""

    name: str
    path: Path
    folder: Path
    what: str


def data_places(services: Services) -> list[Place]:
    """The places the app writes to, as this run of the app uses them (in the UI's
    language)."""
    history = services.history
    db = history.db_path if history is not None else paths.history_db_path()
    files = history.files.root if history is not None else paths.files_dir()
    settings = Path(services.settings.qsettings.fileName())
    temp = temp_files.temp_folder()
    return [
        Place(translate("DataDialog", "History"), db, db.parent,
              translate("DataDialog", "Every run: its inputs, parameters and result.")),
        Place(translate("DataDialog", "Files kept with the history"), files, files,
              translate("DataDialog", "Input and result files of past runs (Settings ▸ "
                        "History sets the limit).")),
        Place(translate("DataDialog", "Settings"), settings, settings.parent,
              translate("DataDialog", "Settings, recent models, trusted hosts. Not the "
                        "access token.")),
        Place(translate("DataDialog", "Temporary files"), temp, temp,
              translate("DataDialog", "Recordings, audio being played, files dragged out; "
                        "removed when the app quits.")),
    ]


class DataDialog(HelpDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(translate("DataDialog", "Where your data lives"), parent)
        self.setObjectName("DataDialog")
        self.places = data_places(services)
        self.add_text(translate(
            "DataDialog", "The app keeps your data on this computer only, in these places. "
            "The access token is kept apart: in the system keyring when there is one "
            "(Settings ▸ Account says where yours comes from)."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.open_buttons: list[QPushButton] = []
        self.path_labels: list[QLabel] = []
        for row, place in enumerate(self.places):
            name = QLabel(f"<b>{place.name}</b><br>{place.what}", self)
            name.setWordWrap(True)
            path = QLabel(str(place.path), self)
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path.setWordWrap(True)
            button = QPushButton(translate("DataDialog", "Open folder"), self)
            button.setAccessibleName(
                translate("DataDialog", "Open the folder of: {place}").format(place=place.name))
            button.setToolTip(str(place.folder))
            button.clicked.connect(lambda _=False, p=place: self.open_folder(p))
            grid.addWidget(name, 2 * row, 0, 1, 2)
            grid.addWidget(path, 2 * row + 1, 0)
            grid.addWidget(button, 2 * row + 1, 1, Qt.AlignmentFlag.AlignTop)
            self.open_buttons.append(button)
            self.path_labels.append(path)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.note = self.add_text("")
        self.note.hide()
        self.fit(640)

    def open_folder(self, place: Place) -> None:
        """Show the folder in the file manager (or say it does not exist yet)."""
        if not place.folder.is_dir():
            self.note.setText(f"{place.name}: {translate('DataDialog', NOT_YET)}")
            self.note.show()
            return
        self.note.hide()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(place.folder)))
