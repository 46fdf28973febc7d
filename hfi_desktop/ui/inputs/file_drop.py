"""FileDropZone: any file, sent as is (custom requests) — drop, Browse…, paste a copied file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.media import LoadedFile
from hfi_desktop.media.kinds import ANY
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._drop_parts import PreviewPage
from hfi_desktop.ui.inputs._widgets import IconKind, KindIcon
from hfi_desktop.ui.inputs.drop_zone import DropZone

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.ui.inputs.loading import FileLoader


class FileDropZone(DropZone):
    """A file input for any kind of file.

    ``FileDropZone(parent=None, *, loader=None, accepted_kinds=("*/*",))``; ``loader`` is an
    async ``(source, name) -> LoadedFile`` (see ``loading.file_loader``).
    """

    icon_kind = IconKind.FILE
    dialog_caption = QT_TRANSLATE_NOOP("DropZone", "Choose a file")
    dialog_title = QT_TRANSLATE_NOOP("DropZone", "Files")
    result_type = LoadedFile

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        loader: FileLoader | None = None,
        accepted_kinds: Sequence[str] = (ANY,),
    ) -> None:
        super().__init__(parent, loader=loader, accepted_kinds=accepted_kinds)
        self.setAccessibleName(QCoreApplication.translate("FileDropZone", "File input"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "FileDropZone", "Drop a file here, or press Enter to browse."
            )
        )

    def loaded(self) -> LoadedFile | None:
        result = super().loaded()
        return result if isinstance(result, LoadedFile) else None

    def details_text(self) -> str:
        return self._preview_page.text()

    def _build_preview(self) -> PreviewPage:
        return PreviewPage(self, leading=KindIcon(IconKind.FILE, None, size=48))

    def _empty_hint_text(self) -> str:
        return QCoreApplication.translate("FileDropZone", "or use Browse\u2026 (it is sent as is)")

    def _show_result(self, result: LoadedFile) -> None:
        self._preview_page.show_file(result.file.name, shown(result.description))

    def _clear_result(self) -> None:
        self._preview_page.show_file("", "")
