"""Save as… and Save all… for whatever shows a result (a task page, history, a comparison).

The dialogs are awaited without blocking; formats, planning and writing run in workers
(the bridge); the outcome is reported through ``report(text)`` (a status line), never a
modal box; ``note()`` adds a word about what is saved (a result out of date) to the
dialogs' titles and to what a save reports. Existing files: the Save dialog asks about the
file it names; for other files a save would replace (masks beside the overlay, Save all's
folder) :func:`ask_conflicts` asks: Replace, Keep both (new names) or Cancel.

Test seam: :meth:`ResultSaver.save_to` / :meth:`ResultSaver.save_all_to` are what the dialogs
call once a path is chosen; ``ask`` (the conflict question) can be replaced.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Signal

from hfi_desktop.bridge import Bridge, create_task
from hfi_desktop.sizes import human_size
from hfi_desktop.storage.export.save import (
    Exportable,
    ExportError,
    ExportFormat,
    FileLoader,
    SavePlan,
    WrittenFile,
    formats_for,
    plan_export,
    plan_save_all,
)
from hfi_desktop.storage.filenames import UnsafePathError, model_slug, sanitize_name
from hfi_desktop.ui.i18n import shown

from .dialogs import ask_conflicts, choose_file, choose_folder

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

FOLDER_KEY = "export/last_folder"
AskConflicts = Callable[[list[Path]], Awaitable[bool | None]]
_SAME_EXTENSIONS = ({".jpg", ".jpeg", ".jpe"}, {".md", ".markdown"})


class ResultSaver(QObject):
    """Saves the item(s) its providers return. ``item()``: what Save as… saves (None: there
    is nothing to save); ``items()``: what Save all… saves (default: ``[item()]``)."""

    saved = Signal(list)  # list[Path]: the files written
    failed = Signal(str)

    def __init__(self, parent: QWidget, bridge: Bridge,
                 item: Callable[[], Exportable | None], *,
                 items: Callable[[], Sequence[Exportable]] | None = None,
                 files: FileLoader | None = None,
                 report: Callable[[str], None] | None = None,
                 note: Callable[[], str] | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._bridge = bridge
        self._item = item
        self._items = items
        self._files = files
        self._report = report or (lambda _text: None)
        self._note = note or (lambda: "")
        self._settings = settings
        self._task: asyncio.Task[object] | None = None
        self.ask: AskConflicts = lambda conflicts: ask_conflicts(self._parent, conflicts)

    # -- what can be saved ------------------------------------------------------------------

    def current(self) -> Exportable | None:
        return self._item()

    def current_items(self) -> list[Exportable]:
        if self._items is not None:
            return list(self._items())
        item = self._item()
        return [item] if item is not None else []

    def can_save(self) -> bool:
        return self._item() is not None

    def can_save_all(self) -> bool:
        return bool(self.current_items())

    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- entry points (buttons, shortcut, menu) ---------------------------------------------

    def save_as(self) -> None:
        """Ask where and in which format, then save (Save as…)."""
        if not self.busy():
            self._start(self._save_as(), "save as")

    def save_all(self) -> None:
        """Ask for a folder, then save everything there with a manifest (Save all…)."""
        if not self.busy():
            self._start(self._save_all(), "save all")

    def _start(self, coro: Awaitable[object], name: str) -> None:
        self._task = create_task(_run(coro), name=f"export: {name}")

    async def _save_as(self) -> list[Path] | None:
        item = self._item()
        if item is None:
            self._report(_nothing_yet())
            return None
        files = self._files
        formats = await self._bridge.run(lambda: formats_for(item, files=files))
        choice = await choose_file(self._parent, formats, self.folder(), default_name(item),
                                   note=self._note())
        if choice is None:
            return None
        path, fmt = choice
        return await self.save_to(path, fmt, item=item, formats=formats)

    async def _save_all(self) -> Path | None:
        if not self.current_items():
            self._report(_nothing_yet())
            return None
        folder = await choose_folder(self._parent, self.folder(), note=self._note())
        if folder is None:
            return None
        return await self.save_all_to(folder)

    # -- the seam: a path is chosen ---------------------------------------------------------

    async def save_to(self, path: Path, fmt: ExportFormat | str, *,
                      item: Exportable | None = None,
                      formats: Sequence[ExportFormat] | None = None) -> list[Path] | None:
        """Save the item as ``fmt`` at ``path`` (the Save dialog already asked about
        replacing ``path``). An extension naming another offered format picks that format;
        a missing one is added. Returns the files written, or None (cancelled/failed)."""
        item = item if item is not None else self._item()
        if item is None:
            self._report(_nothing_yet())
            return None
        files = self._files
        if formats is None:
            formats = await self._bridge.run(lambda: formats_for(item, files=files))
        fmt, target, renamed = fix_extension(path, fmt, formats)
        try:
            plan = await self._bridge.run(lambda: plan_export(item, fmt, target, files=files))
            if renamed:  # the dialog asked about another name: ask about this one too
                plan.approved = frozenset()
            written = await self._write(plan)
        except (ExportError, UnsafePathError, OSError) as error:
            self._fail(error)
            return None
        if written is None:
            return None
        paths = [w.path for w in written]
        self.remember_folder(target.parent)
        self._report(self._noted(_saved_text(written)))
        self.saved.emit(paths)
        return paths

    async def save_all_to(self, folder: Path) -> Path | None:
        """Save all the items into ``folder``; the manifest's path, or None."""
        items = self.current_items()
        if not items:
            self._report(_nothing_yet())
            return None
        files = self._files
        try:
            plan = await self._bridge.run(lambda: plan_save_all(items, folder, files=files))
            written = await self._write(plan)
        except (ExportError, UnsafePathError, OSError) as error:
            self._fail(error)
            return None
        if written is None:
            return None
        self.remember_folder(folder)
        text = QCoreApplication.translate(
            "ResultSaver", "Saved {count} files in “{folder}” (manifest.json)").format(
            count=len(written), folder=folder.name or folder)
        if plan.problems:
            text += QCoreApplication.translate("ResultSaver", "; {count} left out: {why}").format(
                count=len(plan.problems), why=plan.problems[0].message)
        self._report(self._noted(text))
        self.saved.emit([w.path for w in written])
        return written[-1].path

    async def _write(self, plan: SavePlan) -> list[WrittenFile] | None:
        conflicts = await self._bridge.run(lambda: plan.conflicts)
        replace = False
        if conflicts:
            answer = await self.ask(conflicts)
            if answer is None:
                self._report(QCoreApplication.translate(
                    "ResultSaver", "Save cancelled: nothing was written."))
                return None
            replace = answer
        return await self._bridge.run(lambda: plan.write(replace=replace))

    def _noted(self, text: str) -> str:
        """``text`` with what ``note()`` says about what was saved (e.g. out of date)."""
        note = self._note()
        return f"{text} — {note}" if note else text

    def _fail(self, error: BaseException) -> None:
        message = getattr(error, "strerror", None) or str(error)
        where = getattr(error, "filename", None)
        text = QCoreApplication.translate("ResultSaver", "Save failed: {why}").format(
            why=message) + (f" ({where})" if where else "")
        log.info("export failed: %s", error)
        self._report(text)
        self.failed.emit(text)

    # -- the folder the dialogs open in -----------------------------------------------------

    def folder(self) -> Path:
        settings = self._settings if self._settings is not None else QSettings()
        saved = settings.value(FOLDER_KEY, "", str)
        if saved:
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home())

    def remember_folder(self, folder: Path) -> None:
        settings = self._settings if self._settings is not None else QSettings()
        settings.setValue(FOLDER_KEY, str(folder))


async def _run(coro: Awaitable[object]) -> object:
    return await coro


def default_name(item: Exportable) -> str:
    """``<task>-<model>`` (without extension), safe as a file name."""
    task_id = getattr(item, "task_id", None) or getattr(getattr(item, "spec", None), "id", "")
    return sanitize_name(f"{task_id}-{model_slug(getattr(item, 'model', ''))}",
                         fallback="result")


def fix_extension(path: Path, fmt: ExportFormat | str,
                  formats: Sequence[ExportFormat]) -> tuple[ExportFormat, Path, bool]:
    """(format, path, renamed): the extension the user typed picks the format when it names
    one of ``formats``; otherwise the chosen format's extension is added."""
    chosen = next((f for f in formats if f.id == (fmt.id if isinstance(fmt, ExportFormat)
                                                  else fmt)), None)
    if chosen is None:
        raise ExportError(f"this result cannot be saved as {fmt!r}")
    suffix = path.suffix.lower()
    if _same_extension(suffix, chosen.extension):
        return chosen, path, False
    for other in formats:
        if _same_extension(suffix, other.extension):
            return other, path, False
    return chosen, path.with_name(path.name + chosen.extension), True


def _same_extension(a: str, b: str) -> bool:
    if a == b.lower():
        return True
    return any(a in group and b.lower() in group for group in _SAME_EXTENSIONS)


def _nothing_yet() -> str:
    return QCoreApplication.translate("ResultSaver", "Nothing to save yet: run the model first.")


def _saved_text(written: Sequence[WrittenFile]) -> str:
    if len(written) == 1:
        return QCoreApplication.translate("ResultSaver", "Saved “{name}” ({size})").format(
            name=written[0].path.name, size=shown(human_size(written[0].size)))
    total = sum(w.size for w in written)
    return QCoreApplication.translate(
        "ResultSaver", "Saved {count} files: “{name}” and {more} more ({size})").format(
        count=len(written), name=written[0].path.name, more=len(written) - 1,
        size=shown(human_size(total)))
