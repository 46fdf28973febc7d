"""input_for(): the widget for a catalog InputField."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hfi_desktop.catalog.model import InputField, InputKind
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.audio_drop import AudioDropZone
from hfi_desktop.ui.inputs.chips import ChipsInput
from hfi_desktop.ui.inputs.conversation import ConversationInput
from hfi_desktop.ui.inputs.file_drop import FileDropZone
from hfi_desktop.ui.inputs.image_drop import ImageDropZone
from hfi_desktop.ui.inputs.json_input import JsonInput
from hfi_desktop.ui.inputs.loading import (
    AudioLoader,
    CsvLoader,
    FileLoader,
    ImageLoader,
    Runner,
    audio_loader,
    csv_loader,
    file_loader,
    image_loader,
)
from hfi_desktop.ui.inputs.table_editor import TableEditor
from hfi_desktop.ui.inputs.text import ChoiceInput, LongTextInput, TextInput

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hfi_desktop.ui.inputs.base import InputWidget


@dataclass(frozen=True)
class Loaders:
    """The async loaders the file inputs use (None: that input can't load files)."""

    image: ImageLoader | None = None
    audio: AudioLoader | None = None
    csv: CsvLoader | None = None
    file: FileLoader | None = None

    @classmethod
    def over(
        cls,
        run: Runner,
        *,
        max_image_bytes: int,
        max_audio_bytes: int,
        max_file_bytes: int | None = None,
    ) -> Loaders:
        """Loaders running the media functions through ``run`` (``Bridge.run``)."""
        return cls(
            image=image_loader(run, max_bytes=max_image_bytes),
            audio=audio_loader(run, max_bytes=max_audio_bytes),
            csv=csv_loader(run),
            file=file_loader(
                run,
                max_bytes=max(max_image_bytes, max_audio_bytes)
                if max_file_bytes is None
                else max_file_bytes,
            ),
        )


def input_for(
    field: InputField, parent: QWidget | None = None, *, loaders: Loaders | None = None
) -> InputWidget:
    """The input widget for ``field`` (accessible name = its label, tooltip = its help)."""
    loaders = loaders or Loaders()
    kind = field.kind
    widget: InputWidget
    if kind is InputKind.TEXT:
        widget = TextInput(parent, placeholder=catalog_text(field.placeholder))
    elif kind is InputKind.LONG_TEXT:
        widget = LongTextInput(parent, placeholder=catalog_text(field.placeholder))
    elif kind is InputKind.IMAGE:
        widget = ImageDropZone(parent, loader=loaders.image)
    elif kind is InputKind.AUDIO:
        widget = AudioDropZone(parent, loader=loaders.audio)
    elif kind is InputKind.TABLE:
        widget = TableEditor(parent, loader=loaders.csv)
    elif kind is InputKind.TEXT_LIST:
        # Sentences hold commas; labels don't.
        sentences = "sentence" in field.key.lower()
        widget = ChipsInput(parent, placeholder=catalog_text(field.placeholder),
                            split_on_comma=not sentences)
    elif kind is InputKind.CONVERSATION:
        widget = ConversationInput(parent, placeholder=catalog_text(field.placeholder))
    elif kind is InputKind.JSON:
        widget = JsonInput(parent, placeholder=catalog_text(field.placeholder))
    elif kind is InputKind.CHOICE:  # an optional one starts blank (nothing chosen)
        widget = ChoiceInput(field.choices if field.required else ("", *field.choices), parent)
    elif kind is InputKind.FILE:
        widget = FileDropZone(parent, loader=loaders.file)
    else:  # pragma: no cover - every kind is handled above
        raise ValueError(f"no input widget for {kind!r}")
    widget.setObjectName(f"input:{field.key}")
    widget.setAccessibleName(catalog_text(field.label))
    if field.help:
        widget.setToolTip(catalog_text(field.help))
        widget.setAccessibleDescription(catalog_text(field.help))
    return widget
