"""The save dialogs, awaited without blocking: a file chooser with one filter per format,
a folder chooser, and the question about files that already exist.

Each is opened with ``.open()`` (window-modal, not ``exec()``: other tasks keep running)
and awaited through its ``finished`` signal (hfi_desktop.ui.await_dialog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hfi_desktop.ui.await_dialog import await_dialog, await_path

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from hfi_desktop.storage.export.save import ExportFormat

MAX_LISTED = 8
SAVE_DIALOG_NAME = "exportSaveDialog"
FOLDER_DIALOG_NAME = "exportFolderDialog"
CONFLICTS_BOX_NAME = "exportConflicts"


async def choose_file(parent: QWidget, formats: Sequence[ExportFormat], folder: Path,
                      name: str, *, note: str = "") -> tuple[Path, ExportFormat] | None:
    """The path and format the user picked, or None if they cancelled; ``note``: said in
    the title (what is saved is out of date)."""
    title = QCoreApplication.translate("ExportDialogs", "Save result as")
    chosen = await choose_save_path(parent, _titled(title, note), folder, name,
                                    [(fmt.name_filter, fmt.extension) for fmt in formats],
                                    SAVE_DIALOG_NAME)
    return (chosen[0], formats[chosen[1]]) if chosen is not None else None


async def choose_save_path(parent: QWidget, title: str, folder: Path, name: str,
                           filters: Sequence[tuple[str, str]], object_name: str
                           ) -> tuple[Path, int] | None:
    """A file to save, with one filter per format (``filters``: (name filter, suffix such
    as ".png"); the suffix follows the filter chosen): the path and the index of the
    filter the user accepted with, or None if they cancelled."""
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    names = [name_filter for name_filter, _suffix in filters]
    suffixes = [suffix.lstrip(".") for _name_filter, suffix in filters]
    dialog.setNameFilters(names)
    dialog.selectNameFilter(names[0])
    dialog.setDefaultSuffix(suffixes[0])
    dialog.selectFile(f"{name}.{suffixes[0]}")

    def filter_chosen(text: str) -> None:
        if text in names:
            dialog.setDefaultSuffix(suffixes[names.index(text)])

    dialog.filterSelected.connect(filter_chosen)
    chosen = await await_path(dialog)
    if chosen is None:
        return None
    return chosen.path, names.index(chosen.name_filter) if chosen.name_filter in names else 0


async def choose_folder(parent: QWidget, folder: Path, *, note: str = "") -> Path | None:
    title = QCoreApplication.translate("ExportDialogs", "Save all into folder")
    dialog = QFileDialog(parent, _titled(title, note), str(folder))
    dialog.setObjectName(FOLDER_DIALOG_NAME)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept,
                        QCoreApplication.translate("ExportDialogs", "Save here"))
    chosen = await await_path(dialog)
    return chosen.path if chosen is not None else None


def _titled(title: str, note: str) -> str:
    return f"{title} — {note}" if note else title


async def ask_conflicts(parent: QWidget, conflicts: Sequence[Path]) -> bool | None:
    """Ask what to do with files that exist: True replace them, False keep them (the new
    files get free names), None cancel the save."""
    count = len(conflicts)
    listed = "\n".join(f"• {path.name}" for path in conflicts[:MAX_LISTED])
    if count > MAX_LISTED:
        listed += "\n" + QCoreApplication.translate("ExportDialogs", "… and {count} more").format(
            count=count - MAX_LISTED)
    box = QMessageBox(parent)
    box.setObjectName(CONFLICTS_BOX_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExportDialogs", "Replace existing files?"))
    text = (QCoreApplication.translate("ExportDialogs",
                                       "{count} file already exists in “{folder}”:")
            if count == 1 else
            QCoreApplication.translate("ExportDialogs",
                                       "{count} files already exist in “{folder}”:"))
    box.setText(text.format(count=count, folder=conflicts[0].parent))
    box.setInformativeText(listed + "\n\n" + QCoreApplication.translate(
        "ExportDialogs", "Replace them, or keep them and save the new files "
        "under new names (“name (2).png”)?"))
    box.addButton(QCoreApplication.translate("ExportDialogs", "Replace"),
                  QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("ExportDialogs", "Keep both"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    try:
        await await_dialog(box)
        clicked = box.clickedButton()
        role = box.buttonRole(clicked) if clicked is not None else None
    finally:
        box.deleteLater()
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return True
    if role == QMessageBox.ButtonRole.AcceptRole:
        return False
    return None
