"""What the window says when the history cannot keep up: notices across the top (non-modal).

- Runs not saved (the database locked by another program, the disk full, the history not
  open yet): which runs and why, that they are kept in memory and tried again, with
  **Save…** (the export's Save all: the runs written to a folder of the user's choice, with
  their files, from memory) and **Retry**. It goes once they are saved.
- A damaged history file was repaired: how many runs were kept and where the damaged file
  is (once: the next start finds a sound file).
- Closing the window while runs are still not saved asks first (:meth:`may_close`): Save…,
  Quit without saving, or Cancel, as a desktop app does for unsaved documents.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from hfi_desktop.ui.export import ResultSaver
from hfi_desktop.ui.notice import NoticeBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow, QWidget

    from hfi_desktop.storage.history.service import HistoryService
    from hfi_desktop.storage.records import FileRef, RunRecord
    from hfi_desktop.ui.services import Services

UNSAVED_NAME = str(QT_TRANSLATE_NOOP("StorageNotices", "History not saved"))  # shown translated
QUIT_BOX_NAME = "unsavedRunsOnQuit"
REPAIRED_NAME = str(QT_TRANSLATE_NOOP("StorageNotices", "History repaired"))
LISTED_RUNS = 3


class StorageNotices(QObject):
    """Follows ``history`` and shows its notices in ``window`` (made when first needed;
    ``add_notice`` puts one across the top of the window)."""

    def __init__(self, window: QMainWindow, services: Services, history: HistoryService,
                 add_notice: Callable[[QWidget], None]) -> None:
        super().__init__(window)
        self._window = window
        self._history = history
        self._add_notice = add_notice
        self.unsaved: NoticeBar | None = None
        self.repaired: NoticeBar | None = None
        self._may_lose = False  # the user chose to quit without saving them
        self.saver = ResultSaver(window, services.bridge, self._first_unsaved,
                                 items=history.unsaved_runs, files=self._file,
                                 report=self._report)
        history.unsaved.connect(self._follow_unsaved)
        history.repaired.connect(self._show_repaired)
        # Said before the window was there (the history opens while the window is built).
        if history.repair_note is not None:
            self._show_repaired(history.repair_note)
        self._follow_unsaved()

    # -- runs not saved ---------------------------------------------------------------------

    def _follow_unsaved(self) -> None:
        runs = self._history.unsaved_runs()
        if not runs:
            if self.unsaved is not None and not self.unsaved.isHidden():
                self.unsaved.hide()
                self._report(QCoreApplication.translate(
                    "StorageNotices", "The runs that were waiting are saved in the history now."))
            return
        text = unsaved_text(runs, self._history.unsaved_reason)
        if self.unsaved is None:
            self.unsaved = NoticeBar(
                text, None, name=QCoreApplication.translate("StorageNotices", UNSAVED_NAME))
            self.unsaved.add_action(
                QCoreApplication.translate("StorageNotices", "Save…"), self.saver.save_all,
                tip=QCoreApplication.translate(
                    "StorageNotices", "Write these runs (and their files) to a folder you choose"))
            self.unsaved.add_action(
                QCoreApplication.translate("StorageNotices", "Retry"), self._history.retry_unsaved,
                tip=QCoreApplication.translate("StorageNotices",
                                               "Try to save them in the history now"))
            self._add_notice(self.unsaved)
        else:
            self.unsaved.label.setText(text)
        self.unsaved.setAccessibleDescription(self.unsaved.label.text())
        self.unsaved.show()

    def may_close(self, close: Callable[[], object]) -> bool:
        """Whether the window may close now. Not while runs wait to be saved (unless the
        user said to quit without them): then a window-modal box asks, and ``close()`` is
        called again if the user chooses to quit."""
        runs = self._history.unsaved_runs()
        if not runs or self._may_lose:
            return True
        for asking in self._window.findChildren(QMessageBox, QUIT_BOX_NAME):
            if asking.isVisible():  # asked already (Ctrl+Q again)
                asking.raise_()
                return False
        count = len(runs)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StorageNotices",
                                                                               "Runs not saved"),
                          (QCoreApplication.translate("StorageNotices",
                                                      "1 run is not saved in the history.")
                           if count == 1 else
                           QCoreApplication.translate("StorageNotices",
                                                      "{count} runs are not saved in the history.")
                           .format(count=count)), parent=self._window)
        box.setObjectName(QUIT_BOX_NAME)
        reason = self._history.unsaved_reason or QCoreApplication.translate(
            "StorageNotices", "the history cannot take them now")
        box.setInformativeText((
            QCoreApplication.translate("StorageNotices",
                                       "{reason}. If you quit now, it is lost; Save… writes it "
                                       "to a folder of your choice first.") if count == 1 else
            QCoreApplication.translate("StorageNotices",
                                       "{reason}. If you quit now, they are lost; Save… writes "
                                       "them to a folder of your choice first."))
            .format(reason=f"{reason[:1].upper()}{reason[1:]}"))
        save = box.addButton(QCoreApplication.translate("StorageNotices", "Save…"),
                             QMessageBox.ButtonRole.AcceptRole)
        lose = box.addButton(QCoreApplication.translate("StorageNotices", "Quit without saving"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: object) -> None:
            if button is save:
                self.saver.save_all()
            elif button is lose:
                self._may_lose = True
                close()

        box.buttonClicked.connect(chosen)
        box.open()
        return False

    def _first_unsaved(self) -> RunRecord | None:
        runs = self._history.unsaved_runs()
        return runs[0] if runs else None

    def _file(self, ref: FileRef) -> bytes | None:
        data = self._history.unsaved_files(ref)
        return data if data is not None else self._history.files.get(ref)

    # -- a damaged file repaired ------------------------------------------------------------

    def _show_repaired(self, note: str) -> None:
        if self.repaired is not None:
            self.repaired.label.setText(html.escape(note))
            self.repaired.show()
            return
        self.repaired = NoticeBar(
            "<b>{}</b> {}".format(QCoreApplication.translate("StorageNotices",
                                                             "The history was repaired."),
                                  html.escape(note)), None,
            name=QCoreApplication.translate("StorageNotices", REPAIRED_NAME))
        self._add_notice(self.repaired)

    def _report(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)


def unsaved_text(runs: list[RunRecord], reason: str) -> str:
    """The notice's text (rich text): how many runs, why, which, and what happens now."""
    count = len(runs)
    listed = ", ".join(f"{html.escape(r.task_id)} · {html.escape(r.model)}"
                       for r in runs[:LISTED_RUNS])
    if count > LISTED_RUNS:
        listed += QCoreApplication.translate("StorageNotices", " and {count} more").format(
            count=count - LISTED_RUNS)
    why = f" ({html.escape(reason)})" if reason else ""
    text = (QCoreApplication.translate(
        "StorageNotices", "<b>1 run is not saved in the history</b>{why}: {listed}. Kept in "
        "memory and saved as soon as the history can take it. Save… writes it to a folder of "
        "your choice now.") if count == 1 else QCoreApplication.translate(
        "StorageNotices", "<b>{count} runs are not saved in the history</b>{why}: {listed}. "
        "Kept in memory and saved as soon as the history can take them. Save… writes them to "
        "a folder of your choice now."))
    return text.format(count=count, why=why, listed=listed)


def install_storage_notices(window: QMainWindow, services: Services,
                            add_notice: Callable[[QWidget], None]) -> StorageNotices | None:
    """The notices of ``services.history`` in ``window`` (None: no history)."""
    if services.history is None:
        return None
    return StorageNotices(window, services, services.history, add_notice)
